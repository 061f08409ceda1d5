/**
 * axe-core finds no serious or critical violation in the preview and the task pane: each panel, the insert
 * composer, a finding list, and the dark and high-contrast themes.
 */
import { seriousViolations } from './support/axe';
import { sampleWithoutAnnexRowForItem5 } from './support/fixtures';
import { launch, openDocument, type PreviewPage } from './support/preview';

/** The pointer rests on the document view, so that no task pane element is scanned in its hover state by chance. */
async function parkPointer(preview: PreviewPage): Promise<void> {
  await preview.page.mouse.move(1200, 800);
}

describe('accessibility (axe-core)', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
    await openDocument(preview, 'annex-missing-item-5.docx', await sampleWithoutAnnexRowForItem5());
  });
  afterAll(async () => preview.close());

  it('Items panel', async () => {
    await parkPointer(preview);
    expect(await seriousViolations(preview.page)).toEqual([]);
  });

  it('Items panel with the insert composer open', async () => {
    const { page } = preview;
    await page.getByRole('button', { name: 'Actions for item 1' }).click();
    await page.getByRole('menuitem', { name: 'Insert item after' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Accessibility review');
    await parkPointer(preview);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('Annex panel', async () => {
    await preview.page.getByRole('tab', { name: 'Annex' }).click();
    await preview.page.getByRole('button', { name: 'Regenerate annex' }).waitFor();
    await parkPointer(preview);
    expect(await seriousViolations(preview.page)).toEqual([]);
  });

  it('Checks panel with findings', async () => {
    const { page } = preview;
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByRole('button', { name: 'Run checks' }).click();
    await page
      .getByText(/is not scheduled in the annex/)
      .first()
      .waitFor();
    await parkPointer(preview);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Checks panel: the finding cards with a proposed fix, the current card and the ignored ones', async () => {
    const { page } = preview;
    const cards = page.locator('#taskpane').getByRole('article');
    await cards.first().waitFor();
    await cards.first().getByRole('button', { name: 'Ignore', exact: true }).click();
    await page.getByRole('button', { name: /^Show the \d+ ignored$/ }).click();
    await parkPointer(preview);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Settings panel', async () => {
    const { page } = preview;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: /^Geneva/ }).waitFor();
    await parkPointer(preview);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Checks' }).click();
  });

  it('the result banner with Undo', async () => {
    const { page } = preview;
    await page.getByRole('tab', { name: 'Items' }).click();
    await page.getByRole('button', { name: 'Actions for item 2' }).click();
    await page.getByRole('menuitem', { name: 'Move down' }).click();
    await page.getByRole('button', { name: 'Move item' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await parkPointer(preview);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(['dark', 'highContrast'])('%s theme', async (theme) => {
    const { page } = preview;
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    // a theme switch keeps the open panel: go to the Items panel for the scan
    await page.getByRole('tab', { name: 'Items' }).click();
    await page.getByRole('list', { name: 'Agenda items' }).waitFor();
    await parkPointer(preview);
    expect(await seriousViolations(page)).toEqual([]);
    await preview.screenshot(`items-${theme}`);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe(theme);
  });

  // Hover is part of the main flow (every row has its actions button), so its colours must hold in every theme.
  it.each(['light', 'dark', 'highContrast'])('an outline row under the pointer, %s theme', async (theme) => {
    const { page } = preview;
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    const row = page.getByRole('list', { name: 'Agenda items' }).getByText('Organizational matters');
    await row.hover();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
