/**
 * Nesting faults are refused by the strict parser itself (xmldom, which repaired some silently, needed a
 * pre-scan of its own): one clear DocxError naming the tag, never a tree read in part.
 */
import { DocxError } from '../../src/simulator/errors';
import { parseXml } from '../../src/simulator/ooxml/xml';

describe('tag nesting', () => {
  it.each([
    ['<a><b/><c x="1>2">t</c></a>'],
    ["<a y='x>y'><!-- <b> --><![CDATA[</a>]]><?pi </a> ?></a>"],
    ['<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>'],
  ])('accepts well-nested XML: %s', (xml) => {
    expect(parseXml(xml, 'part.xml').documentElement).not.toBeNull();
  });

  it.each([
    ['<w:p xmlns:w="x"><w:r><w:t>x</w:r></w:t></w:p>', /part\.xml is not well-formed XML \(end tag <\/w:r>/],
    ['<a><b></a>', /end tag <\/a>/],
    ['<a><b></b>', /<a> is never closed/],
    ['<a></a></a>', /end tag <\/a>/],
  ])('refuses the first nesting error in %s', (xml, pattern) => {
    expect(() => parseXml(xml, 'part.xml')).toThrow(DocxError);
    expect(() => parseXml(xml, 'part.xml')).toThrow(pattern);
  });
});
