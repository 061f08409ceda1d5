/**
 * Turns anything thrown into the one plain sentence the task pane shows. Errors written for the user keep their
 * message; anything else gets a prefix, and only its first line, so a stack trace never reaches the screen.
 */
export function userMessage(error: unknown, isUserError: (error: unknown) => boolean): string {
  const text = firstLine(error instanceof Error ? error.message : String(error));
  if (isUserError(error) && text) return text;
  return `Something went wrong: ${text || 'unknown error'}`;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim();
}
