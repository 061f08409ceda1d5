/** @jest-environment jsdom */
/**
 * "Compare with another language version…" on the real service: the English version of the sample open in the
 * Word simulator, the French one with a sub-item missing chosen in the file input. The difference is listed in
 * the Checks style; clicking it selects its place in the open document; the French file's place is named.
 */
import './domSetup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx } from '../../src/simulator';
import { TaskpaneApp } from '../../src/taskpane/components/TaskpaneApp/TaskpaneApp';
import { createAgendaService } from '../../src/taskpane/service';
import { readSnapshot } from '../../src/word/readSnapshot';
import { buildVersion } from '../fixtures/versions/ctocVersions';

async function openPane() {
  const word = await openDocx(await buildVersion('en'));
  const service = createAgendaService(word, (bytes) => openDocx(bytes));
  const select = jest.spyOn(service, 'selectLocation');
  const user = userEvent.setup();
  render(<TaskpaneApp service={service} />);
  await user.click(await screen.findByRole('tab', { name: 'Versions' }));
  await screen.findByRole('button', { name: 'Compare with another language version…' });
  return { user, select, service };
}

const docx = async (name: string, bytes: Uint8Array): Promise<File> => {
  const file = new File([bytes.slice().buffer], name, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  if (typeof file.arrayBuffer !== 'function')
    Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
};

describe('Compare panel', () => {
  it('lists the difference with a French version missing a sub-item and selects its place in the open document', async () => {
    const { user, select } = await openPane();
    await user.upload(screen.getByLabelText('Language versions to compare'), [
      await docx('fr.docx', await buildVersion('fr', ['sub-item'])),
      await docx('es.docx', await buildVersion('es')),
    ]);
    const fr = await screen.findByRole('region', { name: 'fr.docx: 1' });
    expect(within(fr).getByText('versions/items')).toBeInTheDocument();
    expect(fr).toHaveTextContent(/fr\.docx, paragraph \d+: “ ?a\) Ouverture de la réunion/);
    expect(screen.getByRole('region', { name: 'es.docx: 0' })).toHaveTextContent('No structural difference.');
    expect(
      screen.getByText(/Titles, annotations and footnote wording are translations and are not compared/),
    ).toBeInTheDocument();
    await user.click(
      within(fr).getByRole('button', {
        name: /Item 1 has sub-items \(a\) and \(b\) in this document but \(a\) in fr\.docx/,
      }),
    );
    await waitFor(() => expect(select).toHaveBeenCalledTimes(1));
    const [location] = select.mock.calls[0];
    const open = parseAgenda(await readSnapshot(await openDocx(await buildVersion('en'))));
    expect(location).toMatchObject({ kind: 'paragraph', paragraph: open.items[0].subItems[1].paragraph });
  });

  it('names a file that is not an agenda, and reads the others', async () => {
    const { user } = await openPane();
    const { buildDocx, p } = await import('../helpers/docxFactory');
    await user.upload(screen.getByLabelText('Language versions to compare'), [
      await docx('letter.docx', await buildDocx({ documentXml: p('Dear colleagues,') })),
      await docx('zh.docx', await buildVersion('zh')),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^letter\.docx: holds no agenda/);
    expect(screen.getByRole('region', { name: 'zh.docx: 0' })).toBeInTheDocument();
  });
});
