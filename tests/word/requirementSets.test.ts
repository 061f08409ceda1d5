/**
 * Requirement sets proved, not hoped: every member of src/word/api.ts carries its WordApi set in
 * src/word/requirementSets.ts, the tag agrees with @types/office-js's "[Api set: …]" for that member, none is above
 * the manifest's set, and the gateway — run on the simulator through every path it has — touches only tagged
 * members, with argument and property literals Word accepts.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { fixAll, runChecks } from '../../src/engine/checks';
import { insertItem, insertSubItem, moveItem, regenerateAnnex, removeItem } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx, type SimulatedDocument } from '../../src/simulator';
import type { WordContext, WordHost } from '../../src/word/api';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';
import { MANIFEST_WORD_API, WORD_MEMBERS, withinSet } from '../../src/word/requirementSets';
import { selectLocation } from '../../src/word/select';
import { runSelfTest } from '../../src/word/selfTest';

const ROOT = path.resolve(__dirname, '../..');
const API = readFileSync(path.join(ROOT, 'src/word/api.ts'), 'utf8');
const DTS = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');

/** Interface → members, as declared in api.ts. */
function apiMembers(): Map<string, string[]> {
  const source = ts.createSourceFile('api.ts', API, ts.ScriptTarget.Latest, true);
  const out = new Map<string, string[]>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    out.set(
      node.name.text,
      node.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) ? [m.name.text] : [])),
    );
  });
  return out;
}

/** The Word class an api.ts interface stands for. */
const OFFICE_NAME: Record<string, string> = { WordContext: 'RequestContext' };

/** "[Api set: …]" of each member of `class Name` in the Word namespace of @types/office-js. */
function officeSets(className: string): Map<string, string> {
  const lines = DTS.split('\n');
  const word = lines.indexOf('declare namespace Word {');
  const start = lines.findIndex(
    (l, i) => i > word && (l.startsWith(`    class ${className} extends `) || l === `    interface ${className} {`),
  );
  const sets = new Map<string, string>();
  if (start < 0) return sets;
  let last = '';
  for (let i = start + 1; i < lines.length && !/^ {4}\S/.test(lines[i]); i++) {
    const set = /\[Api set: (\S+ [\d.]+)/.exec(lines[i]);
    if (set) last = set[1];
    const member = /^ {8}(?:readonly )?([A-Za-z]+)\??[(:<]/.exec(lines[i]);
    if (member && !sets.has(member[1])) sets.set(member[1], last);
  }
  return sets;
}

// RequestContext is Office.js's own (no "[Api set]" of its members); the others are ours.
const CORE = new Set(['WordLoadable', 'WordHost', 'WordClientResult', 'WordContext']);
const INHERITED = new Set(['items', 'isNullObject']);

describe('every api.ts member has its requirement set', () => {
  const members = apiMembers();

  test.each([...members.keys()])('%s', (iface) => {
    const tags = WORD_MEMBERS[iface] ?? {};
    const untagged = (members.get(iface) ?? []).filter((m) => !tags[m]);
    expect(untagged).toEqual([]);
    for (const [member, tag] of Object.entries(tags)) {
      expect(
        `${member} ${withinSet(tag.set, MANIFEST_WORD_API) ? 'within' : 'above'} WordApi ${MANIFEST_WORD_API}`,
      ).toBe(`${member} within WordApi ${MANIFEST_WORD_API}`);
    }
    if (CORE.has(iface)) return;
    const office = officeSets(OFFICE_NAME[iface] ?? iface.replace(/^Word/, ''));
    for (const member of members.get(iface) ?? []) {
      const tag = tags[member];
      if (!tag || tag.set === 'core') continue;
      // Inherited from OfficeExtension.ClientObject / loaded collections: no set of their own in the reference.
      if (INHERITED.has(member) && !office.get(member)) continue;
      expect(`${member}: ${office.get(member) ?? 'not in @types/office-js'}`).toBe(`${member}: WordApi ${tag.set}`);
    }
  });

  test('the manifest asks for the set the table is checked against', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Set Name="WordApi" MinVersion="${MANIFEST_WORD_API}"/>`);
  });
});

/** Built-in style names Word accepts (Word.BuiltInStyleName). */
function builtInStyleNames(): Set<string> {
  const block = /enum BuiltInStyleName \{([\s\S]*?)\n {4}\}/.exec(DTS)?.[1] ?? '';
  return new Set([...block.matchAll(/= "([^"]+)"/g)].map((m) => m[1]));
}

interface Use {
  member: string;
  problem?: string;
}

/** A host that records every member the gateway touches on the simulator's objects, and checks its literals. */
function recordingHost(doc: SimulatedDocument, uses: Use[]): WordHost {
  const unwrap = new WeakMap<object, object>();
  const styles = builtInStyleNames();
  const ifaceOf = (target: object): string | null => {
    const name = target.constructor?.name ?? '';
    if (!name.startsWith('Sim')) return null;
    return `Word${name.slice(3)}`;
  };
  const checkLiterals = (member: string, args: unknown[]): string | undefined => {
    const [iface, name] = member.split('.');
    const accepted = WORD_MEMBERS[iface]?.[name]?.args;
    for (const [i, arg] of args.entries()) {
      const allowed = accepted?.[i];
      if (allowed && typeof arg === 'string' && !allowed.includes(arg))
        return `argument ${i + 1} "${arg}" is not one of ${allowed.join(', ')}`;
      if (typeof arg === 'string' && !allowed && /^[A-Z][a-z]+$/.test(arg) && accepted === undefined)
        return `argument "${arg}" has no accepted literals listed`;
    }
    return undefined;
  };
  const wrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(wrap);
    if (typeof value !== 'object' || value === null) return value;
    const iface = ifaceOf(value);
    if (!iface) return value;
    const proxy = new Proxy(value, {
      get(target, prop) {
        const real = Reflect.get(target, prop, target) as unknown;
        if (typeof prop !== 'string' || prop === 'constructor' || prop === 'then') return real;
        const member = `${iface}.${prop}`;
        if (typeof real !== 'function') {
          uses.push({ member });
          return wrap(real);
        }
        return (...args: unknown[]) => {
          uses.push({ member, problem: checkLiterals(member, args) });
          const plain = args.map((a) => (typeof a === 'object' && a !== null ? (unwrap.get(a) ?? a) : a));
          const result = (real as (...xs: unknown[]) => unknown).apply(target, plain);
          return result instanceof Promise ? result.then(wrap) : wrap(result);
        };
      },
      set(target, prop, newValue) {
        const member = `${iface}.${String(prop)}`;
        const tag = WORD_MEMBERS[iface]?.[String(prop)];
        let problem: string | undefined;
        if (tag?.values && !tag.values.includes(String(newValue)))
          problem = `value "${String(newValue)}" is not one of ${tag.values.join(', ')}`;
        if (member === 'WordParagraph.styleBuiltIn' && !styles.has(String(newValue)))
          problem = `"${String(newValue)}" is no Word.BuiltInStyleName`;
        uses.push({ member: `${member}=`, problem });
        return Reflect.set(target, prop, newValue, target);
      },
    });
    unwrap.set(proxy, value);
    return proxy;
  };
  return { run: (batch) => doc.run((context) => batch(wrap(context) as WordContext)) };
}

const sample = (name: string) => openDocx(new Uint8Array(readFileSync(path.join(ROOT, 'assets/samples', name))));

describe('the gateway uses only tagged members, with literals Word accepts', () => {
  test('read, every operation, fixes, track changes and selection on the samples', async () => {
    const uses: Use[] = [];
    for (const name of ['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx']) {
      const operations = [
        (s: Parameters<typeof insertItem>[0], a: Parameters<typeof insertItem>[1]) =>
          insertItem(s, a, { position: 2, title: 'A new item' }),
        (s: Parameters<typeof insertItem>[0], a: Parameters<typeof insertItem>[1]) => removeItem(s, a, { item: '3' }),
        (s: Parameters<typeof insertItem>[0], a: Parameters<typeof insertItem>[1]) =>
          moveItem(s, a, { item: '4', to: 2 }),
        (s: Parameters<typeof insertItem>[0], a: Parameters<typeof insertItem>[1]) =>
          insertSubItem(s, a, { position: '1 (b)', title: 'A new sub-item' }),
        (s: Parameters<typeof insertItem>[0], a: Parameters<typeof insertItem>[1]) => regenerateAnnex(s, a),
      ];
      for (const [k, operation] of operations.entries()) {
        const doc = await sample(name);
        const host = recordingHost(doc, uses);
        const snapshot = await readSnapshot(host);
        await applyPlan(host, operation(snapshot, parseAgenda(snapshot)), { trackChanges: k % 2 === 0 });
        const again = await readSnapshot(host);
        const findings = runChecks(again, parseAgenda(again));
        const fixes = fixAll(findings);
        if (fixes.edits.length > 0) await applyPlan(host, fixes).catch(() => undefined);
        for (const f of findings.slice(0, 5)) await selectLocation(host, f.location);
      }
      await runSelfTest(recordingHost(await sample(name), uses), { platform: 'simulator', version: 'test' });
    }
    const touched = [...new Set(uses.map((u) => u.member.replace(/=$/, '')))].sort();
    const untagged = touched.filter((m) => {
      const [iface, name] = m.split('.');
      return !WORD_MEMBERS[iface]?.[name] && !WORD_MEMBERS.WordLoadable[name];
    });
    expect(untagged).toEqual([]);
    expect(uses.filter((u) => u.problem).map((u) => `${u.member}: ${u.problem}`)).toEqual([]);
    // The table is exercised: the gateway reaches far into it.
    expect(touched.length).toBeGreaterThan(40);
  }, 60_000);
});

test('docs/WORD-FIDELITY.md lists every member with its set', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/WORD-FIDELITY.md'), 'utf8');
  const missing: string[] = [];
  for (const [iface, members] of Object.entries(WORD_MEMBERS)) {
    const office = iface === 'WordContext' ? 'RequestContext' : iface.replace(/^Word/, '');
    for (const [member, tag] of Object.entries(members)) {
      const row = `| \`${office}.${member}\` | ${tag.set === 'core' ? 'Office.js core' : `WordApi ${tag.set}`} |`;
      if (!doc.includes(row)) missing.push(row);
    }
  }
  expect(missing).toEqual([]);
});
