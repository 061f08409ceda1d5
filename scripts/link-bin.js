#!/usr/bin/env node
// `npx agenda-desk` already finds this package's own bin; the link also lets tools that look in
// node_modules/.bin (editors, hooks) run it. Windows keeps to npx.
const fs = require('fs');
const path = require('path');

const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const link = path.join(binDir, 'agenda-desk');
if (process.platform !== 'win32' && fs.existsSync(binDir)) {
  try {
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join('..', '..', 'bin', 'agenda-desk.js'), link);
  } catch (error) {
    console.warn(`agenda-desk: could not link node_modules/.bin/agenda-desk (${error.message}); use npx agenda-desk.`);
  }
}
