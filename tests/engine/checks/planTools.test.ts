import { emptySummary, type Edit, type EditPlan } from '../../../src/engine/plan';
import { mergePlans, replaceTextPlan, setCellPlan } from '../../../src/engine/planTools';
import { doc, p, table } from '../../helpers/snapshotBuilder';

const snapshot = doc(
  p('Alpha beta gamma'),
  p('Delta epsilon'),
  table([
    ['a', 'b'],
    ['c', 'd'],
  ]),
).build();

function plan(...edits: Edit[]): EditPlan {
  return { description: 'x', edits, expectations: [], tableExpectations: [], warnings: [], summary: emptySummary() };
}

describe('replaceTextPlan and setCellPlan', () => {
  test('carry what they expect to find', () => {
    expect(replaceTextPlan(snapshot, 0, 6, 10, 'BETA', 'd')).toMatchObject({
      edits: [{ kind: 'replaceText', paragraph: 0, start: 6, end: 10, expected: 'beta', text: 'BETA' }],
      expectations: [{ paragraph: 0, text: 'Alpha beta gamma' }],
    });
    expect(setCellPlan(snapshot, 0, 1, 0, [{ text: 'C' }], 'd')).toMatchObject({
      edits: [{ kind: 'setCell', table: 0, row: 1, cell: 0, expected: 'c', runs: [{ text: 'C' }] }],
      expectations: [{ paragraph: 4, text: 'c' }],
      tableExpectations: [
        {
          table: 0,
          values: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
      ],
    });
  });
});

describe('mergePlans', () => {
  const r = (paragraph: number, start: number, end: number): Edit => ({
    kind: 'replaceText',
    paragraph,
    start,
    end,
    expected: '',
    text: 'x',
  });
  const cell = (row: number, c: number): Edit => ({ kind: 'setCell', table: 0, row, cell: c, expected: '', runs: [] });

  test.each<[string, EditPlan[], number[]]>([
    ['disjoint ranges of one paragraph', [plan(r(0, 0, 5)), plan(r(0, 6, 10))], []],
    ['touching ranges', [plan(r(0, 0, 5)), plan(r(0, 5, 10))], []],
    ['overlapping ranges', [plan(r(0, 0, 6)), plan(r(0, 5, 10))], [1]],
    ['two insertions at one point', [plan(r(0, 5, 5)), plan(r(0, 5, 5))], [1]],
    ['different paragraphs', [plan(r(0, 0, 5)), plan(r(1, 0, 5))], []],
    ['two cells of one row', [plan(cell(1, 0)), plan(cell(1, 1))], []],
    ['one cell twice', [plan(cell(1, 0)), plan(cell(1, 0))], [1]],
    [
      'a cell rewrite and a text edit in that cell',
      [setCellPlan(snapshot, 0, 1, 0, [{ text: 'C' }], 'd'), replaceTextPlan(snapshot, 4, 0, 1, 'X', 'd')],
      [1],
    ],
    ['a whole plan is skipped when one of its edits collides', [plan(r(0, 0, 5)), plan(r(1, 0, 2), r(0, 3, 4))], [1]],
  ])('%s', (_name, plans, skipped) => {
    expect(mergePlans(plans, 'all').skipped).toEqual(skipped);
  });

  test('sorts edits in document order and unites expectations', () => {
    const merged = mergePlans(
      [
        replaceTextPlan(snapshot, 1, 0, 5, 'D', 'a'),
        replaceTextPlan(snapshot, 0, 6, 10, 'B', 'b'),
        replaceTextPlan(snapshot, 0, 0, 5, 'A', 'c'),
      ],
      'all',
    ).plan;
    expect(merged.edits.map((e) => (e.kind === 'replaceText' ? [e.paragraph, e.start] : []))).toEqual([
      [0, 0],
      [0, 6],
      [1, 0],
    ]);
    expect(merged.expectations).toEqual([
      { paragraph: 0, text: 'Alpha beta gamma' },
      { paragraph: 1, text: 'Delta epsilon' },
    ]);
    expect(merged.summary.paragraphsChanged).toBe(3);
  });
});
