/**
 * A small annotated agenda to hold conventions to: its list lines, slot times, "(continued)" markers and a line of
 * running text are given by the test, the rest is fixed (masthead, headings, annotations, annex with one day per
 * four slots).
 */
import type { Snapshot } from '../../../src/engine/snapshot';
import { doc, p, table } from '../../helpers/snapshotBuilder';

export interface ConventionsDoc {
  /** List lines as typed, e.g. "1.\tOpening of the session;" (items only; titles are "Item N"). */
  terminators?: string[];
  /** One slot time per annex row; item N is scheduled in slot N (items past the list are resumed). */
  times?: string[];
  /** The title suffix of each annex row, e.g. " (continued)"; the row's item repeats the previous one when set. */
  markers?: string[];
  /** A paragraph of running text under item 1. */
  prose?: string;
}

const DAYS = ['Monday, 6 May', 'Tuesday, 7 May', 'Wednesday, 8 May'];

export function conventionsDoc(shape: ConventionsDoc): Snapshot {
  const terminators = shape.terminators ?? ['', '', '', ''];
  const count = terminators.length;
  const items = terminators.map((t, i) => p(`${i + 1}.\tItem ${i + 1}${t}`));
  const headings = terminators.flatMap((_, i) => [
    p(`${i + 1}.\tItem ${i + 1}`, 'Heading 2'),
    p(i === 0 && shape.prose ? shape.prose : 'The Committee will consider the item.'),
  ]);
  const rows: string[][] = [['Date and time', 'Item', 'Title or description']];
  let item = 0;
  (shape.times ?? []).forEach((time, i) => {
    if (i % 4 === 0) rows.push([DAYS[i / 4], '', '']);
    const marker = shape.markers?.[i] ?? '';
    if (marker === '' || item === 0) item = Math.min(item + 1, count);
    rows.push([time, String(item), `Item ${item}${marker}`]);
  });
  const annex =
    rows.length > 1 ? [p('Annex', 'Heading 1'), p('Proposed organization of work', 'Heading 2'), table(rows)] : [];
  return doc(
    p('A/AC.1/2024/1'),
    p('Committee on Conventions'),
    p('New York, 6–8 May 2024'),
    p('Provisional agenda', 'Heading 1'),
    ...items,
    p('Annotations', 'Heading 1'),
    ...headings,
    ...annex,
  )
    .header('A/AC.1/2024/1')
    .build();
}
