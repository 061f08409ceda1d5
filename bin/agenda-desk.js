#!/usr/bin/env node
'use strict';
// The compiled CLI lives in build/ (made by `npm install` through the "prepare" script).
let cli;
try {
  cli = require('../build/agenda-desk.js');
} catch (error) {
  process.stderr.write('agenda-desk is not built yet: run `npm install` (or `npm run build:cli`) in its folder.\n');
  process.exitCode = 2;
  return;
}
// The exit code is set, never process.exit(): that would end the process before a piped stdout drains
// (a report over 64 KiB sent to `| python3 -m json.tool` was cut off). Node exits once the output is written.
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`agenda-desk: ${String((error && error.message) || error).split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
