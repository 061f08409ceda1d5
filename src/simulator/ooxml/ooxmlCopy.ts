/**
 * Range.getOoxml / Range.insertOoxml (WordApi 1.1) over whole paragraphs: the blocks of a range as a flat OPC
 * package (pkg:package, the form Word returns), with the footnotes and comments its marks refer to and the
 * relationships its r:id attributes name; and the reverse, which inserts a package's body blocks next to a
 * paragraph. Notes and comments travel with their marks: each gets a fresh id in the target document, so that a
 * copy and its original are independent (deleting the original after a move deletes only the original's notes);
 * Word shows footnote numbers in document order, so the copies are renumbered where they land. Section breaks are
 * not copied (a section's properties stay with its place, as deleteParagraph keeps them). Revision marks in a copy
 * get fresh ids; while changes are tracked, the copy is recorded as inserted, our own revisions inside it accepted
 * first (so that rejecting everything removes the copy and restores the original).
 */
import { invalidArgument } from '../errors';
import type { DocModel, Story } from './docModel';
import { isOurs } from './revisions';
import { markParagraphInserted } from './trackedBlocks';
import {
  childElements,
  insertAfter,
  isElement,
  isW,
  parseXml,
  removeNode,
  serializeXml,
  walkElements,
  W_NS,
  wChild,
  type XDocument,
  type XAttr,
  type XElement,
} from './xml';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** The story-root children that hold paragraphs first..last (a wrapper only when the range covers all of it). */
function blocksOf(root: XElement, paragraphs: XElement[]): XElement[] {
  const topOf = (p: XElement): XElement | null => {
    let n: XElement = p;
    while (n.parentNode && n.parentNode !== root) {
      if (!isElement(n.parentNode)) return null;
      n = n.parentNode;
    }
    return n.parentNode === root ? n : null;
  };
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const a = first ? topOf(first) : null;
  const b = last ? topOf(last) : null;
  if (!a || !b) return paragraphs;
  const children = childElements(root);
  const blocks = children.slice(children.indexOf(a), children.indexOf(b) + 1);
  const inRange = new Set(paragraphs);
  // A wrapper (content control) holding paragraphs outside the range is not copied whole: its paragraphs are.
  return blocks.flatMap((block) => {
    if (isW(block, 'p') || isW(block, 'tbl')) return [block];
    const inner: XElement[] = [];
    walkElements(block, (el) => {
      if (isW(el, 'p')) inner.push(el);
      return !isW(el, 'p') && !isW(el, 'tbl');
    });
    return inner.every((p) => inRange.has(p)) ? [block] : inner.filter((p) => inRange.has(p));
  });
}

function attrsOf(el: XElement, ns: string): XAttr[] {
  const out: XAttr[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes[i];
    if (attr && attr.namespaceURI === ns) out.push(attr);
  }
  return out;
}

/** Elements inside the blocks (themselves included). */
function everyElement(blocks: XElement[], visit: (el: XElement) => void): void {
  for (const block of blocks) {
    visit(block);
    walkElements(block, (el) => {
      visit(el);
    });
  }
}

const part = (name: string, contentType: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/** The namespace declarations of a part's root, for a wrapper around copied content. */
function rootNamespaces(doc: XDocument): string {
  const root = doc.documentElement;
  const out: string[] = [];
  if (!root) return '';
  for (let i = 0; i < root.attributes.length; i++) {
    const attr = root.attributes[i];
    if (attr && (attr.name.startsWith('xmlns:') || attr.name === 'mc:Ignorable'))
      out.push(`${attr.name}="${attr.value}"`);
  }
  return out.join(' ');
}

export function rangeOoxml(model: DocModel, story: Story, paragraphs: XElement[]): string {
  const blocks = blocksOf(story.root, paragraphs);
  const notes = new Set<string>();
  const comments = new Set<string>();
  const rels = new Set<string>();
  everyElement(blocks, (el) => {
    if (isW(el, 'footnoteReference')) notes.add(el.getAttributeNS(W_NS, 'id') ?? '');
    if (isW(el, 'commentReference')) comments.add(el.getAttributeNS(W_NS, 'id') ?? '');
    for (const attr of attrsOf(el, R_NS)) rels.add(attr.value);
  });
  const ns = rootNamespaces(story.part.doc);
  const body = blocks
    .map((b) => {
      const copy = b.cloneNode(true);
      const breaks: XElement[] = [];
      walkElements(copy, (el) => {
        if (isW(el, 'sectPr') && isW(el.parentNode, 'pPr')) breaks.push(el);
      });
      for (const br of breaks) br.parentNode?.removeChild(br);
      return serializeXml(copy);
    })
    .join('');
  const relationships = model.mainRels
    .filter((r) => rels.has(r.id))
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    );
  const parts = [
    part(
      '/_rels/.rels',
      'application/vnd.openxmlformats-package.relationships+xml',
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    part('/word/document.xml', `${CT}.document.main+xml`, `<w:document ${ns}><w:body>${body}</w:body></w:document>`),
  ];
  const noteXml = [...notes].map((id) => model.noteElement('footnote', id)).filter((n): n is XElement => n !== null);
  if (noteXml.length > 0) {
    relationships.push(`<Relationship Id="rIdFootnotes" Type="${REL}footnotes" Target="footnotes.xml"/>`);
    parts.push(
      part(
        '/word/footnotes.xml',
        `${CT}.footnotes+xml`,
        `<w:footnotes ${rootNamespaces(model.footnotesPart?.doc ?? story.part.doc)}>${noteXml.map((n) => serializeXml(n)).join('')}</w:footnotes>`,
      ),
    );
  }
  const commentRoot = model.commentsPart?.doc.documentElement;
  const commentXml = commentRoot
    ? childElements(commentRoot).filter((c) => isW(c, 'comment') && comments.has(c.getAttributeNS(W_NS, 'id') ?? ''))
    : [];
  if (commentXml.length > 0 && model.commentsPart) {
    relationships.push(`<Relationship Id="rIdComments" Type="${REL}comments" Target="comments.xml"/>`);
    parts.push(
      part(
        '/word/comments.xml',
        `${CT}.comments+xml`,
        `<w:comments ${rootNamespaces(model.commentsPart.doc)}>${commentXml.map((n) => serializeXml(n)).join('')}</w:comments>`,
      ),
    );
  }
  parts.push(
    part(
      '/word/_rels/document.xml.rels',
      'application/vnd.openxmlformats-package.relationships+xml',
      `<Relationships xmlns="${PKG_RELS}">${relationships.join('')}</Relationships>`,
    ),
  );
  return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PKG}">${parts.join('')}</pkg:package>`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

interface Package {
  blocks: XElement[];
  footnotes: Map<string, XElement>;
  comments: Map<string, XElement>;
  rels: Map<string, { type: string; target: string; external: boolean }>;
}

function readPackage(ooxml: string): Package {
  const doc = parseXml(ooxml, 'the OOXML to insert');
  const parts = new Map<string, XElement>();
  const list = doc.getElementsByTagNameNS(PKG, 'part');
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const data = p ? childElements(p).find((c) => c.namespaceURI === PKG && c.localName === 'xmlData') : undefined;
    const root = data ? childElements(data)[0] : undefined;
    if (p && root) parts.set(p.getAttributeNS(PKG, 'name') ?? p.getAttribute('pkg:name') ?? '', root);
  }
  const body = parts.get('/word/document.xml');
  const bodyEl = body ? childElements(body).find((c) => isW(c, 'body')) : undefined;
  if (!bodyEl) throw invalidArgument('insertOoxml: the OOXML has no /word/document.xml with a w:body');
  const byId = (root: XElement | undefined, name: string): Map<string, XElement> =>
    new Map(
      (root ? childElements(root) : [])
        .filter((c) => isW(c, name))
        .map((c) => [c.getAttributeNS(W_NS, 'id') ?? '', c] as [string, XElement]),
    );
  const rels = new Map<string, { type: string; target: string; external: boolean }>();
  const relsRoot = parts.get('/word/_rels/document.xml.rels');
  for (const r of relsRoot ? childElements(relsRoot) : []) {
    rels.set(r.getAttribute('Id') ?? '', {
      type: r.getAttribute('Type') ?? '',
      target: r.getAttribute('Target') ?? '',
      external: r.getAttribute('TargetMode') === 'External',
    });
  }
  return {
    blocks: childElements(bodyEl).filter((c) => !isW(c, 'sectPr')),
    footnotes: byId(parts.get('/word/footnotes.xml'), 'footnote'),
    comments: byId(parts.get('/word/comments.xml'), 'comment'),
    rels,
  };
}

function nextId(root: XElement | null | undefined, name: string): number {
  let max = 0;
  for (const c of root ? childElements(root) : [])
    if (isW(c, name)) max = Math.max(max, Number(c.getAttributeNS(W_NS, 'id')) || 0);
  return max + 1;
}

/**
 * Insert the body blocks of a package before or after `anchor` (its outermost table when it is in one); returns the paragraphs
 * inserted. Footnotes and comments get fresh ids; hyperlink relationships are added when the document lacks them.
 */
/**
 * What insertOoxml put in: the paragraphs, the last of which may be the paragraph it merged into, and then how many
 * characters of that paragraph's start are the package's (null: no merge).
 */
export interface InsertedOoxml {
  paragraphs: XElement[];
  merged: number | null;
}

export function insertOoxml(
  model: DocModel,
  story: Story,
  anchor: XElement,
  where: 'Before' | 'After',
  ooxml: string,
): InsertedOoxml {
  const pkg = readPackage(ooxml);
  const doc = story.part.doc;
  const imported = pkg.blocks.map((b) => doc.importNode<XElement>(b, true));
  const noteRoot = model.footnotesPart?.doc.documentElement;
  const commentRoot = model.commentsPart?.doc.documentElement;
  let noteId = nextId(noteRoot, 'footnote');
  let commentId = nextId(commentRoot, 'comment');
  const commentIds = new Map<string, string>();
  everyElement(imported, (el) => {
    if (isW(el, 'footnoteReference')) {
      const note = pkg.footnotes.get(el.getAttributeNS(W_NS, 'id') ?? '');
      if (!note || !noteRoot || !model.footnotesPart)
        throw invalidArgument('insertOoxml: a footnote mark without its footnote');
      const copy = noteRoot.ownerDocument.importNode<XElement>(note, true);
      copy.setAttributeNS(W_NS, 'w:id', String(noteId));
      el.setAttributeNS(W_NS, 'w:id', String(noteId++));
      noteRoot.appendChild(copy);
      model.touch(model.footnotesPart);
    }
    if (isW(el, 'commentRangeStart') || isW(el, 'commentRangeEnd') || isW(el, 'commentReference')) {
      const old = el.getAttributeNS(W_NS, 'id') ?? '';
      let id = commentIds.get(old);
      if (id === undefined) {
        id = String(commentId++);
        commentIds.set(old, id);
        const comment = pkg.comments.get(old);
        if (comment && commentRoot && model.commentsPart) {
          const copy = commentRoot.ownerDocument.importNode<XElement>(comment, true);
          copy.setAttributeNS(W_NS, 'w:id', id);
          commentRoot.appendChild(copy);
          model.touch(model.commentsPart);
        }
      }
      el.setAttributeNS(W_NS, 'w:id', id);
    }
    for (const attr of attrsOf(el, R_NS)) {
      const rel = pkg.rels.get(attr.value);
      const own = model.mainRels.find((r) => r.id === attr.value);
      if (rel && !(own && own.target === rel.target))
        attr.value = model.addRelationship(rel.type, rel.target, rel.external);
    }
  });
  everyElement(imported, (el) => {
    if (isW(el) && REVISIONS.has(el.localName ?? '') && el.hasAttributeNS(W_NS, 'id'))
      el.setAttributeNS(W_NS, 'w:id', String(model.revisions.takeId()));
  });
  // Next to the anchor paragraph itself (inside a content control around it too); next to its table when it is in one.
  let top: XElement = anchor;
  for (let n = anchor.parentNode; n && n !== story.root && isElement(n); n = n.parentNode) if (isW(n, 'tbl')) top = n;
  if (where === 'Before') for (const block of imported) top.parentNode?.insertBefore(block, top);
  else {
    let ref: XElement = top;
    for (const block of imported) {
      insertAfter(block, ref);
      ref = block;
    }
  }
  model.touch(story.part);
  const inserted: XElement[] = [];
  for (const block of imported) {
    if (isW(block, 'p')) inserted.push(block);
    else
      walkElements(block, (el) => {
        if (isW(el, 'p')) inserted.push(el);
        return !isW(el, 'p');
      });
  }
  if (model.revisions.tracking) {
    for (const block of imported) acceptOurs(block);
    for (const p of inserted) markParagraphInserted(model, p);
  }
  // Word ends the inserted content with the paragraph mark at the insertion point: the package's last paragraph is
  // merged into the paragraph that follows (its runs go to that paragraph's start, which keeps its own properties),
  // so it loses its style (office-js#2914, #3222, #2411; its tab stops, #3149). A trailing empty paragraph in the
  // package is what keeps the last one whole (#2914: "hit Enter … the Heading 1 style can be retained").
  const host = top === anchor && where === 'Before' ? anchor : where === 'After' ? nextBlock(imported) : null;
  const last = imported[imported.length - 1];
  if (!host || !isW(host, 'p') || !last || !isW(last, 'p')) return { paragraphs: inserted, merged: null };
  const merged = model.text(last).text.length;
  const pPr = wChild(host, 'pPr');
  const after = pPr ? pPr.nextSibling : host.firstChild;
  for (const child of [...childElements(last)]) if (!isW(child, 'pPr')) host.insertBefore(child, after);
  removeNode(last);
  return { paragraphs: [...inserted.slice(0, -1), host], merged };
}

/** The block right after the inserted ones (a paragraph the insertion point is at the start of), if any. */
function nextBlock(imported: XElement[]): XElement | null {
  let n = imported[imported.length - 1]?.nextSibling ?? null;
  while (n && !isElement(n)) n = n.nextSibling;
  return n && isElement(n) ? n : null;
}

const REVISIONS = new Set([
  'ins',
  'del',
  'moveFrom',
  'moveTo',
  'rPrChange',
  'pPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'cellIns',
  'cellDel',
  'numberingChange',
]);

/** Accept the revisions of ours inside a copy: our deletions go, our insertions and property changes stay as plain. */
function acceptOurs(block: XElement): void {
  const found: XElement[] = [];
  walkElements(block, (el) => {
    if (isW(el) && REVISIONS.has(el.localName ?? '') && isOurs(el)) found.push(el);
  });
  for (const el of found) {
    const parent = el.parentNode;
    if (!parent) continue;
    const unwrap = (isW(el, 'ins') || isW(el, 'moveTo')) && !isW(parent, 'rPr');
    if (unwrap) while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
}
