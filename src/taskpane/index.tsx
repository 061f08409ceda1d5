/**
 * Entry point of the task pane for the shell: taskpane.html (in Word) and the browser preview (beside a document
 * held in the Word simulator) both call `mountTaskpane` with their WordHost.
 */
import { createRoot } from 'react-dom/client';
import type { WordHost } from '../word/api';
import { TaskpaneApp } from './components/TaskpaneApp/TaskpaneApp';
import { createAgendaService } from './service';
import type { ThemeName } from './theme';

export interface MountOptions {
  /** Called after every applied edit, e.g. so that the preview re-renders its document view. */
  onDocumentChanged?: () => void;
  /** Light by default; in Word, src/office passes the Office theme. */
  theme?: ThemeName;
}

export function mountTaskpane(element: HTMLElement, host: WordHost, options: MountOptions = {}): void {
  createRoot(element).render(
    <TaskpaneApp
      service={createAgendaService(host)}
      theme={options.theme ?? 'light'}
      onDocumentChanged={options.onDocumentChanged}
    />,
  );
}

export { TaskpaneApp } from './components/TaskpaneApp/TaskpaneApp';
export type { AgendaService } from './service';
export type { ThemeName } from './theme';
