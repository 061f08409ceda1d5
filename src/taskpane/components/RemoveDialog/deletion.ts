/**
 * What removing an item or sub-item takes out of the document, read from the agenda model so the confirmation can
 * name it before anything happens: the list line(s), the annotation section, the annex rows. References to it in
 * the text are not deleted: the plan's warnings name them, and the dialog lists them as "left as they stand".
 */
import type { Agenda, AnnexRow } from '../../../engine/model';
import type { Snapshot } from '../../../engine/snapshot';
import type { Entry } from '../ItemsPanel/entries';

export interface Deletion {
  /** The agenda list lines, as written in the document. */
  listLines: string[];
  /** Paragraphs of the annotation section (heading included), first one's text to recognise it. */
  annotation: { paragraphs: number; heading: string } | null;
  /** Annex rows as "item  title", with the day and slot they sit in. */
  annexRows: string[];
}

export function describeDeletion(snapshot: Snapshot, agenda: Agenda, entry: Entry): Deletion {
  const text = (paragraph: number) => snapshot.paragraphs[paragraph]?.text ?? '';
  const number = entry.item.number;
  const letter = entry.kind === 'subItem' ? entry.sub.letter : null;

  const listLines =
    entry.kind === 'item'
      ? [entry.item.paragraph, ...entry.item.subItems.map((sub) => sub.paragraph)].map(text)
      : [text(entry.sub.paragraph)];

  return {
    listLines,
    annotation: annotationRange(agenda, number, letter, text),
    annexRows: annexRows(agenda, number, letter),
  };
}

function annotationRange(
  agenda: Agenda,
  number: string,
  letter: string | null,
  text: (paragraph: number) => string,
): Deletion['annotation'] {
  const section = agenda.annotations.find((annotation) => annotation.item === number);
  if (!section) return null;
  if (letter === null) {
    return { paragraphs: section.lastParagraph - section.firstParagraph + 1, heading: text(section.firstParagraph) };
  }
  const subHeadings = [...section.subHeadings].sort((a, b) => a.paragraph - b.paragraph);
  const at = subHeadings.findIndex((heading) => heading.label === letter);
  if (at < 0) return null;
  const first = subHeadings[at].paragraph;
  const next = subHeadings[at + 1];
  const last = next ? next.paragraph - 1 : section.lastParagraph;
  return { paragraphs: last - first + 1, heading: text(first) };
}

function annexRows(agenda: Agenda, number: string, letter: string | null): string[] {
  if (!agenda.annex) return [];
  const rows: string[] = [];
  for (const day of agenda.annex.days) {
    for (const slot of day.slots) {
      for (const row of slot.rows) {
        if (matches(row, number, letter)) {
          rows.push(`${row.item}  ${row.title}${row.continued ? ' (continued)' : ''} — ${day.label}, ${slot.time}`);
        }
      }
    }
  }
  return rows;
}

function matches(row: AnnexRow, number: string, letter: string | null): boolean {
  if (!row.ref || row.ref.number !== number) return false;
  return letter === null || row.ref.letter === letter;
}
