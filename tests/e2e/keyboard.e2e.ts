/**
 * The main flow with the keyboard only: reach an item's actions, insert an item after it, switch panels, regenerate
 * the annex and run the checks — no pointer event anywhere.
 */
import type { Page } from 'playwright-core';
import { launch, renderCount, viewParagraphs, waitForRender, type PreviewPage } from './support/preview';

interface Focused {
  label: string;
  role: string;
  text: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      label: element?.getAttribute('aria-label') ?? '',
      role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? '',
      text: (element?.textContent ?? '').trim(),
    };
  });
}

/** Presses `key` until the focused element satisfies `wanted`; fails after `limit` presses. */
async function pressUntil(page: Page, key: string, wanted: (element: Focused) => boolean, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press(key);
  }
  if (!wanted(await focused(page))) throw new Error(`${key} × ${limit} did not reach the element; focus is on ${JSON.stringify(await focused(page))}`);
}

/** A Fluent tab renders its label twice (the second copy, hidden, reserves the width of the bold label). */
const isTab = (element: Focused, name: string): boolean => element.role === 'tab' && (element.text === name || element.text === name + name);

const TITLE = 'Keyboard-only item';

describe('keyboard-only main flow', () => {
  let preview: PreviewPage;
  beforeAll(async () => {
    preview = await launch();
  });
  afterAll(async () => preview.close());

  it('inserts an item after item 5 from its actions menu', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    await pressUntil(page, 'Tab', (element) => element.label === 'Actions for item 5');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await pressUntil(page, 'ArrowDown', (element) => element.role === 'menuitem' && element.text === 'Insert item after', 10);
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect((await focused(page)).role).toBe('input');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await waitForRender(page, renders + 1);
    const paragraphs = await viewParagraphs(page);
    expect(paragraphs.filter((text) => text.startsWith(`6. ${TITLE}`))).toHaveLength(2);
    expect(paragraphs.filter((text) => text.startsWith('7. Adoption of the report'))).toHaveLength(2);
  });

  it('switches to the Annex panel and regenerates the annex', async () => {
    const { page } = preview;
    await pressUntil(page, 'Tab', (element) => element.role === 'tab');
    await pressUntil(page, 'ArrowRight', (element) => isTab(element, 'Annex'), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Regenerate annex' }).waitFor();
    await pressUntil(page, 'Tab', (element) => element.text === 'Regenerate annex');
    await page.keyboard.press('Enter');
    // the insertion above already scheduled the new item, so the annex may already follow the list
    await page.getByText(/Regenerate the annex|The annex already follows the agenda list/).first().waitFor();
  });

  it('switches to the Checks panel and runs the checks', async () => {
    const { page } = preview;
    await pressUntil(page, 'Shift+Tab', (element) => element.role === 'tab');
    await pressUntil(page, 'ArrowRight', (element) => isTab(element, 'Checks'), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Run checks' }).waitFor();
    await pressUntil(page, 'Tab', (element) => element.text === 'Run checks');
    await page.keyboard.press('Enter');
    await page.getByText(/^(No problems found\.|Found .+\.)$/).waitFor();
    await preview.screenshot('keyboard-checks');
    expect(preview.consoleErrors).toEqual([]);
  });
});
