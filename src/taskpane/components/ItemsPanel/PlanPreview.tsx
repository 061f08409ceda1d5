/** What a plan will change, before it is applied: its description, the counts and its warnings. */
import type { ReactElement } from 'react';
import { Text } from '@fluentui/react-components';
import { asSentence, summaryText } from '../../format';
import type { Preview } from './preview';
import { usePlanPreviewStyles } from './usePlanPreviewStyles';

export function PlanPreview({ preview, label }: { preview: Preview; label: string }): ReactElement {
  const styles = usePlanPreviewStyles();
  return (
    <div className={styles.root} aria-live="polite" aria-label={label} role="status">
      {'hint' in preview && <Text size={200}>{preview.hint}</Text>}
      {'error' in preview && (
        <Text size={200} className={styles.error}>
          {preview.error}
        </Text>
      )}
      {'plan' in preview && (
        <>
          <Text size={200}>{asSentence(preview.plan.description)}</Text>
          <Text size={200}>{asSentence(summaryText(preview.plan.summary))}</Text>
          {preview.plan.warnings.length > 0 && (
            <ul className={styles.warnings} aria-label="Warnings">
              {preview.plan.warnings.map((warning) => (
                <li key={warning}>
                  <Text size={200}>{warning}</Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
