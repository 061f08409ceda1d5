import { insertItem, OperationError } from '../../../src/engine/operations';
import { ctocNumberedSnapshot, ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { apply, inconsistencies, outlineOf, paragraphDiff, rowDiff } from './helpers';

const NEW = 'Migrant smuggling and the environment';
const DEV = 'Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea';
const MECH =
  'Matters pertaining to the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto';
const DET = 'Determining who to charge with the crime of migrant smuggling: who is and who is not a migrant smuggler';

describe('insertItem on the CTOC sample (typed list)', () => {
  const before = ctocSnapshot();
  const { plan, after, agenda } = apply(before, (s, a) => insertItem(s, a, { position: 3, title: NEW }));

  it('gives items 1–7 with the new item at 3 and the old 3–6 renumbered 4–7', () => {
    expect(agenda.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Organizational matters',
      `2 ${DET}`,
      `3 ${NEW}`,
      `4 ${DEV}`,
      `5 ${MECH}`,
      '6 Other matters',
      '7 Adoption of the report',
    ]);
    expect(agenda.problems).toEqual([]);
  });

  it('renumbers the annotation headings and adds a section for the new item', () => {
    expect(agenda.annotations.map((a) => `${a.item} ${a.heading.title}`)).toEqual(
      agenda.items.map((i) => `${i.number} ${i.title}`),
    );
  });

  it('places the new item in the annex right after item 2, and renumbers the rows', () => {
    expect(outlineOf(agenda).annex.map((slot) => slot.map((r) => `${r.item}${r.continued ? '+' : ''}`))).toEqual([
      ['1 (a)', '1 (b)', '2'],
      ['2+', '3', '4'],
      ['4+', '5'],
      ['6', '7'],
    ]);
    expect(inconsistencies(agenda)).toEqual([]);
  });

  it('changes exactly the numbers that depend on the items, and nothing else', () => {
    const { removed, added } = paragraphDiff(before, after);
    expect(removed.sort()).toEqual(
      [
        `3.\t${DEV}.`,
        `4.\t${MECH}.`,
        '5.\tOther matters.',
        '6.\tAdoption of the report.',
        `3.\t${DEV}`,
        `4.\t${MECH}`,
        '5.\tOther matters',
        '6.\tAdoption of the report',
        'As no issues to be raised under agenda item 5 have come to the attention of the Secretariat, no documentation regarding the item is currently foreseen.',
      ].sort(),
    );
    expect(added.sort()).toEqual(
      [
        `3.\t${NEW}.`,
        `4.\t${DEV}.`,
        `5.\t${MECH}.`,
        '6.\tOther matters.',
        '7.\tAdoption of the report.',
        `3.\t${NEW}`,
        '[Annotation to be drafted.]',
        `4.\t${DEV}`,
        `5.\t${MECH}`,
        '6.\tOther matters',
        '7.\tAdoption of the report',
        'As no issues to be raised under agenda item 6 have come to the attention of the Secretariat, no documentation regarding the item is currently foreseen.',
      ].sort(),
    );
    const rows = rowDiff(before, after);
    expect(rows.removed).toEqual([
      ` | 3 | ${DEV}`,
      `10 a.m.–1 p.m. | 3 | ${DEV} (continued)`,
      ` | 4 | ${MECH}`,
      '3–6 p.m. | 5 | Other matters',
      ' | 6 | Adoption of the report',
    ]);
    expect(rows.added).toEqual([
      ` | 3 | ${NEW}`,
      ` | 4 | ${DEV}`,
      `10 a.m.–1 p.m. | 4 | ${DEV} (continued)`,
      ` | 5 | ${MECH}`,
      '3–6 p.m. | 6 | Other matters',
      ' | 7 | Adoption of the report',
    ]);
  });

  it('makes minimal replacements, each carrying what it expects', () => {
    const replacements = plan.edits.filter((e) => e.kind === 'replaceText');
    expect(replacements.length).toBeGreaterThan(0);
    for (const r of replacements) {
      if (r.kind !== 'replaceText') continue;
      expect(before.paragraphs[r.paragraph].text.slice(r.start, r.end)).toBe(r.expected);
      expect(r.expected.length).toBeLessThanOrEqual(1);
    }
    for (const e of plan.expectations) expect(before.paragraphs[e.paragraph].text).toBe(e.text);
  });

  it('gives the new heading and placeholder the styles of the neighbouring section', () => {
    const heading = after.paragraphs.find((p) => p.text === `3.\t${NEW}`);
    expect(heading?.style).toBe('Heading 3');
    const placeholder = after.paragraphs[(heading?.index ?? 0) + 1];
    expect(placeholder.text).toBe('[Annotation to be drafted.]');
    expect(placeholder.style).toBe('Normal');
  });

  it('describes and counts what it changes', () => {
    expect(plan.description).toBe(`Insert item 3 “${NEW}” and renumber items 3–6 to 4–7`);
    expect(plan.summary).toEqual({
      paragraphsChanged: 9,
      paragraphsInserted: 3,
      paragraphsDeleted: 0,
      rowsChanged: 6,
      referencesUpdated: 1,
    });
    expect(plan.warnings).toEqual([]);
  });
});

describe('insertItem keeps the terminators right', () => {
  it('appending makes the old last item a non-last one (convention read from the document)', () => {
    const before = ctocSnapshot();
    const { after, agenda } = apply(before, (s, a) =>
      insertItem(s, a, { position: 7, title: 'Closing of the meeting' }),
    );
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // The sample ends every item with "." — the old last item keeps it, the new one follows.
    expect(after.paragraphs.find((p) => p.text.startsWith('6.\tAdoption'))?.text).toBe('6.\tAdoption of the report.');
    expect(after.paragraphs.find((p) => p.text.startsWith('7.\t'))?.text).toBe('7.\tClosing of the meeting.');
    expect(inconsistencies(agenda)).toEqual([]);
  });

  it('in a ";"-then-"." list, the old last item gets ";" and the new last "."', () => {
    const before = ctocSnapshot();
    // Turn the sample into the common convention: ";" for every item but the last.
    const typed = {
      ...before,
      paragraphs: before.paragraphs.map((p) =>
        /^[2-5]\.\t/.test(p.text) && p.text.endsWith('.') && p.style === 'Normal'
          ? { ...p, text: `${p.text.slice(0, -1)};` }
          : p,
      ),
    };
    const { after } = apply(typed, (s, a) => insertItem(s, a, { position: 7, title: 'Closing of the meeting' }));
    expect(after.paragraphs.find((p) => p.text.startsWith('6.\tAdoption'))?.text).toBe('6.\tAdoption of the report;');
    expect(after.paragraphs.find((p) => p.text.startsWith('7.\t'))?.text).toBe('7.\tClosing of the meeting.');
  });
});

describe('insertItem on the auto-numbered variant', () => {
  const before = ctocNumberedSnapshot();
  const { plan, after, agenda } = apply(before, (s, a) => insertItem(s, a, { position: 3, title: NEW }));

  it('leaves the numbers to Word and inserts a list paragraph without a style next to a level-0 line', () => {
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(agenda.items[2].title).toBe(NEW);
    const insert = plan.edits.find((e) => e.kind === 'insertParagraphs' && e.paragraphs[0].text === `${NEW}.`);
    expect(insert && insert.kind === 'insertParagraphs' && insert.paragraphs[0].style).toBeUndefined();
    const line = after.paragraphs.find((p) => p.text === `${NEW}.`);
    expect(line?.list).toEqual({ listString: '3.', level: 0 });
    expect(plan.warnings).toEqual([]);
  });

  it('touches no list paragraph text, and still renumbers headings, annex and references', () => {
    const { removed } = paragraphDiff(before, after);
    expect(removed.some((t) => before.paragraphs.some((p) => p.list && p.text === t))).toBe(false);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(after.paragraphs.some((p) => p.text.includes('under agenda item 6'))).toBe(true);
  });

  it('inserting at 1 anchors before the first item', () => {
    const { agenda: at1 } = apply(before, (s, a) => insertItem(s, a, { position: 1, title: NEW }));
    expect(at1.items.map((i) => `${i.number} ${i.title}`).slice(0, 2)).toEqual([
      `1 ${NEW}`,
      '2 Organizational matters',
    ]);
    expect(at1.items[1].subItems.map((s) => s.letter)).toEqual(['a', 'b']);
    expect(inconsistencies(at1)).toEqual([]);
  });
});

describe('insertItem arguments', () => {
  const snapshot = ctocSnapshot();
  it.each([
    [{ position: 0, title: 'X' }, 'Position 0 is out of range: give a number from 1 to 7.'],
    [{ position: 9, title: 'X' }, 'Position 9 is out of range: give a number from 1 to 7.'],
    [{ position: 2.5, title: 'X' }, 'Position 2.5 is out of range: give a number from 1 to 7.'],
    [{ position: 2, title: '  ' }, 'Give the new item a title.'],
  ])('%j → %s', (args, message) => {
    const { parseAgenda } = jest.requireActual<typeof import('../../../src/engine/parse')>('../../../src/engine/parse');
    expect(() => insertItem(snapshot, parseAgenda(snapshot), args)).toThrow(new OperationError(message));
  });
});
