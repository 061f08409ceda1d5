/**
 * Sub-item letters across the UN languages: English, French, Spanish, Russian and Chinese documents letter
 * sub-items with Latin a, b, c; Arabic documents with Arabic letters in abjad order (أ ب ج د ه و ز ح ط ي ك ل …),
 * which stand for the same positions. The model keeps the Latin letter so that every language compares alike;
 * an edit writes the letter back in the script the document uses.
 */

/** The 28 letters in abjad order: (أ) is the first sub-item, (ي) the tenth, (ك) the eleventh. */
export const ABJAD_LETTERS = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** The Latin letter an Arabic sub-item letter stands for ("ج" → "c"); any other letter unchanged. */
export function latinSubItemLetter(letter: string): string {
  const at = ABJAD_LETTERS.indexOf(letter);
  return at < 0 || at >= LATIN.length ? letter : LATIN[at];
}

/** The Arabic letter for a Latin sub-item letter ("c" → "ج"); any other letter unchanged. */
export function abjadSubItemLetter(letter: string): string {
  const at = LATIN.indexOf(letter);
  return at < 0 ? letter : ABJAD_LETTERS[at];
}
