/**
 * State of the whole task pane: the current reading of the document, the pane's settings saved in it, the running
 * task, errors, the last change (with its inverse for Undo) and the checks' findings. Applying is guarded by a ref
 * as well as by disabled buttons, because two clicks can arrive before React re-renders the disabled button: a
 * double click must apply once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditPlan } from '../../../engine/plan';
import { userMessage } from '../../errors';
import {
  checkSettingsOf,
  EMPTY_SETTINGS,
  inferHouseStyle,
  parsePaneSettings,
  type PaneSettings,
} from '../../paneSettings';
import type { AgendaService, Finding } from '../../service';
import { firstChangedParagraph, inversePlan } from '../../undo/inversePlan';
import type { AgendaDocument, LastResult, TaskpaneState } from './TaskpaneContext';

export function useTaskpaneState(service: AgendaService, onDocumentChanged?: () => void): TaskpaneState {
  const [document, setDocument] = useState<AgendaDocument | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastResult, setLastResult] = useState<LastResult | null>(null);
  const [settings, setSettings] = useState<PaneSettings>(EMPTY_SETTINGS);
  const [trackChanges, setTrackChanges] = useState(false);
  const [checksRequested, setChecksRequested] = useState(false);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const busyRef = useRef(false);

  const describe = useCallback(
    (e: unknown) => userMessage(e, (x) => x instanceof UndoRefused || service.isUserError(x)),
    [service],
  );
  const report = useCallback((e: unknown) => setError(describe(e)), [describe]);

  const read = useCallback(async (): Promise<AgendaDocument> => {
    const snapshot = await service.readSnapshot();
    const next = { snapshot, agenda: service.parseAgenda(snapshot) };
    // Settings saved by another version (or none) read as far as they make sense; unreadable ones as none.
    setSettings(parsePaneSettings(await service.readSettings().catch(() => null)));
    setDocument(next);
    return next;
  }, [service]);
  const documentRef = useRef<AgendaDocument | null>(null);
  documentRef.current = document;

  const run = useCallback(
    async <T>(label: string, task: () => Promise<T>): Promise<T | undefined> => {
      if (busyRef.current) return undefined;
      busyRef.current = true;
      setBusy(label);
      setError(null);
      try {
        return await task();
      } catch (e) {
        report(e);
        return undefined;
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [report],
  );

  const reload = useCallback(async () => {
    await run('Reading the document', read);
  }, [run, read]);

  /** Applies `plan`; the new reading, the inverse for Undo, and a selection where the edit is (to scroll there). */
  const applyTracked = useCallback(
    async (plan: EditPlan, undone: boolean): Promise<void> => {
      const before = documentRef.current;
      let done: EditPlan;
      try {
        done = await service.applyPlan(plan, { trackChanges });
      } catch (e) {
        // A refused plan usually means the document moved on: read it again so the next try starts from it.
        await read().catch(() => undefined);
        throw e;
      }
      onDocumentChanged?.();
      const after = await read();
      const inverse =
        !undone && before ? inversePlan(before.snapshot, after.snapshot, `Undo: ${plan.description}`) : null;
      setLastResult({ plan: done, undo: inverse, undone });
      const changed = before ? firstChangedParagraph(before.snapshot, after.snapshot) : null;
      if (changed !== null) {
        const text = after.snapshot.paragraphs[changed]?.text ?? '';
        await service
          .selectLocation({ kind: 'paragraph', paragraph: changed, start: 0, end: text.length })
          .catch(() => undefined);
      }
    },
    [read, service, trackChanges, onDocumentChanged],
  );

  const apply = useCallback(
    async (plan: EditPlan): Promise<boolean> => {
      let applied = false;
      await run('Applying the change', async () => {
        await applyTracked(plan, false);
        applied = true;
      });
      return applied;
    },
    [run, applyTracked],
  );

  const undo = useCallback(async () => {
    const inverse = lastResult?.undo;
    if (!inverse) return;
    await run('Undoing the change', async () => {
      try {
        await applyTracked(inverse, true);
      } catch (e) {
        throw new UndoRefused(
          `Cannot undo: ${describe(e).replace(/^Something went wrong: /, '')} Nothing was changed.`,
        );
      }
    });
  }, [lastResult, run, applyTracked, describe]);

  // Settings apply at once and are written in order, the last one winning: an editor arrowing through the house
  // styles or flipping several rules must not have a change refused because the previous write is still running.
  const settingsWrites = useRef<Promise<void>>(Promise.resolve());
  const updateSettings = useCallback(
    async (next: PaneSettings) => {
      setSettings(next);
      const write = settingsWrites.current.then(async () => {
        try {
          await service.writeSettings(next);
          // The settings are part of the document: the preview counts them as an edit to download.
          onDocumentChanged?.();
        } catch (e) {
          report(e);
        }
      });
      settingsWrites.current = write;
      await write;
    },
    [service, onDocumentChanged, report],
  );

  const inferredStyle = useMemo(
    () => (document ? inferHouseStyle(document.agenda, document.snapshot) : 'newYork'),
    [document],
  );
  const checkSettings = useMemo(() => checkSettingsOf(settings, inferredStyle), [settings, inferredStyle]);

  useEffect(() => {
    void reload();
    // Read once when the pane opens; later reads follow edits or the user's "Read again".
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount: not again when reload changes
  }, []);

  // Findings follow the document and the settings: after every edit they are computed again from the new reading.
  useEffect(() => {
    if (!checksRequested || !document) return;
    try {
      setFindings(service.runChecks(document.snapshot, document.agenda, checkSettings));
    } catch (e) {
      report(e);
    }
  }, [checksRequested, document, service, report, checkSettings]);

  const runChecks = useCallback(() => {
    setLastResult(null);
    if (checksRequested && document) {
      try {
        setFindings(service.runChecks(document.snapshot, document.agenda, checkSettings));
      } catch (e) {
        report(e);
      }
    }
    setChecksRequested(true);
  }, [checksRequested, document, service, report, checkSettings]);

  return useMemo(
    () => ({
      service,
      document,
      busy,
      error,
      lastResult,
      undo,
      settings,
      inferredStyle,
      updateSettings,
      trackChanges,
      setTrackChanges,
      findings,
      runChecks,
      apply,
      run,
      reload,
      report,
      describe,
      dismissError: () => setError(null),
      dismissNotice: () => setLastResult(null),
    }),
    [
      service,
      document,
      busy,
      error,
      lastResult,
      undo,
      settings,
      inferredStyle,
      updateSettings,
      trackChanges,
      findings,
      runChecks,
      apply,
      run,
      reload,
      report,
      describe,
    ],
  );
}

/** Undo refused (the document moved on): its message is written for the user. */
class UndoRefused extends Error {
  override readonly name = 'UndoRefused';
}

/** True after `active` has stayed true for `delay` ms: short tasks never flash a spinner. */
export function useDelayedFlag(active: boolean, delay = 300): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay]);
  return shown;
}
