/** A small, strict argument parser: `--flag`, `--name value`, positional files. */
export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  files: string[];
  options: Map<string, string>;
  /** Every value of each option, in order (`options` keeps the last): `--title "A" --title fr="B"`. */
  values: Map<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }): ParsedArgs {
  const [command = 'help', ...rest] = argv;
  const files: string[] = [];
  const options = new Map<string, string>();
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) {
      flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      options.set(name, value);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else {
      throw new UsageError(`Unknown option --${name} for "${command}".`);
    }
  }
  return { command, files, options, values, flags };
}
