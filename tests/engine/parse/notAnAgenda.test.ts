/**
 * Not an agenda is not an agenda (issue 9, deliverable 7): a note, report or letter with numbered paragraphs holds
 * no agenda; an agenda is recognised from evidence an agenda has (its "Provisional agenda" heading in any of the
 * six languages, or a list of short titles that the annotations repeat), and a numbered line longer than a
 * heading is a paragraph, not an item.
 */
import { parseAgenda } from '../../../src/engine/parse';
import { doc, list, p } from '../../helpers/snapshotBuilder';

type Block = ReturnType<typeof p>;

const NOTE = [
  p(
    '1.\tThe secretariat has prepared this note in response to the request made by the Committee at its previous session.',
  ),
  p(
    '2.\tIn its resolution 77/1, the General Assembly requested the Secretary-General to brief Member States on the matter.',
  ),
  p('3.\tThe Committee may wish to take note of the information contained in the present note.'),
];

const itemsOf = (...blocks: Block[]): string[] =>
  parseAgenda(doc(...blocks).build()).items.map((i) => `${i.number} ${i.title}`);

describe('documents that hold no agenda', () => {
  test.each<[string, Block[]]>([
    [
      'a note by the Secretariat with numbered paragraphs',
      [p('A/AC.1/2024/INF/2'), p('Note by the Secretariat', 'Heading 1'), ...NOTE],
    ],
    [
      'a report with numbered paragraphs under chapter headings',
      [
        p('A/79/100'),
        p('I.\tIntroduction', 'Heading 1'),
        ...NOTE,
        p('II.\tConclusions', 'Heading 1'),
        p('4.\tThe Committee concluded its work.'),
      ],
    ],
    [
      'a letter with numbered points',
      [
        p('Dear colleagues,'),
        p('1.\tWe write to you about the session.'),
        p('2.\tThe dates are confirmed.'),
        p('Yours sincerely'),
      ],
    ],
    [
      'a Word-numbered briefing note',
      [
        p('Briefing note', 'Heading 1'),
        list('The secretariat has prepared this note in response to the request.', '1.'),
        list('The Committee may wish to take note of it.', '2.'),
      ],
    ],
    [
      '"Provisional agenda" followed by numbered paragraphs of running text',
      [
        p('Provisional agenda', 'Heading 1'),
        p(`1.\t${'The secretariat has prepared this note in response to the request. '.repeat(5)}`),
      ],
    ],
    [
      'a paragraph of two sentences after the heading',
      [
        p('Provisional agenda', 'Heading 1'),
        p('1.\tThe secretariat has prepared this note. It describes the arrangements.'),
      ],
    ],
  ])('%s', (_name, blocks) => {
    const agenda = parseAgenda(doc(...blocks).build());
    expect(agenda.items).toEqual([]);
    // The task pane offers the skeleton on exactly this problem.
    expect(agenda.problems.map((pr) => pr.code)).toContain('agenda/not-found');
  });
});

describe('agendas recognised from their evidence', () => {
  const list3 = [p('1.\tOpening of the session.'), p('2.\tAdoption of the agenda.'), p('3.\tOther matters.')];
  test.each<[string, Block[], string[]]>([
    [
      'English heading',
      [p('Provisional agenda', 'Heading 1'), ...list3],
      ['1 Opening of the session', '2 Adoption of the agenda', '3 Other matters'],
    ],
    [
      'French heading',
      [p('Ordre du jour provisoire'), p('1.\tOuverture de la session.'), p("2.\tAdoption de l'ordre du jour.")],
      ['1 Ouverture de la session', "2 Adoption de l'ordre du jour"],
    ],
    [
      'Spanish heading',
      [p('Programa provisional'), p('1.\tApertura del período de sesiones.')],
      ['1 Apertura del período de sesiones'],
    ],
    ['Russian heading', [p('Предварительная повестка дня'), p('1.\tОткрытие сессии.')], ['1 Открытие сессии']],
    ['Arabic heading', [p('جدول الأعمال المؤقت'), p('1.\tافتتاح الدورة.')], ['1 افتتاح الدورة']],
    ['Chinese heading', [p('临时议程'), p('1.\t会议开幕。')], ['1 会议开幕']],
    [
      'no heading: a short-title list the annotations repeat',
      [
        p('A/AC.1/2024/1'),
        ...list3,
        p('1.\tOpening of the session', 'Heading 2'),
        p('The session opens.'),
        p('2.\tAdoption of the agenda', 'Heading 2'),
        p('The agenda is adopted.'),
      ],
      ['1 Opening of the session', '2 Adoption of the agenda', '3 Other matters'],
    ],
    [
      'a numbered paragraph after the list ends it',
      [
        p('Provisional agenda', 'Heading 1'),
        ...list3,
        p(
          `4.\t${'The Committee will consider the report of the Executive Director on the implementation of the programme. '.repeat(4)}`,
        ),
      ],
      ['1 Opening of the session', '2 Adoption of the agenda', '3 Other matters'],
    ],
  ])('%s', (_name, blocks, items) => {
    expect(itemsOf(...blocks)).toEqual(items);
  });

  test('no heading and annotations that do not repeat the list: no agenda', () => {
    expect(itemsOf(p('A/AC.1/2024/1'), ...list3, p('Other text.'))).toEqual([]);
  });
});
