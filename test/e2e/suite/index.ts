// Test entry that VS Code's extension host loads (payload or --extensionTestsPath): it must be
// CommonJS exporting run(): Promise<void>. Runs every *.test.js beside it with mocha (tdd) and
// writes the outcome to $E2E_RESULT_FILE, because the host's stdout is not reliably reachable.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // $E2E_GREP (run.mjs --grep): only the tests whose full title matches.
  if (process.env.E2E_GREP) mocha.grep(new RegExp(process.env.E2E_GREP));
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const resultFile = process.env.E2E_RESULT_FILE;
  const lines: string[] = [];
  const finish = (passed: number, failed: number) => {
    lines.push(`${passed} passed, ${failed} failed`);
    if (resultFile) fs.writeFileSync(resultFile, lines.join('\n') + '\n');
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        finish(runner.stats?.passes ?? 0, failures);
        if (failures) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => lines.push(`ok   ${t.fullTitle()}`));
      runner.on('fail', (t, err) => lines.push(`FAIL ${t.fullTitle()}: ${err?.message ?? err}`));
    } catch (err) {
      // A test file that throws while loading never reaches the runner.
      lines.push(`FAIL loading the suite: ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join('\n') : err}`);
      finish(0, 1);
      reject(err);
    }
  });
}
