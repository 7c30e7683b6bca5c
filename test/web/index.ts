// Test entry of the web extension host (@vscode/test-web's workbench loads it and calls run()).
// Bundled with mocha's browser build (scripts/web/run.mjs builds dist/web/test/index.js).
// A web worker has no file system, so results go out as console lines the driver reads:
// `[grouplint-web] ok …`, `[grouplint-web] FAIL …`, `[grouplint-web] metric <name> <value>`, and
// `[grouplint-web] N passed, M failed` at the end.
// mocha's browser build; it sets `globalThis.mocha` (the bundler hides the bundle's own
// `module`/`exports` from it, see scripts/web/run.mjs).
import 'mocha/mocha.js';
import { say } from './util';

declare const GROUPLINT_WEB_GREP: string;

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  grep(pattern: string): void;
  run(fn?: (failures: number) => void): MochaRunner;
}
interface MochaTest {
  fullTitle(): string;
}
interface MochaRunner {
  on(event: 'pass', fn: (test: MochaTest) => void): MochaRunner;
  on(event: 'fail', fn: (test: MochaTest, err: Error) => void): MochaRunner;
  on(event: 'end', fn: () => void): MochaRunner;
}

class LineReporter {
  constructor(runner: MochaRunner) {
    let passed = 0;
    let failed = 0;
    runner.on('pass', (t) => {
      passed++;
      say(`ok   ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err) => {
      failed++;
      say(`FAIL ${t.fullTitle()}: ${(err?.message ?? String(err)).replace(/\n/g, ' ⏎ ')}`);
    });
    runner.on('end', () => say(`${passed} passed, ${failed} failed`));
  }
}

export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'tdd', reporter: LineReporter, timeout: 60_000 });
  // GROUPLINT_WEB_GREP at bundle time (scripts/web/run.mjs) runs only the matching tests.
  if (GROUPLINT_WEB_GREP) mocha.grep(GROUPLINT_WEB_GREP);
  // Loaded after setup: the files call suite()/test() as they load. Order is the run order.
  require('./diagnostics.test');
  require('./actions.test');
  require('./editing.test');
  require('./status.test');
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
    } catch (err) {
      say(`FAIL loading the suite: ${err instanceof Error ? err.message : String(err)}`);
      say('0 passed, 1 failed');
      reject(err);
    }
  });
}
