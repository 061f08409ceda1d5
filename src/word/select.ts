/**
 * Shows a finding's place in Word: selects its characters (two syncs: read the paragraph texts, then select;
 * three when the document has pending tracked changes).
 */
import type { Location } from '../engine/model';
import type { WordHost, WordParagraph } from './api';
import { rangeBetween } from './paragraphRange';
import { hasRevisions, isRevised, probeRevisions, queueReviewed } from './revisions';

export async function selectLocation(host: WordHost, location: Location): Promise<void> {
  await host.run(async (context) => {
    const body = context.document.body;
    if (location.kind === 'footnote') {
      const notes = body.footnotes;
      notes.load('items');
      await context.sync();
      const note = notes.items[location.footnote - 1];
      if (note) note.reference.select();
      await context.sync();
      return;
    }
    if (location.kind === 'header') {
      context.document.sections.getFirst().getHeader('Primary').getRange('Whole').select();
      await context.sync();
      return;
    }
    const paragraphs = body.paragraphs;
    paragraphs.load('items/text');
    const revisions = probeRevisions(body);
    await context.sync();
    const paragraph = paragraphs.items[location.paragraph];
    if (!paragraph) return;
    // Offsets are in the accepted text: a paragraph with pending revisions (read once more, only then) is
    // selected whole, as a search could not address characters in it.
    const reviewed = hasRevisions(revisions) ? queueReviewed(paragraphs.items, [location.paragraph]) : null;
    if (reviewed) await context.sync();
    if (reviewed && isRevised(reviewed.get(location.paragraph))) paragraph.select();
    else rangeOrParagraph(paragraph, location.start, location.end).select();
    await context.sync();
  });
}

/** The characters [start, end) when Word's search can address them, else the whole paragraph. */
function rangeOrParagraph(paragraph: WordParagraph, start: number, end: number): { select(): void } {
  const text = paragraph.text;
  if (end <= start || end > text.length) return paragraph;
  return rangeBetween(paragraph, text, start, end) ?? paragraph;
}
