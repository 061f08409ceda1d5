/**
 * The parser: Snapshot → Agenda. Never throws: each stage that fails on odd input leaves its part empty and
 * reports a problem, so the rest of the model is still usable.
 */
import type { Agenda, Annex, Annotation, Masthead, Problem } from '../model';
import type { Snapshot } from '../snapshot';
import { parseItemRef as parseItemReference } from '../text/references';
import { parseAgendaList, type AgendaList } from './agendaList';
import { parseAnnex } from './annex';
import { parseAnnotations } from './annotations';
import { createContext, inTable, isHeadingStyle, type ParseContext } from './context';
import { parseMasthead } from './masthead';
import { collectReferences } from './references';
import { findSections, type Sections } from './sections';

/** "1 (b)", "3", "1(b)", "Item 3" → number and letter; null when the text is not an item label. */
export function parseItemRef(text: string): { number: string; letter: string | null } | null {
  return parseItemReference(text);
}

const EMPTY_MASTHEAD: Masthead = {
  symbol: null,
  headerSymbols: [],
  distribution: null,
  date: null,
  parentBody: null,
  body: null,
  meeting: null,
};

export function parseAgenda(snapshot: Snapshot): Agenda {
  const ctx = createContext(safeSnapshot(snapshot));
  const sections = stage(ctx, 'sections', (): Sections => findSections(ctx), {
    agenda: null,
    annotations: null,
    annex: null,
    annexTitle: null,
    annexHeadings: [],
  });

  const sectionStops = [sections.annotations, sections.annex].filter((i): i is number => i !== null);
  const listStop = sectionStops.length > 0 ? Math.min(...sectionStops) : null;
  const list = stage(ctx, 'agenda', (): AgendaList => parseAgendaList(ctx, sections.agenda, listStop), {
    items: [],
    first: null,
    last: null,
  });

  const mastheadEnd = firstStructuralParagraph(ctx, sections, list);
  const masthead = stage(ctx, 'masthead', () => parseMasthead(ctx, mastheadEnd), EMPTY_MASTHEAD);

  const annotationsFrom = sections.annotations !== null ? sections.annotations + 1 : (list.last ?? mastheadEnd - 1) + 1;
  const annexStart = sections.annex ?? annexTableStart(ctx, annotationsFrom);
  const annotationsTo = (annexStart ?? ctx.snapshot.paragraphs.length) - 1;
  const annotations = stage(
    ctx,
    'annotations',
    (): Annotation[] => parseAnnotations(ctx, list.items, annotationsFrom, annotationsTo),
    [],
  );

  const meetingDates = masthead.meeting?.dates ?? [];
  const issueYear = masthead.date?.iso ? Number(masthead.date.iso.slice(0, 4)) : null;
  const annex = stage(
    ctx,
    'annex',
    (): Annex | null => parseAnnex(ctx, sections, Math.max(annotationsFrom, list.last ?? 0), meetingDates, issueYear),
    null,
  );

  const footnotes = ctx.snapshot.footnotes.map((f) => ({
    number: f.number,
    text: f.text,
    paragraph: f.paragraph,
    offset: f.offset,
  }));
  const partial = { items: list.items, annotations, annex };
  const references = stage(ctx, 'references', () => collectReferences(ctx, partial, mastheadEnd), []);

  if (list.items.length === 0) {
    ctx.problems.unshift({
      code: 'agenda/not-found',
      message:
        'No provisional agenda found: no "Provisional agenda" heading followed by numbered items, and no list of items numbered 1, 2, 3….',
    });
  }
  if (list.items.length > 0 && masthead.symbol === null && masthead.headerSymbols.length === 0) {
    ctx.problems.push({
      code: 'masthead/symbol-not-found',
      message: 'No document symbol (such as A/78/1) in the masthead or the page header.',
    });
  }

  return {
    masthead,
    sections: {
      agenda: sections.agenda ?? list.first,
      annotations: sections.annotations,
      annex: sections.annex,
    },
    items: list.items,
    annotations,
    annex,
    footnotes,
    references,
    problems: ctx.problems,
  };
}

/** Runs one stage; an unexpected failure becomes a problem and the stage's empty result. */
function stage<T>(ctx: ParseContext, name: string, run: () => T, empty: T): T {
  try {
    return run();
  } catch (error: unknown) {
    const problem: Problem = {
      code: 'parse/internal-error',
      message: `Could not read the ${name} part of the document (${error instanceof Error ? error.message : String(error)}).`,
    };
    ctx.problems.push(problem);
    return empty;
  }
}

/** The masthead ends at the first heading, the agenda heading, or the first agenda line. */
function firstStructuralParagraph(ctx: ParseContext, sections: Sections, list: AgendaList): number {
  const firstHeading = ctx.snapshot.paragraphs.find((para) => !inTable(para) && isHeadingStyle(para))?.index;
  const candidates = [firstHeading, sections.agenda, list.first, sections.annotations].filter(
    (i): i is number => i !== null && i !== undefined,
  );
  return candidates.length > 0 ? Math.min(...candidates) : ctx.snapshot.paragraphs.length;
}

/** Without an "Annex" heading: the first paragraph of a table after the annotations that looks like an annex. */
function annexTableStart(ctx: ParseContext, from: number): number | null {
  const probe = parseAnnex(
    { ...ctx, problems: [] },
    { annex: null, annexTitle: null, annexHeadings: [] },
    from,
    [],
    null,
  );
  if (!probe) return null;
  const first = ctx.snapshot.tables[probe.table]?.firstParagraph ?? null;
  // A day written as a paragraph before the first table belongs to the annex.
  const dayParagraphs = probe.days.flatMap((d) =>
    d.row < 0 && d.location.kind === 'paragraph' ? [d.location.paragraph] : [],
  );
  return first === null ? null : Math.min(first, ...dayParagraphs);
}

/** Tolerates a snapshot with missing arrays (a gateway bug should give problems, not a crash). */
function safeSnapshot(snapshot: Snapshot): Snapshot {
  const value = (snapshot ?? {}) as Partial<Snapshot>;
  return {
    paragraphs: Array.isArray(value.paragraphs) ? value.paragraphs.filter((p) => p && typeof p.text === 'string') : [],
    tables: Array.isArray(value.tables) ? value.tables : [],
    footnotes: Array.isArray(value.footnotes) ? value.footnotes : [],
    headers: Array.isArray(value.headers) ? value.headers.filter((h) => typeof h === 'string') : [],
  };
}
