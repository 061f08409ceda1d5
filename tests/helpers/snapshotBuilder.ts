/**
 * A small builder for engine tests: write a document as lines, get a Snapshot.
 *
 *   const snap = doc(
 *     p('Provisional agenda', 'Heading 2'),
 *     p('1.\tOrganizational matters:'),
 *     list('Opening of the meeting', '(a)', 1),
 *     table([['Date and time', 'Agenda item', 'Title or description'], ['Thursday, 5 October', '', '']]),
 *   ).footnote(1, 'Available at www.unodc.org.', { paragraph: 3, offset: 10 }).header('CTOC/COP/WG.7/2023/1').build();
 */
import type { Snapshot, SnapshotParagraph, SnapshotTable, SnapshotFootnote } from '../../src/engine/snapshot';

type Block =
  | { kind: 'p'; text: string; style: string; list: { listString: string; level: number } | null }
  | { kind: 'table'; rows: string[][] };

const BUILT_IN: Record<string, string> = {
  Normal: 'Normal',
  Title: 'Title',
  'Heading 1': 'Heading1',
  'Heading 2': 'Heading2',
  'Heading 3': 'Heading3',
  'Heading 4': 'Heading4',
  'Heading 5': 'Heading5',
  'Footnote Text': 'FootnoteText',
  'List Paragraph': 'ListParagraph',
};

/** A paragraph; style defaults to "Normal". */
export function p(text: string, style = 'Normal'): Block {
  return { kind: 'p', text, style, list: null };
}

/** A paragraph of a Word auto-numbered list: Word renders `listString`, only the title is typed. */
export function list(text: string, listString: string, level = 0, style = 'List Paragraph'): Block {
  return { kind: 'p', text, style, list: { listString, level } };
}

/** A top-level table; each cell holds one paragraph. */
export function table(rows: string[][]): Block {
  return { kind: 'table', rows };
}

export class SnapshotBuilder {
  private readonly footnotes: SnapshotFootnote[] = [];
  private readonly headers: string[] = [];

  constructor(private readonly blocks: Block[]) {}

  footnote(text: string, at: { paragraph: number; offset?: number | null }): this {
    this.footnotes.push({
      number: this.footnotes.length + 1,
      text,
      paragraph: at.paragraph,
      offset: at.offset ?? null,
    });
    return this;
  }

  header(text: string): this {
    this.headers.push(text);
    return this;
  }

  build(): Snapshot {
    const paragraphs: SnapshotParagraph[] = [];
    const tables: SnapshotTable[] = [];
    for (const block of this.blocks) {
      if (block.kind === 'p') {
        paragraphs.push({
          index: paragraphs.length,
          text: block.text,
          style: block.style,
          styleBuiltIn: BUILT_IN[block.style] ?? 'Other',
          list: block.list,
          tableNestingLevel: 0,
          cell: null,
        });
        continue;
      }
      const tableIndex = tables.length;
      const first = paragraphs.length;
      block.rows.forEach((cells, row) =>
        cells.forEach((text, cell) =>
          paragraphs.push({
            index: paragraphs.length,
            text,
            style: 'Normal',
            styleBuiltIn: 'Normal',
            list: null,
            tableNestingLevel: 1,
            cell: { table: tableIndex, row, cell },
          }),
        ),
      );
      tables.push({
        index: tableIndex,
        rowCount: block.rows.length,
        values: block.rows.map((r) => [...r]),
        firstParagraph: first,
        lastParagraph: paragraphs.length - 1,
      });
    }
    return { paragraphs, tables, footnotes: [...this.footnotes], headers: [...this.headers] };
  }
}

export function doc(...blocks: Block[]): SnapshotBuilder {
  return new SnapshotBuilder(blocks);
}
