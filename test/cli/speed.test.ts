// --cache (keyed by content, config and build), worker threads (same results as the main
// thread alone) and the progress line (terminal only).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, run, cleanupTmp, tmpDir, readFixture, writeTree, spawnSync, BIN } from './helpers';

const flyer = () => readFixture('basic/support-fee.md');

function manyFlyers(d: string, n: number): void {
  const files: Record<string, string> = {};
  const texts = [
    readFixture('basic/support-fee.md'),
    readFixture('basic/therapy-good.md'),
    readFixture('basic/unclear.md'),
    readFixture('fix/therapy.md'),
    readFixture('basic/conflict.md'),
  ];
  for (let i = 0; i < n; i++) files[`batch-${Math.floor(i / 50)}/f${String(i).padStart(4, '0')}.md`] = texts[i % texts.length].replace('# ', `# ${i} `);
  writeTree(d, files);
}

describe('grouplint CLI: cache and workers', function () {
  this.timeout(120000);
  before(ensureBuilt);
  after(cleanupTmp);

  it('--cache reuses results of unchanged files and re-checks changed ones', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer(), 'b.md': flyer() });
    const first = run(['--cache', '-f', 'json'], { cwd: d });
    const cacheFile = path.join(d, '.grouplintcache');
    assert.ok(fs.existsSync(cacheFile));
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    assert.match(cache.grouplint, /^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    assert.deepStrictEqual(Object.keys(cache.entries).sort(), [path.join(d, 'a.md'), path.join(d, 'b.md')].map((p) => p.split(path.sep).join('/')).sort());

    // A second run gives the same report.
    const second = run(['--cache', '-f', 'json'], { cwd: d });
    assert.strictEqual(second.stdout, first.stdout);

    // Proof that the second run read the cache: a result planted in it is what gets reported.
    for (const e of Object.values<any>(cache.entries)) e.r.diagnostics[0].message = 'FROM THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    const planted = JSON.parse(run(['--cache', '-f', 'json'], { cwd: d }).stdout);
    assert.deepStrictEqual(
      planted.files.map((f: any) => f.diagnostics[0].message),
      ['FROM THE CACHE', 'FROM THE CACHE'],
    );

    // A changed file is checked again; the unchanged one still comes from the cache.
    fs.appendFileSync(path.join(d, 'b.md'), '\nMore text.\n');
    const changed = JSON.parse(run(['--cache', '-f', 'json'], { cwd: d }).stdout);
    assert.deepStrictEqual(
      changed.files.map((f: any) => f.diagnostics[0].message === 'FROM THE CACHE'),
      [true, false],
    );

    // A changed config re-checks everything.
    const rerule = JSON.parse(run(['--cache', '-f', 'json', '--rule', 'support-free=error'], { cwd: d }).stdout);
    assert.ok(rerule.files.every((f: any) => f.diagnostics.every((x: any) => x.message !== 'FROM THE CACHE')));
    fs.writeFileSync(path.join(d, '.grouplintrc.json'), '{"rules": {"support-free": "hint"}}');
    const reconf = JSON.parse(run(['--cache', '-f', 'json'], { cwd: d }).stdout);
    assert.ok(reconf.files.every((f: any) => f.diagnostics.some((x: any) => x.rule === 'support-free' && x.severity === 'hint')));
  });

  it('a cache from another grouplint build, or a broken one, is not used', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer() });
    run(['--cache'], { cwd: d });
    const cacheFile = path.join(d, '.grouplintcache');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    for (const e of Object.values<any>(cache.entries)) e.r.diagnostics[0].message = 'STALE';
    cache.grouplint = '0.0.0+000000000000';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    assert.ok(!run(['--cache'], { cwd: d }).stdout.includes('STALE'));
    fs.writeFileSync(cacheFile, '{not json');
    const r = run(['--cache'], { cwd: d });
    assert.match(r.stderr, /the cache file \.grouplintcache could not be used \(it is not valid JSON\)/);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(cacheFile, 'utf8')));
  });

  it('--cache skips reading files whose stat is unchanged, yet re-checks an edit that keeps the size and the modification time', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer() });
    const file = path.join(d, 'a.md');
    const cacheFile = path.join(d, '.grouplintcache');
    const past = new Date(Date.now() - 3600_000);
    fs.utimesSync(file, past, past);
    const mtimeMs = fs.statSync(file).mtimeMs;
    run(['--cache', '-f', 'json'], { cwd: d });
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    assert.strictEqual(cache.format, 4);
    const entry = Object.values<any>(cache.entries)[0];
    assert.strictEqual(entry.s[0], fs.statSync(file).size, 'the stat is kept with the entry');
    entry.r.diagnostics[0].message = 'FROM THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    assert.strictEqual(JSON.parse(run(['--cache', '-f', 'json'], { cwd: d }).stdout).files[0].diagnostics[0].message, 'FROM THE CACHE');

    // The same number of bytes, another text, and the modification time set back to what it was.
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace('Support', 'Suppoxt');
    assert.notStrictEqual(edited, text);
    assert.strictEqual(Buffer.byteLength(edited), Buffer.byteLength(text));
    fs.writeFileSync(file, edited);
    fs.utimesSync(file, past, past);
    assert.strictEqual(fs.statSync(file).mtimeMs, mtimeMs);
    const after = run(['--cache', '-f', 'json'], { cwd: d });
    assert.strictEqual(after.stdout, run(['-f', 'json'], { cwd: d }).stdout, 'the edited file is checked again');
    assert.ok(!after.stdout.includes('FROM THE CACHE'));
  });

  it('--cache answers a file touched without a change from its content hash, and keeps its new stat', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer() });
    const file = path.join(d, 'a.md');
    const cacheFile = path.join(d, '.grouplintcache');
    run(['--cache'], { cwd: d });
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    for (const e of Object.values<any>(cache.entries)) e.r.diagnostics[0].message = 'FROM THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    const touched = JSON.parse(run(['--cache', '-f', 'json'], { cwd: d }).stdout);
    assert.strictEqual(touched.files[0].diagnostics[0].message, 'FROM THE CACHE', 'same content: the cached result');
    const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const entry = Object.values<any>(saved.entries)[0];
    assert.strictEqual(entry.s[1], fs.statSync(file).mtimeMs, 'the entry has the new stat');
    // (Messages are kept in the cache's string table, and so are rule ids, severities, kinds and config hashes.)
    assert.strictEqual(saved.strings[entry.r.diagnostics[0].message], 'FROM THE CACHE');
    const first = touched.files[0];
    assert.deepStrictEqual(
      [entry.r.kind, entry.r.kindSource, entry.r.diagnostics[0].rule, entry.r.diagnostics[0].severity].map((i: number) => saved.strings[i]),
      [first.kind, first.kindSource, first.diagnostics[0].rule, first.diagnostics[0].severity],
    );
    assert.match(saved.strings[entry.c], /^[0-9a-f]{16}$/);
  });

  it('a cache file of an older format is discarded', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer() });
    const cacheFile = path.join(d, '.grouplintcache');
    run(['--cache'], { cwd: d });
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    // The first format: no "format", no "bundles", no stat in the entries.
    const old = { grouplint: cache.grouplint, entries: cache.entries };
    for (const e of Object.values<any>(old.entries)) {
      delete e.s;
      e.r.diagnostics[0].message = 'OLD FORMAT';
    }
    fs.writeFileSync(cacheFile, JSON.stringify(old));
    const r = run(['--cache'], { cwd: d });
    assert.ok(!r.stdout.includes('OLD FORMAT'));
    assert.strictEqual(r.stderr, '');
    const rewritten = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    assert.strictEqual(rewritten.format, 4);
    assert.ok(!JSON.stringify(rewritten).includes('OLD FORMAT'));
  });

  it('--cache-location takes a file or a folder', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer(), 'tmp/.keep': '' });
    run(['--cache-location', 'tmp/'], { cwd: d });
    assert.ok(fs.existsSync(path.join(d, 'tmp', '.grouplintcache')));
    run(['--cache', '--cache-location', 'custom/lint.cache'], { cwd: d });
    assert.ok(fs.existsSync(path.join(d, 'custom', 'lint.cache')));
    assert.ok(!fs.existsSync(path.join(d, '.grouplintcache')));
  });

  it("--cache with --fix stores the fixed files' results", () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer() });
    const fixed = run(['--cache', '--fix', '-f', 'json'], { cwd: d });
    const after = run(['--cache', '-f', 'json'], { cwd: d });
    assert.strictEqual(after.stdout, fixed.stdout);
    assert.ok(/This is a peer support group/.test(fs.readFileSync(path.join(d, 'a.md'), 'utf8')), 'the disclaimer is inserted');
    // Only the fee, a suggestion, is left; --fix-dry-run answered from the cache still lists it.
    assert.deepStrictEqual(
      JSON.parse(after.stdout).files[0].diagnostics.map((x: any) => [x.rule, x.fixable]),
      [['support-free', false]],
    );
    const dry = run(['--cache', '--fix-dry-run'], { cwd: d });
    assert.match(dry.stderr, /1 problem suggested, not applied .*\n {2}a\.md:\d+:\d+ {2}support-free {2}Replace with the free-attendance wording\n/);
  });

  it('worker threads give exactly the results of the main thread alone', () => {
    const d = tmpDir();
    manyFlyers(d, 160);
    const alone = run(['-f', 'json', '--jobs', '0'], { cwd: d });
    const pooled = run(['-f', 'json', '--jobs', '2'], { cwd: d });
    const auto = run(['-f', 'json'], { cwd: d });
    assert.strictEqual(JSON.parse(alone.stdout).files.length, 160);
    assert.strictEqual(pooled.stdout, alone.stdout);
    assert.strictEqual(auto.stdout, alone.stdout);
    assert.strictEqual(pooled.code, alone.code);
    // No progress line when stderr is not a terminal.
    assert.ok(!/files \(\d+%\)/.test(alone.stderr + pooled.stderr));
    assert.strictEqual(run(['--jobs', 'many'], { cwd: d }).code, 2);
  });

  it('--fix through worker threads saves the same files as the main thread alone', () => {
    const a = tmpDir();
    const b = tmpDir();
    manyFlyers(a, 40);
    manyFlyers(b, 40);
    const alone = run(['--fix', '-f', 'json', '--jobs', '0'], { cwd: a });
    const pooled = run(['--fix', '-f', 'json', '--jobs', '2'], { cwd: b });
    assert.strictEqual(pooled.stdout, alone.stdout);
    for (const f of fs.readdirSync(a, { recursive: true }) as string[]) {
      if (f.endsWith('.md')) assert.strictEqual(fs.readFileSync(path.join(b, f), 'utf8'), fs.readFileSync(path.join(a, f), 'utf8'), f);
    }
  });

  it('shows progress on a terminal for runs over 200 files', function () {
    const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    if (!hasScript) {
      console.log('      (skipped: the `script` command, used to give the CLI a terminal, is not installed)');
      this.skip();
    }
    const d = tmpDir();
    manyFlyers(d, 210);
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" --jobs 0 -o report.txt`, '/dev/null'], { cwd: d, encoding: 'utf8' });
    assert.match(r.stdout, /grouplint: \d+\/210 files \(\d+%\)/);
    const small = tmpDir();
    manyFlyers(small, 20);
    const q = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" -o report.txt`, '/dev/null'], { cwd: small, encoding: 'utf8' });
    assert.ok(!/files \(\d+%\)/.test(q.stdout));
  });
});
