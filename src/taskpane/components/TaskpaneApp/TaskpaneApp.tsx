/**
 * The task pane: reads the document once it opens, then shows the Items, Annex and Checks panels (or, for a
 * document that is not an agenda, the form that inserts a skeleton). Panels other than Items load lazily: they are
 * not needed for the first paint.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react';
import { Button, FluentProvider, Spinner, Switch, Tab, TabList } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { Agenda } from '../../../engine/model';
import type { AgendaService } from '../../service';
import { fluentTheme, type ThemeName } from '../../theme';
import { ItemsPanel } from '../ItemsPanel/ItemsPanel';
import { SelfTestButton } from '../SelfTest/SelfTestButton';
import { StatusArea } from '../StatusArea/StatusArea';
import { TaskpaneContext, type TaskpaneState } from './TaskpaneContext';
import { useTaskpaneAppStyles } from './useTaskpaneAppStyles';
import { useTaskpaneState } from './useTaskpaneState';

const AnnexPanel = lazy(() => import('../AnnexPanel/AnnexPanel').then((m) => ({ default: m.AnnexPanel })));
const ChecksPanel = lazy(() => import('../ChecksPanel/ChecksPanel').then((m) => ({ default: m.ChecksPanel })));
const ComparePanel = lazy(() => import('../ComparePanel/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const SettingsPanel = lazy(() => import('../SettingsPanel/SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
const SkeletonForm = lazy(() => import('../SkeletonForm/SkeletonForm').then((m) => ({ default: m.SkeletonForm })));

export interface TaskpaneAppProps {
  service: AgendaService;
  theme?: ThemeName;
  /** Called after every applied edit (the browser preview re-renders its document view). */
  onDocumentChanged?: () => void;
}

/**
 * The panels, in tab order. A new panel is one entry here (a lazily loaded component keeps the first paint small);
 * the tab, its panel and the keyboard order follow.
 */
export interface PanelEntry {
  value: string;
  label: string;
  component: ComponentType;
}

export const PANELS: PanelEntry[] = [
  { value: 'items', label: 'Items', component: ItemsPanel },
  { value: 'annex', label: 'Annex', component: AnnexPanel },
  { value: 'checks', label: 'Checks', component: ChecksPanel },
  { value: 'settings', label: 'Settings', component: SettingsPanel },
  { value: 'versions', label: 'Versions', component: ComparePanel },
];

export function TaskpaneApp({ service, theme = 'light', onDocumentChanged }: TaskpaneAppProps): ReactElement {
  const state = useTaskpaneState(service, onDocumentChanged);
  const styles = useTaskpaneAppStyles();
  return (
    // No layout class on the provider: Fluent copies the provider's classes onto every portal's mount node
    // (applyStylesToPortals), an absolutely placed layer over the page; a `min-height: 100%` there turned each
    // menu and dialog into a full-window sheet of the theme's background. The shells size the provider instead.
    <FluentProvider theme={fluentTheme(theme)}>
      <TaskpaneContext.Provider value={state}>
        <main className={styles.root} aria-busy={state.busy !== null}>
          <header className={styles.header}>
            <h1 className={styles.title}>Agenda Desk</h1>
            <Button
              appearance="subtle"
              icon={<ArrowSyncRegular />}
              aria-label="Read the document again"
              title="Read the document again"
              disabled={state.busy !== null}
              onClick={() => void state.reload()}
            />
            {service.selfTest && <SelfTestButton run={service.selfTest} disabled={state.busy !== null} />}
          </header>
          <StatusArea />
          <Body state={state} />
        </main>
      </TaskpaneContext.Provider>
    </FluentProvider>
  );
}

function Body({ state }: { state: TaskpaneState }): ReactElement | null {
  const { document } = state;
  if (!document) return null;
  if (isNotAnAgenda(document.agenda)) {
    return (
      <Suspense fallback={<Spinner size="small" label="Loading" />}>
        <SkeletonForm />
      </Suspense>
    );
  }
  return <Panels state={state} />;
}

function Panels({ state }: { state: TaskpaneState }): ReactElement {
  const styles = useTaskpaneAppStyles();
  const [panel, setPanel] = useState(PANELS[0].value);
  const Panel = (PANELS.find((entry) => entry.value === panel) ?? PANELS[0]).component;
  return (
    <>
      <div className={styles.toolbar}>
        {/* Five panels in a 320–350 px pane: small tabs that wrap rather than run off the pane's edge. */}
        <TabList
          size="small"
          className={styles.tabs}
          selectedValue={panel}
          onTabSelect={(_event, data) => setPanel(String(data.value))}
          aria-label="Agenda Desk panels"
        >
          {PANELS.map((entry) => (
            <Tab key={entry.value} id={`tab-${entry.value}`} value={entry.value}>
              {entry.label}
            </Tab>
          ))}
        </TabList>
        <Switch
          label="Track changes"
          checked={state.trackChanges}
          onChange={(_event, data) => state.setTrackChanges(data.checked)}
        />
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${panel}`} className={styles.panel}>
        <Suspense fallback={<Spinner size="small" label="Loading" />}>
          <Panel />
        </Suspense>
      </div>
    </>
  );
}

/** The parser found no agenda at all: offer the skeleton instead of empty panels. */
export function isNotAnAgenda(agenda: Agenda): boolean {
  return agenda.items.length === 0 && agenda.problems.some((problem) => problem.code === 'agenda/not-found');
}
