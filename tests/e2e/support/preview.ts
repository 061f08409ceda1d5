/**
 * Opens the built preview in the installed Chromium with a fresh profile, and records what must not happen:
 * console errors, uncaught page errors and any request that leaves localhost (such requests are also aborted,
 * so a test never waits on the network).
 */
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The flags the project runs Chromium with (playwright adds --headless itself). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\`.`);
  return value;
}

export const BASE_URL = required('E2E_BASE_URL');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? join(process.cwd(), 'test-output', 'screenshots');

export interface PreviewPage {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
  /** Saves a screenshot of the whole window under test-output/screenshots/NAME.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function launch(path = 'preview.html', options: { waitForDocument?: boolean } = {}): Promise<PreviewPage> {
  const profile = mkdtempSync(join(tmpdir(), 'agenda-desk-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: required('E2E_CHROMIUM'),
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const origin = new URL(BASE_URL).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(new URL(path, BASE_URL).toString());
  if (options.waitForDocument !== false) await waitForRender(page, 1);
  return {
    page,
    consoleErrors,
    outsideRequests,
    async screenshot(name: string) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The number of times the document view has rendered (the preview counts them on #document-view). */
export async function renderCount(page: Page): Promise<number> {
  return Number((await page.getAttribute('#document-view', 'data-render-count')) ?? '0');
}

/** Waits until the document view has rendered at least `count` times and is not busy. */
export async function waitForRender(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const view = document.getElementById('document-view');
      return Number(view?.dataset.renderCount ?? '0') >= expected && view?.getAttribute('aria-busy') === 'false';
    },
    count,
    { timeout: 30_000 },
  );
}

/** The text of every body paragraph shown in the document view, whitespace collapsed. */
export async function viewParagraphs(page: Page): Promise<string[]> {
  return page.$$eval('#document-view section.docx > article p', (paragraphs) =>
    paragraphs.map((p) => (p.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()),
  );
}

/** Rows of the document view's tables (the annex among them), cell texts whitespace collapsed. */
export async function viewTableRows(page: Page): Promise<string[][]> {
  return page.$$eval('#document-view section.docx > article table tr', (rows) =>
    rows.map((row) =>
      Array.from(row.children).map((cell) => (cell.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()),
    ),
  );
}

/** Opens a .docx through the preview's "Open .docx…" button and waits for its render. */
export async function openDocument(preview: PreviewPage, name: string, bytes: Uint8Array): Promise<void> {
  const before = await renderCount(preview.page);
  const chooser = preview.page.waitForEvent('filechooser');
  await preview.page.getByRole('button', { name: 'Open .docx…' }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });
  await preview.page.waitForFunction((file) => document.getElementById('document-name')?.textContent === file, name);
  await waitForRender(preview.page, before + 1);
}
