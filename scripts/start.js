#!/usr/bin/env node
/**
 * `npm start`: where Word desktop is installed (Windows, macOS), builds and serves the add-in over https and
 * sideloads it into Word with office-addin-debugging (`npm run stop` ends it). Elsewhere, or with
 * AGENDA_DESK_START=preview, serves the browser preview instead and prints its address.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.join(__dirname, '..');

function wordDesktopPath() {
  if (process.platform === 'darwin') {
    const app = '/Applications/Microsoft Word.app';
    return fs.existsSync(app) ? app : null;
  }
  if (process.platform === 'win32') {
    const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    const candidates = roots.flatMap((root) => [
      path.join(root, 'Microsoft Office', 'root', 'Office16', 'WINWORD.EXE'),
      path.join(root, 'Microsoft Office', 'Office16', 'WINWORD.EXE'),
    ]);
    return candidates.find((file) => fs.existsSync(file)) || null;
  }
  return null;
}

function run(args) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

const mode = (process.env.AGENDA_DESK_START || 'auto').toLowerCase();
const word = mode === 'preview' ? null : wordDesktopPath();
if (word || mode === 'word') {
  console.log(
    `Word desktop found${word ? ` (${word})` : ''}: building, serving on https://localhost:3000 and sideloading manifest.xml.`,
  );
  const debugging = require.resolve('office-addin-debugging/cli.js');
  run([
    debugging,
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'word',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    '3000',
  ]);
} else {
  console.log(`No Word desktop on this machine (${process.platform}): serving the browser preview instead.`);
  run([path.join(__dirname, 'preview.js')]);
}
