#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the preview (production, without source maps), serves it on a free localhost port,
 * runs tests/e2e/*.e2e.ts with jest (jest.e2e.config.js) against it in the installed Chromium, then stops the
 * server. Without a browser it skips with one line and exits 0, except under CI=true where that is a failure.
 *
 * Usage: npm run test:e2e [-- jest arguments]   E2E_SKIP_BUILD=1 reuses test-output/e2e-dist.
 */
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync, spawn } = require('node:child_process');
const { findBrowser } = require('./lib/findBrowser');
const { startStaticServer } = require('./lib/staticServer');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'test-output', 'e2e-dist');
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

function build() {
  if (process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(DIST, 'preview.html'))) return;
  console.log('e2e: building the preview…');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const run = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, AGENDA_DESK_LEAN_BUILD: '1', AGENDA_DESK_DIST: DIST },
  });
  if (run.status !== 0) {
    console.error('e2e: the build failed; see the messages above.');
    process.exit(1);
  }
}

function runJest(env) {
  const jest = require.resolve('jest/bin/jest');
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [jest, '--config', path.join(ROOT, 'jest.e2e.config.js'), ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env,
      },
    );
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

async function main() {
  const browser = findBrowser();
  if (!browser) {
    const sentence = 'skipped: no Chromium found — install it with `apt-get install chromium`';
    if (process.env.CI === 'true') {
      console.error(`e2e: ${sentence} (CI=true: this is a failure)`);
      process.exit(1);
    }
    console.log(`e2e: ${sentence}`);
    return;
  }
  build();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startStaticServer(DIST);
  console.log(`e2e: serving ${path.relative(ROOT, DIST)} at ${server.url} with ${browser}`);
  let code;
  try {
    code = await runJest({
      ...process.env,
      E2E_BASE_URL: server.url,
      E2E_CHROMIUM: browser,
      E2E_SCREENSHOTS: SCREENSHOTS,
    });
  } finally {
    await server.close();
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
