/**
 * The add-in's settings saved with the document (`document.settings`, WordApi 1.4,
 * https://learn.microsoft.com/javascript/api/word/word.settingcollection): through the gateway on the simulator,
 * one sync each way, kept across save and reopen (word/settings.xml document variables), values through JSON.
 */
import JSZip from 'jszip';
import { body, buildDocx, p } from '../helpers/docxFactory';
import { openDocx } from '../../src/simulator';
import { readDocumentSetting, writeDocumentSetting } from '../../src/word/documentSettings';

const KEY = 'agendaDesk';

async function document(withSettings = true) {
  const bytes = await buildDocx({ documentXml: body(p('Provisional agenda')) });
  if (withSettings) return openDocx(bytes);
  const zip = await JSZip.loadAsync(bytes);
  zip.remove('word/settings.xml');
  return openDocx(await zip.generateAsync({ type: 'uint8array' }));
}

describe('document settings', () => {
  it('reads null for a setting the document does not hold, in one sync', async () => {
    const doc = await document();
    doc.resetSyncCount();
    expect(await readDocumentSetting(doc, KEY)).toBeNull();
    expect(doc.syncCount).toBe(1);
  });

  it('keeps a JSON value across save and reopen, and replaces it on a second write', async () => {
    const doc = await document();
    await writeDocumentSetting(doc, KEY, { houseStyle: 'geneva', ignored: ['a', 'b'] });
    await writeDocumentSetting(doc, 'other', 3);
    await writeDocumentSetting(doc, KEY, { houseStyle: 'vienna', ignored: [] });
    const saved = await doc.save();
    const settingsXml = await (await JSZip.loadAsync(saved)).file('word/settings.xml')!.async('string');
    expect(settingsXml).toContain('w:docVars');
    expect(settingsXml.match(/w:docVar /g)).toHaveLength(2);
    const reopened = await openDocx(saved);
    expect(await readDocumentSetting(reopened, KEY)).toEqual({ houseStyle: 'vienna', ignored: [] });
    expect(await readDocumentSetting(reopened, 'other')).toBe(3);
  });

  it('values go through JSON as in Word: a Date comes back as its ISO string', async () => {
    const doc = await document();
    await writeDocumentSetting(doc, KEY, { at: new Date(Date.UTC(2023, 9, 5)) });
    expect(await readDocumentSetting(doc, KEY)).toEqual({ at: '2023-10-05T00:00:00.000Z' });
  });

  it('deletes a setting with null and leaves no empty w:docVars', async () => {
    const doc = await document();
    await writeDocumentSetting(doc, KEY, 'x');
    await writeDocumentSetting(doc, KEY, null);
    expect(await readDocumentSetting(doc, KEY)).toBeNull();
    const settingsXml = await (await JSZip.loadAsync(await doc.save())).file('word/settings.xml')!.async('string');
    expect(settingsXml).not.toContain('docVars');
  });

  it('lists the settings through the collection', async () => {
    const doc = await document();
    await writeDocumentSetting(doc, 'b', 1);
    await writeDocumentSetting(doc, 'a', 2);
    const keys = await doc.run(async (context) => {
      const settings = context.document.settings;
      settings.load('items/key,items/value');
      await context.sync();
      return settings.items.map((setting) => [setting.key, setting.value]);
    });
    expect(keys).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('a package without settings.xml keeps its settings for the session', async () => {
    const doc = await document(false);
    await writeDocumentSetting(doc, KEY, { ok: true });
    expect(await readDocumentSetting(doc, KEY)).toEqual({ ok: true });
  });
});
