/**
 * A one-sentence notice in the task pane page for when the task pane itself cannot run (no Office, wrong host).
 * Built with DOM nodes and textContent only.
 */
export function showNotice(container: HTMLElement, sentence: string, linkToPreview = true): void {
  const notice = document.createElement('p');
  notice.className = 'shell-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = sentence;
  if (linkToPreview) {
    const link = document.createElement('a');
    link.href = 'preview.html';
    link.textContent = 'Open the browser preview';
    notice.append(' ', link);
  }
  container.replaceChildren(notice);
}
