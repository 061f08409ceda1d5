/**
 * "Documentation" under an annotation: the heading, then entries as paragraphs ("Background paper … (A/1/2)")
 * or as a small table (title | symbol | for decision …). Each entry keeps its symbols, joint symbols included.
 */
import type { DocumentationEntry, DocumentSymbol } from '../model';
import type { SnapshotParagraph, SnapshotTable } from '../snapshot';
import { findSymbols } from '../text/symbols';
import { cellKey, headingKey, inTable, locate, type ParseContext } from './context';

const DOCUMENTATION = /^(?:documentation|documents?|documentación|documentos|документация|الوثائق|文件)$/u;
/** A header row of a documents table: "Symbol", "Title", "Document", "Cote", "Signatura", "Título". */
const HEADER_CELL =
  /^(?:symbol|title|document|documents|cote|titre|signatura|título|titulo|for|pour|para|description|status)\b/iu;

export function isDocumentationHeading(para: SnapshotParagraph): boolean {
  return !inTable(para) && para.text.length <= 40 && DOCUMENTATION.test(headingKey(para));
}

/** An entry from one body paragraph. */
export function entryFromParagraph(ctx: ParseContext, para: SnapshotParagraph): DocumentationEntry {
  const lead = para.text.length - para.text.trimStart().length;
  const text = para.text.trim();
  return {
    text,
    symbols: symbolsIn(ctx, para),
    location: locate(ctx, para.index, lead, lead + text.length),
  };
}

/** Entries from a documents table: one per row, header rows left out. */
export function entriesFromTable(ctx: ParseContext, table: SnapshotTable): DocumentationEntry[] {
  const entries: DocumentationEntry[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    const cells = cellParagraphsOfRow(ctx, table, row);
    const texts = cells.map((paras) =>
      paras
        .map((para) => para.text.trim())
        .filter((t) => t !== '')
        .join(' '),
    );
    if (texts.every((t) => t === '')) continue;
    if (row === 0 && texts.some((t) => HEADER_CELL.test(t)) && texts.every((t) => findSymbols(t).length === 0))
      continue;
    const symbols = cells.flat().flatMap((para) => symbolsIn(ctx, para));
    const firstText = cells.flat().find((para) => para.text.trim() !== '');
    if (!firstText) continue;
    const lead = firstText.text.length - firstText.text.trimStart().length;
    entries.push({
      text: texts.filter((t) => t !== '').join(' | '),
      symbols,
      location: locate(ctx, firstText.index, lead, lead + firstText.text.trim().length),
    });
  }
  return entries;
}

function cellParagraphsOfRow(ctx: ParseContext, table: SnapshotTable, row: number): SnapshotParagraph[][] {
  const width = Math.max(
    table.values[row]?.length ?? 0,
    ...[...ctx.cells.keys()]
      .filter((k) => k.startsWith(`${table.index}:${row}:`))
      .map((k) => Number(k.split(':')[2]) + 1),
  );
  const out: SnapshotParagraph[][] = [];
  for (let cell = 0; cell < width; cell++) out.push(ctx.cells.get(cellKey(table.index, row, cell)) ?? []);
  return out;
}

function symbolsIn(ctx: ParseContext, para: SnapshotParagraph): DocumentSymbol[] {
  return findSymbols(para.text).map((s) => ({
    text: s.text,
    parts: s.parts,
    location: locate(ctx, para.index, s.start, s.end),
  }));
}
