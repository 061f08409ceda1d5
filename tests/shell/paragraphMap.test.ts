import { mapParagraphs } from '../../src/preview/paragraphMap';

describe('mapParagraphs', () => {
  it.each([
    {
      name: 'same count and texts: paragraph i is the i-th <p>',
      document: ['1.\tOrganizational matters:', '', 'Annex'],
      rendered: ['1.\u00a0Organizational matters:', '', 'Annex'],
      expected: { rendered: [0, 1, 2], method: 'count' },
    },
    {
      name: 'a paragraph split in two at a page break',
      document: ['A', 'Long paragraph', 'C'],
      rendered: ['A', 'Long ', 'paragraph', 'C'],
      expected: { rendered: [0, 1, 3], method: 'text' },
    },
    {
      name: 'a paragraph the view does not show maps to null',
      document: ['A', 'Only in the document', 'C'],
      rendered: ['A', 'C'],
      expected: { rendered: [0, null, 1], method: 'text' },
    },
    {
      name: 'footnote marks rendered as numbers still match',
      document: ['The proposed organization of work (see annex)'],
      rendered: ['The proposed organization of work1 (see annex)'],
      expected: { rendered: [0], method: 'count' },
    },
    {
      name: 'same count but different order is not trusted',
      document: ['A', 'B', 'C', 'D'],
      rendered: ['D', 'C', 'B', 'A'],
      expected: { rendered: [3, null, null, null], method: 'text' },
    },
  ])('$name', ({ document, rendered, expected }) => {
    expect(mapParagraphs(document, rendered)).toEqual(expected);
  });
});
