/**
 * One document open in the preview: the simulated document, the host the task pane runs its batches on, and the
 * view that follows it. The view is re-rendered after every edit the task pane reports (renders never overlap:
 * edits made during a render cause exactly one more render), and shows each new selection the task pane makes.
 */
import { DocumentView } from './documentView';
import { mapParagraphs, type ParagraphMapping } from './paragraphMap';
import { ObservedHost, paragraphTexts, type PreviewDocument } from './previewDocument';
import { clearSelection, showSelection, type DocumentSelection } from './selectionHighlight';

export type StatusKind = 'info' | 'error';
export type ReportStatus = (sentence: string, kind?: StatusKind) => void;

export class PreviewSession {
  readonly host: ObservedHost;
  /** Edited since opened or last downloaded: opening another document asks first. */
  edited = false;
  private dirty = false;
  private rendering: Promise<void> | null = null;
  private disposed = false;
  private paragraphs: HTMLElement[] = [];
  private texts: string[] = [];
  private mapping: ParagraphMapping = { rendered: [], method: 'count' };
  private shownSelection: { reference: DocumentSelection | null; key: string } = { reference: null, key: 'null' };

  constructor(
    readonly fileName: string,
    private readonly document: PreviewDocument,
    private readonly view: DocumentView,
    private readonly viewElement: HTMLElement,
    private readonly report: ReportStatus,
  ) {
    this.host = new ObservedHost(document, () => this.followSelection(false));
  }

  /** Asks for a render of the document as it is now; resolves when the view shows it (or failed to). */
  requestRender(): Promise<void> {
    this.dirty = true;
    if (!this.rendering) {
      this.rendering = this.renderWhileDirty().finally(() => {
        this.rendering = null;
      });
    }
    return this.rendering;
  }

  async save(): Promise<Uint8Array> {
    await this.host.whenIdle();
    return this.document.save();
  }

  dispose(): void {
    this.disposed = true;
  }

  private async renderWhileDirty(): Promise<void> {
    while (this.dirty && !this.disposed) {
      this.dirty = false;
      this.viewElement.setAttribute('aria-busy', 'true');
      try {
        await this.host.whenIdle();
        const bytes = await this.document.save();
        const texts = await paragraphTexts(this.document);
        if (this.disposed) return;
        const paragraphs = await this.view.render(bytes);
        if (this.disposed) return;
        this.texts = texts;
        this.paragraphs = paragraphs;
        this.mapping = mapParagraphs(
          texts,
          paragraphs.map((paragraph) => paragraph.textContent ?? ''),
        );
        this.describeRender();
        this.followSelection(true);
      } catch {
        if (this.disposed) return;
        this.view.showMessage('The document view cannot show this document; the task pane still works on it.');
        this.report('The document view could not render the document.', 'error');
      } finally {
        if (!this.disposed) this.viewElement.setAttribute('aria-busy', 'false');
      }
    }
  }

  /** Data attributes that say what the view shows (read by the end-to-end tests and handy when debugging). */
  private describeRender(): void {
    const data = this.viewElement.dataset;
    data.renderCount = String(this.view.renderCount);
    data.documentParagraphs = String(this.texts.length);
    data.renderedParagraphs = String(this.paragraphs.length);
    data.paragraphMapping = this.mapping.method;
  }

  /** Shows the document's selection when it changed since last shown (or always, after a render). */
  private followSelection(force: boolean): void {
    if (this.disposed || (this.rendering && !force)) return;
    const selection = this.document.selection;
    const key = JSON.stringify(selection);
    if (!force && selection === this.shownSelection.reference && key === this.shownSelection.key) return;
    this.shownSelection = { reference: selection, key };
    this.viewElement.dataset.selection = selection ? `${selection.paragraph}:${selection.start}-${selection.end}` : '';
    if (!selection) {
      clearSelection(this.viewElement);
      return;
    }
    const renderedIndex = this.mapping.rendered[selection.paragraph];
    const paragraph =
      renderedIndex === null || renderedIndex === undefined ? undefined : this.paragraphs[renderedIndex];
    if (!paragraph) {
      clearSelection(this.viewElement);
      if (!force)
        this.report(`The selection is in paragraph ${selection.paragraph + 1}, which the document view cannot show.`);
      return;
    }
    showSelection(this.viewElement, paragraph, selection, this.texts[selection.paragraph]);
    if (!force) this.report(`Selected in the document: “${excerpt(paragraph.textContent ?? '')}”`);
  }
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
