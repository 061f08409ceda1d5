/**
 * Entry of taskpane.html, the page Word opens from the ribbon button. It waits for Office.js, checks that the
 * host is Word with the WordApi 1.5 requirement set the add-in needs, and mounts the task pane on Word.
 * Opened in a plain browser (no Office.js, or Office.js outside Office) it says so in one sentence and points
 * to the preview, which runs the same task pane on the Word simulator.
 */
import { mountTaskpane } from '../taskpane';
import { createOfficeHost } from './officeHost';
import { showNotice } from './notice';
import { unsupportedWord } from './requirements';
import { officeThemeName } from './theme';

function root(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('taskpane.html has no #root element.');
  return element;
}

function start(): void {
  const office: unknown = (globalThis as { Office?: unknown }).Office;
  if (typeof office !== 'object' || office === null) {
    showNotice(
      root(),
      'Office.js did not load, so Agenda Desk cannot reach Word. Open it from Word, or try the browser preview.',
    );
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      showNotice(
        root(),
        'Agenda Desk runs inside Word. Open it from the Home tab in Word, or try the browser preview.',
      );
      return;
    }
    const unsupported = unsupportedWord(Office.context.requirements);
    if (unsupported) {
      showNotice(root(), unsupported, false);
      return;
    }
    mountTaskpane(root(), createOfficeHost(), {
      theme: officeThemeName(),
      // Language versions to compare are files from disk, not open in Word: read them with the simulator.
      openDocument: (bytes) => import('../simulator').then((m) => m.openDocx(bytes)),
    });
  }).catch(() => {
    showNotice(root(), 'Office could not start Agenda Desk. Close the task pane and open it again.', false);
  });
}

start();
