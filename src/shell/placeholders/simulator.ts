/**
 * Stands in for src/simulator while it is being built (webpack.config.js substitutes it only when
 * src/simulator/index.ts does not exist): the preview then reports plainly that it cannot open documents.
 */
export async function openDocx(_bytes: Uint8Array): Promise<never> {
  throw new Error('The Word simulator is not built yet (src/simulator/index.ts is missing).');
}
