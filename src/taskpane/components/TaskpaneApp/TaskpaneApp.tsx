/**
 * The task pane: reads the document once it opens, then shows the Items, Annex and Checks panels (or, for a
 * document that is not an agenda, the form that inserts a skeleton). Panels other than Items load lazily: they are
 * not needed for the first paint.
 */
import { lazy, Suspense, useState, type ReactElement } from 'react';
import {
  Button,
  FluentProvider,
  Spinner,
  Switch,
  Tab,
  TabList,
} from '@fluentui/react-components';
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
const SkeletonForm = lazy(() => import('../SkeletonForm/SkeletonForm').then((m) => ({ default: m.SkeletonForm })));

export interface TaskpaneAppProps {
  service: AgendaService;
  theme?: ThemeName;
  /** Called after every applied edit (the browser preview re-renders its document view). */
  onDocumentChanged?: () => void;
}

type PanelName = 'items' | 'annex' | 'checks';

export function TaskpaneApp({ service, theme = 'light', onDocumentChanged }: TaskpaneAppProps): ReactElement {
  const state = useTaskpaneState(service, onDocumentChanged);
  const styles = useTaskpaneAppStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.provider}>
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
  const [panel, setPanel] = useState<PanelName>('items');
  return (
    <>
      <div className={styles.toolbar}>
        <TabList
          selectedValue={panel}
          onTabSelect={(_event, data) => setPanel(data.value as PanelName)}
          aria-label="Agenda Desk panels"
        >
          <Tab id="tab-items" value="items">
            Items
          </Tab>
          <Tab id="tab-annex" value="annex">
            Annex
          </Tab>
          <Tab id="tab-checks" value="checks">
            Checks
          </Tab>
        </TabList>
        <Switch
          label="Track changes"
          checked={state.trackChanges}
          onChange={(_event, data) => state.setTrackChanges(data.checked)}
        />
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${panel}`} className={styles.panel}>
        <Suspense fallback={<Spinner size="small" label="Loading" />}>
          {panel === 'items' && <ItemsPanel />}
          {panel === 'annex' && <AnnexPanel />}
          {panel === 'checks' && <ChecksPanel />}
        </Suspense>
      </div>
    </>
  );
}

/** The parser found no agenda at all: offer the skeleton instead of empty panels. */
export function isNotAnAgenda(agenda: Agenda): boolean {
  return agenda.items.length === 0 && agenda.problems.some((problem) => problem.code === 'agenda/not-found');
}
