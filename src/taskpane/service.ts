/**
 * Everything the task pane asks of the rest of Agenda Desk, behind one small interface: the Word gateway (bound to
 * a host), the parser, the checks and the edit operations. The UI depends only on this, so component tests inject
 * a fake built from builder snapshots, and the real wiring (`createAgendaService`) stays in one place.
 */
import { fixAll, rules, runChecks } from '../engine/checks';
import { compareVersion, type VersionFinding } from '../engine/compare';
import type { CheckSettings, Finding, RuleMeta, Severity } from '../engine/checks/types';
import type { Agenda, Location } from '../engine/model';
import * as operations from '../engine/operations';
import { OperationError } from '../engine/operations/errors';
import { parseAgenda } from '../engine/parse';
import type { EditPlan } from '../engine/plan';
import { createSkeleton, SkeletonInputError, type SkeletonInput } from '../engine/skeleton';
import type { Snapshot } from '../engine/snapshot';
import type { WordHost } from '../word/api';
import { applyPlan, withApplyWarnings } from '../word/applyPlan';
import { readDocumentSetting, writeDocumentSetting } from '../word/documentSettings';
import { GatewayError } from '../word/errors';
import { readSnapshot } from '../word/readSnapshot';
import { selectLocation } from '../word/select';
import type { SelfTestReport } from '../word/selfTest';
import { SETTINGS_KEY } from './paneSettings';

export type { CheckSettings, Finding, RuleMeta, Severity, VersionFinding };

/** The differences between the open document and one other language version. */
export interface VersionComparison {
  file: string;
  findings: VersionFinding[];
  error?: string;
}

/** How the open document is named in comparison findings. */
export const OPEN_DOCUMENT = 'this document';

/**
 * Opens a .docx that is not the document in Word (a language version read from disk) as a WordHost. The pane's
 * host injects it (src/office and src/preview: the Word simulator, loaded on demand), so the task pane itself
 * never imports the simulator.
 */
export type OpenDocument = (bytes: Uint8Array) => Promise<WordHost>;

/**
 * Reads each file through `openDocument` and the same gateway code as Word, then compares it with the open document.
 */
export async function compareWithFiles(
  open: { snapshot: Snapshot; agenda: Agenda },
  files: { name: string; bytes: Uint8Array }[],
  openDocx: OpenDocument,
): Promise<VersionComparison[]> {
  const original = { file: OPEN_DOCUMENT, ...open };
  const out: VersionComparison[] = [];
  for (const { name, bytes } of files) {
    try {
      const snapshot = await readSnapshot(await openDocx(bytes));
      const agenda = parseAgenda(snapshot);
      if (agenda.items.length === 0) throw new Error('holds no agenda (no numbered list of items was found).');
      out.push({ file: name, findings: compareVersion(original, { file: name, snapshot, agenda }) });
    } catch (error) {
      out.push({
        file: name,
        findings: [],
        error: `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      });
    }
  }
  return out;
}

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
  /** Resolves to the plan as carried out: with Word's warnings (a fallback that could not mend) added. */
  applyPlan(plan: EditPlan, options: { trackChanges: boolean }): Promise<EditPlan>;
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
  /**
   * Compares the open document with other language versions of it, given as .docx bytes (read from disk by a file
   * input: nothing leaves the machine). A file that cannot be read, or holds no agenda, gets `error`.
   */
  compareWithFiles(
    open: { snapshot: Snapshot; agenda: Agenda },
    files: { name: string; bytes: Uint8Array }[],
  ): Promise<VersionComparison[]>;
  /** True for errors whose `message` is written for the user (GatewayError, OperationError, bad skeleton input). */
  isUserError(error: unknown): boolean;
  /** "Check this Word": the gateway's assumptions run on the document, which is left as it was. */
  selfTest?: () => Promise<SelfTestReport>;
}

/** The real service: the gateway on `host` (Word, or the simulator in the preview), the engine as it is. */
export function createAgendaService(host: WordHost, openDocument?: OpenDocument): AgendaService {
  return {
    readSnapshot: () => readSnapshot(host),
    applyPlan: async (plan, options) =>
      withApplyWarnings(plan, await applyPlan(host, plan, { trackChanges: options.trackChanges })),
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
    compareWithFiles: (open, files) =>
      openDocument
        ? compareWithFiles(open, files, openDocument)
        : Promise.reject(new Error('Reading other .docx files is not available in this pane.')),
    isUserError: (error) =>
      error instanceof GatewayError || error instanceof OperationError || error instanceof SkeletonInputError,
  };
}
