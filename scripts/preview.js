#!/usr/bin/env node
/**
 * `npm run preview`: serves the browser preview (the task pane beside a document held in the Word simulator)
 * with webpack's dev server over plain http on localhost (port 3000, or the next free one; PORT to choose),
 * and prints its address. The preview needs neither Word nor Office.js nor certificates.
 */
'use strict';
const path = require('node:path');
const { spawn } = require('node:child_process');
const { freePort } = require('./lib/freePort');

async function main() {
  const port = await freePort(Number(process.env.PORT || 3000));
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: path.join(__dirname, '..'),
    stdio: 'inherit',
    env: { ...process.env, PORT: String(port), DEV_SERVER_HTTPS: process.env.DEV_SERVER_HTTPS || 'false' },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

main().catch((error) => {
  console.error(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
