/**
 * A synthetic agenda snapshot of any size, shaped like the samples: masthead, numbered items (every third with
 * sub-items), annotation sections with a Documentation entry, footnotes, and an annex of two slots a day.
 * For benchmarks of the engine alone (no .docx needed).
 */
import type { Snapshot, SnapshotParagraph, SnapshotTable } from '../../src/engine/snapshot';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export function generateAgenda(itemCount: number): Snapshot {
  const paragraphs: SnapshotParagraph[] = [];
  const add = (text: string, style = 'Normal', builtIn = 'Normal'): number => {
    paragraphs.push({
      index: paragraphs.length,
      text,
      style,
      styleBuiltIn: builtIn,
      list: null,
      tableNestingLevel: 0,
      cell: null,
    });
    return paragraphs.length - 1;
  };
  const heading = (text: string, level: number) => add(text, `Heading ${level}`, `Heading${level}`);
  const subCount = (n: number) => (n % 3 === 0 ? 2 + (n % 3) : 0);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const title = (n: number) => `Matters relating to topic number ${n} of the programme of work`;

  add('CTOC/COP/WG.9/2027/1');
  add('Distr.: General');
  add('11 January 2027');
  add('Working Group on Synthetic Agendas');
  add('Vienna, 1–19 March 2027');
  heading('Annotated provisional agenda', 1);
  heading('Provisional agenda', 2);
  for (let n = 1; n <= itemCount; n++) {
    const subs = subCount(n);
    add(`${n}.\t${title(n)}${subs ? ':' : n === itemCount ? '.' : ';'}`);
    for (let s = 0; s < subs; s++)
      add(
        `\t(${letters[s]})\tSub-topic ${letters[s]} of topic ${n}${s === subs - 1 ? (n === itemCount ? '.' : ';') : ';'}`,
      );
  }
  heading('Annotations', 2);
  const footnotes: Snapshot['footnotes'] = [];
  for (let n = 1; n <= itemCount; n++) {
    heading(`${n}.\t${title(n)}`, 3);
    for (let s = 0; s < subCount(n); s++) heading(`(${letters[s]})\tSub-topic ${letters[s]} of topic ${n}`, 3);
    const text = add(
      `Under agenda item ${n}, the Working Group may wish to consider the matter, recalling resolution 7/1 and paragraph 12 of its report.`,
    );
    if (n % 5 === 0)
      footnotes.push({
        number: footnotes.length + 1,
        text: 'Available at www.unodc.org.',
        paragraph: text,
        offset: 20,
      });
    add('The Secretariat will introduce the item.');
    add('Delegations may wish to share their experience.');
    heading('Documentation', 4);
    add(`Background paper prepared by the Secretariat on topic ${n} (CTOC/COP/WG.9/2027/${n + 1})`);
  }
  heading('Annex', 1);
  heading('Proposed organization of work', 2);
  const rows: string[][] = [['Date and time', 'Agenda item', 'Title or description']];
  const rowsOfItems: string[][] = [];
  for (let n = 1; n <= itemCount; n++) {
    const subs = subCount(n);
    if (subs === 0) rowsOfItems.push([`${n}`, title(n)]);
    for (let s = 0; s < subs; s++) rowsOfItems.push([`${n} (${letters[s]})`, `Sub-topic ${letters[s]} of topic ${n}`]);
  }
  const slots = ['10 a.m.–1 p.m.', '3–6 p.m.'];
  const perSlot = Math.ceil(rowsOfItems.length / 30);
  let next = 0;
  for (let day = 0; day < 15 && next < rowsOfItems.length; day++) {
    const date = 1 + Math.floor(day / 5) * 7 + (day % 5);
    rows.push([`${DAYS[day % 5]}, ${date} March`, '', '']);
    for (const slot of slots) {
      for (let k = 0; k < perSlot && next < rowsOfItems.length; k++, next++)
        rows.push([k === 0 ? slot : '', ...rowsOfItems[next]]);
    }
  }
  const first = paragraphs.length;
  rows.forEach((cells, row) =>
    cells.forEach((text, cell) =>
      paragraphs.push({
        index: paragraphs.length,
        text,
        style: 'Normal',
        styleBuiltIn: 'Normal',
        list: null,
        tableNestingLevel: 1,
        cell: { table: 0, row, cell },
      }),
    ),
  );
  const table: SnapshotTable = {
    index: 0,
    rowCount: rows.length,
    values: rows,
    firstParagraph: first,
    lastParagraph: paragraphs.length - 1,
  };
  return { paragraphs, tables: [table], footnotes, headers: ['CTOC/COP/WG.9/2027/1'] };
}
