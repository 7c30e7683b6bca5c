// Unit tests of CLI parts that a process-level test cannot reach well: argument parsing,
// UTF-8 fault location, and the worker pool's recovery from a worker that dies.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { firstInvalidUtf8, loadFile } from '../../server/src/cli/read';
import { statKey } from '../../server/src/cli/cache';
import { runTasks, startWorkers, type Task } from '../../server/src/cli/pool';
import { defaultConfig } from '../../server/src/engine';
import { toOriginal, type CheckInput, type CheckOutput } from '../../server/src/cli/check';
import { applyEdits, type Edit } from '../../server/src/engine';
import { GitIgnores, globToRegExp, matchesGlob } from '../../server/src/engine/light';
import { sha1Hex, textKey } from '../../server/src/cli/hash';
import { hashConfig } from '../../server/src/cli/configs';
import { tmpDir, cleanupTmp } from './helpers';

describe('grouplint CLI units', () => {
  after(cleanupTmp);

  it("the cache keeps a file's stat unless whole-second times are too recent to show the next change", () => {
    const st = (mtimeMs: number, ctimeMs: number) => ({ size: 10, mtimeMs, ctimeMs, ino: 7 }) as fs.Stats;
    const now = 1_700_000_000_000;
    assert.deepStrictEqual(statKey(st(now - 500.25, now - 400.5), now), [10, now - 500.25, now - 400.5, 7], 'fine-grained times: kept');
    assert.strictEqual(statKey(st(now - 1000, now - 1000), now), undefined, 'a file system of whole seconds, changed a second ago: not kept');
    assert.deepStrictEqual(statKey(st(now - 5000, now - 3000), now), [10, now - 5000, now - 3000, 7], 'whole seconds, long enough ago: kept');
  });

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

  it('--rule takes ESLint severity spellings and suggests the one meant', () => {
    assert.deepStrictEqual(parseArgs(['--rule', 'support-free=warn,therapy-fee=info', '--rule', 'kind-conflict=0,declare-kind=1,kind-unknown=2']).rules, {
      'support-free': 'warning',
      'therapy-fee': 'information',
      'kind-conflict': 'off',
      'declare-kind': 'warning',
      'kind-unknown': 'error',
    });
    assert.throws(() => parseArgs(['--rule', 'support-free=3']), /Unknown severity "3" for support-free in --rule\. Severities:/);
    assert.throws(() => parseArgs(['--rule', 'support-free=Error']), {
      message:
        'Unknown severity "Error" for support-free in --rule. Did you mean "error"? ' +
        'Severities: off, hint, information, warning, error (also warn, info, 0, 1, 2).',
    });
  });

  it('places a fix made in a later pass in the text as read (dry-run JSON positions)', () => {
    const original = 'Title\nFee: $20.\nEnd\n';
    // Pass 1: insert a line under the title and replace "$20" with "nothing".
    const pass1: Edit[] = [
      { start: 6, end: 6, text: 'Disclaimer.\n' },
      { start: 11, end: 14, text: 'nothing' },
    ];
    const after1 = applyEdits(original, pass1);
    assert.strictEqual(after1, 'Title\nDisclaimer.\nFee: nothing.\nEnd\n');
    const at = (s: string, text: string) => text.indexOf(s);
    // "End" moved down by the insertion and the longer replacement: back to where it was.
    assert.strictEqual(toOriginal(at('End', after1), [pass1], 'start'), at('End', original));
    assert.strictEqual(toOriginal(at('End', after1) + 3, [pass1], 'end'), at('End', original) + 3);
    // A range inside inserted or replacing text maps to the place of what it replaced.
    assert.strictEqual(toOriginal(at('Disclaimer', after1) + 2, [pass1], 'start'), 6);
    assert.strictEqual(toOriginal(at('nothing', after1) + 3, [pass1], 'start'), 11);
    assert.strictEqual(toOriginal(at('nothing', after1) + 3, [pass1], 'end'), 14);
    // A range ending at the start of an insertion ends there; one starting right after it starts after it.
    assert.strictEqual(toOriginal(6, [pass1], 'end'), 6);
    assert.strictEqual(toOriginal(at('Fee', after1), [pass1], 'start'), at('Fee', original));
    // Over two passes: pass 2 replaces "End" in the text of pass 1.
    const pass2: Edit[] = [{ start: at('End', after1), end: at('End', after1) + 3, text: 'The end' }];
    const after2 = applyEdits(after1, pass2);
    assert.strictEqual(toOriginal(at('The end', after2) + 4, [pass1, pass2], 'start'), at('End', original));
    assert.strictEqual(toOriginal(after2.length, [pass1, pass2], 'end'), original.length);
  });

  it("reads a file's hash only when asked (--cache and --fix read it; a plain run does not)", () => {
    const file = path.join(tmpDir(), 'flyer.md');
    const bytes = Buffer.from('\ufeff# Grief Support Group\n\nWe meet on Tuesdays.\n', 'utf8');
    fs.writeFileSync(file, bytes);
    const hashed = loadFile(file);
    const plain = loadFile(file, undefined, false);
    assert.ok(hashed.ok && plain.ok);
    assert.strictEqual(hashed.hash, sha1Hex(bytes), 'the hash of the bytes as read, byte-order mark included');
    assert.strictEqual(plain.hash, '');
    assert.deepStrictEqual({ ...plain, hash: hashed.hash }, hashed, 'all else the same');
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

  it("a config's cache key is stable and changes with any change of the config", () => {
    const base = defaultConfig();
    assert.match(hashConfig(base), /^[0-9a-f]{16}$/);
    assert.strictEqual(hashConfig(defaultConfig()), hashConfig(base));
    const keys = new Set<string>([hashConfig(base)]);
    const variants = [
      { ...base, rules: { 'support-free': 'error' as const } },
      { ...base, rules: { 'support-free': 'hint' as const } },
      { ...base, ignore: ['a/**'] },
      { ...base, ignore: ['b/**'] },
      { ...base, ignore: ['a/**', 'b/**'] },
    ];
    for (const v of variants) keys.add(hashConfig(v));
    assert.strictEqual(keys.size, variants.length + 1);
    // One character apart, anywhere in a text.
    const text = JSON.stringify(base);
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i += 7) seen.add(textKey(text.slice(0, i) + '#' + text.slice(i + 1)));
    assert.strictEqual(seen.size, Math.ceil(text.length / 7));
    assert.notStrictEqual(textKey(''), textKey(' '));
  });

  it('a list of globs matches a path when one of its globs does, and a list that grows is read again', () => {
    const globs = ['drafts/**', '*.tmp.md', '/README.md', 'notes/{a,b}?.md', 'x/**/y.md', 'odd+name(1).md'];
    const paths = [
      'drafts/a.md',
      'sub/drafts/a.md',
      'a.tmp.md',
      'sub/a.tmp.md',
      'README.md',
      'sub/README.md',
      'notes/a1.md',
      'notes/c1.md',
      'x/y.md',
      'x/1/2/y.md',
      'odd+name(1).md',
      'oddname1.md',
    ];
    for (const p of paths) {
      const one = globs.some((g) => globToRegExp(g).test(p));
      assert.strictEqual(matchesGlob(globs, '/base', `/base/${p}`), one, p);
    }
    const list = ['*.draft.md'];
    assert.strictEqual(matchesGlob(list, '', 'a/b.md'), false);
    list.push('a/**');
    assert.strictEqual(matchesGlob(list, '', 'a/b.md'), true);
  });

  it('.gitignore rules answered per folder agree with the one-path question', async () => {
    const texts: Record<string, string> = { '/r/.gitignore': 'build/\n*.log.md\n!keep.log.md\n', '/r/sub/.gitignore': 'local.md\n!build/\n' };
    const git = new GitIgnores(
      (p) => texts[p],
      () => '/r',
    );
    for (const folder of ['/r', '/r/sub', '/r/sub/deep']) {
      const test = await git.inFolder(folder);
      for (const [name, isDir] of [
        ['a.md', false],
        ['x.log.md', false],
        ['keep.log.md', false],
        ['local.md', false],
        ['build', true],
      ] as const) {
        const p = `${folder}/${name}`;
        assert.strictEqual(test(p, isDir), await git.ignored(p, isDir), p);
      }
    }
    assert.strictEqual((await git.inFolder('/r/sub'))('/r/sub/local.md', false), true);
    assert.strictEqual((await git.inFolder('/r'))('/r/x.log.md', false), true);
    assert.strictEqual((await git.inFolder('/r'))('/r/keep.log.md', false), false);
  });

  it('workers started ahead of their tasks take them; one that failed meanwhile is left out', async () => {
    const d = tmpDir();
    const echo = path.join(d, 'echo-worker.js');
    fs.writeFileSync(
      echo,
      `const { parentPort } = require('worker_threads');
       parentPort.on('message', (t) => parentPort.postMessage({ id: t.id, out: { kind: null, kindSource: null, groupMaterial: false, diagnostics: [], fixes: t.text.length } }));`,
    );
    const broken = path.join(d, 'broken-worker.js');
    fs.writeFileSync(broken, `throw new Error('cannot load');`);
    const tasks: Task[] = Array.from({ length: 30 }, (_, id) => ({ id, path: `/x/${id}.md`, text: `# ${id}`, config: defaultConfig(), fix: false }));
    const check = (input: CheckInput): CheckOutput => ({ kind: null, kindSource: null, groupMaterial: false, diagnostics: [], fixes: input.text.length });

    const started = startWorkers(2, echo);
    assert.strictEqual(started.length, 2);
    const seen = new Map<number, number | undefined>();
    const stats = await runTasks(tasks, started, echo, check, (t, out) => seen.set(t.id, out.fixes));
    assert.strictEqual(seen.size, 30);
    for (const t of tasks) assert.strictEqual(seen.get(t.id), t.text.length);
    assert.strictEqual(stats.workers, 2);
    assert.strictEqual(stats.inMain + stats.inWorkers, 30);

    const failing = startWorkers(1, broken);
    await new Promise((resolve) => failing[0].w.once('exit', resolve));
    assert.strictEqual(failing[0].dead, true);
    const alone = await runTasks(tasks, failing, broken, check, () => undefined);
    assert.deepStrictEqual(alone, { inMain: 30, inWorkers: 0, workers: 0 });
  });
});
