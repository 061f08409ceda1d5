/**
 * Edits of annex cells change only the paragraph that holds the label or the title (issue 13): a second paragraph
 * ("(closed meeting)") and a nested table in the cell stay, with their formatting; "(continued)" keeps its italics.
 * Real .docx files through the simulator and the gateway, the result saved and read again.
 */
import JSZip from 'jszip';
import type { Agenda } from '../../src/engine/model';
import { insertItem, moveItem, regenerateAnnex, removeItem, renameItem } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import type { EditPlan } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';
import { openDocx } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';
import { body, buildDocx, cell, p, run, table } from '../helpers/docxFactory';

const FRONT = [
  p('CTOC/COP/WG.9/2027/1'),
  p('Working Group on Things'),
  p('Vienna, 7 and 8 October 2027'),
  p('Provisional agenda', { style: 'Heading2' }),
  p('1.\tOpening of the meeting.'),
  p('2.\tGeneral debate.'),
  p('3.\tSmuggling by sea.'),
  p('4.\tOther matters.'),
  p('Annotations', { style: 'Heading2' }),
  p('1.\tOpening of the meeting', { style: 'Heading3' }),
  p('The meeting will be opened.'),
  p('2.\tGeneral debate', { style: 'Heading3' }),
  p('Statements.'),
  p('3.\tSmuggling by sea', { style: 'Heading3' }),
  p('The Group will discuss smuggling by sea.'),
  p('4.\tOther matters', { style: 'Heading3' }),
  p('None foreseen.'),
  p('Annex', { style: 'Heading1' }),
  p('Proposed organization of work', { style: 'Heading2' }),
];

/** Item 3's title cell has a second paragraph; item 4's holds a nested table; item 2 resumes "(continued)". */
function annex(titleOfThree = 'Smuggling by sea'): string {
  return table(
    [
      ['Date and time', 'Agenda item', 'Title or description'],
      ['Thursday, 7 October', '', ''],
      ['10 a.m.–1 p.m.', '1', 'Opening of the meeting'],
      ['', '2', 'General debate'],
      ['3–6 p.m.', '2', cell(p(run('General debate (') + run('continued', { italic: true }) + run(')')))],
      ['', '3', cell(p(titleOfThree) + p(run('(closed meeting)', { bold: true })))],
      ['', '4', cell(p('Other matters') + table([['Chair', 'Vice-Chair']]) + p(''))],
    ],
    { headerRows: 1 },
  );
}

async function edit(documentXml: string, op: (s: Snapshot, a: Agenda) => EditPlan) {
  const doc = await openDocx(await buildDocx({ documentXml }));
  const before = await readSnapshot(doc);
  const plan = op(before, parseAgenda(before));
  await applyPlan(doc, plan);
  const bytes = await doc.save();
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const after = await readSnapshot(await openDocx(bytes));
  return { before, after, plan, xml, agenda: parseAgenda(after) };
}

const texts = (s: Snapshot) => s.paragraphs.map((para) => para.text);
const titleCell = (s: Snapshot, item: string) => {
  const row = s.paragraphs.find((para) => para.cell && para.cell.cell === 1 && para.text === item)?.cell;
  return s.paragraphs
    .filter(
      (para) => para.cell && row && para.cell.table === row.table && para.cell.row === row.row && para.cell.cell === 2,
    )
    .map((para) => para.text);
};

describe('annex title cells keep what else they hold', () => {
  const doc = body(...FRONT, annex());

  it.each<[string, (s: Snapshot, a: Agenda) => EditPlan, string, string[]]>([
    [
      'rename-item',
      (s, a) => renameItem(s, a, { item: '3', title: 'Smuggling of migrants by sea' }),
      '3',
      ['Smuggling of migrants by sea', '(closed meeting)'],
    ],
    ['move-item', (s, a) => moveItem(s, a, { item: '1', to: 4 }), '2', ['Smuggling by sea', '(closed meeting)']],
    [
      'insert-item',
      (s, a) => insertItem(s, a, { position: 1, title: 'Election of officers' }),
      '4',
      ['Smuggling by sea', '(closed meeting)'],
    ],
    ['remove-item', (s, a) => removeItem(s, a, { item: '1' }), '2', ['Smuggling by sea', '(closed meeting)']],
  ])('%s keeps the second paragraph and the nested table', async (_name, op, label, expected) => {
    const { xml, after, agenda } = await edit(doc, op);
    expect(titleCell(after, label)).toEqual(expected);
    // The second paragraph keeps its bold run; the nested table is still there; "(continued)" is still italic.
    expect(xml).toMatch(/<w:b\/>(?:<\/w:rPr>)?<w:t[^>]*>\(closed meeting\)/u);
    expect(xml).toContain('Vice-Chair');
    expect(xml).toMatch(/<w:i\/>(?:<w:iCs\/>)?(?:<\/w:rPr>)?<w:t[^>]*>continued<\/w:t>/u);
    expect(agenda.problems).toEqual([]);
  });

  it('moving the item whose cell holds more says what its new row lacks', async () => {
    const { plan, after } = await edit(doc, (s, a) => moveItem(s, a, { item: '3', to: 1 }));
    expect(titleCell(after, '1')).toEqual(['Smuggling by sea']);
    expect(plan.warnings).toContain(
      'Annex: the row of item 1 held more than its number and title (“(closed meeting)”); its new row has only them: copy the rest by hand.',
    );
  });

  it('regenerate-annex syncs the title paragraph only, and says so first', async () => {
    const { xml, after, plan } = await edit(body(...FRONT, annex('Smuggling at sea')), (s, a) => regenerateAnnex(s, a));
    expect(plan.warnings).toEqual([
      "Annex, item 3: the title “Smuggling at sea” becomes the list's “Smuggling by sea”.",
    ]);
    expect(titleCell(after, '3')).toEqual(['Smuggling by sea', '(closed meeting)']);
    expect(xml).toContain('(closed meeting)');
  });

  it('a title edit changes only that paragraph of the document', async () => {
    const { before, after } = await edit(doc, (s, a) => renameItem(s, a, { item: '4', title: 'Any other business' }));
    const changed = texts(after).filter((t, i) => t !== texts(before)[i]);
    expect(texts(after)).toHaveLength(texts(before).length);
    expect(changed).toEqual(['4.\tAny other business.', '4.\tAny other business', 'Any other business']);
    expect(titleCell(after, '4')).toEqual(
      ['Any other business', 'Chair', 'Vice-Chair', ''].filter((t) => !['Chair', 'Vice-Chair'].includes(t)),
    );
  });
});

describe('new annex rows take the formatting of an ordinary row', () => {
  it('a row inserted beside a "(continued)" row has no italics', async () => {
    // The new item 3 goes after item 2 in the afternoon, where the row before it is "(continued)" and italic.
    const italicContinued = table(
      [
        ['Date and time', 'Agenda item', 'Title or description'],
        ['Thursday, 7 October', '', ''],
        ['10 a.m.–1 p.m.', '1', 'Opening of the meeting'],
        ['', '2', 'General debate'],
        ['3–6 p.m.', '2', cell(p(run('General debate (continued)', { italic: true })))],
        ['', '3', 'Smuggling by sea'],
        ['', '4', 'Other matters'],
      ],
      { headerRows: 1 },
    );
    const { xml, agenda } = await edit(body(...FRONT, italicContinued), (s, a) =>
      insertItem(s, a, { position: 3, title: 'Election of officers' }),
    );
    expect(agenda.annex?.days[0].slots[1].rows.map((r) => `${r.item} ${r.title}`)).toEqual([
      '2 General debate',
      '3 Election of officers',
      '4 Smuggling by sea',
      '5 Other matters',
    ]);
    const newRow = /<w:tr>(?:(?!<\/w:tr>).)*Election of officers(?:(?!<\/w:tr>).)*<\/w:tr>/su.exec(xml)?.[0] ?? '';
    expect(newRow).not.toBe('');
    expect(newRow).not.toMatch(/<w:i\/>/u);
  });

  it('a row whose only neighbour is "(continued)" is written without italics', async () => {
    // Item 3 resumes alone on Friday; a new item 4 goes after it, where the only row to copy is the italic one.
    const onlyContinued = table(
      [
        ['Date and time', 'Agenda item', 'Title or description'],
        ['Thursday, 7 October', '', ''],
        ['10 a.m.–1 p.m.', '1', 'Opening of the meeting'],
        ['', '2', 'General debate'],
        ['', '3', 'Smuggling by sea'],
        ['Friday, 8 October', '', ''],
        ['3–6 p.m.', '3', cell(p(run('Smuggling by sea (continued)', { italic: true })))],
      ],
      { headerRows: 1 },
    );
    const { xml, agenda } = await edit(body(...FRONT, onlyContinued), (s, a) =>
      insertItem(s, a, { position: 4, title: 'Election of officers' }),
    );
    expect(agenda.annex?.days[1].slots[0].rows.map((r) => `${r.item} ${r.title}${r.continued ? ' +' : ''}`)).toEqual([
      '3 Smuggling by sea +',
      '4 Election of officers',
    ]);
    const newRow = /<w:tr>(?:(?!<\/w:tr>).)*>Election of officers<(?:(?!<\/w:tr>).)*<\/w:tr>/su.exec(xml)?.[0] ?? '';
    expect(newRow).not.toBe('');
    expect(newRow).not.toMatch(/<w:i\/>/u);
  });
});
