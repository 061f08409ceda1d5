/**
 * axe-core in the page under test. The script is evaluated through the DevTools protocol rather than added as a
 * <script> tag, so the page's Content-Security-Policy (script-src 'self') stays in force during the scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(join(__dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations on the page (the user's document, rendered by docx-preview, is not scanned). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Colours are measured once transitions end: mid-way a button fading from disabled to enabled has neither
  // colour, and axe would measure an in-between that nobody reads.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
    type AxeResult = { id: string; impact?: string | null; help: string; nodes: AxeNode[] };
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> } }
    ).axe;
    const results = await axe.run({ exclude: [['#document-view .docx-wrapper']] }, { resultTypes: ['violations'] });
    // Fluent UI's focus manager (Tabster) inserts <i data-tabster-dummy aria-hidden tabindex=0> elements that only
    // forward focus; axe reports them under aria-hidden-focus, a known false positive (microsoft/tabster#288,
    // microsoft/fluentui#25133). Only those nodes are dropped; any other aria-hidden-focus node still fails.
    const falsePositive = (id: string, node: AxeNode): boolean =>
      id === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy');
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        ...violation,
        nodes: violation.nodes.filter((node) => !falsePositive(violation.id, node)),
      }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map(
          (node) => `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
        ),
      }));
  });
}
