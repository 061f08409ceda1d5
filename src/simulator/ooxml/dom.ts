/**
 * A lean XML node model: the few DOM members the simulator uses, with xmldom 0.8's semantics where they differ
 * from the browser's (getAttribute and getAttributeNS give '' for an absent attribute), and nothing else. Nodes
 * are linked siblings (no child arrays, no live node lists), attributes are plain objects in one array per
 * element. It has no Node-only APIs: the browser preview runs it too. xmlParse.ts builds it, serialize() below
 * writes it exactly as xmldom's XMLSerializer writes the same tree (tests/simulator/xmlParse.test.ts compares).
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const PROCESSING_INSTRUCTION_NODE = 7;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** One attribute: its qualified name, namespace (undefined for an unprefixed attribute, as xmldom's parser) and value. */
export class XAttr {
  constructor(
    public namespaceURI: string | null | undefined,
    public name: string,
    public prefix: string | null,
    public localName: string,
    public value: string,
  ) {}

  get nodeName(): string {
    return this.name;
  }
}

function splitName(qualifiedName: string): [string | null, string] {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? [null, qualifiedName] : [qualifiedName.slice(0, colon), qualifiedName.slice(colon + 1)];
}

export abstract class XNode {
  abstract readonly nodeType: number;
  parentNode: XElement | XDocument | null = null;
  previousSibling: XNode | null = null;
  nextSibling: XNode | null = null;
  firstChild: XNode | null = null;
  lastChild: XNode | null = null;

  constructor(public ownerDocument: XDocument) {}

  abstract get nodeName(): string;

  get nodeValue(): string | null {
    return null;
  }

  get textContent(): string | null {
    return this.nodeValue;
  }

  appendChild<T extends XNode>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends XNode>(child: T, ref: XNode | null): T {
    if (ref && ref.parentNode !== (this as XNode)) throw new Error('insertBefore: the reference is not a child');
    if (child === ref) return child;
    if (child === (this as XNode)) throw new Error('insertBefore: a node cannot contain itself');
    for (let a = this.parentNode; a; a = a.parentNode) {
      if (a === (child as XNode)) throw new Error('insertBefore: a node cannot contain itself');
    }
    if (child.parentNode) child.parentNode.removeChild(child);
    const parent = this as unknown as XElement | XDocument;
    child.parentNode = parent;
    const before = ref ? ref.previousSibling : this.lastChild;
    child.previousSibling = before;
    child.nextSibling = ref;
    if (before) before.nextSibling = child;
    else this.firstChild = child;
    if (ref) ref.previousSibling = child;
    else this.lastChild = child;
    return child;
  }

  removeChild<T extends XNode>(child: T): T {
    if (child.parentNode !== (this as XNode)) throw new Error('removeChild: not a child of this node');
    const { previousSibling: before, nextSibling: after } = child;
    if (before) before.nextSibling = after;
    else this.firstChild = after;
    if (after) after.previousSibling = before;
    else this.lastChild = before;
    child.parentNode = null;
    child.previousSibling = null;
    child.nextSibling = null;
    return child;
  }

  replaceChild<T extends XNode>(child: XNode, old: T): T {
    if (child !== (old as XNode)) {
      this.insertBefore(child, old);
      this.removeChild(old);
    }
    return old;
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  abstract cloneNode(deep?: boolean): XNode;

  /** A copy owned by DOC (this node's children too when DEEP). */
  abstract copyInto(doc: XDocument, deep: boolean): XNode;

  /** The prefix an xmlns:prefix declaration on this element or an ancestor binds to URI (default namespaces ignored). */
  lookupPrefix(uri: string | null): string | null {
    const bound = (n: XNode): string | null => {
      if (n.nodeType === ELEMENT_NODE)
        for (const a of (n as XElement).attrs) if (a.prefix === 'xmlns' && a.value === uri) return a.localName;
      return null;
    };
    const own = bound(this);
    if (own !== null) return own;
    for (let n = this.parentNode; n; n = n.parentNode) {
      const prefix = bound(n);
      if (prefix !== null) return prefix;
    }
    return null;
  }

  /** Elements below this node with that namespace and local name ('*' for any), in document order. */
  getElementsByTagNameNS(namespaceURI: string | null, localName: string): XElement[] {
    const out: XElement[] = [];
    for (let n = this.firstChild; n; n = next(n, this)) {
      if (
        n.nodeType === ELEMENT_NODE &&
        (namespaceURI === '*' || (n as XElement).namespaceURI === namespaceURI) &&
        (localName === '*' || (n as XElement).localName === localName)
      )
        out.push(n as XElement);
    }
    return out;
  }
}

/** Appends a new, detached CHILD to PARENT without insertBefore's checks: for the parser. */
export function appendNew(parent: XNode, child: XNode): void {
  const last = parent.lastChild;
  child.parentNode = parent as XElement | XDocument;
  child.previousSibling = last;
  if (last) last.nextSibling = child;
  else parent.firstChild = child;
  parent.lastChild = child;
}

/** The node after N in document order, not leaving ROOT's subtree. */
function next(n: XNode, root: XNode): XNode | null {
  if (n.firstChild) return n.firstChild;
  for (let at: XNode | null = n; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

const NO_ATTRIBUTES: XAttr[] = [];

export class XElement extends XNode {
  readonly nodeType = ELEMENT_NODE;
  /** The attributes; one shared empty array until the first is set (most elements of a document have none). */
  attrs: XAttr[] = NO_ATTRIBUTES;

  constructor(
    doc: XDocument,
    public namespaceURI: string | null,
    public readonly tagName: string,
    public readonly prefix: string | null,
    public readonly localName: string,
  ) {
    super(doc);
  }

  get nodeName(): string {
    return this.tagName;
  }

  /** The attributes in document order (the array itself, not a copy). */
  get attributes(): readonly XAttr[] {
    return this.attrs;
  }

  override get textContent(): string {
    let out = '';
    for (let n = this.firstChild; n; n = next(n, this)) {
      if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) out += (n as XText).data;
    }
    return out;
  }

  getAttributeNode(name: string): XAttr | null {
    for (const a of this.attrs) if (a.name === name) return a;
    return null;
  }

  getAttributeNodeNS(namespaceURI: string | null, localName: string): XAttr | null {
    for (const a of this.attrs) if (a.localName === localName && (a.namespaceURI ?? null) === namespaceURI) return a;
    return null;
  }

  /** The value, or '' when there is no such attribute (as xmldom 0.8). */
  getAttribute(name: string): string | null {
    return this.getAttributeNode(name)?.value ?? '';
  }

  /** The value, or '' when there is no such attribute (as xmldom 0.8). */
  getAttributeNS(namespaceURI: string | null, localName: string): string | null {
    return this.getAttributeNodeNS(namespaceURI, localName)?.value ?? '';
  }

  hasAttribute(name: string): boolean {
    return this.getAttributeNode(name) !== null;
  }

  hasAttributeNS(namespaceURI: string | null, localName: string): boolean {
    return this.getAttributeNodeNS(namespaceURI, localName) !== null;
  }

  setAttribute(name: string, value: string): void {
    const old = this.getAttributeNode(name);
    if (old) old.value = String(value);
    else this.addAttribute(new XAttr(undefined, name, null, name, String(value)));
  }

  setAttributeNS(namespaceURI: string | null | undefined, qualifiedName: string, value: string): void {
    // xmldom replaces an attribute of the same qualified name (setNamedItem), keeping its place
    const [prefix, localName] = splitName(qualifiedName);
    const attr = new XAttr(namespaceURI, qualifiedName, prefix, localName, String(value));
    const at = this.attrs.findIndex((a) => a.name === qualifiedName);
    if (at >= 0) this.attrs[at] = attr;
    else this.addAttribute(attr);
  }

  /** Appends ATTR (whose name the element does not have yet). */
  addAttribute(attr: XAttr): void {
    if (this.attrs === NO_ATTRIBUTES) this.attrs = [attr];
    else this.attrs.push(attr);
  }

  removeAttribute(name: string): void {
    const at = this.attrs.findIndex((a) => a.name === name);
    if (at >= 0) this.attrs.splice(at, 1);
  }

  removeAttributeNS(namespaceURI: string | null, localName: string): void {
    const attr = this.getAttributeNodeNS(namespaceURI, localName);
    if (attr) this.attrs.splice(this.attrs.indexOf(attr), 1);
  }

  cloneNode(deep = false): XElement {
    return this.copyInto(this.ownerDocument, deep);
  }

  copyInto(doc: XDocument, deep: boolean): XElement {
    const copy = new XElement(doc, this.namespaceURI, this.tagName, this.prefix, this.localName);
    if (this.attrs.length > 0)
      copy.attrs = this.attrs.map((a) => new XAttr(a.namespaceURI, a.name, a.prefix, a.localName, a.value));
    if (deep) for (let c = this.firstChild; c; c = c.nextSibling) copy.appendChild(c.copyInto(doc, true));
    return copy;
  }
}

/** Text, and the base of the other nodes that hold character data. */
export class XText extends XNode {
  readonly nodeType: number = TEXT_NODE;

  constructor(
    doc: XDocument,
    public data: string,
  ) {
    super(doc);
  }

  get nodeName(): string {
    return '#text';
  }

  override get nodeValue(): string {
    return this.data;
  }

  override set nodeValue(value: string) {
    this.data = value;
  }

  override get textContent(): string {
    return this.data;
  }

  override set textContent(value: string) {
    this.data = value;
  }

  cloneNode(): XText {
    return this.copyInto(this.ownerDocument);
  }

  copyInto(doc: XDocument): XText {
    return new (this.constructor as typeof XText)(doc, this.data);
  }
}

export class XCDATASection extends XText {
  override readonly nodeType = CDATA_SECTION_NODE;
  override get nodeName(): string {
    return '#cdata-section';
  }
}

export class XComment extends XText {
  override readonly nodeType = COMMENT_NODE;
  override get nodeName(): string {
    return '#comment';
  }
}

export class XProcessingInstruction extends XText {
  override readonly nodeType = PROCESSING_INSTRUCTION_NODE;

  constructor(
    doc: XDocument,
    public readonly target: string,
    data: string,
  ) {
    super(doc, data);
  }

  override get nodeName(): string {
    return this.target;
  }

  override copyInto(doc: XDocument): XProcessingInstruction {
    return new XProcessingInstruction(doc, this.target, this.data);
  }
}

export class XDocument extends XNode {
  readonly nodeType = DOCUMENT_NODE;

  constructor() {
    super(undefined as unknown as XDocument);
    this.ownerDocument = this;
  }

  get nodeName(): string {
    return '#document';
  }

  get documentElement(): XElement | null {
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) return n as XElement;
    return null;
  }

  createElementNS(namespaceURI: string | null, qualifiedName: string): XElement {
    const [prefix, localName] = splitName(qualifiedName);
    return new XElement(this, namespaceURI || null, qualifiedName, prefix, localName);
  }

  createTextNode(data: string): XText {
    return new XText(this, data);
  }

  createComment(data: string): XComment {
    return new XComment(this, data);
  }

  createCDATASection(data: string): XCDATASection {
    return new XCDATASection(this, data);
  }

  createProcessingInstruction(target: string, data: string): XProcessingInstruction {
    return new XProcessingInstruction(this, target, data);
  }

  /** A copy of NODE (from any document) owned by this one. */
  importNode<T extends XNode>(node: T, deep = false): T {
    return node.copyInto(this, deep) as T;
  }

  cloneNode(deep = false): XDocument {
    const copy = new XDocument();
    if (deep) for (let c = this.firstChild; c; c = c.nextSibling) copy.appendChild(c.copyInto(copy, true));
    return copy;
  }

  copyInto(): XDocument {
    throw new Error('a document cannot be imported');
  }
}

const ATTRIBUTE_ESCAPE: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const escapeChar = (c: string): string => ATTRIBUTE_ESCAPE[c];
const escapeAttribute = (v: string): string => (/[<>&"\t\n\r]/.test(v) ? v.replace(/[<>&"\t\n\r]/g, escapeChar) : v);
const escapeText = (v: string): string => (/[<>&]/.test(v) ? v.replace(/[<>&]/g, escapeChar) : v);

interface Binding {
  prefix: string;
  namespace: string | null | undefined;
}

/**
 * The namespace declarations in scope while writing: in order (xmldom's list, which the rare unprefixed
 * namespaced element searches) and, for the common question "what does this prefix mean here", the latest
 * binding of each prefix.
 */
class Scope {
  readonly visible: Binding[] = [];
  private readonly latest = new Map<string, Array<string | null | undefined>>();

  bind(prefix: string, namespace: string | null | undefined): void {
    this.visible.push({ prefix, namespace });
    const stack = this.latest.get(prefix);
    if (stack) stack.push(namespace);
    else this.latest.set(prefix, [namespace]);
  }

  /** Back to DEPTH bindings. */
  restore(depth: number): void {
    const visible = this.visible;
    while (visible.length > depth) this.latest.get((visible.pop() as Binding).prefix)?.pop();
  }

  /** Does a node with this prefix and namespace need a declaration here (xmldom's needNamespaceDefine)? */
  needsDeclaration(prefix: string | null, uri: string | null | undefined): boolean {
    if (!uri) return false;
    if ((prefix === 'xml' && uri === 'http://www.w3.org/XML/1998/namespace') || uri === XMLNS_NS) return false;
    const stack = this.latest.get(prefix || '');
    return !stack || stack.length === 0 || stack[stack.length - 1] !== uri;
  }
}

/**
 * The XML text of NODE, as xmldom 0.8's XMLSerializer writes it: attributes in order with < > & " tab LF CR
 * escaped, text with < > & escaped, a namespace declaration added only where an element or attribute uses a
 * namespace no declaration in scope binds to its prefix (so the declarations stay where they were).
 */
export function serialize(node: XNode): string {
  return write(node, new Scope());
}

function write(node: XNode, scope: Scope): string {
  switch (node.nodeType) {
    case ELEMENT_NODE:
      return writeElement(node as XElement, scope);
    case DOCUMENT_NODE: {
      let out = '';
      for (let c = node.firstChild; c; c = c.nextSibling) out += write(c, scope);
      return out;
    }
    case TEXT_NODE:
      return escapeText((node as XText).data);
    case CDATA_SECTION_NODE:
      return `<![CDATA[${(node as XText).data.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
    case COMMENT_NODE:
      return `<!--${(node as XText).data}-->`;
    case PROCESSING_INSTRUCTION_NODE:
      return `<?${(node as XProcessingInstruction).target} ${(node as XText).data}?>`;
  }
  return '';
}

/** An unprefixed element in a namespace that is not the default one here takes a prefix bound to it (rare). */
function prefixedName(el: XElement, visible: Binding[]): string {
  const uri = el.namespaceURI;
  let defaultNs: string | null | undefined;
  for (const a of el.attrs) {
    if (a.name === 'xmlns') {
      defaultNs = a.value;
      break;
    }
  }
  if (!defaultNs) {
    for (let i = visible.length - 1; i >= 0; i--) {
      if (visible[i].prefix === '' && visible[i].namespace === uri) {
        defaultNs = uri;
        break;
      }
    }
  }
  if (defaultNs !== uri) {
    for (let i = visible.length - 1; i >= 0; i--) {
      if (visible[i].namespace === uri) return visible[i].prefix ? `${visible[i].prefix}:${el.tagName}` : el.tagName;
    }
  }
  return el.tagName;
}

function declaration(prefix: string, uri: string | null | undefined): string {
  return ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri ?? '')}"`;
}

function writeElement(el: XElement, scope: Scope): string {
  const attrs = el.attrs;
  const name = !el.prefix && el.namespaceURI ? prefixedName(el, scope.visible) : el.tagName;
  let out = `<${name}`;
  const depth = scope.visible.length;
  for (const a of attrs) {
    if (a.prefix === 'xmlns') scope.bind(a.localName, a.value);
    else if (a.name === 'xmlns') scope.bind('', a.value);
  }
  for (const a of attrs) {
    if (scope.needsDeclaration(a.prefix, a.namespaceURI)) {
      out += declaration(a.prefix || '', a.namespaceURI);
      scope.bind(a.prefix || '', a.namespaceURI);
    }
    out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  }
  if (name === el.tagName && scope.needsDeclaration(el.prefix, el.namespaceURI)) {
    out += declaration(el.prefix || '', el.namespaceURI);
    scope.bind(el.prefix || '', el.namespaceURI);
  }
  if (el.firstChild) {
    out += '>';
    for (let c: XNode | null = el.firstChild; c; c = c.nextSibling) out += write(c, scope);
    out += `</${name}>`;
  } else out += '/>';
  scope.restore(depth);
  return out;
}
