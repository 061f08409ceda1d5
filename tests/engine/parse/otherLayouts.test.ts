/**
 * A whole agenda in another house's layout (Geneva style): masthead as paragraphs, chapter numbers from a Word
 * list ("I.", "II."), "a)" sub-items, "Item N." annotation headings in body style, documents in small tables,
 * "Annex II" with a "Provisional timetable" whose table has separate Date and Time columns, a time on every
 * row, an "Introduced by" column, a lunch row and "Item N: Title" cells. The expected outline is written from
 * the document text below, not from the parser's output.
 */
import { parseAgenda } from '../../../src/engine/parse';
import { toOutline } from '../../../src/engine/outline';
import { genevaSnapshot } from '../../fixtures/genevaSnapshot';

const snapshot = genevaSnapshot();

describe('an agenda in another layout', () => {
  const agenda = parseAgenda(snapshot);
  const outline = toOutline(agenda);

  it('reads masthead, items and annotations', () => {
    expect(outline.problems).toEqual([]);
    expect(outline.symbol).toBe('ECE/TRANS/WP.29/2024/1');
    expect(outline.meeting).toEqual({ venue: 'Geneva', dates: ['2024-03-05', '2024-03-06', '2024-03-07'] });
    expect(agenda.masthead.body?.value).toBe('World Forum for Harmonization of Vehicle Regulations');
    expect(agenda.masthead.parentBody?.value).toBe('Economic and Social Council');
    expect(agenda.masthead.date?.iso).toBe('2024-01-15');
    expect(outline.items).toEqual([
      { number: '1', title: 'Adoption of the agenda', subItems: [] },
      {
        number: '2',
        title: 'Coordination of work',
        subItems: [
          { letter: 'a', title: 'Report of the session' },
          { letter: 'b', title: 'Programme of work' },
        ],
      },
      { number: '3', title: 'Other business', subItems: [] },
    ]);
    expect(outline.annotations).toEqual([
      {
        item: '1',
        title: 'Adoption of the agenda',
        documentation: [{ text: 'ECE/TRANS/WP.29/2024/1 | Provisional agenda', symbols: ['ECE/TRANS/WP.29/2024/1'] }],
      },
      {
        item: '2',
        title: 'Coordination of work',
        documentation: [
          {
            text: 'ECE/TRANS/WP.29/2024/2 – ECE/TRANS/2024/5 | Programme of work',
            symbols: ['ECE/TRANS/WP.29/2024/2 – ECE/TRANS/2024/5'],
          },
        ],
      },
      { item: '3', title: 'Other business', documentation: [] },
    ]);
    expect(agenda.annotations[1].subHeadings.map((h) => h.label)).toEqual(['a', 'b']);
    // "Annex I" ends the annotations.
    expect(agenda.annotations[2].lastParagraph).toBe(agenda.sections.annex === null ? -1 : agenda.sections.annex - 1);
  });

  it('reads the timetable of Annex II', () => {
    expect(agenda.annex).toMatchObject({ title: 'Provisional timetable', columns: { time: 1, item: 2, title: 2 } });
    expect(snapshot.paragraphs[agenda.annex?.headingParagraph ?? -1].text).toBe('Annex II');
    expect(outline.annex).toEqual({
      days: [
        {
          label: 'Tuesday, 5 March',
          date: '2024-03-05',
          slots: [
            { time: '10.00–10.30', rows: [{ item: 'Item 1', title: 'Adoption of the agenda', continued: false }] },
            { time: '10.30–13.00', rows: [{ item: 'Item 2 (a)', title: 'Report of the session', continued: false }] },
            { time: '15.00–18.00', rows: [{ item: 'Item 2 (a)', title: 'Report of the session', continued: true }] },
          ],
        },
        {
          label: 'Wednesday, 6 March',
          date: '2024-03-06',
          slots: [
            { time: '10.00–13.00', rows: [{ item: 'Item 2 (b)', title: 'Programme of work', continued: false }] },
            { time: '15.00–17.30', rows: [{ item: 'Item 3', title: 'Other business', continued: false }] },
          ],
        },
      ],
    });
    const row = agenda.annex?.days[0].slots[1].rows[0];
    expect(row?.ref).toEqual({ number: '2', letter: 'a' });
  });

  it('finds the references in the annotations', () => {
    expect(agenda.references.map((r) => r.targets.map((t) => t.number))).toEqual([['2', '3']]);
  });
});
