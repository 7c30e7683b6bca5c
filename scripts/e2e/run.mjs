#!/usr/bin/env node
// End-to-end tests in a real VS Code (code-server 4.139.1 = VS Code 1.139.1), offline.
//   1. install   code-server, Node 24 and Chromium when missing (install.mjs; cached outside the clone)
//   2. build     `npm run build`, then package a .vsix with vsce
//   3. tests     test/e2e/suite/*.test.ts inside the real Node extension host: the workbench URL carries
//                a payload (extensionDevelopmentPath + extensionTestsPath); the host's exit code and
//                $E2E_RESULT_FILE give the outcome
//   4. ui        the packaged .vsix installed in a second code-server, checked through the UI (ui-check.mjs:
//                a flyer's squiggles, Problems and quick fixes; ui-review.mjs: Group materials, the review
//                and the workspace fix)
// Ends with one line `e2e: N passed, N failed`; exits non-zero on any failure or time-out.
//
// usage: node scripts/e2e/run.mjs [--update-screenshot] [--ext <dir>]
//   --update-screenshot  copy the UI checks' screenshots to docs/images/: e2e-problems.png (flyer, Problems panel,
//                        quick-fix menu), review-materials.png (Group materials), review-report.png (the review),
//                        review-fix-preview.png (the workspace fix in the Refactor Preview)
//   --ext <dir>          extension to test (default: this repository); the suite always comes from here
//   --grep <pattern>     run only the tests whose full title matches (mocha --grep), e.g. --grep '^5\.'
//   --skip-ui            leave out step 4 (for quick runs of the suite while writing tests)
// env: GROUPLINT_E2E_CACHE (install cache), GROUPLINT_E2E_TIMEOUT (seconds per step, default 300),
//      CHROMIUM (browser executable, default /usr/bin/chromium)
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {
  compileSuite,
  elapsed,
  exec,
  extensionHostLogs,
  freshWorkspace,
  launchChromium,
  repoRoot,
  say,
  startCodeServer,
  stopAll,
  tail,
  workbenchUrl,
} from './lib.mjs';

const { values: opts } = util.parseArgs({
  options: { 'update-screenshot': { type: 'boolean' }, ext: { type: 'string' }, grep: { type: 'string' }, 'skip-ui': { type: 'boolean' } },
});
const ext = path.resolve(opts.ext ?? repoRoot);
const out = path.join(ext, '.e2e');
const suiteOut = path.join(out, 'out', 'suite');
const stepTimeout = Number(process.env.GROUPLINT_E2E_TIMEOUT || 300) * 1000;

let passed = 0;
let failed = 0;
const timings = {};
async function timed(name, fn) {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = elapsed(t);
  }
}
async function finish() {
  await stopAll();
  say(
    `timings: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
function fail(message) {
  failed++;
  say(`FAILED: ${message}`);
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
say(`extension ${ext}`);

// 1. Install.
if ((await timed('install', () => exec(process.execPath, [path.join(import.meta.dirname, 'install.mjs')]))) !== 0) {
  fail('install');
  await finish();
}

// 2. Build and package.
const vsix = path.join(out, 'grouplint.vsix');
let vsixProblem;
const built = await timed('build', async () => {
  if ((await exec('npm', ['run', '--silent', 'build'], { cwd: ext })) !== 0) {
    fail('`npm run build` failed');
    return false;
  }
  const main = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8')).main;
  if (!main || !fs.existsSync(path.join(ext, main))) {
    fail(`package.json "main" (${main}) does not exist after \`npm run build\``);
    return false;
  }
  // vsce prompts on some warnings when stdin is a terminal; with stdin closed it warns and goes on.
  const logFile = path.join(out, 'vsce.log');
  const log = fs.openSync(logFile, 'w');
  const code = await exec('npx', ['@vscode/vsce', 'package', '--no-dependencies', '-o', path.relative(ext, vsix)], { cwd: ext, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (code !== 0 || !fs.existsSync(vsix)) {
    vsixProblem = `vsce package failed (exit ${code})`;
    say(`${vsixProblem}; last lines of ${path.relative(ext, logFile)}:\n${tail(logFile, 20).replace(/\x1b\[[0-9;]*m/g, '')}`);
  } else {
    say(`packaged ${path.relative(ext, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);
  }
  try {
    await compileSuite(suiteOut);
  } catch {
    fail('compiling test/e2e/suite failed');
    return false;
  }
  return true;
});
if (!built) await finish();

// 3. The suite inside the real extension host.
await timed('tests', async () => {
  const dir = path.join(out, 'tests');
  const resultFile = path.join(dir, 'results.txt');
  const hostLog = path.join(dir, 'host.log');
  let server;
  let exitCode = 'timeout';
  try {
    // E2E_USER_DATA lets the suite read the extension's output channel from its log file.
    server = await startCodeServer(dir, {
      env: { E2E_RESULT_FILE: resultFile, E2E_USER_DATA: path.join(dir, 'user-data'), ...(opts.grep ? { E2E_GREP: opts.grep } : {}) },
    });
    const browser = await launchChromium();
    const logStream = fs.createWriteStream(hostLog);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const exited = new Promise((resolve) => {
        // Exposed before navigation, so the workbench finds them from its first script on.
        page.exposeFunction('codeAutomationLog', (type, args) => logStream.write(`[${type}] ${util.format(...(args ?? []))}\n`));
        page.exposeFunction('codeAutomationExit', (code) => resolve(code));
      });
      page.on('pageerror', (e) => logStream.write(`[pageerror] ${e.message}\n`));
      page.on('crash', () => logStream.write('[crash] the workbench page crashed\n'));
      say('tests: opening the workbench; the suite starts with the extension host');
      await page.goto(
        workbenchUrl(server, freshWorkspace(out), {
          extensionDevelopmentPath: ext,
          extensionTestsPath: path.join(suiteOut, 'index.js'),
          skipWelcome: 'true',
        }),
      );
      let timer;
      exitCode = await Promise.race([
        exited,
        new Promise((r) => {
          timer = setTimeout(() => r('timeout'), stepTimeout);
        }),
      ]);
      clearTimeout(timer);
      if (exitCode === 'timeout') await page.screenshot({ path: path.join(out, 'tests-timeout.png') }).catch(() => {});
    } finally {
      await browser.close();
      await new Promise((r) => logStream.end(r));
    }
  } catch (e) {
    exitCode = `error: ${e.message}`;
  } finally {
    await server?.stop();
  }
  say(`tests: extension host exit code ${exitCode}`);
  const results = tail(resultFile, 1000);
  if (results) console.log(results);
  const m = /^(\d+) passed, (\d+) failed$/m.exec(results);
  let [p, f] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (m && p + f === 0) say('tests: the suite found no tests');
  if (exitCode !== 0 || p + f === 0) {
    if (!m)
      say(
        exitCode === 'timeout'
          ? `tests: no result within ${stepTimeout / 1000}s (is --vscode-option enable-smoke-test-driver honoured? did the extension host start?)`
          : 'tests: no results file: the suite never ran to the end',
      );
    if (f === 0) f = 1; // a crash or time-out is a failure even when no test reported one
    // Workbench stack frames and known offline noise (gallery, GitHub sign-in) say nothing about our tests.
    const noise = /^\s+at .*workbench\.js|open-vsx\.org|authentication provider 'github'/;
    const hostTail = tail(hostLog, 400)
      .split('\n')
      .filter((l) => !noise.test(l))
      .slice(-40)
      .join('\n');
    say(`tests: last lines of ${path.relative(ext, hostLog)} (workbench and extension host console):\n${hostTail}`);
    say(`tests: last lines of ${path.relative(ext, path.join(dir, 'code-server.log'))}:\n${tail(path.join(dir, 'code-server.log'), 10)}`);
    for (const file of extensionHostLogs(path.join(dir, 'user-data'))) {
      const lines = tail(file, 2000).split('\n');
      const shown = file.endsWith('remoteexthost.log') ? lines.filter((l) => /\[error\]/.test(l)).slice(-10) : lines.slice(-25);
      if (shown.join('').trim()) say(`tests: last lines of ${path.relative(ext, file)}:\n${shown.join('\n')}`);
    }
  }
  passed += p;
  failed += f;
  if (f) say(`FAILED: ${f} test(s) in the extension host`);
});

// 4. The packaged extension, checked as a person would see it.
await timed('ui', async () => {
  if (opts['skip-ui']) return say('ui: skipped (--skip-ui)');
  if (vsixProblem) return fail(`UI check skipped: there is no .vsix (${vsixProblem})`);
  const dir = path.join(out, 'ui');
  let server;
  try {
    server = await startCodeServer(dir, { vsix });
    // A folder with the flyer alone, so the Problems panel in the screenshot holds its rows only.
    const code = await exec(process.execPath, [path.join(import.meta.dirname, 'ui-check.mjs'), server.url, freshWorkspace(out, ['support-flyer.md']), out], {
      timeoutMs: stepTimeout,
    });
    if (code === 'timeout') return fail(`UI check did not finish within ${stepTimeout / 1000}s`);
    if (code !== 0) return fail(`UI check (exit ${code}); screenshots in ${path.relative(ext, out)}/`);
    passed++;
    // The review, in a folder holding every fixture.
    const review = await exec(process.execPath, [path.join(import.meta.dirname, 'ui-review.mjs'), server.url, freshWorkspace(out), out], {
      timeoutMs: stepTimeout,
    });
    if (review === 'timeout') return fail(`UI check of the review did not finish within ${stepTimeout / 1000}s`);
    if (review !== 0) return fail(`UI check of the review (exit ${review}); screenshots in ${path.relative(ext, out)}/`);
    passed++;
    if (opts['update-screenshot']) {
      const images = path.join(ext, 'docs', 'images');
      fs.mkdirSync(images, { recursive: true });
      const copies = [
        ['ui-quickfix.png', 'e2e-problems.png'], // squiggles, Problems rows and the quick-fix menu at once
        ['ui-materials.png', 'review-materials.png'],
        ['ui-review.png', 'review-report.png'],
        ['ui-fix-preview.png', 'review-fix-preview.png'],
      ];
      for (const [from, to] of copies) {
        fs.copyFileSync(path.join(out, from), path.join(images, to));
        say(`ui: updated ${path.relative(ext, path.join(images, to))}`);
      }
    }
  } catch (e) {
    fail(`UI check: ${e.message}`);
  } finally {
    await server?.stop();
  }
});

await finish();
