import { unbalancedTag } from '../../src/simulator/ooxml/xml';

describe('unbalancedTag', () => {
  it.each([
    ['<a><b/><c x="1>2">t</c></a>'],
    ["<a y='</a>'><!-- <b> --><![CDATA[</a>]]><?pi </a> ?></a>"],
    ['<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>'],
  ])('accepts well-nested XML: %s', (xml) => {
    expect(unbalancedTag(xml)).toBeNull();
  });

  it.each([
    ['<w:p><w:r><w:t>x</w:r></w:t></w:p>', /<\/w:r>/],
    ['<a><b></a>', /<\/a>/],
    ['<a><b></b>', /<a> is never closed/],
    ['<a></a></a>', /<\/a>/],
  ])('finds the first nesting error in %s', (xml, pattern) => {
    expect(unbalancedTag(xml)).toMatch(pattern);
  });
});
