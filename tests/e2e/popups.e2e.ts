/**
 * Pop-ups render over the pane without blanking it (issue 12): with an item's "…" menu open, and with the Remove
 * dialog open, the pane's header and outline and the document view still show their content. Fluent copies the
 * FluentProvider's classes onto each portal's mount node (an absolutely placed layer over the page), so a layout
 * class on the provider (min-height: 100%) once turned every pop-up into a full-window white sheet.
 */
import type { Page } from 'playwright-core';
import { distinctColours, regionOf, type Region } from './support/pixels';
import { launch, type PreviewPage } from './support/preview';

/** The top of the pane (title, tabs, first items) and the top of the document view (the masthead). */
async function regions(page: Page): Promise<{ pane: Region; documentView: Region }> {
  const pane = await regionOf(page, '#taskpane');
  const view = await regionOf(page, '#document-view');
  return {
    pane: { ...pane, width: Math.min(pane.width, 320), height: 200 },
    documentView: { ...view, height: 200 },
  };
}

/** What is painted on top at the centre of the pane's title: the title itself, or a layer over it. */
async function topmostOverTitle(page: Page): Promise<{ insidePane: boolean; background: string }> {
  return page.evaluate(() => {
    const title = document.querySelector('#taskpane h1');
    if (!title) throw new Error('the pane has no title');
    const box = title.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      insidePane: !!top && !!document.getElementById('taskpane')?.contains(top),
      background: top ? getComputedStyle(top).backgroundColor : '',
    };
  });
}

/** The alpha of a computed CSS colour ("rgba(0, 0, 0, 0.4)" → 0.4, "rgb(…)" → 1). */
function alpha(colour: string): number {
  const match = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour);
  return match ? Number(match[1]) : 1;
}

describe('pop-ups over the pane', () => {
  let preview: PreviewPage;
  let baseline: { pane: number; documentView: number };
  beforeAll(async () => {
    preview = await launch();
    const { pane, documentView } = await regions(preview.page);
    baseline = {
      pane: await distinctColours(preview.page, pane),
      documentView: await distinctColours(preview.page, documentView),
    };
  });
  afterAll(async () => preview.close());

  it('the page shows content to compare with (the measure itself works)', () => {
    expect(baseline.pane).toBeGreaterThan(8);
    expect(baseline.documentView).toBeGreaterThan(8);
  });

  it('an open actions menu leaves the pane and the document visible', async () => {
    const { page } = preview;
    await page.getByRole('button', { name: 'Actions for item 5' }).click();
    await page.getByRole('menu').waitFor();
    await page.waitForTimeout(300); // the menu's opening animation
    await preview.screenshot('popup-menu-open');
    const { pane, documentView } = await regions(page);
    expect(await distinctColours(page, pane)).toBeGreaterThan(8);
    expect(await distinctColours(page, documentView)).toBeGreaterThan(8);
    expect((await topmostOverTitle(page)).insidePane).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
  });

  it('the Remove dialog dims the page but leaves the pane and the document visible', async () => {
    const { page } = preview;
    await page.getByRole('button', { name: 'Actions for item 5' }).click();
    await page.getByRole('menuitem', { name: 'Remove' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.waitForTimeout(300);
    await preview.screenshot('popup-remove-dialog');
    const { pane, documentView } = await regions(page);
    expect(await distinctColours(page, pane)).toBeGreaterThan(8);
    expect(await distinctColours(page, documentView)).toBeGreaterThan(8);
    const over = await topmostOverTitle(page);
    // the modal backdrop lies over the pane: it must be see-through
    if (!over.insidePane) expect(alpha(over.background)).toBeLessThan(0.6);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(preview.consoleErrors).toEqual([]);
  });
});
