import { findMalformedSymbols, isWellFormedSymbol } from '../../../src/engine/text/symbolGrammar';

describe('isWellFormedSymbol', () => {
  test.each([
    'CTOC/COP/WG.7/2023/1',
    'E/CN.15/2024/1/Add.1',
    'A/HRC/52/L.1/Rev.1',
    'S/RES/1440 (2002)',
    'A/62/17(PartI)',
    'A/CN.9/WG.III/WP.230',
    'UNEP/OzL.Pro.35/1',
    'ICCD/COP(15)/1',
    'A/78/1*',
    'FCCC/SBI/2023/L.1/Corr.2',
  ])('%s is well formed', (s) => expect(isWellFormedSymbol(s)).toBe(true));

  test.each([
    'CTOC/COP/WG.7/2O23/1',
    'CTOC/COP/WG.7/2023/1/Rev1',
    'CTOC/COP/WG.7/2023/1/rev.1',
    'CTOC/COP/WG.7/ 2023/1',
    'CTOC//COP/WG.7/2023/1',
    'ctoc/cop/2023/1',
    'resolution 7/1',
    'CTOC/COP',
  ])('%s is not', (s) => expect(isWellFormedSymbol(s)).toBe(false));
});

describe('findMalformedSymbols: text meant as a symbol that breaks the grammar', () => {
  test.each([
    ['(CTOC/COP/WG.7/2O23/2)', 'CTOC/COP/WG.7/2O23/2', 'CTOC/COP/WG.7/2023/2', 'letter O instead of zero in "2O23"'],
    [
      'see CTOC/COP/WG.7/2023/2/Rev1.',
      'CTOC/COP/WG.7/2023/2/Rev1',
      'CTOC/COP/WG.7/2023/2/Rev.1',
      'no full stop in "Rev1" (expected "Rev.1")',
    ],
    [
      'E/CN.15/2024/1/Add1 and',
      'E/CN.15/2024/1/Add1',
      'E/CN.15/2024/1/Add.1',
      'no full stop in "Add1" (expected "Add.1")',
    ],
    ['A/78/1/Corr1', 'A/78/1/Corr1', 'A/78/1/Corr.1', 'no full stop in "Corr1" (expected "Corr.1")'],
    ['(CTOC/COP/WG.7/ 2023/2)', 'CTOC/COP/WG.7/ 2023/2', 'CTOC/COP/WG.7/2023/2', 'space inside'],
    ['(CTOC/COP /WG.7/2023/2)', 'CTOC/COP /WG.7/2023/2', 'CTOC/COP/WG.7/2023/2', 'space inside'],
    ['(CTOC//COP/WG.7/2023/2)', 'CTOC//COP/WG.7/2023/2', 'CTOC/COP/WG.7/2023/2', 'doubled slash'],
    ['A/HRC/52/1/rev.1', 'A/HRC/52/1/rev.1', 'A/HRC/52/1/Rev.1', 'lower-case "rev.1" (expected "Rev.1")'],
    ['CTOC/COP/2022/CRP1', 'CTOC/COP/2022/CRP1', 'CTOC/COP/2022/CRP.1', 'no full stop in "CRP1" (expected "CRP.1")'],
  ])('%s', (text, found, suggestion, problem) => {
    const result = findMalformedSymbols(text);
    expect(result).toHaveLength(1);
    expect(result[0].text).toBe(found);
    expect(text.slice(result[0].start, result[0].end)).toBe(found);
    expect(result[0].suggestion).toBe(suggestion);
    expect(result[0].problems).toContain(problem);
  });

  test('a malformed part of a joint symbol is found', () => {
    const result = findMalformedSymbols('(CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2O23/3)');
    expect(result.map((r) => r.text)).toEqual(['CTOC/COP/WG.4/2O23/3']);
  });

  test.each([
    'In its resolution 7/1, entitled “Strengthening the implementation …”',
    'pursuant to paragraph 53 (h) of the procedures',
    '(CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3-CTOC/COP/WG.7/2023/3)',
    'Available at www.unodc.org/unodc/en/treaties/CTOC/working-group-on-the-smuggling-of-migrants-2023.html.',
    'https://undocs.org/en/CTOC/COP/WG.7/2023/2',
    'S/RES/1440 (2002) and A/62/17(PartI)',
    'HIV/AIDS, and/or, UNODC/UNDP partnership',
    'the 2022/23 biennium and the 2024/2025 period',
    'Parts I/II/III of the report',
    'A/78/1 and Corr.1',
    'UNEP/OzL.Pro.35/1 and ICCD/COP(15)/1',
    'CTOC/COP/WG.7/2023/2.',
  ])('nothing in: %s', (text) => {
    expect(findMalformedSymbols(text)).toEqual([]);
  });
});
