/**
 * Checks on Russian, Arabic and Chinese agendas: the conventions of those languages that must not read as errors,
 * and the errors that must still be found.
 */
import { doc, p } from '../../helpers/snapshotBuilder';
import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { check } from './variants';

/** A Russian agenda with one item of two sub-items: list lines as given, annotation sub-headings as given. */
function russian(listSubs: string[], headingSubs: string[], item = 'Организационные вопросы', heading = item) {
  return doc(
    p('CTOC/COP/WG.7/2023/1'),
    p('Предварительная повестка дня', 'Heading 1'),
    p(`1.\t${item}:`),
    ...listSubs.map((s, i) => p(`\t${'ab'[i]})\t${s}${i === listSubs.length - 1 ? '.' : ';'}`)),
    p('2.\tУтверждение доклада.'),
    p('Аннотации', 'Heading 1'),
    p(`1.\t${heading}`, 'Heading 2'),
    ...headingSubs.flatMap((s, i) => [p(`${'ab'[i]})\t${s}`, 'Heading 3'), p('Текст.')]),
    p('2.\tУтверждение доклада', 'Heading 2'),
    p('Текст.'),
  ).build();
}

describe('agenda/annotation-title in Russian', () => {
  test.each<[string, string[], string[], string, string[]]>([
    [
      'lower-case list, capitalized headings',
      ['открытие совещания', 'утверждение повестки дня'],
      ['Открытие совещания', 'Утверждение повестки дня'],
      'Организационные вопросы',
      [],
    ],
    [
      'same case in both',
      ['Открытие совещания', 'Утверждение повестки дня'],
      ['Открытие совещания', 'Утверждение повестки дня'],
      'Организационные вопросы',
      [],
    ],
    [
      'a different word is still an error',
      ['открытие совещания', 'утверждение повестки дня'],
      ['Открытие сессии', 'Утверждение повестки дня'],
      'Организационные вопросы',
      ['Открытие сессии'],
    ],
    [
      'a lower-case heading under a capitalized list title is still an error',
      ['Открытие совещания', 'утверждение повестки дня'],
      ['открытие совещания', 'Утверждение повестки дня'],
      'Организационные вопросы',
      ['открытие совещания'],
    ],
    [
      'an item heading in another case is still an error',
      ['открытие совещания', 'утверждение повестки дня'],
      ['Открытие совещания', 'Утверждение повестки дня'],
      'организационные вопросы',
      ['организационные вопросы'],
    ],
  ])('%s', (_name, list, headings, itemHeading, excerpts) => {
    const snapshot = russian(list, headings, 'Организационные вопросы', itemHeading);
    expect(check(snapshot, 'agenda/annotation-title').map((f) => f.excerpt)).toEqual(excerpts);
  });
});

describe('symbol/duplicate: the agenda cites itself by a title that names an agenda', () => {
  test.each<[string, string, string[]]>([
    ['Russian agenda', 'Предварительная повестка дня и аннотации (CTOC/COP/WG.7/2023/1)', []],
    ['Arabic agenda', 'جدول الأعمال المؤقت وشروحه (CTOC/COP/WG.7/2023/1)', []],
    ['Chinese agenda', '临时议程和说明 (CTOC/COP/WG.7/2023/1)', []],
    [
      'Russian background paper with the agenda symbol',
      'Справочный документ Секретариата (CTOC/COP/WG.7/2023/1)',
      ['CTOC/COP/WG.7/2023/1'],
    ],
  ])('%s', (_name, entry, excerpts) => {
    const snapshot = doc(
      p('CTOC/COP/WG.7/2023/1'),
      p('Provisional agenda', 'Heading 1'),
      p('1.\tOpening.'),
      p('Annotations', 'Heading 1'),
      p('1.\tOpening', 'Heading 2'),
      p('Text.'),
      p('Documentation'),
      p(entry),
    ).build();
    expect(check(snapshot, 'symbol/duplicate').map((f) => f.excerpt)).toEqual(excerpts);
  });
});

describe('footnote/punctuation: the Chinese full stop ends a footnote', () => {
  test.each<[string, number]>([
    ['详情可在会议网站上查阅（www.unodc.org）。', 0],
    ['详情可在会议网站上查阅。', 0],
    ['这是问题吗？', 0],
    ['详情可在会议网站上查阅', 1],
    ['Подробная информация размещена на веб-сайте.', 0],
    ['Подробная информация размещена на веб-сайте', 1],
  ])('%j gives %d finding(s)', (text, count) => {
    const snapshot = ctocSnapshot();
    snapshot.footnotes[1].text = text;
    expect(check(snapshot, 'footnote/punctuation')).toHaveLength(count);
  });
});
