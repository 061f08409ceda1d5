/**
 * The Checks panel: run every check, see findings grouped by rule with counts and severity, select a finding's
 * text in Word by clicking it, and fix one or all of the fixable ones. Findings are recomputed after every edit
 * (the task pane's state does that), so a fix makes its finding disappear.
 */
import type { ReactElement } from 'react';
import { Badge, Button, CounterBadge, Text } from '@fluentui/react-components';
import { CheckmarkCircleRegular, WrenchRegular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../service';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { groupFindings, severityCounts } from './groupFindings';
import { useChecksPanelStyles } from './useChecksPanelStyles';

const BADGE: Record<Severity, { color: 'danger' | 'warning' | 'informative'; label: string }> = {
  error: { color: 'danger', label: 'Error' },
  warning: { color: 'warning', label: 'Warning' },
  info: { color: 'informative', label: 'Note' },
};

export function ChecksPanel(): ReactElement {
  const { document, service, findings, runChecks, apply, run, busy, report } = useTaskpane();
  const styles = useChecksPanelStyles();
  const fixable = (findings ?? []).filter((finding) => finding.fix);
  const problems = document?.agenda.problems ?? [];

  const select = (finding: Finding) => void run('Selecting the text in the document', () => service.selectLocation(finding.location));
  const fix = (finding: Finding) => finding.fix && void apply(finding.fix);
  const fixAll = () => {
    try {
      void apply(service.fixAll(fixable));
    } catch (error) {
      report(error);
    }
  };

  return (
    <section className={styles.root} aria-label="Checks">
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabled={busy !== null} onClick={runChecks}>
          Run checks
        </Button>
        {fixable.length > 0 && (
          <Button icon={<WrenchRegular />} disabled={busy !== null} onClick={fixAll}>
            Fix all ({fixable.length})
          </Button>
        )}
      </div>
      {findings && (
        <Text role="status">
          {findings.length === 0 ? 'No problems found.' : `Found ${severityCounts(findings)}.`}
        </Text>
      )}
      {findings &&
        groupFindings(findings, service.rules).map((group) => (
          <section key={group.rule} className={styles.group} aria-label={`${group.rule}: ${group.findings.length}`}>
            <h3 className={styles.groupHeading}>
              <span>{group.rule}</span>
              <CounterBadge count={group.findings.length} color="informative" appearance="ghost" />
              <Badge appearance="tint" color={BADGE[group.severity].color}>
                {BADGE[group.severity].label}
              </Badge>
            </h3>
            {group.description && (
              <Text size={200} className={styles.description}>
                {group.description}
              </Text>
            )}
            <ul className={styles.findings}>
              {group.findings.map((finding, i) => (
                <li key={i} className={styles.finding}>
                  <Button
                    appearance="subtle"
                    className={styles.findingButton}
                    disabled={busy !== null}
                    onClick={() => select(finding)}
                    title="Select in the document"
                  >
                    <span className={styles.findingText}>
                      <span>{finding.message}</span>
                      {finding.excerpt && <span className={styles.excerpt}>“{finding.excerpt}”</span>}
                    </span>
                  </Button>
                  {finding.fix && (
                    <Button size="small" disabled={busy !== null} onClick={() => fix(finding)} aria-label={`Fix: ${finding.message}`}>
                      Fix
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {findings && problems.length > 0 && (
        <section className={styles.group} aria-label="Reading problems">
          <h3 className={styles.groupHeading}>
            <span>Could not read</span>
            <CounterBadge count={problems.length} color="informative" appearance="ghost" />
          </h3>
          <ul className={styles.findings}>
            {problems.map((problem, i) => (
              <li key={i}>
                <Text size={200}>{problem.message}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
