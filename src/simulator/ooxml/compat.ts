/**
 * Markup compatibility (ECMA-376 Part 3 §10.2): mc:AlternateContent offers the same content in several forms,
 * mc:Choice elements that need namespaces a consumer may not know (w14 text effects, wps shapes) and an
 * mc:Fallback in plain WordprocessingML that every consumer understands. A reader takes exactly one branch: the
 * fallback when there is one, else the first choice; the other branches are never read (their text would count
 * twice). An edit of text inside such content first replaces that mc:AlternateContent by the branch that was read,
 * so that no stale copy of the old text survives in the other branch (the choice's extra formatting, e.g. w14
 * ligatures, goes with it; drawings and text boxes are never resolved, their text is not the paragraph's).
 */
import { childElements, insertAfter, isElement, removeNode, type XElement } from './xml';

export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const isMc = (el: XElement, localName: string): boolean => el.namespaceURI === MC_NS && el.localName === localName;

export function isAlternateContent(el: XElement): boolean {
  return isMc(el, 'AlternateContent');
}

/** The branch a reader takes: mc:Fallback, else the first mc:Choice (null when there is neither). */
export function readBranch(ac: XElement): XElement | null {
  const branches = childElements(ac);
  return branches.find((b) => isMc(b, 'Fallback')) ?? branches.find((b) => isMc(b, 'Choice')) ?? null;
}

/** A branch of an mc:AlternateContent that readers skip. */
export function isUnreadBranch(el: XElement): boolean {
  if (el.namespaceURI !== MC_NS || (el.localName !== 'Choice' && el.localName !== 'Fallback')) return false;
  const parent = el.parentNode;
  return !!parent && isElement(parent) && isAlternateContent(parent) && readBranch(parent) !== el;
}

/**
 * Replace an mc:AlternateContent by the content of the branch read, before text in it is edited; returns whether
 * it did. Text offsets stay the same: the text read was that branch's.
 */
export function resolveAlternateContent(ac: XElement): boolean {
  if (!ac.parentNode) return false;
  const branch = readBranch(ac);
  let ref: XElement = ac;
  for (const child of branch ? childElements(branch) : []) {
    insertAfter(child, ref);
    ref = child;
  }
  removeNode(ac);
  return true;
}
