/**
 * The gateway and the engine under Word's documented behaviour, as the simulator now reproduces it by default.
 * Each case names the office-js issue or docs page that pins the behaviour; each failed on the code before it.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { fixAll, runChecks } from '../../src/engine/checks';
import { insertItem } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';
import type { Edit } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';
import { PartialEditError } from '../../src/word/errors';
import { revisionCrossing } from '../../src/word/revisions';
import { anchorAt, encodeSearchText } from '../../src/word/searchAnchor';
import { body, buildDocx, cell, p, table } from '../helpers/docxFactory';
import { planOf } from '../helpers/planOf';
import { partXml, transformDocx } from '../simulator/revisionHelpers';

const SAMPLE = new Uint8Array(readFileSync(path.resolve(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1.docx')));

/** The sample with its story parts (document, notes, headers) passed through `transform`. */
async function sampleWith(transform: (xml: string) => string): Promise<Uint8Array> {
  return transformDocx(SAMPLE, transform);
}

describe('footnote marks in text (U+0002: office-js#2749, #4997, #6942)', () => {
  test('the footnote full-stop fix applies: the note text is compared without its leading mark', async () => {
    const bytes = await sampleWith((xml) => xml.replace('som_2022.html.</w:t>', 'som_2022.html</w:t>'));
    const doc = await openDocx(bytes);
    const snapshot = await readSnapshot(doc);
    const findings = runChecks(snapshot, parseAgenda(snapshot)).filter((f) => f.rule === 'footnote/punctuation');
    expect(findings).toHaveLength(1);
    await applyPlan(doc, fixAll(findings));
    const after = await readSnapshot(await openDocx(await doc.save()));
    expect(after.footnotes[1].text).toMatch(/som_2022\.html\.$/u);
  });

  test('footnote/mark-position reports a mark that stands before a comma', async () => {
    const bytes = await sampleWith((xml) =>
      xml.replace(
        '<w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> (see annex)',
        '<w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">, see annex,',
      ),
    );
    const snapshot = await readSnapshot(await openDocx(bytes));
    const para = snapshot.paragraphs[snapshot.footnotes[0].paragraph];
    expect(para.text.charAt(snapshot.footnotes[0].offset ?? -1)).toBe('\u0002');
    const findings = runChecks(snapshot, parseAgenda(snapshot)).filter((f) => f.rule === 'footnote/mark-position');
    expect(findings.map((f) => f.excerpt)).toEqual(['work,']);
  });
});

const plainRow = (...cells: string[]) => cells.map((text) => [{ text }]);
const vMerge = (restart: boolean) => (restart ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');

describe('vertically merged cells (cellIndex throws GeneralException: office-js#3200)', () => {
  const annex = () =>
    buildDocx({
      documentXml: body(
        p('Annex'),
        table([
          ['Date and time', 'Agenda item', 'Title or description'],
          [cell('Thursday, 5 October\n10 a.m.–1 p.m.', vMerge(true)), '1 (a)', 'Opening of the meeting'],
          [cell('', vMerge(false)), '1 (b)', 'Adoption of the agenda'],
          [cell('3–6 p.m.'), '2', 'Other matters'],
        ]),
        p('After'),
      ),
    });

  test('readSnapshot reads a table with a vertical merge, each paragraph in its row and cell', async () => {
    const doc = await openDocx(await annex());
    const snapshot = await readSnapshot(doc);
    expect(doc.syncCount).toBe(2);
    const cells = snapshot.paragraphs.filter((x) => x.cell).map((x) => [x.text, x.cell?.row, x.cell?.cell]);
    expect(cells).toEqual([
      ['Date and time', 0, 0],
      ['Agenda item', 0, 1],
      ['Title or description', 0, 2],
      ['Thursday, 5 October', 1, 0],
      ['10 a.m.–1 p.m.', 1, 0],
      ['1 (a)', 1, 1],
      ['Opening of the meeting', 1, 2],
      ['', 2, 0],
      ['1 (b)', 2, 1],
      ['Adoption of the agenda', 2, 2],
      ['3–6 p.m.', 3, 0],
      ['2', 3, 1],
      ['Other matters', 3, 2],
    ]);
    expect(snapshot.tables[0]).toMatchObject({ firstParagraph: 1, lastParagraph: 13 });
  });
});

describe('TableRow.insertRows takes no more values than the row has cells (its docs)', () => {
  test('rows after a one-cell day row go before the next, wider row', async () => {
    const doc = await openDocx(
      await buildDocx({
        documentXml: body(
          p('Annex'),
          table([
            ['Time', 'Item', 'Title'],
            [cell('Thursday, 5 October', '<w:gridSpan w:val="3"/>')],
            ['10 a.m.', '1', 'Opening'],
          ]),
          p('End'),
        ),
      }),
    );
    const snapshot = await readSnapshot(doc);
    const edit: Edit = {
      kind: 'insertRows',
      table: 0,
      row: 1,
      position: 'After',
      rows: [plainRow('9 a.m.', '0', 'Briefing')],
    };
    await applyPlan(doc, planOf(snapshot, [edit]));
    const after = await readSnapshot(await openDocx(await doc.save()));
    expect(after.tables[0].values).toEqual([
      ['Time', 'Item', 'Title'],
      ['Thursday, 5 October'],
      ['9 a.m.', '0', 'Briefing'],
      ['10 a.m.', '1', 'Opening'],
    ]);
  });

  test('a row wider than both neighbours is refused before anything is written', async () => {
    const doc = await openDocx(
      await buildDocx({
        documentXml: body(
          p('Annex'),
          table([
            ['a', 'b'],
            ['c', 'd'],
          ]),
          p('End'),
        ),
      }),
    );
    const snapshot = await readSnapshot(doc);
    const edit: Edit = { kind: 'insertRows', table: 0, row: 0, position: 'After', rows: [plainRow('1', '2', '3')] };
    await expect(applyPlan(doc, planOf(snapshot, [edit]))).rejects.toThrow(/needs 3 cells.*Nothing was changed/);
    expect(doc.syncCount).toBe(3); // read (2) + the refused plan's verifying sync, no edit sync
  });
});

describe('a failed edit batch is not rolled back (OfficeExtension.Error docs)', () => {
  test('applyPlan restores track changes and says exactly what was applied, in one extra sync', async () => {
    const doc = await openDocx(
      await buildDocx({ documentXml: body(p('First paragraph 3'), p('Second paragraph'), p('Third')) }),
    );
    const snapshot = await readSnapshot(doc);
    const edits: Edit[] = [
      { kind: 'replaceText', paragraph: 0, start: 16, end: 17, expected: '3', text: '4' },
      // A style the document does not have fails the edit sync (Paragraph.style: the name must exist).
      {
        kind: 'insertParagraphs',
        anchor: 1,
        position: 'After',
        paragraphs: [{ text: 'New', style: { name: 'No such style', builtIn: 'Other' } }],
      },
    ];
    const before = doc.syncCount;
    const error = await applyPlan(doc, planOf(snapshot, edits), { trackChanges: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    expect(doc.syncCount - before).toBe(3);
    const partial = error as PartialEditError;
    expect(partial.applied).toEqual([
      'paragraph 1 now reads “First paragraph 4” (was “First paragraph 3”)',
      'paragraph 3 inserted: “New”',
    ]);
    expect(partial.message).toMatch(/Track Changes is back to off/);
    const mode = await doc.run(async (context) => {
      context.document.load('changeTrackingMode');
      await context.sync();
      return context.document.changeTrackingMode;
    });
    expect(mode).toBe('Off');
  });
});

describe('search windows are limited after encoding (office-js#1726, #168, #731)', () => {
  test('a window of carets is not longer than 255 once encoded', () => {
    const text = `${'^'.repeat(200)}A${'^'.repeat(200)}B`;
    const anchor = anchorAt(text, text.length - 1);
    expect(anchor).toEqual({ kind: 'startOf', window: 'B' });
    for (let offset = 1; offset < text.length; offset++) {
      const found = anchorAt(text, offset);
      if (found && found.kind !== 'paragraphStart')
        expect(encodeSearchText(found.window).length).toBeLessThanOrEqual(255);
    }
  });

  test('an edit in such a paragraph applies in the simulator, which refuses encoded strings over 255', async () => {
    const text = `${'^'.repeat(200)}A${'^'.repeat(200)}B`;
    const doc = await openDocx(await buildDocx({ documentXml: body(p(text)) }));
    const snapshot = await readSnapshot(doc);
    await applyPlan(
      doc,
      planOf(snapshot, [{ kind: 'replaceText', paragraph: 0, start: 401, end: 402, expected: 'B', text: 'C' }]),
    );
    expect((await readSnapshot(await openDocx(await doc.save()))).paragraphs[0].text).toBe(
      `${'^'.repeat(200)}A${'^'.repeat(200)}C`,
    );
  });
});

describe('pending tracked changes are read as accepted text (office-js#1267; getReviewedText, WordApi 1.4)', () => {
  const twoItems = () => buildDocx({ documentXml: body(p('Item 3 of the agenda'), p('Item 7 of the agenda')) });
  const renumber = (snapshot: Snapshot, paragraph: number, from: string, to: string): Edit => {
    const start = snapshot.paragraphs[paragraph].text.indexOf(from);
    return { kind: 'replaceText', paragraph, start, end: start + from.length, expected: from, text: to };
  };

  test.each(['web', 'desktop'] as const)(
    'after a tracked "3" → "4", Word on the %s reads "4", in 2 syncs',
    async (platform) => {
      const doc = await openDocx(await twoItems(), { platform });
      const snapshot = await readSnapshot(doc);
      await applyPlan(doc, planOf(snapshot, [renumber(snapshot, 0, '3', '4')]), { trackChanges: true });
      const again = await openDocx(await doc.save(), { platform });
      const after = await readSnapshot(again);
      expect(again.syncCount).toBe(2);
      expect(after.paragraphs.map((x) => x.text)).toEqual(['Item 4 of the agenda', 'Item 7 of the agenda']);
    },
  );

  test.each(['web', 'desktop'] as const)(
    'Word on the %s: an edit beside the revisions applies; windows never cross one; two edits in such a paragraph are refused',
    async (platform) => {
      const doc = await openDocx(await twoItems(), { platform });
      const first = await readSnapshot(doc);
      await applyPlan(doc, planOf(first, [renumber(first, 0, '3', '4')]), { trackChanges: true });
      const snapshot = await readSnapshot(doc);
      await applyPlan(doc, planOf(snapshot, [renumber(snapshot, 0, '4', '5'), renumber(snapshot, 1, '7', '8')]));
      const after = await readSnapshot(doc);
      expect(after.paragraphs.map((x) => x.text)).toEqual(['Item 5 of the agenda', 'Item 8 of the agenda']);
      const twice: Edit[] = [renumber(after, 0, 'Item', 'Point'), renumber(after, 0, 'agenda', 'list')];
      await expect(applyPlan(doc, planOf(after, twice))).rejects.toThrow(
        /Paragraph 1 has tracked changes.*Nothing was changed/,
      );
    },
  );

  test('revisionCrossing locates inserted text and deletion points; anchors avoid them', () => {
    const crosses = revisionCrossing('Item 3 of the agenda', 'Item 4 of the agenda');
    expect(crosses).not.toBeNull();
    const guard = crosses as (s: number, e: number) => boolean;
    expect(guard(0, 5)).toBe(false); // "Item " ends where "3" was deleted: it does not span the place
    expect(guard(4, 6)).toBe(true); // " 4" holds the inserted "4"
    expect(guard(6, 20)).toBe(false);
    expect(anchorAt('Item 4 of the agenda', 6, guard)).toEqual({ kind: 'startOf', window: ' o' });
    expect(anchorAt('Item 4 of the agenda', 5, guard)).toEqual({ kind: 'endOf', window: 'm ' });
    // Deleted text between two kept characters: no window spans the deletion point.
    const deletion = revisionCrossing('abXcd', 'abcd') as (s: number, e: number) => boolean;
    expect([deletion(0, 2), deletion(1, 3), deletion(2, 4)]).toEqual([false, true, false]);
  });
});

describe('the sample with its annex time cells merged vertically, as drafters often make them', () => {
  /** Each slot's time cell spans the rows of its items: vMerge restart on the time, continue on the empty cells. */
  const mergeTimes = (xml: string): string => {
    const start = xml.lastIndexOf('<w:tbl>');
    if (start < 0) return xml;
    let merging = false;
    const annex = xml.slice(start).replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
      const first = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(row)?.[0] ?? '';
      const text = [...first.matchAll(/<w:t[^>]*>([^<]*)/g)].map((m) => m[1]).join('');
      let tag = '';
      if (/(a\.m\.|p\.m\.)/.test(text)) tag = '<w:vMerge w:val="restart"/>';
      else if (text === '' && merging) tag = '<w:vMerge/>';
      merging = tag !== '';
      if (!tag) return row;
      const merged = first.includes('<w:tcPr>')
        ? first.replace('<w:tcPr>', `<w:tcPr>${tag}`)
        : first.replace('<w:tc>', `<w:tc><w:tcPr>${tag}</w:tcPr>`);
      return row.replace(first, merged);
    });
    return xml.slice(0, start) + annex;
  };

  test('reads the same agenda and inserts an item into the merged annex', async () => {
    const bytes = await sampleWith(mergeTimes);
    expect((await partXml(bytes)).match(/<w:vMerge/g)?.length).toBeGreaterThan(5);
    const plain = await readSnapshot(await openDocx(SAMPLE));
    const doc = await openDocx(bytes);
    const snapshot = await readSnapshot(doc);
    expect(snapshot.paragraphs.map((x) => x.cell)).toEqual(plain.paragraphs.map((x) => x.cell));
    const agenda = parseAgenda(snapshot);
    expect(agenda.annex).toEqual(parseAgenda(plain).annex);
    await applyPlan(doc, insertItem(snapshot, agenda, { position: 3, title: 'Smuggling of migrants by air' }));
    const after = parseAgenda(await readSnapshot(await openDocx(await doc.save())));
    const rows =
      after.annex?.days.flatMap((d) => d.slots.flatMap((s) => s.rows.map((r) => `${r.item} ${r.title}`))) ?? [];
    expect(rows).toContain('3 Smuggling of migrants by air');
  });
});
