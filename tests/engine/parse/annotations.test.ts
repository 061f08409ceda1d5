import { parseAgenda } from '../../../src/engine/parse';
import { doc, list, p, table } from '../../helpers/snapshotBuilder';

const AGENDA = [
  p('Provisional agenda', 'Heading 2'),
  p('1.\tAdoption of the agenda.'),
  p('2.\tReview of implementation:'),
  p('\t(a)\tLegislation;'),
  p('\t(b)\tPractice.'),
  p('3.\tOther matters.'),
];

describe('annotation headings', () => {
  it.each<[string, string[]]>([
    ['"1.\\tTitle" in Heading 3', ['1.\tAdoption of the agenda', '2.\tReview of implementation', '3.\tOther matters']],
    [
      '"Item 1.\\tTitle"',
      ['Item 1.\tAdoption of the agenda', 'Item 2.\tReview of implementation', 'Item 3.\tOther matters'],
    ],
    [
      '"Item 1: Title"',
      ['Item 1: Adoption of the agenda', 'Item 2: Review of implementation', 'Item 3: Other matters'],
    ],
    [
      '"Agenda item 1\\tTitle"',
      [
        'Agenda item 1\tAdoption of the agenda',
        'Agenda item 2\tReview of implementation',
        'Agenda item 3\tOther matters',
      ],
    ],
  ])('%s', (name, headings) => {
    const style = name.includes('Heading 3') ? 'Heading 3' : 'Normal';
    const snap = doc(
      ...AGENDA,
      p('II. Annotations', 'Heading 1'),
      p(headings[0], style),
      p('The Working Group will adopt its agenda.'),
      p(headings[1], style),
      p('Text on the review.'),
      p(headings[2], style),
      p('No other matters are foreseen.'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(
      agenda.annotations.map((a) => [a.item, a.heading.title, a.paragraphs.map((i) => snap.paragraphs[i].text)]),
    ).toEqual([
      ['1', 'Adoption of the agenda', ['The Working Group will adopt its agenda.']],
      ['2', 'Review of implementation', ['Text on the review.']],
      ['3', 'Other matters', ['No other matters are foreseen.']],
    ]);
    const h = agenda.annotations[1].heading;
    expect(snap.paragraphs[h.paragraph].text.slice(h.labelSpan?.start, h.labelSpan?.end)).toBe(
      headings[1].split(/\t| (?=R)/u)[0],
    );
  });

  it('"Agenda item 1" alone is a heading with an empty title', () => {
    const snap = doc(...AGENDA, p('Annotations'), p('Agenda item 1'), p('Text.')).build();
    const [a] = parseAgenda(snap).annotations;
    expect(a).toMatchObject({ item: '1', heading: { title: '' } });
  });

  it.each<[string, (text: string) => ReturnType<typeof p>]>([
    ['Word-numbered in a body style', (text) => list(text, '4.', 0, '_ Single Txt_G')],
    ['typed in a body style', (text) => p(`4.\t${text}`, '_ Single Txt_G')],
  ])(
    'a numbered running paragraph ending with a colon is not a heading when the headings have another form (%s)',
    (_name, numbered) => {
      const snap = doc(
        ...AGENDA,
        p('Annotations', 'Heading 2'),
        p('1. Adoption of the agenda', '_ H_1_G'),
        p('2. Review of implementation', '_ H_1_G'),
        numbered('The Working Group is invited to consider the following'.concat(':')),
        p('(a) Legislation', '_ H_23_G'),
        p('3. Other matters', '_ H_1_G'),
      ).build();
      expect(parseAgenda(snap).annotations.map((a) => [a.item, a.heading.title])).toEqual([
        ['1', 'Adoption of the agenda'],
        ['2', 'Review of implementation'],
        ['3', 'Other matters'],
      ]);
    },
  );

  it("a short numbered line in the headings' own form stays a heading even with a title unlike the list's", () => {
    const snap = doc(
      ...AGENDA,
      p('Annotations'),
      p('1.\tAdoption of the agenda'),
      p('Text.'),
      p('2.\tReview of the implementation of the Convention'),
      p('Text.'),
    ).build();
    expect(parseAgenda(snap).annotations.map((a) => [a.item, a.heading.title])).toEqual([
      ['1', 'Adoption of the agenda'],
      ['2', 'Review of the implementation of the Convention'],
    ]);
  });

  it('numbered paragraphs of running text are not headings', () => {
    const snap = doc(
      ...AGENDA,
      p('Annotations', 'Heading 2'),
      p('1.\tAdoption of the agenda', 'Heading 3'),
      p('1.\tThe Working Group will be opened on Monday at 10 a.m., and the Chair will make a statement.'),
      p('2.\tIt will then adopt its agenda, as set out in the document before it.'),
      p('Item 5 will be taken up later.'),
      p('2.\tReview of implementation', 'Heading 3'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.annotations.map((a) => [a.item, a.paragraphs.length])).toEqual([
      ['1', 3],
      ['2', 0],
    ]);
  });

  it('sub-item headings "(a)" and "a)" belong to their item', () => {
    const snap = doc(
      ...AGENDA,
      p('Annotations', 'Heading 2'),
      p('2.\tReview of implementation', 'Heading 3'),
      p('(a)\tLegislation', 'Heading 3'),
      p('Text (a).'),
      p('b)\tPractice'),
      p('(a) the criminalization of services; and (b) the practice;'),
    ).build();
    const [a] = parseAgenda(snap).annotations;
    expect(a.subHeadings.map((h) => [h.label, h.title])).toEqual([
      ['a', 'Legislation'],
      ['b', 'Practice'],
    ]);
    expect(a.paragraphs).toHaveLength(2);
  });

  it('auto-numbered annotation headings', () => {
    const snap = doc(
      ...AGENDA,
      p('Annotations', 'Heading 2'),
      list('Adoption of the agenda', '1.', 0, 'Heading 3'),
      p('Text.'),
    ).build();
    const [a] = parseAgenda(snap).annotations;
    expect(a).toMatchObject({ item: '1', heading: { title: 'Adoption of the agenda', labelSpan: null } });
  });
});

describe('documentation', () => {
  it('entries are the paragraphs after "Documentation" up to the next heading', () => {
    const snap = doc(
      ...AGENDA,
      p('Annotations', 'Heading 2'),
      p('1.\tAdoption of the agenda', 'Heading 3'),
      p('Documentation', 'Heading 4'),
      p('Provisional agenda and annotations (CTOC/COP/WG.7/2023/1)'),
      p('CTOC/COP/WG.7/2023/INF/1'),
      p('Report on the review (A/78/1 – E/2024/1)'),
      p('2.\tReview of implementation', 'Heading 3'),
      p('Text.'),
    ).build();
    const [a1, a2] = parseAgenda(snap).annotations;
    expect(a1.documentation.map((d) => [d.text, d.symbols.map((s) => s.parts)])).toEqual([
      ['Provisional agenda and annotations (CTOC/COP/WG.7/2023/1)', [['CTOC/COP/WG.7/2023/1']]],
      ['CTOC/COP/WG.7/2023/INF/1', [['CTOC/COP/WG.7/2023/INF/1']]],
      ['Report on the review (A/78/1 – E/2024/1)', [['A/78/1', 'E/2024/1']]],
    ]);
    expect(a1.paragraphs).toEqual([]);
    expect(a2.paragraphs).toHaveLength(1);
    const s = a1.documentation[2].symbols[0];
    expect(s.location).toMatchObject({ kind: 'paragraph', start: 22, end: 39 });
  });

  it('entries from a small table (title | symbol | for decision), header row left out', () => {
    const snap = doc(
      ...AGENDA,
      p('Annotations', 'Heading 2'),
      p('Item 1.\tAdoption of the agenda'),
      p('Documents'),
      table([
        ['Title', 'Symbol', 'For decision'],
        ['Provisional agenda and annotations', 'E/CN.15/2024/1', 'Yes'],
        ['Report of the Secretary-General', 'E/CN.15/2024/2-E/CN.7/2024/2', ''],
      ]),
      p('Item 2.\tReview of implementation'),
    ).build();
    const agenda = parseAgenda(snap);
    const [a1, a2] = agenda.annotations;
    expect(a1.documentation.map((d) => d.symbols.map((s) => s.text))).toEqual([
      ['E/CN.15/2024/1'],
      ['E/CN.15/2024/2-E/CN.7/2024/2'],
    ]);
    expect(a1.documentation[1].text).toBe('Report of the Secretary-General | E/CN.15/2024/2-E/CN.7/2024/2');
    expect(a1.documentation[0].symbols[0].location).toMatchObject({ kind: 'cell', table: 0, row: 1, cell: 1 });
    expect(a2.item).toBe('2');
    // The documents table is not mistaken for an annex.
    expect(agenda.annex).toBeNull();
  });

  it('French and Spanish headings', () => {
    const snap = doc(
      p('Programa provisional'),
      p('1.\tApertura del período de sesiones.'),
      p('Anotaciones'),
      p('1.\tApertura del período de sesiones'),
      p('Documentación'),
      p('Programa provisional anotado (E/CN.7/2024/1)'),
    ).build();
    const [a] = parseAgenda(snap).annotations;
    expect(a.documentation.map((d) => d.symbols[0].text)).toEqual(['E/CN.7/2024/1']);
  });
});
