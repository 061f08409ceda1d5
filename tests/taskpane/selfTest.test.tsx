/** @jest-environment jsdom */
/**
 * "Check this Word" in the task pane on the real service (the simulator): the header button runs the self-test,
 * lists PASS per assumption, offers the report to copy, and leaves the document as it was.
 */
import './domSetup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDocx } from '../../src/simulator';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { createAgendaService } from '../../src/taskpane/service';
import { partXml } from '../simulator/revisionHelpers';

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1.docx')));

it('runs from the header, shows PASS per check and a copyable report, and leaves the document unchanged', async () => {
  const word = await openDocx(SAMPLE);
  const user = userEvent.setup();
  render(<TaskpaneApp service={createAgendaService(word)} />);
  await screen.findByRole('list', { name: 'Agenda items' });
  await user.click(screen.getByRole('button', { name: 'Check this Word' }));
  const results = await screen.findByRole('list', { name: 'Self-test results' }, { timeout: 60_000 });
  const lines = [...results.querySelectorAll('li')].map((li) => li.textContent ?? '');
  expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
  expect(lines.filter((l) => l.startsWith('PASS')).length).toBeGreaterThanOrEqual(6);
  const report = screen.getByLabelText<HTMLTextAreaElement>('Report to copy');
  expect(report.value).toMatch(/^Agenda Desk self-test — Word simulator/u);
  expect(report.value).toMatch(/^PASS document-restored/mu);
  expect(await partXml(await word.save())).toBe(await partXml(SAMPLE));
}, 90_000);
