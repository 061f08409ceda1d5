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
import { body, buildDocx, headerXml, p } from '../helpers/docxFactory';

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
  expect(after.tables[1].firstParagraph).toBeGreaterThan(title);
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
  const annex = xml.slice(xml.lastIndexOf('<w:tbl>'));
  const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(annex)?.[1] ?? '';
  expect(borders).toMatch(/<w:top w:val="single"/);
  expect(borders).toMatch(/<w:bottom w:val="single"/);
  expect(borders).toMatch(/<w:insideH w:val="nil"\/>/);
  expect(borders).toMatch(/<w:insideV w:val="nil"\/>/);
  expect(borders).toMatch(/<w:left w:val="nil"\/>.*<w:right w:val="nil"\/>/);
  const header = /<w:tr>(.*?)<\/w:tr>/.exec(annex)?.[1] ?? '';
  expect(header.match(/<w:tcBorders><w:bottom w:val="single"/g)).toHaveLength(3);
  // the API reads them back as Word would
  const types = await doc.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load('items');
    await context.sync();
    const table = tables.items[1];
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

// Issue 12: the masthead as the sample CTOC/COP/WG.7/2023/1 has it (assets/samples, word/document.xml): a borderless
// table, "United Nations" | symbol, parent organ | Distr./date/Original one paragraph each, a rule under each row (the
// last heavier); the annex heading on a new page. Read back, outline shows what the masthead says.
describe('the blank agenda’s masthead and annex page, through the gateway', () => {
  const input = {
    body: 'Working Group on the Smuggling of Migrants',
    parentBody: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    venue: 'Vienna',
    dates: ['2023-10-05', '2023-10-06'],
    symbol: 'CTOC/COP/WG.7/2023/1',
    issued: '2023-07-11',
  };

  async function inserted() {
    const JSZip = (await import('jszip')).default;
    const doc = await openDocx(await buildDocx({ documentXml: body(p('')) }));
    const plan = createSkeleton(await readSnapshot(doc), input);
    doc.resetSyncCount();
    await applyPlan(doc, plan);
    const syncs = doc.syncCount;
    const bytes = await doc.save();
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    return { syncs, xml, after: await readSnapshot(await openDocx(bytes)) };
  }

  it('is a table of two rows before the body line, in the same 2 syncs', async () => {
    const { syncs, after } = await inserted();
    expect(syncs).toBe(2);
    expect(after.tables[0].values).toEqual([
      ['United Nations', 'CTOC/COP/WG.7/2023/1'],
      [input.parentBody, 'Distr.: General\n11 July 2023\n\nOriginal: English'],
    ]);
    const cells = after.paragraphs.filter((x) => x.tableNestingLevel > 0 && x.index < after.tables[1].firstParagraph);
    expect(cells.map((x) => x.text)).toEqual([
      'United Nations',
      'CTOC/COP/WG.7/2023/1',
      input.parentBody,
      'Distr.: General',
      '11 July 2023',
      '',
      'Original: English',
    ]);
    const bodyLine = after.paragraphs.findIndex((x) => x.text === input.body);
    expect(bodyLine).toBeGreaterThan(cells[cells.length - 1].index);
    expect(after.paragraphs[bodyLine + 1].text).toBe('Vienna, 5 and 6 October 2023');
  });

  it('is ruled under each row only, the last rule 1.5 pt', async () => {
    const { xml } = await inserted();
    const masthead = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(masthead)?.[1] ?? '';
    expect(borders).toMatch(/<w:top w:val="nil"\/>/);
    expect(borders).toMatch(/<w:bottom w:val="single" w:sz="12"/);
    expect(borders).toMatch(/<w:insideH w:val="single" w:sz="4"/);
    expect(borders).toMatch(/<w:insideV w:val="nil"\/>/);
  });

  it('reads back: outline gives symbol, distribution, date of issue, bodies, venue and dates', async () => {
    const { after } = await inserted();
    const agenda = parseAgenda(after);
    expect(toOutline(agenda)).toMatchObject({
      symbol: 'CTOC/COP/WG.7/2023/1',
      meeting: { venue: 'Vienna', dates: ['2023-10-05', '2023-10-06'] },
    });
    expect(agenda.masthead.distribution?.value).toBe('General');
    expect(agenda.masthead.date?.iso).toBe('2023-07-11');
    expect(agenda.masthead.parentBody?.value).toBe(input.parentBody);
    expect(agenda.masthead.body?.value).toBe(input.body);
  });

  it('starts the annex on a new page: a page break ends the paragraph before its heading', async () => {
    const { xml, after } = await inserted();
    const annex = after.paragraphs.findIndex((x) => x.text === 'Annex');
    expect(after.paragraphs[annex - 1].text).toBe('[Annotation to be drafted.]\f');
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(1);
    expect(xml.indexOf('<w:br w:type="page"/>')).toBeLessThan(xml.indexOf('>Annex<'));
    expect(runChecks(after, parseAgenda(after)).map((f) => f.rule)).toEqual([]);
  });

  it('right-aligns the symbol in the masthead, as the sample does (w:jc right)', async () => {
    const { xml } = await inserted();
    const masthead = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const cells = [...masthead.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => m[1]);
    expect(cells[1]).toMatch(/<w:jc w:val="right"\/>.*CTOC\/COP\/WG\.7\/2023\/1/);
    expect(cells.filter((c) => c.includes('<w:jc '))).toHaveLength(1);
  });
});

/**
 * Issue 12: the symbol in the running header, as UN documents carry it (the sample's word/header1.xml), so the blank
 * agenda passes `check` with no finding at all. Word's primary header through `Section.getHeader('Primary')`
 * (WordApi 1.1, https://learn.microsoft.com/en-us/javascript/api/word/word.section#word-word-section-getheader-member(1));
 * Word makes the header when a document has none, and so does the simulator: a new part, its relationship, its
 * content type and a w:headerReference. "Different first page" cannot be set through the API (office-js#956, #3450).
 */
describe('the blank agenda’s running header', () => {
  const input = {
    body: 'Working Group on the Smuggling of Migrants',
    venue: 'Vienna',
    dates: ['2023-10-05'],
    symbol: 'CTOC/COP/WG.9/2027/1',
    issued: '2027-07-11',
  };

  /** Package faults: relationships to missing parts, parts without a content type, r:ids without a relationship. */
  async function packageProblems(bytes: Uint8Array): Promise<string[]> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const [, id, target, mode] of rels.matchAll(
      /<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"(?: TargetMode="([^"]+)")?/g,
    )) {
      ids.add(id);
      if (mode !== 'External' && !zip.file(`word/${target}`)) problems.push(`${id} → missing word/${target}`);
    }
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      const ext = name.slice(name.lastIndexOf('.') + 1);
      if (!types.includes(`PartName="/${name}"`) && !types.includes(`Extension="${ext}"`))
        problems.push(`${name}: no content type`);
    }
    for (const [, id] of documentXml.matchAll(/r:id="([^"]+)"/g)) if (!ids.has(id)) problems.push(`r:id ${id} unknown`);
    return problems;
  }

  it.each<[string, Parameters<typeof buildDocx>[0]]>([
    ['a document without a header: Word makes one', { documentXml: body(p('Draft notes.')) }],
    [
      'a document with an empty header: it is written into',
      { documentXml: body(p('Draft notes.')), headerXml: headerXml() },
    ],
  ])('%s; 2 syncs, a valid package, no finding', async (_name, parts) => {
    const JSZip = (await import('jszip')).default;
    const doc = await openDocx(await buildDocx(parts));
    const plan = createSkeleton(await readSnapshot(doc), input);
    doc.resetSyncCount();
    await applyPlan(doc, plan);
    expect(doc.syncCount).toBe(2);
    const bytes = await doc.save();
    expect(await packageProblems(bytes)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n))).toEqual(['word/header1.xml']);
    expect(await zip.file('word/header1.xml')!.async('string')).toContain('>CTOC/COP/WG.9/2027/1<');
    const sectPr = /<w:sectPr>(.*?)<\/w:sectPr>/.exec(await zip.file('word/document.xml')!.async('string'))?.[1] ?? '';
    expect(sectPr).toMatch(/^<w:headerReference w:type="default" r:id="[^"]+"\/><w:pgSz /);

    const reopened = await openDocx(bytes);
    const after = await readSnapshot(reopened);
    expect(after.headers).toEqual(['CTOC/COP/WG.9/2027/1']);
    expect(runChecks(after, parseAgenda(after))).toEqual([]);
    // Saved again untouched, the package stays as it is (no second header, no second override).
    const again = await JSZip.loadAsync(await reopened.save());
    expect(await again.file('[Content_Types].xml')!.async('string')).toBe(
      await zip.file('[Content_Types].xml')!.async('string'),
    );
  });

  // The new header's relationship and the style sheet a package without one gets are both written (one rels part).
  it('a package without styles.xml (nor its relationship) gets both the styles and the header', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await buildDocx({ documentXml: body(p('Draft notes.')) }));
    zip.remove('word/styles.xml');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace(/<Relationship Id="rIdStyles"[^>]*\/>/, ''));
    const doc = await openDocx(await zip.generateAsync({ type: 'uint8array' }));
    await applyPlan(doc, createSkeleton(await readSnapshot(doc), input));
    const bytes = await doc.save();
    expect(await packageProblems(bytes)).toEqual([]);
    const saved = await (await JSZip.loadAsync(bytes)).file('word/_rels/document.xml.rels')!.async('string');
    expect(saved).toMatch(/\/styles" Target="styles.xml"/);
    expect(saved).toMatch(/\/header" Target="header1.xml"/);
    const after = await readSnapshot(await openDocx(bytes));
    expect(after.paragraphs.find((x) => x.text === 'Annotated provisional agenda')?.styleBuiltIn).toBe('Heading1');
    expect(runChecks(after, parseAgenda(after))).toEqual([]);
  });

  it('a plan made before someone typed into the header is refused, nothing written', async () => {
    const doc = await openDocx(await buildDocx({ documentXml: body(p('Draft notes.')) }));
    const plan = createSkeleton(await readSnapshot(doc), input);
    await doc.run(async (context) => {
      context.document.sections.getFirst().getHeader('Primary').insertText('Draft', 'Start');
      await context.sync();
    });
    // The parts' texts, not the ZIP's bytes (entries written at save carry the time).
    const parts = async (): Promise<Record<string, string>> => {
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(await doc.save());
      const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
      const texts = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
      return Object.fromEntries(names.map((n, i): [string, string] => [n, texts[i]]));
    };
    const before = await parts();
    await expect(applyPlan(doc, plan)).rejects.toThrow(/running header now reads “Draft”/);
    expect(await parts()).toEqual(before);
  });
});
