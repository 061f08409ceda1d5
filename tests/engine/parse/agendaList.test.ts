import { parseAgenda } from '../../../src/engine/parse';
import { doc, list, p } from '../../helpers/snapshotBuilder';

const titles = (snapshot: ReturnType<ReturnType<typeof doc>['build']>) =>
  parseAgenda(snapshot).items.map((i) => [i.number, i.title, i.subItems.map((s) => `${s.letter}:${s.title}`)]);

describe('provisional agenda list', () => {
  it.each<[string, string[]]>([
    ['"1.\\tTitle"', ['1.\tOpening of the session.', '2.\tAdoption of the agenda.']],
    ['"1. Title"', ['1. Opening of the session.', '2. Adoption of the agenda.']],
    ['"1\\tTitle"', ['1\tOpening of the session', '2\tAdoption of the agenda']],
    ['"Item 1. Title"', ['Item 1.\tOpening of the session;', 'Item 2.\tAdoption of the agenda.']],
  ])('items typed as %s', (_name, lines) => {
    const snap = doc(
      p('Provisional agenda', 'Heading 2'),
      ...lines.map((l) => p(l)),
      p('Annotations', 'Heading 2'),
    ).build();
    expect(titles(snap)).toEqual([
      ['1', 'Opening of the session', []],
      ['2', 'Adoption of the agenda', []],
    ]);
  });

  it.each<[string, string[]]>([
    ['"\\t(a)\\tTitle"', ['\t(a)\tElection of officers;', '\t(b)\tAdoption of the agenda.']],
    ['"(a) Title"', ['(a) Election of officers;', '(b) Adoption of the agenda.']],
    ['"a) Title"', ['a) Election of officers;', 'b) Adoption of the agenda.']],
    ['"a)\\tTitle"', ['\ta)\tElection of officers;', '\tb)\tAdoption of the agenda.']],
  ])('sub-items typed as %s', (_name, lines) => {
    const snap = doc(
      p('Provisional agenda'),
      p('1.\tOrganizational matters:'),
      ...lines.map((l) => p(l)),
      p('2.\tOther matters.'),
    ).build();
    expect(titles(snap)).toEqual([
      ['1', 'Organizational matters', ['a:Election of officers', 'b:Adoption of the agenda']],
      ['2', 'Other matters', []],
    ]);
  });

  it('reads a Word auto-numbered list (only titles typed)', () => {
    const snap = doc(
      p('Provisional agenda', 'Heading 2'),
      list('Organizational matters:', '1.', 0),
      list('Opening of the meeting;', '(a)', 1),
      list('Adoption of the agenda.', 'a)', 1),
      list('Other matters.', '2.', 0),
    ).build();
    const agenda = parseAgenda(snap);
    expect(titles(snap)).toEqual([
      ['1', 'Organizational matters', ['a:Opening of the meeting', 'a:Adoption of the agenda']],
      ['2', 'Other matters', []],
    ]);
    expect(agenda.items[0]).toMatchObject({
      numbering: 'auto',
      labelSpan: null,
      titleSpan: { start: 0, end: 22 },
      terminator: ':',
    });
  });

  it.each([
    ['I. Provisional agenda', 'Heading 1'],
    ['II.\tProvisional agenda', 'Normal'],
    ['PROVISIONAL AGENDA', 'Normal'],
    ['Ordre du jour provisoire', 'Heading 2'],
    ['Programa provisional', 'Normal'],
  ])('finds the agenda heading %j (%s) by its text', (heading, style) => {
    const snap = doc(
      p('Note by the Secretariat'),
      p(heading, style),
      p('1.\tOuverture de la session.'),
      p('2.\tQuestions diverses.'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.sections.agenda).toBe(1);
    expect(agenda.items.map((i) => i.title)).toEqual(['Ouverture de la session', 'Questions diverses']);
  });

  it('takes a chapter heading numbered by the list ("I." as list string)', () => {
    const snap = doc(
      list('Provisional agenda', 'I.', 0, 'Heading 1'),
      p('1.\tOpening.'),
      list('Annotations', 'II.', 0, 'Heading 1'),
      p('1.\tOpening'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.sections).toEqual({ agenda: 0, annotations: 2, annex: null });
    expect(agenda.items).toHaveLength(1);
    expect(agenda.annotations.map((a) => a.heading.title)).toEqual(['Opening']);
  });

  it('keeps numbering with gaps (checks report them)', () => {
    const snap = doc(
      p('Provisional agenda'),
      p('1.\tOpening.'),
      p('2.\tElection.'),
      p('4.\tOther matters.'),
      p('4.\tAdoption of the report.'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '4', '4']);
    expect(agenda.problems).toEqual([expect.objectContaining({ code: 'masthead/symbol-not-found' })]);
  });

  it('keeps the colon of a parent title out of the title and the title span', () => {
    const snap = doc(
      p('Provisional agenda'),
      p('3.\tMatters pertaining to the review: the way forward:'),
      p('\t(a)\tFirst;'),
    ).build();
    const [item] = parseAgenda(snap).items;
    expect(item).toMatchObject({ title: 'Matters pertaining to the review: the way forward', terminator: ':' });
    expect(snap.paragraphs[1].text.slice(item.titleSpan.start, item.titleSpan.end)).toBe(item.title);
  });

  it('without a heading, starts at the first line numbered 1 and stops at the annotations numbered 1 again', () => {
    const snap = doc(
      p('A/78/100'),
      p('1.\tOpening of the session.'),
      p('2.\tAdoption of the agenda.'),
      p('1.\tOpening of the session', 'Heading 3'),
      p('The session will be opened.'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(agenda.sections.agenda).toBe(1);
    expect(agenda.annotations.map((a) => a.item)).toEqual(['1']);
  });

  it('ends the list at running text', () => {
    const snap = doc(
      p('Provisional agenda'),
      p('1.\tOpening.'),
      p('The agenda was approved by the Bureau.'),
      p('2.\tNot an item of the list.'),
    ).build();
    expect(parseAgenda(snap).items.map((i) => i.number)).toEqual(['1']);
  });

  it('reports a sub-item before any item', () => {
    const snap = doc(p('Provisional agenda'), p('(a)\tOpening;'), p('1.\tOther.')).build();
    expect(parseAgenda(snap).problems.map((pr) => pr.code)).toContain('agenda/orphan-sub-item');
  });
});

describe('not an agenda', () => {
  it('gives no items and one clear problem', () => {
    const snap = doc(
      p('Dear colleagues,'),
      p('Please find attached the minutes of our meeting.'),
      p('Kind regards'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.items).toEqual([]);
    expect(agenda.annotations).toEqual([]);
    expect(agenda.annex).toBeNull();
    expect(agenda.problems[0].code).toBe('agenda/not-found');
    expect(agenda.problems[0].message).toMatch(/No provisional agenda found/);
  });

  it('an empty document', () => {
    const agenda = parseAgenda(doc().build());
    expect(agenda.problems.map((pr) => pr.code)).toEqual(['agenda/not-found']);
  });
});
