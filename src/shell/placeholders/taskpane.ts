/**
 * Stands in for src/taskpane while it is being built (webpack.config.js substitutes it only when
 * src/taskpane/index.tsx does not exist), so that the shell and the preview can be built and tried.
 */
import type { WordHost } from '../../word/api';

export function mountTaskpane(
  element: HTMLElement,
  _host: WordHost,
  _options?: { onDocumentChanged?: () => void; theme?: 'light' | 'dark' | 'highContrast' },
): void {
  const notice = document.createElement('p');
  notice.textContent = 'The task pane is not built yet (src/taskpane/index.tsx is missing).';
  element.replaceChildren(notice);
}
