/**
 * Confirmation before removing an item or sub-item: it says what will be deleted (list line, annotation section,
 * annex rows), which references will be left and warned about, and what else the plan renumbers.
 */
import { useMemo, type ReactElement } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import { asSentence, count, summaryText } from '../../format';
import { entryName, type Entry } from '../ItemsPanel/entries';
import { previewPlan, type PlanMaker } from '../ItemsPanel/preview';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { describeDeletion } from './deletion';
import { useRemoveDialogStyles } from './useRemoveDialogStyles';

export interface RemoveDialogProps {
  entry: Entry;
  makePlan: PlanMaker;
  onClose: () => void;
  onApplied: () => void;
}

export function RemoveDialog({ entry, makePlan, onClose, onApplied }: RemoveDialogProps): ReactElement {
  const { document, apply, busy, describe } = useTaskpane();
  const styles = useRemoveDialogStyles();
  const preview = useMemo(() => previewPlan(document, makePlan, '', false, describe), [document, makePlan, describe]);
  const deletion = useMemo(
    () => (document ? describeDeletion(document.snapshot, document.agenda, entry) : null),
    [document, entry],
  );
  const plan = 'plan' in preview ? preview.plan : null;
  const name = entryName(entry);

  const confirm = async () => {
    if (plan && (await apply(plan))) onApplied();
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Remove {name}?</DialogTitle>
          <DialogContent className={styles.content}>
            {deletion && (
              <>
                <h3 className={styles.heading}>This will delete</h3>
                <ul className={styles.list} aria-label="What will be deleted">
                  {deletion.listLines.map((line, i) => (
                    <li key={`list-${i}`}>Agenda list: “{line.replace(/\t/g, ' ')}”</li>
                  ))}
                  {deletion.annotation && (
                    <li>
                      Annotation section: {count(deletion.annotation.paragraphs, 'paragraph')}, from “
                      {deletion.annotation.heading.replace(/\t/g, ' ')}”
                    </li>
                  )}
                  {deletion.annexRows.map((row, i) => (
                    <li key={`annex-${i}`}>Annex row: {row}</li>
                  ))}
                </ul>
              </>
            )}
            {plan && plan.warnings.length > 0 && (
              <>
                <h3 className={styles.heading}>Left as they stand (check them afterwards)</h3>
                <ul className={`${styles.list} ${styles.warning}`} aria-label="References left as they stand">
                  {plan.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            )}
            {plan && (
              <Text size={200}>
                {asSentence(plan.description)} {asSentence(summaryText(plan.summary))}
              </Text>
            )}
            {'error' in preview && <Text className={styles.warning}>{preview.error}</Text>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!plan || busy !== null} onClick={() => void confirm()}>
              Remove
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
