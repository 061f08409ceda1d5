/**
 * Chooses http or https for the dev server and says why.
 *
 * Word requires the task pane over https, so where Word desktop exists (Windows, macOS) the dev server uses the
 * localhost certificates of office-addin-dev-certs, installing them if needed. On Linux there is no Word desktop
 * and Chromium ignores the system certificate store, so the preview is served over plain http.
 * DEV_SERVER_HTTPS=true|false overrides the choice.
 */
'use strict';

function wanted(env, platform) {
  const setting = (env.DEV_SERVER_HTTPS || 'auto').toLowerCase();
  if (setting === 'true' || setting === 'false') return { https: setting === 'true', why: 'DEV_SERVER_HTTPS' };
  if (setting !== 'auto')
    throw new Error(`DEV_SERVER_HTTPS must be "true", "false" or "auto", not "${env.DEV_SERVER_HTTPS}".`);
  const wordDesktop = platform === 'win32' || platform === 'darwin';
  return { https: wordDesktop, why: wordDesktop ? 'Word desktop platform' : 'no Word desktop on this platform' };
}

/** @returns {Promise<{server: 'http' | {type: 'https', options: object}, description: string}>} */
async function devServerProtocol({ env = process.env, platform = process.platform } = {}) {
  const choice = wanted(env, platform);
  if (!choice.https) return { server: 'http', description: `http (${choice.why})` };
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    const options = await getHttpsServerOptions();
    return { server: { type: 'https', options }, description: 'https with office-addin-dev-certs certificates' };
  } catch (error) {
    if (env.DEV_SERVER_HTTPS === 'true') throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { server: 'http', description: `http (certificates could not be installed: ${reason})` };
  }
}

module.exports = { devServerProtocol };
