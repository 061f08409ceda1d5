/**
 * Builds the add-in's pages into dist/:
 * - taskpane.html + its JS: the task pane Word loads (Office.js from Microsoft's CDN, or self-hosted, see
 *   docs/DEPLOYMENT.md); its initial JS is held to 250 KB gzipped by scripts/bundle-size.js;
 * - preview.html + its JS: the same task pane beside a live view of a .docx held in the Word simulator;
 * - icons, the sample agenda, manifest.xml (URLs rewritten when ADDIN_BASE_URL is set) and, in production, the
 *   files of the installed @microsoft/office-js package under office-js/ for self-hosting.
 *
 * Settings (environment variables): OFFICE_JS=cdn|self-hosted, ADDIN_BASE_URL=https://host/path,
 * PORT (dev server, default 3000), DEV_SERVER_HTTPS=auto|true|false, AGENDA_DESK_DIST (output folder),
 * AGENDA_DESK_LEAN_BUILD=1 (no source maps and no office-js copy: the end-to-end tests' quicker production build).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const {
  officeJsMode,
  officeJsScriptSrc,
  taskpaneCsp,
  previewCsp,
  OFFICE_JS_SELF_HOSTED_DIR,
} = require('./scripts/lib/pageSettings');
const { devServerProtocol } = require('./scripts/lib/devServerProtocol');

const ROOT = __dirname;
const DEV_ORIGIN = 'https://localhost:3000';
const fromRoot = (...parts) => path.join(ROOT, ...parts);

/**
 * While the task pane or the simulator has not landed yet, build against a placeholder so that the shell and
 * the preview can be built and tried; the placeholder says plainly what is missing.
 */
function placeholdersForMissingModules() {
  const missing = [
    {
      request: /^\.\.\/taskpane$/,
      file: fromRoot('src', 'taskpane', 'index.tsx'),
      placeholder: fromRoot('src', 'shell', 'placeholders', 'taskpane.ts'),
    },
    {
      request: /^\.\.\/simulator$/,
      file: fromRoot('src', 'simulator', 'index.ts'),
      placeholder: fromRoot('src', 'shell', 'placeholders', 'simulator.ts'),
    },
  ].filter((module) => !fs.existsSync(module.file));
  return missing.map((module) => {
    console.warn(`[agenda-desk] ${path.relative(ROOT, module.file)} not found: building with a placeholder.`);
    return new webpack.NormalModuleReplacementPlugin(module.request, module.placeholder);
  });
}

function manifestForDeployment(content) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return content;
  if (!/^https:\/\/[^\s"<>]+$/.test(base)) throw new Error('ADDIN_BASE_URL must be an https:// URL.');
  return Buffer.from(content.toString('utf8').split(DEV_ORIGIN).join(base.replace(/\/+$/, '')));
}

module.exports = async (_env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const officeJs = officeJsMode();
  const lean = process.env.AGENDA_DESK_LEAN_BUILD === '1';
  const copyOfficeJs = (production && !lean) || officeJs === 'self-hosted';

  const copies = [
    { from: fromRoot('assets', 'icons'), to: 'assets/icons' },
    { from: fromRoot('assets', 'samples', '*.docx'), to: 'samples/[name][ext]' },
    { from: fromRoot('manifest.xml'), to: 'manifest.xml', transform: manifestForDeployment },
  ];
  if (copyOfficeJs) {
    copies.push({ from: fromRoot('node_modules', '@microsoft', 'office-js', 'dist'), to: OFFICE_JS_SELF_HOSTED_DIR });
  }

  const config = {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: {
      taskpane: fromRoot('src', 'office', 'index.ts'),
      preview: fromRoot('src', 'preview', 'index.ts'),
    },
    output: {
      path: path.resolve(process.env.AGENDA_DESK_DIST || fromRoot('dist')),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    // No eval-based source maps: the pages' CSP forbids 'unsafe-eval', in development too.
    devtool: lean ? false : production ? 'source-map' : 'cheap-module-source-map',
    // Rebuilds (and the minifier's work) are reused from node_modules/.cache/webpack. The settings that change
    // the output without changing any source file are part of the cache version.
    cache: {
      type: 'filesystem',
      version: JSON.stringify({ officeJs, lean, serving, base: process.env.ADDIN_BASE_URL || '' }),
      buildDependencies: {
        config: [
          __filename,
          fromRoot('scripts', 'lib', 'pageSettings.js'),
          fromRoot('scripts', 'lib', 'devServerProtocol.js'),
        ],
      },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; here only transpile. ES modules so that webpack can
              // tree-shake Fluent UI and split dynamic import() into chunks (CommonJS would inline them).
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true, noEmit: false },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'all' },
    },
    // The budget is enforced on the task pane's initial JS by scripts/bundle-size.js, not by webpack's generic hints.
    performance: { hints: false },
    plugins: [
      ...placeholdersForMissingModules(),
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: fromRoot('src', 'shell', 'taskpane.html'),
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        templateParameters: {
          csp: taskpaneCsp({ officeJs, development: serving }),
          officeJsSrc: officeJsScriptSrc(officeJs),
        },
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: fromRoot('src', 'preview', 'preview.html'),
        chunks: ['preview'],
        scriptLoading: 'defer',
        templateParameters: { csp: previewCsp({ development: serving }) },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    stats: 'errors-warnings',
  };

  if (serving) {
    const protocol = await devServerProtocol();
    const port = Number(process.env.PORT || 3000);
    const scheme = protocol.server === 'http' ? 'http' : 'https';
    console.log(`[agenda-desk] dev server: ${protocol.description}`);
    console.log(`[agenda-desk] preview:   ${scheme}://localhost:${port}/preview.html`);
    console.log(`[agenda-desk] task pane: ${scheme}://localhost:${port}/taskpane.html`);
    config.devServer = {
      host: 'localhost',
      port,
      server: protocol.server,
      hot: false,
      liveReload: true,
      open: false,
      headers: { 'Cache-Control': 'no-store' },
      historyApiFallback: false,
      client: { overlay: { errors: true, warnings: false }, logging: 'warn' },
      static: false,
    };
  }
  return config;
};
