/**
 * Building run content from plain text: "\t" → w:tab, "\v"/"\n"/"\r" → w:br, "\f" → a page break (w:br
 * w:type="page", which paragraphText reads back as "\f"), the rest → w:t (spaces kept).
 */
import { createW, XML_NS, type XDocument, type XElement } from './xml';

export function textElement(doc: XDocument, value: string): XElement {
  const t = createW(doc, 't');
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(value));
  return t;
}

export function runContent(doc: XDocument, text: string): XElement[] {
  const out: XElement[] = [];
  for (const piece of text.split(/(\t|\v|\f|\r\n|\n|\r)/)) {
    if (piece === '') continue;
    if (piece === '\t') out.push(createW(doc, 'tab'));
    else if (piece === '\f') out.push(createW(doc, 'br', { type: 'page' }));
    else if (piece === '\v' || piece === '\n' || piece === '\r' || piece === '\r\n') out.push(createW(doc, 'br'));
    else out.push(textElement(doc, piece));
  }
  return out;
}

export function setText(t: XElement, value: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  const doc = t.ownerDocument;
  if (doc) t.appendChild(doc.createTextNode(value));
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}
