/** Renaming in place: Enter applies (with the preview shown underneath while typing), Escape cancels. */
import { useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import { Input, Text } from '@fluentui/react-components';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { entryName, entryTitle, type Entry } from './entries';
import { PlanPreview } from './PlanPreview';
import { previewPlan, type PlanMaker } from './preview';
import { useItemsPanelStyles } from './useItemsPanelStyles';

export interface InlineRenameProps {
  entry: Entry;
  makePlan: PlanMaker;
  onClose: () => void;
  onApplied: () => void;
}

export function InlineRename({ entry, makePlan, onClose, onApplied }: InlineRenameProps): ReactElement {
  const { document, apply, busy, describe } = useTaskpane();
  const styles = useItemsPanelStyles();
  const current = entryTitle(entry);
  const [title, setTitle] = useState(current);
  const changed = title.trim() !== '' && title.trim() !== current;
  const preview = useMemo(
    () => (changed ? previewPlan(document, makePlan, title, true, describe) : null),
    [changed, document, makePlan, title, describe],
  );

  const onKeyDown = async (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (!changed) return onClose();
    if (busy !== null || !preview || !('plan' in preview)) return;
    if (await apply(preview.plan)) onApplied();
  };

  return (
    <div className={styles.rename}>
      <Input
        autoFocus
        aria-label={`New title for ${entryName(entry)}`}
        value={title}
        readOnly={busy !== null}
        onChange={(_event, data) => setTitle(data.value)}
        onKeyDown={(event) => void onKeyDown(event)}
      />
      <Text size={200}>Enter applies, Escape cancels.</Text>
      {preview && <PlanPreview preview={preview} label={`What renaming ${entryName(entry)} will change`} />}
    </div>
  );
}
