/**
 * Progress, errors and "what changed", above the panels. The error is always one plain sentence; the progress
 * indicator appears only for tasks that take longer than 300 ms, so quick edits do not flicker.
 */
import type { ReactElement } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { asSentence, summaryText } from '../../format';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { useDelayedFlag } from '../TaskpaneApp/useTaskpaneState';
import { useStatusAreaStyles } from './useStatusAreaStyles';

export function StatusArea(): ReactElement {
  const { busy, error, lastApplied, dismissError, dismissNotice } = useTaskpane();
  const showProgress = useDelayedFlag(busy !== null, 300);
  const styles = useStatusAreaStyles();
  return (
    <div className={styles.root}>
      {showProgress && busy && <Spinner size="tiny" labelPosition="after" label={`${busy}…`} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" icon={<DismissRegular />} aria-label="Dismiss error" onClick={dismissError} />
            }
          />
        </MessageBar>
      )}
      {lastApplied && !error && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Done</MessageBarTitle>
            {asSentence(lastApplied.description)} {asSentence(summaryText(lastApplied.summary))}
            {lastApplied.warnings.length > 0 && (
              <ul className={styles.warnings} aria-label="Warnings">
                {lastApplied.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" icon={<DismissRegular />} aria-label="Dismiss notice" onClick={dismissNotice} />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
