/** The pane is gated on WordApi 1.5, the manifest's set, and says in one line which Word versions have it. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { REQUIRED_SET, unsupportedWord } from '../../src/office/requirements';
import { MANIFEST_WORD_API } from '../../src/word/requirementSets';

describe('unsupportedWord', () => {
  test('asks Office for WordApi 1.5, the set the manifest and the member table name', () => {
    const asked: string[] = [];
    const supported = unsupportedWord({ isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) });
    expect(supported).toBeNull();
    expect(asked).toEqual([`WordApi ${MANIFEST_WORD_API}`]);
    expect(REQUIRED_SET.version).toBe(MANIFEST_WORD_API);
  });

  test('names the versions that work (web, Windows 2302+, Mac 16.70+), and not Word 2019', () => {
    const sentence = unsupportedWord({ isSetSupported: () => false }) ?? '';
    expect(sentence).toMatch(/Word on the web/);
    expect(sentence).toMatch(/Windows version 2302 or later/);
    expect(sentence).toMatch(/Mac 16\.70 or later/);
    expect(sentence).not.toMatch(/2019/);
    expect(sentence.split(/(?<=\.)\s/)).toHaveLength(1);
  });

  test('the entry point uses it', () => {
    const entry = readFileSync(path.resolve(__dirname, '../../src/office/index.ts'), 'utf8');
    expect(entry).toContain('unsupportedWord(Office.context.requirements)');
    expect(entry).not.toMatch(/Word 2019/);
  });
});
