/**
 * Paragraph-level edits: new paragraphs made like pressing Enter (the anchor's paragraph properties and
 * its first run's formatting), deletion (a story must still end with a paragraph; notes referenced from
 * deleted content go too), and paragraph styles.
 */
import type { DocModel, Story } from './docModel';
import { runContent } from './runText';
import { changeParagraphProps, deleteParagraphTracked, insertedByUs, markParagraphInserted } from './trackedBlocks';
import {
  childElements,
  cloneProps,
  createW,
  insertAfter,
  isElement,
  isW,
  removeNode,
  wAttr,
  wChild,
  walkElements,
  type XElement,
} from './xml';

export function firstRunProps(p: XElement): XElement | null {
  let found: XElement | null = null;
  walkElements(p, (el) => {
    if (found) return false;
    if (isW(el, 'pPr') || isW(el, 'del')) return false;
    if (isW(el, 'r')) {
      found = wChild(el, 'rPr');
      return false;
    }
    return true;
  });
  return found;
}

/** A paragraph holding `text`, formatted like `model` (or plain when there is none). */
export function newParagraph(doc: XElement['ownerDocument'], text: string, like: XElement | null): XElement {
  if (!doc) throw new Error('no document');
  const p = createW(doc, 'p');
  const pPr = like ? wChild(like, 'pPr') : null;
  if (pPr) p.appendChild(cloneProps(pPr));
  if (text.length > 0) {
    const run = createW(doc, 'r');
    const rPr = like ? firstRunProps(like) : null;
    if (rPr) run.appendChild(cloneProps(rPr));
    for (const n of runContent(doc, text)) run.appendChild(n);
    p.appendChild(run);
  }
  return p;
}

export function insertParagraphBeside(
  model: DocModel,
  story: Story,
  anchor: XElement,
  text: string,
  where: 'Before' | 'After',
): XElement {
  const p = newParagraph(anchor.ownerDocument, text, anchor);
  if (where === 'Before') anchor.parentNode?.insertBefore(p, anchor);
  else insertAfter(p, anchor);
  if (model.revisions.tracking) markParagraphInserted(model, p);
  model.touch(story.part);
  return p;
}

/** Block children of a story root that hold content (w:body's final sectPr excluded). */
function blockChildren(root: XElement): XElement[] {
  return childElements(root).filter((c) => !isW(c, 'sectPr') && !isW(c, 'tcPr') && !isW(c, 'tblPr'));
}

export function insertParagraphInStory(
  model: DocModel,
  story: Story,
  root: XElement,
  text: string,
  where: 'Start' | 'End',
): XElement {
  const blocks = blockChildren(root);
  const neighbour = where === 'Start' ? blocks[0] : blocks[blocks.length - 1];
  const like = neighbour && isW(neighbour, 'p') ? neighbour : null;
  const p = newParagraph(root.ownerDocument, text, like);
  if (where === 'Start') {
    const first = blocks[0];
    if (first) root.insertBefore(p, first);
    else appendBlock(root, p);
  } else {
    appendBlock(root, p);
  }
  if (model.revisions.tracking) markParagraphInserted(model, p);
  model.touch(story.part);
  return p;
}

/** Append a block, keeping w:body's sectPr last. */
export function appendBlock(root: XElement, block: XElement): void {
  const sectPr = wChild(root, 'sectPr');
  if (sectPr && sectPr.parentNode === root) root.insertBefore(block, sectPr);
  else root.appendChild(block);
}

/**
 * Remove footnotes and endnotes whose reference marks sit inside `el` (Word deletes them with the mark), and the
 * comments whose reference marks do, with the start and end of their ranges wherever those are.
 */
export function removeNotesIn(model: DocModel, el: XElement): void {
  const refs: Array<{ kind: 'footnote' | 'endnote'; id: string }> = [];
  const comments = new Set<string>();
  walkElements(el, (c) => {
    if (isW(c, 'footnoteReference')) refs.push({ kind: 'footnote', id: wAttr(c, 'id') ?? '' });
    if (isW(c, 'endnoteReference')) refs.push({ kind: 'endnote', id: wAttr(c, 'id') ?? '' });
    if (isW(c, 'commentReference')) comments.add(wAttr(c, 'id') ?? '');
  });
  if (comments.size > 0) removeComments(model, el, comments);
  for (const ref of refs) {
    const note = model.noteElement(ref.kind, ref.id);
    const part = model.partOf(ref.kind);
    if (note && part) {
      removeNode(note);
      model.touch(part);
    }
  }
}

function removeComments(model: DocModel, el: XElement, ids: Set<string>): void {
  const part = model.commentsPart;
  const root = part?.doc.documentElement;
  if (part && root) {
    for (const comment of childElements(root))
      if (isW(comment, 'comment') && ids.has(wAttr(comment, 'id') ?? '')) removeNode(comment);
    model.touch(part);
  }
  // The range's ends outside `el` go too (those inside go with it); a dangling end would be invalid.
  const story = model.storyOf(el).root;
  const ends: XElement[] = [];
  walkElements(story, (c) => {
    if ((isW(c, 'commentRangeStart') || isW(c, 'commentRangeEnd')) && ids.has(wAttr(c, 'id') ?? '')) ends.push(c);
  });
  for (const end of ends) removeNode(end);
}

/** Is this the last block of its container (which must end with a paragraph)? */
function mustStay(p: XElement): boolean {
  const parent = p.parentNode;
  if (!parent || !isElement(parent)) return true;
  const blocks = blockChildren(parent);
  return (
    blocks[blocks.length - 1] === p &&
    (isW(parent, 'body') ||
      isW(parent, 'tc') ||
      isW(parent, 'footnote') ||
      isW(parent, 'endnote') ||
      isW(parent, 'hdr') ||
      isW(parent, 'ftr'))
  );
}

/** Empty a paragraph, keeping its properties (and section break). */
export function clearParagraph(p: XElement): void {
  for (const c of childElements(p)) if (!isW(c, 'pPr')) removeNode(c);
}

export function deleteParagraph(model: DocModel, story: Story, p: XElement): void {
  const sectPr = wChild(wChild(p, 'pPr'), 'sectPr');
  if (model.revisions.tracking && !insertedByUs(p)) {
    // Kept in the file until accepted; a story's last paragraph (or a section's) keeps its mark, as untracked.
    deleteParagraphTracked(model, p, !(mustStay(p) || sectPr));
    model.touch(story.part);
    return;
  }
  removeNotesIn(model, p);
  if (mustStay(p) || sectPr) clearParagraph(p);
  else removeNode(p);
  model.touch(story.part);
}

const PPR_AFTER_STYLE_FIRST = 'pStyle';

export function setParagraphStyleId(model: DocModel, story: Story, p: XElement, styleId: string | null): void {
  changeParagraphProps(model, p, () => setStyleElement(p, styleId));
  model.touch(story.part);
}

function setStyleElement(p: XElement, styleId: string | null): void {
  const doc = p.ownerDocument;
  if (!doc) return;
  let pPr = wChild(p, 'pPr');
  const existing = wChild(pPr, PPR_AFTER_STYLE_FIRST);
  if (existing) removeNode(existing);
  if (styleId !== null) {
    if (!pPr) {
      pPr = createW(doc, 'pPr');
      p.insertBefore(pPr, p.firstChild);
    }
    pPr.insertBefore(createW(doc, 'pStyle', { val: styleId }), pPr.firstChild);
  }
}

/** Children of w:pPr that the schema puts before w:numPr. */
const BEFORE_NUMPR = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl'];

/** Puts a paragraph at a level of list `numId`: w:numPr with w:ilvl and w:numId, in schema order. */
export function setListLevel(p: XElement, numId: string, level: number): void {
  const doc = p.ownerDocument;
  if (!doc) return;
  let pPr = wChild(p, 'pPr');
  if (!pPr) {
    pPr = createW(doc, 'pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  const old = wChild(pPr, 'numPr');
  if (old) removeNode(old);
  const numPr = createW(doc, 'numPr');
  numPr.appendChild(createW(doc, 'ilvl', { val: String(level) }));
  numPr.appendChild(createW(doc, 'numId', { val: numId }));
  const before = childElements(pPr).find((c) => !BEFORE_NUMPR.includes(c.localName ?? ''));
  pPr.insertBefore(numPr, before ?? null);
}

/** Takes a paragraph out of its list: no w:numPr, or w:numId 0 when its style would number it anyway. */
export function detachFromList(p: XElement, styleNumbers: boolean): void {
  const old = wChild(wChild(p, 'pPr'), 'numPr');
  if (old) removeNode(old);
  if (styleNumbers) setListLevel(p, '0', 0);
}
