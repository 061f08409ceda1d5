/**
 * The Settings panel: the house style (New York, Vienna, Geneva: the time convention and what follows from it) and
 * which rules run, saved in the document (`document.settings`) so that every editor who opens it checks it alike.
 * Until a style is chosen, the one the document shows by itself applies (24-hour annex times are Geneva's).
 */
import type { ReactElement } from 'react';
import { Button, Caption1, Radio, RadioGroup, Switch, Text } from '@fluentui/react-components';
import { groupOf, groupTitle } from '../ChecksPanel/groupFindings';
import { HOUSE_STYLES, houseStyle, type HouseStyleId } from '../../paneSettings';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { useSettingsPanelStyles } from './useSettingsPanelStyles';

const INFERRED = 'inferred';

export function SettingsPanel(): ReactElement {
  const { settings, inferredStyle, updateSettings, service } = useTaskpane();
  const styles = useSettingsPanelStyles();
  const inferred = houseStyle(inferredStyle);
  const ignoredCount = settings.ignored.length + settings.ignoredLike.length;
  const groups = [...new Set(service.rules.map((rule) => groupOf(rule.id)))];

  const setStyle = (value: string) =>
    void updateSettings({ ...settings, houseStyle: value === INFERRED ? null : (value as HouseStyleId) });
  const setRule = (id: string, on: boolean) =>
    void updateSettings({
      ...settings,
      rulesOff: on ? settings.rulesOff.filter((r) => r !== id) : [...settings.rulesOff, id],
    });

  return (
    <section className={styles.root} aria-label="Settings">
      <Text size={200} className={styles.note}>
        Saved in the document: every editor who opens it with Agenda Desk sees the same settings.
      </Text>
      <section className={styles.section} aria-labelledby="settings-house-style">
        <h3 id="settings-house-style" className={styles.heading}>
          House style
        </h3>
        <RadioGroup
          aria-labelledby="settings-house-style"
          value={settings.houseStyle ?? INFERRED}
          onChange={(_event, data) => setStyle(data.value)}
        >
          <Radio value={INFERRED} label={`As the document shows (${inferred.label}): ${inferred.example}`} />
          {HOUSE_STYLES.map((style) => (
            <Radio key={style.id} value={style.id} label={`${style.label}: ${style.example}`} />
          ))}
        </RadioGroup>
      </section>
      <section className={styles.section} aria-labelledby="settings-rules">
        <h3 id="settings-rules" className={styles.heading}>
          Rules
        </h3>
        {groups.map((group) => (
          <div key={group} className={styles.ruleGroup} role="group" aria-label={groupTitle(group)}>
            <Text weight="semibold" size={200}>
              {groupTitle(group)}
            </Text>
            {service.rules
              .filter((rule) => groupOf(rule.id) === group)
              .map((rule) => (
                <div key={rule.id} className={styles.rule}>
                  <Switch
                    checked={!settings.rulesOff.includes(rule.id)}
                    label={rule.description}
                    aria-describedby={`rule-id-${rule.id.replace(/\W/g, '-')}`}
                    onChange={(_event, data) => setRule(rule.id, data.checked)}
                  />
                  <Caption1 id={`rule-id-${rule.id.replace(/\W/g, '-')}`} className={styles.ruleId}>
                    {rule.id}
                  </Caption1>
                </div>
              ))}
          </div>
        ))}
      </section>
      <section className={styles.section} aria-labelledby="settings-ignored">
        <h3 id="settings-ignored" className={styles.heading}>
          Ignored findings
        </h3>
        <Text size={200}>
          {ignoredCount === 0 ? 'None ignored in this document.' : `${ignoredCount} ignored in this document.`}
        </Text>
        {ignoredCount > 0 && (
          <div>
            <Button size="small" onClick={() => void updateSettings({ ...settings, ignored: [], ignoredLike: [] })}>
              Restore all ignored findings
            </Button>
          </div>
        )}
      </section>
    </section>
  );
}
