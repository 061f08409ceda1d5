/**
 * The proxy every simulated Word object is: created at once, resolved to its document target when the
 * queue reaches it, readable only for what was loaded and synced (else PropertyNotLoaded, like Office.js).
 * Navigation properties (paragraph.listItemOrNullObject, range.font, table.rows…) are cached proxies,
 * so loading through one and reading through the same property later meet the same object.
 */
import { invalidArgument, propertyNotLoaded } from '../errors';
import type { SimContext } from './context';

export type Scalars<T> = Record<string, (target: T) => unknown>;

function parseLoadSpec(spec: unknown): string[][] {
  const list: string[] = [];
  const add = (s: string): void => {
    for (const part of s.split(',')) if (part.trim() !== '') list.push(part.trim());
  };
  if (typeof spec === 'string') add(spec);
  else if (Array.isArray(spec))
    for (const s of spec)
      if (typeof s === 'string') add(s);
      else if (
        spec &&
        typeof spec === 'object' &&
        'select' in spec &&
        typeof (spec as { select: unknown }).select === 'string'
      ) {
        add((spec as { select: string }).select);
      }
  return list.map((p) => p.split('/').map((s) => s.trim()));
}

/** What a load path can descend into. */
export interface Loadable {
  applyLoad(paths: string[][]): void;
}

export abstract class SimObject<T> implements Loadable {
  private resolved = false;
  private resolvedTarget: T | undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly navigations = new Map<string, unknown>();

  constructor(
    readonly context: SimContext,
    resolve: () => T,
    writes = false,
  ) {
    context.enqueue(() => {
      this.resolvedTarget = resolve();
      this.resolved = true;
    }, writes);
  }

  /** The document object behind the proxy; only valid while the queue runs. */
  protected get target(): T {
    if (!this.resolved) throw new Error('Word simulator: object used before it was resolved.');
    return this.resolvedTarget as T;
  }

  protected abstract scalars(): Scalars<T>;

  /** The navigation property `name`, for load paths like 'items/font/italic'. */
  protected navigation(_name: string): Loadable | null {
    return null;
  }

  /** Collections load 'items' here. */
  protected loadSpecial(_head: string, _rest: string[][]): boolean {
    return false;
  }

  load(propertyNames?: string | string[]): this {
    const paths = parseLoadSpec(propertyNames);
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: string[][]): void {
    const scalars = this.scalars();
    if (paths.length === 0) {
      if (this.loadSpecial('items', [])) return;
      for (const name of Object.keys(scalars)) this.loadScalar(name, scalars);
      return;
    }
    const groups = new Map<string, string[][]>();
    for (const [head = '', ...rest] of paths) {
      const group = groups.get(head) ?? [];
      if (rest.length > 0) group.push(rest);
      groups.set(head, group);
    }
    for (const [head, rests] of groups) {
      if (Object.prototype.hasOwnProperty.call(scalars, head)) {
        this.loadScalar(head, scalars);
        continue;
      }
      if (this.loadSpecial(head, rests)) continue;
      const nav = this.navigation(head);
      if (nav) {
        nav.applyLoad(rests);
        continue;
      }
      throw invalidArgument(`'${head}' cannot be loaded on ${this.constructor.name.replace(/^Sim/, '')}`);
    }
  }

  private loadScalar(name: string, scalars: Scalars<T>): void {
    const target = this.target;
    const compute = scalars[name];
    if (!compute) return;
    // On a null object (an *OrNullObject that found nothing) every property but isNullObject reads null.
    const isNull = target === null && Object.prototype.hasOwnProperty.call(scalars, 'isNullObject');
    this.loaded.set(name, isNull && name !== 'isNullObject' ? null : compute(target));
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** A navigation property: one proxy per parent, resolved (after the parent) from the parent's target. */
  protected nav<N>(name: string, make: () => N): N {
    if (!this.navigations.has(name)) this.navigations.set(name, make());
    return this.navigations.get(name) as N;
  }

  /** Queue a document change. */
  protected write(action: () => void): void {
    this.context.enqueue(action, true);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `items` is a property like any other (load it, or load 'items/text'). */
export abstract class SimCollection<T, I extends Loadable> extends SimObject<() => T[]> {
  protected abstract makeItem(resolve: () => T): I;

  protected scalars(): Scalars<() => T[]> {
    return {};
  }

  protected override loadSpecial(head: string, rest: string[][]): boolean {
    if (head !== 'items') return false;
    const items = this.target().map((t) => this.makeItem(() => t));
    for (const item of items) item.applyLoad(rest);
    this.setLoaded('items', items);
    return true;
  }

  get items(): I[] {
    return this.read<I[]>('items');
  }

  protected firstItem(describe: string, notFound: (what: string) => Error): I {
    return this.makeItem(() => {
      const list = this.target();
      if (list.length === 0) throw notFound(describe);
      return list[0];
    });
  }
}

/** The text view getReviewedText asks for; Word.ChangeTrackingVersion has no other values. */
export function reviewedView(version: unknown): 'original' | 'current' {
  if (version === undefined || version === 'Current') return 'current';
  if (version === 'Original') return 'original';
  throw invalidArgument(
    `changeTrackingVersion '${typeof version === 'string' ? version : JSON.stringify(version)}' (use 'Original' or 'Current')`,
  );
}

/** What a method returning `OfficeExtension.ClientResult` gives: `value`, readable after the sync that ran it. */
export class SimClientResult<V> {
  private done = false;
  private result: V | undefined;

  constructor(context: SimContext, compute: () => V) {
    context.enqueue(() => {
      this.result = compute();
      this.done = true;
    });
  }

  get value(): V {
    if (!this.done) throw propertyNotLoaded('value');
    return this.result as V;
  }
}
