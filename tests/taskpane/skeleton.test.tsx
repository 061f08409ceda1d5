/** @jest-environment jsdom */
import './domSetup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSkeleton } from '../../src/engine/skeleton';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { doc, p } from '../helpers/snapshotBuilder';
import { fakeService } from './fakeService';

const minutes = () => doc(p('Minutes of the informal consultations'), p('')).build();

describe('a document that is not an agenda', () => {
  it('explains, and inserts the skeleton for the body, venue and days typed', async () => {
    const service = fakeService(minutes());
    service.createSkeleton.mockImplementation(createSkeleton);
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    expect(await screen.findByRole('heading', { name: 'This document is not an agenda yet' })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Meeting body/ }), 'Working Group on Firearms');
    await user.type(screen.getByRole('textbox', { name: /Venue/ }), 'Vienna');
    await user.type(screen.getByLabelText('Meeting day 1'), '2024-05-06');
    await user.click(screen.getByRole('button', { name: 'Add a day' }));
    expect(screen.getByLabelText('Meeting day 2')).toHaveValue('2024-05-07');
    await user.click(screen.getByRole('button', { name: 'Insert blank agenda' }));

    await waitFor(() => expect(service.applyPlan).toHaveBeenCalledTimes(1));
    expect(service.createSkeleton).toHaveBeenCalledWith(expect.anything(), {
      body: 'Working Group on Firearms',
      venue: 'Vienna',
      dates: ['2024-05-06', '2024-05-07'],
      symbol: undefined,
      parentBody: undefined,
      distribution: 'General',
    });
    const plan = service.applyPlan.mock.calls[0][0];
    expect(plan.description).toContain('Vienna, 6 and 7 May 2024');
  });

  it('passes the parent organ and a limited distribution on to the masthead', async () => {
    const service = fakeService(minutes());
    service.createSkeleton.mockImplementation(createSkeleton);
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    await user.type(await screen.findByRole('textbox', { name: /Meeting body/ }), 'Working Group on Firearms');
    await user.type(screen.getByRole('textbox', { name: /Parent organ/ }), 'Conference of the Parties');
    await user.type(screen.getByRole('textbox', { name: /Venue/ }), 'Vienna');
    await user.type(screen.getByLabelText('Meeting day 1'), '2024-05-06');
    await user.click(screen.getByRole('radio', { name: 'Limited' }));
    await user.click(screen.getByRole('button', { name: 'Insert blank agenda' }));

    await waitFor(() => expect(service.applyPlan).toHaveBeenCalledTimes(1));
    const plan = service.applyPlan.mock.calls[0][0];
    const masthead = plan.edits.find((e) => e.kind === 'insertTable' && e.rules === 'masthead');
    const [parent, distribution] = masthead?.kind === 'insertTable' ? masthead.rows[1] : [];
    expect(parent).toBe('Conference of the Parties');
    expect(distribution).toMatch(/^Distr\.: Limited\n\d{1,2} \w+ \d{4}\n\nOriginal: English$/);
  });

  it('shows the reason in one line when the input is refused', async () => {
    const service = fakeService(minutes());
    service.createSkeleton.mockImplementation(createSkeleton);
    service.isUserError = (error: unknown) => error instanceof Error && error.name === 'SkeletonInputError';
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    await user.type(await screen.findByRole('textbox', { name: /Meeting body/ }), 'Working Group on Firearms');
    // The venue is required by the form too: submit with a blank-looking venue to reach the engine's check.
    await user.type(screen.getByRole('textbox', { name: /Venue/ }), '   ');
    await user.type(screen.getByLabelText('Meeting day 1'), '2024-05-06');
    await user.click(screen.getByRole('button', { name: 'Insert blank agenda' }));
    expect(await screen.findByText('Type the venue of the meeting.')).toBeInTheDocument();
    expect(service.applyPlan).not.toHaveBeenCalled();
  });
});

describe('a note with numbered paragraphs', () => {
  it('is not taken for an agenda: the task pane offers the skeleton', async () => {
    const note = doc(
      p('A/AC.1/2024/INF/2'),
      p('Note by the Secretariat', 'Heading 1'),
      p('1.\tThe secretariat has prepared this note in response to the request of the Committee.'),
      p('2.\tIn its resolution 77/1, the General Assembly requested a briefing.'),
      p('3.\tThe Committee may wish to take note of the information.'),
    ).build();
    render(<TaskpaneApp service={fakeService(note)} />);
    expect(await screen.findByRole('heading', { name: 'This document is not an agenda yet' })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });
});
