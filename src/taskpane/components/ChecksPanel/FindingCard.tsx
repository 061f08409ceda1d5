/**
 * One finding as a card: severity, the rule id as secondary text, the message and the text concerned, what the fix
 * would write ("3-6 pm → 3–6 p.m.") before it is applied, and its actions: Fix (only when the correction is
 * certain), Ignore, Ignore all like this — or Restore, for an ignored one.
 */
import { forwardRef, type ReactElement } from 'react';
import { Badge, Button, Caption1, mergeClasses } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, EyeOffRegular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../service';
import { proposals } from './findingReport';
import { useChecksPanelStyles } from './useChecksPanelStyles';

const BADGE: Record<Severity, { color: 'danger' | 'warning' | 'informative'; label: string }> = {
  error: { color: 'danger', label: 'Error' },
  warning: { color: 'warning', label: 'Warning' },
  info: { color: 'informative', label: 'Note' },
};

export interface FindingCardProps {
  finding: Finding;
  /** "Finding 3 of 12" (of the open findings), or null for an ignored one. */
  position: string | null;
  current: boolean;
  ignored: boolean;
  busy: boolean;
  onSelect(): void;
  onFix(): void;
  onIgnore(): void;
  onIgnoreLike(): void;
  onRestore(): void;
}

export const FindingCard = forwardRef<HTMLElement, FindingCardProps>(function FindingCard(props, ref): ReactElement {
  const { finding, position, current, ignored, busy } = props;
  const styles = useChecksPanelStyles();
  const proposal = finding.fix ? proposals(finding.fix) : null;
  const label = `${position ?? 'Ignored finding'}: ${finding.message}`;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={label}
      aria-current={current ? 'true' : undefined}
      className={mergeClasses(styles.card, current && styles.currentCard, ignored && styles.ignoredCard)}
    >
      <div className={styles.cardHeader}>
        <Badge appearance="tint" size="small" color={BADGE[finding.severity].color}>
          {BADGE[finding.severity].label}
        </Badge>
        <Caption1 className={styles.ruleId}>{finding.rule}</Caption1>
        {position && <Caption1 className={styles.position}>{position}</Caption1>}
      </div>
      <Button
        appearance="transparent"
        className={styles.message}
        disabled={busy}
        onClick={props.onSelect}
        title="Select in the document"
      >
        {finding.message}
      </Button>
      {finding.excerpt && <span className={styles.excerpt}>“{finding.excerpt}”</span>}
      {proposal && proposal.changes.length > 0 && (
        <p className={styles.proposal} aria-label="Proposed fix">
          {proposal.changes.map((change, i) => (
            <span key={i} className={styles.change}>
              <del className={styles.from}>{change.from || '(nothing)'}</del>
              <span aria-hidden="true"> → </span>
              <span className={styles.visuallyHidden}> becomes </span>
              <ins className={styles.to}>{change.to || '(nothing)'}</ins>
            </span>
          ))}
          {proposal.more > 0 && <span> and {proposal.more} more changes</span>}
        </p>
      )}
      <div className={styles.cardActions}>
        {ignored ? (
          <Button size="small" icon={<ArrowUndoRegular />} disabled={busy} onClick={props.onRestore}>
            Restore
          </Button>
        ) : (
          <>
            {finding.fix && (
              <Button
                size="small"
                appearance="primary"
                icon={<CheckmarkRegular />}
                disabled={busy}
                onClick={props.onFix}
              >
                Fix
              </Button>
            )}
            <Button size="small" icon={<EyeOffRegular />} disabled={busy} onClick={props.onIgnore}>
              Ignore
            </Button>
            <Button size="small" appearance="subtle" disabled={busy} onClick={props.onIgnoreLike}>
              Ignore all like this
            </Button>
          </>
        )}
      </div>
    </article>
  );
});
