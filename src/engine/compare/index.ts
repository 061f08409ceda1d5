/**
 * `compareVersions`: the findings of every version rule between an original and each other language version.
 * What is compared is language-neutral; titles and running text are translations and are never compared as text.
 */
import { versionsAnnex } from './rules/annex';
import { versionsAnnotations } from './rules/annotations';
import { versionsFootnotes } from './rules/footnotes';
import { versionsItems } from './rules/items';
import { versionsMasthead } from './rules/masthead';
import { versionsReferences } from './rules/references';
import { versionsSymbol } from './rules/symbol';
import { versionsSymbols } from './rules/symbols';
import type { Version, VersionFinding, VersionRule } from './types';

export type { Version, VersionFinding, VersionLocation, VersionRule, VersionRuleMeta } from './types';

/** In the order their findings are listed. Ids are a contract: never rename one. */
export const versionRules: VersionRule[] = [
  versionsSymbol,
  versionsMasthead,
  versionsItems,
  versionsAnnotations,
  versionsSymbols,
  versionsFootnotes,
  versionsAnnex,
  versionsReferences,
];

/** Said in every report: what the comparison leaves alone on purpose. */
export const NOT_COMPARED =
  'Titles, annotations and footnote wording are translations and are not compared as text; nor are the date of issue, the parent bodies and the formatting.';

/** Differences between `original` and one other version, rule by rule. */
export function compareVersion(original: Version, other: Version): VersionFinding[] {
  const findings: VersionFinding[] = [];
  for (const rule of versionRules) {
    rule.compare(original, other, (finding) => findings.push({ rule: rule.meta.id, ...finding }));
  }
  return findings;
}

/** Differences between `original` and each of `others`, in the order of `others`. */
export function compareVersions(original: Version, others: Version[]): { file: string; findings: VersionFinding[] }[] {
  return others.map((other) => ({ file: other.file, findings: compareVersion(original, other) }));
}
