/**
 * Check settings from a JSON file (`agenda-desk check --config FILE.json`):
 *
 *   { "timeConvention": "24h", "rules": { "annex/order": "off", "symbol/year": "error" } }
 *
 * Anything not understood is refused with one line naming the key, so a typo never silently disables a check.
 */
import { rules } from './registry';
import type { CheckSettings, Severity, TimeConvention } from './types';

/** No time convention: the document's own is inferred (the UN 12-hour style when it writes no time). */
export const defaultSettings: CheckSettings = { rules: {} };

const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'off'];
const CONVENTIONS: readonly TimeConvention[] = ['12h', '24h'];
/** "$schema" and "description" are allowed so that a settings file can document itself. */
const KEYS = ['timeConvention', 'rules', '$schema', 'description'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** Settings from parsed JSON (or a partial object), defaults filled in; throws an Error with one clear line. */
export function resolveSettings(partial: unknown): CheckSettings {
  if (partial === undefined || partial === null) return { ...defaultSettings, rules: {} };
  if (!isRecord(partial)) throw new Error('Check settings must be a JSON object such as {"timeConvention": "12h"}.');
  for (const key of Object.keys(partial)) {
    if (!KEYS.includes(key)) throw new Error(`Unknown check setting "${key}" (known: ${list(KEYS.slice(0, 2))}).`);
  }
  const settings: CheckSettings = { ...defaultSettings, rules: {} };
  const convention = partial.timeConvention;
  if (convention !== undefined) {
    if (typeof convention !== 'string' || !(CONVENTIONS as readonly string[]).includes(convention)) {
      throw new Error(`timeConvention must be ${list(CONVENTIONS)}, not ${JSON.stringify(convention)}.`);
    }
    settings.timeConvention = convention as TimeConvention;
  }
  const ruleSettings = partial.rules;
  if (ruleSettings !== undefined) {
    if (!isRecord(ruleSettings))
      throw new Error('"rules" must be an object of rule id to severity, e.g. {"annex/order": "off"}.');
    const known = new Set(rules.map((r) => r.meta.id));
    for (const [id, value] of Object.entries(ruleSettings)) {
      if (!known.has(id)) throw new Error(`Unknown rule "${id}" in check settings (${suggestIds(id, [...known])}).`);
      if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) {
        throw new Error(`Rule "${id}": severity must be ${list(SEVERITIES)}, not ${JSON.stringify(value)}.`);
      }
      settings.rules[id] = value as Severity | 'off';
    }
  }
  return settings;
}

/** The ids of the same group ("annex/…"), or every group, so that the user can correct a typo from the message. */
function suggestIds(id: string, known: string[]): string {
  const group = id.split('/')[0];
  const same = known.filter((k) => k.startsWith(`${group}/`));
  if (same.length > 0) return `${group} rules: ${same.join(', ')}`;
  return `rule groups: ${[...new Set(known.map((k) => k.split('/')[0]))].join(', ')}`;
}
