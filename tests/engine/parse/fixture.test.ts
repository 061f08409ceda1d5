import { ctocNumberedSnapshot, ctocSnapshot, CTOC_FOOTNOTES } from '../../fixtures/ctocSnapshot';

describe('CTOC fixture snapshot', () => {
  it.each([
    ['typed', ctocSnapshot()],
    ['numbered', ctocNumberedSnapshot()],
  ])('%s: paragraphs are indexed in order, tables point at their cell paragraphs', (_name, snapshot) => {
    snapshot.paragraphs.forEach((para, i) => expect(para.index).toBe(i));
    expect(snapshot.tables).toHaveLength(2);
    for (const t of snapshot.tables) {
      const cells = snapshot.paragraphs.filter((para) => para.cell?.table === t.index);
      expect(cells[0].index).toBe(t.firstParagraph);
      expect(cells[cells.length - 1].index).toBe(t.lastParagraph);
    }
    // The "Distr." cell holds four paragraphs, like the .docx.
    const distr = snapshot.paragraphs.filter(
      (para) => para.cell?.table === 0 && para.cell.row === 1 && para.cell.cell === 2,
    );
    expect(distr.map((para) => para.text)).toEqual(['Distr.: General', '11 July 2023', '', 'Original: English']);
    expect(snapshot.footnotes.map((f) => f.text)).toEqual([...CTOC_FOOTNOTES]);
    expect(snapshot.paragraphs[snapshot.footnotes[0].paragraph].text.slice(0, snapshot.footnotes[0].offset ?? 0)).toBe(
      'The proposed organization of work',
    );
    expect(snapshot.headers).toEqual(['CTOC/COP/WG.7/2023/1']);
  });

  it('the numbered variant differs only in the agenda list', () => {
    const typed = ctocSnapshot().paragraphs;
    const numbered = ctocNumberedSnapshot().paragraphs;
    expect(numbered).toHaveLength(typed.length);
    const differing = numbered.filter((para, i) => para.text !== typed[i].text).map((para) => para.list?.listString);
    expect(differing).toEqual(['1.', '(a)', '(b)', '2.', '3.', '4.', '5.', '6.']);
  });
});
