/**
 * Sub-item letters across the UN languages: English, French, Spanish, Russian and Chinese documents letter
 * sub-items with Latin a, b, c; Arabic documents with Arabic letters in abjad order (أ ب ج د ه و ز ح ط ي), which
 * stand for the same positions. The model keeps the Latin letter so that every language compares alike.
 */

export const ABJAD_LETTERS = 'أبجدهوزحطي';

/** The Latin letter an Arabic sub-item letter stands for ("ج" → "c"); any other letter unchanged. */
export function latinSubItemLetter(letter: string): string {
  const at = ABJAD_LETTERS.indexOf(letter);
  return at < 0 ? letter : 'abcdefghij'[at];
}
