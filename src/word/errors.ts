/**
 * Errors the gateway raises for users: one plain sentence each, safe to show in a MessageBar or on stderr.
 */
export class GatewayError extends Error {
  override readonly name: string = 'GatewayError';
}

/** The document no longer matches the snapshot a plan was made from: nothing was written. */
export class StalePlanError extends GatewayError {
  override readonly name = 'StalePlanError';
}

/** Shortens document text for a message: first line, at most `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/[\t\v\r\n]+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

/** Word stopped inside the edit batch: `applied` lists what had been carried out (Word has no rollback). */
export class PartialEditError extends GatewayError {
  override readonly name = 'PartialEditError';

  constructor(
    message: string,
    readonly applied: string[],
  ) {
    super(message);
  }
}
