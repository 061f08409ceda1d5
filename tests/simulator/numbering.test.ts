/** List strings computed from a numbering.xml built here: formats, overrides, restarts, shared abstractNums. */
import { openDocx } from '../../src/simulator';
import { body, buildDocx, numberingXml, p } from '../helpers/docxFactory';
import { readListStrings } from './simHelpers';

const lvl = (ilvl: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

const NUMBERING = numberingXml(
  // abstract 1: I. / (a) / (i) / 1.1.1 — three levels of different formats
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'lowerLetter', '(%2)')}${lvl(2, 'lowerRoman', '(%3)')}${lvl(3, 'decimal', '%1.%2.%4')}</w:abstractNum>` +
    // abstract 2: A) with level 1 that never restarts (lvlRestart 0)
    `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperLetter', '%1)')}${lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
    // abstract 3: bullets and none
    `<w:abstractNum w:abstractNumId="3">${lvl(0, 'bullet', '•')}${lvl(1, 'none', '')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' + // shares abstract 1: continues num 1
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' + // restarts at V
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>' +
    `<w:num w:numId="6"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="[%1]"/></w:lvl></w:lvlOverride></w:num>`,
);

async function labels(paragraphs: string[]): Promise<Array<string | null>> {
  const doc = await openDocx(await buildDocx({ documentXml: body(...paragraphs), numberingXml: NUMBERING }));
  return (await readListStrings(doc)).map((l) => l.listString);
}

describe('list strings', () => {
  test('upper roman, lower letter, lower roman, multi-level "%1.%2.%4" (each number in the format of its own level), and restart of deeper levels', async () => {
    expect(
      await labels([
        p('one', { numId: 1, ilvl: 0 }),
        p('a', { numId: 1, ilvl: 1 }),
        p('i', { numId: 1, ilvl: 2 }),
        p('ii', { numId: 1, ilvl: 2 }),
        p('iii', { numId: 1, ilvl: 2 }),
        p('iv', { numId: 1, ilvl: 2 }),
        p('b', { numId: 1, ilvl: 1 }),
        p('i again', { numId: 1, ilvl: 2 }),
        p('deep', { numId: 1, ilvl: 3 }),
        p('two', { numId: 1, ilvl: 0 }),
        p('a again', { numId: 1, ilvl: 1 }),
        p('not a list item'),
      ]),
    ).toEqual(['I.', '(a)', '(i)', '(ii)', '(iii)', '(iv)', '(b)', '(i)', 'I.b.1', 'II.', '(a)', null]);
  });

  test('nums sharing an abstractNum continue each other; a startOverride starts its own count', async () => {
    expect(
      await labels([
        p('x', { numId: 1 }),
        p('y', { numId: 2 }),
        p('z', { numId: 1 }),
        p('restart', { numId: 3 }),
        p('next', { numId: 3 }),
        p('back', { numId: 2 }),
      ]),
    ).toEqual(['I.', 'II.', 'III.', 'V.', 'VI.', 'IV.']);
  });

  test('lvlRestart 0: a deeper level keeps counting across shallower ones', async () => {
    expect(
      await labels([
        p('A', { numId: 4 }),
        p('1', { numId: 4, ilvl: 1 }),
        p('B', { numId: 4 }),
        p('2', { numId: 4, ilvl: 1 }),
      ]),
    ).toEqual(['A)', '1.', 'B)', '2.']);
  });

  test('bullets show their symbol; format none shows nothing; a level override replaces the level', async () => {
    expect(
      await labels([
        p('•', { numId: 5 }),
        p('none', { numId: 5, ilvl: 1 }),
        p('iii', { numId: 6 }),
        p('iv', { numId: 6 }),
      ]),
    ).toEqual(['•', '', '[iii]', '[iv]']);
  });

  test('numId 0 switches numbering off; a style can carry the numbering', async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered Item"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
</w:styles>`;
    const doc = await openDocx(
      await buildDocx({
        documentXml: body(
          p('styled', { style: 'Numbered' }),
          p('off', { style: 'Numbered', numId: 0 }),
          p('styled again', { style: 'Numbered' }),
        ),
        numberingXml: NUMBERING,
        stylesXml: styles,
      }),
    );
    expect((await readListStrings(doc)).map((l) => l.listString)).toEqual(['A)', null, 'B)']);
  });
});
