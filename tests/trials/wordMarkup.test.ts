/**
 * Real Word markup must not confuse the reader nor be lost by edits (issue 9, deliverable 9; issue 13,
 * AlternateContent). The document is the English CTOC agenda of tests/fixtures/trials/wordMarkup.ts: fields
 * (SEQ, REF, HYPERLINK; simple and complex), content controls (the whole list, a run, the symbol), hyperlinks (to a
 * relationship and to a bookmark), a bookmark in mid-word, smart tags, comments, a section break, a masthead table
 * with a text box (DrawingML + VML fallback) and an item title inside mc:AlternateContent.
 *
 * Every edit runs through the CLI; the saved document is then read here straight from its XML, with no product code:
 * the paragraph texts before and after are diffed (only the paragraphs the edit names may change), and every
 * paragraph that survives keeps its markup (the fields with their instructions, content controls around it or in it,
 * bookmarks, hyperlinks with their targets, smart tags, comment ranges and references, text boxes).
 */
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { MARKUP_ITEMS, wordMarkup } from '../fixtures/trials/wordMarkup';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const work = mkdtempSync(path.join(tmpdir(), 'agenda-markup-'));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

interface Para {
  text: string;
  /** The markup in and around the paragraph, in document order. */
  markup: string[];
}

interface Saved {
  paragraphs: Para[];
  /** Whole-document defects: unbalanced bookmarks, comments or fields, dangling relationship or comment ids. */
  defects: string[];
  xml: string;
}

const el = (n: Node | null): n is Element => !!n && n.nodeType === 1;
const isW = (n: Node, name: string): boolean => el(n) && n.namespaceURI === W && n.localName === name;
const wAttr = (e: Element, name: string): string => e.getAttributeNS(W, name) ?? '';

/** Reads the saved document: one Para per w:p of the body (text boxes' paragraphs excluded), in order. */
async function read(file: string): Promise<Saved> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const relsXml = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const targets = new Map(
    [...relsXml.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/gu)].map((m) => [m[1], m[2]] as [string, string]),
  );
  const commentIds = new Set([...commentsXml.matchAll(/<w:comment [^>]*w:id="(\d+)"/gu)].map((m) => m[1]));
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const paragraphs: Para[] = [];
  const defects: string[] = [];
  const openBookmarks = new Map<string, string>();
  const openComments = new Set<string>();

  /** Text of a paragraph as a reader sees it: field results yes, instructions no; one branch of alternate content. */
  const readParagraph = (p: Element): Para => {
    let text = '';
    const markup: string[] = [];
    const fields: ('instr' | 'result')[] = [];
    for (let a = p.parentNode; a && el(a); a = a.parentNode) {
      if (isW(a, 'sdtContent')) markup.unshift(`in-sdt:${sdtTag(a.parentNode as Element)}`);
    }
    const visit = (n: Element): void => {
      if (n.namespaceURI === MC && n.localName === 'AlternateContent') {
        markup.push('alternate-content');
        const branches = [...childElements(n)];
        const branch = branches.find((b) => b.localName === 'Fallback') ?? branches[0];
        if (branch) for (const c of childElements(branch)) visit(c);
        return;
      }
      if (n.namespaceURI !== W) return;
      switch (n.localName) {
        case 'pPr':
        case 'rPr':
        case 'sdtPr':
        case 'del':
          return;
        case 't':
          if (fields.every((f) => f === 'result')) text += n.textContent ?? '';
          return;
        case 'tab':
          if (fields.every((f) => f === 'result')) text += '\t';
          return;
        case 'instrText':
          markup.push(`instr:${(n.textContent ?? '').trim()}`);
          return;
        case 'fldChar': {
          const type = wAttr(n, 'fldCharType');
          markup.push(`field-${type}`);
          if (type === 'begin') fields.push('instr');
          else if (type === 'separate') fields[fields.length - 1] = 'result';
          else if (type === 'end' && fields.pop() === undefined) defects.push(`field end without begin in "${text}"`);
          return;
        }
        case 'fldSimple':
          markup.push(`simple-field:${wAttr(n, 'instr').trim()}`);
          break;
        case 'sdt':
          markup.push(`sdt:${sdtTag(n)}`);
          break;
        case 'hyperlink': {
          const id = n.getAttributeNS(R, 'id');
          const target = id ? targets.get(id) : `#${wAttr(n, 'anchor')}`;
          if (!target) defects.push(`hyperlink ${id} has no relationship`);
          markup.push(`hyperlink:${target}`);
          break;
        }
        case 'bookmarkStart':
          markup.push(`bookmark:${wAttr(n, 'name')}`);
          openBookmarks.set(wAttr(n, 'id'), wAttr(n, 'name'));
          return;
        case 'bookmarkEnd':
          if (!openBookmarks.delete(wAttr(n, 'id'))) defects.push(`bookmarkEnd ${wAttr(n, 'id')} without start`);
          return;
        case 'smartTag':
          markup.push(`smart-tag:${wAttr(n, 'element')}`);
          break;
        case 'commentRangeStart':
          markup.push(`comment:${wAttr(n, 'id')}`);
          openComments.add(wAttr(n, 'id'));
          return;
        case 'commentRangeEnd':
          if (!openComments.delete(wAttr(n, 'id'))) defects.push(`commentRangeEnd ${wAttr(n, 'id')} without start`);
          return;
        case 'commentReference':
          markup.push(`comment-reference:${wAttr(n, 'id')}`);
          if (!commentIds.has(wAttr(n, 'id'))) defects.push(`comment reference ${wAttr(n, 'id')} has no comment`);
          return;
        case 'footnoteReference':
          markup.push('footnote');
          return;
        case 'txbxContent':
          markup.push('text-box');
          return;
        case 'drawing':
        case 'pict':
          markup.push(n.localName);
          for (const box of byName(n, 'txbxContent').slice(0, 1)) markup.push(`text-box:${box.textContent}`);
          return;
        default:
      }
      for (const c of childElements(n)) visit(c);
    };
    for (const c of childElements(p)) visit(c);
    if (fields.length > 0) defects.push(`field not closed in "${text}"`);
    return { text, markup };
  };

  const walk = (n: Element): void => {
    for (const c of childElements(n)) {
      if (isW(c, 'p')) paragraphs.push(readParagraph(c));
      else if (isW(c, 'sectPr')) paragraphs.push({ text: '', markup: ['final-section'] });
      else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'tbl') || isW(c, 'tr') || isW(c, 'tc')) walk(c);
    }
  };
  walk(byName(doc, 'body')[0]);
  for (const [id, name] of openBookmarks) defects.push(`bookmark ${name} (${id}) never ends`);
  for (const id of openComments) defects.push(`comment range ${id} never ends`);
  for (const sdt of byName(doc, 'sdtContent')) {
    if (childElements(sdt).length === 0) defects.push(`content control ${sdtTag(sdt.parentNode as Element)} is empty`);
  }
  for (const id of commentIds) {
    if (!byName(doc, 'commentReference').some((r) => wAttr(r, 'id') === id))
      defects.push(`comment ${id} is referenced nowhere`);
  }
  const sections = byName(doc, 'sectPr').length;
  if (sections !== 2) defects.push(`${sections} section breaks instead of 2`);
  return { paragraphs, defects, xml };
}

function childElements(n: Element): Element[] {
  const out: Element[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (el(c)) out.push(c);
  return out;
}

/** w: descendants by local name (xmldom's node lists are not iterable). */
function byName(n: Element | Document, name: string): Element[] {
  const list = n.getElementsByTagNameNS(W, name);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i) as Element);
  return out;
}

function sdtTag(sdt: Element): string {
  const tag = byName(sdt, 'tag')[0];
  return tag ? wAttr(tag, 'val') : '?';
}

interface Diff {
  removed: string[];
  added: string[];
  /** Surviving paragraphs whose markup changed: "text: before → after". */
  markupChanged: string[];
}

/**
 * Paragraph diff by longest common subsequence of the texts; a changed paragraph (one removed and one added at the
 * same place, as a renumbered heading) must keep its markup too.
 */
function diff(before: Para[], after: Para[]): Diff {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i].text === after[j].text ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const result: Diff = { removed: [], added: [], markupChanged: [] };
  const hunkRemoved: Para[] = [];
  const hunkAdded: Para[] = [];
  const flush = (): void => {
    if (hunkRemoved.length === hunkAdded.length) {
      hunkRemoved.forEach((b, k) => compare(b, hunkAdded[k]));
    }
    result.removed.push(...hunkRemoved.map((x) => x.text));
    result.added.push(...hunkAdded.map((x) => x.text));
    hunkRemoved.length = 0;
    hunkAdded.length = 0;
  };
  const compare = (b: Para, a: Para): void => {
    if (b.markup.join(' ') !== a.markup.join(' '))
      result.markupChanged.push(`${a.text}: ${b.markup.join(' ')} → ${a.markup.join(' ')}`);
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i].text === after[j].text) {
      flush();
      compare(before[i], after[j]);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) hunkAdded.push(after[j++]);
    else hunkRemoved.push(before[i++]);
  }
  flush();
  return result;
}

const t = (n: number): string => MARKUP_ITEMS[n - 1][0];

describe('Word markup: fields, content controls, bookmarks, hyperlinks, smart tags, comments, AlternateContent', () => {
  let file: string;
  let before: Saved;

  beforeAll(async () => {
    file = path.join(work, 'markup.docx');
    writeFileSync(file, await wordMarkup.build());
    before = await read(file);
  });

  async function edit(label: string, ...argv: string[]): Promise<{ after: Saved; changes: Diff }> {
    const target = path.join(work, `markup-${label}.docx`);
    const { code, err } = await cli(...argv.map((a) => (a === 'FILE' ? file : a)), '--out', target);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const after = await read(target);
    const { out } = await cli('check', target, '--json');
    const findings = (
      JSON.parse(out) as { files: { findings: { rule: string; severity: string; message: string }[] }[] }
    ).files[0].findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    return { after, changes: diff(before.paragraphs, after.paragraphs) };
  }

  it('the built document itself is sound (the test reader sees every shape)', () => {
    expect(before.defects).toEqual([]);
    const all = before.paragraphs.flatMap((p) => p.markup);
    for (const kind of [
      'alternate-content',
      'field-begin',
      'simple-field:SEQ Item \\* ARABIC',
      'sdt:item5',
      'in-sdt:agendaList',
      'sdt:symbol',
      'bookmark:_Ref_item2',
      'smart-tag:place',
      'comment:1',
      'comment-reference:2',
      'pict',
      'text-box:United Nations',
      'instr:REF _Annex \\h',
    ]) {
      expect(all).toContain(kind);
    }
  });

  it('outline reads titles through AlternateContent, fields, content controls, bookmarks, smart tags and comments', async () => {
    const { out, code } = await cli('outline', file, '--json');
    expect(code).toBe(0);
    const o = JSON.parse(out) as {
      symbol: string;
      items: { title: string }[];
      annotations: { title: string }[];
      problems: unknown[];
    };
    expect(o.symbol).toBe('CTOC/COP/WG.7/2023/1');
    expect(o.items.map((i) => i.title)).toEqual(MARKUP_ITEMS.map(([title]) => title));
    expect(o.annotations.map((a) => a.title)).toEqual(MARKUP_ITEMS.map(([title]) => title));
    expect(o.problems).toEqual([]);
  });

  it('check reports nothing on the markup (no finding mentions field codes, the text box or a doubled title)', async () => {
    const { out } = await cli('check', file, '--json');
    const findings = (
      JSON.parse(out) as { files: { findings: { rule: string; message: string; excerpt?: string }[] }[] }
    ).files[0].findings;
    expect(
      findings.filter((f) => /SEQ|REF _|HYPERLINK|MERGEFORMAT|_Toc|_Ref/u.test(`${f.message} ${f.excerpt ?? ''}`)),
    ).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual([]);
  });

  it('rename-item changes the list line, the heading and the annex cells of that item only, keeping their markup', async () => {
    const { after, changes } = await edit(
      'rename',
      'rename-item',
      'FILE',
      '--item',
      '2',
      '--title',
      'Organizational and procedural questions',
    );
    expect(after.defects).toEqual([]);
    // The comment on the annex title cell stays too: a cell edit changes only the text of the title.
    expect(changes.markupChanged).toEqual([]);
    expect(changes.removed).toEqual([`2.\t${t(2)}.`, `2.\t${t(2)}`, t(2), `${t(2)} (continued)`]);
    expect(changes.added).toEqual([
      '2.\tOrganizational and procedural questions.',
      '2.\tOrganizational and procedural questions',
      'Organizational and procedural questions',
      'Organizational and procedural questions (continued)',
    ]);
  });

  it('rename-item of a title held in mc:AlternateContent writes the new title once, with no stale branch', async () => {
    const { after, changes } = await edit(
      'rename1',
      'rename-item',
      'FILE',
      '--item',
      '1',
      '--title',
      'Organization of the session',
    );
    expect(after.defects).toEqual([]);
    expect(changes.added).toEqual(['1.\tOrganization of the session:', '1.\tOrganization of the session']);
    // The list line's alternate content was resolved to the branch read; no other markup changed.
    expect(changes.markupChanged).toEqual([
      `1.\tOrganization of the session:: in-sdt:agendaList alternate-content → in-sdt:agendaList`,
    ]);
    expect(after.xml).not.toContain(`<w:t>${t(1)}</w:t>`);
    const { out } = await cli('outline', path.join(work, 'markup-rename1.docx'), '--json');
    expect((JSON.parse(out) as { items: { title: string }[] }).items[0].title).toBe('Organization of the session');
  });

  it('insert-item --position 3 adds the new item and renumbers; every other paragraph keeps text and markup', async () => {
    const { after, changes } = await edit(
      'insert3',
      'insert-item',
      'FILE',
      '--position',
      '3',
      '--title',
      'Review of the working methods',
    );
    expect(after.defects).toEqual([]);
    expect(changes.markupChanged).toEqual([]);
    // Renumbered: list lines 3–6, headings 3–6 (their SEQ field results), the annex item cells and the reference to item 5.
    expect(changes.added).toEqual(
      expect.arrayContaining([
        '3.\tReview of the working methods.',
        '3.\tReview of the working methods',
        `4.\t${t(3)}.`,
        `4.\t${t(3)}`,
        `7.\t${t(6)}`,
      ]),
    );
    expect(after.paragraphs.filter((p) => p.markup.includes('in-sdt:agendaList')).map((p) => p.text)).toContain(
      '3.\tReview of the working methods.',
    );
  });

  it("remove-item --item 2 removes that item's paragraphs only; the rest keep text (renumbered) and markup", async () => {
    const { after, changes } = await edit('remove2', 'remove-item', 'FILE', '--item', '2');
    expect(after.defects).toEqual([]);
    expect(changes.markupChanged).toEqual([]);
    expect(changes.removed).toEqual(expect.arrayContaining([`2.\t${t(2)}.`, `2.\t${t(2)}`]));
    expect(changes.added.filter((text) => text.includes(t(2)))).toEqual([]);
    // The comment on the removed annex row went with it (Word deletes a comment with its reference mark).
    expect(before.paragraphs.flatMap((p) => p.markup)).toContain('comment-reference:2');
    expect(after.paragraphs.flatMap((p) => p.markup)).not.toContain('comment-reference:2');
    expect(after.paragraphs.flatMap((p) => p.markup)).toContain('comment-reference:1');
  });

  it("insert-item of a sub-item keeps the list's content control and every field", async () => {
    const { after, changes } = await edit(
      'insertSub',
      'insert-item',
      'FILE',
      '--position',
      '1 (b)',
      '--title',
      'Regional cooperation',
    );
    expect(after.defects).toEqual([]);
    expect(changes.markupChanged).toEqual([]);
    expect(after.paragraphs.filter((p) => p.markup.includes('in-sdt:agendaList')).map((p) => p.text)).toContain(
      '\t(b)\tRegional cooperation;',
    );
  });

  it('regenerate-annex keeps the bookmarks and comment of the title cells it does not change', async () => {
    const { after, changes } = await edit('regenerate', 'regenerate-annex', 'FILE');
    expect(after.defects).toEqual([]);
    expect(changes.markupChanged).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it('move-item of an item whose annotation holds a footnote moves it with the footnote, and check passes', async () => {
    const { after } = await edit('moveFootnote', 'move-item', 'FILE', '--item', '1', '--to', '3');
    expect(after.defects).toEqual([]);
    const { out } = await cli('outline', path.join(work, 'markup-moveFootnote.docx'), '--json');
    const o = JSON.parse(out) as {
      items: { number: string; title: string }[];
      annotations: { item: string; title: string }[];
      footnotes: unknown[];
    };
    expect(o.items.map((i) => i.title)).toEqual([t(2), t(3), t(1), t(4), t(5), t(6)]);
    expect(o.annotations.map((a) => [a.item, a.title])).toEqual(o.items.map((i) => [i.number, i.title]));
    expect(o.footnotes).toHaveLength(1);
    // The section that holds the footnote stayed with all its markup: the SEQ field, REF and HYPERLINK fields.
    const heading = after.paragraphs.find((p) => p.text === `3.\t${t(1)}`);
    expect(heading?.markup).toEqual(['field-begin', 'instr:SEQ Item \\* ARABIC', 'field-separate', 'field-end']);
    expect(after.paragraphs.find((p) => p.text.startsWith('The proposed organization of work'))?.markup).toEqual([
      'footnote',
      'field-begin',
      'instr:REF _Annex \\h',
      'field-separate',
      'field-end',
      'field-begin',
      'instr:HYPERLINK "https://www.unodc.org/unodc/en/treaties/CTOC/"',
      'field-separate',
      'field-end',
    ]);
  });

  it.each([
    ['remove-item --item 6', ['remove-item', 'FILE', '--item', '6']],
    ['move-item --item 6 --to 2', ['move-item', 'FILE', '--item', '6', '--to', '2']],
  ])(
    '%s: the section break closing the last annotation stays one section break, before the annex',
    async (label, argv) => {
      // The paragraph holding the break loses its text but keeps its mark, as in Word (a section break is deleted only
      // with the section's content); no copy of the break travels with a carried section.
      const { after } = await edit(label.replace(/\W+/gu, '-'), ...argv);
      expect(after.defects).toEqual([]);
      const texts = after.paragraphs.map((p) => p.text);
      const annex = texts.indexOf('Annex');
      const breakAt = after.xml.indexOf('<w:sectPr');
      expect(after.xml.indexOf('Annex</w:t>')).toBeGreaterThan(breakAt);
      expect(annex).toBeGreaterThan(0);
    },
  );

  it('move-item moves the list line and the annotation section whole: fields, links, bookmarks, comments go along', async () => {
    const { after } = await edit('move', 'move-item', 'FILE', '--item', '4', '--to', '2');
    expect(after.defects).toEqual([]);
    // Paragraphs change places, so they are matched by their text without the number; comments get fresh ids.
    const key = (p: Para): string => p.text.replace(/^\d+\./u, '#.');
    const markupOf = (p: Para): string => p.markup.join(' ').replace(/(comment(?:-reference)?):\d+/gu, '$1');
    const afterByKey = new Map(after.paragraphs.map((p) => [key(p), markupOf(p)]));
    const marked = before.paragraphs.filter((p) => p.text !== '' && p.markup.length > 0);
    expect(marked.length).toBeGreaterThan(15);
    const lost = marked
      .filter((p) => afterByKey.get(key(p)) !== markupOf(p))
      .map((p) => `${p.text}: ${markupOf(p)} → ${afterByKey.get(key(p))}`);
    expect(lost).toEqual([]);
    const texts = after.paragraphs.map((p) => p.text);
    expect(texts.indexOf(`2.\t${t(4)}`)).toBeLessThan(texts.indexOf(`3.\t${t(2)}`));
    const heading = after.paragraphs.findIndex((p) => p.text === `2.\t${t(4)}`);
    expect(after.paragraphs[heading].markup).toEqual(['simple-field:SEQ Item \\* ARABIC']);
    expect(after.paragraphs[heading + 1].markup).toEqual(['smart-tag:place']);
    // The list line keeps its comment (a fresh id, the comment itself carried) inside the list's content control.
    const line = after.paragraphs.find((p) => p.text === `2.\t${t(4)}.`);
    expect(line?.markup.filter((m) => !/^comment/u.test(m))).toEqual(['in-sdt:agendaList']);
    expect(line?.markup.filter((m) => /^comment:/u.test(m))).toHaveLength(1);
  });
});
