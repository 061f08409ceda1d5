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
    options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : '',
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
  const inner = content.startsWith('<') ? content : content.split('\n').map((line) => p(line)).join('');
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
  add('settings.xml', 'settings', `${CT}.settings+xml`, parts.settingsXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:defaultTabStop w:val="567"/></w:settings>`, 'rIdSettings');
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
