// `--fix` and `--fix-dry-run` through the real command: whole-file results (LF, CRLF and a
// byte-order mark), atomic saves that keep the file mode, no temporary files left behind,
// and a file that changed on disk is never overwritten.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyPatch } from 'diff';
import { ensureBuilt, run, cleanupTmp, tmpDir, readFixture, writeTree, spawnCli, FIXTURES } from './helpers';
import { saveFixed } from '../../server/src/cli/write';
import { sha1Hex } from '../../server/src/cli/hash';
import { DEFAULT_WORDING } from '../../server/src/engine';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const BOM = '\ufeff';
const DISCLAIMER = DEFAULT_WORDING.disclaimer;
const STATEMENT = DEFAULT_WORDING.therapyStatement;

/** Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change in the fixes. */
function expected(name: string, actual: string): string {
  const file = path.join(FIXTURES, 'fix', 'expected', name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  return fs.readFileSync(file, 'utf8');
}

function fixFolder(): string {
  const d = tmpDir();
  const support = readFixture('fix/support.md');
  const therapy = readFixture('fix/therapy.md');
  writeTree(d, {
    'support.md': support,
    'therapy.md': therapy,
    'clean.md': readFixture('fix/clean.md'),
    'crlf/support.md': crlf(support),
    'bom/therapy.md': BOM + therapy,
    'bom-crlf/support.md': BOM + crlf(support),
  });
  return d;
}

function tempFilesUnder(d: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(d, { withFileTypes: true, recursive: true })) if (e.name.includes('grouplint-tmp')) out.push(e.name);
  return out;
}

describe('grouplint CLI: --fix', function () {
  this.timeout(60000);
  before(ensureBuilt);
  after(cleanupTmp);

  it('rewrites each file with every fix applied, compared whole; facts stay as they were', () => {
    const d = fixFolder();
    const r = run(['--fix', '--format', 'json'], { cwd: d });
    const fixedSupport = fs.readFileSync(path.join(d, 'support.md'), 'utf8');
    const fixedTherapy = fs.readFileSync(path.join(d, 'therapy.md'), 'utf8');
    assert.strictEqual(fixedSupport, expected('support.md', fixedSupport));
    assert.strictEqual(fixedTherapy, expected('therapy.md', fixedTherapy));
    assert.ok(fixedSupport.includes('This is a peer support group. It is not therapy'), 'the disclaimer is inserted');
    assert.ok(fixedTherapy.includes('This is group therapy: a clinical service.'), 'the therapy statement is inserted');
    // A fix never changes a flyer's facts: the price line stays, nothing with blanks is inserted.
    assert.strictEqual(fixedSupport, readFixture('fix/support.md').replace('# Caregivers Support Group\n', `# Caregivers Support Group\n\n${DISCLAIMER}\n`));
    assert.ok(fixedSupport.includes('- Fee: $20 per meeting\n'), 'the price line is unchanged');
    assert.doesNotMatch(fixedTherapy, /\[|free/i, 'no placeholder line, no price');
    assert.strictEqual(fs.readFileSync(path.join(d, 'clean.md'), 'utf8'), readFixture('fix/clean.md'));
    // The report shows what is left after fixing: the fee, with its suggestion, not fixable.
    const report = JSON.parse(r.stdout);
    const support = report.files.find((f: any) => f.path === 'support.md');
    assert.deepStrictEqual(
      support.diagnostics.map((x: any) => [x.rule, x.line, x.fixable, x.suggestions]),
      [['support-free', 10, false, ['Replace with the free-attendance wording']]],
    );
    // Every change is listed (file, line, rule, what changed), then what was left as suggestions.
    assert.match(r.stderr, /^grouplint: fixed 5 files \(5 fixes\):$/m);
    assert.match(r.stderr, /^ {2}support\.md:1:1 +support-disclaimer +inserted "This is a peer support group\. It is not therapy/m);
    assert.match(r.stderr, /^ {2}therapy\.md:1:1 +therapy-statement +inserted "This is group therapy: a clinical service\."$/m);
    assert.match(r.stderr, /^ {2}crlf\/support\.md:1:1 +support-disclaimer +inserted/m);
    assert.match(r.stderr, /^grouplint: 9 problems left as suggestions, not applied \(apply them in the editor's quick fixes, one at a time\):$/m);
    assert.match(r.stderr, /^ {2}support\.md:10:3 +support-free +Replace with the free-attendance wording$/m);
    assert.match(r.stderr, /^ {2}therapy\.md:1:1 +therapy-fee +Insert a fee line to fill in$/m);
  });

  it('with --quiet, --fix says how many files it fixed and lists nothing', () => {
    const d = fixFolder();
    const r = run(['--fix', '--quiet', 'support.md'], { cwd: d });
    assert.strictEqual(r.stderr, 'grouplint: fixed 1 file (1 fix).\n');
  });

  it('keeps CRLF line endings and the byte-order mark', () => {
    const d = fixFolder();
    run(['--fix'], { cwd: d });
    const support = expected('support.md', fs.readFileSync(path.join(d, 'support.md'), 'utf8'));
    const therapy = expected('therapy.md', fs.readFileSync(path.join(d, 'therapy.md'), 'utf8'));
    assert.strictEqual(fs.readFileSync(path.join(d, 'crlf/support.md'), 'utf8'), crlf(support));
    assert.strictEqual(fs.readFileSync(path.join(d, 'bom/therapy.md'), 'utf8'), BOM + therapy);
    assert.strictEqual(fs.readFileSync(path.join(d, 'bom-crlf/support.md'), 'utf8'), BOM + crlf(support));
    const bytes = fs.readFileSync(path.join(d, 'bom/therapy.md'));
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('keeps the file mode and leaves no temporary file', () => {
    const d = fixFolder();
    fs.chmodSync(path.join(d, 'support.md'), 0o640);
    run(['--fix'], { cwd: d });
    assert.strictEqual(fs.statSync(path.join(d, 'support.md')).mode & 0o777, 0o640);
    assert.deepStrictEqual(tempFilesUnder(d), []);
  });

  it('--fix-dry-run prints a unified diff that applies cleanly, and changes nothing; suggestions are listed, not applied', () => {
    const d = fixFolder();
    const before = fs.readFileSync(path.join(d, 'support.md'), 'utf8');
    const r = run(['--fix-dry-run', 'support.md', 'clean.md', 'crlf/support.md'], { cwd: d });
    assert.strictEqual(fs.readFileSync(path.join(d, 'support.md'), 'utf8'), before);
    const patches = r.stdout.split(/(?=^--- a\/)/m).filter(Boolean);
    assert.strictEqual(patches.length, 2, r.stdout);
    assert.match(patches[0], /^--- a\/crlf\/support\.md\n\+\+\+ b\/crlf\/support\.md\n@@ /);
    assert.match(patches[1], /^--- a\/support\.md\n\+\+\+ b\/support\.md\n@@ -1,5 \+1,7 @@\n # Caregivers Support Group\n \n\+This is a peer support group\./);
    assert.doesNotMatch(r.stdout, /Fee: \$20/, 'the price line is not part of any change');
    assert.strictEqual(applyPatch(before, patches[1]), fs.readFileSync(path.join(FIXTURES, 'fix/expected/support.md'), 'utf8'));
    assert.strictEqual(applyPatch(crlf(before), patches[0]), crlf(fs.readFileSync(path.join(FIXTURES, 'fix/expected/support.md'), 'utf8')));
    assert.strictEqual(
      r.stderr,
      'grouplint: 2 files would change (2 fixes); 2 problems would remain (0 errors, 2 warnings).\n' +
        "grouplint: 2 problems suggested, not applied (apply them in the editor's quick fixes, one at a time):\n" +
        '  crlf/support.md:8:3  support-free  Replace with the free-attendance wording\n' +
        '  support.md:8:3       support-free  Replace with the free-attendance wording\n',
    );
    assert.strictEqual(r.code, 0);
  });

  it('--fix-dry-run --format json: per file, the fixes that would be applied, what they change and what would remain; changes nothing', () => {
    const d = fixFolder();
    // A support flyer that calls itself group therapy: one fix (the disclaimer), a fee left as a
    // suggestion, and a conflict no edit can settle.
    const conflict = '---\ngroup: support\n---\n\n# Widowed Young\n\nThis is group therapy for people who lost a partner.\n\nFee: $20 per meeting.\n';
    writeTree(d, { 'conflict.md': conflict });
    const files = ['clean.md', 'bom/therapy.md', 'conflict.md', 'support.md'];
    const before = JSON.parse(run(['-f', 'json', ...files], { cwd: d }).stdout);
    const r = run(['--fix-dry-run', '-f', 'json', ...files], { cwd: d });
    assert.strictEqual(r.code, 1, 'the conflict (an error) remains');
    assert.strictEqual(fs.readFileSync(path.join(d, 'conflict.md'), 'utf8'), conflict, 'nothing is written');
    assert.match(r.stderr, /^grouplint: 3 files would change \(3 fixes\); 6 problems would remain \(1 error, 2 warnings\)\.\n/);
    // Each fix is placed and worded as the finding it answers is in the plain report of the files as they are.
    const finding = (file: string, rule: string) => {
      const { line, column, endLine, endColumn, message } = before.files.find((f: any) => f.path === file).diagnostics.find((x: any) => x.rule === rule);
      return { rule, line, column, endLine, endColumn, message };
    };
    const remaining = (file: string, rule: string, lines: number) => {
      const x = before.files.find((f: any) => f.path === file).diagnostics.find((y: any) => y.rule === rule);
      return { ...x, line: x.line + lines, endLine: x.endLine + lines };
    };
    const fixedConflict = conflict.replace('# Widowed Young\n', `# Widowed Young\n\n${DISCLAIMER}\n`);
    const golden = (name: string) => fs.readFileSync(path.join(FIXTURES, 'fix', 'expected', name), 'utf8');
    const inserted = (s: string) => `inserted "${s.length > 72 ? s.slice(0, 71).trimEnd() + '…' : s}"`;
    const out = JSON.parse(r.stdout);
    // What remains names the words its kind was read from, which the inserted statement adds to.
    const unkinded = (x: any) => ({ ...x, diagnostics: x.diagnostics.map((y: any) => ({ ...y, message: y.message.replace(/ \(Read as [^)]*\)$/, '') })) });
    assert.deepStrictEqual(
      { ...out, files: out.files.map(unkinded) },
      {
        version: 2,
        fixDryRun: true,
        files: [
          {
            path: 'bom/therapy.md',
            kind: 'therapy',
            kindSource: 'inferred',
            fixes: [
              { ...finding('bom/therapy.md', 'therapy-statement'), title: 'Insert the group-therapy statement under the title', change: inserted(STATEMENT) },
            ],
            // What remains is placed in the fixed text; the title did not move.
            diagnostics: ['therapy-confidentiality', 'therapy-fee', 'therapy-timeframe'].map((rule) => remaining('bom/therapy.md', rule, 0)),
            output: BOM + golden('therapy.md'),
          },
          { path: 'clean.md', kind: null, kindSource: null, fixes: [], diagnostics: [], output: null },
          {
            path: 'conflict.md',
            kind: 'support',
            kindSource: 'front-matter',
            fixes: [
              { ...finding('conflict.md', 'support-disclaimer'), title: 'Insert the support-group disclaimer under the title', change: inserted(DISCLAIMER) },
            ],
            // Two lines further down in the fixed text.
            diagnostics: [remaining('conflict.md', 'kind-conflict', 2), remaining('conflict.md', 'support-free', 2)],
            output: fixedConflict,
          },
          {
            path: 'support.md',
            kind: 'support',
            kindSource: 'inferred',
            fixes: [
              { ...finding('support.md', 'support-disclaimer'), title: 'Insert the support-group disclaimer under the title', change: inserted(DISCLAIMER) },
            ],
            diagnostics: [remaining('support.md', 'support-free', 2)],
            output: golden('support.md'),
          },
        ].map(unkinded),
      },
    );
    // Remaining findings say whether --fix fixes them and which suggestions the editor offers.
    assert.deepStrictEqual(
      out.files[2].diagnostics.map((x: any) => [x.rule, x.fixable, x.suggestions]),
      [
        ['kind-conflict', false, []],
        ['support-free', false, ['Replace with the free-attendance wording']],
      ],
    );
    // -o writes the same JSON to a file; stdin takes --format json too.
    const o = run(['--fix-dry-run', '-f', 'json', '-o', 'dry.json', ...files], { cwd: d });
    assert.strictEqual(o.stdout, '');
    assert.strictEqual(fs.readFileSync(path.join(d, 'dry.json'), 'utf8'), r.stdout);
    const stdin = JSON.parse(run(['--stdin', '--stdin-filename', 'conflict.md', '--fix-dry-run', '-f', 'json'], { cwd: d, input: conflict }).stdout);
    assert.deepStrictEqual(stdin, { version: 2, fixDryRun: true, files: [out.files[2]] });
  });

  it('--fix with --stdin prints the fixed text', () => {
    const d = tmpDir();
    const r = run(['--stdin', '--fix'], { cwd: d, input: crlf(readFixture('fix/support.md')) });
    assert.strictEqual(r.stdout, crlf(fs.readFileSync(path.join(FIXTURES, 'fix/expected/support.md'), 'utf8')));
    assert.strictEqual(r.code, 0);
    // On stderr: the changes made, then what is left (with the suggestions to review in the editor).
    assert.match(r.stderr, /^grouplint: 1 fix:\n {2}<stdin>:1:1 {2}support-disclaimer {2}inserted "This is a peer support group\./);
    assert.match(r.stderr, /support-free/);
    assert.match(r.stderr, /1 problem has suggestions to review in the editor \(never applied by --fix\): support-free\./);
  });

  it('does not overwrite a file that changed on disk after it was read', () => {
    const d = tmpDir();
    const file = path.join(d, 'flyer.md');
    fs.writeFileSync(file, 'original');
    const bytes = fs.readFileSync(file);
    const st = fs.statSync(file);
    const state = { size: st.size, mtimeMs: st.mtimeMs, hash: sha1Hex(bytes), mode: st.mode };
    fs.writeFileSync(file, 'edited by someone else');
    assert.strictEqual(saveFixed(file, 'fixed', false, state), 'it changed on disk');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'edited by someone else');
    // Same size and mtime, different content: the hash catches it.
    fs.writeFileSync(file, 'ORIGINAL');
    fs.utimesSync(file, st.atime, st.mtime);
    assert.strictEqual(saveFixed(file, 'fixed', false, { ...state, mtimeMs: fs.statSync(file).mtimeMs }), 'it changed on disk');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ORIGINAL');
    // Unchanged: saved.
    const now = fs.statSync(file);
    assert.strictEqual(
      saveFixed(file, 'fixed', true, { size: now.size, mtimeMs: now.mtimeMs, hash: sha1Hex(fs.readFileSync(file)), mode: now.mode }),
      undefined,
    );
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '\ufefffixed');
    assert.deepStrictEqual(tempFilesUnder(d), []);
  });

  for (const [signal, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    it(`${signal} during --fix leaves every file whole (original or fixed) and no temporary file`, async function () {
      const d = tmpDir();
      const support = readFixture('fix/support.md');
      const fixed = fs.readFileSync(path.join(FIXTURES, 'fix/expected/support.md'), 'utf8');
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.md`] = support;
      writeTree(d, files);
      const child = spawnCli(['--fix', '--jobs', '0'], d);
      let stderr = '';
      child.stderr.on('data', (b) => (stderr += b));
      // Interrupt once the first files are saved.
      const first = path.join(d, 'f000.md');
      const started = Date.now();
      while (fs.readFileSync(first, 'utf8') === support && Date.now() - started < 30000) await new Promise((r) => setTimeout(r, 5));
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
      const contents = Object.keys(files).map((f) => fs.readFileSync(path.join(d, f), 'utf8'));
      assert.ok(
        contents.every((c) => c === support || c === fixed),
        'every file is either untouched or completely fixed',
      );
      assert.deepStrictEqual(tempFilesUnder(d), []);
      if (code === exitCode) {
        assert.match(stderr, new RegExp(`stopped by ${signal}\\. \\d+ files? (was|were) fixed and saved; \\d+ files? (was|were) not processed`));
        assert.ok(
          contents.some((c) => c === support),
          'the run stopped before the end',
        );
      } else {
        // The machine was fast enough to finish first.
        assert.ok(contents.every((c) => c === fixed));
      }
    });
});
