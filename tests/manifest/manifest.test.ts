/**
 * The add-in manifest: valid against Microsoft's OfficeApp schemas (offline, with xmllint) and saying what the
 * product needs: Word, read/write, WordApi 1.5, an "Agenda Desk" button on the Home tab that opens the task pane,
 * and icon files of the sizes it declares.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

type XmlDocument = Document;
type XmlElement = Element;

const ROOT = resolve(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const SCHEMA = join(ROOT, 'tests', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BASIC_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const DEV_ORIGIN = 'https://localhost:3000/';

const manifestText = readFileSync(MANIFEST, 'utf8');
const manifest = new DOMParser().parseFromString(manifestText, 'text/xml');

function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
}

function validate(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

function elements(namespace: string, localName: string, within: XmlElement | XmlDocument = manifest): XmlElement[] {
  return Array.from(within.getElementsByTagNameNS(namespace, localName));
}

function only(namespace: string, localName: string, within: XmlElement | XmlDocument = manifest): XmlElement {
  const found = elements(namespace, localName, within);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The DefaultValue of the resource (image, URL or string) that a resid names. */
function resource(resid: string): string {
  const matches = ['Image', 'Url', 'String']
    .flatMap((name) => elements(BASIC_NS, name))
    .filter((element) => element.getAttribute('id') === resid && element.hasAttribute('DefaultValue'));
  if (matches.length !== 1) throw new Error(`resid ${resid} is defined ${matches.length} times`);
  return matches[0].getAttribute('DefaultValue') ?? '';
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function iconFile(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return join(ROOT, url.slice(DEV_ORIGIN.length));
}

describe('manifest.xml against the OfficeApp schemas (xmllint)', () => {
  const available = xmllintAvailable();
  if (!available && process.env.CI !== 'true') {
    process.stderr.write(
      'manifest schema check skipped: xmllint not found — install it with `apt-get install libxml2-utils`\n',
    );
  }
  const testWithXmllint = available || process.env.CI === 'true' ? it : it.skip;

  testWithXmllint('is valid', () => {
    if (!available) throw new Error('xmllint not found — install it with `apt-get install libxml2-utils`');
    const result = validate(MANIFEST);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  // Proves the check has teeth: the same manifest with a permission the schema does not know must fail.
  testWithXmllint('rejects a manifest with an unknown permission', () => {
    if (!available) throw new Error('xmllint not found — install it with `apt-get install libxml2-utils`');
    const broken = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(broken, manifestText.replace('<Permissions>ReadWriteDocument<', '<Permissions>EverythingPlease<'));
    expect(validate(broken).ok).toBe(false);
  });
});

describe('manifest.xml content', () => {
  it('is a task pane add-in for Word documents', () => {
    expect(manifest.documentElement?.getAttributeNS(XSI_NS, 'type')).toBe('TaskPaneApp');
    const hosts = elements(OFFICE_NS, 'Host').map((host) => host.getAttribute('Name'));
    expect(hosts).toEqual(['Document']);
    expect(only(OVERRIDES_NS, 'Host').getAttributeNS(XSI_NS, 'type')).toBe('Document');
  });

  it('asks for ReadWriteDocument and WordApi 1.5 as minimum', () => {
    expect(only(OFFICE_NS, 'Permissions').textContent).toBe('ReadWriteDocument');
    const wordApi = elements(OFFICE_NS, 'Set').filter((set) => set.getAttribute('Name') === 'WordApi');
    expect(wordApi.map((set) => set.getAttribute('MinVersion'))).toEqual(['1.5']);
  });

  it('puts an "Agenda Desk" button on the Home tab that opens the task pane', () => {
    const tab = only(OVERRIDES_NS, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const buttons = elements(OVERRIDES_NS, 'Control', tab).filter(
      (control) => control.getAttributeNS(XSI_NS, 'type') === 'Button',
    );
    expect(buttons).toHaveLength(1);
    const button = buttons[0];
    const label = elements(OVERRIDES_NS, 'Label', button)[0];
    expect(resource(label.getAttribute('resid') ?? '')).toBe('Agenda Desk');
    const action = only(OVERRIDES_NS, 'Action', button);
    expect(action.getAttributeNS(XSI_NS, 'type')).toBe('ShowTaskpane');
    const source = only(OVERRIDES_NS, 'SourceLocation', action);
    expect(resource(source.getAttribute('resid') ?? '')).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it('opens the same task pane page by default', () => {
    const source = only(OFFICE_NS, 'SourceLocation');
    expect(source.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it('defines every resource it refers to, and only https URLs', () => {
    const resids = Array.from(manifest.getElementsByTagName('*'))
      .map((element) => element.getAttribute('resid'))
      .filter((resid): resid is string => Boolean(resid));
    expect(resids.length).toBeGreaterThan(5);
    for (const resid of resids) expect(() => resource(resid)).not.toThrow();
    const urls = manifestText.match(/(?:DefaultValue|href)="(https?:[^"]+)"/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toContain('"https://');
  });

  it('has icon files with the pixel size each reference declares', () => {
    const declared: Array<{ url: string; size: number }> = [
      { url: only(OFFICE_NS, 'IconUrl').getAttribute('DefaultValue') ?? '', size: 32 },
      { url: only(OFFICE_NS, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', size: 64 },
      ...elements(OVERRIDES_NS, 'Icon').flatMap((icon) =>
        elements(BASIC_NS, 'Image', icon).map((image) => ({
          url: resource(image.getAttribute('resid') ?? ''),
          size: Number(image.getAttribute('size')),
        })),
      ),
    ];
    expect(new Set(declared.map((icon) => icon.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of declared) {
      const file = iconFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('keeps the icons reproducible from scripts/make-icons.js', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'icons-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.js'), outDir], { stdio: 'ignore' });
    for (const size of [16, 32, 64, 80]) {
      const committed = readFileSync(join(ROOT, 'assets', 'icons', `icon-${size}.png`));
      expect(readFileSync(join(outDir, `icon-${size}.png`)).equals(committed)).toBe(true);
    }
  });
});
