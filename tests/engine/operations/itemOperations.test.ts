import { insertItem, moveItem, OperationError, removeItem, renameItem } from '../../../src/engine/operations';
import { parseAgenda } from '../../../src/engine/parse';
import { ctocNumberedSnapshot, ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { apply, inconsistencies, outlineOf, paragraphDiff, rowDiff } from './helpers';

const DET = 'Determining who to charge with the crime of migrant smuggling: who is and who is not a migrant smuggler';
const DEV = 'Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea';

describe.each([
  ['typed list', ctocSnapshot],
  ['auto-numbered list', ctocNumberedSnapshot],
])('item operations on the CTOC sample (%s)', (_name, make) => {
  const before = make();

  it('insert then remove gives back the original text exactly', () => {
    const inserted = apply(before, (s, a) => insertItem(s, a, { position: 3, title: 'A new item' }));
    const removed = apply(inserted.after, (s, a) => removeItem(s, a, { item: '3' }));
    expect(removed.after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(removed.after.tables.map((t) => t.values)).toEqual(before.tables.map((t) => t.values));
    expect(removed.after.paragraphs.map((p) => p.list?.listString ?? null)).toEqual(
      before.paragraphs.map((p) => p.list?.listString ?? null),
    );
  });

  it('removeItem 3 deletes its line, its whole section with its documentation, and its annex rows', () => {
    const { plan, after, agenda } = apply(before, (s, a) => removeItem(s, a, { item: '3' }));
    expect(agenda.items.map((i) => i.title)).toEqual([
      'Organizational matters',
      DET,
      expect.stringContaining('Matters pertaining'),
      'Other matters',
      'Adoption of the report',
    ]);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(after.paragraphs.some((p) => p.text.includes('CTOC/COP/WG.7/2023/4'))).toBe(false);
    expect(after.paragraphs.some((p) => p.text.includes('under agenda item 4 have come'))).toBe(true);
    expect(outlineOf(agenda).annex.map((slot) => slot.map((r) => `${r.item}${r.continued ? '+' : ''}`))).toEqual([
      ['1 (a)', '1 (b)', '2'],
      ['2+'],
      ['3'],
      ['4', '5'],
    ]);
    expect(plan.description).toBe(`Remove item 3 “${DEV}” and renumber items 4–6 to 3–5`);
    expect(plan.summary.paragraphsDeleted).toBe(make === ctocSnapshot ? 6 : 6);
    expect(plan.summary.referencesUpdated).toBe(1);
  });

  it('removeItem 5 reports the reference to it and leaves it as it stands', () => {
    const { plan, after } = apply(before, (s, a) => removeItem(s, a, { item: '5' }));
    // The paragraph referring to item 5 is in item 5's own section, which goes with it: nothing to warn about.
    expect(plan.warnings).toEqual([]);
    expect(after.paragraphs.some((p) => p.text.includes('agenda item 5'))).toBe(false);
  });

  it('removing the last item makes the new last item end as the convention says', () => {
    const { agenda } = apply(before, (s, a) => removeItem(s, a, { item: '6' }));
    expect(agenda.items.map((i) => `${i.number}${i.terminator}`)).toEqual(['1:', '2.', '3.', '4.', '5.']);
    expect(inconsistencies(agenda)).toEqual([]);
  });

  it('moveItem 5 to 2 moves line, section and annex row, and follows the reference', () => {
    const { plan, after, agenda } = apply(before, (s, a) => moveItem(s, a, { item: '5', to: 2 }));
    expect(agenda.items.map((i) => i.title)).toEqual([
      'Organizational matters',
      'Other matters',
      DET,
      DEV,
      expect.stringContaining('Matters pertaining'),
      'Adoption of the report',
    ]);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(after.paragraphs.some((p) => p.text.includes('under agenda item 2 have come'))).toBe(true);
    expect(plan.description).toBe('Move item 5 “Other matters” to 2 and renumber items 2–4 to 3–5');
    // The section moves whole (moveParagraphs), formatting and all: nothing to warn about.
    expect(plan.warnings).toEqual([]);
    // Two moves: the list line and the annotation section, each whole.
    expect(plan.edits.filter((e) => e.kind === 'moveParagraphs')).toHaveLength(2);
    expect(plan.summary.paragraphsMoved).toBe(
      plan.edits
        .flatMap((e) => (e.kind === 'moveParagraphs' ? e.ranges : []))
        .reduce((n, r) => n + r.last - r.first + 1, 0),
    );
    expect(plan.summary.paragraphsDeleted).toBe(0);
  });

  it('moveItem 1 (with sub-items) to the end', () => {
    const { plan, agenda } = apply(before, (s, a) => moveItem(s, a, { item: '1', to: 6 }));
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(agenda.items[5].title).toBe('Organizational matters');
    // In the auto-numbered list too: the moved sub-items are put back at the sub-item level.
    expect(agenda.items[5].subItems.map((s) => s.title)).toEqual([
      'Opening of the meeting',
      'Adoption of the agenda and organization of work',
    ]);
    // Its annotation holds footnote 1, which moves with it (and is now the last footnote).
    expect(plan.warnings.some((w) => w.includes('holds a footnote'))).toBe(false);
    expect(agenda.annotations.map((a) => [a.item, a.heading.title])).toEqual(
      agenda.items.map((i) => [i.number, i.title]),
    );
    expect(agenda.footnotes.map((f) => f.text)).toEqual(
      [...before.footnotes.slice(1), before.footnotes[0]].map((f) => f.text),
    );
    expect(plan.warnings.some((w) => w.includes('check the level'))).toBe(false);
  });

  it('moveItem 1 to 3: its annotation moves whole, with its footnote, and the annotations follow the list', () => {
    const { plan, agenda } = apply(before, (s, a) => moveItem(s, a, { item: '1', to: 3 }));
    expect(agenda.items.map((i) => i.title)).toEqual([
      DET,
      DEV,
      'Organizational matters',
      expect.stringContaining('Matters pertaining'),
      'Other matters',
      'Adoption of the report',
    ]);
    expect(agenda.annotations.map((a) => [a.item, a.heading.title])).toEqual(
      agenda.items.map((i) => [i.number, i.title]),
    );
    expect(agenda.footnotes).toHaveLength(before.footnotes.length);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(plan.warnings).toEqual([]);
    // The list lines of item 1 (with its two sub-items) and its annotation section, each moved whole.
    expect(
      plan.edits.flatMap((e) => (e.kind === 'moveParagraphs' ? e.ranges.map((r) => r.last - r.first + 1) : [])),
    ).toEqual([3, 7]);
  });

  it('renameItem changes the title in the list, the heading and the annex together', () => {
    const { plan, after, agenda } = apply(before, (s, a) =>
      renameItem(s, a, { item: '3', title: 'Smuggling of migrants by sea' }),
    );
    expect(agenda.items[2].title).toBe('Smuggling of migrants by sea');
    expect(agenda.annotations[2].heading.title).toBe('Smuggling of migrants by sea');
    expect(inconsistencies(agenda)).toEqual([]);
    expect(rowDiff(before, after).added).toEqual([
      ' | 3 | Smuggling of migrants by sea',
      '10 a.m.–1 p.m. | 3 | Smuggling of migrants by sea (continued)',
    ]);
    // Only the title's own characters change in the cell: "(continued)" and its italics are left as they are.
    const continued = plan.edits.find(
      (e) => e.kind === 'replaceText' && before.paragraphs[e.paragraph].cell?.row === 8,
    );
    expect(continued).toMatchObject({ kind: 'replaceText', start: 0, text: 'S' });
    expect(continued && 'expected' in continued && continued.expected.includes('continued')).toBe(false);
    expect(plan.edits.some((e) => e.kind === 'setCell')).toBe(false);
    expect(paragraphDiff(before, after).removed).toHaveLength(2);
    expect(plan.description).toBe(`Rename item 3 “${DEV}” to “Smuggling of migrants by sea”`);
  });
});

describe('references in the text', () => {
  const base = ctocSnapshot();
  const withText = (text: string) => {
    const paragraphs = base.paragraphs.map((p) =>
      p.text.startsWith('The Working Group will be provided') ? { ...p, text } : p,
    );
    return { ...base, paragraphs };
  };

  it.each([
    ['items 3 and 4 are related', 'insert', 'items 4 and 5 are related'],
    ['see items 2–4 above', 'insert', 'see items 2, 4 and 5 above'],
    ['see items 3–5 above', 'insert', 'see items 4–6 above'],
    ['under item 1 (b) and agenda items 2, 3 and 5', 'insert', 'under item 1 (b) and agenda items 2, 4 and 6'],
    ['under agenda item 6 only', 'remove', 'under agenda item 5 only'],
    [
      'resolution 7/1, paragraph 12 and 53 (h) of item 6',
      'remove',
      'resolution 7/1, paragraph 12 and 53 (h) of item 5',
    ],
  ])('"%s" after %s → "%s"', (text, op, expected) => {
    const snapshot = withText(text);
    const { after } = apply(snapshot, (s, a) =>
      op === 'insert' ? insertItem(s, a, { position: 3, title: 'New' }) : removeItem(s, a, { item: '3' }),
    );
    expect(after.paragraphs.some((p) => p.text === expected)).toBe(true);
  });

  it('a reference to a removed item is left and reported', () => {
    const snapshot = withText('as discussed under agenda item 3 last year');
    const { plan, after } = apply(snapshot, (s, a) => removeItem(s, a, { item: '3' }));
    expect(after.paragraphs.some((p) => p.text === 'as discussed under agenda item 3 last year')).toBe(true);
    const index = snapshot.paragraphs.findIndex((p) => p.text.startsWith('as discussed'));
    expect(plan.warnings).toContain(`Paragraph ${index + 1} refers to item 3, which is removed: 'agenda item 3'`);
  });

  it('a sub-item reference follows re-lettering only when it names a real sub-item', () => {
    const snapshot = withText('see item 1 (b)');
    const { after } = apply(snapshot, (s, a) => moveItem(s, a, { item: '1', to: 2 }));
    expect(after.paragraphs.some((p) => p.text === 'see item 2 (b)')).toBe(true);
  });
});

describe('item operation arguments', () => {
  const snapshot = ctocSnapshot();
  const agenda = parseAgenda(snapshot);
  it.each([
    [() => removeItem(snapshot, agenda, { item: '9' }), 'There is no item 9: the agenda has items 1–6.'],
    [() => removeItem(snapshot, agenda, { item: 'five' }), '"five" is not an item number: write it as 5.'],
    [() => moveItem(snapshot, agenda, { item: '2', to: 2 }), 'Item 2 is already at position 2.'],
    [() => moveItem(snapshot, agenda, { item: '2', to: 7 }), 'Position 7 is out of range: give a number from 1 to 6.'],
    [
      () => renameItem(snapshot, agenda, { item: '5', title: 'Other matters.' }),
      'Item 5 is already called “Other matters”.',
    ],
    [() => renameItem(snapshot, agenda, { item: '5', title: '' }), 'Give item 5 a title.'],
  ])('%#: %s', (run, message) => {
    expect(run).toThrow(new OperationError(message));
  });
});
