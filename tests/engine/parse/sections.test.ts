import { parseAgenda } from '../../../src/engine/parse';
import { doc, p, table } from '../../helpers/snapshotBuilder';

const ANNEX_TABLE = table([
  ['Date et heure', "Point de l'ordre du jour", 'Titre ou description'],
  ['Lundi 4 mars', '', ''],
  ['10 heures-13 heures', '1', 'Ouverture de la session'],
]);

describe('section headings by text', () => {
  it.each<[string, string, string | null, string]>([
    ['Annotations', 'Annex', 'Proposed organization of work', 'English'],
    ['II. Annotations to the provisional agenda', 'Annex I', 'Provisional timetable', 'chapter numbers, Annex I'],
    ['Annotations', 'Annexe', 'Projet d’organisation des travaux', 'French'],
    ['Anotaciones', 'Anexo', 'Propuesta de organización de los trabajos', 'Spanish'],
    ['ANNOTATIONS', 'ANNEX', null, 'upper case, no annex title'],
  ])('%s / %s / %s (%s)', (annotations, annex, title, _name) => {
    const blocks = [
      p('Provisional agenda'),
      p('1.\tOuverture de la session.'),
      p(annotations),
      p('1.\tOuverture de la session'),
      p('Texte.'),
      p(annex),
    ];
    if (title) blocks.push(p(title));
    const snap = doc(...blocks, ANNEX_TABLE).build();
    const agenda = parseAgenda(snap);
    expect(agenda.sections).toEqual({ agenda: 0, annotations: 2, annex: 5 });
    expect(agenda.annex?.title).toBe(title);
    expect(agenda.annex?.headingParagraph).toBe(5);
    expect(agenda.annotations[0].lastParagraph).toBe(4);
  });

  it('a long paragraph starting with "Annex" or "Annotations" is running text', () => {
    const snap = doc(
      p('Provisional agenda'),
      p('1.\tOpening.'),
      p('Annotations'),
      p('1.\tOpening'),
      p(
        'Annex I to the report of the previous session contains the list of participants and other relevant material for the meeting.',
      ),
    ).build();
    expect(parseAgenda(snap).sections.annex).toBeNull();
  });

  it('"(b) Adoption of the agenda and organization of work" is not the annex title', () => {
    const snap = doc(
      p('Provisional agenda'),
      p('1.\tOrganizational matters:'),
      p('\t(b)\tAdoption of the agenda and organization of work.'),
      p('Annotations'),
      p('(b)\tAdoption of the agenda and organization of work'),
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.sections.annex).toBeNull();
    expect(agenda.annex).toBeNull();
  });

  it('an annex table without any Annex heading is found by its header', () => {
    const snap = doc(
      p('Provisional agenda'),
      p('1.\tOuverture de la session.'),
      p('Annotations'),
      p('1.\tOuverture de la session'),
      ANNEX_TABLE,
    ).build();
    const agenda = parseAgenda(snap);
    expect(agenda.annex?.days[0].slots[0].rows[0].title).toBe('Ouverture de la session');
    expect(agenda.annotations[0].lastParagraph).toBe(3);
  });
});
