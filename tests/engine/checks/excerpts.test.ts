/**
 * Excerpts show the words a reader must find (issue 9, deliverable 8): "under agenda item 8", not "8"; a combined
 * annex cell "Item 4: Review of …" with its item label; a list line with its title. The excerpt is always the
 * text at the finding's location.
 */
import { runChecks } from '../../../src/engine/checks';
import { textAt } from '../../../src/engine/checks/support';
import { parseAgenda } from '../../../src/engine/parse';
import type { Snapshot } from '../../../src/engine/snapshot';
import { doc, p, table } from '../../helpers/snapshotBuilder';

interface Shape {
  list?: string[];
  prose?: string;
  /** Annex rows [time, cell] with number and title in one cell. */
  rows?: [string, string][];
}

function agenda(shape: Shape): Snapshot {
  const list = shape.list ?? [
    '1.\tOpening of the session.',
    '2.\tAdoption of the agenda.',
    '3.\tElection of officers.',
    '4.\tReview of implementation.',
  ];
  const titles = list.map((l) => l.replace(/^\d+\.\t/u, '').replace(/\.$/u, ''));
  return doc(
    p('A/AC.8/2024/1'),
    p('New York, 6 May 2024'),
    p('Provisional agenda', 'Heading 1'),
    ...list.map((l) => p(l)),
    p('Annotations', 'Heading 1'),
    ...titles.flatMap((t, i) => [
      p(`${i + 1}.\t${t}`, 'Heading 2'),
      p(i === 0 && shape.prose ? shape.prose : 'The Committee will consider the item.'),
    ]),
    p('Annex', 'Heading 1'),
    p('Proposed organization of work', 'Heading 2'),
    table([
      ['Date and time', 'Item and title'],
      ['Monday, 6 May', ''],
      ...(shape.rows ??
        titles.map((t, i): [string, string] => [i === 0 ? '10 a.m.–1 p.m.' : '', `Item ${i + 1}: ${t}`])),
    ]),
  )
    .header('A/AC.8/2024/1')
    .build();
}

const TITLES = ['Opening of the session', 'Adoption of the agenda', 'Election of officers', 'Review of implementation'];
const combined = (changes: Record<number, string>): [string, string][] =>
  TITLES.map((t, i) => [i === 0 ? '10 a.m.–1 p.m.' : '', changes[i] ?? `Item ${i + 1}: ${t}`]);

test.each<[string, Shape, string, string]>([
  [
    'a reference to an item that does not exist',
    { prose: 'Documents under agenda item 8 will be introduced.' },
    'agenda/reference',
    'under agenda item 8',
  ],
  [
    'a range past the end',
    { prose: 'As agreed for items 3–6, the Committee will proceed.' },
    'agenda/reference',
    'for items 3–6',
  ],
  [
    'a sub-item that does not exist',
    { prose: 'In relation to item 2 (b), documents are listed.' },
    'agenda/reference',
    'to item 2 (b)',
  ],
  [
    'an annex title in a combined cell',
    { rows: combined({ 3: 'Item 4: Review of the implementation' }) },
    'annex/title',
    'Item 4: Review of the implementation',
  ],
  [
    'an unknown item in a combined cell',
    { rows: [...combined({}), ['3–6 p.m.', 'Item 8: Technical assistance']] },
    'annex/unknown-item',
    'Item 8: Technical assistance',
  ],
  [
    'a list line out of sequence',
    {
      list: [
        '1.\tOpening of the session.',
        '2.\tAdoption of the agenda.',
        '4.\tElection of officers.',
        '5.\tReview of implementation.',
      ],
    },
    'agenda/numbering',
    '4.\tElection of officers',
  ],
])('%s', (_name, shape, rule, excerpt) => {
  const snapshot = agenda(shape);
  const findings = runChecks(snapshot, parseAgenda(snapshot));
  expect(findings.filter((f) => f.rule === rule).map((f) => f.excerpt)).toEqual([excerpt]);
  for (const f of findings) expect([f.rule, textAt(snapshot, f.location)]).toEqual([f.rule, f.excerpt]);
});
