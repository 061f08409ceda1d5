import { letterAt, letterIndex, minimalChange, relabel } from '../../../src/engine/operations/text';
import { detectConvention } from '../../../src/engine/operations/terminators';
import { parseAgenda } from '../../../src/engine/parse';
import { doc, p } from '../../helpers/snapshotBuilder';

describe('minimalChange', () => {
  it.each([
    ['3.\tTitle', 0, '3.', '4.', { start: 0, end: 1, expected: '3', text: '4' }],
    ['12.\tTitle', 0, '12.', '13.', { start: 1, end: 2, expected: '2', text: '3' }],
    ['9.\tTitle', 0, '9.', '10.', { start: 0, end: 1, expected: '9', text: '10' }],
    // a pure insertion is widened by one character, so that it carries an expectation
    ['Title', 0, 'Title', 'Title;', { start: 4, end: 5, expected: 'e', text: 'e;' }],
    ['Title;', 0, 'Title;', 'Title', { start: 5, end: 6, expected: ';', text: '' }],
    ['x', 0, 'x', 'x', null],
  ])('%j: %s → %s', (text, offset, before, after, expected) => {
    expect(minimalChange(text, offset, before, after)).toEqual(expected);
  });
});

describe('relabel', () => {
  it.each([
    ['3.', '4', null, '4.'],
    ['Item 3:', '10', null, 'Item 10:'],
    ['(b)', null, 'c', '(c)'],
    ['b)', null, 'a', 'a)'],
    ['1 (b)', '2', 'a', '2 (a)'],
    ['1(b)', null, 'c', '1(c)'],
    ['(b)', '2', null, null],
  ])('%s with %s/%s → %s', (label, number, letter, expected) => {
    expect(relabel(label, number, letter)).toBe(expected);
  });
});

describe('letters', () => {
  it('runs a..z then aa, bb like Word', () => {
    expect([0, 1, 25, 26, 27].map(letterAt)).toEqual(['a', 'b', 'z', 'aa', 'bb']);
    expect(['a', 'z', 'aa', 'bb', '1'].map(letterIndex)).toEqual([0, 25, 26, 27, -1]);
  });
});

describe('detectConvention', () => {
  it.each([
    ['";" then "."', ['1.\tA;', '2.\tB;', '3.\tC.'], { item: ';', lastItem: '.' }],
    ['"." everywhere', ['1.\tA.', '2.\tB.', '3.\tC.'], { item: '.', lastItem: '.' }],
    [
      'no punctuation',
      ['1.\tA', '2.\tB', '3.\tC'],
      { item: '', lastItem: '', parent: '', subItem: '', lastSubItem: '' },
    ],
    [
      'parent and sub-items',
      ['1.\tA:', '\t(a)\tX;', '\t(b)\tY;', '2.\tB;', '3.\tC.'],
      { parent: ':', subItem: ';', lastSubItem: ';' },
    ],
  ])('%s', (_name, lines, expected) => {
    const agenda = parseAgenda(doc(p('Provisional agenda', 'Heading 2'), ...lines.map((l) => p(l))).build());
    expect(detectConvention(agenda)).toMatchObject(expected);
  });
});
