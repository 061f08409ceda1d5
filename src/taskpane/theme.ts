/**
 * The Fluent theme that matches Office: src/office passes the one Office shows (src/office/theme.ts); the
 * browser preview passes its own; light by default.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';

export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return webDarkTheme;
  if (name === 'highContrast') return teamsHighContrastTheme;
  return webLightTheme;
}
