/** Office.js's load/sync rules, as the simulator enforces them. */
import { openDocx } from '../../src/simulator';
import { body, buildDocx, p } from '../helpers/docxFactory';
import { openSample } from './simHelpers';

const NOT_LOADED = (property: string): string =>
  `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

async function simpleDoc() {
  return openDocx(await buildDocx({ documentXml: body(p('First paragraph', { style: 'Heading1' }), p('Second')) }));
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('load and sync', () => {
  test('reading a property that was never loaded throws PropertyNotLoaded, shaped like OfficeExtension.Error', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('style');
      await context.sync();
      const error = caught(() => first.text) as { name: string; code: string; message: string };
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('RichApi.Error');
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.message).toBe(NOT_LOADED('text'));
      expect(first.style).toBe('Heading 1');
    });
  });

  test('a property loaded but not yet synced is not readable; after sync it is', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(NOT_LOADED('items'));
      await context.sync();
      expect(paragraphs.items.map((x) => x.text)).toEqual(['First paragraph', 'Second']);
      expect(() => paragraphs.items[0]?.style).toThrow(NOT_LOADED('style'));
    });
  });

  test.each([
    ['string list', 'text, style'],
    ['array', ['text', 'style']],
  ])('load accepts a %s', async (_label, spec) => {
    const doc = await simpleDoc();
    const result = await doc.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load(spec);
      await context.sync();
      return [first.text, first.style];
    });
    expect(result).toEqual(['First paragraph', 'Heading 1']);
  });

  test("load('items') loads every scalar property of the items", async () => {
    const doc = await simpleDoc();
    const styles = await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items');
      await context.sync();
      return paragraphs.items.map((x) => [x.text, x.styleBuiltIn, x.isListItem, x.tableNestingLevel]);
    });
    expect(styles).toEqual([
      ['First paragraph', 'Heading1', false, 0],
      ['Second', 'Normal', false, 0],
    ]);
  });

  test('a loaded value is the document at the time of the sync that loaded it', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text');
      await context.sync();
      first.getRange('End').insertText(' edited', 'Replace');
      await context.sync();
      expect(first.text).toBe('First paragraph'); // not reloaded
      first.load('text');
      await context.sync();
      expect(first.text).toBe('First paragraph edited');
    });
  });

  test('syncCount counts every sync across runs, and resetSyncCount zeroes it', async () => {
    const doc = await simpleDoc();
    expect(doc.syncCount).toBe(0);
    await doc.run(async (context) => {
      context.document.body.load('text');
      await context.sync();
      await context.sync();
    });
    expect(doc.syncCount).toBe(2);
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('queued, not synced', 'After');
    });
    expect(doc.syncCount).toBe(3); // Word.run syncs what the batch left queued
    doc.resetSyncCount();
    expect(doc.syncCount).toBe(0);
  });

  test('errors surface at sync: getFirst() on an empty collection rejects with ItemNotFound', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      const match = context.document.body.search('no such text').getFirst();
      match.load('text');
      await expect(context.sync()).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
    });
  });

  test('navigation properties need no sync; isNullObject can be loaded on *OrNullObject', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const item = first.listItemOrNullObject;
      expect(first.listItemOrNullObject).toBe(item); // the same proxy each time
      item.load('isNullObject');
      const cell = first.parentTableCellOrNullObject;
      cell.load('isNullObject');
      await context.sync();
      expect(item.isNullObject).toBe(true);
      expect(cell.isNullObject).toBe(true);
    });
  });

  test('objects cannot be used after their Word.run has ended', async () => {
    const doc = await simpleDoc();
    const leaked = await doc.run(async (context) => context.document.body);
    expect(() => leaked.load('text')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }) as Error);
  });

  // Word has no transactions: the commands of a batch that ran before the failing one stay applied
  // (OfficeExtension.Error docs, traceMessages example: the paragraphs inserted before the failing command stay;
  // https://learn.microsoft.com/javascript/api/office/officeextension.error).
  test('a batch that fails is not rolled back: what ran before the failure stays in the document', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.insertParagraph('inserted before the failure', 'After');
      context.document.body.search('missing').getFirst().insertText('x', 'Replace');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    const again = await openDocx(await doc.save());
    const texts = await again.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items.map((x) => x.text);
    });
    expect(texts).toEqual(['First paragraph', 'inserted before the failure', 'Second']);
  });

  test('unknown properties in a load are refused at sync', async () => {
    const doc = await simpleDoc();
    await doc.run(async (context) => {
      context.document.body.paragraphs.load('items/nonsense');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test('the gateway pattern on the CTOC sample: two syncs for all paragraph, list and cell data', async () => {
    const doc = await openSample('ctoc-cop-wg7-2023-1-numbered.docx');
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text,items/isListItem,items/tableNestingLevel');
      await context.sync();
      const lists = paragraphs.items
        .filter((x) => x.isListItem)
        .map((x) => {
          const item = x.listItemOrNullObject;
          item.load('listString');
          return item;
        });
      await context.sync();
      expect(lists.map((l) => l.listString)).toEqual(['1.', '(a)', '(b)', '2.', '3.', '4.', '5.', '6.']);
    });
    expect(doc.syncCount).toBe(2);
  });
});
