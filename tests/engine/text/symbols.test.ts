import { findSymbols, isSymbol } from '../../../src/engine/text/symbols';

describe('findSymbols', () => {
  it.each<[string, string[][]]>([
    ['(CTOC/COP/WG.7/2023/2)', [['CTOC/COP/WG.7/2023/2']]],
    ['CTOC/COP/WG.7/2023/1', [['CTOC/COP/WG.7/2023/1']]],
    ['See E/CN.15/2024/1/Add.1 and A/78/L.5/Rev.1.', [['E/CN.15/2024/1/Add.1'], ['A/78/L.5/Rev.1']]],
    [
      '(CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3-CTOC/COP/WG.7/2023/3)',
      [['CTOC/COP/WG.3/2023/3', 'CTOC/COP/WG.4/2023/3', 'CTOC/COP/WG.7/2023/3']],
    ],
    ['A/78/1 – E/2024/1', [['A/78/1', 'E/2024/1']]],
    ['A/78/1−E/2024/1', [['A/78/1', 'E/2024/1']]],
    ['S/RES/1440 (2002) was adopted', [['S/RES/1440 (2002)']]],
    ['A/62/17(PartI)', [['A/62/17(PartI)']]],
    ['UNEP/EA.6/1*', [['UNEP/EA.6/1*']]],
    ['ECE/TRANS/WG.II/2023/INF/1', [['ECE/TRANS/WG.II/2023/INF/1']]],
    ['E/CN.7/2024/Rev1', [['E/CN.7/2024/Rev1']]],
    ['A/78/1 (2023) and more', [['A/78/1']]],
  ])('%s', (text, expected) => {
    const found = findSymbols(text);
    expect(found.map((s) => s.parts)).toEqual(expected);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    'resolution 7/1',
    'TCP/IP and and/or',
    'https://undocs.org/en/CTOC/COP/WG.7/2023/2',
    'www.unodc.org/unodc/en/treaties/CTOC/working-group-2023.html',
    'N/A',
    '24/7 support',
    'cop/wg.7/2023/1',
  ])('nothing in %j', (text) => expect(findSymbols(text)).toEqual([]));

  it('gives the joint symbol as written, spaces included', () => {
    const [s] = findSymbols('(A/78/1 - E/2024/1)');
    expect(s.text).toBe('A/78/1 - E/2024/1');
    expect(s.start).toBe(1);
  });

  it('isSymbol is true only for a whole symbol', () => {
    expect(isSymbol(' CTOC/COP/WG.7/2023/1 ')).toBe(true);
    expect(isSymbol('Symbol CTOC/COP/WG.7/2023/1')).toBe(false);
  });
});
