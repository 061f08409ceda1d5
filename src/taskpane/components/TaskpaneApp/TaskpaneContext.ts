/** The task pane's shared state, provided by TaskpaneApp and read by every panel. */
import { createContext, useContext } from 'react';
import type { Agenda } from '../../../engine/model';
import type { EditPlan } from '../../../engine/plan';
import type { Snapshot } from '../../../engine/snapshot';
import type { HouseStyleId, PaneSettings } from '../../paneSettings';
import type { AgendaService, Finding } from '../../service';

/** One reading of the document: the snapshot and what the parser made of it. */
export interface AgendaDocument {
  snapshot: Snapshot;
  agenda: Agenda;
}

export interface TaskpaneState {
  service: AgendaService;
  /** Null until the first read succeeds. */
  document: AgendaDocument | null;
  /** What is running now ("Applying the change"), null when idle. Every action is refused while one runs. */
  busy: string | null;
  error: string | null;
  /** The last plan applied, shown as "what changed", with its inverse when it can be undone. */
  lastResult: LastResult | null;
  /** Applies the inverse of the last plan, if the document still reads as the plan left it. */
  undo(): Promise<void>;
  /** The pane's settings as saved in the document. */
  settings: PaneSettings;
  /** The house style the document shows by itself (used while `settings.houseStyle` is null). */
  inferredStyle: HouseStyleId;
  /** Saves new settings in the document; findings follow at once. */
  updateSettings(next: PaneSettings): Promise<void>;
  trackChanges: boolean;
  setTrackChanges: (on: boolean) => void;
  /** Findings of the last "Run checks" (rules switched off left out, ignored ones included), recomputed after every
   *  edit and settings change; null before the first run. */
  findings: Finding[] | null;
  runChecks: () => void;
  /** Applies a plan (once, however often it is clicked), re-reads the document, selects where the edit is (so the
   *  document scrolls there); true when it was applied. */
  apply: (plan: EditPlan) => Promise<boolean>;
  /** Runs a task with progress and error reporting; undefined when it failed or another task was running. */
  run: <T>(label: string, task: () => Promise<T>) => Promise<T | undefined>;
  reload: () => Promise<void>;
  /** Shows an error thrown outside `run` (e.g. by planning) as the one-line message. */
  report: (error: unknown) => void;
  /** The one-line message for an error, without showing it. */
  describe: (error: unknown) => string;
  dismissError: () => void;
  dismissNotice: () => void;
}

export interface LastResult {
  plan: EditPlan;
  /** The inverse plan against the document as the plan left it; null when the change cannot be undone here. */
  undo: EditPlan | null;
  /** True when `plan` was itself an undo. */
  undone: boolean;
}

export const TaskpaneContext = createContext<TaskpaneState | null>(null);

export function useTaskpane(): TaskpaneState {
  const state = useContext(TaskpaneContext);
  if (!state) throw new Error('useTaskpane must be used inside TaskpaneApp');
  return state;
}
