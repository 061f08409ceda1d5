/**
 * The .docx as an OPC package: a ZIP of parts. Opening checks what a hostile file could abuse before any
 * byte is inflated (signature, declared sizes) and caps what is inflated while inflating (a zip bomb may
 * lie about its sizes). Saving rewrites only the parts that changed; JSZip reuses the original compressed
 * bytes of every other part, so they come out byte-identical.
 */
import JSZip from 'jszip';
import { DocxError } from '../errors';
import {
  checkXmlLimits,
  childElements,
  DEFAULT_XML_LIMITS,
  forbiddenXmlCharacter,
  parseXml,
  serializeXml,
  type XDocument,
  type XElement,
  type XmlLimits,
} from './xml';

export const DEFAULT_MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/**
 * A native raw-DEFLATE inflater (Node's zlib), optional: JSZip's pure-JS inflater works everywhere but is
 * several times slower on a cold start. Returns null when the output would exceed `maxOutputLength`;
 * throws when the stream is damaged.
 */
export type InflateRaw = (compressed: Uint8Array, maxOutputLength: number) => Uint8Array | null;

/** JSZip's private view of an entry as it stands in the archive (method 8 = DEFLATE). */
interface CompressedEntry {
  compressedContent?: unknown;
  compression?: { magic?: unknown };
}

export interface XmlPart {
  readonly name: string;
  readonly doc: XDocument;
  dirty: boolean;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

interface InflateStream {
  on(event: 'data', handler: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'error', handler: (error: unknown) => void): InflateStream;
  on(event: 'end', handler: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** The names in the ZIP's central directory and whether any entry is encrypted; null when it cannot be read. */
function centralDirectory(bytes: Uint8Array): { names: string[]; encrypted: boolean } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null; // ZIP64: JSZip reads it
  const names: string[] = [];
  let encrypted = false;
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    if (view.getUint16(at + 8, true) & 1) encrypted = true;
    const nameLength = view.getUint16(at + 28, true);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { names, encrypted };
}

/** An OLE compound file holding "EncryptedPackage" (UTF-16 in its directory) is an encrypted .docx. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptedPackage', (c) => [c.charCodeAt(0), 0]).flat();
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 of the ZIP format (polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A part the simulator created (e.g. styles.xml for a package without one): saved with its relationship. */
interface CreatedPart {
  part: XmlPart;
  /** The part whose relationships name it ("word/document.xml"). */
  source: string;
  relationshipType: string;
  contentType: string;
}

export class DocxPackage {
  private inflated = 0;
  private elements = 0;
  /** Limits on the XML of every part read (element count over the whole package, depth, text size). */
  limits: XmlLimits = DEFAULT_XML_LIMITS;
  private readonly created = new Map<string, string>();
  private readonly createdParts: CreatedPart[] = [];
  /** Content types of parts an edit made whose relationship the model wrote itself (a new header). */
  private readonly overrides = new Map<string, string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly maxInflatedBytes: number,
    private readonly inflateRaw: InflateRaw | null,
  ) {}

  static async open(
    bytes: Uint8Array,
    maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES,
    inflateRaw: InflateRaw | null = null,
  ): Promise<DocxPackage> {
    if (!(bytes instanceof Uint8Array)) throw new DocxError('Not a .docx file: no bytes were given.');
    if (bytes.length === 0) throw new DocxError('Not a .docx file: the file is empty.');
    if (startsWith(bytes, OLE_SIGNATURE)) {
      if (isEncryptedOle(bytes)) {
        throw new DocxError(
          'Cannot open this file: it is an encrypted (password-protected) .docx; remove the password in Word (File > Info > Protect Document) first.',
        );
      }
      throw new DocxError(
        'Cannot open this file: it is either an encrypted (password-protected) .docx or an old Word 97-2003 .doc; save it in Word as an unprotected .docx first.',
      );
    }
    if (!startsWith(bytes, [0x50, 0x4b])) throw new DocxError('Not a .docx file: it is not a ZIP package.');
    const directory = centralDirectory(bytes);
    if (directory?.encrypted)
      throw new DocxError('Cannot open this file: it is a password-protected (encrypted) ZIP, which a .docx never is.');
    const seen = new Set<string>();
    for (const name of directory?.names ?? []) {
      const key = name.toLowerCase();
      if (seen.has(key))
        throw new DocxError(`The .docx file is damaged or tampered with: the ZIP holds two entries named ${name}.`);
      seen.add(key);
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch {
      throw new DocxError('Not a .docx file: the ZIP package is damaged or truncated.');
    }
    return new DocxPackage(zip, maxInflatedBytes, inflateRaw);
  }

  has(name: string): boolean {
    const file = this.zip.file(name);
    return !!file && !file.dir;
  }

  /** Declared uncompressed size from the ZIP directory (JSZip keeps it on a private field). */
  private declaredSize(file: JSZip.JSZipObject): number | null {
    const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
    const size = data?.uncompressedSize;
    return typeof size === 'number' ? size : null;
  }

  private async inflate(name: string): Promise<Uint8Array | null> {
    const file = this.zip.file(name);
    if (!file || file.dir) return null;
    const declared = this.declaredSize(file);
    if (declared !== null && this.inflated + declared > this.maxInflatedBytes) {
      throw new DocxError(
        `Refused: ${name} would inflate to more than ${megabytes(this.maxInflatedBytes)} (a ZIP bomb or an oversized document).`,
      );
    }
    const native = this.inflateNatively(name, file);
    if (native) return native;
    const open = (file as unknown as { internalStream?: (type: 'uint8array') => InflateStream }).internalStream;
    if (typeof open !== 'function') throw new DocxError(`Cannot read ${name} from the package.`);
    const stream = open.call(file, 'uint8array');
    return new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let total = 0;
      let stopped = false;
      stream
        .on('data', (chunk) => {
          if (stopped) return;
          total += chunk.length;
          this.inflated += chunk.length;
          if (this.inflated > this.maxInflatedBytes) {
            stopped = true;
            stream.pause();
            reject(
              new DocxError(
                `Refused: ${name} inflates to more than ${megabytes(this.maxInflatedBytes)} (a ZIP bomb or an oversized document).`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (stopped) return;
          stopped = true;
          reject(new DocxError(`The .docx file is damaged: ${name} cannot be decompressed.`));
        })
        .on('end', () => {
          if (stopped) return;
          const out = new Uint8Array(total);
          let offset = 0;
          for (const c of chunks) {
            out.set(c, offset);
            offset += c.length;
          }
          resolve(out);
        })
        .resume();
    });
  }

  /** The entry inflated by the native inflater, when one was given and the entry is plainly DEFLATEd. */
  private inflateNatively(name: string, file: JSZip.JSZipObject): Uint8Array | null {
    const entry = (file as unknown as { _data?: CompressedEntry })._data;
    const content = entry?.compressedContent;
    if (!this.inflateRaw || !(content instanceof Uint8Array) || entry?.compression?.magic !== '\x08\x00') return null;
    let out: Uint8Array | null;
    try {
      out = this.inflateRaw(content, this.maxInflatedBytes - this.inflated);
    } catch {
      throw new DocxError(`The .docx file is damaged: ${name} cannot be decompressed.`);
    }
    if (out === null) {
      throw new DocxError(
        `Refused: ${name} inflates to more than ${megabytes(this.maxInflatedBytes)} (a ZIP bomb or an oversized document).`,
      );
    }
    this.inflated += out.length;
    return out;
  }

  /** The entry's bytes, checked against the CRC-32 its ZIP directory records (damage in transit). */
  private async inflateChecked(name: string): Promise<Uint8Array | null> {
    const bytes = await this.inflate(name);
    const file = this.zip.file(name);
    const expected = (file as unknown as { _data?: { crc32?: unknown } } | null)?._data?.crc32;
    if (bytes && typeof expected === 'number' && crc32(bytes) !== expected >>> 0) {
      throw new DocxError(
        `The .docx file is damaged: ${name} fails its checksum (CRC-32); it was corrupted, e.g. in transit.`,
      );
    }
    return bytes;
  }

  async readText(name: string): Promise<string | null> {
    const bytes = await this.inflateChecked(name);
    return bytes === null ? null : decodeXmlBytes(bytes);
  }

  async readXml(name: string): Promise<XmlPart | null> {
    const text = await this.readText(name);
    if (text === null) return null;
    this.elements = checkXmlLimits(text, name, this.limits, this.elements);
    return { name, doc: parseXml(text, name), dirty: false };
  }

  async readRelationships(partName: string): Promise<Relationship[]> {
    const relsName = relsPathFor(partName);
    const part = await this.readXml(relsName);
    if (!part) return [];
    const out: Relationship[] = [];
    const list = part.doc.documentElement?.getElementsByTagNameNS('*', 'Relationship');
    if (!list) return out;
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      if (!el) continue;
      const external = el.getAttribute('TargetMode') === 'External';
      const target = el.getAttribute('Target') ?? '';
      out.push({
        id: el.getAttribute('Id') ?? '',
        type: el.getAttribute('Type') ?? '',
        target: external ? target : resolvePartName(partName, target),
        external,
      });
    }
    return out;
  }

  /** A part created by an edit (e.g. settings.xml when the document had none). */
  addText(name: string, text: string): void {
    this.created.set(name, text);
  }

  /**
   * Registers a part made in memory: it is written, with its relationship from `source` and its content type, only
   * if an edit used it (left clean, the package is saved as it came).
   */
  createPart(part: XmlPart, source: string, relationshipType: string, contentType: string): void {
    this.createdParts.push({ part, source, relationshipType, contentType });
  }

  /** Declares the content type of a part an edit made (written with it, in [Content_Types].xml, on save). */
  addContentType(partName: string, contentType: string): void {
    this.overrides.set(partName, contentType);
  }

  /** True when the package holds a part of that name, or an edit declared one. */
  isTaken(name: string): boolean {
    return this.has(name) || this.overrides.has(name) || this.createdParts.some((c) => c.part.name === name);
  }

  private async writeOverrides(): Promise<void> {
    if (this.overrides.size === 0) return;
    let types = await this.readText('[Content_Types].xml');
    if (!types) return;
    for (const [name, contentType] of this.overrides)
      if (!types.includes(`PartName="/${name}"`))
        types = types.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`);
    this.zip.file('[Content_Types].xml', types);
  }

  private async linkCreatedParts(parts: XmlPart[]): Promise<void> {
    for (const { part, source, relationshipType, contentType } of this.createdParts) {
      if (!part.dirty || this.has(part.name)) continue;
      const relsName = relsPathFor(source);
      // A relationships part an edit changed too (a new header's) is written from its tree: the link goes there.
      const edited = parts.find((p) => p.name === relsName && p.dirty)?.doc.documentElement;
      if (edited) linkInTree(edited, relationshipType, relativeTarget(source, part.name));
      else await this.linkInZip(relsName, relationshipType, relativeTarget(source, part.name));
      const types = await this.readText('[Content_Types].xml');
      if (types && !types.includes(`PartName="/${part.name}"`)) {
        this.zip.file(
          '[Content_Types].xml',
          types.replace('</Types>', `<Override PartName="/${part.name}" ContentType="${contentType}"/></Types>`),
        );
      }
    }
  }

  private async linkInZip(relsName: string, relationshipType: string, target: string): Promise<void> {
    const rels =
      (await this.readText(relsName)) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n += 1;
    this.zip.file(
      relsName,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rId${n}" Type="${relationshipType}" Target="${target}"/></Relationships>`,
      ),
    );
  }

  /**
   * Every part written is checked first: no character XML forbids (a control character pasted into a title)
   * and well-formed, so a file Word would refuse to open is never produced.
   */
  async save(parts: Iterable<XmlPart>): Promise<Uint8Array> {
    const list = [...parts];
    await this.linkCreatedParts(list);
    await this.writeOverrides();
    const written = new Map<string, string>();
    for (const part of list) if (part.dirty) written.set(part.name, serializeXml(part.doc));
    for (const [name, text] of this.created) written.set(name, text);
    for (const [name, text] of written) {
      const bad = forbiddenXmlCharacter(text);
      if (bad)
        throw new DocxError(
          `Nothing written: ${name} would hold ${bad}, a character XML forbids (Word could not open the file).`,
        );
      try {
        parseXml(text, name);
      } catch (error) {
        throw new DocxError(`Nothing written: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.zip.file(name, text);
    }
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}

/**
 * Appends a relationship to a relationships part's tree. Its id ("rIdPartN") is not of the "rIdN" form the model's
 * own addRelationship gives, which does not see this one.
 */
function linkInTree(root: XElement, relationshipType: string, target: string): void {
  const ids = new Set(childElements(root).map((el) => el.getAttribute('Id')));
  let n = 1;
  while (ids.has(`rIdPart${n}`)) n += 1;
  const rel = root.ownerDocument.createElementNS(root.namespaceURI, 'Relationship');
  rel.setAttribute('Id', `rIdPart${n}`);
  rel.setAttribute('Type', relationshipType);
  rel.setAttribute('Target', target);
  root.appendChild(rel);
}

function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export function relsPathFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  const dir = slash >= 0 ? partName.slice(0, slash + 1) : '';
  return `${dir}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against its source part ("styles.xml" from word/document.xml → word/styles.xml). */
export function resolvePartName(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return normalise(target.slice(1));
  const slash = sourcePart.lastIndexOf('/');
  const dir = slash >= 0 ? sourcePart.slice(0, slash + 1) : '';
  return normalise(dir + target);
}

/** The target of a relationship from `source` to `part` (both in one folder in practice: "styles.xml"). */
function relativeTarget(source: string, part: string): string {
  const slash = source.lastIndexOf('/');
  const dir = slash >= 0 ? source.slice(0, slash + 1) : '';
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
