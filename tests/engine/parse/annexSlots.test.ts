import { parseAgenda } from '../../../src/engine/parse';
import { doc, p, table } from '../../helpers/snapshotBuilder';

const agenda = (rows: string[][]) =>
  parseAgenda(
    doc(
      p('Provisional agenda', 'Heading 2'),
      p('1.\tOpening of the meeting.'),
      p('2.\tAdoption of the report.'),
      p('Annex', 'Heading 1'),
      table([['Date and time', 'Agenda item', 'Title or description'], ...rows]),
    ).build(),
  );

describe('annex slots without items', () => {
  it('keeps an empty slot and drops a described break', () => {
    const annex = agenda([
      ['Monday, 1 July', '', ''],
      ['10 a.m.–1 p.m.', '1', 'Opening of the meeting'],
      ['1–3 p.m.', '', 'Lunch break'],
      ['3–6 p.m.', '', ''],
      ['Tuesday, 2 July', '', ''],
      ['10 a.m.–1 p.m.', '2', 'Adoption of the report'],
    ]).annex;
    expect(annex?.days.map((d) => d.slots.map((s) => [s.time, s.rows.length]))).toEqual([
      [
        ['10 a.m.–1 p.m.', 1],
        ['3–6 p.m.', 0],
      ],
      [['10 a.m.–1 p.m.', 1]],
    ]);
  });
});
