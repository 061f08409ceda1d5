/**
 * The section headings of an annotated agenda, found by their text (English, French, Spanish, Russian, Arabic,
 * Chinese), with or without
 * a chapter number ("II. Annotations", ECLAC's "A. Temario provisional"), in any paragraph style: many houses type headings in body styles.
 */
import type { SectionHeadings } from '../model';
import type { SnapshotParagraph } from '../snapshot';
import { headingKey, inTable, type ParseContext } from './context';

const AGENDA = [
  /^provisional agenda$/u,
  /^ordre du jour provisoire$/u,
  /^(?:programa|temario) provisional$/u,
  /^agenda$/u,
  /^предварительная повестка дня$/u,
  /^جدول الأعمال المؤقت$/u,
  /^临时议程$/u,
];
const ANNOTATIONS = [
  /^annotations?(?: (?:to|on) the (?:provisional )?agenda)?$/u,
  /^annotations (?:à|a) l'ordre du jour(?: provisoire)?$/u,
  /^anotaciones(?: al (?:programa|temario)(?: provisional)?)?$/u,
  /^аннотации(?: к (?:предварительной )?повестке дня)?$/u,
  /^الشروح$/u,
  /^说明$/u,
];
const ANNEX = [
  /^(?:annex|annexe|anexo|приложение|المرفق)(?: [ivx]+| \d+)?$/u,
  /^附件(?:[一二三四五六七八九十]+|\s?\d+)?$/u,
];
/** Anchored: "(b) Adoption of the agenda and organization of work" is a sub-item heading, not the annex title. */
const ANNEX_TITLE = [
  new RegExp(
    "^(?:(?:proposed|provisional|draft|tentative|indicative) |projet d'|propuesta de |proyecto de )?" +
      '(?:organi[sz]ation of (?:the )?work|organisation des travaux|organizaci[oó]n de los trabajos|timetable|' +
      'programme of work|calendrier(?: provisoire)?|calendario(?: provisional)?|programa de trabajo)',
    'u',
  ),
  /^(?:предлагаемая |предварительная )?организация работы/u,
  /^تنظيم الأعمال(?: المقترح)?/u,
  /^(?:拟议)?工作安排/u,
];

/** Headings are short; a long paragraph that happens to start with "Annotations" is running text. */
const MAX_HEADING_LENGTH = 120;

function matches(para: SnapshotParagraph, patterns: RegExp[]): boolean {
  if (inTable(para) || para.text.length > MAX_HEADING_LENGTH) return false;
  const key = headingKey(para).replace(/[’`]/gu, "'");
  return patterns.some((re) => re.test(key));
}

export interface Sections extends SectionHeadings {
  /** Every "Annex" heading after the annotations ("Annex I", "Annex II" …), in order. */
  annexHeadings: number[];
  /** The annex's title paragraph ("Proposed organization of work"), when there is one. */
  annexTitle: number | null;
}

export function findSections(ctx: ParseContext): Sections {
  const paragraphs = ctx.snapshot.paragraphs;
  const agenda = paragraphs.find((para) => matches(para, AGENDA))?.index ?? null;
  const annotations =
    paragraphs.find((para) => para.index > (agenda ?? -1) && matches(para, ANNOTATIONS))?.index ?? null;
  const after = Math.max(agenda ?? -1, annotations ?? -1);
  // Short paragraphs only: an "Annex" cross-reference in running text is not a heading.
  const annexHeadings = paragraphs
    .filter((para) => para.index > after && matches(para, ANNEX))
    .map((para) => para.index);
  // The title follows its "Annex" heading closely; without any Annex heading it may stand anywhere after.
  const titleWindows = annexHeadings.length > 0 ? annexHeadings.map((h) => [h, h + 3]) : [[after, paragraphs.length]];
  let annexTitle: number | null = null;
  for (const [from, to] of titleWindows) {
    const title = paragraphs.find((para) => para.index > from && para.index <= to && matches(para, ANNEX_TITLE));
    if (title) {
      annexTitle = title.index;
      break;
    }
  }
  const annex = annexHeadings[0] ?? annexTitle;
  return { agenda, annotations, annex, annexTitle, annexHeadings };
}
