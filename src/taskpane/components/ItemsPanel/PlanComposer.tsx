/** A pending action under its entry: a title field when it needs one, the live preview, and one Apply button. */
import { useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { PlanPreview } from './PlanPreview';
import { previewPlan } from './preview';
import type { Composition } from './useItemsPanel';
import { useItemsPanelStyles } from './useItemsPanelStyles';

export interface PlanComposerProps {
  composition: Composition;
  onClose: () => void;
  /** After the plan was applied: the entry to focus next. */
  onApplied: (focusAfter: string) => void;
}

export function PlanComposer({ composition, onClose, onApplied }: PlanComposerProps): ReactElement {
  const { document, apply, busy, describe } = useTaskpane();
  const styles = useItemsPanelStyles();
  const [title, setTitle] = useState('');
  const { heading, needsTitle, makePlan, applyLabel } = composition;
  const preview = useMemo(
    () => previewPlan(document, makePlan, title, needsTitle, describe),
    [document, makePlan, title, needsTitle, describe],
  );
  const plan = 'plan' in preview ? preview.plan : null;

  const submit = async () => {
    if (plan && (await apply(plan))) onApplied(composition.focusAfter);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section className={styles.composer} aria-label={heading} onKeyDown={onKeyDown}>
      <h3 className={styles.composerHeading}>{heading}</h3>
      {needsTitle && (
        <Field label="Title">
          <Input autoFocus value={title} onChange={(_event, data) => setTitle(data.value)} />
        </Field>
      )}
      <PlanPreview preview={preview} label={`What “${applyLabel}” will change`} />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!plan || busy !== null}
          onClick={() => void submit()}
          autoFocus={!needsTitle}
        >
          {applyLabel}
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </section>
  );
}
