/**
 * Working through findings in the preview (issue 12): cards under human group names with the rule id, the proposed
 * replacement shown before Fix ("3-6 pm → 3–6 p.m."), Next / Previous selecting each finding in the document view,
 * Fix of a malformed symbol, Ignore remembered in the downloaded .docx, CSV export, and the house style setting.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { sampleWithTimeAndSymbolSlips } from './support/fixtures';
import {
  launch,
  openDocument,
  renderCount,
  viewParagraphs,
  viewTableRows,
  waitForRender,
  type PreviewPage,
} from './support/preview';

/** The task pane (the document view renders its pages as <article> elements too). */
const pane = (page: Page) => page.locator('#taskpane');

describe('working through findings', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
    await openDocument(preview, 'slips.docx', await sampleWithTimeAndSymbolSlips());
    await preview.page.getByRole('tab', { name: 'Checks' }).click();
    await preview.page.getByRole('button', { name: 'Run checks' }).click();
  });
  afterAll(async () => preview.close());

  it('shows cards under human names, each with its rule id and the replacement its fix would write', async () => {
    const { page } = preview;
    const symbols = page.getByRole('region', { name: /^Document symbols: \d+$/ });
    const times = page.getByRole('region', { name: /^Times of day: \d+$/ });
    await symbols.waitFor();
    await times.waitFor();
    const timeCard = times.getByRole('article').filter({ hasText: '3-6 pm' });
    expect(await timeCard.getByText('time/format').count()).toBe(1);
    expect((await timeCard.getByLabel('Proposed fix').textContent())?.replace(/\s+/g, ' ')).toContain(
      '3-6 pm → becomes 3–6 p.m.',
    );
    const symbolCard = symbols.getByRole('article').filter({ hasText: 'CTOC/COP/WG.7/2O23/2' });
    expect((await symbolCard.getByLabel('Proposed fix').textContent())?.replace(/\s+/g, ' ')).toContain(
      'CTOC/COP/WG.7/2O23/2 → becomes CTOC/COP/WG.7/2023/2',
    );
    await preview.screenshot('findings-cards');
    await page.mouse.move(1200, 800);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Next selects the next finding in the document view and makes its card current', async () => {
    const { page } = preview;
    const before = await page.getAttribute('#document-view', 'data-selection');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((old) => document.getElementById('document-view')?.dataset.selection !== old, before);
    expect(await pane(page).locator('article[aria-current="true"]').getAttribute('aria-label')).toMatch(
      /^Finding 2 of \d+:/,
    );
    expect(await page.locator('#document-view [data-selected="true"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForFunction(() =>
      document
        .querySelector('#taskpane article[aria-current="true"]')
        ?.getAttribute('aria-label')
        ?.startsWith('Finding 1 of'),
    );
  });

  it('Fix corrects the malformed symbol in the document', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    const card = pane(page).getByRole('article').filter({ hasText: 'CTOC/COP/WG.7/2O23/2' });
    await card.getByRole('button', { name: 'Fix' }).click();
    await waitForRender(page, renders + 1);
    const text = (await viewParagraphs(page)).join('\n');
    expect(text).toContain('(CTOC/COP/WG.7/2023/2)');
    expect(text).not.toContain('2O23');
    await pane(page).getByRole('article').filter({ hasText: 'CTOC/COP/WG.7/2O23/2' }).waitFor({ state: 'detached' });
  });

  it('Ignore hides a finding, and the downloaded .docx remembers it', async () => {
    const { page } = preview;
    const card = pane(page).getByRole('article').filter({ hasText: '3-6 pm' });
    await card.getByRole('button', { name: 'Ignore', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByText(/1 ignored\./).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download edited .docx' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('slips.docx');
    const bytes = new Uint8Array(readFileSync(await file.path()));
    // another editor opens the downloaded file: the finding is still ignored
    await openDocument(preview, 'slips-reopened.docx', bytes);
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByRole('button', { name: 'Run checks' }).click();
    await page.getByText(/1 ignored\./).waitFor();
    expect(await pane(page).getByRole('article').filter({ hasText: '3-6 pm' }).count()).toBe(0);
    expect((await viewTableRows(page)).some((row) => row.includes('3-6 pm'))).toBe(true);
  });

  it('exports the findings as CSV named after the document symbol', async () => {
    const { page } = preview;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('CTOC-COP-WG.7-2023-1 findings.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffGroup,Rule,Severity,Place,Text,Message,Proposed fix,Status');
    expect(csv).toMatch(
      /\r\nTimes of day,time\/format,warning,"table \d+, row \d+, cell \d+",3-6 pm,"Time ""3-6 pm"": .*",3-6 pm → 3–6 p\.m\.,ignored\r\n/,
    );
  });

  it('the house style Geneva makes the checks expect 24-hour times', async () => {
    const { page } = preview;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: /As the document shows \(Vienna\)/ }).waitFor();
    await page.getByRole('radio', { name: /^Geneva/ }).check();
    await preview.screenshot('settings-geneva');
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page
      .getByRole('region', { name: /^Times of day: \d+$/ })
      .getByText(/10\.00–13\.00/)
      .first()
      .waitFor();
    expect(preview.consoleErrors).toEqual([]);
  });
});
