/**
 * Small helpers shared by rules: where a finding stands, the text there, and how to say that two titles differ.
 */
import { withoutObjectMarks } from '../text/objectMarks';
import type { AnnexRow, Location, Span } from '../model';
import type { Snapshot } from '../snapshot';

/** A location for characters [start, end) of paragraph `paragraph`, a cell location when it is in a table. */
export function locationIn(snapshot: Snapshot, paragraph: number, start: number, end: number): Location {
  const cell = snapshot.paragraphs[paragraph]?.cell;
  if (cell) return { kind: 'cell', ...cell, paragraph, start, end };
  return { kind: 'paragraph', paragraph, start, end };
}

/** The same place, narrowed to [start, end) relative to the location's own start. */
export function narrow(location: Location, start: number, end: number): Location {
  return { ...location, start: location.start + start, end: location.start + end };
}

/** The whole text the location's offsets refer to (a paragraph, a cell paragraph, a footnote or a header). */
export function containerText(snapshot: Snapshot, location: Location): string {
  switch (location.kind) {
    case 'paragraph':
      return snapshot.paragraphs[location.paragraph]?.text ?? '';
    case 'cell':
      if (location.paragraph >= 0) return snapshot.paragraphs[location.paragraph]?.text ?? '';
      return snapshot.tables[location.table]?.values[location.row]?.[location.cell] ?? '';
    case 'footnote':
      return snapshot.footnotes.find((f) => f.number === location.footnote)?.text ?? '';
    case 'header':
      return snapshot.headers[location.header] ?? '';
  }
}

/** The text at a location, exactly as it stands. */
export function textAt(snapshot: Snapshot, location: Location): string {
  return containerText(snapshot, location).slice(location.start, location.end);
}

/**
 * A sort key in document order: headers first, then body paragraphs (table cells at their paragraph), footnotes
 * at their reference mark.
 */
export function documentPosition(snapshot: Snapshot, location: Location): [number, number, number] {
  switch (location.kind) {
    case 'header':
      return [-1, 0, location.start];
    case 'paragraph':
      return [location.paragraph, location.start, 0];
    case 'cell': {
      const paragraph =
        location.paragraph >= 0
          ? location.paragraph
          : (snapshot.tables[location.table]?.firstParagraph ?? Number.MAX_SAFE_INTEGER);
      return [paragraph, location.start, 0];
    }
    case 'footnote': {
      const note = snapshot.footnotes.find((f) => f.number === location.footnote);
      const paragraph = note && note.paragraph >= 0 ? note.paragraph : Number.MAX_SAFE_INTEGER;
      return [paragraph, note?.offset ?? Number.MAX_SAFE_INTEGER, 1 + location.start];
    }
  }
}

/**
 * Title text compared as an editor would: spacing, quote style and the list's trailing ";", ":" or "." ignored,
 * and the marks Word keeps in the text for footnotes or comments (U+0002, U+0005, …) unseen.
 */
export function titleKey(title: string): string {
  return withoutObjectMarks(title)
    .replace(/[“”„"]/gu, '"')
    .replace(/[‘’']/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/[\s.:;,]+$/u, '')
    .trim();
}

export function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

const WORDS_AROUND = 2;

/**
 * The two texts quoted where they differ, the shared beginning and end shortened to "…":
 * "'… at sea' vs '… by sea'". Short texts are quoted whole.
 */
export function quoteDifference(actual: string, expected: string): string {
  if (actual.length <= 60 && expected.length <= 60) return `'${actual}' vs '${expected}'`;
  const a = actual.split(' ');
  const b = expected.split(' ');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const from = Math.max(0, head - WORDS_AROUND);
  const shown = (words: string[]): string => {
    const to = Math.min(words.length, words.length - tail + WORDS_AROUND);
    return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
  };
  return `'${shown(a)}' vs '${shown(b)}'`;
}

/**
 * Where a finding about an annex row points, so that its excerpt shows what a reader looks for: in a cell that
 * holds number and title together ("Item 4: Review of …"), the part widened to take in the item's label.
 */
export function withItemLabel(row: AnnexRow, part: Location): Location {
  const item = row.itemLocation;
  const together =
    item.kind === part.kind &&
    'paragraph' in item &&
    'paragraph' in part &&
    item.paragraph >= 0 &&
    item.paragraph === part.paragraph;
  if (!together) return part;
  return { ...part, start: Math.min(item.start, part.start), end: Math.max(item.end, part.end) };
}

/**
 * A list line or heading as a reader finds it: its label and title ("5.\tTechnical assistance"), not the label
 * alone; the title alone where Word renders the number.
 */
export function lineLocation(snapshot: Snapshot, paragraph: number, labelSpan: Span | null, titleSpan: Span): Location {
  return locationIn(snapshot, paragraph, labelSpan?.start ?? titleSpan.start, titleSpan.end);
}

/** "1 (a)" for a sub-item, "3" for an item. */
export function itemLabel(number: string, letter: string | null): string {
  return letter ? `${number} (${letter})` : number;
}

/** "(continued)" and its French, Spanish, Russian, Arabic and Chinese forms, with the spaces around it. */
const CONTINUED = /\s*[(（]\s*(continued|cont\.|suite|continuaci[oó]n|продолжение|تابع|续)\s*[)）]\s*/iu;

/** Where the "(continued)" marker stands in an annex title as written, and its word; null when there is none. */
export function continuedMarker(raw: string): { start: number; end: number; word: string } | null {
  const m = CONTINUED.exec(raw);
  return m ? { start: m.index, end: m.index + m[0].length, word: m[1] } : null;
}
