/**
 * The Word simulator: the slice of the Word JavaScript API in src/word/api.ts over a real .docx, with
 * Office.js's load/sync rules. Runs in Node and in the browser (Uint8Array in and out; no Node APIs).
 */
import { DocxError } from './errors';
import { DocModel } from './ooxml/docModel';
import { DocxPackage, DEFAULT_MAX_INFLATED_BYTES, type InflateRaw } from './ooxml/package';

export type { InflateRaw } from './ooxml/package';
import type { SimPlatform, SimQuirks } from './api/context';
export type { SimQuirks } from './api/context';
import { SimulatedDocx, type SimulatedDocument } from './simulatedDocument';

export { DocxError, RichApiError } from './errors';
export { forbiddenXmlCharacter } from './ooxml/xml';
export type { SimulatedDocument } from './simulatedDocument';

export interface OpenDocxOptions {
  /** Cap on the bytes inflated from the package (default 200 MB): a ZIP bomb is refused, not inflated. */
  maxInflatedBytes?: number;
  /** A native inflater (Node's zlib.inflateRawSync) to use instead of JSZip's JavaScript one. */
  inflateRaw?: InflateRaw;
  /** Which Word to play where platforms differ (tracked deletions in Paragraph.text): 'web' by default. */
  platform?: SimPlatform;
  /** Failure modes of Word builds to reproduce (see SimQuirks): none by default. */
  quirks?: SimQuirks;
}

export async function openDocx(bytes: Uint8Array, options: OpenDocxOptions = {}): Promise<SimulatedDocument> {
  try {
    const pkg = await DocxPackage.open(
      bytes,
      options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES,
      options.inflateRaw ?? null,
    );
    const model = await DocModel.load(pkg);
    return new SimulatedDocx(model, options.platform, options.quirks);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    // Anything else the parsers throw on a broken package is still the file's fault: one line, no stack.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DocxError(`The .docx file is damaged and cannot be read (${reason.slice(0, 160)}).`);
  }
}
