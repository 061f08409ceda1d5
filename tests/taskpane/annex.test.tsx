/** @jest-environment jsdom */
import './domSetup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { fakePlan, fakeService } from './fakeService';

describe('Annex panel', () => {
  it('shows days → slots → rows as in the document, "(continued)" included', async () => {
    const user = userEvent.setup();
    render(<TaskpaneApp service={fakeService()} />);
    await user.click(await screen.findByRole('tab', { name: 'Annex' }));
    const thursday = await screen.findByRole('region', { name: 'Thursday, 5 October' });
    const friday = screen.getByRole('region', { name: 'Friday, 6 October' });
    expect(
      within(thursday)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Thursday, 5 October', '10 a.m.–1 p.m.', '3–6 p.m.']);
    const morning = within(thursday).getByRole('list', { name: 'Thursday, 5 October, 10 a.m.–1 p.m.' });
    expect(
      within(morning)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['1 (a)', '1 (b)', '2']);
    const fridayMorning = within(friday).getByRole('list', { name: 'Friday, 6 October, 10 a.m.–1 p.m.' });
    expect(within(fridayMorning).getAllByRole('listitem')[0]).toHaveTextContent(
      '3Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea (continued)',
    );
  });

  it('"Regenerate annex" applies the plan in one click and shows what changed', async () => {
    const service = fakeService();
    service.operations.regenerateAnnex.mockImplementation(() =>
      fakePlan('Regenerate the annex from the agenda', { rowsChanged: 3 }),
    );
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    await user.click(await screen.findByRole('tab', { name: 'Annex' }));
    await user.click(await screen.findByRole('button', { name: 'Regenerate annex' }));
    await waitFor(() => expect(service.applyPlan).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(/Regenerate the annex from the agenda\. 3 table rows changed\./),
    ).toBeInTheDocument();
  });
});
