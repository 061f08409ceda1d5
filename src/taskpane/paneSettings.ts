/**
 * What the task pane keeps in the document (one `document.settings` value, so that the next editor sees the same
 * state): the house style, rules switched off, and findings ignored one by one or "all like this". The document
 * stays the only source of truth: nothing is kept in the browser. A value that is not understood (another version,
 * a hand edit) is read as far as it makes sense and never refused: the pane must open whatever the document holds.
 */
import { inferConventions } from '../engine/checks/conventions';
import type { CheckSettings, Finding } from '../engine/checks/types';
import type { Agenda, Location } from '../engine/model';
import type { Snapshot } from '../engine/snapshot';

/** The key under which the pane's settings are saved in the document. */
export const SETTINGS_KEY = 'agendaDesk';

export type HouseStyleId = 'newYork' | 'vienna' | 'geneva';

export interface HouseStyle {
  id: HouseStyleId;
  label: string;
  timeConvention: CheckSettings['timeConvention'];
  /** What follows from the choice, for the settings panel. */
  example: string;
}

export const HOUSE_STYLES: readonly HouseStyle[] = [
  { id: 'newYork', label: 'New York', timeConvention: '12h', example: 'Times as “10 a.m.–1 p.m.”, “3–6 p.m.”' },
  { id: 'vienna', label: 'Vienna', timeConvention: '12h', example: 'Times as “10 a.m.–1 p.m.”, “3–6 p.m.”' },
  { id: 'geneva', label: 'Geneva', timeConvention: '24h', example: 'Times as “10.00–13.00”, “15.00–18.00”' },
];

export interface PaneSettings {
  /** Null: not chosen, the style inferred from the document applies. */
  houseStyle: HouseStyleId | null;
  /** Rule ids switched off. */
  rulesOff: string[];
  /** Findings ignored one by one (`findingKey`). */
  ignored: string[];
  /** Findings ignored with all like them (`likeKey`). */
  ignoredLike: string[];
}

export const EMPTY_SETTINGS: PaneSettings = { houseStyle: null, rulesOff: [], ignored: [], ignoredLike: [] };

function strings(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))] : [];
}

/** The stored value as settings: what is not understood is dropped. */
export function parsePaneSettings(value: unknown): PaneSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY_SETTINGS;
  const record = value as Record<string, unknown>;
  const style = HOUSE_STYLES.find((s) => s.id === record.houseStyle)?.id ?? null;
  return {
    houseStyle: style,
    rulesOff: strings(record.rulesOff),
    ignored: strings(record.ignored),
    ignoredLike: strings(record.ignoredLike),
  };
}

/**
 * The house style a document shows by itself: times in 24-hour notation (the engine's `inferConventions`, from the
 * annex slot times, else the times in the text) are Geneva's; otherwise a meeting held in Vienna is Vienna's,
 * anything else New York's.
 */
export function inferHouseStyle(agenda: Agenda, snapshot: Snapshot): HouseStyleId {
  const time = inferConventions(agenda, snapshot).time;
  if (time.source === 'inferred' && time.value.notation === '24h') return 'geneva';
  if (/\bVienna\b/.test(agenda.masthead.meeting?.value ?? '')) return 'vienna';
  return 'newYork';
}

export function houseStyle(id: HouseStyleId): HouseStyle {
  return HOUSE_STYLES.find((s) => s.id === id) ?? HOUSE_STYLES[0];
}

/** The settings the checks run with. */
export function checkSettingsOf(settings: PaneSettings, inferred: HouseStyleId): Partial<CheckSettings> {
  return {
    timeConvention: houseStyle(settings.houseStyle ?? inferred).timeConvention,
    rules: Object.fromEntries(settings.rulesOff.map((id) => [id, 'off' as const])),
  };
}

/** The text a finding's offsets refer to, to recognise its place after other edits renumber paragraphs. */
function placeText(snapshot: Snapshot, location: Location): string {
  if (location.kind === 'footnote')
    return snapshot.footnotes.find((note) => note.number === location.footnote)?.text ?? '';
  if (location.kind === 'header') return snapshot.headers[location.header] ?? '';
  return snapshot.paragraphs[location.paragraph]?.text ?? '';
}

/** A short, stable hash (FNV-1a): keys stay small in the document. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** "All like this": the same rule about the same text, anywhere. */
export function likeKey(finding: Finding): string {
  return `${finding.rule}|${finding.excerpt}`;
}

/**
 * This finding: its rule, its text, and its place told by content, not by number (so that it survives edits
 * elsewhere): the text of its paragraph, which of the paragraphs with that same text it is (annex cells repeat
 * "3–6 p.m." every day), and the offset in it.
 */
export function findingKey(snapshot: Snapshot, finding: Finding): string {
  const { location } = finding;
  const text = placeText(snapshot, location);
  let occurrence = 0;
  if (location.kind === 'paragraph' || location.kind === 'cell') {
    for (let i = 0; i < location.paragraph; i += 1) if (snapshot.paragraphs[i]?.text === text) occurrence += 1;
  }
  return `${likeKey(finding)}|${hash(text)}.${occurrence}.${location.start}`;
}

export function isIgnored(settings: PaneSettings, snapshot: Snapshot, finding: Finding): boolean {
  return settings.ignoredLike.includes(likeKey(finding)) || settings.ignored.includes(findingKey(snapshot, finding));
}
