/**
 * The Checks panel, to work through findings one at a time: run every check, see the findings as cards grouped
 * under human names, step through them with Previous / Next (each selects its text in the document), Fix the
 * certain ones, Ignore one or all like it (remembered in the document, so the next editor sees the same list), and
 * export the list as CSV. Findings are recomputed after every edit, so a fix makes its card disappear and the next
 * one becomes current.
 */
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { Button, CounterBadge, Text } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  CheckmarkCircleRegular,
  ChevronDownRegular,
  ChevronUpRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
import { findingKey, isIgnored, likeKey } from '../../paneSettings';
import type { Finding } from '../../service';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { FindingCard } from './FindingCard';
import { findingsCsv, reportFileName } from './findingReport';
import { groupFindings, severityCounts } from './groupFindings';
import { useChecksPanelStyles } from './useChecksPanelStyles';

export function ChecksPanel(): ReactElement {
  const { document, service, findings, runChecks, apply, run, busy, report, settings, updateSettings } = useTaskpane();
  const styles = useChecksPanelStyles();
  const [current, setCurrent] = useState(0);
  const [showIgnored, setShowIgnored] = useState(false);
  const cards = useRef(new Map<Finding, HTMLElement>());
  const problems = document?.agenda.problems ?? [];

  const { open, ignored } = useMemo(() => {
    const all = findings ?? [];
    const snapshot = document?.snapshot;
    const hidden = (f: Finding) => !!snapshot && isIgnored(settings, snapshot, f);
    return { open: all.filter((f) => !hidden(f)), ignored: all.filter(hidden) };
  }, [findings, document, settings]);
  const groups = useMemo(() => groupFindings(open, service.rules), [open, service.rules]);
  // Previous / Next go through the cards in the order they are shown.
  const ordered = useMemo(() => groups.flatMap((group) => group.findings), [groups]);
  const fixable = open.filter((finding) => finding.fix);
  const at = Math.min(current, Math.max(ordered.length - 1, 0));

  // A fix or an ignore removes the current card: the next one takes its place and keeps the focus.
  const focusCurrent = useRef(false);
  useEffect(() => {
    if (!focusCurrent.current) return;
    focusCurrent.current = false;
    const finding = ordered[at];
    const card = finding ? cards.current.get(finding) : undefined;
    card?.focus();
  }, [ordered, at]);

  const select = (finding: Finding) =>
    void run('Selecting the text in the document', () => service.selectLocation(finding.location));
  const go = (index: number) => {
    const finding = ordered[index];
    if (!finding) return;
    setCurrent(index);
    focusCurrent.current = true;
    const card = cards.current.get(finding);
    card?.scrollIntoView?.({ block: 'nearest' });
    select(finding);
  };
  const act = (index: number, action: () => Promise<unknown>) => {
    setCurrent(index);
    focusCurrent.current = true;
    void action();
  };
  const fix = (index: number, finding: Finding) =>
    finding.fix && act(index, () => apply(finding.fix as NonNullable<Finding['fix']>));
  const snapshot = document?.snapshot;
  const ignore = (index: number, finding: Finding) =>
    snapshot &&
    act(index, () => updateSettings({ ...settings, ignored: [...settings.ignored, findingKey(snapshot, finding)] }));
  const ignoreLike = (index: number, finding: Finding) =>
    act(index, () => updateSettings({ ...settings, ignoredLike: [...settings.ignoredLike, likeKey(finding)] }));
  const restore = (finding: Finding) =>
    snapshot &&
    void updateSettings({
      ...settings,
      ignored: settings.ignored.filter((key) => key !== findingKey(snapshot, finding)),
      ignoredLike: settings.ignoredLike.filter((key) => key !== likeKey(finding)),
    });
  const fixAll = () => {
    try {
      void apply(service.fixAll(fixable));
    } catch (error) {
      report(error);
    }
  };
  const exportCsv = () => {
    const csv = findingsCsv(findings ?? [], (f) => ignored.includes(f));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = window.document.createElement('a');
    link.href = url;
    link.download = reportFileName(document?.agenda.masthead.symbol?.value);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const disabled = busy !== null;
  return (
    <section className={styles.root} aria-label="Checks">
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabled={disabled} onClick={runChecks}>
          Run checks
        </Button>
        {fixable.length > 0 && (
          <Button icon={<WrenchRegular />} disabled={disabled} onClick={fixAll}>
            Fix all ({fixable.length})
          </Button>
        )}
        {findings && findings.length > 0 && (
          <Button icon={<ArrowDownloadRegular />} appearance="subtle" onClick={exportCsv}>
            Export CSV
          </Button>
        )}
      </div>
      {findings && (
        <Text role="status">
          {open.length === 0 ? 'No problems found.' : `Found ${severityCounts(open)}.`}
          {ignored.length > 0 && ` ${ignored.length} ignored.`}
        </Text>
      )}
      {ordered.length > 0 && (
        <nav className={styles.navigator} aria-label="Work through the findings">
          <Button size="small" icon={<ChevronUpRegular />} disabled={disabled || at === 0} onClick={() => go(at - 1)}>
            Previous
          </Button>
          <Text size={200}>
            {at + 1} of {ordered.length}
          </Text>
          <Button
            size="small"
            icon={<ChevronDownRegular />}
            iconPosition="after"
            disabled={disabled || at >= ordered.length - 1}
            onClick={() => go(at + 1)}
          >
            Next
          </Button>
        </nav>
      )}
      {groups.map((group) => (
        <section key={group.id} className={styles.group} aria-label={`${group.title}: ${group.findings.length}`}>
          <h3 className={styles.groupHeading}>
            <span>{group.title}</span>
            <CounterBadge count={group.findings.length} color="informative" appearance="ghost" />
          </h3>
          <Text size={200} className={styles.description}>
            {group.rules.join(', ')}
          </Text>
          <ul className={styles.findings}>
            {group.findings.map((finding) => {
              const index = ordered.indexOf(finding);
              return (
                <li key={index}>
                  <FindingCard
                    ref={(element) => {
                      if (element) cards.current.set(finding, element);
                      else cards.current.delete(finding);
                    }}
                    finding={finding}
                    position={`Finding ${index + 1} of ${ordered.length}`}
                    current={index === at}
                    ignored={false}
                    busy={disabled}
                    onSelect={() => {
                      setCurrent(index);
                      select(finding);
                    }}
                    onFix={() => fix(index, finding)}
                    onIgnore={() => ignore(index, finding)}
                    onIgnoreLike={() => ignoreLike(index, finding)}
                    onRestore={() => undefined}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {ignored.length > 0 && (
        <section className={styles.group} aria-label={`Ignored: ${ignored.length}`}>
          <Button
            appearance="subtle"
            size="small"
            aria-expanded={showIgnored}
            onClick={() => setShowIgnored(!showIgnored)}
          >
            {showIgnored ? 'Hide' : 'Show'} the {ignored.length} ignored
          </Button>
          {showIgnored && (
            <ul className={styles.findings}>
              {ignored.map((finding, i) => (
                <li key={i}>
                  <FindingCard
                    finding={finding}
                    position={null}
                    current={false}
                    ignored
                    busy={disabled}
                    onSelect={() => select(finding)}
                    onFix={() => undefined}
                    onIgnore={() => undefined}
                    onIgnoreLike={() => undefined}
                    onRestore={() => restore(finding)}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
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
