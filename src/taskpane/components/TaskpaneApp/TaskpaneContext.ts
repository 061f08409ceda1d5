/** The task pane's shared state, provided by TaskpaneApp and read by every panel. */
import { createContext, useContext } from 'react';
import type { Agenda } from '../../../engine/model';
import type { EditPlan } from '../../../engine/plan';
import type { Snapshot } from '../../../engine/snapshot';
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
  /** The last plan applied, shown as "what changed". */
  lastApplied: EditPlan | null;
  trackChanges: boolean;
  setTrackChanges: (on: boolean) => void;
  /** Findings of the last "Run checks", recomputed after every edit; null before the first run. */
  findings: Finding[] | null;
  runChecks: () => void;
  /** Applies a plan (once, however often it is clicked), re-reads the document; true when it was applied. */
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

export const TaskpaneContext = createContext<TaskpaneState | null>(null);

export function useTaskpane(): TaskpaneState {
  const state = useContext(TaskpaneContext);
  if (!state) throw new Error('useTaskpane must be used inside TaskpaneApp');
  return state;
}
