/**
 * Broken or foreign files opened in the preview: the same one sentence as the command line, no stack trace,
 * and the document that was open stays open; a document that is not an agenda gets the skeleton offer.
 */
import { body, buildDocx, p } from '../helpers/docxFactory';
import { launch, type PreviewPage } from './support/preview';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('opening files that are not agendas', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
  });
  afterAll(async () => preview.close());

  async function choose(name: string, bytes: Uint8Array): Promise<void> {
    const chooser = preview.page.waitForEvent('filechooser');
    await preview.page.getByRole('button', { name: 'Open .docx…' }).click();
    await (await chooser).setFiles({ name, mimeType: DOCX, buffer: Buffer.from(bytes) });
  }

  it.each([
    [
      'random.docx',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256),
      'random.docx could not be opened: Not a .docx file: it is not a ZIP package.',
    ],
    ['empty.docx', new Uint8Array(0), 'empty.docx could not be opened: Not a .docx file: the file is empty.'],
  ])('%s: one sentence, and the open document stays', async (name, bytes, sentence) => {
    await choose(name, bytes);
    const status = preview.page.locator('#status');
    await preview.page.waitForFunction((text) => document.getElementById('status')?.textContent === text, sentence);
    expect(await status.getAttribute('data-kind')).toBe('error');
    expect(await preview.page.locator('#document-name').textContent()).toBe('ctoc-cop-wg7-2023-1.docx');
    expect(preview.consoleErrors).toEqual([]);
  });

  it('a letter opens, and the task pane explains it is not an agenda and offers a skeleton', async () => {
    await choose(
      'letter.docx',
      await buildDocx({ documentXml: body(p('Dear colleagues,'), p('Please find the minutes attached.')) }),
    );
    await preview.page
      .getByText(/not an agenda|no provisional agenda/i)
      .first()
      .waitFor();
    await preview.page
      .getByRole('button', { name: /insert.*(skeleton|agenda)/i })
      .first()
      .waitFor();
    await preview.screenshot('not-an-agenda');
  });

  it('inserting the skeleton turns the letter into an agenda of three items', async () => {
    const page = preview.page;
    await page.getByLabel(/Meeting body/).fill('Working Group on the Smuggling of Migrants');
    await page.getByLabel(/Venue/).fill('Vienna');
    await page.locator('input[type="date"]').first().fill('2027-03-01');
    await page.getByRole('button', { name: 'Insert blank agenda' }).click();
    const items = page.getByRole('list', { name: 'Agenda items' });
    await items.getByText('Adoption of the report').waitFor();
    expect(await page.getByRole('button', { name: /^Actions for item \d+$/ }).count()).toBe(3);
    await page.locator('#document-view').getByText('Proposed organization of work').waitFor();
    // the UN masthead is a table at the head of the agenda: "United Nations" beside the symbol, the distribution
    const view = page.locator('#document-view');
    await view.locator('table').getByText('United Nations', { exact: true }).waitFor();
    await view.locator('table').getByText('Distr.: General', { exact: true }).waitFor();
    expect(preview.consoleErrors).toEqual([]);
    await preview.screenshot('skeleton-inserted');
  });
});
