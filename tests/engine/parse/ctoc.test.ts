/**
 * The parser on the CTOC sample (builder fixture mirroring the .docx), compared with the expected outline that
 * was written from the document itself (assets/samples/ctoc-cop-wg7-2023-1.outline.json).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAgenda } from '../../../src/engine/parse';
import { toOutline } from '../../../src/engine/outline';
import { ctocNumberedSnapshot, ctocSnapshot, paragraphStartingWith } from '../../fixtures/ctocSnapshot';

const expected = JSON.parse(
  readFileSync(join(__dirname, '../../../assets/samples/ctoc-cop-wg7-2023-1.outline.json'), 'utf8'),
) as unknown;

/** The contract fields of the outline (annotations: item and title). */
function contract(outline: ReturnType<typeof toOutline>): unknown {
  return { ...outline, annotations: outline.annotations.map((a) => ({ item: a.item, title: a.title })) };
}

describe.each([
  ['typed list', ctocSnapshot],
  ['auto-numbered list', ctocNumberedSnapshot],
])('CTOC sample (%s)', (_name, make) => {
  const snapshot = make();
  const agenda = parseAgenda(snapshot);

  it('gives the expected outline', () => {
    expect(contract(toOutline(agenda))).toEqual(expected);
  });

  it('reads the masthead', () => {
    const m = agenda.masthead;
    expect(m.symbol?.value).toBe('CTOC/COP/WG.7/2023/1');
    expect(m.symbol?.location).toMatchObject({ kind: 'cell', table: 0, row: 0, cell: 2, start: 0, end: 20 });
    expect(m.headerSymbols.map((s) => s.value)).toEqual(['CTOC/COP/WG.7/2023/1']);
    expect(m.distribution?.value).toBe('General');
    expect(m.date).toMatchObject({ value: '11 July 2023', iso: '2023-07-11' });
    expect(m.parentBody?.value).toBe(
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    );
    expect(m.body?.value).toBe('Working Group on the Smuggling of Migrants');
    expect(m.meeting).toMatchObject({ value: 'Vienna, 5 and 6 October 2023', venue: 'Vienna' });
  });

  it('locates items, terminators and sub-items', () => {
    const [first, second] = agenda.items;
    expect(first.terminator).toBe(':');
    expect(first.subItems.map((s) => s.terminator)).toEqual([';', '.']);
    expect(second.terminator).toBe('.');
    const para = snapshot.paragraphs[first.subItems[1].paragraph];
    expect(para.text.slice(first.subItems[1].titleSpan.start, first.subItems[1].titleSpan.end)).toBe(
      'Adoption of the agenda and organization of work',
    );
    if (first.numbering === 'typed') {
      expect(para.text.slice(first.subItems[1].labelSpan?.start, first.subItems[1].labelSpan?.end)).toBe('(b)');
      expect(snapshot.paragraphs[first.paragraph].text.slice(first.labelSpan?.start, first.labelSpan?.end)).toBe('1.');
    } else {
      expect(first.labelSpan).toBeNull();
    }
  });

  it('reads annotation sections, sub-headings and documentation with joint symbols', () => {
    const [a1, a2, , a4, a5, a6] = agenda.annotations;
    expect(a1.subHeadings.map((h) => [h.label, h.title])).toEqual([
      ['a', 'Opening of the meeting'],
      ['b', 'Adoption of the agenda and organization of work'],
    ]);
    expect(a1.paragraphs).toHaveLength(4);
    expect(a1.documentation).toEqual([]);
    expect(a2.documentation.map((d) => d.symbols.map((s) => s.text))).toEqual([['CTOC/COP/WG.7/2023/2']]);
    expect(a4.documentation[0].symbols[0].parts).toEqual([
      'CTOC/COP/WG.3/2023/3',
      'CTOC/COP/WG.4/2023/3',
      'CTOC/COP/WG.7/2023/3',
    ]);
    expect(a5.documentation).toEqual([]);
    expect(a6.lastParagraph).toBe(paragraphStartingWith(snapshot, 'Annex') - 1);
    expect(a2.firstParagraph).toBe(a1.lastParagraph + 1);
  });

  it('reads the annex table and its columns', () => {
    expect(agenda.annex).toMatchObject({
      headerRows: 1,
      columns: { time: 0, item: 1, title: 2 },
      title: 'Proposed organization of work',
    });
    const row = agenda.annex?.days[0].slots[1].rows[0];
    expect(row).toMatchObject({ item: '2', ref: { number: '2', letter: null }, continued: true });
    expect(row?.titleLocation).toMatchObject({ kind: 'cell', row: 5, cell: 2 });
  });

  it('finds the one item reference ("agenda item 5") and nothing else', () => {
    expect(agenda.references.map((r) => [r.text, r.targets.map((t) => t.number)])).toEqual([['agenda item 5', ['5']]]);
    const ref = agenda.references[0];
    expect(snapshot.paragraphs[ref.paragraph].text.slice(ref.targets[0].span.start, ref.targets[0].span.end)).toBe('5');
  });

  it('finds the section headings', () => {
    expect(agenda.sections).toEqual({
      agenda: paragraphStartingWith(snapshot, 'Provisional agenda'),
      annotations: paragraphStartingWith(snapshot, 'Annotations'),
      annex: paragraphStartingWith(snapshot, 'Annex'),
    });
  });
});
