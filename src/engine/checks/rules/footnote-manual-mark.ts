import { locationIn } from '../support';
import type { Rule } from '../types';

/** Superscript digits typed as characters. */
const SUPERSCRIPT = /[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gu;
/** "m²", "km³", "10⁶", "x²": units and powers, not footnote marks. */
const POWER_BEFORE = /(?:\b(?:k|c|m|d)?m|\bft|\bin|\d|\b[a-z])$/u;

export const footnoteManualMark: Rule = {
  meta: {
    id: 'footnote/manual-mark',
    description: 'Footnotes are real Word footnotes, not typed superscript digits such as "¹".',
    severity: 'error',
    fixable: false,
  },
  check({ snapshot, report }) {
    for (const para of snapshot.paragraphs) {
      for (const m of para.text.matchAll(SUPERSCRIPT)) {
        if (POWER_BEFORE.test(para.text.slice(0, m.index))) continue;
        report({
          message: `"${m[0]}" is a typed superscript, not a footnote: expected a real footnote (References > Insert Footnote) carrying the note's text.`,
          location: locationIn(snapshot, para.index, m.index, m.index + m[0].length),
          excerpt: m[0],
        });
      }
    }
  },
};
