/**
 * The official language an agenda is written in, read from its own "Provisional agenda" heading (or, without one,
 * from the script of its item titles), and the words an edit writes in that language: the placeholder of a new
 * annotation and of a title still to be translated.
 */
import type { Agenda } from './model';
import type { Snapshot } from './snapshot';

export type Language = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

export const LANGUAGES: Language[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

const BY_HEADING: [RegExp, Language][] = [
  [/ordre du jour/iu, 'fr'],
  [/(?:programa|temario) provisional|orden del d[ií]a/iu, 'es'],
  [/повестка дня/iu, 'ru'],
  [/جدول الأعمال/u, 'ar'],
  [/议程/u, 'zh'],
];

const BY_SCRIPT: [RegExp, Language][] = [
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Han}/u, 'zh'],
];

export function agendaLanguage(snapshot: Snapshot, agenda: Agenda): Language {
  const heading = agenda.sections.agenda;
  const text = heading === null ? '' : (snapshot.paragraphs[heading]?.text ?? '');
  for (const [re, language] of BY_HEADING) if (re.test(text)) return language;
  const titles = agenda.items.map((item) => item.title).join(' ');
  for (const [re, language] of BY_SCRIPT) if (re.test(titles)) return language;
  return 'en';
}

/** The paragraph a new item's annotation gets, to be drafted. */
export const ANNOTATION_PLACEHOLDERS: Record<Language, string | null> = {
  en: null, // the skeleton's own placeholder
  fr: '[Annotation à rédiger.]',
  es: '[Anotación por redactar.]',
  ru: '[Аннотация будет подготовлена.]',
  ar: '[الشرح قيد الصياغة.]',
  zh: '[说明待起草。]',
};

/** The title a language version gets when an edit across versions was given no title in its language. */
export const TITLE_PLACEHOLDERS: Record<Language, string> = {
  en: '[Title to be translated]',
  fr: '[Titre à traduire]',
  es: '[Título por traducir]',
  ru: '[Название будет переведено]',
  ar: '[العنوان قيد الترجمة]',
  zh: '[标题待翻译]',
};
