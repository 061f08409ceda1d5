/**
 * "Check this Word": runs the gateway's self-test in the user's Word and lists PASS / FAIL / SKIP per assumption
 * with what Word returned; the whole report can be copied and sent back (it becomes a simulator fixture).
 */
import { useEffect, useState, type ReactElement } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { formatReport, type SelfTestReport } from '../../../word/selfTest';
import { useSelfTestStyles } from './useSelfTestStyles';

export interface SelfTestDialogProps {
  run: () => Promise<SelfTestReport>;
  onClose: () => void;
}

export function SelfTestDialog({ run, onClose }: SelfTestDialogProps): ReactElement {
  const styles = useSelfTestStyles();
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    run().then(
      (result) => live && setReport(result),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [run]);
  const text = report ? formatReport(report) : '';
  const copy = async () => {
    await navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const failed = report?.results.filter((r) => r.status === 'FAIL').length ?? 0;
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Check this Word</DialogTitle>
          <DialogContent className={styles.content}>
            {!report && !error && (
              <Spinner size="small" label="Checking on a temporary part of the document, removed afterwards…" />
            )}
            {error && <Text role="alert">The self-test could not run: {error}</Text>}
            {report && (
              <>
                <Text>
                  Word {report.environment.platform} {report.environment.version}:{' '}
                  {failed === 0 ? 'every assumption holds.' : `${failed} assumption(s) fail.`}
                </Text>
                <ul className={styles.list} aria-label="Self-test results">
                  {report.results.map((r) => (
                    <li key={r.id}>
                      <strong className={r.status === 'FAIL' ? styles.fail : undefined}>{r.status}</strong> {r.title}{' '}
                      <span className={styles.observed}>({r.observed})</span>
                    </li>
                  ))}
                </ul>
                <textarea className={styles.report} readOnly value={text} aria-label="Report to copy" rows={6} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!report} onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy report'}
            </Button>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
