/**
 * Character-level edits inside one paragraph: replace/insert text keeping the run formatting of the first
 * replaced character (or of the neighbouring character for a pure insertion), and italic on a range. Only
 * text atoms are touched: footnote references, bookmarks, field codes and other markup stay where they are.
 */
import { isAlternateContent, resolveAlternateContent } from './compat';
import type { DocModel, Story } from './docModel';
import { isNoteMarkAtom, type Atom } from './paragraphText';
import { runContent, setText, textElement } from './runText';
import { replaceTextTracked } from './trackedText';
import {
  childElements,
  cloneProps,
  createW,
  insertAfter,
  isElement,
  isW,
  removeNode,
  wChild,
  type XElement,
} from './xml';

/** Make sure no text atom straddles `offset`: split the w:t there. */
export function splitTextAt(model: DocModel, p: XElement, offset: number): void {
  const atom = model.text(p).atoms.find((a) => a.kind === 'text' && a.start < offset && offset < a.start + a.length);
  if (!atom) return;
  const value = atom.el.textContent ?? '';
  const k = offset - atom.start;
  const doc = atom.el.ownerDocument;
  if (!doc) return;
  setText(atom.el, value.slice(0, k));
  insertAfter(textElement(doc, value.slice(k)), atom.el);
  model.version++; // atoms changed (the text did not)
}

export function atomsIn(model: DocModel, p: XElement, start: number, end: number): Atom[] {
  return model.text(p).atoms.filter((a) => a.start >= start && a.start + a.length <= end && a.length > 0);
}

function hasContent(run: XElement): boolean {
  return childElements(run).some((c) => !isW(c, 'rPr'));
}

/** A new run for an empty paragraph, formatted like the paragraph mark. */
export function newRunFor(p: XElement): XElement {
  const doc = p.ownerDocument;
  if (!doc) throw new Error('detached paragraph');
  const run = createW(doc, 'r');
  const markProps = wChild(wChild(p, 'pPr'), 'rPr');
  if (markProps) {
    const rPr = cloneProps(markProps);
    const renamed = createW(doc, 'rPr');
    for (const c of childElements(rPr)) renamed.appendChild(c);
    if (childElements(renamed).length > 0) run.appendChild(renamed);
  }
  return run;
}

/**
 * Replace [start, end) of paragraph p by `text` ([start, start) inserts). `lean` says, for an insertion,
 * whose formatting to take: the character before ('before', as typing at the end of a word) or after.
 */
export function replaceText(
  model: DocModel,
  story: Story,
  p: XElement,
  start: number,
  end: number,
  text: string,
  lean: 'before' | 'after' = 'before',
  gravity: 'inside' | 'all' | 'none' = 'inside',
): void {
  resolveAlternates(model, p, start, end);
  if (model.revisions.tracking) {
    replaceTextTracked(model, story, p, start, end, text, lean, gravity);
    return;
  }
  const doc = p.ownerDocument;
  if (!doc) throw new Error('detached paragraph');
  splitTextAt(model, p, start);
  splitTextAt(model, p, end);
  const removed = atomsIn(model, p, start, end);
  const nodes = runContent(doc, text);
  if (removed.length > 0) {
    const first = removed[0];
    for (const n of nodes) first.el.parentNode?.insertBefore(n, first.el);
  } else if (nodes.length > 0) {
    const { before, after } = neighbours(model, p, start);
    const anchor = lean === 'before' ? (before ?? after) : (after ?? before);
    if (anchor && anchor === before) {
      let ref: XElement = anchor.el;
      for (const n of nodes) {
        insertAfter(n, ref);
        ref = n;
      }
    } else if (anchor) {
      for (const n of nodes) anchor.el.parentNode?.insertBefore(n, anchor.el);
    } else {
      const run = newRunFor(p);
      for (const n of nodes) run.appendChild(n);
      placeBesideMarks(model, p, start, run);
    }
  }
  const touchedRuns = new Set<XElement>();
  for (const atom of removed) {
    touchedRuns.add(atom.run);
    removeNode(atom.el);
  }
  for (const run of touchedRuns) if (isW(run, 'r') && !hasContent(run)) removeNode(run);
  model.touch(story.part);
  model.mapPoints(p, start, end, text.length, gravity);
}

/**
 * The text atoms that end and start at `offset`, whose runs new text joins. A note's reference mark is no such
 * neighbour: text typed next to it does not take its (superscript) run.
 */
export function neighbours(
  model: DocModel,
  p: XElement,
  offset: number,
): { before: Atom | undefined; after: Atom | undefined } {
  const atoms = model.text(p).atoms.filter((a) => a.length > 0 && !isNoteMarkAtom(a));
  return { before: atoms.find((a) => a.start + a.length === offset), after: atoms.find((a) => a.start === offset) };
}

/** Puts a new child of p (a run, or a w:ins) at `offset` where only note marks (or nothing) neighbour it. */
export function placeBesideMarks(model: DocModel, p: XElement, offset: number, node: XElement): void {
  const marks = model.text(p).marks;
  const left = [...marks].reverse().find((m) => m.offset < offset);
  const right = marks.find((m) => m.offset >= offset);
  const rightRun = right ? closestChildOf(p, right.el) : null;
  const leftRun = left ? closestChildOf(p, left.el) : null;
  if (rightRun) p.insertBefore(node, rightRun);
  else if (leftRun) insertAfter(node, leftRun);
  else p.appendChild(node);
}

/**
 * Text [start, end] about to be edited inside mc:AlternateContent: keep only the branch that was read there (see
 * compat.ts). Alternate content elsewhere in the paragraph stays as it is.
 */
function resolveAlternates(model: DocModel, p: XElement, start: number, end: number): void {
  const touched = model.text(p).atoms.filter((a) => a.start <= end && a.start + a.length >= start);
  const alternates = new Set<XElement>();
  for (const atom of touched) {
    for (let n = atom.el.parentNode; n && n !== p && isElement(n); n = n.parentNode)
      if (isAlternateContent(n)) alternates.add(n);
  }
  let changed = false;
  for (const ac of alternates) changed = resolveAlternateContent(ac) || changed;
  if (changed) model.version++; // atoms moved (the text did not)
}

/** The child of p that contains el. */
export function closestChildOf(p: XElement, el: XElement): XElement | null {
  let n: XElement = el;
  while (n.parentNode && n.parentNode !== p) {
    if (!isElement(n.parentNode)) return null;
    n = n.parentNode;
  }
  return n.parentNode === p ? n : null;
}

/** Split runs so that [start, end) covers whole runs; returns those runs. */
function isolateRuns(model: DocModel, p: XElement, start: number, end: number): XElement[] {
  splitTextAt(model, p, start);
  splitTextAt(model, p, end);
  const runs: XElement[] = [];
  for (const atom of atomsIn(model, p, start, end)) {
    const run = atom.run;
    if (!isW(run, 'r')) continue;
    if (!runs.includes(run)) runs.push(run);
  }
  for (const run of [...runs]) {
    const inside = new Set(
      atomsIn(model, p, start, end)
        .filter((a) => a.run === run)
        .map((a) => a.el),
    );
    const content = childElements(run).filter((c) => !isW(c, 'rPr'));
    const firstInside = content.findIndex((c) => inside.has(c));
    let lastInside = -1;
    content.forEach((c, i) => {
      if (inside.has(c)) lastInside = i;
    });
    if (firstInside < 0) continue;
    let target = run;
    if (firstInside > 0) target = splitRunBefore(run, content[firstInside]);
    const after = content[lastInside + 1];
    if (after) splitRunBefore(target, after);
    if (target !== run) runs[runs.indexOf(run)] = target;
  }
  model.version++;
  return runs;
}

/** Move `child` and what follows it into a new run (same properties) right after `run`. */
export function splitRunBefore(run: XElement, child: XElement): XElement {
  const copy = run.cloneNode(false);
  const rPr = wChild(run, 'rPr');
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  let n: XElement | null = child;
  while (n) {
    const next: XElement | null = nextElement(n);
    copy.appendChild(n);
    n = next;
  }
  insertAfter(copy, run);
  return copy;
}

export function nextElement(el: XElement): XElement | null {
  for (let n = el.nextSibling; n; n = n.nextSibling) if (isElement(n)) return n;
  return null;
}

const RPR_BEFORE_ITALIC = ['rStyle', 'rFonts', 'b', 'bCs'];

export function setItalic(
  model: DocModel,
  story: Story,
  p: XElement,
  start: number,
  end: number,
  italic: boolean,
): void {
  const doc = p.ownerDocument;
  if (!doc || end <= start) return;
  resolveAlternates(model, p, start, end);
  for (const run of isolateRuns(model, p, start, end)) {
    let rPr = wChild(run, 'rPr');
    if (!rPr) {
      rPr = createW(doc, 'rPr');
      run.insertBefore(rPr, run.firstChild);
    }
    for (const name of ['i', 'iCs']) {
      const existing = wChild(rPr, name);
      if (existing) removeNode(existing);
    }
    const needsOff = !italic && wChild(rPr, 'rStyle') !== null;
    if (!italic && !needsOff) continue;
    const attrs: Record<string, string> = italic ? {} : { val: '0' };
    const i = createW(doc, 'i', attrs);
    const iCs = createW(doc, 'iCs', attrs);
    const props = childElements(rPr);
    let ref: XElement | null = null;
    for (const c of props) if (RPR_BEFORE_ITALIC.includes(c.localName ?? '')) ref = c;
    const before = ref ? nextElement(ref) : (props[0] ?? null);
    rPr.insertBefore(i, before);
    rPr.insertBefore(iCs, before);
  }
  model.touch(story.part);
}

/** Italic of [start, end): true when every character is directly italic, false when none, null when mixed. */
export function readItalic(model: DocModel, p: XElement, start: number, end: number): boolean | null {
  const atoms = model.text(p).atoms.filter((a) => a.start < end && a.start + a.length > start);
  if (atoms.length === 0) return false;
  const values = atoms.map((a) => {
    const i = wChild(wChild(a.run, 'rPr'), 'i');
    if (!i) return false;
    const val = i.getAttributeNS(i.namespaceURI, 'val');
    return !(val && /^(0|false|off)$/i.test(val));
  });
  return values.every((v) => v) ? true : values.every((v) => !v) ? false : null;
}
