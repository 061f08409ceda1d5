/** @jest-environment jsdom */
import './domSetup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { fakeService } from './fakeService';

describe('keyboard only', () => {
  it("opens an entry's menu, renames with the keyboard alone, and applies with Enter", async () => {
    const service = fakeService();
    const user = userEvent.setup();
    render(<TaskpaneApp service={service} />);
    const actions = await screen.findByRole('button', { name: 'Actions for item 6' });
    actions.focus();
    await user.keyboard('{Enter}');
    // Fluent focuses the first menu item when the menu opens in a browser; jsdom has no layout for its popover
    // positioning, so the test puts focus there itself. Enter then chooses it.
    const rename = await screen.findByRole('menuitem', { name: 'Rename' });
    rename.focus();
    await user.keyboard('{Enter}');
    const field = await screen.findByRole('textbox', { name: 'New title for item 6' });
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('{Control>}a{/Control}Adoption of the final report{Enter}');
    await waitFor(() => expect(service.applyPlan).toHaveBeenCalledTimes(1));
    expect(service.operations.renameItem).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), {
      item: '6',
      title: 'Adoption of the final report',
    });
  });

  // Arrow keys between tabs are Fluent's (tabster needs layout, which jsdom lacks: the browser e2e covers them);
  // what this pane owns is that a focused tab opens its panel from the keyboard.
  it('opens a panel from its focused tab with Enter and Space', async () => {
    const user = userEvent.setup();
    render(<TaskpaneApp service={fakeService()} />);
    (await screen.findByRole('tab', { name: 'Checks' })).focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('button', { name: 'Run checks' })).toBeInTheDocument();
    screen.getByRole('tab', { name: 'Annex' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Regenerate annex' })).toBeInTheDocument();
  });
});
