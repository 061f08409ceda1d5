/**
 * Agendas as other duty stations write them must not draw false alarms: chapter numbers, "Item 1." headings,
 * documents in small tables, a "Provisional timetable" with a time on every row, number and title in one cell,
 * an "Introduced by" column, lunch rows, 24-hour times.
 */
import { runChecks } from '../../../src/engine/checks';
import { parseAgenda } from '../../../src/engine/parse';
import { doc, p, table } from '../../helpers/snapshotBuilder';

function geneva() {
  return doc(
    table([
      ['', 'United Nations', 'ECE/TRANS/WP.29/2024/1'],
      ['', 'Economic and Social Council', 'Distr.: General\n4 January 2024\n\nOriginal: English'],
    ]),
    p('Economic Commission for Europe'),
    p('Inland Transport Committee'),
    p('World Forum for Harmonization of Vehicle Regulations'),
    p('Geneva, 5–8 March 2024'),
    p('Annotated provisional agenda for the 192nd session', 'Heading 1'),
    p('I.\tProvisional agenda', 'Heading 2'),
    p('1.\tAdoption of the agenda.'),
    p('2.\tCoordination and organization of work:'),
    p('\t(a)\tReport of the session of the Administrative Committee;'),
    p('\t(b)\tProgramme of work.'),
    p('3.\tOther business.'),
    p('II.\tAnnotations', 'Heading 2'),
    p('Item 1.\tAdoption of the agenda', 'Heading 3'),
    p(
      'The World Forum will open its session on Tuesday, 5 March 2024, at 10.00 and consider item 2 (b) on 6 March (see ECE/TRANS/WP.29/1175, para. 12.30).',
    ),
    table([
      ['Document', 'Symbol'],
      ['Provisional agenda', 'ECE/TRANS/WP.29/2024/1'],
    ]),
    p('Item 2.\tCoordination and organization of work', 'Heading 3'),
    p(
      'Under item 2 (a), the World Forum will hear the report; under agenda item 3 of the Inland Transport Committee, see ECE/TRANS/2024/3.',
    ),
    p('Item 3.\tOther business', 'Heading 3'),
    p('No proposals have been received; see paragraphs 10.11–10.15 of the report and resolution 7/1.'),
    p('Annex', 'Heading 1'),
    p('Provisional timetable', 'Heading 2'),
    table([
      ['Date and time', 'Agenda item', 'Introduced by'],
      ['Tuesday, 5 March', '', ''],
      ['10.00 – 10.15', 'Item 1: Adoption of the agenda', 'Chair'],
      ['10.15 – 13.00', 'Item 2 (a): Report of the session of the Administrative Committee', 'Secretariat'],
      ['13.00 – 15.00', 'Lunch', ''],
      ['15.00 – 18.00', 'Item 2 (b): Programme of work', 'Secretariat'],
      ['Wednesday, 6 March', '', ''],
      ['10.00 – 13.00', 'Item 2 (b): Programme of work (continued)', 'Secretariat'],
      ['15.00 – 18.00', 'Item 3: Other business', 'Chair'],
    ]),
  )
    .header('ECE/TRANS/WP.29/2024/1')
    .footnote('Available at https://unece.org/transport/vehicle-regulations.', { paragraph: 15, offset: 20 })
    .build();
}

test('a Geneva agenda in the 24-hour convention draws no finding', () => {
  const snapshot = geneva();
  const agenda = parseAgenda(snapshot);
  expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  expect(agenda.annotations.map((a) => a.item)).toEqual(['1', '2', '3']);
  const rows = (agenda.annex?.days ?? []).flatMap((d) => d.slots.flatMap((s) => s.rows));
  expect(rows.map((r) => [r.item, r.continued])).toEqual([
    ['Item 1', false],
    ['Item 2 (a)', false],
    ['Item 2 (b)', false],
    ['Item 2 (b)', true],
    ['Item 3', false],
  ]);
  expect(runChecks(snapshot, agenda, { timeConvention: '24h' }).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
});

test('without settings its own 24-hour times are its convention: no finding', () => {
  const snapshot = geneva();
  expect(runChecks(snapshot, parseAgenda(snapshot)).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
});

test('settings that ask for the 12-hour style override the inference: warnings on the times only', () => {
  const snapshot = geneva();
  const findings = runChecks(snapshot, parseAgenda(snapshot), { timeConvention: '12h' });
  expect(new Set(findings.map((f) => `${f.rule} ${f.severity}`))).toEqual(new Set(['time/format warning']));
});

test('a title differing in a combined "Item N: title" cell is found and fixed in place', () => {
  const snapshot = geneva();
  const cell = snapshot.paragraphs.find((para) => para.text === 'Item 3: Other business')!;
  cell.text = 'Item 3: Any other business';
  snapshot.tables[cell.cell!.table].values[cell.cell!.row][cell.cell!.cell] = cell.text;
  const findings = runChecks(snapshot, parseAgenda(snapshot), { timeConvention: '24h' });
  expect(findings.map((f) => [f.rule, f.excerpt])).toEqual([['annex/title', 'Item 3: Any other business']]);
  expect(findings[0].fix?.edits).toEqual([
    {
      kind: 'replaceText',
      paragraph: cell.index,
      start: 8,
      end: 26,
      expected: 'Any other business',
      text: 'Other business',
    },
  ]);
});
