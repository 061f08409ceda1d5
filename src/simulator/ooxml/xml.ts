/**
 * Safe XML in and out, and the few DOM helpers every OOXML module needs.
 *
 * Parsing refuses any DOCTYPE before the parser sees it: WordprocessingML never has one, and refusing it
 * is the simplest way to be sure no entity is ever expanded and no external entity is ever fetched.
 */
import { serialize, type XAttr, type XDocument, type XElement, type XNode } from './dom';
import { parseXmlStrict } from './xmlParse';
import { DocxError } from '../errors';

// The lean node model of dom.ts (no xmldom): xmlParse.ts builds it directly, strictly, and dom.ts writes it back.
export type { XAttr, XDocument, XElement, XNode };

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENT_NODE = 1;

export function parseXml(text: string, partName: string): XDocument {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new DocxError(`Refused ${partName}: it declares a DOCTYPE or entities, which a Word document never does.`);
  }
  let doc: XDocument;
  try {
    // xmlParse.ts refuses at the first fault, where xmldom's lenient DOMParser would repair some damage silently.
    doc = parseXmlStrict(text);
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : 'unreadable XML';
    throw new DocxError(`The .docx file is damaged: ${partName} is not well-formed XML (${reason}).`);
  }
  if (!doc.documentElement) throw new DocxError(`The .docx file is damaged: ${partName} has no root element.`);
  return doc;
}

export function serializeXml(doc: XDocument | XNode): string {
  return serialize(doc);
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/^\[xmldom [^\]]*\]\s*/, '').slice(0, 160);
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
  return el.hasAttribute(name)
    ? el.getAttribute(name)
    : el.hasAttribute(`w:${name}`)
      ? el.getAttribute(`w:${name}`)
      : null;
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
  const copy = el.cloneNode(true);
  walkElements(copy, (c) => {
    if (
      isW(c) &&
      ['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange', 'pPrChange', 'sectPr'].includes(c.localName ?? '')
    ) {
      removeNode(c);
      return false;
    }
    return true;
  });
  return copy;
}

/** XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and unpaired surrogates. */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what the pattern looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of TEXT that no XML file may hold, as "U+0001", or null when there is none. */
export function forbiddenXmlCharacter(text: string): string | null {
  const match = FORBIDDEN_CHARACTER.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/**
 * Limits checked before a part is parsed, generous for real agendas: a real agenda has a few thousand elements,
 * the bench's 1,200-item agenda about 73,000, nesting depth under 20. Past them memory runs out: a paragraph
 * costs about 2 KB from parsing to the checks, so 7 million empty paragraphs (a 78 KB file) crashed every
 * command; and serializing elements that re-declare a namespace grows with the square of their depth.
 */
export interface XmlLimits {
  /** Elements in one package, all parts together. */
  maxElements: number;
  /** Elements open inside one another. */
  maxDepth: number;
  /** Characters of one text (between two tags). */
  maxTextLength: number;
  /**
   * xmlns declarations in one part (Word writes about 40 on the root): the serializer copies the declarations in
   * scope for every element, so elements × declarations is its cost.
   */
  maxNamespaceDeclarations: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxElements: 300_000,
  maxDepth: 256,
  maxTextLength: 32 * 1024 * 1024,
  maxNamespaceDeclarations: 500,
};

/**
 * One pass over TEXT with indexOf (no regex, no allocation): counts its elements, tracks the nesting depth and
 * measures each text, throwing one clear DocxError past a limit. `elementsBefore` counts earlier parts. XML
 * forbids "<" in attribute values, so a tag ends at the last ">" before the next "<". Returns the elements.
 */
export function checkXmlLimits(
  text: string,
  partName: string,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
  elementsBefore = 0,
): number {
  const refuse = (what: string): never => {
    throw new DocxError(`Refused ${partName}: ${what} (a damaged or hostile file; see "Limits" in the README).`);
  };
  let elements = elementsBefore;
  let depth = 0;
  let declarations = 0;
  let nextXmlns = 0;
  let at = text.indexOf('<');
  if (at > limits.maxTextLength) refuse(`a text longer than ${limits.maxTextLength} characters`);
  while (at >= 0) {
    const next = text.charCodeAt(at + 1);
    let end: number;
    if (text.startsWith('<!--', at)) end = text.indexOf('-->', at) + 2;
    else if (text.startsWith('<![CDATA[', at)) end = text.indexOf(']]>', at) + 2;
    else if (next === 0x3f /* ? */) end = text.indexOf('?>', at) + 1;
    else {
      const following = text.indexOf('<', at + 1);
      end = text.lastIndexOf('>', following < 0 ? text.length : following - 1);
      if (end < at) return elements; // an unclosed tag: the parser names it
      if (next === 0x2f /* / */) depth--;
      else if (text.charCodeAt(end - 1) !== 0x2f) {
        if (++depth > limits.maxDepth) refuse(`elements nested more than ${limits.maxDepth} deep`);
        elements++;
      } else elements++;
      if (elements > limits.maxElements) refuse(`more than ${limits.maxElements.toLocaleString('en')} elements`);
      // the next "xmlns" is searched once past the previous one (not from every tag: that would be quadratic)
      if (nextXmlns >= 0 && nextXmlns < at) nextXmlns = text.indexOf('xmlns', at);
      while (nextXmlns >= 0 && nextXmlns < end) {
        if (++declarations > limits.maxNamespaceDeclarations)
          refuse(`more than ${limits.maxNamespaceDeclarations} namespace declarations`);
        nextXmlns = text.indexOf('xmlns', nextXmlns + 5);
      }
    }
    if (end < at) return elements;
    at = text.indexOf('<', end + 1);
    if ((at < 0 ? text.length : at) - end - 1 > limits.maxTextLength)
      refuse(`a text longer than ${limits.maxTextLength} characters`);
  }
  return elements;
}
