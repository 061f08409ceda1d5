import {
  insertSubItem,
  moveSubItem,
  OperationError,
  removeSubItem,
  renameSubItem,
} from '../../../src/engine/operations';
import { parseAgenda } from '../../../src/engine/parse';
import { ctocNumberedSnapshot, ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { apply, inconsistencies, outlineOf, paragraphDiff } from './helpers';

const OPENING = 'Opening of the meeting';
const ADOPTION = 'Adoption of the agenda and organization of work';

describe.each([
  ['typed list', ctocSnapshot],
  ['auto-numbered list', ctocNumberedSnapshot],
])('sub-item operations on the CTOC sample (%s)', (name, make) => {
  const before = make();

  it('insertSubItem 1 (c) appends; (b) stops being the last, the new one ends the group', () => {
    const { plan, after, agenda } = apply(before, (s, a) =>
      insertSubItem(s, a, { position: '1 (c)', title: 'Election of officers' }),
    );
    expect(agenda.items[0].subItems.map((s) => `${s.letter} ${s.title}${s.terminator}`)).toEqual([
      `a ${OPENING};`,
      `b ${ADOPTION};`,
      'c Election of officers.',
    ]);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(outlineOf(agenda).annex[0].map((r) => r.item)).toEqual(['1 (a)', '1 (b)', '1 (c)', '2']);
    expect(after.paragraphs.some((p) => p.text === '(c)\tElection of officers' && p.style === 'Heading 3')).toBe(true);
    expect(plan.description).toBe('Insert sub-item 1 (c) “Election of officers”');
  });

  it('insertSubItem 1 (a) re-letters (a)–(b) to (b)–(c) in list, headings and annex', () => {
    const { plan, agenda } = apply(before, (s, a) =>
      insertSubItem(s, a, { position: '1 (a)', title: 'Election of officers' }),
    );
    expect(agenda.items[0].subItems.map((s) => `${s.letter} ${s.title}`)).toEqual([
      'a Election of officers',
      `b ${OPENING}`,
      `c ${ADOPTION}`,
    ]);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(plan.description).toBe('Insert sub-item 1 (a) “Election of officers” and re-letter (a)–(b) to (b)–(c)');
    if (name === 'auto-numbered list') expect(plan.warnings).toEqual([]);
  });

  it('insert then remove a sub-item gives back the original text', () => {
    const inserted = apply(before, (s, a) => insertSubItem(s, a, { position: '1 (b)', title: 'Election of officers' }));
    const removed = apply(inserted.after, (s, a) => removeSubItem(s, a, { item: '1 (b)' }));
    expect(removed.after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(removed.after.tables.map((t) => t.values)).toEqual(before.tables.map((t) => t.values));
  });

  it('removeSubItem 1 (a) re-letters (b) and drops its heading section and annex row; the time moves to the next row', () => {
    const { after, agenda } = apply(before, (s, a) => removeSubItem(s, a, { item: '1 (a)' }));
    expect(agenda.items[0].subItems.map((s) => `${s.letter} ${s.title}${s.terminator}`)).toEqual([`a ${ADOPTION}.`]);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(after.paragraphs.some((p) => p.text.startsWith('The tenth meeting of the Working Group'))).toBe(false);
    expect(after.tables[1].values[2]).toEqual(['10 a.m.–1 p.m.', '1 (a)', ADOPTION]);
  });

  it('moveSubItem 1 (b) to 1 (a) swaps them everywhere', () => {
    const { agenda } = apply(before, (s, a) => moveSubItem(s, a, { item: '1 (b)', to: '1 (a)' }));
    expect(agenda.items[0].subItems.map((s) => `${s.letter} ${s.title}${s.terminator}`)).toEqual([
      `a ${ADOPTION};`,
      `b ${OPENING}.`,
    ]);
    if (name === 'typed list') {
      // (b)'s annotation holds footnote 1: it is not moved, and the user is told.
      expect(inconsistencies(agenda).length).toBeGreaterThan(0);
    } else {
      expect(agenda.items[0].subItems).toHaveLength(2);
    }
  });

  it('moveSubItem 1 (a) to 1 (b) (no footnote in its annotation) keeps everything consistent', () => {
    const { plan, agenda } = apply(before, (s, a) => moveSubItem(s, a, { item: '1 (a)', to: '1 (b)' }));
    expect(agenda.items[0].subItems.map((s) => s.title)).toEqual([ADOPTION, OPENING]);
    expect(inconsistencies(agenda)).toEqual([]);
    expect(plan.description).toBe(`Move sub-item 1 (a) “${OPENING}” to 1 (b)`);
  });

  it('renameSubItem changes list, heading and annex together, and nothing else', () => {
    const { after, agenda } = apply(before, (s, a) =>
      renameSubItem(s, a, { item: '1 (a)', title: 'Opening of the session' }),
    );
    expect(agenda.items[0].subItems[0].title).toBe('Opening of the session');
    expect(agenda.annotations[0].subHeadings[0].title).toBe('Opening of the session');
    expect(outlineOf(agenda).annex[0][0].title).toBe('Opening of the session');
    expect(inconsistencies(agenda)).toEqual([]);
    expect(paragraphDiff(before, after).removed).toHaveLength(2);
  });
});

describe('sub-items of an item that had none', () => {
  it('insertSubItem 2 (a) makes item 2 a parent (":"), with a sub-heading like the document’s', () => {
    const { agenda, after } = apply(ctocSnapshot(), (s, a) =>
      insertSubItem(s, a, { position: '2 (a)', title: 'Network services' }),
    );
    expect(agenda.items[1].terminator).toBe(':');
    expect(agenda.items[1].subItems.map((s) => `${s.letter} ${s.title}${s.terminator}`)).toEqual([
      'a Network services.',
    ]);
    expect(after.paragraphs.some((p) => p.text === '(a)\tNetwork services' && p.style === 'Heading 3')).toBe(true);
    expect(inconsistencies(agenda)).toEqual([]);
  });
});

describe('sub-item arguments', () => {
  const snapshot = ctocSnapshot();
  const agenda = parseAgenda(snapshot);
  it.each([
    [() => removeSubItem(snapshot, agenda, { item: '1 (c)' }), 'Item 1 has no sub-item 1 (c): it has (a)–(b).'],
    [() => removeSubItem(snapshot, agenda, { item: '2 (a)' }), 'Item 2 has no sub-item 2 (a): it has no sub-items.'],
    [() => removeSubItem(snapshot, agenda, { item: '9 (a)' }), 'There is no item 9: the agenda has items 1–6.'],
    [() => removeSubItem(snapshot, agenda, { item: '1' }), '"1" is not a sub-item: write it as 1 (b).'],
    [
      () => insertSubItem(snapshot, agenda, { position: '1 (e)', title: 'X' }),
      'Sub-item "1 (e)" is out of range: item 1 can take (a)–(c) here.',
    ],
    [() => moveSubItem(snapshot, agenda, { item: '1 (a)', to: '1 (a)' }), 'Sub-item 1 (a) is already there.'],
  ])('%#', (run, message) => {
    expect(run).toThrow(new OperationError(message));
  });
});
