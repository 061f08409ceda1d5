import { OBJECT_MARK, withoutObjectMarks } from '../../text/objectMarks';
import { locationIn } from '../support';
import type { Rule } from '../types';

export const footnoteMarkPosition: Rule = {
  meta: {
    id: 'footnote/mark-position',
    description: 'In English a footnote mark follows punctuation ("work,¹" not "work¹,").',
    severity: 'warning',
    fixable: false,
  },
  check({ snapshot, report }) {
    for (const note of snapshot.footnotes) {
      const para = snapshot.paragraphs[note.paragraph];
      if (!para || note.offset === null || note.offset <= 0) continue;
      // Word keeps the mark in the text as U+0002 at the note's offset (office-js#2749, #4997): what follows the
      // mark is the character after it. A text without the mark (another reader) has it at the offset itself.
      const markInText = OBJECT_MARK.test(para.text.charAt(note.offset));
      const afterAt = markInText ? note.offset + 1 : note.offset;
      // Stacked marks "work¹, ²": the ", " between two marks (set in superscript) is the stack's, not the text's;
      // the stack as a whole is judged at its last mark.
      const between = /^,\s?/u.exec(para.text.slice(afterAt))?.[0] ?? '';
      const nextInStack = (other: typeof note): boolean =>
        other.paragraph === note.paragraph &&
        other.offset !== null &&
        other.offset > afterAt &&
        other.offset <= afterAt + between.length;
      if (between !== '' && snapshot.footnotes.some(nextInStack)) continue;
      const after = para.text.charAt(afterAt);
      // A closing parenthesis or dash may rightly follow the mark; a comma, semicolon, colon or full stop may not.
      if (!/[,;:.]/u.test(after) || /\s/u.test(para.text.charAt(note.offset - 1))) continue;
      const wordStart = para.text.slice(0, note.offset).search(/\S+$/u);
      const start = wordStart >= 0 ? wordStart : note.offset;
      const word = para.text.slice(start, note.offset);
      report({
        message: `The mark of footnote ${note.number} stands before "${after}": expected "${word}${after}" followed by the mark.`,
        location: locationIn(snapshot, para.index, start, afterAt + 1),
        excerpt: withoutObjectMarks(para.text.slice(start, afterAt + 1)),
      });
    }
  },
};
