import { createSkeleton, formatMeetingDates, SkeletonInputError } from '../../src/engine/skeleton';
import type { Edit, NewParagraph } from '../../src/engine/plan';
import { doc, p, table } from '../helpers/snapshotBuilder';
import { applyToSnapshot } from '../../src/engine/applyToSnapshot';
import { runChecks } from '../../src/engine/checks';
import { parseAgenda } from '../../src/engine/parse';

const input = {
  body: 'Working Group on the Smuggling of Migrants',
  venue: 'Vienna',
  dates: ['2023-10-05', '2023-10-06'],
  symbol: 'CTOC/COP/WG.7/2023/1',
  issued: '2023-07-11',
};

function edit<K extends Edit['kind']>(edits: Edit[], kind: K): Extract<Edit, { kind: K }> {
  const found = edits.find((e): e is Extract<Edit, { kind: K }> => e.kind === kind);
  if (!found) throw new Error(`no ${kind} edit`);
  return found;
}

const texts = (paragraphs: NewParagraph[]) => paragraphs.map((para) => para.text);

describe('createSkeleton', () => {
  const snapshot = doc(p('Some notes the user typed.'), p('')).build();
  const plan = createSkeleton(snapshot, input);
  const paragraphs = edit(plan.edits, 'insertParagraphs');
  const annex = edit(plan.edits, 'insertTable');
  const masthead = plan.edits[2] as Extract<Edit, { kind: 'insertTable' }>;

  it('appends after the last body paragraph and expects its text unchanged', () => {
    expect(paragraphs).toMatchObject({ anchor: 1, position: 'After' });
    expect(annex.anchor).toBe(1);
    expect(plan.expectations).toEqual([{ paragraph: 1, text: '' }]);
  });

  it('inserts the annex table, the paragraphs, then the masthead table, so that Word insert-after orders them', () => {
    expect(plan.edits.map((e) => e.kind)).toEqual(['insertTable', 'insertParagraphs', 'insertTable', 'setHeader']);
    expect(masthead).toMatchObject({
      anchor: 1,
      headerRows: 0,
      rules: 'masthead',
      rightAligned: [{ row: 0, cell: 1 }],
    });
  });

  // Issue 12: UN documents carry their symbol in the running header (symbol/own); a header with text of its own is the
  // document's and is left alone, with a warning; without a symbol there is nothing to write.
  it.each<[string, string[], string | undefined, Edit[], number]>([
    [
      'no header yet',
      [],
      'CTOC/COP/WG.7/2023/1',
      [{ kind: 'setHeader', expected: '', text: 'CTOC/COP/WG.7/2023/1' }],
      0,
    ],
    ['a header of its own', ['Draft – for internal use'], 'CTOC/COP/WG.7/2023/1', [], 1],
    ['a header with the symbol', ['CTOC/COP/WG.7/2023/1'], 'CTOC/COP/WG.7/2023/1', [], 0],
    ['no symbol given', [], undefined, [], 0],
  ])('running header: %s', (_name, headers, symbol, edits, warnings) => {
    const made = createSkeleton({ ...snapshot, headers }, { ...input, symbol });
    expect(made.edits.filter((e) => e.kind === 'setHeader')).toEqual(edits);
    expect(made.warnings).toHaveLength(warnings);
  });

  // The sample CTOC/COP/WG.7/2023/1: a borderless table, "United Nations" beside the symbol, the parent organ
  // beside "Distr.: General", the date of issue, an empty line and "Original: English"; body, venue and dates follow.
  it('lays the masthead out as the sample: a table of two rows, then the body and the venue with the dates', () => {
    const withParent = createSkeleton(snapshot, {
      ...input,
      parentBody: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    });
    expect((withParent.edits[2] as Extract<Edit, { kind: 'insertTable' }>).rows).toEqual([
      ['United Nations', 'CTOC/COP/WG.7/2023/1'],
      [
        'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
        'Distr.: General\n11 July 2023\n\nOriginal: English',
      ],
    ]);
    expect(texts(edit(withParent.edits, 'insertParagraphs').paragraphs).slice(0, 3)).toEqual([
      'Working Group on the Smuggling of Migrants',
      'Vienna, 5 and 6 October 2023',
      'Annotated provisional agenda',
    ]);
  });

  it('puts the body in the masthead when no parent organ is given, and writes a limited distribution', () => {
    const limited = createSkeleton(snapshot, { ...input, distribution: 'Limited' });
    expect((limited.edits[2] as Extract<Edit, { kind: 'insertTable' }>).rows[1]).toEqual([
      'Working Group on the Smuggling of Migrants',
      'Distr.: Limited\n11 July 2023\n\nOriginal: English',
    ]);
    expect(texts(edit(limited.edits, 'insertParagraphs').paragraphs)[0]).toBe('Vienna, 5 and 6 October 2023');
  });

  it('starts the annex on a new page, and only the annex', () => {
    const breaks = paragraphs.paragraphs.filter((para) => para.pageBreakBefore).map((para) => para.text);
    expect(breaks).toEqual(['Annex']);
  });

  it('lists the three standard items with typed numbers and a full stop', () => {
    const all = texts(paragraphs.paragraphs);
    const start = all.indexOf('Provisional agenda');
    expect(all.slice(start + 1, start + 4)).toEqual([
      '1.\tOpening of the session.',
      '2.\tAdoption of the agenda and organization of work.',
      '3.\tAdoption of the report.',
    ]);
    expect(paragraphs.paragraphs[start].style).toEqual({ name: 'Heading 2', builtIn: 'Heading2' });
  });

  it('gives every item an annotation heading (Heading 3, no full stop) and one placeholder paragraph', () => {
    const all = paragraphs.paragraphs;
    const start = all.findIndex((para) => para.text === 'Annotations');
    const section = all.slice(start + 1, start + 7);
    expect(section.map((para) => [para.text, para.style?.builtIn])).toEqual([
      ['1.\tOpening of the session', 'Heading3'],
      ['[Annotation to be drafted.]', 'Normal'],
      ['2.\tAdoption of the agenda and organization of work', 'Heading3'],
      ['[Annotation to be drafted.]', 'Normal'],
      ['3.\tAdoption of the report', 'Heading3'],
      ['[Annotation to be drafted.]', 'Normal'],
    ]);
    expect(texts(all).slice(-2)).toEqual(['Annex', 'Proposed organization of work']);
  });

  it('builds the annex: header, a day row per date with its weekday, two slots a day, every item once', () => {
    expect(annex.headerRows).toBe(1);
    expect(annex.rows).toEqual([
      ['Date and time', 'Agenda item', 'Title or description'],
      ['Thursday, 5 October', '', ''],
      ['10 a.m.–1 p.m.', '1', 'Opening of the session'],
      ['', '2', 'Adoption of the agenda and organization of work'],
      ['3–6 p.m.', '', ''],
      ['Friday, 6 October', '', ''],
      ['10 a.m.–1 p.m.', '', ''],
      ['3–6 p.m.', '3', 'Adoption of the report'],
    ]);
  });

  it('summarises what it inserts', () => {
    expect(plan.summary).toEqual({
      paragraphsChanged: 0,
      paragraphsInserted: paragraphs.paragraphs.length,
      paragraphsDeleted: 0,
      rowsChanged: annex.rows.length + masthead.rows.length,
      referencesUpdated: 0,
    });
    expect(plan.description).toContain('Vienna');
  });

  it('leaves the symbol cell empty when no symbol is given, and fills both slots of a one-day meeting', () => {
    const oneDay = createSkeleton(snapshot, { ...input, symbol: undefined, dates: ['2023-10-05'] });
    expect((oneDay.edits[2] as Extract<Edit, { kind: 'insertTable' }>).rows[0]).toEqual(['United Nations', '']);
    expect(edit(oneDay.edits, 'insertTable').rows.slice(1)).toEqual([
      ['Thursday, 5 October', '', ''],
      ['10 a.m.–1 p.m.', '1', 'Opening of the session'],
      ['', '2', 'Adoption of the agenda and organization of work'],
      ['3–6 p.m.', '3', 'Adoption of the report'],
    ]);
  });

  it('anchors on the last paragraph outside tables when the document ends with a table', () => {
    const endsWithTable = doc(p('Intro'), table([['a', 'b']])).build();
    expect(edit(createSkeleton(endsWithTable, input).edits, 'insertTable').anchor).toBe(0);
  });

  it('sorts and de-duplicates the meeting dates', () => {
    const plan2 = createSkeleton(snapshot, { ...input, dates: ['2023-10-06', '2023-10-05', '2023-10-06'] });
    expect(texts(edit(plan2.edits, 'insertParagraphs').paragraphs)).toContain('Vienna, 5 and 6 October 2023');
  });

  it.each([
    [{ body: ' ' }, 'Type the name of the meeting body.'],
    [{ venue: '' }, 'Type the venue of the meeting.'],
    [{ dates: [] }, 'Give at least one meeting date.'],
    [{ dates: ['2023-02-30'] }, 'The meeting date "2023-02-30" is not a date (yyyy-mm-dd).'],
    [{ dates: ['5 October'] }, 'The meeting date "5 October" is not a date (yyyy-mm-dd).'],
  ])('refuses invalid input %p with one line', (override, message) => {
    const call = () => createSkeleton(snapshot, { ...input, ...override });
    expect(call).toThrow(SkeletonInputError);
    expect(call).toThrow(message);
  });
});

describe('formatMeetingDates', () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each([
    [['2023-10-05'], '5 October 2023'],
    [['2023-10-05', '2023-10-06'], '5 and 6 October 2023'],
    [['2023-10-05', '2023-10-06', '2023-10-07'], '5–7 October 2023'],
    [['2023-10-05', '2023-10-07', '2023-10-09'], '5, 7 and 9 October 2023'],
    [['2023-09-30', '2023-10-01'], '30 September and 1 October 2023'],
    [['2023-09-29', '2023-09-30', '2023-10-01'], '29 September–1 October 2023'],
    [['2023-12-31', '2024-01-01', '2024-01-02'], '31 December 2023–2 January 2024'],
    [['2023-12-31', '2024-01-01'], '31 December 2023 and 1 January 2024'],
  ])('%p → %s', (dates, expected) => {
    expect(formatMeetingDates(dates.map(d))).toBe(expected);
  });
});

describe('createSkeleton, read back', () => {
  // The plan applied as the gateway would (applyToSnapshot mirrors its semantics), then parsed and checked:
  // the skeleton must read as an agenda and carry no error of its own.
  const blank = doc(p('')).build();
  const after = applyToSnapshot(blank, createSkeleton(blank, input));
  const agenda = parseAgenda(after);

  it('is read as an agenda: three items, their annotations, the annex with both days', () => {
    expect(agenda.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Opening of the session'],
      ['2', 'Adoption of the agenda and organization of work'],
      ['3', 'Adoption of the report'],
    ]);
    expect(agenda.annotations.map((a) => a.item)).toEqual(['1', '2', '3']);
    // Slots without rows (Thursday afternoon, Friday morning) are not reported by the parser, so only the
    // slots that carry items are compared.
    const slotsWithRows = agenda.annex?.days.map((d) => [
      d.label,
      d.date,
      d.slots.filter((s) => s.rows.length > 0).map((s) => [s.time, s.rows.map((r) => r.item)]),
    ]);
    expect(slotsWithRows).toEqual([
      ['Thursday, 5 October', '2023-10-05', [['10 a.m.–1 p.m.', ['1', '2']]]],
      ['Friday, 6 October', '2023-10-06', [['3–6 p.m.', ['3']]]],
    ]);
    expect(agenda.masthead.meeting).toMatchObject({ venue: 'Vienna', dates: ['2023-10-05', '2023-10-06'] });
    expect(agenda.masthead.symbol?.value).toBe('CTOC/COP/WG.7/2023/1');
    expect(agenda.masthead.distribution?.value).toBe('General');
    expect(agenda.masthead.date?.iso).toBe('2023-07-11');
    expect(agenda.masthead.body?.value).toBe('Working Group on the Smuggling of Migrants');
    // the masthead is a table of its own, before the annex
    expect(after.tables).toHaveLength(2);
    expect(after.tables[0].values[0]).toEqual(['United Nations', 'CTOC/COP/WG.7/2023/1']);
  });

  it('passes the checks with no finding at all: the symbol is in the running header too', () => {
    expect(after.headers).toEqual(['CTOC/COP/WG.7/2023/1']);
    expect(runChecks(after, agenda).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
