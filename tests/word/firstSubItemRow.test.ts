/**
 * Issue 12: the first sub-item added to an item that had none gets an annex row of its own where the annex lists
 * sub-items on rows of their own, after the document's own pattern for a parent item: with no row of its own (the
 * sample CTOC/COP/WG.7/2023/1: "1 (a)", "1 (b)", no "1") the new sub-item takes over the item's row and its slots;
 * with a row of its own above its sub-items' rows, the item keeps its row and the sub-item's comes after it. Where
 * the annex lists no sub-item, nothing changes. Built documents, through the gateway on the simulator, compared with
 * applyToSnapshot's prediction, and `check` finds nothing in the annex afterwards.
 */
import { applyToSnapshot } from '../../src/engine/applyToSnapshot';
import { runChecks } from '../../src/engine/checks';
import { insertSubItem } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';
import { body, buildDocx, p, table } from '../helpers/docxFactory';

const H2 = { style: 'Heading2' };
const H3 = { style: 'Heading3' };

function agendaDocx(annexRows: string[][]): Promise<Uint8Array> {
  return buildDocx({
    documentXml: body(
      p('CTOC/COP/WG.7/2024/1'),
      p('Working Group on the Smuggling of Migrants'),
      p('Vienna, 6 May 2024'),
      p('Provisional agenda', H2),
      p('1.\tOrganizational matters:'),
      p('\t(a)\tOpening of the meeting;'),
      p('\t(b)\tAdoption of the agenda.'),
      p('2.\tReview of the smuggling of migrants by sea.'),
      p('3.\tAdoption of the report.'),
      p('Annotations', H2),
      p('1.\tOrganizational matters', H3),
      p('(a)\tOpening of the meeting', H3),
      p('The meeting will be opened.'),
      p('(b)\tAdoption of the agenda', H3),
      p('The agenda will be adopted.'),
      p('2.\tReview of the smuggling of migrants by sea', H3),
      p('Under the item, the Group will review the smuggling of migrants.'),
      p('3.\tAdoption of the report', H3),
      p('The Group will adopt its report.'),
      p('Annex', { style: 'Heading1' }),
      p('Proposed organization of work', H2),
      table([['Date and time', 'Agenda item', 'Title or description'], ...annexRows], { headerRows: 1 }),
      p(''),
    ),
  });
}

const DAY = ['Monday, 6 May', '', ''];
const OPENING = ['', '1 (a)', 'Opening of the meeting'];
const ADOPTION = ['', '1 (b)', 'Adoption of the agenda'];
const REPORT = ['3–6 p.m.', '3', 'Adoption of the report'];

describe.each([
  [
    'sub-items only, as the sample (the new sub-item takes the item’s row)',
    [
      DAY,
      ['10 a.m.–1 p.m.', '1 (a)', 'Opening of the meeting'],
      ADOPTION.slice(),
      ['', '2', 'Review of the smuggling of migrants by sea'],
      REPORT,
    ],
    [
      ['10 a.m.–1 p.m.', '1 (a)', 'Opening of the meeting'],
      ['', '1 (b)', 'Adoption of the agenda'],
      ['', '2 (a)', 'Network services'],
      REPORT,
    ],
  ],
  [
    'a row for the parent above its sub-items (the item keeps its row, the sub-item’s follows)',
    [
      DAY,
      ['10 a.m.–1 p.m.', '1', 'Organizational matters'],
      OPENING,
      ADOPTION,
      ['', '2', 'Review of the smuggling of migrants by sea'],
      REPORT,
    ],
    [
      ['10 a.m.–1 p.m.', '1', 'Organizational matters'],
      OPENING,
      ADOPTION,
      ['', '2', 'Review of the smuggling of migrants by sea'],
      ['', '2 (a)', 'Network services'],
      REPORT,
    ],
  ],
  [
    'no sub-item rows (nothing changes)',
    [
      DAY,
      ['10 a.m.–1 p.m.', '1', 'Organizational matters'],
      ['', '2', 'Review of the smuggling of migrants by sea'],
      REPORT,
    ],
    [
      ['10 a.m.–1 p.m.', '1', 'Organizational matters'],
      ['', '2', 'Review of the smuggling of migrants by sea'],
      REPORT,
    ],
  ],
])('insert sub-item 2 (a) where the annex lists %s', (_name, rows, expected) => {
  it('gives the annex the rows the document’s pattern asks for, in 2 syncs, as predicted; check finds nothing', async () => {
    const doc = await openDocx(await agendaDocx(rows));
    const snapshot = await readSnapshot(doc);
    const plan = insertSubItem(snapshot, parseAgenda(snapshot), { position: '2 (a)', title: 'Network services' });
    doc.resetSyncCount();
    await applyPlan(doc, plan);
    expect(doc.syncCount).toBe(2);
    const after = await readSnapshot(await openDocx(await doc.save()));
    const annex = after.tables[after.tables.length - 1].values;
    expect(annex.slice(2)).toEqual(expected);
    expect(annex).toEqual(applyToSnapshot(snapshot, plan).tables[0].values);
    const agenda = parseAgenda(after);
    expect(agenda.items[1].subItems.map((s) => s.title)).toEqual(['Network services']);
    expect(runChecks(after, agenda).filter((f) => f.rule.startsWith('annex/'))).toEqual([]);
  });
});
