/** @jest-environment jsdom */
import './domSetup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { GatewayError } from '../../src/word/errors';
import { deferred, fakeService, UserFacingError } from './fakeService';
import type { EditPlan } from '../../src/engine/plan';

async function openAddAtEnd(title: string) {
  const service = fakeService();
  const user = userEvent.setup();
  render(<TaskpaneApp service={service} />);
  await user.click(await screen.findByRole('button', { name: 'Add an item at the end' }));
  await user.type(screen.getByRole('textbox', { name: 'Title' }), title);
  return { service, user, apply: screen.getByRole('button', { name: 'Add item' }) };
}

describe('errors', () => {
  it('a GatewayError shows a MessageBar with its one line, and the document is read again', async () => {
    const { service, user, apply } = await openAddAtEnd('Closing');
    service.applyPlan.mockRejectedValueOnce(
      new GatewayError('The document changed since it was read: paragraph 12 no longer reads “5. Other matters.”'),
    );
    await user.click(apply);
    const line = 'The document changed since it was read: paragraph 12 no longer reads “5. Other matters.”';
    const bar = (await screen.findByText(line)).closest('.fui-MessageBar');
    expect(bar).toHaveAttribute('role', 'group');
    expect(bar).toHaveTextContent(line);
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
    await waitFor(() => expect(service.readSnapshot).toHaveBeenCalledTimes(2));

    await user.click(screen.getByRole('button', { name: 'Dismiss error' }));
    expect(screen.queryByText(/The document changed/)).not.toBeInTheDocument();
  });

  it('any other error becomes "Something went wrong: <first line>" without a stack trace', async () => {
    const { service, user, apply } = await openAddAtEnd('Closing');
    const bug = new TypeError(
      "Cannot read properties of undefined (reading 'items')\n    at applyPlanIn (applyPlan.ts:40:7)",
    );
    service.applyPlan.mockRejectedValueOnce(bug);
    await user.click(apply);
    expect(
      await screen.findByText("Something went wrong: Cannot read properties of undefined (reading 'items')"),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('applyPlan.ts');
    expect(document.body).not.toHaveTextContent(/\bat \w+ \(/);
  });

  it('an operation that refuses shows its message in the preview and offers nothing to apply', async () => {
    const service = fakeService();
    service.operations.insertItem.mockImplementation(() => {
      throw new UserFacingError('A title cannot contain a line break.');
    });
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    await user.click(await screen.findByRole('button', { name: 'Add an item at the end' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'x');
    expect(screen.getByRole('status', { name: /Add item/ })).toHaveTextContent('A title cannot contain a line break.');
    expect(screen.getByRole('button', { name: 'Add item' })).toBeDisabled();
  });

  it('a document that cannot be read shows the sentence, and "Read the document again" retries', async () => {
    const service = fakeService();
    service.readSnapshot.mockRejectedValueOnce(new GatewayError('Word did not answer; try again.'));
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    expect(await screen.findByText('Word did not answer; try again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read the document again' }));
    expect(await screen.findByRole('list', { name: 'Agenda items' })).toBeInTheDocument();
  });
});

describe('applying', () => {
  it('a double click on an apply button applies once', async () => {
    const { service, user, apply } = await openAddAtEnd('Closing');
    const slow = deferred<EditPlan>();
    service.applyPlan.mockReturnValueOnce(slow.promise);
    await user.dblClick(apply);
    await user.click(apply);
    expect(service.applyPlan).toHaveBeenCalledTimes(1);
    await act(async () => slow.resolve(service.applyPlan.mock.calls[0][0]));
    await waitFor(() => expect(service.readSnapshot).toHaveBeenCalledTimes(2));
    expect(service.applyPlan).toHaveBeenCalledTimes(1);
  });

  it('shows progress for a task that takes longer than 300 ms, and none for a quick one', async () => {
    const { service, user, apply } = await openAddAtEnd('Closing');
    const slow = deferred<EditPlan>();
    service.applyPlan.mockReturnValueOnce(slow.promise);
    await user.click(apply);
    expect(screen.queryByText('Applying the change…')).not.toBeInTheDocument();
    expect(await screen.findByText('Applying the change…', {}, { timeout: 1500 })).toBeInTheDocument();
    await act(async () => slow.resolve(service.applyPlan.mock.calls[0][0]));
    await waitFor(() => expect(screen.queryByText('Applying the change…')).not.toBeInTheDocument());
    // What changed is then reported in one line.
    const done = screen.getByText('Done').parentElement as HTMLElement;
    expect(done).toHaveTextContent('1 paragraph changed.');
  });
});

describe('theme', () => {
  it.each(['light', 'dark', 'highContrast'] as const)('renders with the %s theme', async (theme) => {
    render(<TaskpaneApp service={fakeService()} theme={theme} />);
    expect(await screen.findByRole('list', { name: 'Agenda items' })).toBeInTheDocument();
    expect(within(document.body).getByRole('heading', { name: 'Agenda Desk' })).toBeInTheDocument();
  });

  it('shows what Word did not do as asked (the gateway’s warnings) with the plan’s own', async () => {
    const { service, user, apply } = await openAddAtEnd('Closing');
    service.applyPlan.mockImplementationOnce(async (plan) => ({
      ...plan,
      warnings: [...plan.warnings, 'Word did not number the new paragraph “Closing”: check its numbering.'],
    }));
    await user.click(apply);
    await user.click(await screen.findByRole('button', { name: /Details \(1 warning\)/ }));
    expect(screen.getByRole('list', { name: 'Warnings' })).toHaveTextContent('Word did not number the new paragraph');
  });
});
