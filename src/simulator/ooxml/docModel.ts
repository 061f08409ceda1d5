/**
 * The opened document: its XML parts, what is derived from them (paragraph lists, texts, list labels —
 * cached per edit version), and the live positions of ranges, which every text edit maps forward the way
 * Word keeps its ranges attached to the text.
 */
import { DocxError } from '../errors';
import { Numbering, type ListLabel, type ListPosition } from './numbering';
import { DocxPackage, relsPathFor, type Relationship, type XmlPart } from './package';
import { readParagraphText, type ParagraphText, type TextView } from './paragraphText';
import { Revisions } from './revisions';
import { storyParagraphs, storyTables } from './story';
import { StyleSheet } from './styles';
import { childElements, isElement, isW, parseXml, wAttr, wChild, type XElement } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const STRICT_W_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

export type StoryKind = 'main' | 'footnote' | 'endnote' | 'header' | 'cell';

export interface Story {
  kind: StoryKind;
  root: XElement;
  part: XmlPart;
}

/** A position in a paragraph's text; kept up to date by edits while a range holds it. */
export interface Point {
  p: XElement;
  offset: number;
  /** End points move with text inserted exactly at them; start points stay. */
  side: 'start' | 'end';
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style></w:styles>`;

function createStylesPart(pkg: DocxPackage, mainName: string): XmlPart {
  const slash = mainName.lastIndexOf('/');
  const folder = slash >= 0 ? mainName.slice(0, slash + 1) : '';
  // An unrelated styles.xml lying in the package is not ours to overwrite.
  const name = pkg.has(`${folder}styles.xml`) ? `${folder}stylesAgendaDesk.xml` : `${folder}styles.xml`;
  const part: XmlPart = { name, doc: parseXml(MINIMAL_STYLES, name), dirty: false };
  pkg.createPart(
    part,
    mainName,
    `${REL}styles`,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  );
  return part;
}

function relType(rel: Relationship, name: string): boolean {
  return rel.type === REL + name || rel.type === STRICT_REL + name;
}

export class DocModel {
  version = 0;
  mainStory!: Story;
  styles!: StyleSheet;
  numbering!: Numbering;
  readonly points = new Set<Point>();
  /** word/comments.xml, when the document has comments. */
  commentsPart: XmlPart | null = null;
  /** word/_rels/document.xml.rels, written when an edit adds a relationship (see addRelationship). */
  relsPart: XmlPart | null = null;
  /** Track changes: the mode, and ids and authorship for the revision marks edits write while it is on. */
  readonly revisions: Revisions;
  private readonly paragraphCache = new Map<XElement, { version: number; list: XElement[] }>();
  private readonly tableCache = new Map<XElement, { version: number; list: XElement[] }>();
  private readonly textCache = new WeakMap<XElement, { version: number; value: ParagraphText }>();
  private listCache: { version: number; labels: Map<XElement, ListLabel> } | null = null;
  private indexCache: { version: number; index: Map<XElement, number> } | null = null;

  private constructor(
    readonly pkg: DocxPackage,
    readonly main: XmlPart,
    readonly parts: XmlPart[],
    readonly mainRels: Relationship[],
    private readonly stylesPart: XmlPart | null,
    private readonly numberingPart: XmlPart | null,
    readonly footnotesPart: XmlPart | null,
    readonly endnotesPart: XmlPart | null,
    readonly settingsPart: XmlPart | null,
    readonly headerParts: Map<string, XmlPart>,
  ) {
    this.revisions = new Revisions(parts);
    this.rebuild();
  }

  /** Derive what is read from the parts' roots. */
  private rebuild(): void {
    const main = this.main;
    const root = main.doc.documentElement;
    const body = root ? wChild(root, 'body') : null;
    if (root?.namespaceURI === STRICT_W_NS) {
      throw new DocxError(
        `Cannot read this file: it is saved as Strict Open XML; save it in Word as a standard Word Document (.docx) first.`,
      );
    }
    if (!root || !isW(root, 'document') || !body) {
      throw new DocxError(`Not a Word document: ${main.name} has no w:document/w:body.`);
    }
    this.mainStory = { kind: 'main', root: body, part: main };
    this.styles = new StyleSheet(this.stylesPart);
    this.numbering = new Numbering(this.numberingPart, (styleId) => this.styles.styleNumPr(styleId)?.numId ?? null);
    this.version++;
  }

  static async load(pkg: DocxPackage): Promise<DocModel> {
    const rootRels = await pkg.readRelationships('');
    const officeDoc = rootRels.find((r) => relType(r, 'officeDocument') && !r.external);
    const mainName = officeDoc && pkg.has(officeDoc.target) ? officeDoc.target : 'word/document.xml';
    const main = await pkg.readXml(mainName);
    if (!main) throw new DocxError('Not a Word document: the package has no word/document.xml.');
    const rels = await pkg.readRelationships(mainName);
    const partOf = async (type: string): Promise<XmlPart | null> => {
      const rel = rels.find((r) => relType(r, type) && !r.external);
      return rel ? pkg.readXml(rel.target) : null;
    };
    // Word gives every document its built-in styles; a package without styles.xml gets a minimal one, written
    // only if an edit applies a style (so "Heading 1" works instead of failing on a missing style sheet).
    const styles = (await partOf('styles')) ?? createStylesPart(pkg, mainName);
    const numbering = await partOf('numbering');
    const footnotes = await partOf('footnotes');
    const endnotes = await partOf('endnotes');
    const settings = await partOf('settings');
    const comments = await partOf('comments');
    const relsPart = await pkg.readXml(relsPathFor(mainName));
    const headers = new Map<string, XmlPart>();
    for (const rel of rels) {
      if (!relType(rel, 'header') || rel.external) continue;
      const part = await pkg.readXml(rel.target);
      if (part) headers.set(rel.id, part);
    }
    const parts = [
      main,
      styles,
      numbering,
      footnotes,
      endnotes,
      settings,
      ...headers.values(),
      comments,
      relsPart,
    ].filter((p): p is XmlPart => p !== null);
    const model = new DocModel(pkg, main, parts, rels, styles, numbering, footnotes, endnotes, settings, headers);
    model.commentsPart = comments;
    model.relsPart = relsPart;
    return model;
  }

  /** Add a relationship of the main part (e.g. a hyperlink's target carried by insertOoxml); returns its id. */
  addRelationship(type: string, target: string, external: boolean): string {
    const root = this.relsPart?.doc.documentElement;
    if (!this.relsPart || !root)
      throw new DocxError('Not a Word document: word/document.xml has no relationships part.');
    let n = this.mainRels.length + 1;
    while (this.mainRels.some((r) => r.id === `rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = root.ownerDocument.createElementNS(root.namespaceURI, 'Relationship');
    rel.setAttribute('Id', id);
    rel.setAttribute('Type', type);
    // Relationship targets of the main part are relative to word/ (the model keeps them resolved).
    rel.setAttribute('Target', external ? target : target.replace(/^word\//u, ''));
    if (external) rel.setAttribute('TargetMode', 'External');
    root.appendChild(rel);
    this.mainRels.push({ id, type, target, external });
    this.touch(this.relsPart);
    return id;
  }

  /** Record an edit: the part will be saved, and every derived cache is stale. */
  touch(part: XmlPart): void {
    part.dirty = true;
    this.version++;
  }

  paragraphsOf(root: XElement): XElement[] {
    const hit = this.paragraphCache.get(root);
    if (hit && hit.version === this.version) return hit.list;
    const list = storyParagraphs(root);
    this.paragraphCache.set(root, { version: this.version, list });
    return list;
  }

  tablesOf(root: XElement): XElement[] {
    const hit = this.tableCache.get(root);
    if (hit && hit.version === this.version) return hit.list;
    const list = storyTables(root);
    this.tableCache.set(root, { version: this.version, list });
    return list;
  }

  text(p: XElement): ParagraphText {
    const hit = this.textCache.get(p);
    if (hit && hit.version === this.version) return hit.value;
    const value = readParagraphText(p);
    this.textCache.set(p, { version: this.version, value });
    return value;
  }

  /** A paragraph's text in another view of its tracked changes (see TextView); computed only when it differs. */
  textView(p: XElement, view: TextView): string {
    const current = this.text(p);
    if (view === 'current' || !current.revised) return current.text;
    if (view === 'withDeleted' && !current.revised.deleted) return current.text;
    return readParagraphText(p, view).text;
  }

  /** Index of a paragraph in body.paragraphs, or -1 when it is not in the main story. */
  bodyIndex(p: XElement): number {
    if (!this.indexCache || this.indexCache.version !== this.version) {
      const index = new Map<XElement, number>();
      this.paragraphsOf(this.mainStory.root).forEach((el, i) => index.set(el, i));
      this.indexCache = { version: this.version, index };
    }
    return this.indexCache.index.get(p) ?? -1;
  }

  /** Style id in force for a paragraph (its w:pStyle, else the default paragraph style). */
  paragraphStyleId(p: XElement): string | null {
    const pStyle = wAttr(wChild(wChild(p, 'pPr'), 'pStyle'));
    return this.styles.paragraphStyle(pStyle)?.id ?? pStyle;
  }

  listPosition(p: XElement): ListPosition | null {
    const numPr = wChild(wChild(p, 'pPr'), 'numPr');
    const styleNum = this.styles.styleNumPr(this.paragraphStyleId(p));
    const numId = wAttr(wChild(numPr, 'numId')) ?? styleNum?.numId ?? null;
    if (numId === null || numId === '0' || !this.numbering.exists(numId)) return null;
    const ilvlText = wAttr(wChild(numPr, 'ilvl'));
    const ilvl = ilvlText !== null ? Number(ilvlText) : (styleNum?.ilvl ?? 0);
    return { numId, ilvl: Number.isFinite(ilvl) ? Math.min(Math.max(ilvl, 0), 8) : 0 };
  }

  /** List label of a body paragraph; numbering counts over the whole body in document order. */
  listLabel(p: XElement): ListLabel | null {
    if (!this.listCache || this.listCache.version !== this.version) {
      const paragraphs = this.paragraphsOf(this.mainStory.root);
      const labels = this.numbering.label(
        paragraphs.map((el) => [el, this.listPosition(el)] as [XElement, ListPosition | null]),
      );
      this.listCache = { version: this.version, labels };
    }
    const label = this.listCache.labels.get(p);
    if (label) return label;
    // Paragraphs outside the body (notes, headers) count on their own.
    if (this.bodyIndex(p) < 0) {
      const pos = this.listPosition(p);
      return pos ? (this.numbering.label([[p, pos]]).get(p) ?? null) : null;
    }
    return null;
  }

  noteElement(kind: 'footnote' | 'endnote', id: string): XElement | null {
    const part = kind === 'footnote' ? this.footnotesPart : this.endnotesPart;
    const root = part?.doc.documentElement;
    if (!root) return null;
    for (const el of childElements(root)) if (isW(el, kind) && wAttr(el, 'id') === id) return el;
    return null;
  }

  partOf(kind: 'footnote' | 'endnote'): XmlPart | null {
    return kind === 'footnote' ? this.footnotesPart : this.endnotesPart;
  }

  /** The story a paragraph or table belongs to (cells belong to the story around their table). */
  storyOf(el: XElement): Story {
    for (let n: XElement | null = el; n; n = n.parentNode && isElement(n.parentNode) ? n.parentNode : null) {
      if (n === this.mainStory.root) return this.mainStory;
      if (isW(n, 'footnote') && this.footnotesPart) return { kind: 'footnote', root: n, part: this.footnotesPart };
      if (isW(n, 'endnote') && this.endnotesPart) return { kind: 'endnote', root: n, part: this.endnotesPart };
      if (isW(n, 'hdr')) {
        const part = this.parts.find((pt) => pt.doc === n?.ownerDocument);
        if (part) return { kind: 'header', root: n, part };
      }
    }
    return this.mainStory;
  }

  /** The first section's properties: the first w:sectPr in document order (in a paragraph's pPr), else the body's. */
  firstSectPr(): XElement | null {
    for (const p of this.paragraphsOf(this.mainStory.root)) {
      const sectPr = wChild(wChild(p, 'pPr'), 'sectPr');
      if (sectPr) return sectPr;
    }
    return wChild(this.mainStory.root, 'sectPr');
  }

  // ---- live points -------------------------------------------------------------------------

  point(p: XElement, offset: number, side: 'start' | 'end'): Point {
    const pt: Point = { p, offset, side };
    this.points.add(pt);
    return pt;
  }

  /**
   * Text [start, end) of paragraph p was replaced by `inserted` characters: move every live point. For a
   * pure insertion, `gravity` says which points sitting exactly there move past the new text: 'inside'
   * (end points only: a range ending there grows, as with insertText 'End'), 'all' ('Before') or 'none' ('After').
   */
  mapPoints(
    p: XElement,
    start: number,
    end: number,
    inserted: number,
    gravity: 'inside' | 'all' | 'none' = 'inside',
  ): void {
    const delta = inserted - (end - start);
    for (const pt of this.points) {
      if (pt.p !== p) continue;
      if (pt.offset > end || (pt.offset === end && end > start)) pt.offset += delta;
      else if (pt.offset > start) pt.offset = pt.side === 'start' ? start : start + inserted;
      else if (pt.offset === start && start === end) {
        if (gravity === 'all' || (gravity === 'inside' && pt.side === 'end')) pt.offset += inserted;
      }
    }
  }

  releasePoints(): void {
    this.points.clear();
  }
}
