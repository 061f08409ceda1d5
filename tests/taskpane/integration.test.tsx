/** @jest-environment jsdom */
/**
 * The task pane on the real service: the CTOC sample opened in the Word simulator, the real gateway, parser,
 * operations and checks. Proves the wiring of `createAgendaService`, not only the UI against fakes.
 */
import './domSetup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx, type SimulatedDocument } from '../../src/simulator';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { createAgendaService } from '../../src/taskpane/service';
import { emptySummary } from '../../src/engine/plan';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';

const SAMPLE = join(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1.docx');

async function openSample(): Promise<SimulatedDocument> {
  return openDocx(new Uint8Array(readFileSync(SAMPLE)));
}

describe('task pane on the simulator', () => {
  it('inserts item 3 through the Items panel: the document then has 7 items, old 3 renumbered 4', async () => {
    const word = await openSample();
    const onDocumentChanged = jest.fn();
    const user = userEvent.setup();
    render(<TaskpaneApp service={createAgendaService(word)} onDocumentChanged={onDocumentChanged} />);
    await screen.findByRole('list', { name: 'Agenda items' });

    await user.click(screen.getByRole('button', { name: 'Actions for item 2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Insert item after' }));
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Smuggling of migrants by air');
    expect(screen.getByRole('status', { name: /Insert item/ })).toHaveTextContent(/renumber/i);
    await user.click(screen.getByRole('button', { name: 'Insert item' }));

    await waitFor(() => expect(onDocumentChanged).toHaveBeenCalledTimes(1));
    const agenda = parseAgenda(await readSnapshot(word));
    expect(agenda.items.map((item) => `${item.number} ${item.title}`).slice(1, 4)).toEqual([
      '2 Determining who to charge with the crime of migrant smuggling: who is and who is not a migrant smuggler',
      '3 Smuggling of migrants by air',
      '4 Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea',
    ]);
    // The pane shows the new reading.
    const list = await screen.findByRole('list', { name: 'Agenda items' });
    await waitFor(() => expect(within(list).getByText('Smuggling of migrants by air')).toBeInTheDocument());
  });

  it('checks find a defect, a click selects it in the document, and "Fix all" repairs it', async () => {
    const word = await openSample();
    // A defect: the annex calls item 5 "Other business" while the agenda says "Other matters".
    const before = await readSnapshot(word);
    const annexTable = before.tables.length - 1;
    const row = before.tables[annexTable].values.findIndex((cells) => cells[1] === '5');
    await applyPlan(word, {
      description: 'test defect',
      edits: [
        {
          kind: 'setCell',
          table: annexTable,
          row,
          cell: 2,
          expected: 'Other matters',
          runs: [{ text: 'Other business' }],
        },
      ],
      expectations: [],
      tableExpectations: [],
      warnings: [],
      summary: emptySummary(),
    });

    const user = userEvent.setup();
    render(<TaskpaneApp service={createAgendaService(word)} />);
    await user.click(await screen.findByRole('tab', { name: 'Checks' }));
    await user.click(await screen.findByRole('button', { name: 'Run checks' }));
    const group = await screen.findByRole('region', { name: /^Annex \(organization of work\): 1$/ });
    await user.click(within(group).getByRole('button', { name: /^Annex title of item 5/ }));
    await waitFor(() => expect(word.selection).not.toBeNull());

    await user.click(screen.getByRole('button', { name: /^Fix all/ }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /^Annex \(organization/ })).not.toBeInTheDocument(),
    );
    const after = await readSnapshot(word);
    expect(after.tables[annexTable].values[row][2]).toBe('Other matters');
    // The banner offers Undo: it puts the defect back, through the gateway.
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await readSnapshot(word)).tables[annexTable].values[row][2]).toBe('Other business'),
    );
    expect(await screen.findByText('Undone')).toBeInTheDocument();
  });

  it('settings chosen in the pane are saved in the .docx and read back by the next editor', async () => {
    const word = await openSample();
    const user = userEvent.setup();
    const { unmount } = render(<TaskpaneApp service={createAgendaService(word)} />);
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: /^Geneva/ }));
    await waitFor(async () =>
      expect(await createAgendaService(word).readSettings()).toMatchObject({ houseStyle: 'geneva' }),
    );
    unmount();
    const next = await openDocx(await word.save());
    render(<TaskpaneApp service={createAgendaService(next)} />);
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    expect(await screen.findByRole('radio', { name: /^Geneva/ })).toBeChecked();
  });
});
