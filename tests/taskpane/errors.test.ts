import { userMessage } from '../../src/taskpane/errors';
import { asSentence, letterAt, summaryText } from '../../src/taskpane/format';

class Known extends Error {}
const isKnown = (e: unknown) => e instanceof Known;

describe('userMessage', () => {
  it.each([
    [new Known('The document changed since it was read.'), 'The document changed since it was read.'],
    [new Known('First line.\nSecond line.'), 'First line.'],
    [new Error('boom\n    at f (x.ts:1:1)'), 'Something went wrong: boom'],
    [new TypeError(''), 'Something went wrong: unknown error'],
    ['plain string', 'Something went wrong: plain string'],
    [undefined, 'Something went wrong: undefined'],
  ])('%p → %s', (error, expected) => {
    expect(userMessage(error, isKnown)).toBe(expected);
  });
});

describe('format', () => {
  it.each([
    [
      { paragraphsChanged: 0, paragraphsInserted: 0, paragraphsDeleted: 0, rowsChanged: 0, referencesUpdated: 0 },
      'No change to the document',
    ],
    [
      { paragraphsChanged: 1, paragraphsInserted: 2, paragraphsDeleted: 0, rowsChanged: 1, referencesUpdated: 3 },
      '1 paragraph changed, 2 paragraphs inserted, 1 table row changed, 3 references updated',
    ],
    [
      {
        paragraphsChanged: 2,
        paragraphsInserted: 0,
        paragraphsDeleted: 0,
        paragraphsMoved: 8,
        rowsChanged: 0,
        referencesUpdated: 0,
      },
      '2 paragraphs changed, 8 paragraphs moved',
    ],
  ])('summaryText %p', (summary, expected) => expect(summaryText(summary)).toBe(expected));

  it('letters run a…z then aa', () => {
    expect([0, 1, 25, 26, 27].map(letterAt)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });

  it('asSentence ends with one full stop', () => {
    expect([asSentence('Insert item 3'), asSentence('Done.'), asSentence(' x ')]).toEqual([
      'Insert item 3.',
      'Done.',
      'x.',
    ]);
  });
});
