/**
 * State of the whole task pane: the current reading of the document, the running task, errors, the last change
 * and the checks' findings. Applying is guarded by a ref as well as by disabled buttons, because two clicks can
 * arrive before React re-renders the disabled button: a double click must apply once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditPlan } from '../../../engine/plan';
import { userMessage } from '../../errors';
import type { AgendaService, Finding } from '../../service';
import type { AgendaDocument, TaskpaneState } from './TaskpaneContext';

export function useTaskpaneState(service: AgendaService, onDocumentChanged?: () => void): TaskpaneState {
  const [document, setDocument] = useState<AgendaDocument | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastApplied, setLastApplied] = useState<EditPlan | null>(null);
  const [trackChanges, setTrackChanges] = useState(false);
  const [checksRequested, setChecksRequested] = useState(false);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const busyRef = useRef(false);

  const describe = useCallback((e: unknown) => userMessage(e, (x) => service.isUserError(x)), [service]);
  const report = useCallback((e: unknown) => setError(describe(e)), [describe]);

  const read = useCallback(async () => {
    const snapshot = await service.readSnapshot();
    setDocument({ snapshot, agenda: service.parseAgenda(snapshot) });
  }, [service]);

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

  const apply = useCallback(
    async (plan: EditPlan): Promise<boolean> => {
      let applied = false;
      await run('Applying the change', async () => {
        try {
          await service.applyPlan(plan, { trackChanges });
          applied = true;
        } catch (e) {
          // A refused plan usually means the document moved on: read it again so the next try starts from it.
          await read().catch(() => undefined);
          throw e;
        }
        setLastApplied(plan);
        onDocumentChanged?.();
        await read();
      });
      return applied;
    },
    [run, read, service, trackChanges, onDocumentChanged],
  );

  useEffect(() => {
    void reload();
    // Read once when the pane opens; later reads follow edits or the user's "Read again".
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount: not again when reload changes
  }, []);

  // Findings follow the document: after every edit they are computed again from the new reading.
  useEffect(() => {
    if (!checksRequested || !document) return;
    try {
      setFindings(service.runChecks(document.snapshot, document.agenda));
    } catch (e) {
      report(e);
    }
  }, [checksRequested, document, service, report]);

  const runChecks = useCallback(() => {
    setLastApplied(null);
    if (checksRequested && document) {
      try {
        setFindings(service.runChecks(document.snapshot, document.agenda));
      } catch (e) {
        report(e);
      }
    }
    setChecksRequested(true);
  }, [checksRequested, document, service, report]);

  return useMemo(
    () => ({
      service,
      document,
      busy,
      error,
      lastApplied,
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
      dismissNotice: () => setLastApplied(null),
    }),
    [service, document, busy, error, lastApplied, trackChanges, findings, runChecks, apply, run, reload, report, describe],
  );
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
