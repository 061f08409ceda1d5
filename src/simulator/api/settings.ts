/**
 * `document.settings` (WordApi 1.4): the add-in's settings saved with the document. Values go through JSON, as in
 * Word (a Date comes back as its ISO string). Kept as document variables in word/settings.xml (ooxml/settings.ts);
 * a package without settings.xml keeps them in memory for the session, like its track-changes mode.
 */
import type { WordSetting, WordSettingCollection } from '../../word/api';
import { invalidArgument } from '../errors';
import { readAddinSettings, writeAddinSetting } from '../ooxml/settings';
import { SimCollection, SimObject, type Scalars } from './base';
import type { SimContext } from './context';

/** What a setting proxy resolves to: its key, or null for the null object of getItemOrNullObject. */
type SettingTarget = { key: string } | null;

function stored(context: SimContext): Map<string, string> {
  const part = context.model.settingsPart;
  if (part) return readAddinSettings(part);
  context.host.addinSettingsWithoutPart ??= new Map();
  return new Map(context.host.addinSettingsWithoutPart);
}

/** The keys of every setting, in the order they were first added. */
export function settingKeys(context: SimContext): { key: string }[] {
  return [...stored(context).keys()].map((key) => ({ key }));
}

function store(context: SimContext, key: string, value: unknown): void {
  if (typeof key !== 'string' || key === '') throw invalidArgument('setting key');
  const json = value === undefined ? null : JSON.stringify(value);
  if (json === undefined) throw invalidArgument(`value of setting '${key}'`);
  const part = context.model.settingsPart;
  if (part) {
    writeAddinSetting(part, key, json);
    context.model.version++;
    return;
  }
  context.host.addinSettingsWithoutPart ??= new Map();
  if (json === null) context.host.addinSettingsWithoutPart.delete(key);
  else context.host.addinSettingsWithoutPart.set(key, json);
}

export class SimSetting extends SimObject<SettingTarget> implements WordSetting {
  protected scalars(): Scalars<SettingTarget> {
    return {
      isNullObject: (target) => target === null,
      key: (target) => target?.key ?? null,
      value: (target) => {
        const json = target ? stored(this.context).get(target.key) : undefined;
        return json === undefined ? null : (JSON.parse(json) as unknown);
      },
    };
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  get key(): string {
    return this.read<string>('key');
  }

  get value(): unknown {
    return this.read<unknown>('value');
  }

  set value(value: unknown) {
    this.write(() => {
      if (this.target) store(this.context, this.target.key, value);
    });
  }

  delete(): void {
    this.write(() => {
      if (this.target) store(this.context, this.target.key, undefined);
    });
  }
}

export class SimSettingCollection extends SimCollection<{ key: string }, SimSetting> implements WordSettingCollection {
  protected makeItem(resolve: () => { key: string }): SimSetting {
    return new SimSetting(this.context, resolve);
  }

  add(key: string, value: unknown): SimSetting {
    return new SimSetting(
      this.context,
      () => {
        store(this.context, key, value ?? null);
        return { key };
      },
      true,
    );
  }

  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.context, () => (stored(this.context).has(key) ? { key } : null));
  }
}
