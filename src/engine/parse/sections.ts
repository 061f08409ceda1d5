/**
 * The section headings of an annotated agenda, found by their text (English, French, Spanish), with or without
 * a chapter number ("II. Annotations"), in any paragraph style: many houses type headings in body styles.
 */
import type { SectionHeadings } from '../model';
import type { SnapshotParagraph } from '../snapshot';
import { headingKey, inTable, type ParseContext } from './context';

const AGENDA = [/^provisional agenda$/u, /^ordre du jour provisoire$/u, /^programa provisional$/u, /^agenda$/u];
const ANNOTATIONS = [
  /^annotations?(?: (?:to|on) the (?:provisional )?agenda)?$/u,
  /^annotations (?:à|a) l'ordre du jour(?: provisoire)?$/u,
  /^anotaciones(?: al programa(?: provisional)?)?$/u,
];
const ANNEX = [/^(?:annex|annexe|anexo)(?: [ivx]+| \d+)?$/u];
/** Anchored: "(b) Adoption of the agenda and organization of work" is a sub-item heading, not the annex title. */
const ANNEX_TITLE = [
  new RegExp(
    "^(?:(?:proposed|provisional|draft|tentative|indicative) |projet d'|propuesta de |proyecto de )?" +
      "(?:organi[sz]ation of (?:the )?work|organisation des travaux|organizaci[oó]n de los trabajos|timetable|" +
      "programme of work|calendrier(?: provisoire)?|calendario(?: provisional)?|programa de trabajo)",
    'u',
  ),
];

/** Headings are short; a long paragraph that happens to start with "Annotations" is running text. */
const MAX_HEADING_LENGTH = 120;

function matches(para: SnapshotParagraph, patterns: RegExp[]): boolean {
  if (inTable(para) || para.text.length > MAX_HEADING_LENGTH) return false;
  const key = headingKey(para).replace(/[’`]/gu, "'");
  return patterns.some((re) => re.test(key));
}

export interface Sections extends SectionHeadings {
  /** The annex's title paragraph ("Proposed organization of work"), when there is one. */
  annexTitle: number | null;
}

export function findSections(ctx: ParseContext): Sections {
  const paragraphs = ctx.snapshot.paragraphs;
  const agenda = paragraphs.find((para) => matches(para, AGENDA))?.index ?? null;
  const annotations = paragraphs.find((para) => para.index > (agenda ?? -1) && matches(para, ANNOTATIONS))?.index ?? null;
  const after = Math.max(agenda ?? -1, annotations ?? -1);
  // The last "Annex" heading after the annotations: an "Annex" cross-reference in the text is not short.
  let annex = paragraphs.find((para) => para.index > after && matches(para, ANNEX))?.index ?? null;
  let annexTitle: number | null = null;
  const titleFrom = annex ?? after;
  const title = paragraphs.find(
    (para) => para.index > titleFrom && para.index <= titleFrom + 3 + (annex === null ? paragraphs.length : 0) && matches(para, ANNEX_TITLE),
  );
  if (title) {
    annexTitle = title.index;
    if (annex === null) annex = title.index;
  }
  return { agenda, annotations, annex, annexTitle };
}
