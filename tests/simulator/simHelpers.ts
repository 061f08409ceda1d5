/** Shared reading helpers for simulator tests: every read goes through the public Word API slice. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { openDocx, type SimulatedDocument } from '../../src/simulator';

export const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SAMPLES, name)));
}

export async function openSample(name: string): Promise<SimulatedDocument> {
  return openDocx(sampleBytes(name));
}

export interface ReadParagraph {
  text: string;
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  tableNestingLevel: number;
}

export async function readParagraphs(doc: SimulatedDocument): Promise<ReadParagraph[]> {
  return doc.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel');
    await context.sync();
    return paragraphs.items.map((p) => ({
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      isListItem: p.isListItem,
      tableNestingLevel: p.tableNestingLevel,
    }));
  });
}

export async function readTexts(doc: SimulatedDocument): Promise<string[]> {
  return (await readParagraphs(doc)).map((p) => p.text);
}

export async function readTables(doc: SimulatedDocument): Promise<string[][][]> {
  return doc.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load('items/values');
    await context.sync();
    return tables.items.map((t) => t.values);
  });
}

export async function readListStrings(
  doc: SimulatedDocument,
): Promise<Array<{ text: string; listString: string | null; level: number | null }>> {
  return doc.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const items = paragraphs.items.map((p) => {
      const item = p.listItemOrNullObject;
      item.load('isNullObject,level,listString');
      return item;
    });
    await context.sync();
    return paragraphs.items.map((p, i) => {
      const item = items[i];
      return item && !item.isNullObject
        ? { text: p.text, listString: item.listString, level: item.level }
        : { text: p.text, listString: null, level: null };
    });
  });
}

/** Save, then open the saved bytes again: every write test checks the file, not the in-memory state. */
export async function reopen(doc: SimulatedDocument): Promise<SimulatedDocument> {
  return openDocx(await doc.save());
}
