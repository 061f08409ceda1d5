/**
 * Entry of preview.html: the task pane beside a live view of a .docx held in the Word simulator, so that every
 * feature can be tried in a browser without Word or Office.js. Opens the CTOC/COP/WG.7/2023/1 sample by default
 * (or `?doc=samples/<name>.docx`, one of the samples the build copies), any .docx the user picks, and downloads the
 * edited document.
 */
import { openDocx } from '../simulator';
import { mountTaskpane, type MountedTaskpane } from '../taskpane';
import { DocumentView } from './documentView';
import { PreviewSession, type StatusKind } from './previewSession';

type ThemeName = 'light' | 'dark' | 'highContrast';
const DEFAULT_SAMPLE = 'samples/ctoc-cop-wg7-2023-1.docx';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function element<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`preview.html has no #${id}.`);
  return found;
}

const ui = {
  open: element('open-docx', HTMLButtonElement),
  file: element('docx-file', HTMLInputElement),
  download: element('download-docx', HTMLButtonElement),
  theme: element('theme', HTMLSelectElement),
  name: element('document-name', HTMLElement),
  status: element('status', HTMLElement),
  taskpane: element('taskpane', HTMLElement),
  view: element('document-view', HTMLElement),
};
const view = new DocumentView(ui.view);
let session: PreviewSession | null = null;
let taskpane: MountedTaskpane | null = null;

function report(sentence: string, kind: StatusKind = 'info'): void {
  ui.status.textContent = sentence;
  ui.status.dataset.kind = kind;
}

/** The first line of an error's message: errors for users are one sentence, never a stack trace. */
function sentenceOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

function theme(): ThemeName {
  const value = ui.theme.value;
  return value === 'dark' || value === 'highContrast' ? value : 'light';
}

/** Mounts the task pane on a newly opened session, in a fresh container. */
function mountOnSession(current: PreviewSession): void {
  taskpane?.unmount();
  const container = document.createElement('div');
  container.className = 'taskpane-root';
  ui.taskpane.replaceChildren(container);
  taskpane = mountTaskpane(container, current.host, {
    theme: theme(),
    openDocument: (bytes) => openDocx(bytes),
    onDocumentChanged: () => {
      current.edited = true;
      void current.requestRender();
    },
  });
}

/** True when nothing would be lost, or the user agreed to lose the edits of the open document. */
function mayDiscard(next: string): boolean {
  if (!session?.edited) return true;
  return window.confirm(`${session.fileName} has edits that were not downloaded. Discard them and open ${next}?`);
}

async function openBytes(fileName: string, bytes: Uint8Array): Promise<void> {
  report(`Opening ${fileName}…`);
  let opened;
  try {
    opened = await openDocx(bytes);
  } catch (error) {
    report(`${fileName} could not be opened: ${sentenceOf(error)}`, 'error');
    if (!session) view.showMessage('No document is open. Use “Open .docx…” to pick one.');
    return;
  }
  if (!mayDiscard(fileName)) {
    report(`${fileName} was not opened; ${session?.fileName ?? 'the open document'} keeps its edits.`);
    return;
  }
  session?.dispose();
  session = new PreviewSession(fileName, opened, view, ui.view, report);
  ui.name.textContent = fileName;
  ui.download.disabled = false;
  mountOnSession(session);
  await session.requestRender();
  report(`${fileName} is open. Edits made in the task pane appear in the document view.`);
}

/** `?doc=` may name another sample copied by the build; nothing else (the preview loads only its own files). */
function initialDocument(): string {
  const requested = new URLSearchParams(window.location.search).get('doc');
  return requested && /^samples\/[\w.-]+\.docx$/.test(requested) ? requested : DEFAULT_SAMPLE;
}

async function openInitialDocument(): Promise<void> {
  const path = initialDocument();
  try {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    await openBytes(path.slice(path.lastIndexOf('/') + 1), new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    report(`The sample agenda could not be loaded (${sentenceOf(error)}). Open a .docx instead.`, 'error');
    view.showMessage('No document is open. Use “Open .docx…” to pick one.');
  }
}

async function download(): Promise<void> {
  if (!session) return;
  try {
    const bytes = await session.save();
    const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: DOCX_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = session.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    session.edited = false;
    report(`Downloaded ${session.fileName}.`);
  } catch (error) {
    report(`The document could not be saved: ${sentenceOf(error)}`, 'error');
  }
}

ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  const file = ui.file.files?.[0];
  ui.file.value = '';
  if (!file) return;
  void file.arrayBuffer().then((buffer) => openBytes(file.name, new Uint8Array(buffer)));
});
ui.download.addEventListener('click', () => void download());
// A theme switch re-renders the pane in place: its panel, findings and settings stay as they are.
ui.theme.addEventListener('change', () => taskpane?.setTheme(theme()));
// Leaving the page with edits not downloaded asks first (the browser shows its own wording).
window.addEventListener('beforeunload', (event) => {
  if (!session?.edited) return;
  event.preventDefault();
  event.returnValue = '';
});

void openInitialDocument();
