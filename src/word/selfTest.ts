/**
 * "Check this Word": runs each assumption the gateway makes against the user's own Word, on paragraphs (and a
 * table) it inserts before the document's last paragraph and removes again, with track changes off meanwhile,
 * then checks that the document reads as it did. Every check says PASS, FAIL or SKIP (nothing in this document to
 * check it on) with what Word returned, so the report can be sent back and become a simulator fixture.
 * The same checks run in `npm test` against the simulator (tests/word/selfTest.test.ts).
 */
import type { ChangeTrackingMode, WordContext, WordHost, WordParagraph } from './api';
import { withTrailingParagraph } from './applyPlan';
import { encodeSearchText, MAX_SEARCH_LENGTH } from './searchAnchor';

export type CheckStatus = 'PASS' | 'FAIL' | 'SKIP';

export interface CheckResult {
  id: string;
  /** The assumption, in one sentence. */
  title: string;
  status: CheckStatus;
  /** What Word returned. */
  observed: string;
}

export interface Environment {
  platform: string;
  version: string;
  /** Office.context.requirements.isSetSupported, where there is Office. */
  isSetSupported?: (name: string, version: string) => boolean;
}

export interface SelfTestReport {
  environment: { platform: string; version: string };
  results: CheckResult[];
}

interface OfficeLike {
  context?: {
    diagnostics?: { platform?: unknown; version?: unknown };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** A diagnostics value as text: Office gives strings (the platform is a string enum); anything else is unknown. */
function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}

/** Where the pane runs: Office's own diagnostics in Word, "simulator" elsewhere. */
export function currentEnvironment(): Environment {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const diagnostics = office?.context?.diagnostics;
  const requirements = office?.context?.requirements;
  if (!diagnostics) return { platform: 'simulator', version: '-' };
  return {
    platform: shown(diagnostics.platform),
    version: shown(diagnostics.version),
    ...(requirements
      ? { isSetSupported: (name: string, version: string) => requirements.isSetSupported(name, version) }
      : {}),
  };
}

const show = (value: unknown): string => JSON.stringify(value);
const MARK = '\u0002';
const PROBE = 'Agenda Desk self-test';

type Check = (context: WordContext, scratch: Scratch) => Promise<Omit<CheckResult, 'id' | 'title'>>;

/** The temporary region: paragraphs inserted before the last one, all removed at the end. */
interface Scratch {
  add(text: string): WordParagraph;
  anchor: WordParagraph;
}

const pass = (observed: string) => ({ status: 'PASS' as const, observed });
const fail = (observed: string) => ({ status: 'FAIL' as const, observed });
const skip = (observed: string) => ({ status: 'SKIP' as const, observed });
const verdict = (ok: boolean, observed: string) => (ok ? pass(observed) : fail(observed));

const CHECKS: Array<{ id: string; title: string; run: Check }> = [
  {
    id: 'marks-in-text',
    title:
      'A footnote mark is one character (U+0002) of Paragraph.text at the offset the gateway computes; a note text starts with it.',
    run: async (context) => {
      const notes = context.document.body.footnotes;
      notes.load('items');
      await context.sync();
      const note = notes.items[0];
      if (!note) return skip('no footnote in this document');
      const paragraph = note.reference.paragraphs.getFirst();
      paragraph.load('text');
      const before = paragraph.getRange('Start').expandTo(note.reference.getRange('Start'));
      before.load('text');
      note.body.load('text');
      await context.sync();
      const at = paragraph.text.charAt(before.text.length);
      return verdict(
        // eslint-disable-next-line no-control-regex -- U+0002 is Word's footnote mark
        at === MARK && /^[\u0002\ufffd]/u.test(note.body.text),
        `mark ${show(at)}, note starts ${show(note.body.text.slice(0, 3))}`,
      );
    },
  },
  {
    id: 'list-strings',
    title: 'Every list item reports its list string (listItem.listString).',
    run: async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/isListItem');
      await context.sync();
      const items = paragraphs.items
        .filter((p) => p.isListItem)
        .slice(0, 20)
        .map((p) => {
          const item = p.listItemOrNullObject;
          item.load('isNullObject,listString,level');
          return item;
        });
      if (items.length === 0) return skip('no list item in this document');
      await context.sync();
      const strings = items.map((i) => (i.isNullObject ? null : i.listString));
      return verdict(
        strings.every((s) => typeof s === 'string' && s.length > 0),
        `first list strings ${show(strings.slice(0, 5))}`,
      );
    },
  },
  {
    id: 'search-window',
    title: `Search finds an encoded window of ${MAX_SEARCH_LENGTH} characters with "^", tabs and no-break spaces, once.`,
    run: async (context, scratch) => {
      const unit = 'a^b\tc\u00a0d ';
      let text = '';
      while (encodeSearchText(text + unit).length <= MAX_SEARCH_LENGTH) text += unit;
      const paragraph = scratch.add(`${text}end`);
      await context.sync();
      const found = paragraph.search(encodeSearchText(text), { matchCase: true });
      found.load('items');
      await context.sync();
      return verdict(
        found.items.length === 1,
        `${found.items.length} match(es) for ${encodeSearchText(text).length} encoded characters`,
      );
    },
  },
  {
    id: 'styleBuiltIn-inserted',
    title: 'styleBuiltIn set on a newly inserted paragraph applies (office-js#1656).',
    run: async (context, scratch) => {
      const paragraph = scratch.add(`${PROBE}: heading`);
      paragraph.styleBuiltIn = 'Heading2';
      paragraph.load('styleBuiltIn');
      await context.sync();
      return verdict(paragraph.styleBuiltIn === 'Heading2', `styleBuiltIn ${show(paragraph.styleBuiltIn)}`);
    },
  },
  {
    id: 'paragraph-format-set',
    title:
      'leftIndent, firstLineIndent (negative: hanging) and alignment set on a new paragraph read back in points (WordApi 1.1).',
    run: async (context, scratch) => {
      const paragraph = scratch.add(`${PROBE}: format`);
      paragraph.leftIndent = 36;
      paragraph.firstLineIndent = -18;
      paragraph.alignment = 'Justified';
      paragraph.load('leftIndent,firstLineIndent,alignment');
      await context.sync();
      const got = [paragraph.leftIndent, paragraph.firstLineIndent, paragraph.alignment];
      return verdict(got[0] === 36 && got[1] === -18 && got[2] === 'Justified', show(got));
    },
  },
  {
    id: 'insert-next-to-list-item',
    title:
      'A paragraph inserted after a list item is in the same list; detachFromList takes it out; a level can be set.',
    run: async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/isListItem,items/tableNestingLevel');
      await context.sync();
      const listed = paragraphs.items.find((p) => p.isListItem && p.tableNestingLevel === 0);
      if (!listed) return skip('no list item in this document');
      const inserted = listed.insertParagraph(`${PROBE}: list`, 'After');
      inserted.load('isListItem');
      const second = inserted.insertParagraph(`${PROBE}: detached`, 'After');
      second.detachFromList();
      second.load('isListItem');
      try {
        await context.sync();
        return verdict(
          inserted.isListItem && !second.isListItem,
          `inserted isListItem ${show(inserted.isListItem)}, detached isListItem ${show(second.isListItem)}`,
        );
      } finally {
        inserted.delete();
        second.delete();
        await context.sync();
      }
    },
  },
  {
    id: 'reviewed-text',
    title:
      'Without revisions getReviewedText equals text; a tracked edit shows in Original and Current apart (WordApi 1.4).',
    run: async (context, scratch) => {
      const paragraph = scratch.add(`${PROBE}: item 3`);
      await context.sync();
      const plainCurrent = paragraph.getReviewedText('Current');
      const plainOriginal = paragraph.getReviewedText('Original');
      paragraph.load('text');
      await context.sync();
      const same =
        plainCurrent.value.replace(/[\r\n]+$/u, '') === paragraph.text && plainOriginal.value === plainCurrent.value;
      context.document.changeTrackingMode = 'TrackAll';
      paragraph.search('3', { matchCase: true }).getFirst().insertText('4', 'Replace');
      context.document.changeTrackingMode = 'Off';
      const current = paragraph.getReviewedText('Current');
      const original = paragraph.getReviewedText('Original');
      paragraph.load('text');
      await context.sync();
      const tracked = current.value.endsWith('item 4') && original.value.replace(/[\r\n]+$/u, '').endsWith('item 3');
      return verdict(
        same && tracked,
        `untracked same ${show(same)}; tracked text ${show(paragraph.text)}, current ${show(current.value)}, original ${show(original.value)}`,
      );
    },
  },
  {
    id: 'cells-without-cellIndex',
    title:
      "A table paragraph's row (rowIndex) and whether it starts its cell (compareLocationWith) give its cell (no cellIndex, office-js#3200).",
    run: async (context, scratch) => {
      const paragraph = scratch.add(`${PROBE}: table`);
      const table = paragraph.insertTable(2, 2, 'After', [
        ['a', 'b'],
        ['c', 'd'],
      ]);
      table.load('values');
      await context.sync();
      const cell = table.getCell(1, 1);
      const inner = cell.body.paragraphs.getFirst();
      const parent = inner.parentTableCellOrNullObject;
      parent.load('isNullObject,rowIndex');
      const relation = inner.getRange('Start').compareLocationWith(parent.body.getRange('Start'));
      try {
        await context.sync();
        return verdict(
          !parent.isNullObject && parent.rowIndex === 1 && relation.value === 'Equal',
          `rowIndex ${show(parent.rowIndex)}, start ${show(relation.value)}`,
        );
      } finally {
        table.delete();
        await context.sync();
      }
    },
  },
  {
    id: 'insertOoxml-move',
    title:
      "A move's copy (getOoxml, a trailing empty paragraph added, insertOoxml 'Before' an empty placeholder) arrives whole, the padding merged into the placeholder (office-js#2914).",
    run: async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/tableNestingLevel');
      await context.sync();
      const host = [...paragraphs.items].reverse().find((p) => p.tableNestingLevel === 0);
      if (!host) return skip('no paragraph outside tables in this document');
      // Its own region after a body paragraph (a move never lands in a table cell), bounded by an end marker.
      const first = host.insertParagraph(`${PROBE}: move 1`, 'After');
      first.styleBuiltIn = 'Heading2';
      const second = first.insertParagraph(`${PROBE}: move 2`, 'After');
      second.styleBuiltIn = 'Heading3';
      const placeholder = second.insertParagraph('', 'After');
      placeholder.styleBuiltIn = 'Normal';
      placeholder.insertParagraph(`${PROBE}: end`, 'After');
      const ooxml = first.getRange('Whole').expandTo(second.getRange('Whole')).getOoxml();
      await context.sync();
      placeholder.getRange('Whole').insertOoxml(withTrailingParagraph(ooxml.value), 'Before');
      const after = context.document.body.paragraphs;
      after.load('items/text,items/styleBuiltIn');
      await context.sync();
      const items = after.items;
      const start = items.findIndex((p) => p.text === `${PROBE}: move 1`);
      const end = items.findIndex((p) => p.text === `${PROBE}: end`);
      const copy = items.slice(start + 2, end);
      const whole =
        copy.length === 3 &&
        copy[0].text === `${PROBE}: move 1` &&
        copy[0].styleBuiltIn === 'Heading2' &&
        copy[1].text === `${PROBE}: move 2` &&
        copy[1].styleBuiltIn === 'Heading3' &&
        copy[2].text === '';
      if (start >= 0 && end > start) for (const p of items.slice(start, end + 1)) p.delete();
      await context.sync();
      return verdict(
        whole,
        `between the originals and the end marker: ${copy.map((p) => `${show(p.text)} ${p.styleBuiltIn}`).join(', ')}`,
      );
    },
  },
];

/** Runs every check; the document is left as it was (the last check says whether it is). */
export async function runSelfTest(
  host: WordHost,
  environment: Environment = currentEnvironment(),
): Promise<SelfTestReport> {
  const results: CheckResult[] = [];
  for (const set of ['1.3', '1.4', '1.5']) {
    const supported = environment.isSetSupported ? environment.isSetSupported('WordApi', set) : null;
    results.push({
      id: `WordApi-${set}`,
      title: `Word has the WordApi ${set} requirement set.`,
      ...(supported === null
        ? skip('no Office.context.requirements here')
        : verdict(supported, `isSetSupported ${show(supported)}`)),
    });
  }
  await host.run(async (context) => {
    const { document } = context;
    const body = document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load('items/text');
    body.load('text');
    document.load('changeTrackingMode');
    await context.sync();
    const beforeText = body.text;
    const beforeCount = paragraphs.items.length;
    const mode: ChangeTrackingMode = document.changeTrackingMode;
    const last = paragraphs.items[paragraphs.items.length - 1];
    if (mode !== 'Off') document.changeTrackingMode = 'Off';
    const added: WordParagraph[] = [];
    const scratch: Scratch = {
      anchor: last,
      add(text: string) {
        const paragraph = last.insertParagraph(text, 'Before');
        added.push(paragraph);
        return paragraph;
      },
    };
    for (const check of CHECKS) {
      try {
        results.push({ id: check.id, title: check.title, ...(await check.run(context, scratch)) });
      } catch (error) {
        results.push({
          id: check.id,
          title: check.title,
          status: 'FAIL',
          observed: `error: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      // Whatever a check left queued or half-done, the scratch paragraphs go before the next one runs.
      for (const paragraph of added.splice(0)) paragraph.delete();
      await context.sync().catch(() => undefined);
    }
    if (mode !== 'Off') document.changeTrackingMode = mode;
    const after = body.paragraphs;
    after.load('items');
    body.load('text');
    document.load('changeTrackingMode');
    await context.sync();
    const restored =
      body.text === beforeText && after.items.length === beforeCount && document.changeTrackingMode === mode;
    results.push({
      id: 'document-restored',
      title: 'The document reads exactly as before the self-test (text, paragraphs, track changes).',
      ...verdict(
        restored,
        `paragraphs ${beforeCount} → ${after.items.length}, text ${body.text === beforeText ? 'same' : 'differs'}, track changes ${document.changeTrackingMode}`,
      ),
    });
  });
  return { environment: { platform: environment.platform, version: environment.version }, results };
}

/** The copyable report: one line per check, then the JSON a simulator fixture can be made from. */
export function formatReport(report: SelfTestReport): string {
  const lines = [`Agenda Desk self-test — Word ${report.environment.platform} ${report.environment.version}`];
  for (const r of report.results) lines.push(`${r.status} ${r.id}: ${r.observed}`);
  lines.push('', JSON.stringify(report));
  return lines.join('\n');
}
