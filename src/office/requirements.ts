/**
 * The requirement set the pane needs and the one sentence shown where Word lacks it. WordApi 1.5 exists in Word on
 * the web, Word for Windows from Version 2302 (Microsoft 365 or retail; the volume-licensed Word 2019 and 2021 do
 * not have it) and Word for Mac from 16.70 ("Word JavaScript API requirement sets", Microsoft Learn).
 */
export const REQUIRED_SET = { name: 'WordApi', version: '1.5' } as const;

export const UNSUPPORTED_WORD =
  'This version of Word lacks what Agenda Desk needs (WordApi 1.5): use Word on the web, Word for Windows version 2302 or later (Microsoft 365), or Word for Mac 16.70 or later.';

/** Null when this Word has the set, else the sentence to show instead of the pane. */
export function unsupportedWord(requirements: {
  isSetSupported(name: string, minVersion?: string): boolean;
}): string | null {
  return requirements.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version) ? null : UNSUPPORTED_WORD;
}
