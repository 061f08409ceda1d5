/**
 * Feedback after an edit (issue 12): focus returns to the edited row, the result banner is compact and offers Undo
 * (which puts the document back), the document view scrolls to the edit, a theme switch keeps the panel and the
 * findings, the preview asks before discarding edits not downloaded, and the blank-agenda form works on a document
 * without styles.xml.
 */
import { letterWithoutStyles } from './support/fixtures';
import { launch, openDocument, renderCount, viewParagraphs, waitForRender, type PreviewPage } from './support/preview';

describe('feedback after an edit', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
  });
  afterAll(async () => preview.close());

  it('after Apply, focus is on the new row, the banner is compact, and the view shows the edit', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    await page.getByRole('button', { name: 'Actions for item 5' }).click();
    await page.getByRole('menuitem', { name: 'Insert item after' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Feedback item');
    await page.getByRole('button', { name: 'Insert item' }).click();
    await waitForRender(page, renders + 1);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Actions for item 6');
    const banner = page.getByRole('group', { name: 'Result of the last change' });
    await banner.getByRole('button', { name: 'Undo' }).waitFor();
    const box = await banner.boundingBox();
    expect(box?.height).toBeLessThan(100);
    // the document view scrolled to the first changed paragraph (the new list line) and outlines it
    const selected = page.locator('#document-view [data-selected="true"]');
    await selected.waitFor();
    expect((await selected.textContent())?.replace(/[\s\u00a0]+/g, ' ')).toContain('Feedback item');
    const inView = await selected.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const view = document.getElementById('document-view')?.getBoundingClientRect();
      return !!view && rect.top >= view.top && rect.bottom <= view.bottom;
    });
    expect(inView).toBe(true);
    await preview.screenshot('feedback-after-insert');
  });

  it('Undo takes the insertion out again', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForRender(page, renders + 1);
    await page.getByText('Undone').waitFor();
    const paragraphs = await viewParagraphs(page);
    expect(paragraphs.filter((text) => text.includes('Feedback item'))).toEqual([]);
    expect(paragraphs.filter((text) => text.startsWith('6. Adoption of the report'))).toHaveLength(2);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await preview.screenshot('feedback-after-undo');
  });

  it('a theme switch keeps the open panel and its findings', async () => {
    const { page } = preview;
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByRole('button', { name: 'Run checks' }).click();
    const status = await page
      .getByRole('status')
      .filter({ hasText: /^(No problems found|Found )/ })
      .textContent();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.waitForTimeout(200);
    expect(await page.getByRole('tab', { name: 'Checks' }).getAttribute('aria-selected')).toBe('true');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^(No problems found|Found )/ })
        .textContent(),
    ).toBe(status);
    await preview.screenshot('feedback-theme-dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  });

  it('opening another document asks before discarding edits not downloaded', async () => {
    const { page } = preview;
    // the Undo above was an edit: the document differs from the file as opened
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open .docx…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'letter.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await letterWithoutStyles()),
    });
    await page.waitForFunction(() => /was not opened/.test(document.getElementById('status')?.textContent ?? ''));
    expect(asked).toEqual([
      'ctoc-cop-wg7-2023-1.docx has edits that were not downloaded. Discard them and open letter.docx?',
    ]);
    expect(await page.textContent('#document-name')).toBe('ctoc-cop-wg7-2023-1.docx');
  });

  it('the download is named after the file, and after it nothing is asked', async () => {
    const { page } = preview;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download edited .docx' }).click();
    expect((await download).suggestedFilename()).toBe('ctoc-cop-wg7-2023-1.docx');
    let asked = false;
    page.once('dialog', (dialog) => {
      asked = true;
      void dialog.accept();
    });
    await openDocument(preview, 'letter.docx', await letterWithoutStyles());
    expect(asked).toBe(false);
  });

  it('the blank-agenda form works on a document without styles.xml', async () => {
    const { page } = preview;
    await page.getByRole('textbox', { name: /Meeting body/ }).fill('Working Group on Firearms');
    await page.getByRole('textbox', { name: /Venue/ }).fill('Vienna');
    await page.getByLabel('Meeting day 1').fill('2024-03-04');
    await preview.screenshot('skeleton-form');
    const renders = await renderCount(page);
    await page.getByRole('button', { name: 'Insert blank agenda' }).click();
    await waitForRender(page, renders + 1);
    await page.getByRole('list', { name: 'Agenda items' }).waitFor();
    expect(await page.locator('#taskpane').textContent()).not.toMatch(/Something went wrong|not a built-in/);
    const paragraphs = await viewParagraphs(page);
    expect(paragraphs).toContain('Annotated provisional agenda');
    await preview.screenshot('skeleton-inserted');
    expect(preview.consoleErrors).toEqual([]);
  });
});
