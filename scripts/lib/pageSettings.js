/**
 * What the HTML pages load and allow: where Office.js comes from and the Content-Security-Policy of each page.
 * Kept apart from webpack.config.js so that the policy can be tested on its own (tests/shell/pageSettings.test.ts).
 */
'use strict';

const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN_URL = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
/** Where the build puts the files of the installed @microsoft/office-js package. */
const OFFICE_JS_SELF_HOSTED_DIR = 'office-js';

/**
 * The one setting an administrator changes to serve Office.js from the add-in's own origin:
 * OFFICE_JS=self-hosted at build time. Anything else than "cdn" (the default) or "self-hosted" is refused,
 * so a typo cannot silently produce a page that loads Office.js from nowhere.
 */
function officeJsMode(env = process.env) {
  const value = (env.OFFICE_JS || 'cdn').trim().toLowerCase();
  if (value !== 'cdn' && value !== 'self-hosted') {
    throw new Error(`OFFICE_JS must be "cdn" or "self-hosted", not "${env.OFFICE_JS}".`);
  }
  return value;
}

function officeJsScriptSrc(mode) {
  return mode === 'self-hosted' ? `${OFFICE_JS_SELF_HOSTED_DIR}/office.js` : OFFICE_JS_CDN_URL;
}

function serialise(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Sources both pages need beyond 'self':
 * - style 'unsafe-inline': Fluent UI v9 (Griffel) and docx-preview insert <style> elements at run time;
 * - img/font data: and blob:: Fluent's inline SVG data and docx-preview's images and embedded fonts;
 * - in development only, the dev server's live-reload web socket.
 * Scripts never get 'unsafe-inline' or 'unsafe-eval' (production and development builds use no eval).
 */
function basePolicy({ development }) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:', 'blob:'],
    'connect-src': development ? ["'self'", 'ws://localhost:*', 'wss://localhost:*'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
}

/**
 * The task pane: 'self' plus, when Office.js comes from the CDN, the CDN's origin for what Office.js itself
 * fetches: its host-specific scripts and string tables (script), its telemetry module (script, connect) and
 * the images of its own dialogs (img), and the frames Office.js opens for its own communication in some hosts.
 */
function taskpaneCsp({ officeJs, development = false }) {
  const policy = basePolicy({ development });
  if (officeJs === 'cdn') {
    for (const directive of ['script-src', 'connect-src', 'img-src', 'frame-src']) {
      policy[directive] = [...(policy[directive] || ["'self'"]), OFFICE_JS_CDN_ORIGIN];
    }
  }
  return serialise(policy);
}

/** The browser preview never loads Office.js: 'self' only. */
function previewCsp({ development = false } = {}) {
  return serialise(basePolicy({ development }));
}

module.exports = {
  OFFICE_JS_CDN_ORIGIN,
  OFFICE_JS_CDN_URL,
  OFFICE_JS_SELF_HOSTED_DIR,
  officeJsMode,
  officeJsScriptSrc,
  taskpaneCsp,
  previewCsp,
};
