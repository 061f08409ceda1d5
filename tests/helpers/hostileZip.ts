/**
 * Hostile packages made on the fly (no committed binaries) by patching a real ZIP's bytes: a flipped byte under
 * a valid CRC, two entries with one name, the "encrypted" flag, an OLE file holding an encrypted package.
 */
import JSZip from 'jszip';

/** Every offset of NEEDLE in BYTES. */
function offsets(bytes: Uint8Array, needle: Uint8Array): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    out.push(i);
  }
  return out;
}

/** The .docx with word/document.xml STOREd and one byte of its text changed: the ZIP still records the old CRC. */
export async function damagedInTransit(docx: Uint8Array, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  const at = offsets(stored, new TextEncoder().encode(text))[0];
  if (at === undefined) throw new Error(`"${text}" is not in the package`);
  stored[at] ^= 0x01; // one bit flipped, as in transit; the XML stays well-formed
  return stored;
}

/** The .docx with a second entry renamed to NAME (a ZIP holding NAME twice; JSZip keeps just one). */
export async function duplicateEntry(docx: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const twin = name.slice(0, -1) + (name.endsWith('X') ? 'Y' : 'X');
  zip.file(
    twin,
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  );
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const encoded = new TextEncoder().encode(twin);
  for (const at of offsets(bytes, encoded)) bytes.set(new TextEncoder().encode(name), at);
  return bytes;
}

/** The .docx with the "encrypted" bit set on every entry, as a password-protected ZIP has it. */
export async function encryptedZip(docx: Uint8Array): Promise<Uint8Array> {
  const bytes = Uint8Array.from(docx);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
    if (signature === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
  }
  return bytes;
}

/** An OLE compound file as Word writes for a password-protected .docx: its directory names "EncryptedPackage". */
export function oleEncryptedDocx(): Uint8Array {
  const bytes = new Uint8Array(8192);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ['EncryptionInfo', 'EncryptedPackage'];
  names.forEach((name, n) => Array.from(name).forEach((c, i) => (bytes[1024 + n * 128 + i * 2] = c.charCodeAt(0))));
  return bytes;
}

/** Elements nested DEPTH deep, each re-declaring a namespace (what made serializing quadratic). */
export function deepNesting(depth: number): string {
  return '<w:sdt xmlns:x="urn:x"><w:sdtContent>'.repeat(depth) + '</w:sdtContent></w:sdt>'.repeat(depth);
}
