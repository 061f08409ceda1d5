/**
 * A strict XML parser that builds the lean tree of dom.ts, node for node the tree xmldom 0.8's DOMParser builds, several times as fast: one sticky
 * regular expression per markup token instead of xmldom's character-by-character reader, and no locator, entity
 * tables or error-recovery paths. It accepts only well-formed XML and throws at the first fault (a stray "<" or
 * "&", an unknown entity, a duplicated attribute, an unbound prefix, text or a second element outside the root),
 * so a damaged part is refused, never read in part. DOCTYPEs are refused before this runs (xml.ts).
 * Like xmldom: line endings are normalised, attribute values have tabs and newlines turned into spaces, the XML
 * declaration and other processing instructions, comments and CDATA sections are kept.
 */
import {
  appendNew,
  XAttr,
  XCDATASection,
  XComment,
  XDocument,
  XElement,
  XNode,
  XProcessingInstruction,
  XText,
} from './dom';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][\\w.:\\-\\u00B7\\u00C0-\\uFFFF]*';
/** Start tag (1 name, 2 attributes, 3 "/"), end tag (4 name), comment (5), CDATA (6), processing instruction (7 target, 8 data). */
const TOKEN = new RegExp(
  `<(?:(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(\\/?)>|\\/(${NAME})\\s*>|!--([\\s\\S]*?)-->|!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|\\?(${NAME})(?:\\s+([\\s\\S]*?))?\\?>)`,
  'y',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

type Namespaces = Record<string, string>;

export function parseXmlStrict(source: string): XDocument {
  const text = /[\r\u0085\u2028]/.test(source)
    ? source.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n')
    : source;
  const doc = new XDocument();
  const open: XElement[] = [];
  const scopes: Namespaces[] = [{ xml: XML_NS }];
  let parent: XNode = doc;
  let rootSeen = false;
  let at = 0;
  const length = text.length;
  while (at < length) {
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? length : lt;
    if (end > at) {
      const chars = text.slice(at, end);
      if (open.length > 0) appendNew(parent, new XText(doc, decode(chars, at)));
      else if (/^\s*$/.test(chars)) {
        // Whitespace between the prolog's nodes is kept, as xmldom keeps it; after the last markup, dropped.
        if (lt >= 0) appendNew(doc, new XText(doc, chars));
      } else throw new Error(`text outside the root element at offset ${at}`);
      if (chars.includes(']]>')) throw new Error(`"]]>" in text at offset ${at}`);
    }
    if (lt < 0) break;
    TOKEN.lastIndex = lt;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`malformed markup at offset ${lt}`);
    at = TOKEN.lastIndex;
    const [, name, attributes, selfClosing, endName, comment, cdata, target, data] = m;
    if (name !== undefined) {
      if (open.length === 0 && rootSeen) throw new Error(`a second root element <${name}> at offset ${lt}`);
      const scope = attributes ? declare(attributes, scopes[scopes.length - 1], lt) : scopes[scopes.length - 1];
      const [prefix, localName, qualified] = split(name);
      const el = new XElement(doc, namespaceOf(name, scope, true, lt), qualified, prefix, localName);
      if (attributes) setAttributes(el, attributes, scope, lt);
      appendNew(parent, el);
      if (open.length === 0) rootSeen = true;
      if (!selfClosing) {
        open.push(el);
        scopes.push(scope);
        parent = el;
      }
    } else if (endName !== undefined) {
      const closed = open.pop();
      if (!closed || closed.tagName !== endName)
        throw new Error(`end tag </${endName}> at offset ${lt} does not close the element it should`);
      scopes.pop();
      parent = open.length > 0 ? open[open.length - 1] : doc;
    } else if (comment !== undefined) {
      if (comment.includes('--')) throw new Error(`"--" inside a comment at offset ${lt}`);
      appendNew(parent, new XComment(doc, comment));
    } else if (cdata !== undefined) {
      if (open.length === 0) throw new Error(`CDATA outside the root element at offset ${lt}`);
      appendNew(parent, new XCDATASection(doc, cdata));
    } else if (target !== undefined) {
      if (target.toLowerCase() === 'xml' && lt !== 0)
        throw new Error(`an XML declaration that does not open the document (offset ${lt})`);
      appendNew(parent, new XProcessingInstruction(doc, target, data ?? ''));
    }
  }
  if (open.length > 0) throw new Error(`<${open[open.length - 1].tagName}> is never closed`);
  if (!rootSeen) throw new Error('no root element');
  return doc;
}

/** The scope of a start tag: its parent's, plus the namespaces its xmlns attributes declare. */
function declare(attributes: string, outer: Namespaces, offset: number): Namespaces {
  let scope = outer;
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
    const name = a[1];
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const uri = attributeValue(a[2] ?? a[3], offset);
    if (scope === outer) scope = Object.create(outer) as Namespaces;
    scope[name === 'xmlns' ? '' : name.slice(6)] = uri;
  }
  return scope;
}

function setAttributes(el: XElement, attributes: string, scope: Namespaces, offset: number): void {
  const attrs: XAttr[] = [];
  el.attrs = attrs;
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
    const name = a[1];
    for (const seen of attrs)
      if (seen.name === name) throw new Error(`attribute ${name} given twice at offset ${offset}`);
    const value = attributeValue(a[2] ?? a[3], offset);
    // An unprefixed attribute has no namespace: xmldom's own parser leaves its namespaceURI undefined, not null.
    const uri =
      name === 'xmlns' || name.startsWith('xmlns:')
        ? XMLNS_NS
        : name.includes(':')
          ? namespaceOf(name, scope, false, offset)
          : undefined;
    const [prefix, localName, qualified] = split(name);
    attrs.push(new XAttr(uri, qualified, prefix, localName, value));
  }
}

/**
 * A qualified name's parts, kept for every name seen: a document uses a few dozen names a
 * hundred thousand times, and a new substring for each would be garbage to collect.
 */
const NAME_PARTS = new Map<string, [prefix: string | null, localName: string, name: string]>();

/** NAME's prefix, local name and one shared copy of NAME itself (the parsed one is a new substring each time). */
function split(name: string): [string | null, string, string] {
  let parts = NAME_PARTS.get(name);
  if (parts === undefined) {
    const colon = name.indexOf(':');
    parts = colon < 0 ? [null, name, name] : [name.slice(0, colon), name.slice(colon + 1), name];
    if (NAME_PARTS.size < 10_000) NAME_PARTS.set(name, parts);
  }
  return parts;
}

/** An element's namespace is its prefix's, or the default one. */
function namespaceOf(name: string, scope: Namespaces, element: boolean, offset: number): string | null {
  const prefix = split(name)[0];
  if (prefix === null) return element ? scope[''] || null : null;
  const uri = scope[prefix];
  if (uri === undefined) throw new Error(`the prefix of ${name} is not declared (offset ${offset})`);
  return uri;
}

function attributeValue(raw: string, offset: number): string {
  return decode(/[\t\n\r]/.test(raw) ? raw.replace(/[\t\n\r]/g, ' ') : raw, offset);
}

/** Character and predefined entity references; any other "&" is a fault. */
function decode(chars: string, offset: number): string {
  if (!chars.includes('&')) return chars;
  let out = '';
  let last = 0;
  REFERENCE.lastIndex = 0;
  for (let r = REFERENCE.exec(chars); r; r = REFERENCE.exec(chars)) {
    if (chars.indexOf('&', last) !== r.index) break;
    out +=
      chars.slice(last, r.index) +
      (r[1] ? PREDEFINED[r[1]] : String.fromCodePoint(r[2] ? Number(r[2]) : parseInt(r[3], 16)));
    last = REFERENCE.lastIndex;
  }
  if (chars.includes('&', last))
    throw new Error(`an undeclared entity or stray "&" near offset ${offset + chars.indexOf('&', last)}`);
  return out + chars.slice(last);
}
