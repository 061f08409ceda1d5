/**
 * Shows in the document view the selection the task pane made in the simulated document: the paragraph is
 * outlined and scrolled into view, and its selected characters are highlighted with the CSS Custom Highlight API
 * when the rendered text lines up with the document's text character for character.
 */

export interface DocumentSelection {
  paragraph: number;
  start: number;
  end: number;
}

export const SELECTED_CLASS = 'preview-selected';
const HIGHLIGHT_NAME = 'agenda-desk-selection';

export function clearSelection(view: HTMLElement): void {
  for (const element of Array.from(view.querySelectorAll(`.${SELECTED_CLASS}`))) {
    element.classList.remove(SELECTED_CLASS);
    element.removeAttribute('data-selected');
  }
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}

/**
 * Marks `paragraph` as the selection and scrolls it into view.
 * @returns whether the characters start..end could be highlighted as well
 */
export function showSelection(
  view: HTMLElement,
  paragraph: HTMLElement,
  selection: DocumentSelection,
  documentText: string | undefined,
): boolean {
  clearSelection(view);
  paragraph.classList.add(SELECTED_CLASS);
  paragraph.setAttribute('data-selected', 'true');
  paragraph.scrollIntoView({ block: 'center', behavior: 'auto' });
  if (documentText === undefined || selection.end <= selection.start) return false;
  const range = characterRange(paragraph, documentText, selection.start, selection.end);
  if (!range || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return false;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  return true;
}

/** A tab renders as one whitespace character too (docx-preview draws it as a space-like character in a span). */
function comparable(text: string): string {
  return text.replace(/\s/g, ' ');
}

function characterRange(paragraph: HTMLElement, documentText: string, start: number, end: number): Range | null {
  const textNodes: Text[] = [];
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
  const rendered = textNodes.map((node) => node.data).join('');
  if (comparable(rendered) !== comparable(documentText) || end > rendered.length) return null;
  const range = paragraph.ownerDocument.createRange();
  let offset = 0;
  let startSet = false;
  for (const node of textNodes) {
    const next = offset + node.data.length;
    if (!startSet && start < next) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= next) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}
