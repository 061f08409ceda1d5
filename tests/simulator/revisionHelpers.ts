/**
 * "Accept all" and "Reject all" done independently of the simulator's code, on the saved package's XML, as
 * Word's Review tab would: so a tracked edit can be checked against the same edit untracked (accept) and
 * against the original document (reject).
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

type El = Element;

function all(root: Document | El, local: string): El[] {
  return Array.from(root.getElementsByTagNameNS(W, local));
}

function kids(el: El): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
}

function child(el: El | null, local: string): El | null {
  return el ? (kids(el).find((c) => c.namespaceURI === W && c.localName === local) ?? null) : null;
}

/** A marker on a paragraph mark (w:pPr/w:rPr/w:x) or a row (w:trPr/w:x), not a wrapper of content. */
function isMarker(el: El): boolean {
  const parent = el.parentNode as El | null;
  return !!parent && parent.namespaceURI === W && (parent.localName === 'rPr' || parent.localName === 'trPr');
}

function remove(el: El): void {
  el.parentNode?.removeChild(el);
}

function unwrap(el: El): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function rename(el: El, local: string): void {
  const copy = el.ownerDocument.createElementNS(W, `w:${local}`);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a) copy.setAttributeNS(a.namespaceURI, a.name, a.value);
  }
  while (el.firstChild) copy.appendChild(el.firstChild);
  el.parentNode?.replaceChild(copy, el);
}

function markOf(p: El, kind: 'ins' | 'del'): El | null {
  return child(child(child(p, 'pPr'), 'rPr'), kind);
}

/** A paragraph whose mark goes: what is left of it joins the next paragraph (or it just goes). */
function dropMark(p: El): void {
  const next = (() => {
    for (let n = p.nextSibling; n; n = n.nextSibling) if (n.nodeType === 1) return n as El;
    return null;
  })();
  const content = kids(p).filter((c) => c.localName !== 'pPr');
  if (next && next.localName === 'p' && content.length > 0) {
    const nextPPr = child(next, 'pPr');
    const ref = nextPPr ? nextPPr.nextSibling : next.firstChild;
    for (const c of content) next.insertBefore(c, ref);
  }
  remove(p);
}

function dropRows(doc: Document, kind: 'ins' | 'del'): void {
  for (const tr of all(doc, 'tr')) if (child(child(tr, 'trPr'), kind)) remove(tr);
  for (const tbl of all(doc, 'tbl')) if (all(tbl, 'tr').length === 0) remove(tbl);
}

export function acceptAllXml(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  dropRows(doc, 'del');
  for (const del of all(doc, 'del')) if (!isMarker(del)) remove(del);
  for (const p of all(doc, 'p')) if (markOf(p, 'del')) dropMark(p);
  for (const ins of all(doc, 'ins')) (isMarker(ins) ? remove : unwrap)(ins);
  for (const change of all(doc, 'pPrChange')) remove(change);
  return new XMLSerializer().serializeToString(doc);
}

export function rejectAllXml(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  dropRows(doc, 'ins');
  for (const ins of all(doc, 'ins')) if (!isMarker(ins)) remove(ins);
  for (const p of all(doc, 'p')) if (markOf(p, 'ins')) dropMark(p);
  for (const del of all(doc, 'del')) (isMarker(del) ? remove : unwrap)(del);
  for (const t of all(doc, 'delText')) rename(t, 't');
  for (const t of all(doc, 'delInstrText')) rename(t, 'instrText');
  for (const change of all(doc, 'pPrChange')) {
    const pPr = change.parentNode as El;
    const old = child(change, 'pPr');
    for (const c of kids(pPr)) if (c.localName !== 'rPr' && c.localName !== 'sectPr') remove(c);
    const rPr = child(pPr, 'rPr');
    for (const c of old ? kids(old) : []) pPr.insertBefore(c, rPr ?? child(pPr, 'sectPr'));
  }
  return new XMLSerializer().serializeToString(doc);
}

/** The package with its story parts passed through `transform`. */
export async function transformDocx(bytes: Uint8Array, transform: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of PARTS) {
    const file = zip.file(name);
    if (file) zip.file(name, transform(await file.async('string')));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

export async function partXml(bytes: Uint8Array, name = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(name)?.async('string')) ?? '';
}

export interface RevisionMark {
  name: string;
  id: string | null;
  author: string | null;
  date: string | null;
}

/** Every revision element of a part, in document order. */
export function revisionMarks(xml: string): RevisionMark[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const out: RevisionMark[] = [];
  const names = new Set(['ins', 'del', 'pPrChange', 'rPrChange', 'trPrChange', 'moveFrom', 'moveTo']);
  for (const el of Array.from(doc.getElementsByTagNameNS(W, '*'))) {
    if (!names.has(el.localName ?? '')) continue;
    out.push({
      name: el.localName ?? '',
      id: el.getAttributeNS(W, 'id'),
      author: el.getAttributeNS(W, 'author'),
      date: el.getAttributeNS(W, 'date'),
    });
  }
  return out;
}
