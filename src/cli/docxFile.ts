/** Reading .docx files for the CLI: one clear line on failure (writing: see writeFile.ts). */
import { promises as fs } from 'fs';
import { inflateRawSync } from 'zlib';
import { openDocx, type SimulatedDocument } from '../simulator';

export class FileError extends Error {}

/** An input as it was read: what an --in-place write compares the file with before replacing it. */
export interface SourceFile {
  file: string;
  bytes: Buffer;
}

export async function openDocxFile(file: string): Promise<{ document: SimulatedDocument; source: SourceFile }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(
      code === 'ENOENT'
        ? `${file}: no such file.`
        : code === 'EISDIR'
          ? `${file}: is a folder, not a .docx file.`
          : `${file}: cannot be read (${code ?? 'unknown error'}).`,
    );
  }
  try {
    const document = await openDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      inflateRaw: nativeInflate,
    });
    return { document, source: { file, bytes } };
  } catch (error) {
    throw new FileError(`${file}: ${firstLine(error)}`);
  }
}

/** Node's zlib: the same bytes as JSZip's inflater, without its cold-start cost; null past the cap. */
function nativeInflate(compressed: Uint8Array, maxOutputLength: number): Uint8Array | null {
  if (maxOutputLength <= 0) return null;
  try {
    return inflateRawSync(compressed, { maxOutputLength });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}
