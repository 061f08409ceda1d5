/**
 * Progress, errors and "what changed", above the panels. The error is always one plain sentence; the progress
 * indicator appears only for tasks that take longer than 300 ms, so quick edits do not flicker. The result banner
 * stays compact (two lines at most, warnings behind "Details") and offers Undo for the last change.
 */
import { useState, type ReactElement } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowUndoRegular, DismissRegular } from '@fluentui/react-icons';
import { asSentence, count, summaryText } from '../../format';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { useDelayedFlag } from '../TaskpaneApp/useTaskpaneState';
import { useStatusAreaStyles } from './useStatusAreaStyles';

export function StatusArea(): ReactElement {
  const { busy, error, lastResult, dismissError, dismissNotice, undo } = useTaskpane();
  const showProgress = useDelayedFlag(busy !== null, 300);
  const [details, setDetails] = useState(false);
  const styles = useStatusAreaStyles();
  const plan = lastResult?.plan;
  const warnings = plan?.warnings ?? [];
  return (
    <div className={styles.root}>
      {showProgress && busy && <Spinner size="tiny" labelPosition="after" label={`${busy}…`} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label="Dismiss error"
                onClick={dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {lastResult && plan && !error && (
        <MessageBar
          intent={warnings.length > 0 ? 'warning' : 'success'}
          layout="multiline"
          className={styles.result}
          aria-label="Result of the last change"
        >
          <MessageBarBody className={details ? undefined : styles.clamped}>
            <strong>{lastResult.undone ? 'Undone' : 'Done'}</strong>{' '}
            <span className={styles.summary}>
              {asSentence(plan.description.replace(/^Undo: /, ''))} {asSentence(summaryText(plan.summary))}
            </span>
            {details && warnings.length > 0 && (
              <ul className={styles.warnings} aria-label="Warnings">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                icon={<DismissRegular />}
                aria-label="Dismiss notice"
                onClick={dismissNotice}
              />
            }
          >
            {lastResult.undo && (
              <Button size="small" icon={<ArrowUndoRegular />} disabled={busy !== null} onClick={() => void undo()}>
                Undo
              </Button>
            )}
            {warnings.length > 0 && (
              <Button
                size="small"
                appearance="transparent"
                aria-expanded={details}
                onClick={() => setDetails(!details)}
              >
                {details ? 'Hide details' : `Details (${count(warnings.length, 'warning')})`}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
