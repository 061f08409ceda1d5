/**
 * dom.ts's lean nodes behave as xmldom's for every member the simulator uses: the same edits applied to both
 * trees (created, moved, cloned, imported and removed nodes, attributes set in and out of declared namespaces,
 * values that need escaping) serialize to the same text, so a saved document is what it was with xmldom.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { serialize, XDocument, XElement } from '../../src/simulator/ooxml/dom';
import { parseXmlStrict } from '../../src/simulator/ooxml/xmlParse';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SOURCE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="urn:r"><w:body><w:p><w:r><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p><w:p/></w:body></w:document>`;

/** The operations, written once against the members both trees share (xmldom's tree is passed in as if ours). */
const edits: Array<[string, (doc: XDocument) => void]> = [
  [
    'a created w: element with attributes and escaped text',
    (doc) => {
      const body = doc.documentElement!.firstChild as XElement;
      const p = doc.createElementNS(W, 'w:p');
      p.setAttributeNS(W, 'w:rsidR', 'a"b<c>&\t\nd');
      const t = doc.createElementNS(W, 'w:t');
      t.appendChild(doc.createTextNode('x < y & z > w "q"'));
      p.appendChild(t);
      body.insertBefore(p, body.firstChild);
    },
  ],
  [
    'an element and attribute in undeclared namespaces',
    (doc) => {
      const root = doc.documentElement as XElement;
      const el = doc.createElementNS('urn:new', 'n:thing');
      el.setAttributeNS('urn:other', 'o:attr', '1');
      el.setAttribute('plain', '2');
      root.appendChild(el);
      const unprefixed = doc.createElementNS('urn:default', 'Relationship');
      root.appendChild(unprefixed);
    },
  ],
  [
    'an unprefixed element in the default namespace (a .rels part)',
    (doc) => {
      const root = doc.documentElement as XElement;
      const el = doc.createElementNS(root.namespaceURI, 'Relationship');
      el.setAttribute('Id', 'rId9');
      root.appendChild(el);
    },
  ],
  [
    'cloned, imported, replaced and removed nodes',
    (doc) => {
      const body = doc.documentElement!.firstChild as XElement;
      const p = body.firstChild as XElement;
      const copy = p.cloneNode(true);
      body.appendChild(copy);
      const shallow = p.cloneNode(false);
      body.replaceChild(shallow, body.lastChild!.previousSibling!);
      const otherXml = `<w:x xmlns:w="${W}"><w:y w:val="1"/></w:x>`;
      const other =
        doc instanceof XDocument
          ? parseXmlStrict(otherXml)
          : (new DOMParser().parseFromString(otherXml, 'application/xml') as unknown as XDocument);
      body.appendChild(doc.importNode(other.documentElement!, true));
      body.removeChild(body.firstChild!);
      copy.setAttributeNS(W, 'w:rsidR', '00AB');
      copy.setAttributeNS(W, 'w:rsidR', '00CD');
      copy.removeAttribute('w:rsidR');
      (copy.firstChild as XElement).setAttributeNS(W, 'w:val', 'kept');
    },
  ],
];

describe('lean DOM against xmldom', () => {
  it.each(edits)('%s', (_label, edit) => {
    const source = _label.includes('.rels')
      ? `<Relationships xmlns="${REL}"><Relationship Id="rId1"/></Relationships>`
      : SOURCE;
    const ours = parseXmlStrict(source);
    const theirs = new DOMParser().parseFromString(source, 'application/xml');
    edit(ours);
    edit(theirs as unknown as XDocument);
    expect(serialize(ours)).toBe(new XMLSerializer().serializeToString(theirs));
  });

  it('reads attributes and text as xmldom does', () => {
    const doc = parseXmlStrict(SOURCE);
    const t = doc.getElementsByTagNameNS(W, 't')[0];
    expect(t.textContent).toBe('a & b');
    expect(t.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'space')).toBe('preserve');
    expect(t.getAttributeNS(W, 'absent')).toBe('');
    expect(t.getAttribute('absent')).toBe('');
    expect(t.hasAttribute('xml:space')).toBe(true);
    expect(doc.documentElement!.lookupPrefix(W)).toBe('w');
    expect(doc.getElementsByTagNameNS(W, 'p')).toHaveLength(2);
    expect(doc.getElementsByTagNameNS('*', 'p')).toHaveLength(2);
    expect(t.parentNode!.parentNode!.nextSibling!.previousSibling).toBe(t.parentNode!.parentNode);
  });

  it('refuses to put a node inside itself', () => {
    const doc = parseXmlStrict(SOURCE);
    const body = doc.documentElement!.firstChild as XElement;
    expect(() => body.firstChild!.appendChild(body)).toThrow();
  });
});
