/**
 * Entry point of the task pane for the shell: taskpane.html (in Word) and the browser preview (beside a document
 * held in the Word simulator) both call `mountTaskpane` with their WordHost.
 */
import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import type { WordHost } from '../word/api';
import { TaskpaneApp } from './components/TaskpaneApp/TaskpaneApp';
import { createAgendaService, type OpenDocument } from './service';
import type { ThemeName } from './theme';

export interface MountOptions {
  /** Called after every applied edit, e.g. so that the preview re-renders its document view. */
  onDocumentChanged?: () => void;
  /** Light by default; in Word, src/office passes the Office theme. */
  theme?: ThemeName;
  /** Opens language versions read from disk for comparison (the host passes the Word simulator, loaded on demand). */
  openDocument?: OpenDocument;
}

/** The mounted pane: a new theme re-renders it in place (its panel, findings and settings stay). */
export interface MountedTaskpane {
  setTheme(theme: ThemeName): void;
  unmount(): void;
}

export function mountTaskpane(element: HTMLElement, host: WordHost, options: MountOptions = {}): MountedTaskpane {
  const root = createRoot(element);
  const service = createAgendaService(host, options.openDocument);
  const app = (theme: ThemeName): ReactElement => (
    <TaskpaneApp service={service} theme={theme} onDocumentChanged={options.onDocumentChanged} />
  );
  root.render(app(options.theme ?? 'light'));
  return {
    setTheme: (theme) => root.render(app(theme)),
    unmount: () => root.unmount(),
  };
}

export { TaskpaneApp } from './components/TaskpaneApp/TaskpaneApp';
export type { AgendaService } from './service';
export type { ThemeName } from './theme';
