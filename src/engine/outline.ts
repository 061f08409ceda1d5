/**
 * The outline: the agenda model reduced to what a reader checks at a glance (the `outline --json` contract of
 * the CLI), and a plain-text rendering of it.
 */
import { withoutObjectMarks } from './text/objectMarks';
import type { Agenda } from './model';

export interface Outline {
  symbol: string | null;
  meeting: { venue: string | null; dates: string[] } | null;
  items: { number: string; title: string; subItems: { letter: string; title: string }[] }[];
  annotations: { item: string; title: string; documentation: { text: string; symbols: string[] }[] }[];
  annex: {
    days: {
      label: string;
      date: string | null;
      slots: { time: string; rows: { item: string; title: string; continued: boolean }[] }[];
    }[];
  } | null;
  footnotes: { number: number; text: string }[];
  problems: { code: string; message: string }[];
}

/**
 * A reissued document's symbol carries an asterisk ("A/CN.9/WG.IV/WP.190*"): the mark of its "Reissued for technical
 * reasons" footnote, not part of the symbol (the running header has none).
 */
function withoutReissueMark(symbol: string): string {
  return symbol.replace(/\*+$/u, '');
}

/** A note with a custom mark (the "*" of a reissue note) starts with that typed mark: the reader sees it as the mark. */
function noteText(text: string): string {
  return withoutObjectMarks(text).replace(/^[*†‡§]+[\t ]+/u, '');
}

export function toOutline(agenda: Agenda): Outline {
  const { masthead } = agenda;
  return {
    symbol: withoutReissueMark(masthead.symbol?.value ?? masthead.headerSymbols[0]?.value ?? '') || null,
    meeting: masthead.meeting ? { venue: masthead.meeting.venue, dates: [...masthead.meeting.dates] } : null,
    items: agenda.items.map((item) => ({
      number: item.number,
      title: withoutObjectMarks(item.title),
      subItems: item.subItems.map((sub) => ({ letter: sub.letter, title: withoutObjectMarks(sub.title) })),
    })),
    annotations: agenda.annotations.map((a) => ({
      item: a.item,
      title: withoutObjectMarks(a.heading.title),
      documentation: a.documentation.map((d) => ({
        text: withoutObjectMarks(d.text),
        symbols: d.symbols.map((s) => s.text),
      })),
    })),
    annex: agenda.annex
      ? {
          days: agenda.annex.days.map((day) => ({
            label: day.label,
            date: day.date,
            slots: day.slots.map((slot) => ({
              time: slot.time,
              rows: slot.rows.map((row) => ({
                item: row.item,
                title: withoutObjectMarks(row.title),
                continued: row.continued,
              })),
            })),
          })),
        }
      : null,
    footnotes: agenda.footnotes.map((f) => ({ number: f.number, text: noteText(f.text) })),
    problems: agenda.problems.map((p) => ({ code: p.code, message: p.message })),
  };
}

/** A readable outline for the terminal: masthead line, items with sub-items, annotations, annex, footnotes. */
export function formatOutline(agenda: Agenda): string {
  const o = toOutline(agenda);
  const lines: string[] = [];
  lines.push(o.symbol ?? '(no document symbol)');
  if (o.meeting) lines.push(`${o.meeting.venue ?? '(no venue)'}, ${formatDates(o.meeting.dates)}`);
  lines.push('', `Provisional agenda (${o.items.length} item${o.items.length === 1 ? '' : 's'})`);
  for (const item of o.items) {
    lines.push(`  ${item.number}. ${item.title}`);
    for (const sub of item.subItems) lines.push(`      (${sub.letter}) ${sub.title}`);
  }
  lines.push('', `Annotations (${o.annotations.length})`);
  for (const a of o.annotations) {
    lines.push(`  ${a.item}. ${a.title}`);
    for (const d of a.documentation)
      lines.push(`      Documentation: ${d.symbols.length > 0 ? d.symbols.join(', ') : d.text}`);
  }
  if (o.annex) {
    lines.push('', 'Annex');
    for (const day of o.annex.days) {
      lines.push(`  ${day.label || '(no day)'}${day.date ? ` [${day.date}]` : ''}`);
      for (const slot of day.slots) {
        lines.push(`    ${slot.time || '(no time)'}`);
        for (const row of slot.rows)
          lines.push(`      ${row.item}  ${row.title}${row.continued ? ' (continued)' : ''}`);
      }
    }
  } else {
    lines.push('', 'Annex: none');
  }
  if (o.footnotes.length > 0) {
    lines.push('', 'Footnotes');
    for (const f of o.footnotes) lines.push(`  ${f.number}. ${f.text}`);
  }
  if (o.problems.length > 0) {
    lines.push('', 'Problems');
    for (const p of o.problems) lines.push(`  ${p.code}: ${p.message}`);
  }
  return lines.join('\n') + '\n';
}

function formatDates(dates: string[]): string {
  if (dates.length === 0) return '(no dates)';
  return dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
}
