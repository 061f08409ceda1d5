/**
 * A fake AgendaService for component tests: documents are builder snapshots (the CTOC fixture by default) read by
 * the real parser; the gateway, checks and operations are jest mocks whose plans name what they were asked, so a
 * test can check what the task pane asked for without Word or the simulator.
 */
import { parseAgenda } from '../../src/engine/parse';
import type { EditPlan, PlanSummary } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';
import type { AgendaService, Finding, RuleMeta } from '../../src/taskpane/service';
import { ctocSnapshot } from '../fixtures/ctocSnapshot';

export function fakePlan(description: string, summary: Partial<PlanSummary> = {}, warnings: string[] = []): EditPlan {
  return {
    description,
    edits: [],
    expectations: [],
    tableExpectations: [],
    warnings,
    summary: {
      paragraphsChanged: 0,
      paragraphsInserted: 0,
      paragraphsDeleted: 0,
      rowsChanged: 0,
      referencesUpdated: 0,
      ...summary,
    },
  };
}

export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

export const RULES: RuleMeta[] = [
  { id: 'annex/title', description: 'Annex titles match the agenda.', severity: 'error', fixable: true },
  { id: 'symbol/year', description: 'Cited symbols carry the session year.', severity: 'warning', fixable: false },
];

export interface FakeService extends AgendaService {
  readSnapshot: jest.Mock<Promise<Snapshot>, []>;
  applyPlan: jest.Mock<Promise<EditPlan>, [EditPlan, { trackChanges: boolean }]>;
  selectLocation: jest.Mock;
  runChecks: jest.Mock<Finding[], [Snapshot, ReturnType<typeof parseAgenda>, unknown?]>;
  readSettings: jest.Mock<Promise<unknown>, []>;
  writeSettings: jest.Mock<Promise<void>, [unknown]>;
  fixAll: jest.Mock<EditPlan, [Finding[]]>;
  createSkeleton: jest.Mock;
  operations: { [K in keyof AgendaService['operations']]: jest.Mock<EditPlan, never[]> };
  /** What the next readSnapshot returns (the document after an edit). */
  setDocument(snapshot: Snapshot): void;
}

export function fakeService(snapshot: Snapshot = ctocSnapshot()): FakeService {
  let current = snapshot;
  let storedSettings: unknown = null;
  const op = (name: string) =>
    jest.fn((_s: Snapshot, _a: unknown, args?: Record<string, unknown>) =>
      fakePlan(`${name} ${JSON.stringify(args ?? {})}`, { paragraphsChanged: 1 }),
    );
  const service = {
    readSnapshot: jest.fn(async () => current),
    applyPlan: jest.fn(async (plan: EditPlan) => plan),
    selectLocation: jest.fn(async () => undefined),
    parseAgenda,
    runChecks: jest.fn(() => [] as Finding[]),
    readSettings: jest.fn(async () => storedSettings),
    writeSettings: jest.fn(async (value: unknown) => {
      storedSettings = value;
    }),
    fixAll: jest.fn((findings: Finding[]) =>
      fakePlan(`Fix ${findings.length} findings`, { rowsChanged: findings.length }),
    ),
    rules: RULES,
    operations: {
      insertItem: op('insertItem'),
      removeItem: op('removeItem'),
      moveItem: op('moveItem'),
      renameItem: op('renameItem'),
      insertSubItem: op('insertSubItem'),
      removeSubItem: op('removeSubItem'),
      moveSubItem: op('moveSubItem'),
      renameSubItem: op('renameSubItem'),
      regenerateAnnex: op('regenerateAnnex'),
    },
    createSkeleton: jest.fn(() => fakePlan('Insert a blank agenda', { paragraphsInserted: 20 })),
    isUserError: (error: unknown) =>
      error instanceof UserFacingError || (error instanceof Error && error.name === 'GatewayError'),
    setDocument(next: Snapshot) {
      current = next;
    },
  };
  return service as unknown as FakeService;
}

/** A promise the test resolves when it wants: for slow gateway calls. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
