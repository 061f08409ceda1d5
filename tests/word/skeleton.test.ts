/**
 * The blank agenda skeleton through the real gateway on the simulator: a letter becomes an agenda that the
 * parser reads back and the checks pass.
 */
import { runChecks } from '../../src/engine/checks';
import { toOutline } from '../../src/engine/outline';
import { regenerateAnnex } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import { createSkeleton } from '../../src/engine/skeleton';
import { openDocx } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';
import { body, buildDocx, p } from '../helpers/docxFactory';

it('inserts a skeleton agenda into a document that is not one, in 2 syncs', async () => {
  const doc = await openDocx(await buildDocx({ documentXml: body(p('Draft notes for the secretariat.')) }));
  const before = await readSnapshot(doc);
  expect(parseAgenda(before).items).toEqual([]);
  const plan = createSkeleton(before, {
    body: 'Working Group on the Smuggling of Migrants',
    venue: 'Vienna',
    dates: ['2023-10-05', '2023-10-06'],
    symbol: 'CTOC/COP/WG.7/2023/1',
    issued: '2023-07-11',
  });
  doc.resetSyncCount();
  await applyPlan(doc, plan);
  expect(doc.syncCount).toBe(2);
  const after = await readSnapshot(await openDocx(await doc.save()));
  const agenda = parseAgenda(after);
  const outline = toOutline(agenda);
  expect(outline.symbol).toBe('CTOC/COP/WG.7/2023/1');
  expect(outline.meeting).toEqual({ venue: 'Vienna', dates: ['2023-10-05', '2023-10-06'] });
  expect(outline.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  expect(outline.annotations.map((a) => a.item)).toEqual(['1', '2', '3']);
  expect(outline.annex?.days.map((d) => d.date)).toEqual(['2023-10-05', '2023-10-06']);
  // Slots still empty are part of the schedule: they are read, with no rows.
  expect(outline.annex?.days.map((d) => d.slots.map((s) => `${s.time}:${s.rows.length}`))).toEqual([
    ['10 a.m.–1 p.m.:2', '3–6 p.m.:0'],
    ['10 a.m.–1 p.m.:0', '3–6 p.m.:1'],
  ]);
  expect(after.paragraphs[0].text).toBe('Draft notes for the secretariat.');
  // The annex table comes after its title, not between the anchor and the headings.
  const title = after.paragraphs.findIndex((x) => x.text === 'Proposed organization of work');
  expect(after.tables[0].firstParagraph).toBeGreaterThan(title);
  expect(runChecks(after, agenda).filter((f) => f.severity === 'error')).toEqual([]);
  // The annex already follows the list: regenerating it changes nothing, empty slots included.
  expect(regenerateAnnex(after, agenda).edits).toEqual([]);
});

// Issue 12: a package without styles.xml gets the styles the skeleton needs (as Word gives every document its
// built-in styles), instead of a raw "'Normal' is not a built-in paragraph style" error.
it('a document without styles.xml gets a style sheet with the styles the skeleton applies', async () => {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await buildDocx({ documentXml: body(p('Draft notes for the secretariat.')) }));
  zip.remove('word/styles.xml');
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  const untouched = await openDocx(bytes);
  expect(Object.keys((await JSZip.loadAsync(await untouched.save())).files)).not.toContain('word/styles.xml');

  const doc = await openDocx(bytes);
  const plan = createSkeleton(await readSnapshot(doc), {
    body: 'Working Group',
    venue: 'Vienna',
    dates: ['2023-10-05'],
    issued: '2023-07-11',
  });
  await applyPlan(doc, plan);
  const saved = await JSZip.loadAsync(await doc.save());
  const rels = await saved.file('word/_rels/document.xml.rels')!.async('string');
  expect(rels).toMatch(/Type="[^"]*\/styles" Target="styles.xml"/);
  expect(await saved.file('[Content_Types].xml')!.async('string')).toContain('PartName="/word/styles.xml"');
  const stylesXml = await saved.file('word/styles.xml')!.async('string');
  expect(stylesXml).toContain('w:styleId="Heading1"');
  const after = await readSnapshot(await openDocx(await saved.generateAsync({ type: 'uint8array' })));
  expect(after.paragraphs.find((x) => x.text === 'Annotated provisional agenda')?.styleBuiltIn).toBe('Heading1');
  expect(parseAgenda(after).items.map((i) => i.number)).toEqual(['1', '2', '3']);
});

// Issue 12: the blank agenda's annex is ruled as in the samples (no full grid): through WordApi 1.3 borders.
it('the blank agenda’s annex table has rules above, below and under the header, no grid', async () => {
  const JSZip = (await import('jszip')).default;
  const doc = await openDocx(await buildDocx({ documentXml: body(p('Draft notes for the secretariat.')) }));
  const plan = createSkeleton(await readSnapshot(doc), {
    body: 'Working Group',
    venue: 'Vienna',
    dates: ['2023-10-05'],
    issued: '2023-07-11',
  });
  doc.resetSyncCount();
  await applyPlan(doc, plan);
  expect(doc.syncCount).toBe(2);
  const xml = await (await JSZip.loadAsync(await doc.save())).file('word/document.xml')!.async('string');
  const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(xml)?.[1] ?? '';
  expect(borders).toMatch(/<w:top w:val="single"/);
  expect(borders).toMatch(/<w:bottom w:val="single"/);
  expect(borders).toMatch(/<w:insideH w:val="nil"\/>/);
  expect(borders).toMatch(/<w:insideV w:val="nil"\/>/);
  expect(borders).toMatch(/<w:left w:val="nil"\/>.*<w:right w:val="nil"\/>/);
  const header = /<w:tr>(.*?)<\/w:tr>/.exec(xml.slice(xml.indexOf('<w:tbl>')))?.[1] ?? '';
  expect(header.match(/<w:tcBorders><w:bottom w:val="single"/g)).toHaveLength(3);
  // the API reads them back as Word would
  const types = await doc.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load('items');
    await context.sync();
    const table = tables.items[0];
    const inside = table.getBorder('InsideHorizontal');
    const top = table.getBorder('Top');
    const headerBottom = table.rows.getFirst().getBorder('Bottom');
    inside.load('type');
    top.load('type');
    headerBottom.load('type');
    await context.sync();
    return [inside.type, top.type, headerBottom.type];
  });
  expect(types).toEqual(['None', 'Single', 'Single']);
});
