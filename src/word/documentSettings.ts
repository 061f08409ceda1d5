/**
 * The add-in's own state kept in the document (`document.settings`, WordApi 1.4): one JSON value under one key,
 * so that every editor who opens the document sees the same house style, rule switches and ignored findings.
 * One sync to read, one to write. The value is returned as stored: validating it is the caller's job.
 */
import type { WordHost } from './api';

export async function readDocumentSetting(host: WordHost, key: string): Promise<unknown> {
  return host.run(async (context) => {
    const setting = context.document.settings.getItemOrNullObject(key);
    setting.load('isNullObject,value');
    await context.sync();
    return setting.isNullObject ? null : setting.value;
  });
}

/** Saves `value` (JSON data) under `key`; null deletes the setting. */
export async function writeDocumentSetting(host: WordHost, key: string, value: unknown): Promise<void> {
  await host.run(async (context) => {
    if (value === null) {
      const setting = context.document.settings.getItemOrNullObject(key);
      setting.load('isNullObject');
      await context.sync();
      if (!setting.isNullObject) setting.delete();
    } else {
      context.document.settings.add(key, value);
    }
    await context.sync();
  });
}
