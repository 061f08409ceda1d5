import { applyToSnapshot } from '../../../src/engine/applyToSnapshot';
import { OperationError, regenerateAnnex } from '../../../src/engine/operations';
import { parseAgenda } from '../../../src/engine/parse';
import type { Snapshot } from '../../../src/engine/snapshot';
import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { apply, inconsistencies, outlineOf, paragraphDiff } from './helpers';

const DEV = 'Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea';

/** The sample with some annex cells changed: [row, cell, text]. */
function withCells(changes: [number, number, string][]): Snapshot {
  const s = ctocSnapshot();
  const annex = s.tables[1];
  const values = annex.values.map((r) => [...r]);
  const paragraphs = s.paragraphs.map((p) => {
    const hit = changes.find(([row, cell]) => p.cell?.table === 1 && p.cell.row === row && p.cell.cell === cell);
    return hit ? { ...p, text: hit[2] } : p;
  });
  for (const [row, cell, text] of changes) values[row][cell] = text;
  return { ...s, paragraphs, tables: s.tables.map((t, i) => (i === 1 ? { ...t, values } : t)) };
}

describe('regenerateAnnex', () => {
  it('changes nothing on an annex that already follows the list', () => {
    const plan = regenerateAnnex(ctocSnapshot(), parseAgenda(ctocSnapshot()));
    expect(plan.edits).toEqual([]);
    expect(plan.description).toBe('The annex already follows the agenda list: nothing to change');
  });

  it('fixes a title, a wrong "(continued)", a missing item and an unknown row, keeping days and slots', () => {
    const broken = withCells([
      [6, 2, 'Developments … at sea'], // title differs from the list
      [8, 2, DEV], // "(continued)" missing on the resumed item
      [10, 1, '9'], // a row naming an item the list does not have (item 5's row)
    ]);
    const { plan, after, agenda } = apply(broken, (s, a) => regenerateAnnex(s, a));
    expect(inconsistencies(agenda)).toEqual([]);
    expect(outlineOf(agenda).annex.map((slot) => slot.map((r) => `${r.item}${r.continued ? '+' : ''}`))).toEqual([
      ['1 (a)', '1 (b)', '2'],
      ['2+', '3'],
      ['3+', '4', '5'],
      ['6'],
    ]);
    // Item 5 had lost its row: it is placed after its predecessor's last row (item 4, Friday morning).
    expect(after.tables[1].values[10]).toEqual(['', '5', 'Other matters']);
    expect(after.tables[1].values[11]).toEqual(['3–6 p.m.', '6', 'Adoption of the report']);
    // "(continued)" is added after the title, its word in italics; the title itself is not rewritten.
    const continued = plan.edits.find(
      (e) => e.kind === 'replaceText' && broken.paragraphs[e.paragraph].cell?.row === 8,
    );
    expect(continued).toMatchObject({
      runs: [{ text: `${DEV.slice(-1)} (` }, { text: 'continued', italic: true }, { text: ')', italic: false }],
    });
    expect(paragraphDiff(broken, after)).toEqual({ removed: [], added: [] });
  });

  it('creates an annex from the masthead dates when there is none', () => {
    const s = ctocSnapshot();
    const annexStart = s.paragraphs.findIndex((p) => p.text === 'Annex');
    const cut: Snapshot = { ...s, paragraphs: s.paragraphs.slice(0, annexStart), tables: [s.tables[0]] };
    const agenda = parseAgenda(cut);
    expect(agenda.annex).toBeNull();
    const plan = regenerateAnnex(cut, agenda);
    const after = applyToSnapshot(cut, plan);
    const reparsed = parseAgenda(after);
    expect(after.paragraphs.slice(annexStart, annexStart + 2).map((p) => `${p.style}: ${p.text}`)).toEqual([
      'Heading 1: Annex',
      'Heading 2: Proposed organization of work',
    ]);
    expect(after.tables[1].values.slice(0, 3)).toEqual([
      ['Date and time', 'Agenda item', 'Title or description'],
      ['Thursday, 5 October', '', ''],
      ['10 a.m.–1 p.m.', '1 (a)', 'Opening of the meeting'],
    ]);
    // 7 rows over 4 slots, in order: row e goes to slot floor(e × 4 / 7).
    expect(outlineOf(reparsed).annex.map((slot) => slot.map((r) => r.item))).toEqual([
      ['1 (a)', '1 (b)'],
      ['2', '3'],
      ['4', '5'],
      ['6'],
    ]);
    expect(inconsistencies(reparsed)).toEqual([]);
  });

  it('refuses to create an annex without meeting dates', () => {
    const s = ctocSnapshot();
    const annexStart = s.paragraphs.findIndex((p) => p.text === 'Annex');
    const cut: Snapshot = {
      ...s,
      paragraphs: s.paragraphs
        .slice(0, annexStart)
        .map((p) => (p.text.startsWith('Vienna,') ? { ...p, text: 'Vienna' } : p)),
      tables: [s.tables[0]],
    };
    expect(() => regenerateAnnex(cut, parseAgenda(cut))).toThrow(
      new OperationError('The document has no annex, and no meeting dates in its masthead to build one from.'),
    );
  });
});
