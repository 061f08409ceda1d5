/**
 * Paragraph texts and paragraph lists over Word's own markup, as Word writes it (ECMA-376 Part 1 §17.16 fields,
 * §17.5.2 content controls, §17.13 bookmarks and comments; Part 3 §10.2 mc:AlternateContent): the result of a field
 * is text, its instruction is not; wrappers are transparent; of an mc:AlternateContent exactly one branch is read
 * (the mc:Fallback, else the first mc:Choice), so its text counts once and is never empty. Edits of text inside
 * alternate content keep only the branch read (no stale copy of the old text survives).
 */
import { openDocx } from '../../src/simulator';
import {
  alternateContent,
  body,
  bookmark,
  buildDocx,
  commentRange,
  commentsXml,
  complexField,
  contentControl,
  hyperlink,
  p,
  run,
  simpleField,
  smartTag,
  table,
  textBox,
} from '../helpers/docxFactory';
import { readTables, readTexts, reopen } from './simHelpers';

const W14 = '<w:r><w:rPr><w14:ligatures w14:val="standard"/></w:rPr><w:t>Choice</w:t></w:r>';

async function open(...blocks: string[]) {
  return openDocx(await buildDocx({ documentXml: body(...blocks), commentsXml: commentsXml({ 0: 'A comment.' }) }));
}

describe('Paragraph.text over Word markup', () => {
  test.each([
    ['simple SEQ field: its result', p(run('Item ') + simpleField(' SEQ Item \\* ARABIC ', '3')), 'Item 3'],
    [
      'complex REF field: result, not the instruction',
      p(run('see ') + complexField(' REF _Annex \\h ', run('annex')) + run('.')),
      'see annex.',
    ],
    [
      'nested fields: the inner instruction is hidden too',
      p(complexField(' IF 1 = 1 "x" ', complexField(' SEQ A ', run('2')))),
      '2',
    ],
    [
      'HYPERLINK field',
      p(complexField(' HYPERLINK "https://undocs.org" ', run('undocs.org', { rStyle: 'Hyperlink' }))),
      'undocs.org',
    ],
    ['w:hyperlink to a bookmark', p(run('(') + hyperlink('A/78/1', { anchor: '_Doc' }) + run(')')), '(A/78/1)'],
    ['bookmark in mid-word', p(run('Adop') + bookmark(1, '_Ref1') + run('tion')), 'Adoption'],
    [
      'smart tag and run-level content control',
      p(smartTag('place', run('Vienna')) + contentControl(1, 'c', run(', Austria'))),
      'Vienna, Austria',
    ],
    ['comment range and reference', p(commentRange(0, run('Other')) + run(' matters')), 'Other matters'],
    [
      'mc:AlternateContent in a paragraph: the fallback, once',
      p(run('1.\t') + alternateContent('w14', W14, run('Fallback'))),
      '1.\tFallback',
    ],
    [
      'mc:AlternateContent without a fallback: the first choice',
      p(
        `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14">${run('Only choice')}</mc:Choice></mc:AlternateContent>`,
      ),
      'Only choice',
    ],
    [
      'mc:AlternateContent in a run',
      p(`<w:r>${alternateContent('w14', '<w:t>Choice</w:t>', '<w:t>Fallback</w:t>')}</w:r>`),
      'Fallback',
    ],
    [
      "a text box (DrawingML with VML fallback) is not the paragraph's text",
      p(textBox(p('United Nations')) + run('Masthead')),
      'Masthead',
    ],
  ])('%s', async (_label, xml, expected) => {
    expect(await readTexts(await open(xml))).toEqual([expected]);
  });

  test('block-level alternate content and content controls: paragraphs and tables of the branch read, once', async () => {
    const doc = await open(
      p('before'),
      alternateContent(
        'w14',
        p('choice paragraph') + table([['choice cell']]),
        p('fallback paragraph') + table([['fallback cell']]),
      ),
      contentControl(2, 'list', p('in control 1') + p('in control 2')),
      p('after'),
    );
    expect(await readTexts(doc)).toEqual([
      'before',
      'fallback paragraph',
      'fallback cell',
      'in control 1',
      'in control 2',
      'after',
    ]);
    expect(await readTables(doc)).toEqual([[['fallback cell']]]);
  });

  test('replacing text inside alternate content writes it once, with no stale branch; other markup stays', async () => {
    const doc = await open(
      p(
        run('1.\t') +
          alternateContent('w14', W14, run('Old title')) +
          run(':') +
          bookmark(3, '_Keep') +
          run(' ') +
          alternateContent('w14', W14, run('Untouched')),
      ),
    );
    await doc.run(async (context) => {
      const found = context.document.body.search('Old title');
      found.load('items');
      await context.sync();
      found.items[0]?.insertText('New title', 'Replace');
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['1.\tNew title: Untouched']);
    const xml = await documentXml(again);
    expect(xml).not.toContain('Old title');
    expect(xml.match(/mc:AlternateContent /gu)?.length).toBe(1); // the untouched one is kept
    expect(xml).toContain('w:name="_Keep"');
  });

  test('italic on text inside alternate content formats the branch read', async () => {
    const doc = await open(p(alternateContent('w14', W14, run('Fallback continued'))));
    await doc.run(async (context) => {
      const found = context.document.body.search('continued');
      found.load('items');
      await context.sync();
      if (found.items[0]) found.items[0].font.italic = true;
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['Fallback continued']);
    expect(await documentXml(again)).toMatch(/<w:i\/>.*continued/u);
  });
});

async function documentXml(doc: Awaited<ReturnType<typeof openDocx>>): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await doc.save());
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}
