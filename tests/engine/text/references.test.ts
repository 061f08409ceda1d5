import { findItemReferences, parseItemRef } from '../../../src/engine/text/references';

type Expected = [string, string, { number: string; letter: string | null; at: string }[]];

describe('findItemReferences', () => {
  it.each<[string, Expected[]]>([
    [
      'As no issues to be raised under agenda item 5 have come',
      [['agenda item 5', '5', [{ number: '5', letter: null, at: '5' }]]],
    ],
    ['see Item 5.', [['Item 5', '5', [{ number: '5', letter: null, at: '5' }]]]],
    [
      'under items 3 and 4 together',
      [
        [
          'items 3 and 4',
          '3,4',
          [
            { number: '3', letter: null, at: '3' },
            { number: '4', letter: null, at: '4' },
          ],
        ],
      ],
    ],
    [
      'agenda items 2, 3 and 5',
      [
        [
          'agenda items 2, 3 and 5',
          '2,3,5',
          [
            { number: '2', letter: null, at: '2' },
            { number: '3', letter: null, at: '3' },
            { number: '5', letter: null, at: '5' },
          ],
        ],
      ],
    ],
    [
      'items 2–4 will be taken',
      [
        [
          'items 2–4',
          '2,3,4',
          [
            { number: '2', letter: null, at: '2' },
            { number: '3', letter: null, at: '2–4' },
            { number: '4', letter: null, at: '4' },
          ],
        ],
      ],
    ],
    [
      'items 2-3',
      [
        [
          'items 2-3',
          '2,3',
          [
            { number: '2', letter: null, at: '2' },
            { number: '3', letter: null, at: '3' },
          ],
        ],
      ],
    ],
    ['under item 1 (b), the', [['item 1 (b)', '1b', [{ number: '1', letter: 'b', at: '1' }]]]],
    ['under item 1(b)', [['item 1(b)', '1b', [{ number: '1', letter: 'b', at: '1' }]]]],
    [
      'items 1 (a) and (b)',
      [
        [
          'items 1 (a) and (b)',
          '1a,1b',
          [
            { number: '1', letter: 'a', at: '1' },
            { number: '1', letter: 'b', at: 'b' },
          ],
        ],
      ],
    ],
    [
      "au titre des points 2 et 3 de l'ordre du jour",
      [
        [
          'points 2 et 3',
          '2,3',
          [
            { number: '2', letter: null, at: '2' },
            { number: '3', letter: null, at: '3' },
          ],
        ],
      ],
    ],
    ['en relación con el tema 4 del programa', [['tema 4', '4', [{ number: '4', letter: null, at: '4' }]]]],
    [
      'item 3 and item 12',
      [
        ['item 3', '3', [{ number: '3', letter: null, at: '3' }]],
        ['item 12', '12', [{ number: '12', letter: null, at: '12' }]],
      ],
    ],
  ])('%s', (text, expected) => {
    const found = findItemReferences(text);
    expect(found.map((r) => r.text)).toEqual(expected.map((e) => e[0]));
    found.forEach((r, i) => {
      expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
      const targets = expected[i][2];
      expect(
        r.targets.map((t) => ({ number: t.number, letter: t.letter, at: text.slice(t.span.start, t.span.end) })),
      ).toEqual(targets);
    });
  });

  it.each([
    'In its resolution 7/1, entitled',
    'Paragraph 12 of the procedures',
    'pursuant to paragraph 53 (h) of the procedures',
    'held on 27 and 28 June 2022',
    'opened on Thursday, 5 October, at 10 a.m.',
    '(CTOC/COP/WG.7/2023/2)',
    'Under the agenda item, the Working Group',
    'no more than one agenda item per session',
    'submitted proposed agenda items to the extended Bureau',
    'item 5/1 of the list',
    'the itemized list 3',
    'at point 5 of the resolution',
    'el tema 4 es importante',
  ])('nothing in %j', (text) => expect(findItemReferences(text)).toEqual([]));
});

describe('parseItemRef', () => {
  it.each<[string, { number: string; letter: string | null } | null]>([
    ['1 (b)', { number: '1', letter: 'b' }],
    ['3', { number: '3', letter: null }],
    ['1(b)', { number: '1', letter: 'b' }],
    ['Item 3', { number: '3', letter: null }],
    ['Agenda item 12 (c)', { number: '12', letter: 'c' }],
    ['3.', { number: '3', letter: null }],
    ['1 b)', { number: '1', letter: 'b' }],
    ['', null],
    ['Lunch break', null],
    ['Item 6: Activities of the Centre', null],
    ['10 a.m.', null],
  ])('%j', (text, expected) => expect(parseItemRef(text)).toEqual(expected));
});
