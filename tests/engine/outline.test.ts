import { runChecks } from '../../src/engine/checks';
import { formatOutline, toOutline } from '../../src/engine/outline';
import { parseAgenda } from '../../src/engine/parse';
import { doc, p } from '../helpers/snapshotBuilder';
import { ctocSnapshot } from '../fixtures/ctocSnapshot';

describe('outline', () => {
  const agenda = parseAgenda(ctocSnapshot());

  it('takes the symbol from the running header when the masthead has none', () => {
    const onlyHeader = parseAgenda(doc(p('Provisional agenda'), p('1.\tOpening.')).header('A/AC.1/2024/1').build());
    expect(toOutline(onlyHeader).symbol).toBe('A/AC.1/2024/1');
  });

  it('is plain JSON (survives a round trip)', () => {
    const outline = toOutline(agenda);
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
  });

  it('formats a readable outline: masthead, items with sub-items, documentation, annex rows, footnotes', () => {
    const lines = formatOutline(agenda).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'CTOC/COP/WG.7/2023/1',
      'Vienna, 2023-10-05 to 2023-10-06',
      '',
      'Provisional agenda (6 items)',
      '  1. Organizational matters',
      '      (a) Opening of the meeting',
      '      (b) Adoption of the agenda and organization of work',
    ]);
    expect(lines).toContain('      Documentation: CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3-CTOC/COP/WG.7/2023/3');
    expect(lines).toContain('  Friday, 6 October [2023-10-06]');
    expect(lines).toContain(
      '      3  Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea (continued)',
    );
    expect(lines).not.toContain('Problems');
  });

  it('lists problems for a document that is not an agenda', () => {
    const text = formatOutline(parseAgenda(doc(p('Minutes of the meeting')).build()));
    expect(text).toContain('Provisional agenda (0 items)');
    expect(text).toMatch(/Problems\n {2}agenda\/not-found: No provisional agenda found/u);
  });
});

describe('marks Word keeps in paragraph text', () => {
  it('a footnote on an item title (U+0002 in Word’s text) is neither in the outline nor a title difference', () => {
    const snapshot = doc(
      p('Provisional agenda', 'Heading 2'),
      p('1.\tOpening of the session.'),
      p('2.\tOther matters\u0002.'),
      p('Annotations', 'Heading 2'),
      p('1.\tOpening of the session', 'Heading 3'),
      p('2.\tOther matters', 'Heading 3'),
    )
      .footnote('A note on the item.', { paragraph: 2, offset: 15 })
      .build();
    const agenda = parseAgenda(snapshot);
    expect(toOutline(agenda).items.map((i) => i.title)).toEqual(['Opening of the session', 'Other matters']);
    expect(runChecks(snapshot, agenda).filter((f) => f.rule === 'agenda/annotation-title')).toEqual([]);
  });
});
