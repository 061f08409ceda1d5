/**
 * The masthead: everything before the first heading or agenda line (UN mastheads are a borderless table plus
 * a few paragraphs). Own symbol, distribution, date of issue, parent body, meeting body, venue and dates; and
 * the symbols of the running headers.
 */
import type { Located, Masthead } from '../model';
import type { SnapshotParagraph } from '../snapshot';
import { parseDateRange } from '../text/dates';
import { findSymbols } from '../text/symbols';
import { isEmpty, locate, type ParseContext } from './context';

const DISTRIBUTION =
  /\bDistr\.?\s*:?\s*(General|Limited|Restricted|Générale|Generale|Limitée|Restreinte|Limitada|Reservada)\b/iu;
const NOT_BODY = [
  /^(?:united nations|nations unies|naciones unidas)$/iu,
  /^distr\b/iu,
  /^original\s*:/iu,
  /\bof the provisional agenda\b|\bde l'ordre du jour provisoire\b|\bdel programa provisional\b/iu,
  /^(?:item|point|tema)\s+\d/iu,
];
/** Masthead lines that name no organ: session numbers, document titles, notes. */
const NOT_ORGAN = [
  /^(?:resumed\s+|special\s+)?[\p{L}-]+(?:\s+\(\p{L}+\))?\s+(?:session|meeting|sesión|réunion|reunión|período de sesiones|session extraordinaire)\b/iu,
  /\b(?:agenda|ordre du jour|programa)\b/iu,
  /^(?:note|addendum|corrigendum|annex|report|rapport|informe)\b/iu,
  /^\*+$|^\*/u,
];

/** The meeting body and its parent organ start with the name of an organ. */
const BODY_WORDS =
  /^(?:the\s+)?(?:conference|commission|committee|council|working group|group|assembly|general assembly|board|executive|economic|security|human rights|meeting|expert|intergovernmental|open-ended|ad hoc|subcommittee|sub-commission|governing|forum|panel|subsidiary|standing|special|permanent|preparatory|united nations \S|conférence|comité|conseil|groupe|assemblée|réunion|conferencia|comisión|consejo|grupo|asamblea|reunión)/iu;

/** Index of the first paragraph after the masthead. */
export function mastheadEnd(ctx: ParseContext, firstStructural: number | null): number {
  return firstStructural ?? ctx.snapshot.paragraphs.length;
}

export function parseMasthead(ctx: ParseContext, end: number): Masthead {
  const region = ctx.snapshot.paragraphs.slice(0, end).filter((para) => !isEmpty(para));
  const used = new Set<number>();

  const symbol = ownSymbol(ctx, region, used);
  const headerSymbols: Located<string>[] = [];
  ctx.snapshot.headers.forEach((text, header) => {
    const [found] = findSymbols(text);
    if (found)
      headerSymbols.push({
        value: found.text,
        location: { kind: 'header', header, start: found.start, end: found.end },
      });
  });

  let distribution: Masthead['distribution'] = null;
  for (const para of region) {
    const m = DISTRIBUTION.exec(para.text);
    if (!m) continue;
    const start = m.index + m[0].length - m[1].length;
    distribution = { value: m[1], location: locate(ctx, para.index, start, start + m[1].length) };
    used.add(para.index);
    break;
  }

  const date = issueDate(ctx, region, used);
  const meeting = meetingLine(ctx, region, used);

  // The meeting body stands just above venue and dates; the parent organ is the first organ named (in the
  // masthead table). Organ names vary too much to list ("World Forum for …"), so position decides, and the
  // organ words only choose when there is no meeting line.
  const meetingAt =
    meeting && meeting.location.kind !== 'header' && meeting.location.kind !== 'footnote'
      ? meeting.location.paragraph
      : null;
  const candidates = region.filter((para) => {
    const text = para.text.trim();
    return !used.has(para.index) && !NOT_BODY.some((re) => re.test(text)) && !NOT_ORGAN.some((re) => re.test(text));
  });
  const above =
    meetingAt !== null
      ? candidates.filter((para) => para.index < meetingAt)
      : candidates.filter((para) => BODY_WORDS.test(para.text.trim()));
  const located = (para: SnapshotParagraph): Located<string> => {
    const lead = para.text.length - para.text.trimStart().length;
    const value = para.text.trim();
    return { value, location: locate(ctx, para.index, lead, lead + value.length) };
  };
  const bodyPara = above[above.length - 1];
  const body = bodyPara ? located(bodyPara) : null;
  const parentPara = candidates.find(
    (para) => para !== bodyPara && (BODY_WORDS.test(para.text.trim()) || para.cell !== null),
  );
  const parentBody = parentPara && (!bodyPara || parentPara.index < bodyPara.index) ? located(parentPara) : null;

  return { symbol, headerSymbols, distribution, date, parentBody, body, meeting };
}

/** The first well-formed symbol; a paragraph that is only a symbol wins over one cited in a sentence. */
function ownSymbol(ctx: ParseContext, region: SnapshotParagraph[], used: Set<number>): Located<string> | null {
  let cited: Located<string> | null = null;
  let citedAt = -1;
  for (const para of region) {
    const [found] = findSymbols(para.text);
    if (!found) continue;
    const value = { value: found.text, location: locate(ctx, para.index, found.start, found.end) };
    if (para.text.trim() === found.text.trim().replace(/\*$/u, '') || para.text.trim() === found.text) {
      used.add(para.index);
      return value;
    }
    if (!cited) {
      cited = value;
      citedAt = para.index;
    }
  }
  if (cited) used.add(citedAt);
  return cited;
}

/** A paragraph that is nothing but one date ("11 July 2023"): the date of issue. */
function issueDate(ctx: ParseContext, region: SnapshotParagraph[], used: Set<number>): Masthead['date'] {
  for (const para of region) {
    if (used.has(para.index)) continue;
    const found = parseDateRange(para.text);
    if (!found || found.dates.length !== 1) continue;
    if (para.text.slice(0, found.start).trim() !== '' || para.text.slice(found.end).trim() !== '') continue;
    used.add(para.index);
    const value = para.text.slice(found.start, found.end);
    return { value, iso: found.dates[0], location: locate(ctx, para.index, found.start, found.end) };
  }
  return null;
}

/** "Vienna, 5 and 6 October 2023": a place (no digits) then the dates, nothing after them. */
function meetingLine(ctx: ParseContext, region: SnapshotParagraph[], used: Set<number>): Masthead['meeting'] {
  let fallback: Masthead['meeting'] = null;
  for (const para of region) {
    if (used.has(para.index) || NOT_BODY.some((re) => re.test(para.text.trim()))) continue;
    const found = parseDateRange(para.text);
    // Russian closes a date with "года" ("5 и 6 октября 2023 года").
    if (
      !found ||
      para.text
        .slice(found.end)
        .replace(/^\s*(?:года|г\.)/u, '')
        .replace(/[\s.。]/gu, '') !== ''
    )
      continue;
    // Latin, Arabic ("،") and Chinese ("，") commas.
    const before = para.text.slice(0, found.start).replace(/[\s,،，–-]+$/u, '');
    const lead = para.text.length - para.text.trimStart().length;
    const location = locate(ctx, para.index, lead, found.end);
    const value = para.text.slice(lead, found.end);
    // "Sixty-seventh session, Vienna, 14–22 March 2024": the venue is the last comma-separated part.
    const venue =
      before.trim() === ''
        ? null
        : (before
            .split(/[,،，]/u)
            .pop()
            ?.trim() ?? null);
    if (venue !== null && /\d/u.test(venue)) continue;
    const meeting = { value, venue, dates: found.dates, location };
    if (venue !== null) {
      used.add(para.index);
      return meeting;
    }
    fallback ??= meeting;
  }
  if (fallback?.location.kind === 'paragraph' || fallback?.location.kind === 'cell')
    used.add(fallback.location.paragraph);
  return fallback;
}
