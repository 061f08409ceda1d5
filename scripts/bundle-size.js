#!/usr/bin/env node
/**
 * Prints the task pane's initial JavaScript, gzipped, and fails above the 250 kB budget.
 *
 * "Initial" means exactly what the browser must download before the task pane can paint: the local <script>
 * files that dist/taskpane.html loads (webpack's entry chunk and the chunks it shares), read from the built HTML
 * rather than from webpack's stats so that the figure cannot drift from what the page really loads. Office.js
 * (Microsoft's CDN or office-js/) is not ours and not counted; chunks loaded later by import() are listed apart.
 * gzip at zlib's default level 6, as web servers typically serve; 1 kB = 1000 bytes.
 *
 * Usage: node scripts/bundle-size.js [distDir] [--json] [--build]
 *   --build  run the production build first when distDir has no taskpane.html
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

const BUDGET_BYTES = 250 * 1000;
const args = process.argv.slice(2);
const json = args.includes('--json');
const build = args.includes('--build');
const dist = path.resolve(args.find((arg) => !arg.startsWith('--')) || path.join(__dirname, '..', 'dist'));
const page = path.join(dist, 'taskpane.html');

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

if (!fs.existsSync(page) && build) {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const run = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], {
    stdio: 'inherit',
    env: { ...process.env, AGENDA_DESK_DIST: dist },
  });
  if (run.status !== 0) fail('The production build failed; see the messages above.');
}
if (!fs.existsSync(page)) fail(`${path.relative(process.cwd(), page)} not found: run \`npm run build\` first.`);

const html = fs.readFileSync(page, 'utf8');
const initial = Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g), (match) => match[1]).filter(
  (src) => !/^(https?:)?\/\//.test(src) && !src.startsWith('office-js/'),
);
if (initial.length === 0) fail('taskpane.html loads no local script: is this a build of Agenda Desk?');

const gzipped = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
const rows = initial.map((file) => ({ file, bytes: fs.statSync(path.join(dist, file)).size, gzipped: gzipped(file) }));
const total = rows.reduce((sum, row) => sum + row.gzipped, 0);

// Chunks that neither page loads up front: what import() fetches later (the task pane's lazy panels among them).
const previewInitial = new Set(
  Array.from(
    fs.readFileSync(path.join(dist, 'preview.html'), 'utf8').matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g),
    (m) => m[1],
  ),
);
const lazy = fs
  .readdirSync(dist)
  .filter((file) => file.endsWith('.js') && !initial.includes(file) && !previewInitial.has(file))
  .map((file) => ({ file, gzipped: gzipped(file) }));
const lazyTotal = lazy.reduce((sum, row) => sum + row.gzipped, 0);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
if (json) {
  console.log(
    JSON.stringify({ initialGzipBytes: total, budgetBytes: BUDGET_BYTES, files: rows, lazyGzipBytes: lazyTotal }),
  );
} else {
  console.log('Task pane initial JavaScript (gzipped):');
  for (const row of rows)
    console.log(`  ${row.file.padEnd(28)} ${kB(row.bytes).padStart(10)} raw ${kB(row.gzipped).padStart(10)} gzip`);
  console.log(
    `  total ${kB(total)} of ${kB(BUDGET_BYTES)} budget; ${lazy.length} chunks loaded on demand: ${kB(lazyTotal)} gzip`,
  );
}
if (total > BUDGET_BYTES)
  fail(`The task pane's initial JavaScript is ${kB(total)} gzipped, over the ${kB(BUDGET_BYTES)} budget.`);
