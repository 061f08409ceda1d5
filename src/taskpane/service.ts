/**
 * Everything the task pane asks of the rest of Agenda Desk, behind one small interface: the Word gateway (bound to
 * a host), the parser, the checks and the edit operations. The UI depends only on this, so component tests inject
 * a fake built from builder snapshots, and the real wiring (`createAgendaService`) stays in one place.
 */
import { fixAll, rules, runChecks } from '../engine/checks';
import type { CheckSettings, Finding, RuleMeta, Severity } from '../engine/checks/types';
import type { Agenda, Location } from '../engine/model';
import * as operations from '../engine/operations';
import { OperationError } from '../engine/operations/errors';
import { parseAgenda } from '../engine/parse';
import type { EditPlan } from '../engine/plan';
import { createSkeleton, SkeletonInputError, type SkeletonInput } from '../engine/skeleton';
import type { Snapshot } from '../engine/snapshot';
import type { WordHost } from '../word/api';
import { applyPlan } from '../word/applyPlan';
import { readDocumentSetting, writeDocumentSetting } from '../word/documentSettings';
import { GatewayError } from '../word/errors';
import { readSnapshot } from '../word/readSnapshot';
import { selectLocation } from '../word/select';
import type { SelfTestReport } from '../word/selfTest';
import { SETTINGS_KEY } from './paneSettings';

export type { CheckSettings, Finding, RuleMeta, Severity };

/**
 * The edit operations as the task pane addresses them: items by their number as written ("3"), sub-items as
 * "1 (b)", positions of new items as 1-based ordinals, of new sub-items as "1 (c)".
 */
export interface AgendaOperations {
  insertItem(snapshot: Snapshot, agenda: Agenda, args: { position: number; title: string }): EditPlan;
  removeItem(snapshot: Snapshot, agenda: Agenda, args: { item: string }): EditPlan;
  moveItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; to: number }): EditPlan;
  renameItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; title: string }): EditPlan;
  insertSubItem(snapshot: Snapshot, agenda: Agenda, args: { position: string; title: string }): EditPlan;
  removeSubItem(snapshot: Snapshot, agenda: Agenda, args: { item: string }): EditPlan;
  /** `to` is the sub-item's new place, written like `item`: "1 (a)". */
  moveSubItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; to: string }): EditPlan;
  renameSubItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; title: string }): EditPlan;
  regenerateAnnex(snapshot: Snapshot, agenda: Agenda): EditPlan;
}

export interface AgendaService {
  readSnapshot(): Promise<Snapshot>;
  applyPlan(plan: EditPlan, options: { trackChanges: boolean }): Promise<unknown>;
  selectLocation(location: Location): Promise<void>;
  parseAgenda(snapshot: Snapshot): Agenda;
  runChecks(snapshot: Snapshot, agenda: Agenda, settings?: Partial<CheckSettings>): Finding[];
  /** The pane's settings as saved in the document (`document.settings`), null when it holds none. */
  readSettings(): Promise<unknown>;
  writeSettings(value: unknown): Promise<void>;
  fixAll(findings: Finding[]): EditPlan;
  rules: readonly RuleMeta[];
  operations: AgendaOperations;
  createSkeleton(snapshot: Snapshot, input: SkeletonInput): EditPlan;
  /** True for errors whose `message` is written for the user (GatewayError, OperationError, bad skeleton input). */
  isUserError(error: unknown): boolean;
  /** "Check this Word": the gateway's assumptions run on the document, which is left as it was. */
  selfTest?: () => Promise<SelfTestReport>;
}

/** The real service: the gateway on `host` (Word, or the simulator in the preview), the engine as it is. */
export function createAgendaService(host: WordHost): AgendaService {
  return {
    readSnapshot: () => readSnapshot(host),
    applyPlan: (plan, options) => applyPlan(host, plan, { trackChanges: options.trackChanges }),
    // Loaded on demand: the self-test is not needed for the first paint.
    selfTest: () => import('../word/selfTest').then((m) => m.runSelfTest(host)),
    selectLocation: (location) => selectLocation(host, location),
    parseAgenda,
    runChecks: (snapshot, agenda, settings) => runChecks(snapshot, agenda, settings),
    readSettings: () => readDocumentSetting(host, SETTINGS_KEY),
    writeSettings: (value) => writeDocumentSetting(host, SETTINGS_KEY, value),
    fixAll,
    rules: rules.map((rule) => rule.meta),
    operations: {
      insertItem: operations.insertItem,
      removeItem: operations.removeItem,
      moveItem: operations.moveItem,
      renameItem: operations.renameItem,
      insertSubItem: operations.insertSubItem,
      removeSubItem: operations.removeSubItem,
      moveSubItem: operations.moveSubItem,
      renameSubItem: operations.renameSubItem,
      regenerateAnnex: operations.regenerateAnnex,
    },
    createSkeleton,
    isUserError: (error) =>
      error instanceof GatewayError || error instanceof OperationError || error instanceof SkeletonInputError,
  };
}
