/**
 * Self-citations and stacked notes are not defects (issue 9, deliverable 5): the agenda's own symbol cited under
 * the item that adopts the agenda, in any wording and in the six languages, is not `symbol/duplicate`; two
 * footnote marks separated by ", " (set in superscript) are not `footnote/mark-position`.
 */
import { runChecks } from '../../../src/engine/checks';
import { parseAgenda } from '../../../src/engine/parse';
import type { Snapshot } from '../../../src/engine/snapshot';
import { doc, p } from '../../helpers/snapshotBuilder';

const OWN = 'A/AC.1/2024/1';

/** An agenda in one language: [list heading, annotations heading, documentation heading, adopting item, another item]. */
function agenda(words: [string, string, string, string, string], citation: string, underOther = false): Snapshot {
  const [listHeading, annotationsHeading, documentation, adopt, other] = words;
  return doc(
    p(OWN),
    p('New York, 6 May 2024'),
    p(listHeading, 'Heading 1'),
    p(`1.\t${adopt}.`),
    p(`2.\t${other}.`),
    p(annotationsHeading, 'Heading 1'),
    p(`1.\t${adopt}`, 'Heading 2'),
    p('…'),
    p(documentation, 'Heading 3'),
    p(underOther ? 'Note by the Secretariat (A/AC.1/2024/2)' : citation),
    p(`2.\t${other}`, 'Heading 2'),
    p('…'),
    p(documentation, 'Heading 3'),
    p(underOther ? citation : 'Note by the Secretariat (A/AC.1/2024/2)'),
  )
    .header(OWN)
    .build();
}

const rule = (snapshot: Snapshot, id: string) =>
  runChecks(snapshot, parseAgenda(snapshot))
    .filter((f) => f.rule === id)
    .map((f) => f.excerpt);

const EN: [string, string, string, string, string] = [
  'Provisional agenda',
  'Annotations',
  'Documentation',
  'Adoption of the agenda',
  'Review of the programme',
];

describe('symbol/duplicate: the agenda cites itself under the item that adopts it', () => {
  test.each<[string, [string, string, string, string, string], string]>([
    ['English, "Informal document"', EN, `Informal document (${OWN})`],
    ['English, "Annotated provisional agenda (…)"', EN, `Annotated provisional agenda (${OWN})`],
    ['English, the bare symbol', EN, OWN],
    [
      'English, a sub-heading that adopts',
      [
        'Provisional agenda',
        'Annotations',
        'Documentation',
        'Organizational matters: adoption of the agenda',
        'Review',
      ],
      `Informal document (${OWN})`,
    ],
    [
      'French',
      [
        'Ordre du jour provisoire',
        'Annotations',
        'Documentation',
        "Adoption de l'ordre du jour",
        'Examen du programme',
      ],
      `Document officieux (${OWN})`,
    ],
    [
      'Spanish',
      [
        'Programa provisional',
        'Anotaciones',
        'Documentación',
        'Aprobación del programa',
        'Examen del programa de trabajo',
      ],
      `Documento oficioso (${OWN})`,
    ],
    [
      'Russian',
      ['Предварительная повестка дня', 'Аннотации', 'Документация', 'Утверждение повестки дня', 'Обзор программы'],
      `Неофициальный документ (${OWN})`,
    ],
    [
      'Arabic',
      ['جدول الأعمال المؤقت', 'الشروح', 'الوثائق', 'إقرار جدول الأعمال', 'استعراض البرنامج'],
      `وثيقة غير رسمية (${OWN})`,
    ],
    ['Chinese', ['临时议程', '说明', '文件', '通过议程', '审查方案'], `非正式文件 (${OWN})`],
  ])('%s', (_name, words, citation) => {
    const snapshot = agenda(words, citation);
    expect(parseAgenda(snapshot).annotations[0].documentation.map((d) => d.symbols.map((s) => s.text))).toEqual([
      [OWN],
    ]);
    expect(rule(snapshot, 'symbol/duplicate')).toEqual([]);
  });

  test('under another item, the own symbol for another document is still reported', () => {
    expect(rule(agenda(EN, `Report on the programme (${OWN})`, true), 'symbol/duplicate')).toEqual([OWN]);
  });
});

describe('footnote/mark-position: stacked marks', () => {
  const TEXT = 'The Group will consider the work, and the programme.';
  const at = TEXT.indexOf(',');
  const withNotes = (text: string, offsets: number[]): Snapshot => {
    const builder = doc(
      p(OWN),
      p('Provisional agenda', 'Heading 1'),
      p('1.\tAdoption of the agenda.'),
      p('Annotations', 'Heading 1'),
      p('1.\tAdoption of the agenda', 'Heading 2'),
      p(text),
    ).header(OWN);
    offsets.forEach((offset) => builder.footnote('See the report.', { paragraph: 5, offset }));
    return builder.build();
  };
  test.each<[string, string, number[], string[]]>([
    ['one mark before a comma', TEXT, [at], ['work,']],
    // "the work¹, ² and": the text Word gives holds the superscript ", " between the marks.
    ['two marks separated by ", "', TEXT.replace('work, and', 'work,  and'), [at, at + 2], []],
    ['two marks separated by ","', TEXT, [at, at + 1], []],
    [
      'a stack of two marks before a comma of the text: at its last mark',
      TEXT.replace('work, and', 'work,, and'),
      [at, at + 1],
      ['work,,'],
    ],
    ['a mark after the comma', TEXT, [at + 1], []],
    // Word's own text holds each mark as U+0002 at its offset (office-js#2749).
    [
      'two marks separated by ", ", marks in the text',
      TEXT.replace('work, and', 'work\u0002, \u0002 and'),
      [at, at + 3],
      [],
    ],
    ['one mark before a comma, mark in the text', TEXT.replace('work, and', 'work\u0002, and'), [at], ['work,']],
  ])('%s', (_name, text, offsets, excerpts) => {
    expect(rule(withNotes(text, offsets), 'footnote/mark-position')).toEqual(excerpts);
  });
});
