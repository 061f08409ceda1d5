/**
 * Builds small .docx files in memory from XML strings, for tests of anything that reads documents.
 *
 *   const bytes = await buildDocx({ documentXml: body(p('Hello', { style: 'Heading1' }), table([['a', 'b']])) });
 *
 * `documentXml` is either a whole word/document.xml or just the content of w:body (then it is wrapped, with a
 * final w:sectPr that references the header when `headerXml` is given). Styles default to a minimal sheet
 * with Normal, Heading 1–4, List Paragraph, Footnote Text/Reference and Table Grid.
 */
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = `xmlns:w="${W_NS}" xmlns:r="${R_NS}"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export interface DocxParts {
  documentXml: string;
  stylesXml?: string;
  numberingXml?: string;
  footnotesXml?: string;
  headerXml?: string;
  settingsXml?: string;
  /** word/comments.xml (see commentsXml()). */
  commentsXml?: string;
  /** Extra <Relationship …/> elements of word/document.xml (e.g. hyperlink targets, see HYPERLINK_REL). */
  relationships?: string[];
  /** Any other entries, by path in the package. */
  extraFiles?: Record<string, string | Uint8Array>;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Run content for text: tabs → w:tab, "\v" → w:br. */
export function runContent(text: string): string {
  return text
    .split(/(\t|\v)/)
    .filter((s) => s !== '')
    .map((s) => (s === '\t' ? '<w:tab/>' : s === '\v' ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(s)}</w:t>`))
    .join('');
}

export interface RunOptions {
  italic?: boolean;
  bold?: boolean;
  rStyle?: string;
}

export function run(text: string, options: RunOptions = {}): string {
  const props = [
    options.rStyle ? `<w:rStyle w:val="${options.rStyle}"/>` : '',
    options.bold ? '<w:b/>' : '',
    options.italic ? '<w:i/><w:iCs/>' : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${runContent(text)}</w:r>`;
}

export interface ParagraphOptions {
  /** Style id (e.g. "Heading1"). */
  style?: string;
  numId?: number;
  ilvl?: number;
  /** Extra XML inside w:pPr (after pStyle and numPr). */
  pPrXml?: string;
}

/** A paragraph; `content` is plain text or raw run XML (anything starting with "<"). */
export function p(content = '', options: ParagraphOptions = {}): string {
  const pPr = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`
      : '',
    options.pPrXml ?? '',
  ].join('');
  const runs = content.startsWith('<') ? content : content === '' ? '' : run(content);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A footnote reference run, for use inside p('<w:r>…</w:r>' + footnoteRef(1) + …). */
export function footnoteRef(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** A cell given as text (one paragraph per "\n" line) or raw XML (starting with "<"), with optional tcPr. */
export function cell(content: string, tcPrXml = ''): string {
  const inner = content.startsWith('<')
    ? content
    : content
        .split('\n')
        .map((line) => p(line))
        .join('');
  return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${tcPrXml}</w:tcPr>${inner}</w:tc>`;
}

/** A table: rows of cells given as text or as cell(...) XML. */
export function table(rows: string[][], options: { headerRows?: number } = {}): string {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="2000"/>').join('');
  const body = rows
    .map((r, i) => {
      const trPr = i < (options.headerRows ?? 0) ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      return `<w:tr>${trPr}${r.map((c) => (c.startsWith('<w:tc') ? c : cell(c))).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/** Joins body content pieces. */
export function body(...blocks: string[]): string {
  return blocks.join('');
}

export const DEFAULT_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="AgendaCustom"><w:name w:val="Agenda Item"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;

function wrapDocument(bodyXml: string, withHeader: boolean): string {
  const header = withHeader ? `<w:headerReference w:type="default" r:id="rIdHeader1"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${bodyXml}<w:sectPr>${header}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1134" w:header="850" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

/** Wraps footnote bodies (id → text) into a footnotes.xml with the usual separators. */
export function footnotesXml(notes: Record<number, string>): string {
  const items = Object.entries(notes)
    .map(
      ([id, text]) =>
        `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r>${run(text)}</w:p></w:footnote>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${items}</w:footnotes>`;
}

/** A header part with one paragraph per line. */
export function headerXml(...lines: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${NS}>${lines.map((l) => p(l)).join('') || '<w:p/>'}</w:hdr>`;
}

/** A numbering part from raw abstractNum/num XML. */
export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${NS}>${inner}</w:numbering>`;
}

export async function buildDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const isWhole = /^\s*(<\?xml|<w:document)/.test(parts.documentXml);
  const documentXml = isWhole ? parts.documentXml : wrapDocument(parts.documentXml, parts.headerXml !== undefined);
  const rels: string[] = [];
  const overrides: string[] = [`<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>`];
  const add = (name: string, type: string, contentType: string, xml: string | undefined, id: string): void => {
    if (xml === undefined) return;
    zip.file(`word/${name}`, xml);
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${name}"/>`);
    overrides.push(`<Override PartName="/word/${name}" ContentType="${contentType}"/>`);
  };
  add('styles.xml', 'styles', `${CT}.styles+xml`, parts.stylesXml ?? DEFAULT_STYLES_XML, 'rIdStyles');
  add('numbering.xml', 'numbering', `${CT}.numbering+xml`, parts.numberingXml, 'rIdNumbering');
  add('footnotes.xml', 'footnotes', `${CT}.footnotes+xml`, parts.footnotesXml, 'rIdFootnotes');
  add('header1.xml', 'header', `${CT}.header+xml`, parts.headerXml, 'rIdHeader1');
  add('comments.xml', 'comments', `${CT}.comments+xml`, parts.commentsXml, 'rIdComments');
  rels.push(...(parts.relationships ?? []));
  add(
    'settings.xml',
    'settings',
    `${CT}.settings+xml`,
    parts.settingsXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:defaultTabStop w:val="567"/></w:settings>`,
    'rIdSettings',
  );
  zip.file('word/document.xml', documentXml);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  for (const [name, content] of Object.entries(parts.extraFiles ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ---- Real Word markup (shapes as Word writes them, ECMA-376 Part 1 §17.16 fields, §17.5 content controls,
// §17.13 annotations, §17.3.3.19 text boxes; Part 3 markup compatibility) ------------------------------------

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** An external hyperlink relationship for `hyperlink(text, { rId })`. */
export function hyperlinkRel(rId: string, url: string): string {
  return `<Relationship Id="${rId}" Type="${REL}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`;
}

/** w:hyperlink around a run in the Hyperlink character style: to a relationship (external) or a bookmark. */
export function hyperlink(text: string, target: { rId: string } | { anchor: string }): string {
  const attr = 'rId' in target ? `r:id="${target.rId}"` : `w:anchor="${target.anchor}"`;
  return `<w:hyperlink ${attr} w:history="1">${run(text, { rStyle: 'Hyperlink' })}</w:hyperlink>`;
}

/** A simple field (w:fldSimple): the instruction is an attribute, the result is its runs. */
export function simpleField(instr: string, result: string): string {
  return `<w:fldSimple w:instr="${escapeXml(instr)}"><w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">${escapeXml(result)}</w:t></w:r></w:fldSimple>`;
}

/** A complex field: begin, instruction runs, separate, the result runs (raw XML), end. */
export function complexField(instr: string, resultRuns: string): string {
  const fldChar = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  return `${fldChar('begin')}<w:r><w:instrText xml:space="preserve">${escapeXml(instr)}</w:instrText></w:r>${fldChar('separate')}${resultRuns}${fldChar('end')}`;
}

/** A bookmark around raw run XML (empty inner: a point bookmark, e.g. between two halves of a word). */
export function bookmark(id: number, name: string, inner = ''): string {
  return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;
}

/** A content control (w:sdt) around runs (inside a paragraph) or around paragraphs and tables (block-level). */
export function contentControl(id: number, tag: string, inner: string): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

/** A smart tag (w:smartTag, §17.5.1.9) around runs. */
export function smartTag(element: string, inner: string): string {
  return `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="${element}"><w:smartTagPr><w:attr w:name="Name" w:val="${element}"/></w:smartTagPr>${inner}</w:smartTag>`;
}

/** A comment: its range around runs and the reference run Word puts after the range. */
export function commentRange(id: number, inner: string): string {
  return `<w:commentRangeStart w:id="${id}"/>${inner}<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
}

/** word/comments.xml with one comment per id → text. */
export function commentsXml(comments: Record<number, string>): string {
  const items = Object.entries(comments)
    .map(
      ([id, text]) =>
        `<w:comment w:id="${id}" w:author="Editor" w:date="2023-07-01T10:00:00Z" w:initials="E"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>${run(text)}</w:p></w:comment>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ${NS}>${items}</w:comments>`;
}

/** mc:AlternateContent with one mc:Choice (needing the namespaces of `requires`) and an mc:Fallback. */
export function alternateContent(requires: 'w14' | 'wps', choice: string, fallback: string): string {
  const ns =
    requires === 'w14'
      ? 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
      : 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
  return `<mc:AlternateContent xmlns:mc="${MC_NS}" ${ns}><mc:Choice Requires="${requires}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
}

/**
 * A floating text box holding paragraphs (raw XML), as Word 2010+ writes it: a run whose mc:AlternateContent
 * offers a DrawingML shape (wps:txbx) and, as fallback, a VML shape (v:textbox) with the same w:txbxContent.
 */
export function textBox(paragraphs: string): string {
  const wp = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const v = 'xmlns:v="urn:schemas-microsoft-com:vml"';
  const drawing =
    `<w:drawing><wp:anchor ${wp} distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="1828800" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>' +
    `<a:graphic ${a}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const pict = `<w:pict><v:shape ${v} id="Text Box 1" o:spid="_x0000_s1026" xmlns:o="urn:schemas-microsoft-com:office:office" type="#_x0000_t202" style="position:absolute;width:2in;height:36pt;z-index:251659264" stroked="f"><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  return `<w:r>${alternateContent('wps', drawing, pict)}</w:r>`;
}
