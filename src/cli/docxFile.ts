/** Reading and writing .docx files for the CLI: one clear line on failure, never a half-written file. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { openDocx, type SimulatedDocument } from '../simulator';

export class FileError extends Error {}

export async function openDocxFile(file: string): Promise<SimulatedDocument> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? `${file}: no such file.` : code === 'EISDIR' ? `${file}: is a folder, not a .docx file.` : `${file}: cannot be read (${code ?? 'unknown error'}).`);
  }
  try {
    return await openDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { inflateRaw: nativeInflate });
  } catch (error) {
    throw new FileError(`${file}: ${firstLine(error)}`);
  }
}

/** Writes through a temporary file in the same folder and a rename, so OUT is either old or complete. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new FileError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? firstLine(error)}).`);
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
