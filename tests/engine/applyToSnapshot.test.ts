import { applyToSnapshot, PlanMismatchError } from '../../src/engine/applyToSnapshot';
import { emptySummary, type Edit, type EditPlan } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';
import { doc, list, p, table } from '../helpers/snapshotBuilder';

function plan(edits: Edit[], expectations: EditPlan['expectations'] = []): EditPlan {
  return { description: 'test', edits, expectations, tableExpectations: [], warnings: [], summary: emptySummary() };
}

const texts = (s: Snapshot) => s.paragraphs.map((x) => x.text);

describe('applyToSnapshot', () => {
  const base = doc(
    p('Title', 'Heading 1'),
    p('one two three'),
    table([
      ['a', 'b'],
      ['c', 'd'],
    ]),
    p('end'),
  )
    .footnote('Note.', { paragraph: 1, offset: 7 })
    .build();

  it('replaces text by original offsets, several per paragraph, and moves a footnote mark along', () => {
    const after = applyToSnapshot(
      base,
      plan([
        { kind: 'replaceText', paragraph: 1, start: 0, end: 3, expected: 'one', text: '1' },
        { kind: 'replaceText', paragraph: 1, start: 8, end: 13, expected: 'three', text: '3' },
      ]),
    );
    expect(after.paragraphs[1].text).toBe('1 two 3');
    expect(after.footnotes[0]).toMatchObject({ paragraph: 1, offset: 5 });
  });

  it('inserts paragraphs before and after, re-indexes, and keeps table cell addresses right', () => {
    const after = applyToSnapshot(
      base,
      plan([
        {
          kind: 'insertParagraphs',
          anchor: 1,
          position: 'After',
          paragraphs: [{ text: 'x' }, { text: 'y', style: { name: 'Heading 2', builtIn: 'Heading2' } }],
        },
        { kind: 'insertParagraphs', anchor: 0, position: 'Before', paragraphs: [{ text: 'first' }] },
      ]),
    );
    expect(texts(after)).toEqual(['first', 'Title', 'one two three', 'x', 'y', 'a', 'b', 'c', 'd', 'end']);
    expect(after.paragraphs.map((x) => x.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(after.paragraphs[3].style).toBe('Normal'); // inherited from the anchor
    expect(after.paragraphs[4].style).toBe('Heading 2');
    expect(after.paragraphs[7].cell).toEqual({ table: 0, row: 1, cell: 0 });
    expect(after.tables[0]).toMatchObject({ firstParagraph: 5, lastParagraph: 8, rowCount: 2 });
    expect(after.footnotes[0].paragraph).toBe(2);
  });

  it('a later insert after the same anchor lands nearer to it (Word’s insert-after)', () => {
    const after = applyToSnapshot(
      base,
      plan([
        { kind: 'insertTable', anchor: 6, rows: [['t']], headerRows: 1 },
        { kind: 'insertParagraphs', anchor: 6, position: 'After', paragraphs: [{ text: 'Annex' }] },
      ]),
    );
    expect(texts(after).slice(-3)).toEqual(['end', 'Annex', 't']);
    expect(after.tables[1].values).toEqual([['t']]);
  });

  it('deletes paragraphs, and a deleted footnote mark takes its footnote with it', () => {
    const after = applyToSnapshot(base, plan([{ kind: 'deleteParagraphs', first: 1, last: 1 }]));
    expect(texts(after)).toEqual(['Title', 'a', 'b', 'c', 'd', 'end']);
    expect(after.footnotes).toEqual([]);
  });

  it('sets cells, inserts and deletes rows by original row numbers', () => {
    const after = applyToSnapshot(
      base,
      plan([
        {
          kind: 'setCell',
          table: 0,
          row: 1,
          cell: 1,
          expected: 'd',
          runs: [{ text: 'D (' }, { text: 'continued', italic: true }, { text: ')' }],
        },
        { kind: 'insertRows', table: 0, row: 0, position: 'After', rows: [[[{ text: 'n1' }], [{ text: 'n2' }]]] },
        { kind: 'deleteRows', table: 0, first: 0, last: 0 },
      ]),
    );
    expect(after.tables[0].values).toEqual([
      ['n1', 'n2'],
      ['c', 'D (continued)'],
    ]);
    expect(texts(after)).toEqual(['Title', 'one two three', 'n1', 'n2', 'c', 'D (continued)', 'end']);
  });

  it('deletes a whole table', () => {
    const after = applyToSnapshot(base, plan([{ kind: 'deleteTable', table: 0 }]));
    expect(texts(after)).toEqual(['Title', 'one two three', 'end']);
    expect(after.tables).toEqual([]);
  });

  it('recomputes Word list numbers in a list the plan touched', () => {
    const numbered = doc(
      p('Agenda'),
      list('A', '1.'),
      list('a1', '(a)', 1),
      list('B', '2.'),
      list('C', '3.'),
      p('after'),
    ).build();
    const after = applyToSnapshot(
      numbered,
      plan([
        { kind: 'insertParagraphs', anchor: 3, position: 'Before', paragraphs: [{ text: 'new' }] },
        { kind: 'deleteParagraphs', first: 4, last: 4 },
      ]),
    );
    expect(after.paragraphs.map((x) => `${x.list?.listString ?? '-'} ${x.text}`)).toEqual([
      '- Agenda',
      '1. A',
      '(a) a1',
      '2. new',
      '3. B',
      '- after',
    ]);
  });

  it.each([
    [
      plan([], [{ paragraph: 1, text: 'other' }]),
      'Paragraph 1 reads "one two three", not "other" as the plan expects.',
    ],
    [
      plan([{ kind: 'replaceText', paragraph: 1, start: 0, end: 3, expected: 'two', text: 'x' }]),
      'Paragraph 1 has "one" at 0–3, not "two".',
    ],
    [
      plan([
        { kind: 'replaceText', paragraph: 1, start: 0, end: 3, expected: 'one', text: 'x' },
        { kind: 'replaceText', paragraph: 1, start: 2, end: 5, expected: 'e t', text: 'y' },
      ]),
      'Two replacements overlap in paragraph 1 (at 0–3 and 2–5).',
    ],
    [
      plan([{ kind: 'setCell', table: 0, row: 0, cell: 0, expected: 'z', runs: [] }]),
      'Table 0 row 0 cell 0 reads "a", not "z".',
    ],
    [
      plan([{ kind: 'deleteParagraphs', first: 2, last: 2 }]),
      'Paragraph 2 is inside a table: delete the table or its rows instead.',
    ],
    [
      plan([{ kind: 'insertParagraphs', anchor: 99, position: 'After', paragraphs: [] }]),
      'insertParagraphs: there is no paragraph 99 (the document has 7).',
    ],
  ])('refuses a plan that does not fit: %#', (bad, message) => {
    expect(() => applyToSnapshot(base, bad)).toThrow(new PlanMismatchError(message));
  });
});
