// Config files through the real command: discovery, --config, a broken config (exit 2,
// the fault named with file:line:col, and the valid part still used), --print-config and
// --stdin with a file name.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, run, cleanupTmp, tmpDir, readFixture, writeTree, sliceAt } from './helpers';

const flyer = () => readFixture('basic/support-fee.md');
const therapy = () => readFixture('fix/therapy.md');

describe('grouplint CLI: configuration', function () {
  this.timeout(60000);
  before(ensureBuilt);
  after(cleanupTmp);

  it('uses the nearest .grouplintrc.json above each file', () => {
    const d = tmpDir();
    writeTree(d, {
      '.grouplintrc.json': JSON.stringify({ rules: { 'support-free': 'error' } }),
      'a.md': flyer(),
      'team/.grouplintrc.json': JSON.stringify({ rules: { 'support-free': 'off' }, kinds: { 'therapy/**': 'therapy' } }),
      'team/b.md': flyer(),
      'team/therapy/c.md': '# Wednesday group\n\nA group for adults with social anxiety.\n',
    });
    const files = JSON.parse(run(['-f', 'json'], { cwd: d }).stdout).files;
    const rules = (p: string) => Object.fromEntries(files.find((f: any) => f.path === p).diagnostics.map((x: any) => [x.rule, x.severity]));
    assert.strictEqual(rules('a.md')['support-free'], 'error');
    assert.strictEqual(rules('team/b.md')['support-free'], undefined);
    const c = files.find((f: any) => f.path === 'team/therapy/c.md');
    assert.deepStrictEqual([c.kind, c.kindSource], ['therapy', 'config']);
  });

  it('--config uses the given file instead, and --rule goes on top of it', () => {
    const d = tmpDir();
    writeTree(d, {
      '.grouplintrc.json': JSON.stringify({ rules: { 'support-free': 'error' } }),
      'conf/strict.json': JSON.stringify({ rules: { 'support-disclaimer': 'error', 'support-free': 'hint' } }),
      'a.md': flyer(),
    });
    const sev = (args: string[]) =>
      Object.fromEntries(JSON.parse(run(['-f', 'json', ...args], { cwd: d }).stdout).files[0].diagnostics.map((x: any) => [x.rule, x.severity]));
    assert.deepStrictEqual(sev(['--config', 'conf/strict.json']), { 'support-disclaimer': 'error', 'support-free': 'hint' });
    assert.deepStrictEqual(sev(['--config', 'conf/strict.json', '--rule', 'support-disclaimer=off']), { 'support-free': 'hint' });
    assert.strictEqual(run(['--config', 'conf'], { cwd: d }).code, 2);
  });

  it('a config file that is not valid JSON: exit 2, the fault in plain words with its place, the documents still checked', () => {
    const d = tmpDir();
    const config = '{\n  // team settings\n  "rules": {\n    "support-free": "off"\n    "therapy-fee": "off",\n  },\n}\n';
    writeTree(d, { '.grouplintrc.json': config, 'a.md': flyer() });
    const r = run(['-f', 'json'], { cwd: d });
    assert.strictEqual(r.code, 2);
    const message =
      'Not valid JSON: expected a comma after the value on line 5, column 5 (found "therapy-fee"). grouplint uses the defaults until this is fixed.';
    assert.strictEqual(r.stderr, `grouplint: config error in .grouplintrc.json:5:5: ${message}\n`);
    const files = JSON.parse(r.stdout).files;
    assert.deepStrictEqual(
      files.map((f: any) => f.path),
      ['.grouplintrc.json', 'a.md'],
    );
    const conf = files[0];
    assert.deepStrictEqual([conf.kind, conf.kindSource], [null, null]);
    assert.deepStrictEqual(conf.diagnostics, [
      { rule: 'grouplint', severity: 'error', line: 5, column: 5, endLine: 5, endColumn: 18, message, fixable: false, suggestions: [] },
    ]);
    // The defaults apply: support-free is on.
    assert.ok(files[1].diagnostics.some((x: any) => x.rule === 'support-free'));
  });

  it('.grouplintrc.json is JSON with comments and trailing commas (JSONC): no fault, every setting applies', () => {
    const d = tmpDir();
    const config = [
      '// Settings for our flyers.',
      '{',
      '  /* Fees are a hard no for peer groups. */',
      '  "rules": {',
      '    "support-free": "error", // was a warning',
      '    "support-disclaimer": "off",',
      '  },',
      '  "ignore": ["drafts/**",],',
      '}',
      '',
    ].join('\n');
    writeTree(d, { '.grouplintrc.json': config, 'a.md': flyer(), 'drafts/b.md': flyer() });
    const r = run(['-f', 'json'], { cwd: d });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.code, 1);
    const files = JSON.parse(r.stdout).files;
    assert.deepStrictEqual(
      files.map((f: any) => [f.path, f.diagnostics.map((x: any) => `${x.rule}:${x.severity}`)]),
      [['a.md', ['support-free:error']]],
    );
  });

  it('config faults after comments and trailing commas point at the right place (file:line:col and the report)', () => {
    const d = tmpDir();
    const config = '{\n  // rules first\n  /* then\n     the rest */ "rules": { "support-fre": "off", },\n  "kinds": { "a/**": "peer", },\n}\n';
    writeTree(d, { '.grouplintrc.json': config, 'a.md': flyer() });
    const r = run(['-f', 'json'], { cwd: d });
    assert.strictEqual(r.code, 2);
    assert.strictEqual(
      r.stderr,
      'grouplint: config error in .grouplintrc.json:4:29: Unknown rule id "support-fre". Did you mean "support-free"?\n' +
        'grouplint: config error in .grouplintrc.json:5:22: "kinds.a/**" is "peer"; a kind is "support" or "therapy".\n',
    );
    const conf = JSON.parse(r.stdout).files[0];
    const slices = conf.diagnostics.map((x: any) => sliceAt(config, x.line, x.column, x.endLine, x.endColumn));
    assert.deepStrictEqual(slices, ['"support-fre"', '"peer"']);
  });

  it('severities as ESLint users write them (warn, info, 0, 1, 2) work in the config file and in front matter', () => {
    const d = tmpDir();
    writeTree(d, {
      '.grouplintrc.json': '{ "rules": { "support-free": 2, "support-disclaimer": "info", "therapy-fee": 0, "therapy-timeframe": "warn" } }',
      'a.md': flyer(),
      'b.md': '---\ngrouplint:\n  rules:\n    support-free: warn\n    support-disclaimer: 0\n---\n' + flyer(),
    });
    const r = run(['-f', 'json'], { cwd: d });
    assert.strictEqual(r.stderr, '');
    const sev = (p: string) =>
      JSON.parse(r.stdout)
        .files.find((f: any) => f.path === p)
        .diagnostics.map((x: any) => `${x.rule}:${x.severity}`);
    assert.deepStrictEqual(sev('a.md'), ['support-disclaimer:information', 'support-free:error']);
    assert.deepStrictEqual(sev('b.md'), ['support-free:warning']);
    // --print-config shows the severities by their full names.
    const printed = JSON.parse(run(['--print-config', 'b.md'], { cwd: d }).stdout).rules;
    assert.deepStrictEqual(
      [printed['support-free'], printed['support-disclaimer'], printed['therapy-fee'], printed['therapy-timeframe']],
      ['warning', 'off', 'off', 'warning'],
    );
  });

  it('a severity spelling that is not accepted: exit 2, and the message says which one it probably means', () => {
    const d = tmpDir();
    writeTree(d, { '.grouplintrc.json': '{ "rules": { "support-free": "err" } }', 'a.md': flyer() });
    const r = run([], { cwd: d });
    assert.strictEqual(r.code, 2);
    assert.strictEqual(
      r.stderr,
      'grouplint: config error in .grouplintrc.json:1:30: "rules.support-free" is "err"; a severity is one of: off, hint, information, warning, error ' +
        '(also warn, info, and ESLint\'s numbers: 0 = off, 1 = warning, 2 = error). Did you mean "error"?\n',
    );
  });

  it('a config with an unknown rule id: exit 2 with a suggestion, and the valid part applies', () => {
    const d = tmpDir();
    writeTree(d, { '.grouplintrc.json': '{ "rules": { "support-free": "off", "support-disclaimr": "error" } }', 'a.md': flyer() });
    for (const format of ['stylish', 'json', 'sarif', 'junit']) {
      const r = run(['-f', format], { cwd: d });
      assert.strictEqual(r.code, 2, format);
      assert.match(r.stderr, /config error in \.grouplintrc\.json:1:37: Unknown rule id "support-disclaimr"\. Did you mean "support-disclaimer"\?/);
      assert.ok(r.stdout.includes('.grouplintrc.json'), `${format} names the config file`);
    }
    const json = JSON.parse(run(['-f', 'json'], { cwd: d }).stdout);
    const rules = json.files.flatMap((f: any) => f.diagnostics.map((x: any) => x.rule));
    assert.ok(rules.includes('support-disclaimer') && !rules.includes('support-free'), 'support-free is off: the valid part of the config applies');
    const stylish = run([], { cwd: d }).stdout;
    assert.match(stylish, /^\.grouplintrc\.json {2}\(config file\)\n {2}1:37 {2}error {2}Unknown rule id "support-disclaimr"/m);
  });

  it('--print-config prints the merged config for a file, front matter included', () => {
    const d = tmpDir();
    writeTree(d, {
      '.grouplintrc.json': JSON.stringify({
        rules: { 'support-free': 'error' },
        kinds: { 'therapy/**': 'therapy' },
        wording: { free: 'Free, always.' },
        ignore: ['drafts/**'],
      }),
      'therapy/a.md': '---\ngrouplint:\n  rules:\n    therapy-fee: "off"\n---\n\n# Group\n',
    });
    const r = run(['--print-config', 'therapy/a.md', '--rule', 'therapy-leader=error'], { cwd: d });
    assert.strictEqual(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout);
    assert.strictEqual(c.file, 'therapy/a.md');
    assert.strictEqual(c.configFile, '.grouplintrc.json');
    assert.deepStrictEqual([c.kind, c.kindSource], ['therapy', 'config']);
    assert.strictEqual(c.rules['support-free'], 'error');
    assert.strictEqual(c.rules['therapy-fee'], 'off');
    assert.strictEqual(c.rules['therapy-leader'], 'error');
    assert.strictEqual(c.rules['therapy-statement'], 'warning', 'defaults are filled in');
    assert.strictEqual(Object.keys(c.rules).length, 17);
    assert.deepStrictEqual(c.kinds, [{ pattern: 'therapy/**', kind: 'therapy', relativeTo: '.' }]);
    assert.strictEqual(c.wording.free, 'Free, always.');
    assert.deepStrictEqual(c.ignore, ['drafts/**']);
  });

  it('--stdin checks standard input, with --stdin-filename for config and the report', () => {
    const d = tmpDir();
    writeTree(d, { '.grouplintrc.json': JSON.stringify({ kinds: { 'flyers/therapy/**': 'therapy' } }) });
    const named = run(['--stdin', '--stdin-filename', 'flyers/therapy/new.md', '-f', 'json'], { cwd: d, input: therapy() });
    const f = JSON.parse(named.stdout).files;
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].path, 'flyers/therapy/new.md');
    assert.deepStrictEqual([f[0].kind, f[0].kindSource], ['therapy', 'config']);
    assert.deepStrictEqual(
      f[0].diagnostics.map((x: any) => x.rule),
      ['therapy-confidentiality', 'therapy-fee', 'therapy-statement', 'therapy-timeframe'],
    );
    const anon = run(['--stdin', '-f', 'json'], { cwd: d, input: flyer() });
    assert.strictEqual(JSON.parse(anon.stdout).files[0].path, '<stdin>');
    assert.strictEqual(anon.code, 0);
    const bin = run(['--stdin', '-f', 'json'], { cwd: d, input: Buffer.from([0, 0, 0]) });
    assert.match(JSON.parse(bin.stdout).files[0].diagnostics[0].message, /binary/);
    assert.strictEqual(run(['--stdin', 'a.md'], { cwd: d, input: '' }).code, 2);
  });

  it('--stdin --fix-dry-run prints the diff', () => {
    const d = tmpDir();
    const r = run(['--stdin', '--stdin-filename', 'x.md', '--fix-dry-run'], { cwd: d, input: flyer() });
    assert.match(r.stdout, /^--- a\/x\.md\n\+\+\+ b\/x\.md\n/);
    assert.ok(!fs.existsSync(path.join(d, 'x.md')));
  });
});
