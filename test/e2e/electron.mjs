#!/usr/bin/env node
// The end-to-end suite in desktop VS Code (Electron) through @vscode/test-electron, for contributors
// with network access: it downloads VS Code from update.code.visualstudio.com on first use (cached in
// .vscode-test/), so CI does not run it; CI uses scripts/e2e/run.mjs (code-server, offline).
// usage: node test/e2e/electron.mjs [--ext <dir>]   (Linux without a display: xvfb-run -a node ...)
//   --ext <dir>  extension to test (default: this repository); the suite always comes from here
// env:   VSCODE_VERSION (default: stable, e.g. 1.139.1)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { runTests } from '@vscode/test-electron';
import { compileSuite, freshWorkspace, repoRoot } from '../../scripts/e2e/lib.mjs';

const { values: opts } = util.parseArgs({ options: { ext: { type: 'string' } } });
const ext = path.resolve(opts.ext ?? repoRoot);
const out = path.join(ext, '.e2e', 'electron');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: ext, stdio: 'inherit' }).status !== 0) {
  console.error('electron e2e: `npm run build` failed');
  process.exit(1);
}
const extensionTestsPath = await compileSuite(path.join(out, 'suite'));
const resultFile = path.join(out, 'results.txt');
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-e2e-ud-'));

let code;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ext,
    extensionTestsPath,
    extensionTestsEnv: { E2E_RESULT_FILE: resultFile, E2E_USER_DATA: userData },
    launchArgs: [
      freshWorkspace(out), // the folder to open
      '--user-data-dir',
      userData,
      '--disable-extensions', // other installed extensions; built-ins and the one under test still load
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (err) {
  // runTests rejects when VS Code exits non-zero (a failing test) or cannot be downloaded or started.
  console.error(`electron e2e: ${err instanceof Error ? err.message : err}`);
  code = 1;
} finally {
  fs.rmSync(userData, { recursive: true, force: true });
}
const results = fs.existsSync(resultFile) ? fs.readFileSync(resultFile, 'utf8').trim() : '';
console.log(results || 'electron e2e: no results file (the suite did not run to the end)');
const summary = /^(\d+) passed, (\d+) failed$/m.exec(results);
const passed = summary ? Number(summary[1]) : 0;
let failed = summary ? Number(summary[2]) : 0;
if (code !== 0 && failed === 0) failed = 1; // VS Code failed without a test saying so
console.log(`e2e (electron): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
