/**
 * End to end on the real .docx samples: the simulator opens the file, the gateway's readSnapshot reads it (the
 * same code path as in Word), the parser builds the agenda; the outline must be the one written from the
 * document (assets/samples/ctoc-cop-wg7-2023-1.outline.json).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { toOutline, type Outline } from '../../../src/engine/outline';
import { parseAgenda } from '../../../src/engine/parse';
import type { Snapshot } from '../../../src/engine/snapshot';
import { openDocx } from '../../../src/simulator';
import { ctocNumberedSnapshot, ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { readSnapshot } from '../../../src/word/readSnapshot';

const SAMPLES = join(__dirname, '../../../assets/samples');
const expected: unknown = JSON.parse(readFileSync(join(SAMPLES, 'ctoc-cop-wg7-2023-1.outline.json'), 'utf8'));

async function snapshotOf(file: string): Promise<Snapshot> {
  const bytes = readFileSync(join(SAMPLES, file));
  const document = await openDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return readSnapshot(document);
}

async function outlineOf(file: string): Promise<Outline> {
  return toOutline(parseAgenda(await snapshotOf(file)));
}

/** The `outline --json` contract fields (annotations: item and title). */
function contract(outline: Outline): unknown {
  return { ...outline, annotations: outline.annotations.map((a) => ({ item: a.item, title: a.title })) };
}

describe('real samples', () => {
  it.each(['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx'])(
    '%s gives the expected outline',
    async (file) => {
      expect(contract(await outlineOf(file))).toEqual(expected);
    },
  );

  // The builder fixture that engine tests use stands for the real document only if the gateway reads the same.
  it.each([
    ['ctoc-cop-wg7-2023-1.docx', ctocSnapshot],
    ['ctoc-cop-wg7-2023-1-numbered.docx', ctocNumberedSnapshot],
  ])('%s is read exactly as tests/fixtures/ctocSnapshot builds it', async (file, make) => {
    expect(await snapshotOf(file)).toEqual(make());
  });

  it('the CTOC sample lists its documentation symbols, the joint symbol in full', async () => {
    const outline = await outlineOf('ctoc-cop-wg7-2023-1.docx');
    expect(outline.annotations.map((a) => a.documentation.flatMap((d) => d.symbols))).toEqual([
      [],
      ['CTOC/COP/WG.7/2023/2'],
      ['CTOC/COP/WG.7/2023/4'],
      ['CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3-CTOC/COP/WG.7/2023/3'],
      [],
      [],
    ]);
  });

  it('large-agenda.docx is read completely', async () => {
    const outline = await outlineOf('large-agenda.docx');
    expect(outline.problems).toEqual([]);
    expect(outline.symbol).toBe('CTOC/COP/WG.9/2027/1');
    expect(outline.items).toHaveLength(120);
    expect(outline.items.map((i) => i.number)).toEqual(Array.from({ length: 120 }, (_, i) => String(i + 1)));
    expect(outline.annotations).toHaveLength(120);
    // One documentation entry per item, symbols /2 … /121 in order.
    expect(outline.annotations.flatMap((a) => a.documentation.flatMap((d) => d.symbols))).toEqual(
      Array.from({ length: 120 }, (_, i) => `CTOC/COP/WG.9/2027/${i + 2}`),
    );
    expect(outline.footnotes).toHaveLength(24);
    expect(outline.meeting?.dates[0]).toBe('2027-03-01');
    const days = outline.annex?.days ?? [];
    expect(days).toHaveLength(15);
    expect(days[0]).toMatchObject({ date: '2027-03-01' });
    expect(days[14]).toMatchObject({ date: '2027-03-19' });
    // Every item and sub-item appears in the annex, in order, first without "(continued)".
    const firstAppearances = days
      .flatMap((d) => d.slots.flatMap((s) => s.rows))
      .filter((r) => !r.continued)
      .map((r) => r.item);
    const listed = outline.items.flatMap((i) =>
      i.subItems.length > 0 ? i.subItems.map((s) => `${i.number} (${s.letter})`) : [i.number],
    );
    expect(firstAppearances).toEqual(listed);
  });
});
