/**
 * The space before a list terminator follows the document: French sets a no-break space before ":" and a narrow
 * no-break space before ";" ("Questions d'organisation\u00a0:"), so a new line and a line whose terminator changes
 * take the same space; an English list keeps none.
 */
import { insertItem, insertSubItem, removeSubItem } from '../../../src/engine/operations';
import { detectTerminatorSpacing } from '../../../src/engine/operations/terminators';
import { parseAgenda } from '../../../src/engine/parse';
import { doc, p } from '../../helpers/snapshotBuilder';
import { apply } from './helpers';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const french = () =>
  doc(
    p('Ordre du jour provisoire', 'Heading 1'),
    p(`1.\tQuestions d'organisation${NBSP}:`),
    p(`\ta)\tOuverture de la réunion${NNBSP};`),
    p("\tb)\tAdoption de l'ordre du jour."),
    p(`2.\tAssistance technique${NNBSP};`),
    p(`3.\tQuestions diverses${NNBSP};`),
    p('4.\tAdoption du rapport.'),
  ).build();

const listTexts = (texts: string[]): string[] =>
  texts.slice(1, texts.findIndex((t) => t.endsWith('Adoption du rapport.')) + 1);

describe('space before terminators', () => {
  it('is read per terminator from the list', () => {
    const snapshot = french();
    expect([...detectTerminatorSpacing(parseAgenda(snapshot), snapshot)].sort()).toEqual([
      ['.', ''],
      [':', NBSP],
      [';', NNBSP],
    ]);
  });

  it.each<[string, Parameters<typeof insertSubItem>[2] | null, Parameters<typeof insertItem>[2] | null, string[]]>([
    [
      'a new sub-item before the last takes the narrow no-break space before ";"',
      { position: '1 (b)', title: 'Élection du Bureau' },
      null,
      [
        `1.\tQuestions d'organisation${NBSP}:`,
        `\ta)\tOuverture de la réunion${NNBSP};`,
        `\tb)\tÉlection du Bureau${NNBSP};`,
        "\tc)\tAdoption de l'ordre du jour.",
        `2.\tAssistance technique${NNBSP};`,
        `3.\tQuestions diverses${NNBSP};`,
        '4.\tAdoption du rapport.',
      ],
    ],
    [
      'a new last sub-item makes the old last one end with the document\'s " ;"',
      { position: '1 (c)', title: 'Élection du Bureau' },
      null,
      [
        `1.\tQuestions d'organisation${NBSP}:`,
        `\ta)\tOuverture de la réunion${NNBSP};`,
        `\tb)\tAdoption de l'ordre du jour${NNBSP};`,
        '\tc)\tÉlection du Bureau.',
        `2.\tAssistance technique${NNBSP};`,
        `3.\tQuestions diverses${NNBSP};`,
        '4.\tAdoption du rapport.',
      ],
    ],
    [
      'a new item takes the space before ";"',
      null,
      { position: 3, title: 'Coopération internationale' },
      [
        `1.\tQuestions d'organisation${NBSP}:`,
        `\ta)\tOuverture de la réunion${NNBSP};`,
        "\tb)\tAdoption de l'ordre du jour.",
        `2.\tAssistance technique${NNBSP};`,
        `3.\tCoopération internationale${NNBSP};`,
        `4.\tQuestions diverses${NNBSP};`,
        '5.\tAdoption du rapport.',
      ],
    ],
  ])('%s', (_name, sub, item, expected) => {
    const { after } = apply(french(), (s, a) =>
      sub ? insertSubItem(s, a, sub) : insertItem(s, a, item ?? { position: 1, title: '' }),
    );
    expect(listTexts(after.paragraphs.map((para) => para.text))).toEqual(expected);
  });

  it('an English list keeps no space', () => {
    const english = doc(
      p('Provisional agenda', 'Heading 1'),
      p('1.\tOrganizational matters:'),
      p('\t(a)\tOpening;'),
      p('\t(b)\tAdoption of the agenda.'),
      p('2.\tOther matters.'),
    ).build();
    const { after } = apply(english, (s, a) => removeSubItem(s, a, { item: '1 (b)' }));
    expect(after.paragraphs.map((para) => para.text).slice(1, 4)).toEqual([
      '1.\tOrganizational matters:',
      '\t(a)\tOpening.',
      '2.\tOther matters.',
    ]);
  });
});
