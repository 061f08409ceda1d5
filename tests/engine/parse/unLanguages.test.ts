/**
 * Russian, Arabic and Chinese: the rules the engine adds for the other three UN languages (section headings,
 * sub-item labels, dates and day labels, "(continued)" markers, annex header, Documentation heading). Expected
 * values written from the UN forms of each language, not from the program's output.
 */
import { parseAgenda } from '../../../src/engine/parse';
import { readLabelledLine } from '../../../src/engine/parse/labels';
import { relabel } from '../../../src/engine/operations/text';
import { abjadSubItemLetter, latinSubItemLetter } from '../../../src/engine/text/subItemLetters';
import { continuedMarker } from '../../../src/engine/checks/support';
import { parseDateRange, parseDayLabel } from '../../../src/engine/text/dates';
import { isTimeSlot } from '../../../src/engine/text/times';
import { findItemReferences, parseItemRef } from '../../../src/engine/text/references';
import { doc, p, table } from '../../helpers/snapshotBuilder';
import type { SnapshotParagraph } from '../../../src/engine/snapshot';

describe('section headings and annex header in Russian, Arabic and Chinese', () => {
  it.each<[string, string, string, string, string, string, string[], string[]]>([
    [
      'Russian',
      'Вена, 5 и 6 октября 2023 года',
      'Предварительная повестка дня',
      'Аннотации',
      'Приложение',
      'Предлагаемая организация работы',
      ['Дата и время', 'Пункт повестки дня', 'Название или описание'],
      ['Четверг, 5 октября', '10:00–13:00', 'Открытие совещания'],
    ],
    [
      'Arabic',
      'فيينا، 5 و 6 تشرين الأول/أكتوبر 2023',
      'جدول الأعمال المؤقت',
      'الشروح',
      'المرفق',
      'تنظيم الأعمال المقترح',
      ['التاريخ والوقت', 'البند', 'العنوان أو الوصف'],
      ['الخميس، 5 تشرين الأول/أكتوبر', '10:00–13:00', 'افتتاح الاجتماع'],
    ],
    [
      'Chinese',
      '维也纳，2023年10月5日和6日',
      '临时议程',
      '说明',
      '附件',
      '拟议工作安排',
      ['日期和时间', '议程项目', '标题或说明'],
      ['10月5日，星期四', '10:00–13:00', '会议开幕'],
    ],
  ])('%s', (_language, meeting, agendaHeading, annotations, annex, title, header, [day, time, opening]) => {
    const snap = doc(
      p('CTOC/COP/WG.7/2023/1'),
      p(meeting),
      p(agendaHeading),
      p(`1.\t${opening}`),
      p(annotations),
      p(`1.\t${opening}`),
      p('…'),
      p(annex),
      p(title),
      table([header, [day, '', ''], [time, '1', opening]]),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.sections).toEqual({ agenda: 2, annotations: 4, annex: 7 });
    expect([agenda.masthead.meeting?.venue, agenda.masthead.meeting?.dates]).toEqual([
      meeting.split(/[,،，]/u)[0],
      ['2023-10-05', '2023-10-06'],
    ]);
    expect(agenda.annex?.title).toBe(title);
    expect(agenda.annex?.days.map((d) => [d.label, d.date, d.slots.map((s) => s.rows.map((r) => r.item))])).toEqual([
      [day, '2023-10-05', [['1']]],
    ]);
  });

  it.each<[string, string]>([
    ['一、临时议程', '二、说明'],
    ['一. 临时议程', '二. 说明'],
  ])('Chinese chapter numbers %j, %j', (agendaHeading, annotations) => {
    const agenda = parseAgenda(doc(p(agendaHeading), p('1.\t会议开幕。'), p(annotations), p('1.\t会议开幕')).build());
    expect([agenda.sections.agenda, agenda.sections.annotations]).toEqual([0, 2]);
  });

  it.each(['Аннотации к предварительной повестке дня', 'АННОТАЦИИ'])('Russian annotations heading %j', (heading) => {
    const agenda = parseAgenda(
      doc(p('Предварительная повестка дня'), p('1.\tОткрытие'), p(heading), p('1.\tОткрытие')).build(),
    );
    expect(agenda.sections.annotations).toBe(2);
  });

  it('the title "Предварительная повестка дня и аннотации" is not the agenda heading', () => {
    const agenda = parseAgenda(
      doc(
        p('Предварительная повестка дня и аннотации'),
        p('Предварительная повестка дня'),
        p('1.\tОткрытие'),
        p('Аннотации'),
        p('1.\tОткрытие'),
      ).build(),
    );
    expect(agenda.sections).toEqual({ agenda: 1, annotations: 3, annex: null });
  });
});

function para(text: string): SnapshotParagraph {
  return doc(p(text)).build().paragraphs[0];
}

describe('sub-item labels', () => {
  it.each<[string, string, string]>([
    ['\ta)\tВыборы должностных лиц;', 'a', 'Выборы должностных лиц'],
    ['\tb)\tУтверждение повестки дня.', 'b', 'Утверждение повестки дня'],
    ['\t(أ)\tافتتاح الاجتماع؛', 'a', 'افتتاح الاجتماع'],
    ['(ب)\tإقرار جدول الأعمال', 'b', 'إقرار جدول الأعمال'],
    ['(ج) مسائل أخرى', 'c', 'مسائل أخرى'],
    ['\t(a)\t会议开幕；', 'a', '会议开幕'],
    ['（b）通过议程', 'b', '通过议程'],
  ])('%j → (%s)', (text, letter, title) => {
    const line = readLabelledLine(para(text));
    expect([line?.kind, line?.label, line?.title]).toEqual(['subItem', letter, title]);
  });

  it.each<[string, string]>([
    ['أ', 'a'],
    ['ب', 'b'],
    ['ج', 'c'],
    ['د', 'd'],
    ['ه', 'e'],
    ['و', 'f'],
    ['ز', 'g'],
    ['ح', 'h'],
    ['ط', 'i'],
    ['ي', 'j'],
    ['k', 'k'],
  ])('abjad %s → %s', (arabic, latin) => expect(latinSubItemLetter(arabic)).toBe(latin));
});

describe('dates', () => {
  it.each<[string, string[], string]>([
    ['Вена, 5 и 6 октября 2023 года', ['2023-10-05', '2023-10-06'], '5 и 6 октября 2023'],
    ['5–6 октября 2023 года', ['2023-10-05', '2023-10-06'], '5–6 октября 2023'],
    ['30 сентября – 2 октября 2024 года', ['2024-09-30', '2024-10-01', '2024-10-02'], '30 сентября – 2 октября 2024'],
    ['فيينا، 5 و 6 تشرين الأول/أكتوبر 2023', ['2023-10-05', '2023-10-06'], '5 و 6 تشرين الأول/أكتوبر 2023'],
    ['5 و6 حزيران/يونيه 2025', ['2025-06-05', '2025-06-06'], '5 و6 حزيران/يونيه 2025'],
    ['11 تموز/يوليه 2023', ['2023-07-11'], '11 تموز/يوليه 2023'],
    ['维也纳，2023年10月5日和6日', ['2023-10-05', '2023-10-06'], '2023年10月5日和6日'],
    ['2023年10月5日至7日', ['2023-10-05', '2023-10-06', '2023-10-07'], '2023年10月5日至7日'],
    ['会议将于2023年10月5日开幕', ['2023-10-05'], '2023年10月5日'],
  ])('%s', (text, dates, matched) => {
    const found = parseDateRange(text);
    expect(found?.dates).toEqual(dates);
    expect(found && text.slice(found.start, found.end)).toBe(matched);
  });

  it.each(['31 июня 2023 года', '2023年2月30日', '12023年10月5日'])('no date in %j', (text) =>
    expect(parseDateRange(text)).toBeNull(),
  );
});

describe('day labels', () => {
  it.each<[string, number | null, string | null, string | null, boolean | null]>([
    ['Четверг, 5 октября', 2023, '2023-10-05', 'Четверг', true],
    ['пятница, 6 октября 2023 года', null, '2023-10-06', 'пятница', true],
    ['Пятница, 5 октября', 2023, '2023-10-05', 'Пятница', false],
    ['الخميس، 5 تشرين الأول/أكتوبر', 2023, '2023-10-05', 'الخميس', true],
    ['الجمعة 6 تشرين الأول/أكتوبر', 2023, '2023-10-06', 'الجمعة', true],
    ['10月5日，星期四', 2023, '2023-10-05', '星期四', true],
    ['10月6日（星期五）', 2023, '2023-10-06', '星期五', true],
    ['星期三，10月5日', 2023, '2023-10-05', '星期三', false],
    ['2023年10月8日星期日', null, '2023-10-08', '星期日', true],
    ['10月5日', 2023, '2023-10-05', null, null],
  ])('%j (year %s)', (label, year, iso, weekday, matches) => {
    const found = parseDayLabel(label, year);
    expect([found?.iso, found?.weekday, found?.weekdayMatches]).toEqual([iso, weekday, matches]);
  });

  it.each(['10月32日', 'Четверг', '星期四'])('not a day: %j', (label) => expect(parseDayLabel(label, 2023)).toBeNull());
});

describe('"(continued)" markers', () => {
  it.each<[string, string]>([
    ['Выборы должностных лиц (продолжение)', 'продолжение'],
    ['افتتاح الاجتماع (تابع)', 'تابع'],
    ['会议开幕（续）', '续'],
    ['会议开幕 (续)', '续'],
  ])('%s', (title, word) => {
    const marker = continuedMarker(title);
    expect(marker?.word).toBe(word);
    expect(title.slice(0, marker?.start)).not.toMatch(/[(（]/u);
  });
});

describe('Documentation heading', () => {
  it.each(['Документация', 'الوثائق', '文件'])('%s opens the documentation of an annotation', (heading) => {
    const agenda = parseAgenda(
      doc(
        p('Provisional agenda'),
        p('1.\tOpening'),
        p('Annotations'),
        p('1.\tOpening'),
        p('Text.'),
        p(heading),
        p('Note (A/1/2)'),
      ).build(),
    );
    expect(agenda.annotations[0].documentation.map((d) => d.symbols.map((s) => s.text))).toEqual([['A/1/2']]);
  });
});

describe('references to agenda items', () => {
  it.each<[string, string[], string[]]>([
    ['В рамках пункта 2 повестки дня Рабочая группа рассмотрит', ['2'], ['пункта 2']],
    ['обсуждения по пунктам 2 и 3 повестки дня', ['2', '3'], ['пунктам 2 и 3']],
    ['в пункте 7 резолюции 9/1', [], []],
    ['في إطار البند 2 من جدول الأعمال', ['2'], ['البند 2']],
    ['البندين 2 و3 من جدول الأعمال', ['2', '3'], ['البندين 2 و3']],
    ['الفقرة 5 من القرار', [], []],
    ['在议程项目2下，工作组不妨讨论', ['2'], ['议程项目2']],
    ['关于议程项目2和3的讨论', ['2', '3'], ['议程项目2和3']],
    ['议程项目 1(b)', ['1'], ['议程项目 1(b)']],
    ['议程项目2至4', ['2', '3', '4'], ['议程项目2至4']],
  ])('%s', (text, numbers, spans) => {
    const found = findItemReferences(text);
    expect(found.flatMap((r) => r.targets.map((t) => t.number))).toEqual(numbers);
    expect(found.map((r) => r.text)).toEqual(spans);
  });

  it.each<[string, string, string | null]>([
    ['1 a)', '1', 'a'],
    ['1 (ب)', '1', 'b'],
    ['2（c）', '2', 'c'],
    ['4', '4', null],
  ])('annex label %j', (text, number, letter) => expect(parseItemRef(text)).toEqual({ number, letter }));
});

describe('Arabic labels rewritten by edits keep their script', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['\t(ب)\t', null, 'c', '\t(ج)\t'],
    ['(أ)\t', null, 'k', '(ك)\t'],
    ['1 (ب)', '2', 'a', '2 (أ)'],
    ['3', '4', null, '4'],
    ['\tb)\t', null, 'c', '\tc)\t'],
    ['\t(b)\t', null, 'd', '\t(d)\t'],
  ])('%j → number %s, letter %s', (label, number, letter, expected) =>
    expect(relabel(label, number, letter)).toBe(expected),
  );

  it.each<[string, string]>([
    ['a', 'أ'],
    ['c', 'ج'],
    ['j', 'ي'],
    ['k', 'ك'],
    ['z', 'ض'],
  ])('%s → %s and back', (latin, arabic) => {
    expect(abjadSubItemLetter(latin)).toBe(arabic);
    expect(latinSubItemLetter(arabic)).toBe(latin);
  });
});

describe('annex slot times', () => {
  it.each<[string, boolean]>([
    ['10 час. 00 мин. – 13 час. 00 мин.', true],
    ['15 ч. 00 м.–18 ч. 00 м.', true],
    ['10 час.', true],
    ['上午10时至下午1时', true],
    ['下午3时至6时', true],
    ['下午3时30分', true],
    ['上午', true],
    ['10:00–13:00', true],
    ['3', false],
    ['3 (a)', false],
    ['10时候', false],
  ])('%j → %s', (text, slot) => expect(isTimeSlot(text)).toBe(slot));
});
