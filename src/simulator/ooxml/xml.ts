/**
 * Safe XML in and out, and the few DOM helpers every OOXML module needs.
 *
 * Parsing refuses any DOCTYPE before the parser sees it: WordprocessingML never has one, and refusing it
 * is the simplest way to be sure no entity is ever expanded and no external entity is ever fetched.
 */
import { XMLSerializer } from '@xmldom/xmldom';
import { parseXmlStrict } from './xmlParse';

// xmldom 0.8 implements lib.dom's interfaces. Its tree is built by xmlParse.ts, a strict parser twice as fast
// as xmldom's own lenient one (which repairs some damage silently), which every CLI run pays.
type XDocument = Document;
type XElement = Element;
type XNode = Node;
import { DocxError } from '../errors';

export type { XDocument, XElement, XNode };

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENT_NODE = 1;

export function parseXml(text: string, partName: string): XDocument {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new DocxError(`Refused ${partName}: it declares a DOCTYPE or entities, which a Word document never does.`);
  }
  const unbalanced = unbalancedTag(text);
  if (unbalanced) throw new DocxError(`The .docx file is damaged: ${partName} is not well-formed XML (${unbalanced}).`);
  let doc: XDocument;
  try {
    // xmlParse.ts builds xmldom's tree twice as fast as its DOMParser, and refuses at the first fault.
    doc = parseXmlStrict(text);
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : 'unreadable XML';
    throw new DocxError(`The .docx file is damaged: ${partName} is not well-formed XML (${reason}).`);
  }
  if (!doc.documentElement) throw new DocxError(`The .docx file is damaged: ${partName} has no root element.`);
  return doc;
}

export function serializeXml(doc: XDocument | XNode): string {
  return new XMLSerializer().serializeToString(doc);
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/^\[xmldom [^\]]*\]\s*/, '').slice(0, 160);
}

/**
 * xmldom 0.8 silently repairs some mismatched end tags (`<w:t>x</w:r></w:t>`) without a report, so the
 * nesting is checked here first: one pass over the tags, quoted attribute values (which may hold ">") skipped.
 */
const TAG = /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|(\/?)([^\s/>]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>)/g;

export function unbalancedTag(text: string): string | null {
  const open: string[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined || selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return `end tag </${name}> does not close the element it should`;
  }
  return open.length > 0 ? `<${open[open.length - 1]}> is never closed` : null;
}

export function isElement(node: XNode | null | undefined): node is XElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Is this a w: element (with that local name)? Not a type guard on purpose: see isElement. */
export function isW(node: XNode | null | undefined, localName?: string): boolean {
  // The local name first: it is short and rejects most candidates before the long namespace is compared.
  return isElement(node) && (localName === undefined || node.localName === localName) && node.namespaceURI === W_NS;
}

/** The text of an element such as w:t: its one text node when it has just that (the usual case), else textContent. */
export function textOf(el: XElement): string {
  const first = el.firstChild;
  if (first && !first.nextSibling && first.nodeType === 3) return first.nodeValue ?? '';
  return el.textContent ?? '';
}

/**
 * walkElements for readers: the same pre-order, without copying each element's children into an array. `visit`
 * must not change the tree (walkElements allows it).
 */
export function readElements(root: XElement, visit: (el: XElement) => boolean | void): void {
  const resume: Array<XNode | null> = [];
  let node: XNode | null = root.firstChild;
  for (;;) {
    if (node === null) {
      if (resume.length === 0) return;
      node = resume.pop() ?? null;
      continue;
    }
    if (isElement(node) && visit(node) !== false && node.firstChild) {
      resume.push(node.nextSibling);
      node = node.firstChild;
      continue;
    }
    node = node.nextSibling;
  }
}

export function childElements(el: XElement | XDocument): XElement[] {
  const out: XElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function wChildren(el: XElement, localName: string): XElement[] {
  return childElements(el).filter((c) => isW(c, localName));
}

export function wChild(el: XElement | null | undefined, localName: string): XElement | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && isW(n, localName)) return n;
  return null;
}

/** A w:-namespaced attribute (w:val by default); also accepts an unprefixed attribute, as some writers emit. */
export function wAttr(el: XElement | null | undefined, name = 'val'): string | null {
  if (!el) return null;
  const namespaced = el.getAttributeNS(W_NS, name);
  if (namespaced !== null && namespaced !== '') return namespaced;
  return el.hasAttribute(name) ? el.getAttribute(name) : el.hasAttribute(`w:${name}`) ? el.getAttribute(`w:${name}`) : null;
}

/** OOXML on/off: absent element → undefined; `<w:b/>` or val true/1/on → true; val false/0/off → false. */
export function onOff(el: XElement | null): boolean | undefined {
  if (!el) return undefined;
  const val = wAttr(el);
  return val === null || !/^(false|0|off|none)$/i.test(val);
}

function wPrefix(doc: XDocument): string {
  const root = doc.documentElement;
  return (root && root.lookupPrefix(W_NS)) || 'w';
}

export function createW(doc: XDocument, localName: string, attrs: Record<string, string> = {}): XElement {
  const prefix = wPrefix(doc);
  const el = doc.createElementNS(W_NS, `${prefix}:${localName}`);
  for (const [name, value] of Object.entries(attrs)) el.setAttributeNS(W_NS, `${prefix}:${name}`, value);
  return el;
}

export function setWAttr(el: XElement, name: string, value: string): void {
  const doc = el.ownerDocument;
  el.setAttributeNS(W_NS, `${doc ? wPrefix(doc) : 'w'}:${name}`, value);
}

/** Pre-order walk without recursion (documents can nest deeply); `descend` false skips a subtree. */
export function walkElements(root: XElement, visit: (el: XElement) => boolean | void): void {
  const stack: XElement[] = [];
  const initial = childElements(root);
  for (let i = initial.length - 1; i >= 0; i--) stack.push(initial[i]);
  while (stack.length > 0) {
    const el = stack.pop() as XElement;
    const descend = visit(el);
    if (descend === false) continue;
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

export function ancestors(el: XElement): XElement[] {
  const out: XElement[] = [];
  for (let n = el.parentNode; n && isElement(n); n = n.parentNode) out.push(n);
  return out;
}

export function insertAfter(newNode: XNode, ref: XNode): void {
  const parent = ref.parentNode;
  if (!parent) throw new Error('insertAfter: reference node is detached');
  parent.insertBefore(newNode, ref.nextSibling);
}

export function removeNode(node: XNode): void {
  node.parentNode?.removeChild(node);
}

/** Deep clone that strips revision marks, which must never be duplicated into new content. */
export function cloneProps(el: XElement): XElement {
  const copy = el.cloneNode(true) as XElement;
  walkElements(copy, (c) => {
    if (isW(c) && ['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange', 'pPrChange', 'sectPr'].includes(c.localName ?? '')) {
      removeNode(c);
      return false;
    }
    return true;
  });
  return copy;
}
