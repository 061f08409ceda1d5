/**
 * The Annex panel: the organization of work as it stands in the document (days → time slots → rows), and
 * "Regenerate" that rebuilds it from the item list in one click; what changed appears above the panels.
 */
import type { ReactElement } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { useAnnexPanelStyles } from './useAnnexPanelStyles';

export function AnnexPanel(): ReactElement {
  const { document, service, apply, busy, report } = useTaskpane();
  const styles = useAnnexPanelStyles();
  const annex = document?.agenda.annex ?? null;

  const regenerate = () => {
    if (!document) return;
    try {
      void apply(service.operations.regenerateAnnex(document.snapshot, document.agenda));
    } catch (error) {
      report(error);
    }
  };

  return (
    <section className={styles.root} aria-label="Annex">
      <div>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} disabled={busy !== null} onClick={regenerate}>
          {annex ? 'Regenerate annex' : 'Create annex'}
        </Button>
      </div>
      {!annex && (
        <Text className={styles.muted}>
          This document has no annex. “Create annex” adds one with the meeting dates of the masthead, two slots a day.
        </Text>
      )}
      {annex && annex.title && <Text weight="semibold">{annex.title}</Text>}
      {annex?.days.map((day) => (
        <section key={day.row} className={styles.day} aria-label={day.label}>
          <h3 className={styles.dayHeading}>{day.label}</h3>
          {day.slots.length === 0 && <Text className={styles.muted}>No time slots.</Text>}
          {day.slots.map((slot) => (
            <div key={slot.row}>
              <h4 className={styles.slotHeading}>{slot.time || 'No time given'}</h4>
              <ul className={styles.rows} aria-label={`${day.label}, ${slot.time}`}>
                {slot.rows.map((row) => (
                  <li key={row.row} className={styles.row}>
                    <span className={styles.item}>{row.item}</span>
                    <span>
                      {row.title}
                      {row.continued && <span className={styles.continued}> (continued)</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
