/**
 * The preview opens the CTOC sample with no console error and no request outside localhost, and its document view
 * shows every paragraph of the simulated document; taskpane.html carries the CSP and loads Office.js only from
 * Microsoft's CDN.
 */
import { launch, viewParagraphs, type PreviewPage } from './support/preview';

describe('preview page', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
  });
  afterAll(async () => preview.close());

  it('loads with no console error and no request outside localhost', async () => {
    await preview.page.getByRole('tab', { name: 'Items' }).waitFor();
    expect(preview.consoleErrors).toEqual([]);
    expect(preview.outsideRequests).toEqual([]);
  });

  it('shows the sample agenda, one rendered paragraph per paragraph of the document', async () => {
    const view = preview.page.locator('#document-view');
    // 88 = paragraphs of ctoc-cop-wg7-2023-1.docx (body and table cells), as the simulator counts them
    expect(await view.getAttribute('data-document-paragraphs')).toBe('88');
    expect(await view.getAttribute('data-rendered-paragraphs')).toBe('88');
    expect(await view.getAttribute('data-paragraph-mapping')).toBe('count');
    const paragraphs = await viewParagraphs(preview.page);
    expect(paragraphs).toContain('Annotated provisional agenda');
    expect(paragraphs).toContain('6. Adoption of the report.');
    await preview.screenshot('items');
  });

  it('lists the six items of the sample in the task pane', async () => {
    const items = preview.page.getByRole('list', { name: 'Agenda items' });
    await items.getByText('Adoption of the report').waitFor();
    expect(await preview.page.getByRole('button', { name: /^Actions for item \d+$/ }).count()).toBe(6);
  });

  it('carries a CSP that allows only its own origin', async () => {
    const csp = await preview.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/https?:\/\//);
  });
});

describe('taskpane.html outside Office', () => {
  let pane: PreviewPage;
  beforeAll(async () => {
    pane = await launch('taskpane.html', { waitForDocument: false });
  });
  afterAll(async () => pane.close());

  it('asks Microsoft’s CDN for Office.js and for nothing else outside localhost', async () => {
    await pane.page.getByRole('alert').waitFor();
    expect(pane.outsideRequests).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  it('says in one sentence that it needs Word, and links to the preview', async () => {
    const alert = pane.page.getByRole('alert');
    expect(await alert.textContent()).toMatch(/^Office\.js did not load, so Agenda Desk cannot reach Word\./);
    expect(await pane.page.getByRole('link', { name: 'Open the browser preview' }).getAttribute('href')).toBe(
      'preview.html',
    );
    await pane.screenshot('taskpane-outside-office');
  });

  it('allows scripts only from its own origin and the Office.js CDN', async () => {
    const csp = (await pane.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '';
    const scriptSources = /script-src ([^;]+)/.exec(csp)?.[1]?.split(' ');
    expect(scriptSources).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp).not.toContain('unsafe-eval');
    const origins = new Set(csp.match(/https?:\/\/[^\s;]+/g));
    expect([...origins]).toEqual(['https://appsforoffice.microsoft.com']);
  });
});
