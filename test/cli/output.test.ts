// The report formats of the real `grouplint` command: stylish, json (field by field),
// sarif (validated against the SARIF 2.1.0 schema) and junit; exit codes and filters.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL, fileURLToPath } from 'url';
import { Validator } from '@cfworker/json-schema';
import { ensureBuilt, copyFixture, run, cleanupTmp, readFixture, sliceAt, hasAnsi, ROOT, tmpDir, writeTree } from './helpers';
import { xmlEscape } from '../../server/src/cli/format/junit';
import { formatStylish, stylishParts } from '../../server/src/cli/format/stylish';
import { RULE_IDS, docsUrl } from '../../server/src/engine';

const version: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

describe('grouplint CLI: report formats', function () {
  this.timeout(60000);
  let basic: string;
  before(async () => {
    await ensureBuilt();
    basic = copyFixture('basic');
  });
  after(cleanupTmp);

  describe('--format json', () => {
    let report: any;
    let r: ReturnType<typeof run>;
    before(() => {
      r = run(['--format', 'json'], { cwd: basic });
      report = JSON.parse(r.stdout);
    });

    it('exits 1 because one document has an error', () => {
      assert.strictEqual(r.code, 1);
    });

    it('has version 2 and one entry per file, sorted, with paths relative to the current folder', () => {
      assert.deepStrictEqual(Object.keys(report), ['version', 'files']);
      assert.strictEqual(report.version, 2);
      assert.deepStrictEqual(
        report.files.map((f: any) => f.path),
        ['conflict.md', 'meeting-notes.md', 'sub/emoji.md', 'support-fee.md', 'therapy-good.md', 'unclear.md'],
      );
      for (const f of report.files) assert.deepStrictEqual(Object.keys(f), ['path', 'kind', 'kindSource', 'diagnostics']);
    });

    it('gives each document its kind and where the kind came from', () => {
      const kinds = Object.fromEntries(report.files.map((f: any) => [f.path, [f.kind, f.kindSource]]));
      assert.deepStrictEqual(kinds, {
        'conflict.md': ['support', 'front-matter'],
        'meeting-notes.md': [null, null],
        'sub/emoji.md': ['support', 'inferred'],
        'support-fee.md': ['support', 'inferred'],
        'therapy-good.md': ['therapy', 'front-matter'],
        'unclear.md': [null, null],
      });
    });

    it('lists files without problems with an empty diagnostics list', () => {
      assert.deepStrictEqual(report.files.find((f: any) => f.path === 'therapy-good.md').diagnostics, []);
      assert.deepStrictEqual(report.files.find((f: any) => f.path === 'meeting-notes.md').diagnostics, []);
    });

    it('reports every diagnostic field with 1-based lines and columns', () => {
      const fee = report.files.find((f: any) => f.path === 'support-fee.md');
      assert.strictEqual(fee.diagnostics.length, 2);
      const [disclaimer, free] = fee.diagnostics;
      assert.deepStrictEqual(Object.keys(free), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fixable', 'suggestions']);
      // A fee is not fixed by --fix (it is a fact); the editor offers its replacement as a suggestion.
      assert.deepStrictEqual(
        { ...free, message: undefined },
        {
          rule: 'support-free',
          severity: 'warning',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 6,
          message: undefined,
          fixable: false,
          suggestions: ['Replace with the free-attendance wording'],
        },
      );
      assert.match(free.message, /support groups are free/);
      assert.strictEqual(sliceAt(readFixture('basic/support-fee.md'), free.line, free.column, free.endLine, free.endColumn), 'Fee');
      assert.strictEqual(disclaimer.rule, 'support-disclaimer');
      assert.strictEqual(disclaimer.severity, 'warning');
      assert.strictEqual(disclaimer.fixable, true);
      assert.deepStrictEqual(disclaimer.suggestions, []);
      assert.strictEqual(
        sliceAt(readFixture('basic/support-fee.md'), disclaimer.line, disclaimer.column, disclaimer.endLine, disclaimer.endColumn),
        '# Caregivers Support Group',
      );
    });

    it('counts columns in UTF-16 code units (emoji before the finding)', () => {
      const emoji = report.files.find((f: any) => f.path === 'sub/emoji.md');
      const d = emoji.diagnostics[0];
      assert.strictEqual(d.rule, 'support-free');
      assert.strictEqual(d.column, 29);
      assert.strictEqual(sliceAt(readFixture('basic/sub/emoji.md'), d.line, d.column, d.endLine, d.endColumn), 'Fee');
    });

    it('reports errors, information and non-fixable findings as such', () => {
      const conflict = report.files.find((f: any) => f.path === 'conflict.md').diagnostics[0];
      assert.strictEqual(conflict.rule, 'kind-conflict');
      assert.strictEqual(conflict.severity, 'error');
      assert.strictEqual(conflict.fixable, false);
      assert.strictEqual(
        sliceAt(readFixture('basic/conflict.md'), conflict.line, conflict.column, conflict.endLine, conflict.endColumn),
        'This is group therapy',
      );
      const unclear = report.files.find((f: any) => f.path === 'unclear.md').diagnostics[0];
      assert.strictEqual(unclear.rule, 'declare-kind');
      assert.strictEqual(unclear.severity, 'information');
    });

    it('prints paths relative to the current folder when run from elsewhere', () => {
      const up = run(['--format', 'json', path.basename(basic) + '/sub'], { cwd: path.dirname(basic) });
      assert.deepStrictEqual(
        JSON.parse(up.stdout).files.map((f: any) => f.path),
        [`${path.basename(basic)}/sub/emoji.md`],
      );
      const down = run(['--format', 'json', '..'], { cwd: path.join(basic, 'sub') });
      assert.ok(JSON.parse(down.stdout).files.some((f: any) => f.path === '../support-fee.md'));
    });
  });

  describe('--format stylish (default)', () => {
    it('groups problems by file with line:col, severity, message and rule id, then a summary', () => {
      const r = run([], { cwd: basic });
      assert.strictEqual(r.code, 1);
      assert.ok(!hasAnsi(r.stdout), 'no colour when stdout is not a terminal');
      const lines = r.stdout.split('\n');
      const i = lines.findIndex((l) => l.startsWith('support-fee.md'));
      assert.ok(i >= 0, r.stdout);
      assert.match(lines[i], /^support-fee\.md {2}\(support group, read from the text\)$/);
      assert.match(lines[i + 1], /^ {2}1:1 {2}warning {2}This support-group flyer .* {2}support-disclaimer$/);
      assert.match(lines[i + 2], /^ {2}8:3 {2}warning {2}"Fee": support groups are free .* {2}support-free$/);
      assert.ok(!r.stdout.includes('therapy-good.md'), 'files without problems are not listed');
      assert.match(r.stdout, /✖ 5 problems \(1 error, 3 warnings, 1 information\)/);
      assert.match(
        r.stdout,
        /\n {2}1 problem is fixable with --fix: support-disclaimer\.\n {2}3 problems have suggestions to review in the editor \(never applied by --fix\): declare-kind, support-free\.\n/,
      );
      assert.match(r.stdout, /6 documents checked: 3 support, 1 therapy, 1 group material of unclear kind, 1 not group material\./);
    });

    it('uses colour with --color (and never on a pipe otherwise)', () => {
      assert.ok(hasAnsi(run(['--color'], { cwd: basic }).stdout));
      assert.ok(!hasAnsi(run(['--no-color'], { cwd: basic, env: { FORCE_COLOR: '1' } }).stdout));
    });

    it('says so when there is nothing to report', () => {
      const r = run(['therapy-good.md', 'meeting-notes.md'], { cwd: basic });
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, /✔ No problems\. 2 documents checked: 0 support, 1 therapy, 1 not group material\./);
    });
  });

  describe('--format sarif', () => {
    let sarif: any;
    let validator: Validator;
    before(() => {
      const r = run(['--format', 'sarif'], { cwd: basic });
      assert.strictEqual(r.code, 1);
      sarif = JSON.parse(r.stdout);
      const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
      validator = new Validator(JSON.parse(fs.readFileSync(schemaFile, 'utf8')), '4', false);
    });

    it('validates against the SARIF 2.1.0 JSON schema', () => {
      const result = validator.validate(sarif);
      assert.ok(result.valid, JSON.stringify(result.errors.slice(0, 5), null, 2));
      // The validator does catch faults: a wrong level is rejected.
      const broken = JSON.parse(JSON.stringify(sarif));
      broken.runs[0].results[0].level = 'severe';
      assert.strictEqual(validator.validate(broken).valid, false);
    });

    it('carries every rule with its metadata and documentation link', () => {
      const driver = sarif.runs[0].tool.driver;
      assert.strictEqual(sarif.version, '2.1.0');
      assert.strictEqual(driver.name, 'grouplint');
      assert.strictEqual(driver.version, version);
      const ids = driver.rules.map((r: any) => r.id);
      for (const id of RULE_IDS) assert.ok(ids.includes(id), id);
      const free = driver.rules.find((r: any) => r.id === 'support-free');
      assert.strictEqual(free.helpUri, docsUrl('support-free'));
      assert.strictEqual(free.defaultConfiguration.level, 'warning');
      assert.ok(free.shortDescription.text.length > 10);
    });

    it('has one result per finding, with level, rule index and a region relative to %SRCROOT%', () => {
      const run0 = sarif.runs[0];
      assert.strictEqual(run0.results.length, 5);
      assert.strictEqual(run0.columnKind, 'utf16CodeUnits');
      assert.strictEqual(run0.originalUriBaseIds['%SRCROOT%'].uri, `file://${basic}/`);
      const r = run0.results.find((x: any) => x.ruleId === 'support-free' && x.locations[0].physicalLocation.artifactLocation.uri === 'support-fee.md');
      assert.strictEqual(r.level, 'warning');
      assert.strictEqual(run0.tool.driver.rules[r.ruleIndex].id, 'support-free');
      assert.strictEqual(r.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepStrictEqual(r.locations[0].physicalLocation.region, { startLine: 8, startColumn: 3, endLine: 8, endColumn: 6 });
      const info = run0.results.find((x: any) => x.ruleId === 'declare-kind');
      assert.strictEqual(info.level, 'note');
      assert.strictEqual(run0.results.find((x: any) => x.ruleId === 'kind-conflict').level, 'error');
    });

    /** Every artifact and result location: its uri, and that uri resolved against its base. */
    const locations = (log: any) => {
      const run0 = log.runs[0];
      const all = [...run0.artifacts.map((a: any) => a.location), ...run0.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation)];
      return all.map((l: any) => {
        assert.strictEqual(l.uriBaseId, '%SRCROOT%');
        return { uri: l.uri, file: fileURLToPath(new URL(l.uri, run0.originalUriBaseIds['%SRCROOT%'].uri)) };
      });
    };

    it('run from another folder (grouplint ../basic): locations stay inside %SRCROOT%, still valid SARIF 2.1.0', () => {
      const name = path.basename(basic);
      const elsewhere = tmpDir();
      assert.strictEqual(path.dirname(elsewhere), path.dirname(basic), 'two sibling folders');
      const r = run(['-f', 'sarif', `../${name}`], { cwd: elsewhere });
      assert.strictEqual(r.code, 1);
      const log = JSON.parse(r.stdout);
      const result = validator.validate(log);
      assert.ok(result.valid, JSON.stringify(result.errors.slice(0, 5), null, 2));
      // %SRCROOT% is the nearest folder that holds both the current folder and the files.
      assert.deepStrictEqual(log.runs[0].originalUriBaseIds, {
        '%SRCROOT%': {
          uri: pathToFileURL(path.dirname(basic)).href + '/',
          description: { text: 'The nearest folder that holds the folder grouplint was run from and every file checked.' },
        },
      });
      const files = ['conflict.md', 'meeting-notes.md', 'sub/emoji.md', 'support-fee.md', 'therapy-good.md', 'unclear.md'];
      assert.deepStrictEqual(
        log.runs[0].artifacts.map((a: any) => a.location.uri),
        files.map((f) => `${name}/${f}`),
      );
      const all = locations(log);
      assert.strictEqual(all.length, 6 + 5);
      for (const l of all) {
        assert.ok(!l.uri.startsWith('../') && !l.uri.includes('/../') && !l.uri.startsWith('/'), l.uri);
        assert.ok(fs.existsSync(l.file), `${l.uri} resolves to a file that exists: ${l.file}`);
      }
    });

    it('run from a subfolder (grouplint ..): %SRCROOT% is the folder above, with a config file there too', () => {
      const d = tmpDir();
      writeTree(d, {
        '.grouplintrc.json': '{ "rules": { "support-fre": "off" } }',
        'a.md': readFixture('basic/support-fee.md'),
        'sub/b.md': readFixture('basic/support-fee.md'),
      });
      const r = run(['-f', 'sarif', '..'], { cwd: path.join(d, 'sub') });
      assert.strictEqual(r.code, 2, 'the config has a fault');
      const log = JSON.parse(r.stdout);
      assert.ok(validator.validate(log).valid);
      assert.strictEqual(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(d).href + '/');
      assert.deepStrictEqual(
        log.runs[0].artifacts.map((a: any) => [a.location.uri, a.mimeType]),
        [
          ['.grouplintrc.json', 'application/json'],
          ['a.md', 'text/markdown'],
          ['sub/b.md', 'text/markdown'],
        ],
      );
      for (const l of locations(log)) assert.ok(fs.existsSync(l.file), l.uri);
    });
  });

  describe('--format junit', () => {
    it('has a test suite per file and a failed test case per finding', () => {
      const r = run(['--format', 'junit'], { cwd: basic });
      assert.strictEqual(r.code, 1);
      const xml = r.stdout;
      assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="grouplint" tests="7" failures="4" errors="0">/);
      assert.strictEqual((xml.match(/<testsuite /g) ?? []).length, 6);
      assert.strictEqual((xml.match(/<testsuite /g) ?? []).length, (xml.match(/<\/testsuite>/g) ?? []).length);
      assert.strictEqual((xml.match(/<failure /g) ?? []).length, 4, 'the information finding is no failure');
      assert.match(xml, /<testsuite name="support-fee.md" tests="2" failures="2"/);
      assert.match(
        xml,
        /<testcase name="support-free \(8:3\)" classname="support-fee.md" time="0">\n\s*<failure type="warning" message="&quot;Fee&quot;: support groups/,
      );
      assert.match(xml, /<testcase name="grouplint" classname="therapy-good.md" time="0"\/>/);
      // Only the five XML entities appear; no raw quotes inside attributes.
      for (const m of xml.matchAll(/message="([^"]*)"/g)) assert.ok(!/[<>]/.test(m[1]));
    });

    it("counts only errors and warnings as failures; information and hints go to the suite's <system-out>", () => {
      const d = tmpDir();
      writeTree(d, { 'fee.md': readFixture('basic/support-fee.md'), 'unclear.md': readFixture('basic/unclear.md') });
      // fee.md: a warning (support-free) and a hint (support-disclaimer); unclear.md: one information.
      const args = ['--rule', 'support-disclaimer=hint'];
      const r = run(['-f', 'junit', ...args], { cwd: d });
      assert.strictEqual(r.code, 0);
      const json = JSON.parse(run(['-f', 'json', ...args], { cwd: d }).stdout);
      const finding = (file: string, rule: string) => json.files.find((f: any) => f.path === file).diagnostics.find((x: any) => x.rule === rule);
      const message = (file: string, rule: string) => xmlEscape(finding(file, rule).message);
      const free = message('fee.md', 'support-free');
      assert.strictEqual(
        r.stdout,
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="grouplint" tests="2" failures="1" errors="0">',
          '  <testsuite name="fee.md" tests="1" failures="1" errors="0" skipped="0">',
          '    <testcase name="support-free (8:3)" classname="fee.md" time="0">',
          `      <failure type="warning" message="${free}">fee.md:8:3: warning: ${free} [support-free]</failure>`,
          '    </testcase>',
          `    <system-out>fee.md:1:1: hint: ${message('fee.md', 'support-disclaimer')} [support-disclaimer]</system-out>`,
          '  </testsuite>',
          '  <testsuite name="unclear.md" tests="1" failures="0" errors="0" skipped="0">',
          '    <testcase name="grouplint" classname="unclear.md" time="0"/>',
          `    <system-out>unclear.md:1:1: information: ${message('unclear.md', 'declare-kind')} [declare-kind]</system-out>`,
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
    });
  });

  describe('filters and exit codes', () => {
    it('--quiet reports errors only', () => {
      const r = run(['--format', 'json', '--quiet'], { cwd: basic });
      const all = JSON.parse(r.stdout).files.flatMap((f: any) => f.diagnostics);
      assert.deepStrictEqual(
        all.map((d: any) => d.rule),
        ['kind-conflict'],
      );
      assert.strictEqual(r.code, 1);
    });

    it('--quiet never prints "No problems" while warnings exist: it says what it left out', () => {
      const docs = (n: number, s: string) => `${n} document${n === 1 ? '' : 's'} checked: ${s}.`;
      const some = run(['--quiet', 'support-fee.md', 'unclear.md'], { cwd: basic });
      assert.strictEqual(some.code, 0);
      assert.strictEqual(
        some.stdout,
        '⚠ No errors; --quiet left out 2 warnings and 1 information.\n' +
          `  ${docs(2, '1 support, 0 therapy, 1 group material of unclear kind, 0 not group material')}\n`,
      );
      assert.ok(!/No problems|✔/.test(some.stdout));
      // Only information left out.
      assert.strictEqual(
        run(['-q', 'unclear.md'], { cwd: basic }).stdout,
        'ℹ No errors; --quiet left out 1 information.\n' + `  ${docs(1, '0 support, 0 therapy, 1 group material of unclear kind, 0 not group material')}\n`,
      );
      // With errors, the summary names what was left out too.
      const conflict = JSON.parse(run(['-f', 'json', 'conflict.md'], { cwd: basic }).stdout).files[0].diagnostics[0];
      const all = run(['--quiet'], { cwd: basic });
      assert.strictEqual(all.code, 1);
      assert.strictEqual(
        all.stdout,
        [
          'conflict.md  (support group, from its front matter)',
          `  7:1  error  ${conflict.message}  kind-conflict`,
          '',
          '✖ 1 problem (1 error)',
          '  --quiet left out 3 warnings and 1 information.',
          `  ${docs(6, '3 support, 1 therapy, 1 group material of unclear kind, 1 not group material')}`,
          '',
        ].join('\n'),
      );
      // Nothing left out: the all-clear stays.
      const clean = run(['--quiet', 'therapy-good.md'], { cwd: basic });
      assert.strictEqual(clean.stdout, `✔ No problems. ${docs(1, '0 support, 1 therapy, 0 not group material')}\n`);
      // --fix-dry-run's summary counts what would remain, --quiet or not.
      const dry = run(['--fix-dry-run', '--quiet'], { cwd: basic });
      assert.strictEqual(dry.stderr, 'grouplint: 1 file would change (1 fix); 4 problems would remain (1 error, 2 warnings).\n');
      // Without --quiet, the suggestions left for the editor follow.
      assert.ok(run(['--fix-dry-run'], { cwd: basic }).stderr.startsWith(dry.stderr + 'grouplint: 3 problems suggested, not applied'));
    });

    it('exits 0 with warnings only, and 1 when they pass --max-warnings', () => {
      const args = ['support-fee.md', 'unclear.md'];
      assert.strictEqual(run(args, { cwd: basic }).code, 0);
      assert.strictEqual(run([...args, '--max-warnings', '2'], { cwd: basic }).code, 0);
      assert.strictEqual(run([...args, '--max-warnings', '1'], { cwd: basic }).code, 1);
      assert.strictEqual(run([...args, '--max-warnings=0'], { cwd: basic }).code, 1);
      // With --quiet, warnings are not counted at all.
      assert.strictEqual(run([...args, '--max-warnings', '0', '--quiet'], { cwd: basic }).code, 0);
    });

    it('--rule changes severities for this run', () => {
      const off = run(['--format', 'json', '--rule', 'kind-conflict=off', 'conflict.md'], { cwd: basic });
      assert.strictEqual(off.code, 0);
      assert.deepStrictEqual(JSON.parse(off.stdout).files[0].diagnostics, []);
      const up = run(['--format', 'json', '--rule', 'support-free=error', '--rule', 'support-disclaimer=hint', 'support-fee.md'], { cwd: basic });
      assert.strictEqual(up.code, 1);
      const sev = Object.fromEntries(JSON.parse(up.stdout).files[0].diagnostics.map((d: any) => [d.rule, d.severity]));
      assert.deepStrictEqual(sev, { 'support-disclaimer': 'hint', 'support-free': 'error' });
    });

    it("--rule and the config take ESLint's severity spellings: warn, info, 0, 1, 2", () => {
      const sev = (args: string[]) => {
        const report = JSON.parse(run(['-f', 'json', ...args, 'support-fee.md'], { cwd: basic }).stdout);
        return report.files[0].diagnostics.map((d: any) => d.severity);
      };
      assert.deepStrictEqual(sev(['--rule', 'support-disclaimer=info', '--rule', 'support-free=2']), ['information', 'error']);
      assert.deepStrictEqual(sev(['--rule', 'support-disclaimer=0,support-free=warn']), ['warning']);
      assert.deepStrictEqual(sev(['--rule', 'support-disclaimer=1']), ['warning', 'warning']);
    });

    it('--output-file writes the report to a file', () => {
      const r = run(['--format', 'json', '-o', 'out/report.json'], { cwd: basic });
      assert.strictEqual(r.stdout, '');
      const written = JSON.parse(fs.readFileSync(path.join(basic, 'out', 'report.json'), 'utf8'));
      assert.strictEqual(written.files.length, 6);
      fs.rmSync(path.join(basic, 'out'), { recursive: true });
    });

    it('an empty folder is fine: exit 0 and an empty report', () => {
      const empty = tmpDir();
      const stylish = run([], { cwd: empty });
      assert.strictEqual(stylish.code, 0);
      assert.match(stylish.stdout, /No Markdown files to check\./);
      const json = run(['-f', 'json'], { cwd: empty });
      assert.strictEqual(json.code, 0);
      assert.deepStrictEqual(JSON.parse(json.stdout), { version: 2, files: [] });
      const sarif = JSON.parse(run(['-f', 'sarif'], { cwd: empty }).stdout);
      assert.deepStrictEqual(sarif.runs[0].results, []);
    });
  });

  describe('arguments', () => {
    it('--help and --version', () => {
      const h = run(['--help'], { cwd: basic });
      assert.strictEqual(h.code, 0);
      assert.match(h.stdout, /Usage: grouplint \[options\]/);
      for (const flag of [
        '--format',
        '--fix',
        '--fix-dry-run',
        '--max-warnings',
        '--quiet',
        '--rule',
        '--config',
        '--print-config',
        '--stdin',
        '--stdin-filename',
        '--cache',
        '--cache-location',
      ]) {
        assert.ok(h.stdout.includes(flag), flag);
      }
      const v = run(['--version'], { cwd: basic });
      assert.strictEqual(v.code, 0);
      assert.strictEqual(v.stdout, `${version}\n`);
    });

    const bad: Array<[string[], RegExp]> = [
      [['--fomat', 'json'], /Unknown option "--fomat"\. Did you mean "--format"\?/],
      [['--format', 'xml'], /Unknown format "xml"\. Formats: stylish, json, sarif, junit, markdown\./],
      [['--max-warnings', 'lots'], /--max-warnings needs a whole number/],
      [['--max-warnings'], /--max-warnings needs a value/],
      [['--rule', 'support-fre=error'], /Unknown rule id "support-fre" in --rule\. Did you mean "support-free"\?/],
      [['--rule', 'support-free=loud'], /Unknown severity "loud"/],
      [
        ['--rule', 'support-free=warnings'],
        /^grouplint: Unknown severity "warnings" for support-free in --rule\. Did you mean "warning"\? Severities: off, hint, /,
      ],
      [['--fix-dry-run', '-f', 'sarif'], /--fix-dry-run prints a unified diff, or JSON with --format json; it has no sarif form\./],
      [['--fix-dry-run', '--format=junit'], /it has no junit form\./],
      [['no-such-folder/*.md'], /^grouplint: No files matching the pattern "no-such-folder\/\*\.md" were found\.\n$/],
      [['--rule', 'support-free'], /--rule takes "rule-id=severity"/],
      [['--fix', '--fix-dry-run'], /either --fix or --fix-dry-run/],
      [['--stdin-filename', 'a.md'], /only applies together with --stdin/],
      [['--quiet=yes'], /takes no value/],
      [['-x'], /Unknown option "-x"/],
      [['no-such-folder'], /No such file or folder: no-such-folder/],
      [['--config', 'missing.json'], /Cannot read the config file missing\.json: no such file/],
    ];
    for (const [args, message] of bad) {
      it(`exits 2 with a clear message: ${args.join(' ')}`, () => {
        const r = run(args, { cwd: basic });
        assert.strictEqual(r.code, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.strictEqual(r.stdout, '');
      });
    }
  });
});

describe('stylish: the report in two parts', () => {
  const diagnostic = (line: number) => ({
    rule: 'support-free',
    severity: 'warning' as const,
    line,
    column: 3,
    endLine: line,
    endColumn: 6,
    message: '"Fee": support groups are free to attend.',
    fixable: false,
  });
  const doc = (p: string, n: number) => ({
    path: p,
    kind: 'support' as const,
    kindSource: 'inferred' as const,
    groupMaterial: true,
    type: 'document' as const,
    diagnostics: Array.from({ length: n }, (_, i) => diagnostic(i + 1)),
  });
  const reports = [
    { files: [doc('a.md', 2), doc('b.md', 0), doc('c.md', 1)], cwd: '/x', version: '0' },
    { files: [doc('clean.md', 0)], cwd: '/x', version: '0' },
    { files: [], cwd: '/x', version: '0' },
    { files: [doc('a.md', 0)], cwd: '/x', version: '0', hidden: { warning: 2, information: 0, hint: 0 } },
  ];

  it('gives the problems, then the summary: together, the whole report, with or without colour', () => {
    for (const report of reports) {
      for (const color of [false, true]) {
        const [problems, summary] = stylishParts(report, color);
        assert.strictEqual(problems + summary, formatStylish(report, color));
        // The problems part carries no summary symbol (it stays one byte a character).
        assert.ok(!/[⚠✖✔ℹ]/.test(problems));
        assert.ok(summary.endsWith('\n'));
      }
    }
    assert.strictEqual(stylishParts(reports[1], false)[0], '');
    assert.match(stylishParts(reports[0], false)[0], /^a\.md .*\n {2}1:3 +warning +"Fee"/);
  });
});
