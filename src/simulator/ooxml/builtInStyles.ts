/**
 * Word's built-in style names: how styles.xml spells them (lower case for many: "heading 1",
 * "footnote text"), how Word shows them ("Heading 1", "Footnote Text") and the Word.BuiltInStyleName
 * value Office.js reports. Built-ins are recognised by their w:name, which is always English in the
 * file, never by the styleId (which Word localises).
 */
const BUILT_INS: readonly string[] = [
  'Normal',
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Heading5',
  'Heading6',
  'Heading7',
  'Heading8',
  'Heading9',
  'Toc1',
  'Toc2',
  'Toc3',
  'Toc4',
  'Toc5',
  'Toc6',
  'Toc7',
  'Toc8',
  'Toc9',
  'FootnoteText',
  'Header',
  'Footer',
  'Caption',
  'FootnoteReference',
  'EndnoteReference',
  'EndnoteText',
  'Title',
  'Subtitle',
  'Hyperlink',
  'Strong',
  'Emphasis',
  'NoSpacing',
  'ListParagraph',
  'Quote',
  'IntenseQuote',
  'SubtleEmphasis',
  'IntenseEmphasis',
  'SubtleReference',
  'IntenseReference',
  'BookTitle',
  'Bibliography',
  'TocHeading',
  'TableGrid',
  'PlainTable1',
  'PlainTable2',
  'PlainTable3',
  'PlainTable4',
  'PlainTable5',
  'TableGridLight',
];

const TABLE_FAMILIES = [
  'GridTable1Light',
  'GridTable2',
  'GridTable3',
  'GridTable4',
  'GridTable5Dark',
  'GridTable6Colorful',
  'GridTable7Colorful',
  'ListTable1Light',
  'ListTable2',
  'ListTable3',
  'ListTable4',
  'ListTable5Dark',
  'ListTable6Colorful',
  'ListTable7Colorful',
];

const ALL_BUILT_INS: string[] = [...BUILT_INS];
for (const family of TABLE_FAMILIES) {
  ALL_BUILT_INS.push(family);
  for (let accent = 1; accent <= 6; accent++) ALL_BUILT_INS.push(`${family}_Accent${accent}`);
}

function key(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

const BY_KEY = new Map<string, string>(ALL_BUILT_INS.map((b) => [key(b), b]));

/** "heading 1" → "Heading1"; a custom style → "Other". */
export function builtInFromName(styleName: string): string {
  return BY_KEY.get(key(styleName)) ?? 'Other';
}

/** The name Word shows: "heading 1" → "Heading 1", "toc 2" → "TOC 2", "Custom name" unchanged. */
export function displayName(styleName: string): string {
  if (builtInFromName(styleName) === 'Other') return styleName;
  if (/^toc \d$/i.test(styleName)) return styleName.toUpperCase();
  return styleName.replace(/(^|\s)([a-z])/g, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** For adding a built-in style that styles.xml lacks: "Heading3" → id "Heading3", name "heading 3". */
export function xmlNameForBuiltIn(builtIn: string): string | null {
  const canonical = BY_KEY.get(key(builtIn));
  if (!canonical || canonical === 'Other') return null;
  const spaced = canonical.replace(/_/g, ' ').replace(/([a-z])([A-Z0-9])/g, '$1 $2');
  // Word writes the long-standing built-ins in lower case ("heading 1", "footnote text", "toc 1").
  if (/^(Heading|Toc|Footnote|Endnote|Header|Footer|Caption)/.test(canonical)) return spaced.toLowerCase();
  return spaced;
}

export function isBuiltInName(value: string): boolean {
  return BY_KEY.has(key(value));
}
