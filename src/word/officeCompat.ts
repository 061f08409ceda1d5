/**
 * Compile-time proof that real Word offers everything the gateway uses: if @types/office-js's
 * `Word.RequestContext` stopped satisfying our narrow `WordContext`, this file would not compile.
 * It emits nothing at run time that touches Office.
 */
import type { WordContext } from './api';

export type OfficeSatisfiesWordContext = Word.RequestContext extends WordContext ? true : never;
export const officeSatisfiesWordContext: OfficeSatisfiesWordContext = true;
