/**
 * The live view of the document: docx-preview renders the saved .docx into DOM nodes (it builds elements and
 * text nodes; no document text goes through innerHTML). Each render goes into a fresh, hidden container that
 * replaces the old one only when complete, so the view never flickers to empty and keeps its scroll position.
 */
import { renderAsync } from 'docx-preview';

const RENDER_OPTIONS = {
  className: 'docx',
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
  renderHeaders: true,
  renderFooters: true,
  renderFootnotes: true,
  renderEndnotes: true,
  // Show tracked insertions and deletions, as Word does with "All Markup".
  renderChanges: true,
  // Images and fonts as blob: URLs (allowed by the preview's CSP); nothing is fetched from the network.
  useBase64URL: false,
  experimental: false,
};

export class DocumentView {
  private current: HTMLElement | null = null;
  /** Completed renders over the page's life, across documents: it only grows, so waiting on it is safe. */
  renderCount = 0;

  constructor(private readonly host: HTMLElement) {}

  /** Renders the document; resolves with its body paragraphs (headers, footers and notes excluded), in order. */
  async render(bytes: Uint8Array): Promise<HTMLElement[]> {
    const next = this.host.ownerDocument.createElement('div');
    next.className = 'document-render';
    next.style.visibility = 'hidden';
    next.style.position = 'absolute';
    next.style.inset = '0 auto auto 0';
    next.style.width = '100%';
    this.host.append(next);
    try {
      const blob = new Blob([bytes.slice().buffer], {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      await renderAsync(blob, next, next, RENDER_OPTIONS);
    } catch (error) {
      next.remove();
      throw error;
    }
    const scrollTop = this.host.scrollTop;
    for (const child of Array.from(this.host.children)) if (child !== next) child.remove();
    next.removeAttribute('style');
    this.current = next;
    this.host.scrollTop = scrollTop;
    this.renderCount += 1;
    return this.paragraphs();
  }

  /** Body paragraphs: every <p> inside the pages' <article> content, table cells included, in document order. */
  paragraphs(): HTMLElement[] {
    if (!this.current) return [];
    return Array.from(this.current.querySelectorAll<HTMLElement>('section.docx > article p'));
  }

  showMessage(sentence: string): void {
    const message = this.host.ownerDocument.createElement('p');
    message.className = 'view-message';
    message.textContent = sentence;
    this.current = null;
    this.host.replaceChildren(message);
  }
}
