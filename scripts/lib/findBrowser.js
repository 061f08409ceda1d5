/**
 * A Chromium-based browser installed on this machine (no browser is ever downloaded): E2E_CHROMIUM if set,
 * then Debian's Chromium, then Chrome or Edge where they usually live.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function candidates(env = process.env, platform = process.platform) {
  if (env.E2E_CHROMIUM) return [env.E2E_CHROMIUM];
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ];
}

function findBrowser(env = process.env, platform = process.platform) {
  return candidates(env, platform).find((file) => fs.existsSync(file)) || null;
}

module.exports = { findBrowser };
