/**
 * Track changes: with the mode on when an edit runs, the simulator writes the revision marks Word writes.
 * Each edit is checked four ways on the saved file: the marks are there (our author, unique ids), reading
 * shows the accepted text, "accept all" gives what the same edit gives untracked, "reject all" gives back
 * the original.
 */
import type { WordContext, WordTable } from '../../src/word/api';
import { openDocx } from '../../src/simulator';

/**
 * Word for Windows and Mac leave tracked deletions out of Paragraph.text; Word on the web (the simulator's
 * default) keeps them in (office-js#1267, pinned in wordConformance.test.ts). These tests read as the desktop does.
 */
const DESKTOP = { platform: 'desktop' } as const;
import { body, buildDocx, cell, footnoteRef, footnotesXml, numberingXml, p, run, table } from '../helpers/docxFactory';
import { acceptAllXml, partXml, rejectAllXml, revisionMarks, transformDocx } from './revisionHelpers';
import { readParagraphs, readTables, readTexts, sampleBytes } from './simHelpers';
import { readSnapshot } from '../../src/word/readSnapshot';
import { applyPlan } from '../../src/word/applyPlan';
import { parseAgenda } from '../../src/engine/parse';
import { insertItem, moveItem, removeItem, renameItem } from '../../src/engine/operations';
import type { Agenda } from '../../src/engine/model';
import type { EditPlan } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';

type Edit = (context: WordContext) => Promise<void>;

const NUMBERING = numberingXml(
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
);

const BLOCKS = [
  p('Provisional agenda', { style: 'Heading1' }),
  p(`${run('The organization of ')}${run('work', { bold: true })}${footnoteRef(1)}${run(' (see annex).')}`),
  p('Opening of the session.', { numId: 1 }),
  p('Adoption of the agenda.', { numId: 1 }),
  table(
    [
      ['Item', 'Title'],
      ['1', 'Opening'],
      ['2', `Adoption\nof the agenda`],
    ],
    { headerRows: 1 },
  ),
  p('Closing words.'),
];

async function original(): Promise<Uint8Array> {
  return buildDocx({
    documentXml: body(...BLOCKS),
    footnotesXml: footnotesXml({ 1: 'A note.' }),
    numberingXml: NUMBERING,
  });
}

async function nthParagraph(context: WordContext, index: number) {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items');
  await context.sync();
  const item = paragraphs.items[index];
  if (!item) throw new Error(`no paragraph ${index}`);
  return item;
}

async function firstTable(context: WordContext): Promise<WordTable> {
  const tables = context.document.body.tables;
  tables.load('items');
  await context.sync();
  const t = tables.items[0];
  if (!t) throw new Error('no table');
  return t;
}

/** Paragraph indexes in BLOCKS' reading: 0 heading, 1 running text, 2–3 list, 4–10 table cells, 11 closing. */
const EDITS: Array<[label: string, edit: Edit, expected: RegExp[]]> = [
  [
    'range Replace next to a footnote mark',
    async (c) => {
      c.document.body.search('work').getFirst().insertText('labour', 'Replace');
    },
    [
      /<w:ins [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">labour<\/w:t><\/w:r><\/w:ins><w:del [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:delText[^>]*>work<\/w:delText><\/w:r><\/w:del>/,
    ],
  ],
  [
    'range Replace of part of a run',
    async (c) => {
      c.document.body.search('organization').getFirst().insertText('organisation', 'Replace');
    },
    [/<w:delText[^>]*>organization<\/w:delText>/, /<w:t xml:space="preserve">organisation<\/w:t>/],
  ],
  [
    'range insertText Start',
    async (c) => {
      c.document.body.search('Closing').getFirst().insertText('Final. ', 'Start');
    },
    [/<w:ins [^>]*><w:r><w:t xml:space="preserve">Final\. <\/w:t><\/w:r><\/w:ins>/],
  ],
  [
    'range insertText End',
    async (c) => {
      c.document.body.search('Closing words').getFirst().insertText(' and thanks', 'End');
    },
    [/<w:ins [^>]*><w:r><w:t xml:space="preserve"> and thanks<\/w:t><\/w:r><\/w:ins>/],
  ],
  [
    'range insertText Before and After',
    async (c) => {
      const r = c.document.body.search('session').getFirst();
      r.insertText('first ', 'Before');
      r.insertText(' (2023)', 'After');
    },
    [/>first <\/w:t>/, /> \(2023\)<\/w:t>/],
  ],
  [
    'body.insertText End and Start',
    async (c) => {
      c.document.body.insertText(' The end.', 'End');
      c.document.body.insertText('Draft: ', 'Start');
    },
    [/>Draft: <\/w:t><\/w:r><\/w:ins>/, /> The end\.<\/w:t><\/w:r><\/w:ins>/],
  ],
  [
    'body.insertText Replace',
    async (c) => {
      c.document.body.insertText('Withdrawn.', 'Replace');
    },
    [/<w:delText[^>]*>Provisional agenda<\/w:delText>/, /<w:rPr><w:del [^>]*\/><\/w:rPr>/],
  ],
  [
    'paragraph.insertParagraph After and Before',
    async (c) => {
      const list = await nthParagraph(c, 3);
      list.insertParagraph('Election of officers.', 'After');
      list.insertParagraph('Attendance.', 'Before');
    },
    [
      /<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">Election of officers\.<\/w:t>/,
    ],
  ],
  [
    'body.insertParagraph Start and End',
    async (c) => {
      c.document.body.insertParagraph('United Nations', 'Start');
      c.document.body.insertParagraph('', 'End');
    },
    [/>United Nations<\/w:t><\/w:r><\/w:ins><\/w:p>/, /<w:p><w:pPr><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><\/w:p>/],
  ],
  [
    'paragraph.delete (with a footnote mark, kept until accepted)',
    async (c) => {
      (await nthParagraph(c, 1)).delete();
    },
    [
      /<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText[^>]*>The organization of <\/w:delText>/,
      /<w:del [^>]*>(?:(?!<\/w:del>).)*<w:footnoteReference w:id="1"\/>/,
    ],
  ],
  [
    'paragraph.delete of the last paragraph (its mark stays, as untracked)',
    async (c) => {
      (await nthParagraph(c, 11)).delete();
    },
    [/<w:del [^>]*><w:r><w:delText[^>]*>Closing words\.<\/w:delText><\/w:r><\/w:del><\/w:p>/],
  ],
  [
    'two list paragraphs deleted',
    async (c) => {
      (await nthParagraph(c, 3)).delete();
      (await nthParagraph(c, 2)).delete();
    },
    [/<w:delText[^>]*>Opening of the session\.<\/w:delText>/, /<w:delText[^>]*>Adoption of the agenda\.<\/w:delText>/],
  ],
  [
    'cell.value',
    async (c) => {
      (await firstTable(c)).getCell(1, 1).value = 'Opening of the session';
    },
    [
      /<w:del [^>]*><w:r><w:delText[^>]*>Opening<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">Opening of the session<\/w:t>/,
    ],
  ],
  [
    'cell.value over two paragraphs, then italic text appended',
    async (c) => {
      const target = (await firstTable(c)).getCell(2, 1);
      target.value = '';
      target.body.insertText('Adoption', 'End').font.italic = true;
      target.body.insertText(' of the agenda', 'End');
    },
    [
      /<w:delText[^>]*>of the agenda<\/w:delText>/,
      /<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Adoption<\/w:t>/,
    ],
  ],
  [
    'row.insertRows and table.addRows',
    async (c) => {
      const t = await firstTable(c);
      t.getCell(1, 0).parentRow.insertRows('After', 1, [['1 bis', 'Statements']]);
      t.addRows('End', 1, [['3', 'Closing']]);
    },
    [/<w:trPr><w:ins [^>]*\/><\/w:trPr>/],
  ],
  [
    'table.deleteRows and row.delete',
    async (c) => {
      const t = await firstTable(c);
      t.deleteRows(2, 1);
      t.getCell(1, 0).parentRow.delete();
    },
    [/<w:trPr><w:del [^>]*\/><\/w:trPr>/, /<w:delText[^>]*>Opening<\/w:delText>/],
  ],
  [
    'table.delete',
    async (c) => {
      (await firstTable(c)).delete();
    },
    [/<w:trPr><w:tblHeader\/><w:del [^>]*\/><\/w:trPr>/],
  ],
  [
    'paragraph.insertTable',
    async (c) => {
      (await nthParagraph(c, 11)).insertTable(2, 2, 'Before', [
        ['a', 'b'],
        ['c', 'd'],
      ]);
    },
    [/<w:tr><w:trPr><w:ins [^>]*\/><\/w:trPr><w:tc>/],
  ],
  [
    'styleBuiltIn and list level (w:pPrChange)',
    async (c) => {
      (await nthParagraph(c, 11)).styleBuiltIn = 'Heading2';
      (await nthParagraph(c, 3)).listItemOrNullObject.level = 1;
    },
    [
      /<w:pStyle w:val="Heading2"\/><w:pPrChange [^>]*><w:pPr\/><\/w:pPrChange>/,
      /<w:pPrChange [^>]*><w:pPr><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="1"\/><\/w:numPr><\/w:pPr><\/w:pPrChange>/,
    ],
  ],
  [
    'a paragraph inserted and deleted again in one batch leaves nothing',
    async (c) => {
      const added = (await nthParagraph(c, 0)).insertParagraph('Temporary', 'After');
      added.delete();
    },
    [],
  ],
];

async function runEdit(bytes: Uint8Array, edit: Edit, mode: 'Off' | 'TrackAll' | 'TrackMineOnly'): Promise<Uint8Array> {
  const doc = await openDocx(bytes, DESKTOP);
  await doc.run(async (context) => {
    if (mode !== 'Off') context.document.changeTrackingMode = mode;
    await edit(context);
    if (mode !== 'Off') context.document.changeTrackingMode = 'Off';
    await context.sync();
  });
  return doc.save();
}

interface Reading {
  texts: string[];
  tables: string[][][];
}

async function readingOf(bytes: Uint8Array): Promise<Reading> {
  const doc = await openDocx(bytes, DESKTOP);
  return { texts: await readTexts(doc), tables: await readTables(doc) };
}

describe('tracked edits', () => {
  test.each(EDITS)('%s', async (_label, edit, expected) => {
    const before = await original();
    const plain = await runEdit(before, edit, 'Off');
    const tracked = await runEdit(before, edit, 'TrackAll');
    const xml = await partXml(tracked);

    // (1) the marks, ours, with unique ids and Word's date form
    for (const pattern of expected) expect(xml).toMatch(pattern);
    const marks = revisionMarks(xml);
    if (expected.length > 0) expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.author).toBe('Agenda Desk');
      expect(mark.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    const ids = marks.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id !== null && /^\d+$/.test(id))).toBe(true);

    // untracked stays as it was: no marks at all
    expect(revisionMarks(await partXml(plain))).toEqual([]);

    // (2) reading shows the accepted document, the same as the untracked edit
    const untracked = await readingOf(plain);
    expect(await readingOf(tracked)).toEqual(untracked);

    // (3) accept all = the untracked edit; reject all = the original
    expect(await readingOf(await transformDocx(tracked, acceptAllXml))).toEqual(untracked);
    expect(await readingOf(await transformDocx(tracked, rejectAllXml))).toEqual(await readingOf(before));

    // the mode set around the edits is restored
    expect(await partXml(tracked, 'word/settings.xml')).not.toContain('trackRevisions');
  });

  test('styles: reading shows the new style, reject all gives the old one back', async () => {
    const before = await original();
    const edit: Edit = async (c) => {
      (await nthParagraph(c, 11)).styleBuiltIn = 'Heading2';
    };
    const tracked = await runEdit(before, edit, 'TrackAll');
    const styleOf = async (bytes: Uint8Array): Promise<string> =>
      (await readParagraphs(await openDocx(bytes, DESKTOP)))[11]?.styleBuiltIn ?? '';
    expect(await styleOf(tracked)).toBe('Heading2');
    expect(await styleOf(await transformDocx(tracked, acceptAllXml))).toBe('Heading2');
    expect(await styleOf(await transformDocx(tracked, rejectAllXml))).toBe('Normal');
  });

  test('TrackMineOnly records revisions too', async () => {
    const tracked = await runEdit(
      await original(),
      async (c) => {
        c.document.body.search('Closing').getFirst().insertText('Final', 'Replace');
      },
      'TrackMineOnly',
    );
    expect(revisionMarks(await partXml(tracked)).map((m) => m.name)).toEqual(['ins', 'del']);
  });

  test('only edits that run while the mode is on are tracked (queue order, not call order)', async () => {
    const doc = await openDocx(await original(), DESKTOP);
    await doc.run(async (context) => {
      context.document.body.search('Provisional').getFirst().insertText('Draft', 'Replace');
      context.document.changeTrackingMode = 'TrackAll';
      context.document.body.search('Closing').getFirst().insertText('Final', 'Replace');
      context.document.changeTrackingMode = 'Off';
      context.document.body.search('session').getFirst().insertText('meeting', 'Replace');
      await context.sync();
    });
    const xml = await partXml(await doc.save());
    expect(xml).toMatch(/<w:delText[^>]*>Closing<\/w:delText>/);
    expect(xml).not.toMatch(/<w:delText[^>]*>Provisional<\/w:delText>/);
    expect(xml).not.toMatch(/<w:delText[^>]*>session<\/w:delText>/);
    expect(revisionMarks(xml)).toHaveLength(2);
  });

  test('new ids go above the ids already in the package', async () => {
    const existing = p(
      `${run('kept ')}<w:ins w:id="41" w:author="Someone" w:date="2023-01-01T00:00:00Z">${run('theirs')}</w:ins>`,
    );
    const bytes = await buildDocx({ documentXml: body(existing, p('second')) });
    const tracked = await runEdit(
      bytes,
      async (c) => {
        c.document.body.search('second').getFirst().insertText('2nd', 'Replace');
        c.document.body.search('theirs').getFirst().insertText(' and ours', 'End');
      },
      'TrackAll',
    );
    const marks = revisionMarks(await partXml(tracked));
    const ours = marks.filter((m) => m.author === 'Agenda Desk').map((m) => Number(m.id));
    expect(ours.length).toBe(3);
    expect(Math.min(...ours)).toBeGreaterThan(41);
    expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
    expect(await readTexts(await openDocx(tracked, DESKTOP))).toEqual(['kept theirs and ours', '2nd']);
    // Someone else's insertion is not ours to extend: ours sits beside it, in a w:ins of its own.
    expect(await partXml(tracked)).toMatch(
      /w:author="Someone"[^>]*>.*theirs.*<\/w:ins><w:ins [^>]*w:author="Agenda Desk"[^>]*><w:r><w:t xml:space="preserve"> and ours/,
    );
  });

  test('a range across paragraphs: accept all joins them as untracked, reject all restores them', async () => {
    const edit: Edit = async (c) => {
      const from = c.document.body.search('Opening').getFirst();
      const to = c.document.body.search('Adoption of').getFirst();
      from.expandTo(to).insertText('Opening and adoption', 'Replace');
    };
    const before = await original();
    const plain = await runEdit(before, edit, 'Off');
    const tracked = await runEdit(before, edit, 'TrackAll');
    expect(await readingOf(await transformDocx(tracked, acceptAllXml))).toEqual(await readingOf(plain));
    expect(await readingOf(await transformDocx(tracked, rejectAllXml))).toEqual(await readingOf(before));
  });

  test('cells: a tracked value reads back through table.values and cell paragraphs', async () => {
    const bytes = await buildDocx({
      documentXml: body(table([['a', cell('<w:p><w:r><w:t>b</w:t></w:r></w:p>')]]), p('end')),
    });
    const tracked = await runEdit(
      bytes,
      async (c) => {
        (await firstTable(c)).getCell(0, 1).value = 'new';
      },
      'TrackAll',
    );
    const doc = await openDocx(tracked, DESKTOP);
    expect(await readTables(doc)).toEqual([[['a', 'new']]]);
    expect(await readTexts(doc)).toEqual(['a', 'new', 'end']);
  });
});

type PlanMaker = (snapshot: Snapshot, agenda: Agenda) => EditPlan;

const PLANS: Array<[label: string, make: PlanMaker, items: number]> = [
  [
    'insertItem',
    (snapshot, agenda) => insertItem(snapshot, agenda, { position: 3, title: 'Statements by observers' }),
    7,
  ],
  ['removeItem', (snapshot, agenda) => removeItem(snapshot, agenda, { item: '4' }), 5],
  ['moveItem', (snapshot, agenda) => moveItem(snapshot, agenda, { item: '5', to: 2 }), 6],
  [
    'renameItem',
    (snapshot, agenda) =>
      renameItem(snapshot, agenda, { item: '2', title: 'Adoption of the agenda and organization of work' }),
    6,
  ],
];

describe('tracked edits through the gateway (ctoc-cop-wg7-2023-1.docx)', () => {
  test.each(PLANS)(
    '%s with trackChanges: revisions in the file, the outline read back, accept = untracked, reject = original',
    async (_label, make, itemCount) => {
      const before = sampleBytes('ctoc-cop-wg7-2023-1.docx');
      const doc = await openDocx(before, DESKTOP);
      const snapshot = await readSnapshot(doc);
      expect(parseAgenda(snapshot).items).toHaveLength(6);
      await applyPlan(doc, make(snapshot, parseAgenda(snapshot)), { trackChanges: true });
      const saved = await doc.save();
      const xml = await partXml(saved);

      const marks = revisionMarks(xml);
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((m) => m.author === 'Agenda Desk')).toBe(true);
      expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
      expect(await partXml(saved, 'word/settings.xml')).not.toContain('trackRevisions');

      const plain = await openDocx(before, DESKTOP);
      const plainSnapshot = await readSnapshot(plain);
      await applyPlan(plain, make(plainSnapshot, parseAgenda(plainSnapshot)));
      const plainSaved = await plain.save();
      expect(revisionMarks(await partXml(plainSaved))).toEqual([]);

      const again = await readSnapshot(await openDocx(saved, DESKTOP));
      const untracked = await readSnapshot(await openDocx(plainSaved, DESKTOP));
      expect(parseAgenda(again).items).toHaveLength(itemCount);
      expect(again).toEqual(untracked);

      expect(await readingOf(await transformDocx(saved, acceptAllXml))).toEqual(await readingOf(plainSaved));
      expect(await readingOf(await transformDocx(saved, rejectAllXml))).toEqual(await readingOf(before));
    },
  );

  test('insertItem: the new item text is inside w:ins', async () => {
    const doc = await openDocx(sampleBytes('ctoc-cop-wg7-2023-1.docx'), DESKTOP);
    const snapshot = await readSnapshot(doc);
    await applyPlan(
      doc,
      insertItem(snapshot, parseAgenda(snapshot), { position: 3, title: 'Statements by observers' }),
      { trackChanges: true },
    );
    expect(await partXml(await doc.save())).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*Statements by observers/);
  });
});
