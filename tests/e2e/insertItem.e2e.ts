/**
 * Inserting an item in the task pane renumbers the provisional agenda, the annotations and the annex, and the
 * document view shows all three after the edit.
 */
import { launch, renderCount, viewParagraphs, viewTableRows, waitForRender, type PreviewPage } from './support/preview';

const TITLE = 'Review of the browser tests';

describe('insert an item after item 2', () => {
  let preview: PreviewPage;
  let before: string[];
  beforeAll(async () => {
    preview = await launch();
    before = await viewParagraphs(preview.page);
  });
  afterAll(async () => preview.close());

  it('applies from the item’s menu, with a preview of the change', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    await page.getByRole('button', { name: 'Actions for item 2' }).click();
    await page.getByRole('menuitem', { name: 'Insert item after' }).click();
    const composer = page.getByRole('region', { name: /New item after item 2/ });
    await composer.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await composer
      .getByRole('status')
      .filter({ hasText: /renumber/i })
      .waitFor();
    await preview.screenshot('items-insert-composer');
    await composer.getByRole('button', { name: 'Insert item' }).click();
    await waitForRender(page, renders + 1);
    await page.getByRole('list', { name: 'Agenda items' }).getByText(TITLE).waitFor();
    await preview.screenshot('items-after-insert');
    expect(preview.consoleErrors).toEqual([]);
  });

  it('shows the new item 3 in the provisional agenda and the old items 3–6 renumbered 4–7', async () => {
    const after = await viewParagraphs(preview.page);
    // In the provisional agenda the items are typed "3.<TAB>Title." (TAB shows as a space).
    expect(before.filter((text) => text.startsWith('3. Developments, challenges'))).toHaveLength(2);
    expect(after.filter((text) => text.startsWith(`3. ${TITLE}`))).toHaveLength(2); // list entry and annotation heading
    expect(after.filter((text) => text.startsWith('4. Developments, challenges'))).toHaveLength(2);
    expect(after.filter((text) => text.startsWith('7. Adoption of the report'))).toHaveLength(2);
    expect(after.filter((text) => /^6\. Adoption of the report/.test(text))).toHaveLength(0);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('shows the new item in the annex, with the items after it renumbered', async () => {
    const rows = await viewTableRows(preview.page);
    const itemCells = rows.map((cells) => cells.slice(-2).join(' | '));
    expect(itemCells).toContain(`3 | ${TITLE}`);
    expect(itemCells).toContain('7 | Adoption of the report');
    expect(itemCells).not.toContain('6 | Adoption of the report');
  });
});
