/**
 * xmlParse.ts builds (in dom.ts's lean model) the tree xmldom's DOMParser builds, node for node, and dom.ts's
 * serialize writes it as xmldom's XMLSerializer writes xmldom's tree, on every XML part of the samples and trial
 * documents; it refuses what is not well-formed XML where xmldom would repair it.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { readdirSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { serialize, type XNode } from '../../src/simulator/ooxml/dom';
import { parseXmlStrict } from '../../src/simulator/ooxml/xmlParse';

const ROOT = path.resolve(__dirname, '../..');

function docxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return docxFiles(full);
    return entry.name.endsWith('.docx') ? [full] : [];
  });
}

function xmldom(text: string): Document {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
    text,
    'application/xml',
  );
}

interface AnyAttr {
  name: string;
  namespaceURI: string | null | undefined;
  prefix: string | null;
  localName: string | null;
  value: string;
}

/** Every node's type, names, namespace, attributes and value, in document order (xmldom's tree or ours). */
function shape(node: Node | XNode): string[] {
  const out: string[] = [];
  const visit = (n: Node | XNode): void => {
    const el = n as { namespaceURI?: string | null; localName?: string; prefix?: string | null };
    const list = (n as { attributes?: ArrayLike<AnyAttr> & { item?: (i: number) => AnyAttr | null } }).attributes;
    const attrs = list
      ? Array.from({ length: list.length }, (_, i) => (list.item ? list.item(i) : list[i])).map(
          (a) => `${a?.name}|${a?.namespaceURI}|${a?.prefix}|${a?.localName}|${a?.value}`,
        )
      : [];
    out.push(
      `${n.nodeType} ${n.nodeName} ${el.namespaceURI ?? ''} ${el.prefix ?? ''} ${el.localName ?? ''} ${n.nodeType === 1 ? '' : n.nodeValue} ${attrs.join(' ')}`,
    );
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(node);
  return out;
}

describe('parseXmlStrict', () => {
  const files = [...docxFiles(path.join(ROOT, 'assets/samples')), ...docxFiles(path.join(ROOT, 'tests/fixtures'))];

  it('finds documents to compare', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))(
    'builds the tree xmldom builds for every XML part of %s',
    async (file) => {
      const zip = await JSZip.loadAsync(readFileSync(path.join(ROOT, file)));
      const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const text = await zip.file(name)!.async('string');
        const ours = parseXmlStrict(text);
        const theirs = xmldom(text);
        expect([name, serialize(ours)]).toEqual([name, new XMLSerializer().serializeToString(theirs)]);
        expect(shape(ours)).toEqual(shape(theirs));
      }
    },
  );

  it.each([
    [
      'declaration, comment, CDATA, PI, entities',
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<a xmlns="urn:d" xmlns:p="urn:p" p:x="1&amp;2" y=\'a\tb\'><!-- c --><![CDATA[<&>]]><?pi data?>t &lt;&#65;&#x42;&gt;\r\n<p:b/><c xmlns="">u</c></a>\n',
    ],
    ['xml: attributes without a declaration', '<a xml:space="preserve"> x </a>'],
  ])('matches xmldom on %s', (_label, text) => {
    expect(serialize(parseXmlStrict(text))).toBe(new XMLSerializer().serializeToString(xmldom(text)));
    expect(shape(parseXmlStrict(text))).toEqual(shape(xmldom(text)));
  });

  it.each([
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['an end tag too many', '<a></a></a>'],
    ['a stray "<" in text', '<a>1 < 2</a>'],
    ['a stray "&" in text', '<a>fish & chips</a>'],
    ['an undeclared entity', '<a>&nbsp;</a>'],
    ['a "<" in an attribute value', '<a x="<"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicated attribute', '<a x="1" x="2"/>'],
    ['an unbound element prefix', '<w:a/>'],
    ['an unbound attribute prefix', '<a w:x="1"/>'],
    ['text outside the root', '<a/>x'],
    ['a second root', '<a/><b/>'],
    ['no root', '<?xml version="1.0"?>'],
    ['a code point out of range', '<a>&#x110000;</a>'],
    ['"--" in a comment', '<a><!-- a -- b --></a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['a misplaced XML declaration', '<a/><?xml version="1.0"?>'],
  ])('refuses %s', (_label, text) => {
    expect(() => parseXmlStrict(text)).toThrow();
  });
});
