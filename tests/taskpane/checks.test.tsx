/** @jest-environment jsdom */
import './domSetup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Location } from '../../src/engine/model';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import type { Finding } from '../../src/taskpane/service';
import type { EditPlan } from '../../src/engine/plan';
import { findingsCsv, proposalText, reportFileName } from '../../src/taskpane/components/ChecksPanel/findingReport';
import { fakePlan, fakeService } from './fakeService';

/** A fix that replaces text, as the time and symbol rules make them. */
function replacing(description: string, from: string, to: string): EditPlan {
  return {
    ...fakePlan(description, { paragraphsChanged: 1 }),
    edits: [{ kind: 'replaceText', paragraph: 90, start: 0, end: from.length, expected: from, text: to }],
  };
}

const at = (paragraph: number): Location => ({ kind: 'paragraph', paragraph, start: 0, end: 5 });
const cell = (row: number): Location => ({
  kind: 'cell',
  table: 1,
  row,
  cell: 2,
  paragraph: 80 + row,
  start: 0,
  end: 10,
});

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
    fix: replacing('Set the annex title of item 3', '… at sea', '… by sea'),
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

const card = (position: string) => screen.getByRole('article', { name: new RegExp(`^${position}:`) });

describe('Checks panel', () => {
  it('groups findings under human names, errors first, each card with its rule id and severity', async () => {
    await runChecks();
    expect(screen.getByText('Found 2 errors, 1 warning.')).toBeInTheDocument();
    const annex = screen.getByRole('region', { name: 'Annex (organization of work): 2' });
    const symbols = screen.getByRole('region', { name: 'Document symbols: 1' });
    expect(annex.compareDocumentPosition(symbols) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(annex).getByRole('heading')).toHaveTextContent('Annex (organization of work)2');
    expect(within(annex).getAllByRole('article')).toHaveLength(2);
    expect(within(symbols).getAllByRole('article')).toHaveLength(1);
    const first = card('Finding 1 of 3');
    expect(within(first).getByText('annex/title')).toBeInTheDocument();
    expect(within(first).getByText('Error')).toBeInTheDocument();
    expect(within(card('Finding 3 of 3')).getByText('symbol/year')).toBeInTheDocument();
  });

  it('shows what a fix will write before it is applied', async () => {
    await runChecks();
    const proposal = within(card('Finding 1 of 3')).getByLabelText('Proposed fix');
    expect(proposal).toHaveTextContent('… at sea → becomes … by sea');
    expect(within(proposal).getByText('… at sea').tagName).toBe('DEL');
    expect(within(proposal).getByText('… by sea').tagName).toBe('INS');
    expect(proposalText(replacing('x', '3-6 pm', '3–6 p.m.'))).toBe('3-6 pm → 3–6 p.m.');
  });

  it('clicking a finding selects its location in the document', async () => {
    const { service, user } = await runChecks();
    await user.click(screen.getByRole('button', { name: /Symbol CTOC\/COP\/WG.7\/2022\/2 is of 2022/ }));
    await waitFor(() => expect(service.selectLocation).toHaveBeenCalledWith(at(33)));
  });

  it('Next and Previous step through the cards in the order shown, selecting each and making it current', async () => {
    const { service, user } = await runChecks();
    expect(card('Finding 1 of 3')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(service.selectLocation).toHaveBeenLastCalledWith(cell(10)));
    expect(card('Finding 2 of 3')).toHaveAttribute('aria-current', 'true');
    expect(card('Finding 2 of 3')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(service.selectLocation).toHaveBeenLastCalledWith(at(33)));
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(card('Finding 2 of 3')).toHaveAttribute('aria-current', 'true'));
  });

  it('"Fix" applies that finding\'s fix; only fixable findings offer it', async () => {
    const { service, user } = await runChecks();
    expect(screen.getAllByRole('button', { name: 'Fix' })).toHaveLength(2);
    expect(within(card('Finding 3 of 3')).queryByRole('button', { name: 'Fix' })).not.toBeInTheDocument();
    await user.click(within(card('Finding 2 of 3')).getByRole('button', { name: 'Fix' }));
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
    expect(screen.queryByRole('region', { name: /Annex/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Fix all/ })).not.toBeInTheDocument();
  });

  it('"Ignore" hides one finding, saved in the document, and another reading of it still hides it; Restore brings it back', async () => {
    const { service, user } = await runChecks();
    await user.click(within(card('Finding 3 of 3')).getByRole('button', { name: 'Ignore' }));
    await waitFor(() => expect(screen.getByText('Found 2 errors. 1 ignored.')).toBeInTheDocument());
    const saved = service.writeSettings.mock.calls[0][0] as { ignored: string[] };
    expect(saved.ignored).toHaveLength(1);
    expect(saved.ignored[0]).toMatch(/^symbol\/year\|CTOC\/COP\/WG.7\/2022\/2\|/);
    // the document is read again (as another editor would open it): the finding stays ignored
    await user.click(screen.getByRole('button', { name: 'Read the document again' }));
    await waitFor(() => expect(service.readSettings).toHaveBeenCalledTimes(2));
    expect(screen.getByText('Found 2 errors. 1 ignored.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the 1 ignored' }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByText('Found 2 errors, 1 warning.')).toBeInTheDocument());
  });

  it('"Ignore all like this" hides every finding of that rule about the same text', async () => {
    const twins: Finding[] = [FINDINGS[0], { ...FINDINGS[0], location: at(40) }, FINDINGS[1]];
    const { service, user } = await runChecks(twins);
    await user.click(within(card('Finding 2 of 3')).getByRole('button', { name: 'Ignore all like this' }));
    await waitFor(() => expect(screen.getByText('Found 1 error. 2 ignored.')).toBeInTheDocument());
    expect(service.writeSettings).toHaveBeenCalledWith(
      expect.objectContaining({ ignoredLike: ['symbol/year|CTOC/COP/WG.7/2022/2'] }),
    );
  });

  it('exports the findings as CSV named after the document symbol', async () => {
    const csv = findingsCsv(FINDINGS, (f) => f === FINDINGS[0]);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Group,Rule,Severity,Place,Text,Message,Proposed fix,Status');
    expect(lines[1]).toBe(
      'Document symbols,symbol/year,warning,paragraph 34,CTOC/COP/WG.7/2022/2,"Symbol CTOC/COP/WG.7/2022/2 is of 2022, the session is in 2023.",,ignored',
    );
    expect(lines[2]).toContain('table 2, row 7, cell 3');
    expect(lines[2]).toContain('… at sea → … by sea');
    expect(lines[2].endsWith(',open')).toBe(true);
    expect(reportFileName('CTOC/COP/WG.7/2023/1')).toBe('CTOC-COP-WG.7-2023-1 findings.csv');
    expect(reportFileName(null)).toBe('agenda findings.csv');
  });

  it('says so when nothing is found', async () => {
    await runChecks([]);
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
  });
});

describe('Settings panel', () => {
  it('the house style is inferred from the document until chosen, and the choice is saved and used by the checks', async () => {
    const { service, user } = await runChecks();
    expect(service.runChecks.mock.calls[0][2]).toEqual({ timeConvention: '12h', rules: {} });
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(await screen.findByRole('radio', { name: /As the document shows \(Vienna\)/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Geneva/ }));
    await waitFor(() =>
      expect(service.writeSettings).toHaveBeenCalledWith(expect.objectContaining({ houseStyle: 'geneva' })),
    );
    await waitFor(() => expect(service.runChecks.mock.calls.at(-1)?.[2]).toEqual({ timeConvention: '24h', rules: {} }));
  });

  it('a rule switched off is saved and no longer run', async () => {
    const { service, user } = await runChecks();
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await user.click(await screen.findByRole('switch', { name: 'Cited symbols carry the session year.' }));
    await waitFor(() =>
      expect(service.writeSettings).toHaveBeenCalledWith(expect.objectContaining({ rulesOff: ['symbol/year'] })),
    );
    await waitFor(() =>
      expect(service.runChecks.mock.calls.at(-1)?.[2]).toEqual({
        timeConvention: '12h',
        rules: { 'symbol/year': 'off' },
      }),
    );
  });
});

describe('which finding "Ignore" means', () => {
  it('two findings on paragraphs with the same text (an annex slot every day) have different keys; edits elsewhere keep a key', async () => {
    const { findingKey } = await import('../../src/taskpane/paneSettings');
    const { ctocSnapshot } = await import('../fixtures/ctocSnapshot');
    const snapshot = ctocSnapshot();
    const slots = snapshot.paragraphs.filter((p) => p.text === '3–6 p.m.');
    expect(slots.length).toBeGreaterThan(1);
    const finding = (paragraph: number): Finding => ({
      rule: 'time/format',
      severity: 'warning',
      message: 'x',
      location: { kind: 'paragraph', paragraph, start: 0, end: 8 },
      excerpt: '3–6 p.m.',
    });
    const keys = slots.map((p) => findingKey(snapshot, finding(p.index)));
    expect(new Set(keys).size).toBe(slots.length);
    // a paragraph inserted at the top shifts every index, not the key
    const shifted = {
      ...snapshot,
      paragraphs: [{ ...snapshot.paragraphs[0], text: 'New first line' }, ...snapshot.paragraphs].map((p, index) => ({
        ...p,
        index,
      })),
    };
    expect(findingKey(shifted, finding(slots[1].index + 1))).toBe(keys[1]);
  });
});

describe('the house style a document shows by itself', () => {
  it('24-hour annex times are Geneva; 12-hour times at a Vienna meeting are Vienna', async () => {
    const { inferHouseStyle } = await import('../../src/taskpane/paneSettings');
    const { parseAgenda } = await import('../../src/engine/parse');
    const { ctocSnapshot } = await import('../fixtures/ctocSnapshot');
    const { genevaSnapshot } = await import('../fixtures/genevaSnapshot');
    const geneva = genevaSnapshot();
    expect(inferHouseStyle(parseAgenda(geneva), geneva)).toBe('geneva');
    const ctoc = ctocSnapshot();
    expect(inferHouseStyle(parseAgenda(ctoc), ctoc)).toBe('vienna');
  });
});
