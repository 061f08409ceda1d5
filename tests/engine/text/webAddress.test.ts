import { findAddressProblems } from '../../../src/engine/text/webAddress';

describe('findAddressProblems', () => {
  test.each<[string, string, string, string | null]>([
    [
      'Available at htps://undocs.org/A/78/1.',
      'htps://undocs.org/A/78/1',
      '"htps://" instead of "https://"',
      'https://undocs.org/A/78/1',
    ],
    ['See http;//www.un.org.', 'http;//www.un.org', '"http;//" instead of "http://"', 'http://www.un.org'],
    ['See ww.unodc.org/en.', 'ww.unodc.org/en', '"ww." instead of "www."', 'www.unodc.org/en'],
    ['See wwww.unodc.org.', 'wwww.unodc.org', '"wwww." instead of "www."', 'www.unodc.org'],
    [
      'See www.unodc.org/unodc/ en/x.html.',
      'www.unodc.org/unodc/ en/x.html',
      'space inside the address',
      'www.unodc.org/unodc/en/x.html',
    ],
    ['See www.unodc..org/en.', 'www.unodc..org/en', 'doubled dot in the host name', null],
  ])('%s', (text, found, problem, suggestion) => {
    const [result] = findAddressProblems(text);
    expect(result).toMatchObject({ text: found, problem, suggestion });
    expect(text.slice(result.start, result.end)).toBe(found);
  });

  test.each([
    'Available at www.unodc.org/unodc/en/treaties/CTOC/working-group-on-the-smuggling-of-migrants-2023.html.',
    'See https://undocs.org/en/CTOC/COP/WG.7/2023/2 and http://www.un.org/en/.',
    'Write to someone@un.org, or see www.un.org (the website).',
    'the rule of law (www) and what follows',
  ])('nothing wrong in: %s', (text) => {
    expect(findAddressProblems(text)).toEqual([]);
  });
});
