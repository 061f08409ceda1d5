/**
 * Comparing language versions of one agenda: what must be identical whatever the language (symbols, dates,
 * numbering, the annex schedule, footnote addresses, references to items), never the translated words.
 * Shaped like the checks: one rule per file in `rules/`, `meta` plus `compare(original, other)`.
 */
import type { Agenda, Location } from '../model';
import type { Snapshot } from '../snapshot';

/** One language version as read: its name (the file), snapshot and agenda. */
export interface Version {
  file: string;
  snapshot: Snapshot;
  agenda: Agenda;
}

/** A place in one version; `location` is null when the version has nothing to point at (no annex at all). */
export interface VersionLocation {
  file: string;
  location: Location | null;
  /** The text there as it stands (empty when something is missing). */
  excerpt: string;
}

export interface VersionFinding {
  /** Stable id "versions/<aspect>". */
  rule: string;
  /** What differs, naming both files, in one sentence. */
  message: string;
  /** The place in the original first, then in the other version. */
  locations: VersionLocation[];
}

export interface VersionRuleMeta {
  /** Stable id, a contract with users and tools: never rename one. */
  id: string;
  description: string;
}

export type VersionReport = Omit<VersionFinding, 'rule'>;

export interface VersionRule {
  meta: VersionRuleMeta;
  compare(original: Version, other: Version, report: (finding: VersionReport) => void): void;
}
