/**
 * Word.Paragraph `leftIndent`, `firstLineIndent` and `alignment` (WordApi 1.1,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph): "the left indent value, in points",
 * "the value, in points, for a first line or hanging indent. Use a positive value to set a first-line indent, and
 * use a negative value to set a hanging indent", and a Word.Alignment ('Mixed', 'Unknown', 'Left', 'Centered',
 * 'Right', 'Justified'). Word reports the values in force, so the simulator reads, per attribute, the paragraph's
 * own w:pPr, then its list level's w:pPr, then its style chain (w:basedOn), then w:docDefaults (ECMA-376 Part 1
 * §17.7.2); twips / 20 = points. The setters write direct formatting in the schema's w:pPr order.
 */
import JSZip from 'jszip';
import { openDocx } from '../../src/simulator';
import { body, buildDocx, numberingXml, p, W_NS } from '../helpers/docxFactory';

const styles = (defaults: string, extra = ''): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:docDefaults><w:pPrDefault><w:pPr>${defaults}</w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="BodyBase"><w:name w:val="Body Base"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="851"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyIndented"><w:name w:val="Body Indented"/><w:basedOn w:val="BodyBase"/><w:pPr><w:ind w:firstLine="284"/></w:pPr></w:style>
${extra}
</w:styles>`;

const NUMBERING = numberingXml(
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>' +
    '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
);

type Format = [number, number, string];

async function read(paragraph: string, defaults = ''): Promise<Format> {
  const doc = await openDocx(
    await buildDocx({ documentXml: body(paragraph), stylesXml: styles(defaults), numberingXml: NUMBERING }),
  );
  return doc.run(async (context) => {
    const first = context.document.body.paragraphs.getFirst();
    first.load('leftIndent,firstLineIndent,alignment');
    await context.sync();
    return [first.leftIndent, first.firstLineIndent, first.alignment];
  });
}

describe('the indents and alignment in force, as Word.Paragraph reports them', () => {
  const cases: [string, string, string, Format][] = [
    ['none anywhere', p('x'), '', [0, 0, 'Left']],
    [
      'direct: w:left, w:firstLine, w:jc center',
      p('x', { pPrXml: '<w:ind w:left="720" w:firstLine="360"/><w:jc w:val="center"/>' }),
      '',
      [36, 18, 'Centered'],
    ],
    [
      'direct: w:start, w:hanging (negative), w:jc end',
      p('x', { pPrXml: '<w:ind w:start="1440" w:hanging="720"/><w:jc w:val="end"/>' }),
      '',
      [72, -36, 'Right'],
    ],
    [
      'from the style chain (basedOn), per attribute',
      p('x', { style: 'BodyIndented' }),
      '',
      [42.55, 14.2, 'Justified'],
    ],
    [
      'direct wins over the style, attribute by attribute',
      p('x', { style: 'BodyIndented', pPrXml: '<w:ind w:left="0"/>' }),
      '',
      [0, 14.2, 'Justified'],
    ],
    ['from the list level of a list paragraph', p('x', { numId: 3 }), '', [36, -18, 'Left']],
    [
      'direct left over the level, the level’s hanging kept',
      p('x', { numId: 3, pPrXml: '<w:ind w:left="1134"/>' }),
      '',
      [56.7, -18, 'Left'],
    ],
    [
      'from w:docDefaults/w:pPrDefault',
      p('x'),
      '<w:ind w:left="567" w:firstLine="283"/><w:jc w:val="distribute"/>',
      [28.35, 14.15, 'Justified'],
    ],
    ['the style over the defaults', p('x', { style: 'BodyBase' }), '<w:jc w:val="center"/>', [42.55, 0, 'Justified']],
  ];
  test.each(cases)('%s', async (_name, paragraph, defaults, expected) => {
    expect(await read(paragraph, defaults)).toEqual(expected);
  });
});

describe('setting them writes direct formatting', () => {
  async function set(
    paragraph: string,
    change: (p: { leftIndent: number; firstLineIndent: number; alignment: string }) => void,
    tracked = false,
  ) {
    const doc = await openDocx(
      await buildDocx({ documentXml: body(paragraph), stylesXml: styles(''), numberingXml: NUMBERING }),
    );
    const format = await doc.run(async (context) => {
      if (tracked) context.document.changeTrackingMode = 'TrackAll';
      const first = context.document.body.paragraphs.getFirst();
      change(first);
      first.load('leftIndent,firstLineIndent,alignment');
      await context.sync();
      return [first.leftIndent, first.firstLineIndent, first.alignment];
    });
    const xml = await (await JSZip.loadAsync(await doc.save())).file('word/document.xml')!.async('string');
    return { format, pPr: /<w:pPr>.*?<\/w:pPr>(?=<w:r>|<\/w:p>)/.exec(xml)?.[0] ?? '' };
  }

  test('indents in twips, hanging for a negative first line, jc; children in schema order', async () => {
    const { format, pPr } = await set(
      p('x', {
        style: 'BodyBase',
        pPrXml: '<w:spacing w:after="120"/><w:ind w:firstLine="284"/><w:outlineLvl w:val="2"/>',
      }),
      (para) => {
        para.leftIndent = 56.7;
        para.firstLineIndent = -28.35;
        para.alignment = 'Centered';
      },
    );
    expect(format).toEqual([56.7, -28.35, 'Centered']);
    expect(pPr).toBe(
      '<w:pPr><w:pStyle w:val="BodyBase"/><w:spacing w:after="120"/><w:ind w:left="1134" w:hanging="567"/>' +
        '<w:jc w:val="center"/><w:outlineLvl w:val="2"/></w:pPr>',
    );
  });

  test('a paragraph without w:pPr gets one', async () => {
    const { format, pPr } = await set(p('x'), (para) => {
      para.alignment = 'Justified';
      para.firstLineIndent = 18;
    });
    expect(format).toEqual([0, 18, 'Justified']);
    expect(pPr).toBe('<w:pPr><w:ind w:firstLine="360"/><w:jc w:val="both"/></w:pPr>');
  });

  test('with changes tracked, the change is a w:pPrChange holding the old properties', async () => {
    const { pPr } = await set(p('x', { pPrXml: '<w:jc w:val="left"/>' }), (para) => (para.leftIndent = 36), true);
    expect(pPr).toMatch(
      /^<w:pPr><w:ind w:left="720"\/><w:jc w:val="left"\/><w:pPrChange [^>]*><w:pPr><w:jc w:val="left"\/><\/w:pPr><\/w:pPrChange><\/w:pPr>$/,
    );
  });

  test.each(['Mixed', 'Unknown', 'center'])(
    'alignment %s is refused at sync, as Word refuses a bad value',
    async (v) => {
      await expect(set(p('x'), (para) => (para.alignment = v))).rejects.toThrow(/InvalidArgument|invalid/);
    },
  );
});
