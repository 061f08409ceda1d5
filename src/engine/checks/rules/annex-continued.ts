import type { AnnexRow } from '../../model';
import type { EditPlan } from '../../plan';
import { replaceTextPlan, setCellPlan } from '../../planTools';
import type { Snapshot } from '../../snapshot';
import { pairing } from '../pairing';
import { continuedMarkers, isDecisive, tally } from '../conventions';
import { continuedMarker, itemLabel, textAt } from '../support';
import type { Rule } from '../types';

function removeMarker(snapshot: Snapshot, row: AnnexRow): EditPlan | undefined {
  const at = row.titleLocation;
  if ((at.kind !== 'cell' && at.kind !== 'paragraph') || at.paragraph < 0) return undefined;
  const raw = textAt(snapshot, at);
  const marker = continuedMarker(raw);
  if (!marker) return undefined;
  const inside = marker.start > 0 && marker.end < raw.length;
  const label = itemLabel(row.ref?.number ?? '', row.ref?.letter ?? null);
  return replaceTextPlan(
    snapshot,
    at.paragraph,
    at.start + marker.start,
    at.start + marker.end,
    inside ? ' ' : '',
    `Remove "(continued)" from the first appearance of item ${label}`,
  );
}

/** Appends " (continued)" with the word in italics, as UN annexes set it; only for a one-paragraph cell. */
function addMarker(snapshot: Snapshot, row: AnnexRow, word: string): EditPlan | undefined {
  const at = row.titleLocation;
  if (at.kind !== 'cell') return undefined;
  const paragraphs = snapshot.paragraphs.filter(
    (p) => p.cell?.table === at.table && p.cell.row === at.row && p.cell.cell === at.cell,
  );
  const value = snapshot.tables[at.table]?.values[at.row]?.[at.cell];
  if (paragraphs.length !== 1 || value === undefined || value !== paragraphs[0].text) return undefined;
  const label = itemLabel(row.ref?.number ?? '', row.ref?.letter ?? null);
  const runs = [{ text: `${value.trimEnd()} (` }, { text: word, italic: true }, { text: ')' }];
  return setCellPlan(snapshot, at.table, at.row, at.cell, runs, `Mark item ${label} "(${word})" where it resumes`);
}

export const annexContinued: Rule = {
  meta: {
    id: 'annex/continued',
    description: 'An item resumed in a later time slot is marked "(continued)"; its first appearance is not.',
    severity: 'error',
    fixable: true,
  },
  check({ agenda, snapshot, conventions, report }) {
    const slots = (agenda.annex?.days ?? []).flatMap((d) => d.slots);
    // Write the marker in the document's own language and form: the word most of its markers use.
    const word = conventions.continued.value;
    const markers = continuedMarkers(agenda, snapshot);
    if (
      isDecisive(
        tally(
          markers.map((m) => m.marker.word),
          (w) => w.toLowerCase(),
        ),
      )
    ) {
      for (const { row, raw, marker } of markers) {
        if (marker.word.toLowerCase() === word.toLowerCase()) continue;
        const at = row.titleLocation;
        const wordAt = raw.indexOf(marker.word, marker.start);
        const fix =
          (at.kind === 'cell' || at.kind === 'paragraph') && at.paragraph >= 0 && wordAt >= 0
            ? replaceTextPlan(
                snapshot,
                at.paragraph,
                at.start + wordAt,
                at.start + wordAt + marker.word.length,
                word,
                `Write "(${word})" as the rest of the annex does`,
              )
            : undefined;
        const shown = raw.slice(marker.start, marker.end);
        const from = marker.start + (shown.length - shown.trimStart().length);
        report({
          severity: 'warning',
          message: `Item ${itemLabel(row.ref?.number ?? '', row.ref?.letter ?? null)} is marked "(${marker.word})", where the annex's other resumed items say "(${word})": ${conventions.continued.evidence}`,
          location: { ...at, start: at.start + from, end: at.start + from + shown.trim().length },
          excerpt: shown.trim(),
          fix,
        });
      }
    }
    const paired = pairing(agenda);
    const lastSlot = new Map<string, number>();
    slots.forEach((slot, slotIndex) => {
      for (const row of slot.rows) {
        if (!row.ref) continue;
        const key = itemLabel(row.ref.number, row.ref.letter);
        // The list item the row schedules (two rows numbered alike may be two items when the numbering is broken).
        const item = paired.itemOfAnnexRow(row);
        const identity = item ? `${agenda.items.indexOf(item)} ${row.ref.letter ?? ''}` : key;
        const seenIn = lastSlot.get(identity);
        lastSlot.set(identity, slotIndex);
        const excerpt = textAt(snapshot, row.titleLocation);
        if (seenIn === undefined && row.continued) {
          report({
            message: `Item ${key} appears here for the first time but is marked "(${word})": expected no marker.`,
            location: row.titleLocation,
            excerpt,
            fix: removeMarker(snapshot, row),
          });
        } else if (seenIn !== undefined && seenIn !== slotIndex && !row.continued) {
          report({
            message: `Item ${key} resumes here after an earlier slot: expected "(${word})" after its title.`,
            location: row.titleLocation,
            excerpt,
            fix: addMarker(snapshot, row, word),
          });
        }
      }
    });
  },
};
