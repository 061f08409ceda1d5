import fc from 'fast-check';
import { parseAgenda, parseItemRef } from '../../../src/engine/parse';
import type { Snapshot } from '../../../src/engine/snapshot';
import { doc, list, p, table } from '../../helpers/snapshotBuilder';

describe('references in the document', () => {
  const snap = doc(
    p('Item 3 of the provisional agenda'),
    p('A/AC.1/2024/1'),
    p('Provisional agenda', 'Heading 2'),
    p('1.\tAdoption of the agenda.'),
    p('2.\tConsideration of item 1 of the previous session.'),
    p('Annotations', 'Heading 2'),
    p('1.\tAdoption of the agenda', 'Heading 3'),
    p('Under agenda items 2 and 3, see resolution 7/1, paragraph 12 and 53 (h) (A/78/1).'),
    p('2.\tFollow-up to item 1 (b)', 'Heading 3'),
    p('Annex', 'Heading 1'),
    table([
      ['Date and time', 'Agenda item', 'Title or description'],
      ['Monday, 1 March 2024', '', ''],
      ['10 a.m.', '1', 'Adoption of the agenda'],
    ]),
  ).build();
  const agenda = parseAgenda(snap);

  it('scans running text and heading titles, not the masthead, the agenda list, heading labels or the annex', () => {
    expect(agenda.references.map((r) => [r.paragraph, r.text])).toEqual([
      [7, 'agenda items 2 and 3'],
      [8, 'item 1 (b)'],
    ]);
  });

  it('gives spans in the paragraph (heading title offsets included)', () => {
    for (const ref of agenda.references) {
      expect(snap.paragraphs[ref.paragraph].text.slice(ref.span.start, ref.span.end)).toBe(ref.text);
    }
    const [, heading] = agenda.references;
    expect(heading.targets).toEqual([{ number: '1', letter: 'b', span: { start: 21, end: 22 } }]);
  });
});

describe('parseItemRef (public API)', () => {
  it.each<[string, { number: string; letter: string | null } | null]>([
    ['1 (b)', { number: '1', letter: 'b' }],
    ['3', { number: '3', letter: null }],
    ['1(b)', { number: '1', letter: 'b' }],
    ['Item 3', { number: '3', letter: null }],
    ['resolution 7/1', null],
  ])('%j', (text, expected) => expect(parseItemRef(text)).toEqual(expected));
});

describe('never throws', () => {
  const paragraph = fc.record({
    text: fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Provisional agenda',
        'Annotations',
        'Annex',
        'Documentation',
        '1.\t',
        '(a)\t',
        'Item 1:',
        'Thursday, 5 October',
        '10 a.m.–1 p.m.',
        'A/1/2-',
      ),
    ),
    style: fc.constantFrom('Normal', 'Heading 1', 'Heading 3', 'List Paragraph'),
    numbered: fc.option(fc.tuple(fc.constantFrom('1.', '(a)', 'I.', '', '•'), fc.integer({ min: 0, max: 3 }))),
  });
  const block = fc.oneof(
    paragraph.map((para) =>
      para.numbered ? list(para.text, para.numbered[0], para.numbered[1], para.style) : p(para.text, para.style),
    ),
    fc
      .array(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('Date and time', 'Agenda item', 'Title', '1 (a)', 'Monday, 1 March', '3–6 p.m.'),
          ),
          { maxLength: 4 },
        ),
        { maxLength: 5 },
      )
      .map((rows) => table(rows)),
  );

  it('on random documents', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 30 }), fc.array(fc.string(), { maxLength: 2 }), (blocks, headers) => {
        let builder = doc(...blocks);
        for (const h of headers) builder = builder.header(h);
        const agenda = parseAgenda(builder.build());
        expect(agenda.problems.some((pr) => pr.code === 'parse/internal-error')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on a malformed snapshot', () => {
    const agenda = parseAgenda({ paragraphs: null, tables: undefined } as unknown as Snapshot);
    expect(agenda.items).toEqual([]);
    expect(agenda.problems[0].code).toBe('agenda/not-found');
  });
});
