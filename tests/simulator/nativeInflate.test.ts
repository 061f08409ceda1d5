import { readFileSync } from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { openDocx, type InflateRaw } from '../../src/simulator';
import { readSnapshot } from '../../src/word/readSnapshot';
import { zipBomb } from '../helpers/zipBomb';

const sample = new Uint8Array(readFileSync(path.resolve(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1.docx')));

function counting(): { inflate: InflateRaw; calls: () => number } {
  let calls = 0;
  return {
    inflate: (data, max) => {
      calls++;
      try {
        return inflateRawSync(data, { maxOutputLength: max });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
        throw error;
      }
    },
    calls: () => calls,
  };
}

describe('a native inflater', () => {
  it('reads the same document as JSZip’s own inflater, and is really used', async () => {
    const native = counting();
    const viaNative = await readSnapshot(await openDocx(sample, { inflateRaw: native.inflate }));
    const viaJs = await readSnapshot(await openDocx(sample));
    expect(viaNative).toEqual(viaJs);
    expect(native.calls()).toBeGreaterThan(3);
  });

  it('still refuses a zip bomb, within the cap', async () => {
    const native = counting();
    await expect(
      openDocx(zipBomb(1, 1000), { inflateRaw: native.inflate, maxInflatedBytes: 50 * 1024 * 1024 }),
    ).rejects.toThrow(/inflates to more than 50 MB/);
    expect(native.calls()).toBe(1);
  });

  it('reports a damaged stream in one line', async () => {
    await expect(
      openDocx(sample, {
        inflateRaw: () => {
          throw new Error('invalid stored block lengths');
        },
      }),
    ).rejects.toThrow(/damaged/);
  });
});
