/**
 * Regenerating the annex in one click puts back the row of an item the annex had lost, and the document view
 * shows it.
 */
import { sampleWithoutAnnexRowForItem5 } from './support/fixtures';
import { launch, openDocument, renderCount, viewTableRows, waitForRender, type PreviewPage } from './support/preview';

const itemCells = (rows: string[][]): string[] => rows.map((cells) => cells.slice(-2).join(' | '));

describe('regenerate the annex', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
    await openDocument(preview, 'annex-missing-item-5.docx', await sampleWithoutAnnexRowForItem5());
  });
  afterAll(async () => preview.close());

  it('starts from an annex without item 5', async () => {
    expect(itemCells(await viewTableRows(preview.page))).not.toContain('5 | Other matters');
    await preview.page.getByRole('tab', { name: 'Annex' }).click();
    await preview.page.getByRole('button', { name: 'Regenerate annex' }).waitFor();
    await preview.screenshot('annex');
  });

  it('puts the row of item 5 back, in the document view too', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    await page.getByRole('button', { name: 'Regenerate annex' }).click();
    await waitForRender(page, renders + 1);
    const cells = itemCells(await viewTableRows(page));
    expect(cells).toContain('5 | Other matters');
    // the rows before and after it are still there, in order
    const order = ['4 | Matters pertaining to the Mechanism', '5 | Other matters', '6 | Adoption of the report'].map(
      (prefix) => cells.findIndex((cell) => cell.startsWith(prefix)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.getByRole('region', { name: /Annex/ }).getByText('Other matters').first().waitFor();
    await page.locator('#document-view table').last().scrollIntoViewIfNeeded();
    await preview.screenshot('annex-after-regenerate');
    expect(preview.consoleErrors).toEqual([]);
  });
});
