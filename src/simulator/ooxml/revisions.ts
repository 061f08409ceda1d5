/**
 * Revision marks (track changes) as Word writes them: who and when, a w:id unique over the whole package,
 * and the small markers a paragraph mark or a table row carries (w:pPr/w:rPr/w:ins|w:del, w:trPr/w:ins|w:del).
 *
 * Whether edits are tracked is the document's change-tracking mode at the moment an edit runs; the host
 * (which knows 'TrackMineOnly', kept outside settings.xml) tells this object through `setModeSource`.
 */
import type { XmlPart } from './package';
import { childElements, createW, W_NS, wAttr, wChild, walkElements, type XDocument, type XElement } from './xml';

export const REVISION_AUTHOR = 'Agenda Desk';

export type RevisionKind = 'ins' | 'del';

/** Children of w:pPr that the schema puts after w:rPr. */
const PPR_AFTER_RPR = ['sectPr', 'pPrChange'];
/** Children of w:trPr that the schema puts after the row's w:ins / w:del. */
const TRPR_AFTER_MARK = ['trPrChange'];

/** "2024-05-01T10:20:00Z": Word's revision dates carry no fraction of a second. */
export function revisionDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class Revisions {
  private nextId: number | null = null;
  private modeSource: () => boolean = () => false;
  /** The clock for w:date (tests may fix it). */
  now: () => Date = () => new Date();

  constructor(private readonly parts: XmlPart[]) {}

  /** Is the document tracking changes right now? */
  get tracking(): boolean {
    return this.modeSource();
  }

  setModeSource(source: () => boolean): void {
    this.modeSource = source;
  }

  /** A new revision element (w:ins, w:del, w:pPrChange…) with a fresh id, our author and the time. */
  create(doc: XDocument, localName: string): XElement {
    return createW(doc, localName, {
      id: String(this.takeId()),
      author: REVISION_AUTHOR,
      date: revisionDate(this.now()),
    });
  }

  /** A fresh id: above every w:id already in the package (scanned once, at the first revision). */
  takeId(): number {
    if (this.nextId === null) this.nextId = highestId(this.parts) + 1;
    return this.nextId++;
  }
}

function highestId(parts: XmlPart[]): number {
  let max = 0;
  for (const part of parts) {
    const root = part.doc.documentElement;
    if (!root) continue;
    const visit = (el: XElement): void => {
      const value = el.getAttributeNS(W_NS, 'id');
      if (value && /^\d+$/.test(value)) max = Math.max(max, Number(value));
    };
    visit(root);
    walkElements(root, (el) => {
      visit(el);
    });
  }
  return max;
}

export function isOurs(el: XElement | null): boolean {
  return el !== null && wAttr(el, 'author') === REVISION_AUTHOR;
}

/** The revision on a paragraph's mark (w:pPr/w:rPr/w:ins or w:del), if any. */
export function paragraphMarkRevision(p: XElement, kind: RevisionKind): XElement | null {
  return wChild(wChild(wChild(p, 'pPr'), 'rPr'), kind);
}

/** The revision on a table row (w:trPr/w:ins or w:del), if any. */
export function rowRevision(tr: XElement, kind: RevisionKind): XElement | null {
  return wChild(wChild(tr, 'trPr'), kind);
}

/** Mark a paragraph's mark as inserted or deleted (w:ins and w:del come first in the mark's w:rPr). */
export function markParagraph(revisions: Revisions, p: XElement, kind: RevisionKind): void {
  const doc = p.ownerDocument;
  if (!doc || paragraphMarkRevision(p, kind)) return;
  let pPr = wChild(p, 'pPr');
  if (!pPr) {
    pPr = createW(doc, 'pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  let rPr = wChild(pPr, 'rPr');
  if (!rPr) {
    rPr = createW(doc, 'rPr');
    pPr.insertBefore(rPr, childElements(pPr).find((c) => PPR_AFTER_RPR.includes(c.localName ?? '')) ?? null);
  }
  const ins = wChild(rPr, 'ins');
  const ref = kind === 'del' && ins ? ins.nextSibling : rPr.firstChild;
  rPr.insertBefore(revisions.create(doc, kind), ref);
}

/** Mark a table row as inserted or deleted (at the end of w:trPr, which goes after w:tblPrEx). */
export function markRow(revisions: Revisions, tr: XElement, kind: RevisionKind): void {
  const doc = tr.ownerDocument;
  if (!doc || rowRevision(tr, kind)) return;
  let trPr = wChild(tr, 'trPr');
  if (!trPr) {
    trPr = createW(doc, 'trPr');
    const tblPrEx = wChild(tr, 'tblPrEx');
    tr.insertBefore(trPr, tblPrEx ? tblPrEx.nextSibling : tr.firstChild);
  }
  const after = childElements(trPr).find((c) => TRPR_AFTER_MARK.includes(c.localName ?? '')) ?? null;
  trPr.insertBefore(revisions.create(doc, kind), after);
}

/** A paragraph whose mark is deleted and which shows nothing: gone once the revisions are accepted. */
export function isDeletedParagraph(
  p: XElement,
  visibleText: (p: XElement) => { text: string; marks: unknown[] },
): boolean {
  if (!paragraphMarkRevision(p, 'del')) return false;
  const shown = visibleText(p);
  return shown.text === '' && shown.marks.length === 0;
}

export function isDeletedRow(tr: XElement): boolean {
  return rowRevision(tr, 'del') !== null;
}
