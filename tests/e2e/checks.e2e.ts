/**
 * Running the checks lists the findings grouped by rule; clicking a finding selects its text, which the document
 * view highlights and scrolls into view.
 */
import { sampleWithoutAnnexRowForItem5 } from './support/fixtures';
import { launch, openDocument, type PreviewPage } from './support/preview';

describe('checks', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
    await openDocument(preview, 'annex-missing-item-5.docx', await sampleWithoutAnnexRowForItem5());
  });
  afterAll(async () => preview.close());

  it('finds that the annex misses item 5', async () => {
    const { page } = preview;
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByRole('button', { name: 'Run checks' }).click();
    const group = page.getByRole('region', { name: /^Annex \(organization of work\): 1$/ });
    await group.getByText(/Item 5 .Other matters. is not scheduled in the annex/).waitFor();
    await preview.screenshot('checks');
  });

  it('selects the finding’s text in the document and the view highlights it', async () => {
    const { page } = preview;
    expect(await page.locator('#document-view [data-selected="true"]').count()).toBe(0);
    await page.getByRole('button', { name: /Item 5 .Other matters. is not scheduled in the annex/ }).click();
    const selected = page.locator('#document-view [data-selected="true"]');
    await selected.waitFor();
    expect(await selected.count()).toBe(1);
    // the finding is on item 5 of the provisional agenda: "5.<TAB>Other matters."
    expect((await selected.textContent())?.replace(/[\s\u00a0]+/g, ' ').trim()).toBe('5. Other matters.');
    // the simulator's selection: paragraph 19 (0-based), characters 3–16 of "5.<TAB>Other matters."
    expect(await page.getAttribute('#document-view', 'data-selection')).toBe('19:3-16');
    const highlighted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('agenda-desk-selection');
      const range = highlight ? Array.from(highlight)[0] : undefined;
      return range ? (range as Range).toString() : null;
    });
    expect(highlighted).toBe('Other matters');
    const inView = await selected.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const view = document.getElementById('document-view')?.getBoundingClientRect();
      return Boolean(view) && box.top >= (view?.top ?? 0) && box.bottom <= (view?.bottom ?? 0);
    });
    expect(inView).toBe(true);
    await preview.screenshot('checks-finding-selected');
    expect(preview.consoleErrors).toEqual([]);
  });
});
