#!/usr/bin/env node
'use strict';
// The compiled CLI lives in build/ (made by `npm install` through the "prepare" script).
let cli;
try {
  cli = require('../build/agenda-desk.js');
} catch (error) {
  process.stderr.write('agenda-desk is not built yet: run `npm install` (or `npm run build:cli`) in its folder.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`agenda-desk: ${String((error && error.message) || error).split('\n')[0]}\n`);
    process.exit(2);
  },
);
