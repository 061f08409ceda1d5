/**
 * The theme Office shows, read from Office.js (Office.context.officeTheme): a dark body background means a dark
 * theme; forced colours mean high contrast; light when Office has no theme to tell.
 */
import type { ThemeName } from '../taskpane/theme';

/** Office.context.officeTheme when available (Word desktop and on the web set it; the preview has no Office). */
export function officeThemeName(): ThemeName {
  const office: unknown = (globalThis as { Office?: unknown }).Office;
  const background = readPath(office, ['context', 'officeTheme', 'bodyBackgroundColor']);
  if (typeof background !== 'string') return 'light';
  if (prefersHighContrast()) return 'highContrast';
  return luminance(background) < 0.5 ? 'dark' : 'light';
}

function prefersHighContrast(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
}

function readPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Relative luminance of "#rrggbb" in 0..1 (1 for anything unreadable, i.e. light). */
function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
