/**
 * "Check this Word" in the preview (issue 10): the same bundle that runs in Word runs the gateway's self-test against
 * the preview's Word (the simulator), lists PASS for every assumption it can check there, offers the report to copy,
 * and leaves the document as it was (the document view shows the same text afterwards).
 */
import { launch, type PreviewPage } from './support/preview';

describe('self-test in the preview', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
  });
  afterAll(async () => preview.close());

  it('runs green, shows a copyable report and leaves the document unchanged', async () => {
    const { page } = preview;
    const documentText = () => page.locator('#document-view').innerText();
    const before = await documentText();
    await page.getByRole('button', { name: 'Check this Word' }).click();
    const results = page.getByRole('list', { name: 'Self-test results' });
    await results.waitFor({ timeout: 30_000 });
    const lines = await results.locator('li').allInnerTexts();
    expect(lines.filter((line) => line.startsWith('FAIL'))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('PASS')).length).toBeGreaterThanOrEqual(6);
    const report = await page.getByRole('textbox', { name: 'Report to copy' }).inputValue();
    expect(report).toMatch(/^Agenda Desk self-test/u);
    expect(report).toMatch(/^PASS document-restored/mu);
    await preview.screenshot('self-test-preview');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await documentText()).toBe(before);
    expect(preview.consoleErrors).toEqual([]);
  });
});
