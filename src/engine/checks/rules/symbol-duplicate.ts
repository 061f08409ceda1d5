import type { Annotation, DocumentationEntry, DocumentSymbol, Location } from '../../model';
import { narrow } from '../support';
import type { Rule } from '../types';

/** An entry's title: its text without the symbols, brackets and closing punctuation. */
function titleOf(entry: DocumentationEntry): string {
  let text = entry.text;
  for (const s of entry.symbols) text = text.split(s.text).join(' ');
  return text
    .replace(/\(\s*\)|\[\s*\]/gu, ' ')
    .replace(/[\s.,;:]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Titles of one document may be worded a little differently under two items; different documents share few words. */
function sameDocument(titleA: string, titleB: string): boolean {
  const a = titleA.toLowerCase();
  const b = titleB.toLowerCase();
  if (a === '' || b === '' || a.includes(b) || b.includes(a)) return true;
  const words = (s: string): Set<string> => new Set(s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

/** A title that names an agenda (the agenda itself, its annotations): English, French, Spanish, Russian, Arabic, Chinese. */
const NAMES_AN_AGENDA =
  /\b(?:agenda|ordre du jour|(?:programa|temario) provisional|temario|orden del d[ií]a)\b|повестк[аиуе] дня|جدول الأعمال|议程/iu;

/** The item that adopts the agenda ("Adoption of the agenda", "Adoption de l'ordre du jour", "Aprobación del temario" …). */
const ADOPTS = /\b(?:adopt|adoption|approbation|aprobaci[oó]n|adopci[oó]n)\b|утвержден|إقرار|通过/iu;

/** Under the item that adopts it, the agenda cites its own symbol in any wording ("Informal document …"). */
function adoptsTheAgenda(annotation: Annotation): boolean {
  // Spanish adopts its "programa" ("Aprobación del programa"), which elsewhere may be a programme of work.
  return [annotation.heading, ...annotation.subHeadings].some(
    (h) => ADOPTS.test(h.title) && (NAMES_AN_AGENDA.test(h.title) || /\bprograma\b/iu.test(h.title)),
  );
}

function partLocation(symbol: DocumentSymbol, part: string): Location {
  const offset = symbol.text.indexOf(part);
  return offset >= 0 ? narrow(symbol.location, offset, offset + part.length) : symbol.location;
}

export const symbolDuplicate: Rule = {
  meta: {
    id: 'symbol/duplicate',
    description: "One symbol is cited for one document only (and the agenda's own symbol only for the agenda).",
    severity: 'error',
    fixable: false,
  },
  check({ agenda, report }) {
    const own = agenda.masthead.symbol?.value ?? agenda.masthead.headerSymbols[0]?.value ?? null;
    const first = new Map<string, { title: string; item: string }>();
    for (const annotation of agenda.annotations) {
      const adopting = adoptsTheAgenda(annotation);
      for (const entry of annotation.documentation) {
        const title = titleOf(entry);
        for (const symbol of entry.symbols) {
          for (const part of symbol.parts) {
            if (part === own && adopting) continue;
            if (part === own && title !== '' && !NAMES_AN_AGENDA.test(title)) {
              report({
                message: `"${part}" is this agenda's own symbol, cited here for another document ("${title}"): expected the document's own symbol.`,
                location: partLocation(symbol, part),
                excerpt: part,
              });
              continue;
            }
            const earlier = first.get(part);
            if (!earlier) {
              first.set(part, { title, item: annotation.item });
            } else if (!sameDocument(earlier.title, title)) {
              report({
                message: `"${part}" is cited for two different documents: "${earlier.title}" (item ${earlier.item}) and "${title}" (item ${annotation.item}); expected one symbol per document.`,
                location: partLocation(symbol, part),
                excerpt: part,
              });
            }
          }
        }
      }
    }
  },
};
