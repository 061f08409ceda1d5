/**
 * Text edits recorded as revisions, the way Word records typing with Track Changes on: removed characters
 * stay in the file inside w:del (their w:t become w:delText), new characters come in a run of their own
 * inside w:ins, formatted like the characters the untracked edit would have taken the formatting from.
 * Removing text we inserted ourselves earlier simply removes it, as Word does for the same author.
 */
import type { DocModel, Story } from './docModel';
import type { Atom } from './paragraphText';
import { isOurs } from './revisions';
import { runContent } from './runText';
import { atomsIn, neighbours, newRunFor, nextElement, placeBesideMarks, splitRunBefore, splitTextAt } from './textEdit';
import {
  childElements,
  cloneProps,
  createW,
  insertAfter,
  isElement,
  isW,
  removeNode,
  setWAttr,
  wChild,
  walkElements,
  type XElement,
} from './xml';

const DELETED_NAMES: Record<string, string> = { t: 'delText', instrText: 'delInstrText' };

/** Give `el` another w: local name, keeping its attributes and children. */
function renameW(el: XElement, localName: string): XElement {
  const doc = el.ownerDocument;
  if (!doc) return el;
  const copy = createW(doc, localName);
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if (a) copy.setAttributeNS(a.namespaceURI, a.name, a.value);
  }
  while (el.firstChild) copy.appendChild(el.firstChild);
  el.parentNode?.replaceChild(copy, el);
  return copy;
}

function parentElement(el: XElement): XElement | null {
  return el.parentNode && isElement(el.parentNode) ? el.parentNode : null;
}

/**
 * Delete a whole run as a revision: inside our own insertion it just goes; otherwise it is wrapped in w:del
 * (joining a w:del of ours right before it) and its text becomes deleted text.
 */
export function deleteRunTracked(model: DocModel, run: XElement): void {
  const parent = parentElement(run);
  if (!parent) return;
  if (isW(parent, 'ins') && isOurs(parent)) {
    removeNode(run);
    if (childElements(parent).length === 0) removeNode(parent);
    return;
  }
  // Only the run's own text: a text box drawn in the run has paragraphs of its own.
  const targets = childElements(run).filter((el) => isW(el) && DELETED_NAMES[el.localName ?? ''] !== undefined);
  for (const el of targets) renameW(el, DELETED_NAMES[el.localName ?? '']);
  let previous = run.previousSibling;
  while (previous && !isElement(previous)) previous = previous.previousSibling;
  const doc = run.ownerDocument;
  if (!doc) return;
  const del = isElement(previous) && isW(previous, 'del') && isOurs(previous) ? previous : null;
  if (del) {
    del.appendChild(run);
    return;
  }
  const wrapper = model.revisions.create(doc, 'del');
  parent.insertBefore(wrapper, run);
  wrapper.appendChild(run);
}

/** The run that holds `el` and nothing else (split off from its neighbours); null when `el` is not in a run. */
function isolate(el: XElement): XElement | null {
  let run = parentElement(el);
  if (!run || !isW(run, 'r')) return null;
  const content = childElements(run).filter((c) => !isW(c, 'rPr'));
  if (content[0] !== el) run = splitRunBefore(run, el);
  const after = nextElement(el);
  if (after) splitRunBefore(run, after);
  return run;
}

/** Delete these characters as a revision (markup between them, such as note references, stays). */
export function deleteAtomsTracked(model: DocModel, atoms: Atom[]): void {
  for (const atom of atoms) {
    const run = isolate(atom.el);
    if (run) deleteRunTracked(model, run);
    else removeNode(atom.el);
  }
}

/** Put a new run next to `ref` (a run): in w:ins of its own, or straight into a w:ins of ours around `ref`. */
function placeInsertedRun(model: DocModel, run: XElement, ref: XElement, where: 'before' | 'after'): void {
  const doc = ref.ownerDocument;
  const parent = parentElement(ref);
  if (!doc || !parent) return;
  const put = (node: XElement, beside: XElement): void => {
    if (where === 'before') beside.parentNode?.insertBefore(node, beside);
    else insertAfter(node, beside);
  };
  if (isW(parent, 'ins') && isOurs(parent)) {
    put(run, ref);
    return;
  }
  const ins = model.revisions.create(doc, 'ins');
  ins.appendChild(run);
  if (isW(parent, 'ins')) {
    // Someone else's insertion: split it at `ref` and put ours between the two halves.
    const boundary = where === 'before' ? ref : nextElement(ref);
    if (boundary) {
      const rest = parent.cloneNode(false);
      setWAttr(rest, 'id', String(model.revisions.takeId()));
      for (let n: XElement | null = boundary; n;) {
        const next = nextElement(n);
        rest.appendChild(n);
        n = next;
      }
      insertAfter(rest, parent);
    }
    insertAfter(ins, parent);
    if (childElements(parent).length === 0) removeNode(parent);
    return;
  }
  put(ins, ref);
}

function runWithText(doc: XElement['ownerDocument'], like: XElement | null, text: string): XElement {
  if (!doc) throw new Error('detached paragraph');
  const run = createW(doc, 'r');
  const rPr = like ? wChild(like, 'rPr') : null;
  if (rPr) run.appendChild(cloneProps(rPr));
  for (const n of runContent(doc, text)) run.appendChild(n);
  return run;
}

/** replaceText (see textEdit.ts) with the change recorded as w:del + w:ins. */
export function replaceTextTracked(
  model: DocModel,
  story: Story,
  p: XElement,
  start: number,
  end: number,
  text: string,
  lean: 'before' | 'after',
  gravity: 'inside' | 'all' | 'none',
): void {
  const doc = p.ownerDocument;
  if (!doc) throw new Error('detached paragraph');
  splitTextAt(model, p, start);
  splitTextAt(model, p, end);
  const removed = atomsIn(model, p, start, end);
  if (text.length > 0) {
    if (removed.length > 0) {
      const first = removed[0];
      const run = isolate(first.el);
      if (run) placeInsertedRun(model, runWithText(doc, run, text), run, 'before');
    } else {
      const { before, after } = neighbours(model, p, start);
      const anchor = lean === 'before' ? (before ?? after) : (after ?? before);
      const anchorRun = anchor ? isolate(anchor.el) : null;
      if (anchor && anchorRun) {
        placeInsertedRun(model, runWithText(doc, anchorRun, text), anchorRun, anchor === before ? 'after' : 'before');
      } else {
        const run = newRunFor(p);
        for (const n of runContent(doc, text)) run.appendChild(n);
        const ins = model.revisions.create(doc, 'ins');
        ins.appendChild(run);
        placeBesideMarks(model, p, start, ins);
      }
    }
  }
  deleteAtomsTracked(model, removed);
  model.touch(story.part);
  model.mapPoints(p, start, end, text.length, gravity);
}

/** Every run of a paragraph that is not deleted yet (text boxes' own paragraphs excluded). */
export function liveRuns(p: XElement): XElement[] {
  const runs: XElement[] = [];
  walkElements(p, (el) => {
    if (isW(el, 'pPr') || isW(el, 'del') || isW(el, 'moveFrom') || isW(el, 'p')) return false;
    if (isW(el, 'r')) {
      runs.push(el);
      return false;
    }
    return true;
  });
  return runs;
}
