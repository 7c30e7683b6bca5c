// Which files the real command checks (folders, globs, .gitignore, a config's `ignore`,
// node_modules) and how it reports files it cannot check (unreadable, binary, not UTF-8,
// too large) while the run goes on.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, run, cleanupTmp, tmpDir, readFixture, writeTree } from './helpers';

const flyer = () => readFixture('basic/support-fee.md');
const paths = (stdout: string) => JSON.parse(stdout).files.map((f: any) => f.path);

describe('grouplint CLI: finding files', function () {
  this.timeout(60000);
  before(ensureBuilt);
  after(cleanupTmp);

  it('walks folders for .md and .markdown files, skipping node_modules, .git and hidden folders', () => {
    const d = tmpDir();
    writeTree(d, {
      'a.md': flyer(),
      'b.markdown': flyer(),
      'c.txt': flyer(),
      'deep/er/d.MD': flyer(),
      'node_modules/pkg/readme.md': flyer(),
      'deep/node_modules/x.md': flyer(),
      '.git/notes.md': flyer(),
      '.hidden/e.md': flyer(),
    });
    const r = run(['-f', 'json'], { cwd: d });
    assert.deepStrictEqual(paths(r.stdout), ['a.md', 'b.markdown', 'deep/er/d.MD']);
  });

  it('takes files, folders and globs, each file once', () => {
    const d = tmpDir();
    writeTree(d, { 'x/a.md': flyer(), 'x/b.md': flyer(), 'y/c.md': flyer(), 'notes.txt': flyer() });
    assert.deepStrictEqual(paths(run(['-f', 'json', 'x', 'x/a.md', 'y/*.md', 'notes.txt'], { cwd: d }).stdout), ['notes.txt', 'x/a.md', 'x/b.md', 'y/c.md']);
    assert.deepStrictEqual(paths(run(['-f', 'json', '**/b.md'], { cwd: d }).stdout), ['x/b.md']);
  });

  it('a glob that matches no file: exit 2 and "No files matching the pattern ... were found" on stderr, as ESLint', () => {
    const d = tmpDir();
    writeTree(d, { 'x/a.md': flyer(), 'y/notes.txt': 'notes' });
    for (const format of ['stylish', 'json']) {
      // Beside a pattern that matches, too: nothing is checked, as for a path that does not exist.
      const none = run(['-f', format, 'x/*.md', 'z/**/*.md', 'y/*.md'], { cwd: d });
      assert.strictEqual(none.code, 2, format);
      assert.strictEqual(
        none.stderr,
        'grouplint: No files matching the pattern "z/**/*.md" were found.\n' + 'grouplint: No files matching the pattern "y/*.md" were found.\n',
      );
      assert.strictEqual(none.stdout, '');
    }
  });

  it('a glob whose every match is ignored: exit 2 naming --no-ignore, which checks them', () => {
    const d = tmpDir();
    writeTree(d, { '.grouplintrc.json': '{ "ignore": ["drafts/**"] }', 'drafts/a.md': flyer(), 'b.md': flyer() });
    const r = run(['drafts/*.md'], { cwd: d });
    assert.strictEqual(r.code, 2);
    assert.strictEqual(
      r.stderr,
      'grouplint: All files matching the pattern "drafts/*.md" are ignored (by .gitignore or the "ignore" list of a .grouplintrc.json); ' +
        'use --no-ignore to check them.\n',
    );
    assert.strictEqual(r.stdout, '');
    const all = run(['-f', 'json', '--no-ignore', 'drafts/*.md'], { cwd: d });
    assert.strictEqual(all.stderr, '');
    assert.deepStrictEqual(paths(all.stdout), ['drafts/a.md']);
  });

  it('a folder with no Markdown in it is not an error: exit 0 and a note', () => {
    const d = tmpDir();
    writeTree(d, { 'docs/notes.txt': 'notes', 'empty/.keep': '', 'a.md': flyer() });
    for (const folder of ['docs', 'empty']) {
      const r = run([folder], { cwd: d });
      assert.deepStrictEqual([r.code, r.stdout, r.stderr], [0, 'No Markdown files to check.\n', ''], folder);
      assert.deepStrictEqual(JSON.parse(run(['-f', 'json', folder], { cwd: d }).stdout), { version: 2, files: [] });
    }
  });

  it('skips what .gitignore files ignore, nested ones and negations included', () => {
    const d = tmpDir();
    writeTree(d, {
      '.gitignore': 'drafts/\n*.tmp.md\n!keep.tmp.md\n',
      'a.md': flyer(),
      'drafts/b.md': flyer(),
      'c.tmp.md': flyer(),
      'keep.tmp.md': flyer(),
      'sub/.gitignore': 'private.md\n',
      'sub/private.md': flyer(),
      'sub/public.md': flyer(),
      'other/private.md': flyer(),
    });
    assert.deepStrictEqual(paths(run(['-f', 'json'], { cwd: d }).stdout), ['a.md', 'keep.tmp.md', 'other/private.md', 'sub/public.md']);
    // From a subfolder, the .gitignore files above still apply up to the repository root.
    fs.mkdirSync(path.join(d, '.git'));
    assert.deepStrictEqual(paths(run(['-f', 'json', '.'], { cwd: path.join(d, 'sub') }).stdout), ['public.md']);
    assert.deepStrictEqual(paths(run(['-f', 'json', '..'], { cwd: path.join(d, 'sub') }).stdout), [
      '../a.md',
      '../keep.tmp.md',
      '../other/private.md',
      'public.md',
    ]);
    // --no-ignore checks everything (but never node_modules or .git).
    assert.strictEqual(paths(run(['-f', 'json', '--no-ignore'], { cwd: d }).stdout).length, 7);
  });

  it('checks a folder named on the command line even when .gitignore ignores it', () => {
    const d = tmpDir();
    writeTree(d, { '.git/HEAD': '', '.gitignore': 'build/\n', 'build/out.md': flyer(), 'build/.gitignore': 'skip.md\n', 'build/skip.md': flyer() });
    assert.deepStrictEqual(paths(run(['-f', 'json'], { cwd: d }).stdout), []);
    assert.deepStrictEqual(paths(run(['-f', 'json', 'build'], { cwd: d }).stdout), ['build/out.md']);
    assert.deepStrictEqual(paths(run(['-f', 'json'], { cwd: path.join(d, 'build') }).stdout), ['out.md']);
  });

  it('skips what the config\'s "ignore" list names, relative to the config file', () => {
    const d = tmpDir();
    writeTree(d, {
      '.grouplintrc.json': JSON.stringify({ ignore: ['archive/**', '*.draft.md', 'templates/*.md'] }),
      'a.md': flyer(),
      'archive/old.md': flyer(),
      'b.draft.md': flyer(),
      'sub/c.draft.md': flyer(),
      'templates/t.md': flyer(),
      'templates/more/t2.md': flyer(),
    });
    assert.deepStrictEqual(paths(run(['-f', 'json'], { cwd: d }).stdout), ['a.md', 'templates/more/t2.md']);
    // The same from a subfolder: patterns stay relative to the config file's folder.
    assert.deepStrictEqual(paths(run(['-f', 'json', '..'], { cwd: path.join(d, 'sub') }).stdout), ['../a.md', '../templates/more/t2.md']);
    // A file named explicitly is still skipped, with a note (pre-commit hooks name every file).
    const named = run(['-f', 'json', 'archive/old.md'], { cwd: d });
    assert.deepStrictEqual(paths(named.stdout), []);
    assert.match(named.stderr, /archive\/old\.md: ignored by the "ignore" list of \.grouplintrc\.json/);
    assert.strictEqual(paths(run(['-f', 'json', '--no-ignore'], { cwd: d }).stdout).length, 6);
  });
});

describe('grouplint CLI: files that cannot be checked', function () {
  this.timeout(60000);
  before(ensureBuilt);
  after(cleanupTmp);

  function single(d: string, name: string) {
    const r = run(['-f', 'json'], { cwd: d });
    const f = JSON.parse(r.stdout).files.find((x: any) => x.path === name);
    return { r, f, others: JSON.parse(r.stdout).files.filter((x: any) => x.path !== name) };
  }

  it('a binary file gets one warning and the run goes on', () => {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer(), 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) });
    const { r, f, others } = single(d, 'image.md');
    assert.deepStrictEqual(f.diagnostics, [
      {
        rule: 'grouplint',
        severity: 'warning',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'Skipped: this looks like a binary file (it contains NUL bytes), not a Markdown document.',
        fixable: false,
        suggestions: [],
      },
    ]);
    assert.strictEqual(f.kind, null);
    assert.strictEqual(others[0].diagnostics.length, 2, 'the other file is still checked');
    assert.strictEqual(r.code, 0);
  });

  it('a UTF-16 file is named as such', () => {
    const d = tmpDir();
    writeTree(d, { 'u16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hello', 'utf16le')]) });
    assert.match(single(d, 'u16.md').f.diagnostics[0].message, /UTF-16 text; grouplint reads UTF-8/);
  });

  it('a file that is not valid UTF-8 gets a warning at the first bad byte', () => {
    const d = tmpDir();
    writeTree(d, { 'latin1.md': Buffer.concat([Buffer.from('# Caf\u00e9 group\n\nMeet at the caf'), Buffer.from([0xe9]), Buffer.from(' on Mondays.\n')]) });
    const { f, r } = single(d, 'latin1.md');
    const [diag] = f.diagnostics;
    assert.strictEqual(diag.rule, 'grouplint');
    assert.strictEqual(diag.severity, 'warning');
    assert.strictEqual(diag.line, 3);
    assert.strictEqual(diag.column, 16);
    assert.match(diag.message, /not valid UTF-8 \(first bad byte 0xe9 on line 3\)/);
    assert.strictEqual(r.code, 0);
  });

  it('a file over the 1 MB ceiling is skipped with a warning', () => {
    const d = tmpDir();
    writeTree(d, { 'huge.md': Buffer.alloc(1024 * 1024 + 1, 0x61), 'a.md': flyer() });
    const { f, others } = single(d, 'huge.md');
    assert.match(
      f.diagnostics[0].message,
      /^Not checked: this document is 1\.0 MB, and grouplint checks documents up to 1 MB\. Split it into smaller documents\.$/,
    );
    assert.strictEqual(f.diagnostics[0].severity, 'warning');
    assert.strictEqual(others.length, 1);
  });

  it('an unreadable file gets one error and the run goes on', function () {
    const d = tmpDir();
    writeTree(d, { 'a.md': flyer(), 'secret.md': flyer() });
    fs.chmodSync(d, 0o755);
    fs.chmodSync(path.join(d, 'secret.md'), 0o000);
    // As root every file is readable: run the command as an unprivileged user instead.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const probe = run(['--version'], { cwd: d, ...asUser });
    if (probe.code !== 0) {
      console.log(`      (skipped: running as root, and the unprivileged user 65534 cannot run the built CLI here: ${probe.stderr.split('\n')[0]})`);
      this.skip();
    }
    const r = run(['-f', 'json'], { cwd: d, ...asUser });
    const files = JSON.parse(r.stdout).files;
    const f = files.find((x: any) => x.path === 'secret.md');
    assert.deepStrictEqual(f.diagnostics, [
      {
        rule: 'grouplint',
        severity: 'error',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'Could not read this file: permission denied.',
        fixable: false,
        suggestions: [],
      },
    ]);
    assert.strictEqual(files.find((x: any) => x.path === 'a.md').diagnostics.length, 2, 'the other file is still checked');
    assert.strictEqual(r.code, 1);
  });

  it('stylish names skipped files as "not checked"', () => {
    const d = tmpDir();
    writeTree(d, { 'image.md': Buffer.from([0, 1, 2]) });
    const r = run([], { cwd: d });
    assert.match(r.stdout, /^image\.md {2}\(not checked\)$/m);
    assert.match(r.stdout, /1 document checked: 0 support, 0 therapy, 0 not group material, 1 not checked\./);
  });
});
