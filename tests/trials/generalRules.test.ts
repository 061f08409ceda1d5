/**
 * The general rules the second trial round added to the engine, each on its smallest case: Spanish ranges and
 * "temario", a reissue asterisk, and a sub-item's own "(i)", "(ii)" list.
 */
import { parseAgenda } from '../../src/engine/parse';
import { parseDateRange } from '../../src/engine/text/dates';
import { findItemReferences } from '../../src/engine/text/references';
import { toOutline } from '../../src/engine/outline';
import { doc, list, p } from '../helpers/snapshotBuilder';

describe('date ranges written with a word', () => {
  it.each<[string, string[] | null]>([
    ['Santiago, 7 a 9 de abril de 2025', ['2025-04-07', '2025-04-08', '2025-04-09']],
    ['del 30 de junio al 2 de julio de 2025', ['2025-06-30', '2025-07-01', '2025-07-02']],
    ['Genève, du 7 au 8 avril 2025', ['2025-04-07', '2025-04-08']],
    ['9 a 7 de abril de 2025', null],
  ])('%s', (text, dates) => {
    expect(parseDateRange(text)?.dates ?? null).toEqual(dates);
  });
});

describe('Spanish references', () => {
  it.each<[string, string[]]>([
    ['en relación con el tema 3 del temario', ['3']],
    ['los temas 4 y 5 del programa', ['4', '5']],
    ['el tema 3 de la reunión', []],
  ])('%s', (text, numbers) => {
    expect(findItemReferences(text).flatMap((r) => r.targets.map((t) => t.number))).toEqual(numbers);
  });
});

describe('ECLAC section headings', () => {
  it('"A. Temario provisional" and "B. Anotaciones al temario provisional" are the sections', () => {
    const agenda = parseAgenda(
      doc(
        p('LC/SES.40/1'),
        p('A.\tTemario provisional', 'Heading 1'),
        p('1.\tElección de la Mesa.'),
        p('B.\tAnotaciones al temario provisional', 'Heading 1'),
        p('1.\tElección de la Mesa', 'Heading 2'),
        p('Texto.'),
      ).build(),
    );
    expect([agenda.sections.agenda, agenda.sections.annotations]).toEqual([1, 3]);
    expect(agenda.annotations.map((a) => a.item)).toEqual(['1']);
  });
});

describe('a reissued document', () => {
  it('the outline gives the symbol without its asterisk', () => {
    const agenda = parseAgenda(
      doc(p('A/CN.9/WG.IV/WP.190*'), p('Provisional agenda', 'Heading 1'), p('1.\tOpening of the session.')).build(),
    );
    expect(agenda.masthead.symbol?.value).toBe('A/CN.9/WG.IV/WP.190*');
    expect(toOutline(agenda).symbol).toBe('A/CN.9/WG.IV/WP.190');
  });
});

describe("a sub-item's own list", () => {
  const letters = 'abcdefgh'.split('');
  const items = (agenda: ReturnType<typeof parseAgenda>): string[][] =>
    agenda.items.map((i) => i.subItems.map((s) => `${s.letter}:${s.details?.length ?? 0}`));

  it('"\\t\\t(i)" and "(ii)" under "(b)" belong to (b); the list goes on after them', () => {
    const agenda = parseAgenda(
      doc(
        p('Provisional agenda', 'Heading 1'),
        p('1.\tQuestions:'),
        p('\t(a)\tFirst;'),
        p('\t(b)\tSecond:'),
        p('\t\t(i)\tYouth;'),
        p('\t\t(ii)\tAgeing;'),
        p('\t(c)\tThird;'),
        p('2.\tOther matters.'),
      ).build(),
    );
    expect(items(agenda)).toEqual([['a:0', 'b:2', 'c:0'], []]);
  });

  it('"(i)" after "(h)" at the same depth is the ninth sub-item', () => {
    const agenda = parseAgenda(
      doc(
        p('Provisional agenda', 'Heading 1'),
        p('1.\tQuestions:'),
        ...letters.map((l) => p(`\t(${l})\tSub ${l};`)),
        p('\t(i)\tSub i.'),
      ).build(),
    );
    expect(items(agenda)[0].map((s) => s[0])).toEqual([...letters, 'i']);
  });

  it('"(i)" after "(h)" but indented deeper is the first line of (h)\'s own list', () => {
    const agenda = parseAgenda(
      doc(
        p('Provisional agenda', 'Heading 1'),
        p('1.\tQuestions:'),
        ...letters.map((l) => p(`\t(${l})\tSub ${l}:`)),
        p('\t\t(i)\tDetail one;'),
        p('\t\t(ii)\tDetail two.'),
      ).build(),
    );
    expect(items(agenda)[0].at(-1)).toBe('h:2');
  });

  it('in a Word list, a deeper list level decides', () => {
    const agenda = parseAgenda(
      doc(
        p('Provisional agenda', 'Heading 1'),
        list('Questions:', '1.', 0),
        ...letters.map((l) => list(`Sub ${l}:`, `(${l})`, 1)),
        list('Detail one;', 'i.', 2),
        list('Detail two.', 'ii.', 2),
      ).build(),
    );
    expect(items(agenda)[0].at(-1)).toBe('h:2');
  });
});
