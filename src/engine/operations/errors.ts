/** Invalid arguments to an operation ("There is no item 9: the agenda has items 1–6."): one line for the user. */
export class OperationError extends Error {
  override readonly name = 'OperationError';
}
