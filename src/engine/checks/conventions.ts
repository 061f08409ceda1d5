/**
 * The document's own conventions, read from the document before anything is judged against them: the time style
 * (from its annex slot times, else from the times in its text), the dash of its time ranges, its list
 * terminators role by role, and its "(continued)" word. Checks then report only the minority that departs from
 * them. The settings' `timeConvention` overrides the inferred notation; nothing else is set by hand.
 *
 *   const conventions = inferConventions(agenda, snapshot);          // or (agenda, snapshot, settings)
 *   conventions.time  // { value: { notation: '24h', separator: '.', example: '10.00 – 13.00' },
 *                     //   source: 'inferred', evidence: '7 of 8 annex slot times are in 24-hour notation; …' }
 *
 * Plain values, so that the task pane can show them as they are.
 */
import type { Agenda, AnnexRow, Location } from '../model';
import type { Snapshot } from '../snapshot';
import { dashName, findTimes, formatTime, type TimeExpression, type TimeNotation } from '../text/timeNotation';
import { continuedMarker, locationIn, textAt } from './support';
import type { CheckSettings } from './types';

export type ConventionSource = 'inferred' | 'settings' | 'default';

export interface Convention<T> {
  value: T;
  /** 'inferred': read from the document; 'settings': set by the user; 'default': the document gives no example. */
  source: ConventionSource;
  /** Why, in one sentence: "7 of 8 annex slot times are in 24-hour notation; …". */
  evidence: string;
}

export interface TimeStyle {
  notation: TimeNotation;
  /** Between hours and minutes: "10.30" or "10:30". */
  separator: '.' | ':';
  /** A range written in this style, for messages and the task pane: "10.00 – 13.00", "10 a.m.–1 p.m.". */
  example: string;
}

export interface RangeDash {
  /** The dash of a time range: "–" (UN style) or what the document uses. */
  dash: string;
  /** Spaces around it ("10.00 – 13.00", Geneva's habit). */
  spaced: boolean;
}

/**
 * Where a list line stands, for its terminator: an item without sub-items, an item (or sub-item) with its own list, a sub-item
 * followed by another, the last sub-item of an item, and the list's very last line (which often ends with ".").
 */
export type TerminatorRole = 'item' | 'parent' | 'subItem' | 'lastSubItem' | 'last';

export interface Conventions {
  time: Convention<TimeStyle>;
  rangeDash: Convention<RangeDash>;
  /** The terminator of each role ("" for none); a role the list has no example of is left out. */
  terminators: Convention<Partial<Record<TerminatorRole, string>>>;
  /** The word of the annex's "(continued)" marker: "continued", "suite", "continuación" …. */
  continued: Convention<string>;
}

/** A time of day written in the document, with where it stands. */
export interface DocumentTime {
  expr: TimeExpression;
  /** 'slot': an annex time cell; 'text': anywhere else. */
  where: 'slot' | 'text';
  paragraph: number;
  location: Location;
}

/** Every time of day in the document: annex slot cells read as times through and through, the rest as prose. */
export function documentTimes(agenda: Agenda, snapshot: Snapshot): DocumentTime[] {
  const out: DocumentTime[] = [];
  const slotParagraphs = new Set<number>();
  const scan = (paragraph: number, from: number, to: number, where: DocumentTime['where']): void => {
    const text = snapshot.paragraphs[paragraph]?.text ?? '';
    for (const found of findTimes(text.slice(from, to), where === 'slot' ? 'cell' : 'prose')) {
      const expr = { ...found, start: from + found.start, end: from + found.end };
      out.push({ expr, where, paragraph, location: locationIn(snapshot, paragraph, expr.start, expr.end) });
    }
  };
  for (const slot of (agenda.annex?.days ?? []).flatMap((d) => d.slots)) {
    const at = slot.location;
    if ((at.kind !== 'cell' && at.kind !== 'paragraph') || at.paragraph < 0 || slot.time === '') continue;
    slotParagraphs.add(at.paragraph);
    scan(at.paragraph, at.start, at.end, 'slot');
  }
  for (const para of snapshot.paragraphs)
    if (!slotParagraphs.has(para.index)) scan(para.index, 0, para.text.length, 'text');
  return out;
}

/** The dash of an item range in the text ("items 2–4"), with where it stands. */
export interface ReferenceDash {
  dash: string;
  paragraph: number;
  /** Offset of the dash in the paragraph. */
  at: number;
  /** The range as written: "2-4". */
  text: string;
  textStart: number;
}

export function referenceDashes(agenda: Agenda, snapshot: Snapshot): ReferenceDash[] {
  const out: ReferenceDash[] = [];
  for (const ref of agenda.references) {
    const text = snapshot.paragraphs[ref.paragraph]?.text ?? '';
    const phrase = text.slice(ref.span.start, ref.span.end);
    for (const m of phrase.matchAll(/\d\s?([-–—‑−])\s?\d/gu)) {
      const start = ref.span.start + (m.index ?? 0);
      out.push({
        dash: m[1],
        paragraph: ref.paragraph,
        at: start + m[0].indexOf(m[1], 1),
        text: m[0],
        textStart: start,
      });
    }
  }
  return out;
}

interface Tally<T> {
  value: T;
  count: number;
  total: number;
}

/** The most frequent value (the first seen wins a tie), with its count; null for no values. */
export function tally<T>(values: T[], key: (v: T) => string = String): Tally<T> | null {
  const counts = new Map<string, { value: T; count: number }>();
  for (const v of values) {
    const k = key(v);
    const entry = counts.get(k);
    if (entry) entry.count++;
    else counts.set(k, { value: v, count: 1 });
  }
  let best: { value: T; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best ? { value: best.value, count: best.count, total: values.length } : null;
}

/** A majority worth holding the minority to: more than half, and at least two examples. */
export function isDecisive(t: Tally<unknown> | null): boolean {
  return t !== null && t.count >= 2 && t.count * 2 > t.total;
}

const NOTATION_NAMES: Record<TimeNotation, string> = { '12h': '12-hour UN style', '24h': '24-hour notation' };
const SEPARATOR_NAMES = { '.': 'a full stop', ':': 'a colon' } as const;

export function notationName(notation: TimeNotation): string {
  return NOTATION_NAMES[notation];
}

export function separatorName(separator: '.' | ':'): string {
  return SEPARATOR_NAMES[separator];
}

function exampleOf(notation: TimeNotation, separator: '.' | ':', dash: RangeDash): string {
  const range = {
    from: { hour: 10, minute: 0 },
    to: { hour: 13, minute: 0 },
    spacedDash: dash.spaced,
    padded: false,
    noonWord: null,
    notation,
  };
  return formatTime(range, notation, { separator, dash: dash.dash, spaced: dash.spaced });
}

function inferTime(
  times: DocumentTime[],
  referenceDashes: ReferenceDash[],
  settings: Partial<CheckSettings> | undefined,
): { time: Convention<TimeStyle>; rangeDash: Convention<RangeDash> } {
  const slots = times.filter((t) => t.where === 'slot');
  const basis = slots.length > 0 ? slots : times;
  const where = slots.length > 0 ? 'annex slot times' : 'times in the text';
  const notations = tally(basis.map((t) => t.expr.notation));
  const configured = settings?.timeConvention;
  const notation: TimeNotation =
    configured ?? (notations && notations.count * 2 > notations.total ? notations.value : '12h');
  // The separator and the dash are read from the times written in that notation, the slots first.
  const inNotation = (list: DocumentTime[]): DocumentTime[] => list.filter((t) => t.expr.notation === notation);
  const pick = <T>(read: (t: DocumentTime) => T | null): { tally: Tally<T> | null; where: string } => {
    for (const [list, name] of [
      [inNotation(basis), where],
      [inNotation(times), 'times in the document'],
    ] as const) {
      const values = list.map(read).filter((v): v is T => v !== null);
      if (values.length > 0) return { tally: tally(values, (v) => JSON.stringify(v)), where: name };
    }
    return { tally: null, where };
  };
  const separators = pick((t) => t.expr.separator);
  const timeDashes = pick((t): RangeDash | null =>
    t.expr.dash ? { dash: t.expr.dash.char, spaced: t.expr.dash.spaced } : null,
  );
  // Without a time range, the item ranges of the text ("items 2–4") show the document's dash.
  // Without a time range, the item ranges of the text ("items 2–4") show the document's dash, when they agree on it.
  const itemDashes = tally(
    referenceDashes.map((d): RangeDash => ({ dash: d.dash, spaced: false })),
    (v) => v.dash,
  );
  const dashes =
    timeDashes.tally || !isDecisive(itemDashes) ? timeDashes : { tally: itemDashes, where: 'item ranges in the text' };
  const separator = separators.tally?.value ?? '.';
  const dash: RangeDash = dashes.tally?.value ?? { dash: '–', spaced: false };

  const parts: string[] = [];
  if (configured) parts.push(`timeConvention "${configured}" in the settings`);
  else if (notations)
    parts.push(
      `${notations.count} of ${notations.total} ${where} are in ${NOTATION_NAMES[notation]}${notations.count * 2 > notations.total ? '' : ', no majority: the default applies'}`,
    );
  else parts.push('The document writes no time of day: the default applies');
  if (separators.tally)
    parts.push(`minutes after ${SEPARATOR_NAMES[separator]} in ${separators.tally.count} of ${separators.tally.total}`);
  const source: ConventionSource = configured
    ? 'settings'
    : notations && notations.count * 2 > notations.total
      ? 'inferred'
      : 'default';
  const time: Convention<TimeStyle> = {
    value: { notation, separator, example: exampleOf(notation, separator, dash) },
    source,
    evidence: `${parts.join('; ')}.`,
  };
  const rangeDash: Convention<RangeDash> = dashes.tally
    ? {
        value: dash,
        source: 'inferred',
        evidence: `${dashes.tally.count} of ${dashes.tally.total} ${timeDashes.tally ? `time ranges (${dashes.where})` : dashes.where} use ${dashName(dash.dash)}${dash.spaced ? ' with spaces' : ''}.`,
      }
    : {
        value: dash,
        source: 'default',
        evidence: 'The document writes no time range in this notation: an en dash without spaces, as UN style has it.',
      };
  return { time, rangeDash };
}

/** Each list line with its terminator role. */
export function terminatorRoles(
  agenda: Agenda,
): { role: TerminatorRole; terminator: string; paragraph: number; label: string }[] {
  const lines: { role: TerminatorRole; terminator: string; paragraph: number; label: string }[] = [];
  for (const item of agenda.items) {
    lines.push({
      role: item.subItems.length > 0 ? 'parent' : 'item',
      terminator: item.terminator,
      paragraph: item.paragraph,
      label: `item ${item.number}`,
    });
    item.subItems.forEach((sub, j) =>
      lines.push({
        // A sub-item that introduces its own list ("(b) Review of …:" then "(i) …") ends as an item with sub-items.
        role: sub.details?.length ? 'parent' : j === item.subItems.length - 1 ? 'lastSubItem' : 'subItem',
        terminator: sub.terminator,
        paragraph: sub.paragraph,
        label: `sub-item ${item.number} (${sub.letter})`,
      }),
    );
  }
  const last = lines.at(-1);
  if (last) last.role = 'last';
  return lines;
}

const ROLE_NAMES: Record<TerminatorRole, string> = {
  item: 'items',
  parent: 'items with sub-items',
  subItem: 'sub-items',
  lastSubItem: "items' last sub-items",
  last: 'the last line',
};

export function roleName(role: TerminatorRole): string {
  return ROLE_NAMES[role];
}

export function terminatorName(terminator: string): string {
  return terminator === '' ? 'nothing' : `"${terminator}"`;
}

function inferTerminators(agenda: Agenda): Convention<Partial<Record<TerminatorRole, string>>> {
  const lines = terminatorRoles(agenda);
  if (lines.length === 0) return { value: {}, source: 'default', evidence: 'The document has no agenda list.' };
  const value: Partial<Record<TerminatorRole, string>> = {};
  const parts: string[] = [];
  for (const role of Object.keys(ROLE_NAMES) as TerminatorRole[]) {
    const t = tally(lines.filter((l) => l.role === role).map((l) => l.terminator));
    if (!t) continue;
    value[role] = t.value;
    parts.push(`${ROLE_NAMES[role]} end with ${terminatorName(t.value)} (${t.count} of ${t.total})`);
  }
  return { value, source: 'inferred', evidence: `In the agenda list ${parts.join(', ')}.` };
}

/** Each annex row marked as resumed, with its marker as written ("continued", "cont.", "suite" …). */
export function continuedMarkers(
  agenda: Agenda,
  snapshot: Snapshot,
): { row: AnnexRow; raw: string; marker: { start: number; end: number; word: string } }[] {
  const out: { row: AnnexRow; raw: string; marker: { start: number; end: number; word: string } }[] = [];
  for (const row of (agenda.annex?.days ?? []).flatMap((d) => d.slots.flatMap((s) => s.rows))) {
    if (!row.continued) continue;
    const raw = textAt(snapshot, row.titleLocation);
    const marker = continuedMarker(raw);
    if (marker) out.push({ row, raw, marker });
  }
  return out;
}

function inferContinued(agenda: Agenda, snapshot: Snapshot): Convention<string> {
  const words = continuedMarkers(agenda, snapshot).map((m) => m.marker.word);
  const t = tally(words, (w) => w.toLowerCase());
  if (!t)
    return {
      value: 'continued',
      source: 'default',
      evidence: 'No annex row is marked as resumed: "(continued)", the English word.',
    };
  return {
    value: t.value,
    source: 'inferred',
    evidence: `${t.count} of ${t.total} resumed annex rows are marked "(${t.value})".`,
  };
}

/** The conventions the checks apply to this document, and why. */
export function inferConventions(agenda: Agenda, snapshot: Snapshot, settings?: Partial<CheckSettings>): Conventions {
  return {
    ...inferTime(documentTimes(agenda, snapshot), referenceDashes(agenda, snapshot), settings),
    terminators: inferTerminators(agenda),
    continued: inferContinued(agenda, snapshot),
  };
}
