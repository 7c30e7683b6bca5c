// Unit tests of CLI parts that a process-level test cannot reach well: argument parsing,
// UTF-8 fault location, and the worker pool's recovery from a worker that dies.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { firstInvalidUtf8 } from '../../server/src/cli/read';
import { runTasks, type Task } from '../../server/src/cli/pool';
import { defaultConfig } from '../../server/src/engine';
import type { CheckInput, CheckOutput } from '../../server/src/cli/check';
import { tmpDir, cleanupTmp } from './helpers';

describe('grouplint CLI units', () => {
  after(cleanupTmp);

  it('parses options, values and patterns', () => {
    const o = parseArgs(['-f', 'json', '--max-warnings=3', '--rule', 'support-free=error,therapy-fee:off', 'a.md', '--', '--odd.md']);
    assert.strictEqual(o.format, 'json');
    assert.strictEqual(o.maxWarnings, 3);
    assert.deepStrictEqual(o.rules, { 'support-free': 'error', 'therapy-fee': 'off' });
    assert.deepStrictEqual(o.patterns, ['a.md', '--odd.md']);
    assert.strictEqual(parseArgs(['--cache-location', 'x']).cache, true, '--cache-location implies --cache');
    assert.strictEqual(parseArgs(['-j', '0']).jobs, 0);
    assert.strictEqual(parseArgs(['--no-color']).color, false);
    assert.throws(() => parseArgs(['--stdin', 'a.md']), UsageError);
  });

  it('finds the first byte that breaks UTF-8', () => {
    const at = (bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
    assert.strictEqual(at([0x61, 0xe9, 0x62]), 1, 'a Latin-1 é');
    assert.strictEqual(at([0x61, 0xc3, 0xa9, 0xff]), 3, 'a valid é, then 0xff');
    assert.strictEqual(at([0xe2, 0x82]), 0, 'a truncated sequence');
    assert.strictEqual(at([0xc0, 0xaf]), 0, 'an overlong encoding');
    assert.strictEqual(at([0xed, 0xa0, 0x80]), 0, 'a UTF-16 surrogate');
    assert.strictEqual(at([0xf0, 0x9f, 0x8c, 0xb1, 0x80]), 4, 'an emoji, then a stray continuation byte');
  });

  it('a worker that dies hands its tasks back to the main thread', async () => {
    const d = tmpDir();
    const dying = path.join(d, 'dying-worker.js');
    // Answers one task, then exits with the next ones still in flight.
    fs.writeFileSync(
      dying,
      `const { parentPort } = require('worker_threads'); let n = 0;
       parentPort.on('message', (t) => { if (n++ === 0) parentPort.postMessage({ id: t.id, out: { kind: null, kindSource: null, groupMaterial: false, diagnostics: [], fixes: -1 } }); else process.exit(0); });`,
    );
    const tasks: Task[] = Array.from({ length: 40 }, (_, id) => ({ id, path: `/x/${id}.md`, text: `# ${id}`, config: defaultConfig(), fix: false }));
    const seen = new Map<number, CheckOutput>();
    const check = (input: CheckInput): CheckOutput => ({ kind: null, kindSource: null, groupMaterial: false, diagnostics: [], fixes: input.text.length });
    const stats = await runTasks(tasks, 2, dying, check, (t, out) => {
      assert.ok(!seen.has(t.id), `task ${t.id} reported twice`);
      seen.set(t.id, out);
    });
    assert.strictEqual(seen.size, 40);
    assert.strictEqual(stats.workers, 2);
    assert.strictEqual(stats.inMain + stats.inWorkers, 40);
    assert.ok(stats.inWorkers >= 1 && stats.inWorkers <= 2, `answered by workers: ${stats.inWorkers}`);
  });
});
