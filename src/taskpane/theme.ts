/**
 * The Fluent theme that matches Office: the shell may pass one; otherwise it is read from Office's own theme
 * (a dark body background means a dark theme), and light when Office.js is absent (the browser preview).
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';

export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return webDarkTheme;
  if (name === 'highContrast') return teamsHighContrastTheme;
  return webLightTheme;
}

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
