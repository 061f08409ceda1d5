/** @jest-environment jsdom */
import './domSetup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Location } from '../../src/engine/model';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import type { Finding } from '../../src/taskpane/service';
import { fakePlan, fakeService } from './fakeService';

const at = (paragraph: number): Location => ({ kind: 'paragraph', paragraph, start: 0, end: 5 });
const cell = (row: number): Location => ({ kind: 'cell', table: 1, row, cell: 2, paragraph: 80 + row, start: 0, end: 10 });

const FINDINGS: Finding[] = [
  {
    rule: 'symbol/year',
    severity: 'warning',
    message: 'Symbol CTOC/COP/WG.7/2022/2 is of 2022, the session is in 2023.',
    location: at(33),
    excerpt: 'CTOC/COP/WG.7/2022/2',
  },
  {
    rule: 'annex/title',
    severity: 'error',
    message: "Annex title of item 3 differs from the agenda: '… at sea' vs '… by sea'.",
    location: cell(6),
    excerpt: '… at sea',
    fix: fakePlan('Set the annex title of item 3', { rowsChanged: 1 }),
  },
  {
    rule: 'annex/title',
    severity: 'error',
    message: "Annex title of item 5 differs from the agenda: 'Other business' vs 'Other matters'.",
    location: cell(10),
    excerpt: 'Other business',
    fix: fakePlan('Set the annex title of item 5', { rowsChanged: 1 }),
  },
];

async function runChecks(findings: Finding[] = FINDINGS) {
  const service = fakeService();
  service.runChecks.mockReturnValue(findings);
  const user = userEvent.setup();
  render(<TaskpaneApp service={service} />);
  await user.click(await screen.findByRole('tab', { name: 'Checks' }));
  await user.click(await screen.findByRole('button', { name: 'Run checks' }));
  return { service, user };
}

describe('Checks panel', () => {
  it('groups findings by rule, errors first, with counts and severity badges', async () => {
    await runChecks();
    expect(screen.getByText('Found 2 errors, 1 warning.')).toBeInTheDocument();
    const annex = screen.getByRole('region', { name: 'annex/title: 2' });
    const symbols = screen.getByRole('region', { name: 'symbol/year: 1' });
    expect(annex.compareDocumentPosition(symbols) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(annex).getByRole('heading')).toHaveTextContent('annex/title2Error');
    expect(within(symbols).getByRole('heading')).toHaveTextContent('symbol/year1Warning');
    expect(within(annex).getByText('Annex titles match the agenda.')).toBeInTheDocument();
    expect(within(annex).getAllByRole('listitem')).toHaveLength(2);
    expect(within(symbols).getAllByRole('listitem')).toHaveLength(1);
  });

  it('clicking a finding selects its location in the document', async () => {
    const { service, user } = await runChecks();
    await user.click(screen.getByRole('button', { name: /Symbol CTOC\/COP\/WG.7\/2022\/2 is of 2022/ }));
    await waitFor(() => expect(service.selectLocation).toHaveBeenCalledWith(at(33)));
  });

  it('"Fix" applies that finding\'s fix; only fixable findings offer it', async () => {
    const { service, user } = await runChecks();
    expect(screen.getAllByRole('button', { name: /^Fix: / })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /^Fix: Annex title of item 5/ }));
    await waitFor(() => expect(service.applyPlan).toHaveBeenCalledWith(FINDINGS[2].fix, { trackChanges: false }));
  });

  it('"Fix all" applies fixAll of the fixable findings, then the results refresh from the edited document', async () => {
    const { service, user } = await runChecks();
    expect(service.runChecks).toHaveBeenCalledTimes(1);
    service.runChecks.mockReturnValue([FINDINGS[0]]);
    await user.click(screen.getByRole('button', { name: 'Fix all (2)' }));
    await waitFor(() => expect(service.applyPlan).toHaveBeenCalledTimes(1));
    expect(service.fixAll).toHaveBeenCalledWith([FINDINGS[1], FINDINGS[2]]);
    expect(service.applyPlan.mock.calls[0][0].description).toBe('Fix 2 findings');
    await waitFor(() => expect(screen.getByText('Found 1 warning.')).toBeInTheDocument());
    expect(service.runChecks).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region', { name: /annex\/title/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Fix all/ })).not.toBeInTheDocument();
  });

  it('says so when nothing is found', async () => {
    await runChecks([]);
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
  });
});
