/**
 * The WordHost that runs the gateway's batches in Word itself. `Word.RequestContext` satisfies the narrow
 * `WordContext` (asserted at compile time in src/word/officeCompat.ts), so the batch is handed over unchanged.
 */
import type { WordHost } from '../word/api';

export function createOfficeHost(): WordHost {
  return { run: (batch) => Word.run((context) => batch(context)) };
}
