/**
 * The task pane's flows with the keyboard only: reach an item's actions, insert an item after it (focus comes back
 * to the new row), undo it from the banner, remove an item through the dialog, switch panels, regenerate the annex,
 * run the checks and work through them (Next, Ignore, Fix), choose the house style — no pointer event anywhere.
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
  if (!wanted(await focused(page)))
    throw new Error(`${key} × ${limit} did not reach the element; focus is on ${JSON.stringify(await focused(page))}`);
}

/** A Fluent tab renders its label twice (the second copy, hidden, reserves the width of the bold label). */
const isTab = (element: Focused, name: string): boolean =>
  element.role === 'tab' && (element.text === name || element.text === name + name);

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
    await pressUntil(
      page,
      'ArrowDown',
      (element) => element.role === 'menuitem' && element.text === 'Insert item after',
      10,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect((await focused(page)).role).toBe('input');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await waitForRender(page, renders + 1);
    const paragraphs = await viewParagraphs(page);
    expect(paragraphs.filter((text) => text.startsWith(`6. ${TITLE}`))).toHaveLength(2);
    expect(paragraphs.filter((text) => text.startsWith('7. Adoption of the report'))).toHaveLength(2);
    // focus is back on the row that was added, not on the page
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Actions for item 6');
  });

  it('undoes the insertion from the banner and inserts it again', async () => {
    const { page } = preview;
    let renders = await renderCount(page);
    await pressUntil(page, 'Shift+Tab', (element) => element.text === 'Undo');
    await page.keyboard.press('Enter');
    await waitForRender(page, renders + 1);
    expect((await viewParagraphs(page)).filter((text) => text.includes(TITLE))).toEqual([]);
    // again, so that the flows below see the inserted item
    renders = await renderCount(page);
    await pressUntil(page, 'Tab', (element) => element.label === 'Actions for item 5');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await pressUntil(
      page,
      'ArrowDown',
      (element) => element.role === 'menuitem' && element.text === 'Insert item after',
      10,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await waitForRender(page, renders + 1);
  });

  it('removes the new item through the Remove dialog', async () => {
    const { page } = preview;
    const renders = await renderCount(page);
    await pressUntil(page, 'Tab', (element) => element.label === 'Actions for item 6');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await pressUntil(page, 'ArrowDown', (element) => element.role === 'menuitem' && element.text === 'Remove', 10);
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await preview.screenshot('keyboard-remove-dialog');
    await pressUntil(page, 'Tab', (element) => element.text === 'Remove', 10);
    await page.keyboard.press('Enter');
    await waitForRender(page, renders + 1);
    expect((await viewParagraphs(page)).filter((text) => text.includes(TITLE))).toEqual([]);
    // focus on the row that took the removed one's place
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Actions for item 6');
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
    await page
      .getByText(/Regenerate the annex|The annex already follows the agenda list/)
      .first()
      .waitFor();
  });

  it('switches to the Checks panel and runs the checks', async () => {
    const { page } = preview;
    await pressUntil(page, 'Shift+Tab', (element) => element.role === 'tab');
    await pressUntil(page, 'ArrowRight', (element) => isTab(element, 'Checks'), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Run checks' }).waitFor();
    await pressUntil(page, 'Tab', (element) => element.text === 'Run checks');
    await page.keyboard.press('Enter');
    await page.getByText(/^(No problems found\.|Found .+\.)/).waitFor();
    await preview.screenshot('keyboard-checks');
  });

  it('chooses the Geneva house style in the Settings panel, then works through the time findings', async () => {
    const { page } = preview;
    await pressUntil(page, 'Shift+Tab', (element) => element.role === 'tab');
    await pressUntil(page, 'ArrowRight', (element) => isTab(element, 'Settings'), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: /^Geneva/ }).waitFor();
    await pressUntil(page, 'Tab', (element) => element.role === 'input' && element.label === '');
    // the checked option has the focus: "As the document shows", then New York, Vienna, Geneva
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^Geneva/ }).isChecked()).toBe(true);
    await pressUntil(page, 'Shift+Tab', (element) => element.role === 'tab');
    await pressUntil(page, 'ArrowLeft', (element) => isTab(element, 'Checks'), 5);
    await page.keyboard.press('Enter');
    const times = page.getByRole('region', { name: /^Times of day: \d+$/ });
    await times.waitFor();
    const count = async () => Number(/: (\d+)$/.exec((await times.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    const before = await count();
    expect(before).toBeGreaterThan(1);
    // Next moves to the following card and selects it in the document
    await pressUntil(page, 'Tab', (element) => element.text === 'Next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE');
    // Ignore the current card, then Fix the next one that has a fix, by keyboard
    await pressUntil(page, 'Tab', (element) => element.text === 'Ignore');
    await page.keyboard.press('Enter');
    await page.getByText(/1 ignored\./).waitFor();
    const renders = await renderCount(page);
    await page.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE');
    await pressUntil(page, 'Tab', (element) => element.text === 'Fix');
    await page.keyboard.press('Enter');
    await waitForRender(page, renders + 1);
    await preview.screenshot('keyboard-findings');
    expect(preview.consoleErrors).toEqual([]);
  });
});
