/**
 * numbering.xml → the list string Word renders for each numbered paragraph ("1.", "(a)", "iv)", "2.1").
 *
 * Counting follows Word: numbering instances that share an abstractNum continue one another, except a
 * w:num with a startOverride, which starts its own instance. Advancing a level restarts the deeper
 * levels (or, with w:lvlRestart, only those whose restart level is reached; 0 = never).
 */
import type { XmlPart } from './package';
import { childElements, isW, onOff, wAttr, wChild, type XElement } from './xml';
import { formatNumber } from '../../engine/text/listNumbers';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; null = default (any shallower level); 0 = never. */
  restart: number | null;
  isLgl: boolean;
  /** The level's own paragraph properties (its indents: Word.Paragraph reads them through the list). */
  pPr: XElement | null;
}

interface NumDef {
  abstractId: string;
  levels: Map<number, LevelDef>;
  /** Own instance key: a num with a startOverride counts separately from its siblings. */
  instanceKey: string;
}

export interface ListPosition {
  numId: string;
  ilvl: number;
}

export interface ListLabel {
  level: number;
  listString: string;
}

function readLevel(lvl: XElement): LevelDef {
  const restart = wAttr(wChild(lvl, 'lvlRestart'));
  return {
    start: Number(wAttr(wChild(lvl, 'start')) ?? '0') || 0,
    numFmt: wAttr(wChild(lvl, 'numFmt')) ?? 'decimal',
    lvlText: wAttr(wChild(lvl, 'lvlText')) ?? '',
    restart: restart === null ? null : Number(restart),
    isLgl: onOff(wChild(lvl, 'isLgl')) === true,
    pPr: wChild(lvl, 'pPr'),
  };
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, LevelDef>>();
  private readonly abstractStyleLink = new Map<string, string>();
  private readonly nums = new Map<string, NumDef>();

  constructor(
    part: XmlPart | null,
    private readonly styleNumId: (styleId: string) => string | null,
  ) {
    const root = part?.doc.documentElement;
    if (!root) return;
    for (const el of childElements(root)) {
      if (isW(el, 'abstractNum')) {
        const id = wAttr(el, 'abstractNumId') ?? '';
        const levels = new Map<number, LevelDef>();
        for (const lvl of childElements(el))
          if (isW(lvl, 'lvl')) levels.set(Number(wAttr(lvl, 'ilvl') ?? '0'), readLevel(lvl));
        this.abstracts.set(id, levels);
        const link = wAttr(wChild(el, 'numStyleLink'));
        if (link) this.abstractStyleLink.set(id, link);
      }
    }
    for (const el of childElements(root)) {
      if (!isW(el, 'num')) continue;
      const numId = wAttr(el, 'numId') ?? '';
      const abstractId = wAttr(wChild(el, 'abstractNumId')) ?? '';
      const overrides = new Map<number, LevelDef>();
      let hasStartOverride = false;
      for (const o of childElements(el)) {
        if (!isW(o, 'lvlOverride')) continue;
        const ilvl = Number(wAttr(o, 'ilvl') ?? '0');
        const lvl = wChild(o, 'lvl');
        const startOverride = wAttr(wChild(o, 'startOverride'));
        const base = lvl ? readLevel(lvl) : undefined;
        if (base || startOverride !== null) {
          overrides.set(ilvl, {
            ...(base ?? { start: 0, numFmt: '', lvlText: '', restart: null, isLgl: false, pPr: null }),
          });
          const entry = overrides.get(ilvl) as LevelDef;
          if (startOverride !== null) {
            entry.start = Number(startOverride) || 0;
            hasStartOverride = true;
          }
          if (!base) entry.numFmt = ''; // filled from the abstract definition below
        }
      }
      this.nums.set(numId, {
        abstractId,
        levels: overrides,
        instanceKey: hasStartOverride ? `num:${numId}` : `abstract:${abstractId}`,
      });
    }
  }

  private abstractLevels(abstractId: string, depth = 0): Map<number, LevelDef> | undefined {
    const link = this.abstractStyleLink.get(abstractId);
    if (link && depth < 3) {
      const numId = this.styleNumId(link);
      const num = numId ? this.nums.get(numId) : undefined;
      if (num && num.abstractId !== abstractId) return this.abstractLevels(num.abstractId, depth + 1);
    }
    return this.abstracts.get(abstractId);
  }

  level(numId: string, ilvl: number): LevelDef | null {
    const num = this.nums.get(numId);
    if (!num) return null;
    const base = this.abstractLevels(num.abstractId)?.get(ilvl);
    const override = num.levels.get(ilvl);
    if (override && override.numFmt !== '') return override;
    if (!base) return null;
    return override ? { ...base, start: override.start } : base;
  }

  exists(numId: string): boolean {
    return this.nums.has(numId);
  }

  /** Label every list paragraph, given the list positions of the body's paragraphs in document order. */
  label<K>(positions: Array<[K, ListPosition | null]>): Map<K, ListLabel> {
    const counters = new Map<string, Array<number | undefined>>();
    const out = new Map<K, ListLabel>();
    for (const [key, pos] of positions) {
      if (!pos) continue;
      const num = this.nums.get(pos.numId);
      const lvl = this.level(pos.numId, pos.ilvl);
      if (!num || !lvl) continue;
      let counts = counters.get(num.instanceKey);
      if (!counts) {
        counts = [];
        counters.set(num.instanceKey, counts);
      }
      const current = counts[pos.ilvl];
      counts[pos.ilvl] = current === undefined ? lvl.start : current + 1;
      for (let deeper = pos.ilvl + 1; deeper < 9; deeper++) {
        const def = this.level(pos.numId, deeper);
        const restartAfter = def?.restart ?? deeper; // 1-based: restart when a level ≤ this one is used
        if (restartAfter !== 0 && pos.ilvl < restartAfter) counts[deeper] = undefined;
      }
      out.set(key, { level: pos.ilvl, listString: this.render(pos.numId, pos.ilvl, lvl, counts) });
    }
    return out;
  }

  private render(numId: string, ilvl: number, lvl: LevelDef, counts: Array<number | undefined>): string {
    if (lvl.numFmt === 'bullet') return lvl.lvlText;
    return lvl.lvlText.replace(/%([1-9])/g, (_m, digit: string) => {
      const index = Number(digit) - 1;
      const def = index === ilvl ? lvl : this.level(numId, index);
      if (!def) return '';
      const value = counts[index] ?? def.start;
      const format = lvl.isLgl ? 'decimal' : def.numFmt;
      return formatNumber(value, format);
    });
  }
}
