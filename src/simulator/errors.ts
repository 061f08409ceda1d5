/**
 * The two kinds of error the simulator raises.
 *
 * `DocxError`: the file itself cannot be opened (not a .docx, damaged, hostile). Its message is one
 * user-facing line, so the CLI and the task pane can show it as is.
 *
 * `RichApiError`: what Office.js raises for a misuse of the API (a property read before load + sync,
 * getFirst() on an empty collection). Same shape as OfficeExtension.Error (name 'RichApi.Error', code,
 * message), so the gateway's error handling is exercised the same way as in Word.
 */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxError';
  }
}

export type RichApiErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'InvalidArgument'
  | 'InvalidRequestContext'
  | 'NotImplemented'
  | 'SearchStringInvalidOrTooLong'
  | 'GeneralException';

export class RichApiError extends Error {
  readonly code: RichApiErrorCode;
  readonly debugInfo: { code: RichApiErrorCode; message: string };

  constructor(code: RichApiErrorCode, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(property: string): RichApiError {
  return new RichApiError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): RichApiError {
  return new RichApiError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(what: string): RichApiError {
  return new RichApiError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format. (${what})`,
  );
}
