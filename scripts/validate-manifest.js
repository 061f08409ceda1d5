#!/usr/bin/env node
/**
 * Validates manifest.xml (or the file given) against the OfficeApp schemas offline with xmllint.
 * `office-addin-manifest validate` would need Microsoft's network service; this needs only libxml2-utils.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const manifest = path.resolve(process.argv[2] || path.join(root, 'manifest.xml'));
const schema = path.join(root, 'tests', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

const run = spawnSync('xmllint', ['--noout', '--schema', schema, manifest], { encoding: 'utf8' });
if (run.error) {
  console.error('xmllint not found — install it with `apt-get install libxml2-utils`');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exit(run.status === 0 ? 0 : 1);
