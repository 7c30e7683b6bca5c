// A catalogue of bad inputs, each with the behaviour it must get: a clear message and no
// crash, in the engine, the CLI and the language server. Timing claims are relative (the
// same work at sizes n and 4n, in CPU time), never absolute limits.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import {
  applyEdits,
  applyFixes,
  defaultConfig,
  lint,
  mergeConfig,
  parseConfigText,
  RULE_IDS,
  type LintResult,
  type PartialConfig,
} from '../../server/src/engine';
import { check } from '../../server/src/cli/check';
import { cleanup, cpuMs, ensureBuilt, fileUri, growth, LspClient, runCli, tmpDir, type JsonReport } from './helpers';
import { STRESS_UNITS } from './arbitraries';

/** Problems as "rule: message" lines, for assertion messages. */
const listed = (r: LintResult) => r.problems.map((p) => `${p.rule}[${p.start}-${p.end}]: ${p.message}`).join('\n');

function rangesInside(text: string, r: LintResult): void {
  for (const p of r.problems)
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.rule} range ${p.start}-${p.end} outside 0-${text.length}`);
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
const msg = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

const notice = (r: LintResult, pattern: RegExp) => r.problems.find((p) => p.rule === 'grouplint' && pattern.test(p.message));

const SUPPORT_BODY = '# Tuesday Caregivers Circle\n\nA peer support group for people caring for a parent. We meet every Tuesday at 7 pm.\n';

/** Billion laughs: nine levels of nine aliases each (9^9 nodes if expanded). */
function aliasBomb(): string {
  const levels = 'abcdefghi';
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels.length; i++)
    lines.push(
      `${levels[i]}: &${levels[i]} [${Array(9)
        .fill(`*${levels[i - 1]}`)
        .join(', ')}]`,
    );
  return `---\n${lines.join('\n')}\ngroup: support\n---\n\n${SUPPORT_BODY}`;
}

/** 300 levels, each aliasing the one before twice: 2^300 nodes if expanded. */
function deepAliases(): string {
  const lines = ['l0: &l0 x'];
  for (let i = 1; i <= 300; i++) lines.push(`l${i}: &l${i} [*l${i - 1}, *l${i - 1}]`);
  return `---\n${lines.join('\n')}\ngroup: support\n---\n\n${SUPPORT_BODY}`;
}

/** Front matter of the same length as `doc`'s with no aliases (the fair comparison). */
function harmlessLike(doc: string): string {
  const fmEnd = doc.indexOf('\n---\n', 4);
  const plain = doc.slice(4, fmEnd).replace(/[&*][a-z0-9]+/g, (m) => 'x'.repeat(m.length));
  return `---\n${plain}\n---\n${doc.slice(fmEnd + 5)}`;
}

/** A 10 MB handbook: a support flyer and a long appendix (an attendance log in a code block). */
function tenMegabytes(size = 10_000_000): string {
  const head = `---\ngroup: support\n---\n\n${SUPPORT_BODY}\nThere is a $20 fee for each meeting.\n\n## Appendix: sign-in log\n\n\`\`\`\n`;
  const line = 'Tue 19:00  member signed in  room 4  coffee: yes\n';
  const body = line.repeat(Math.ceil((size - head.length - 4) / line.length));
  return `${head}${body}\`\`\`\n`;
}

describe('robustness: bad inputs to the engine', function () {
  this.timeout(300_000);

  it('an empty file: nothing to report', () => {
    const r = lint('');
    assert.deepEqual(r.problems, []);
    assert.equal(r.kind, null);
    assert.equal(r.groupMaterial, false);
  });

  it('only front matter: the declared kind applies, and what is missing is reported on the front matter', () => {
    const text = '---\ngroup: support\n---\n';
    const r = lint(text);
    assert.equal(r.kind, 'support');
    assert.deepEqual(r.problems.map((p) => p.rule).sort(), ['support-disclaimer', 'support-free'], listed(r));
    rangesInside(text, r);
    const t = lint('---\ngroup: therapy\n---');
    assert.equal(t.kind, 'therapy');
    assert.ok(
      t.problems.some((p) => p.rule === 'therapy-statement'),
      listed(t),
    );
  });

  it('front matter that is never closed: a notice that it is ignored, and the body is still checked', () => {
    const text = `---\ngroup: therapy\n${SUPPORT_BODY}`;
    const r = lint(text);
    const n = notice(r, /never closed/);
    assert.ok(n, listed(r));
    assert.equal(n.start, 0);
    assert.equal(r.kind, 'support', 'the unclosed "group: therapy" must not count');
    rangesInside(text, r);
  });

  for (const [name, fm] of [
    ['an unclosed flow list', 'group: [support'],
    ['mixed tabs and nested compact mappings', ': : :\n\t- x'],
    ['a duplicate anchor and a dangling alias', 'a: &x 1\nb: &x 2\nc: *nope'],
    ['5,000 nested flow lists', `group: ${'['.repeat(5000)}${']'.repeat(5000)}`],
  ] as const) {
    it(`front matter that is not YAML (${name}): a notice naming the YAML error, and the document is still checked`, () => {
      const text = `---\n${fm}\n---\n\n${SUPPORT_BODY}`;
      const r = lint(text);
      const n = notice(r, /not valid YAML/);
      assert.ok(n, listed(r));
      assert.ok(n.start >= 4 && n.end <= text.indexOf('\n---\n', 4) + 1, `the notice points into the front matter: ${n.start}-${n.end}`);
      assert.equal(r.kind, 'support');
      rangesInside(text, r);
    });
  }

  for (const [name, make] of [
    ['billion laughs', aliasBomb],
    ['300 levels of nested aliases', deepAliases],
  ] as const) {
    it(`a YAML alias bomb (${name}) is refused with a notice, as fast as harmless front matter of the same size`, () => {
      const bomb = make();
      const r = lint(bomb);
      const n = notice(r, /not valid YAML .*(alias|resource)/i);
      assert.ok(n, listed(r));
      assert.equal(r.kind, 'support', 'the document is still checked, from its text');
      const plain = harmlessLike(bomb);
      assert.equal(plain.length, bomb.length);
      const tBomb = cpuMs(() => lint(bomb));
      const tPlain = cpuMs(() => lint(plain));
      console.log(`      ${name}: ${tBomb.toFixed(1)} ms CPU, harmless front matter of the same size ${tPlain.toFixed(1)} ms`);
      assert.ok(tBomb <= 8 * Math.max(tPlain, 5), `the bomb took ${tBomb} ms, harmless YAML ${tPlain} ms`);
    });
  }

  for (const [value, shown] of [
    ['[support, therapy]', /is a list/],
    ['\n  - support\n  - therapy', /is a list/],
    ['42', /is 42/],
    ['3.5', /is 3\.5/],
    ['true', /is true/],
    ['', /is empty/],
    ['{kind: support}', /"group:" is (?!\[object)\S/],
  ] as const) {
    it(`"group:" with ${JSON.stringify(value)}: kind-unknown, saying what the value is and which kinds exist`, () => {
      const text = `---\ngroup: ${value}\n---\n\n${SUPPORT_BODY}`;
      const r = lint(text);
      const p = r.problems.find((q) => q.rule === 'kind-unknown');
      assert.ok(p, listed(r));
      assert.equal(p.severity, 'error');
      assert.match(p.message, shown);
      assert.match(p.message, /"support".*"therapy"/);
      assert.ok(p.start >= 4 && p.end <= text.indexOf('\n---\n', 4) + 1, `points into the front matter: ${p.start}-${p.end}`);
      rangesInside(text, r);
    });
  }

  it('a 10 MB Markdown file: the engine finishes and reports what a flyer at its top asks for', () => {
    const text = tenMegabytes();
    assert.ok(text.length >= 10_000_000);
    let r: LintResult | undefined;
    const ms = cpuMs(() => (r = lint(text)), 1);
    console.log(`      10 MB: ${(ms / 1000).toFixed(1)} s CPU, ${r!.problems.length} problems`);
    assert.equal(r!.kind, 'support');
    assert.deepEqual(r!.problems.map((p) => p.rule).sort(), ['support-disclaimer', 'support-free'], listed(r!));
    rangesInside(text, r!);
  });

  it('binary content (NUL and control bytes) read as text: no crash, nothing reported', () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), '\u0000'.repeat(10_000), '\u0000# Support group\u0000\n\nfee $20\u0000']) {
      const r = lint(text);
      rangesInside(text, r);
    }
  });

  it('invalid UTF-8 decoded with replacement characters, and lone surrogates: no crash, ranges inside', () => {
    const decoded = Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a, 0x0a, 0x66, 0x65, 0x65, 0x20, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x20, 0x24, 0x32, 0x30]).toString(
      'utf8',
    );
    for (const text of [decoded, `# Support group \ud800\n\nThe fee \udc00 is $20.\n`, `\udfff${SUPPORT_BODY}\ud83d`]) {
      const r = lint(text);
      rangesInside(text, r);
    }
  });

  it('old Mac line endings (lone CR) and form feeds: no crash, ranges inside', () => {
    for (const text of ['# Support group\r\rThis is a peer support group.\rThe fee is $20.\r', '# Support group\f\n\nThe fee\v is $20.\u2028Next line\u2029']) {
      const r = lint(text);
      assert.equal(r.kind, 'support');
      rangesInside(text, r);
    }
  });

  it('nesting thousands of levels deep: a notice that the document is nested too deeply, never a crash', () => {
    const quotes = `# Support group\n\n${'> '.repeat(5000)}fee $20\n`;
    const r = lint(quotes);
    assert.ok(notice(r, /nested too deeply/), listed(r));
    rangesInside(quotes, r);
    // Ordered lists nested 1,700 deep and bullets: refused before parsing, in linear time.
    for (const body of [
      '1. '.repeat(1700) + 'homework',
      '* '.repeat(5000) + 'fee',
      Array.from({ length: 2000 }, (_, i) => ' '.repeat(i % 40) + '- a').join('\n'),
    ]) {
      const text = `# Support group\n\n${body}\n`;
      rangesInside(text, lint(text));
    }
  });

  it('a title with a negation ("isn\'t") denies nothing under it', () => {
    const flyer = "---\ngroup: therapy\n---\n\n# Anxiety isn't forever\n\nThis is group therapy, led by Dr. Ana Ruiz, a licensed psychologist.\n";
    const rules = lint(flyer).problems.map((p) => p.rule);
    assert.ok(!rules.includes('therapy-statement') && !rules.includes('therapy-leader'), rules.join(', '));
    // And fixing under such a title settles: --fix twice gives what --fix once gives.
    const text = "---\ngroup: therapy\n---\n\n# Anxiety isn't forever\n\nEight weeks, $40 a session.\n";
    const config = mergeConfig(defaultConfig(), {
      wording: { therapyStatement: 'This is group therapy.', confidentiality: 'What members share stays in the group, within legal limits.' },
    });
    const once = check({ path: '/flyers/a.md', text, config, fix: true }).fixed ?? text;
    assert.notEqual(once, text);
    assert.equal(check({ path: '/flyers/a.md', text: once, config, fix: true }).fixed ?? once, once);
  });

  it('a byte-order mark stays first when a suggestion removes the first line', () => {
    for (const text of [
      '\ufeff- Bring the worksheet.\n\n# Caregivers support group\n\nThis is a peer support group, not therapy. Attending is free.\n',
      '\ufeffBring the worksheet.\n\n# Caregivers support group\n\nThis is a peer support group, not therapy. Attending is free.\n',
    ]) {
      const problems = lint(text).problems;
      const removal = problems.flatMap((p) => p.suggestions ?? []).find((s) => /^Remove/.test(s.title));
      assert.ok(removal, listed(lint(text)));
      // Never a fix: removing a sentence changes what the flyer says.
      assert.equal(applyFixes(text, problems).text, text);
      const fixed = applyEdits(text, removal.edits);
      assert.equal(fixed.charCodeAt(0), 0xfeff);
      assert.doesNotMatch(fixed, /worksheet/);
    }
  });

  it('nesting 300 levels deep (blockquotes, lists, emphasis, links): no crash', () => {
    const deep = [
      '> '.repeat(300) + 'fee $20',
      Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- worksheet').join('\n'),
      '1. '.repeat(300) + 'homework',
      '*'.repeat(300) + 'fee' + '*'.repeat(300),
      '['.repeat(300) + 'fee' + ']'.repeat(300),
      '<div>'.repeat(300) + 'fee' + '</div>'.repeat(300),
    ];
    for (const body of deep) {
      const text = `---\ngroup: support\n---\n\n# Support group\n\n${body}\n`;
      rangesInside(text, lint(text));
    }
  });
});

describe('robustness: bad inputs to the CLI', function () {
  this.timeout(300_000);
  before(async () => ensureBuilt());
  after(() => cleanup());

  const report = (stdout: string) => JSON.parse(stdout) as JsonReport;
  const entry = (r: JsonReport, p: string) => {
    const f = r.files.find((x) => x.path === p);
    assert.ok(f, `${p} is missing from the report: ${r.files.map((x) => x.path).join(', ')}`);
    return f;
  };

  it('empty, binary, invalid UTF-8 and UTF-16 files named .md: one clear finding each, the run goes on', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'only-front-matter.md'), '---\ngroup: support\n---\n');
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.concat([Buffer.from('# Support group\n'), Buffer.from([0, 1, 2, 3, 0xff, 0x00, 0x7f])]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('# Caf\xe9 support group\n\nWe meet weekly.\n', 'latin1'));
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Support group\n', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'flyer.md'), `${SUPPORT_BODY}\nThe fee is $20.\n`);
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 0, `warnings only: exit 0 (${run.stderr})`);
    const r = report(run.stdout);
    assert.deepEqual(entry(r, 'empty.md').diagnostics, []);
    assert.deepEqual(
      entry(r, 'only-front-matter.md')
        .diagnostics.map((d) => d.rule)
        .sort(),
      ['support-disclaimer', 'support-free'],
    );
    const one = (p: string, re: RegExp) => {
      const f = entry(r, p);
      assert.equal(f.diagnostics.length, 1, JSON.stringify(f));
      assert.equal(f.diagnostics[0].rule, 'grouplint');
      assert.equal(f.diagnostics[0].severity, 'warning');
      assert.match(f.diagnostics[0].message, re);
      return f.diagnostics[0];
    };
    one('binary.md', /binary file/);
    const bad = one('latin1.md', /not valid UTF-8 \(first bad byte 0xe9 on line 1\)/);
    assert.equal(bad.line, 1);
    one('utf16.md', /UTF-16/);
    assert.ok(
      entry(r, 'flyer.md').diagnostics.some((d) => d.rule === 'support-free'),
      'the good file is still checked',
    );
  });

  it("a file of 1 MB is checked; a file over the 1 MB ceiling (the file policy's, as in the editor) is skipped with a warning that gives its size", () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'ten.md'), tenMegabytes(1024 * 1024 - 64));
    fs.writeFileSync(path.join(dir, 'over.md'), `${SUPPORT_BODY}\n${'x'.repeat(10 * 1024 * 1024)}\n`);
    const run = runCli(['--format', 'json', '.'], { cwd: dir, timeout: 280_000 });
    assert.ok(run.code === 0, `exit ${run.code}: ${run.stderr}`);
    const r = report(run.stdout);
    assert.deepEqual(
      entry(r, 'ten.md')
        .diagnostics.map((d) => d.rule)
        .sort(),
      ['support-disclaimer', 'support-free'],
    );
    const over = entry(r, 'over.md').diagnostics;
    assert.equal(over.length, 1);
    assert.match(over[0].message, /^Not checked: this document is 10\.0 MB, and grouplint checks documents up to 1 MB\. Split it into smaller documents\.$/);
  });

  it('a .grouplintrc.json that is not JSON: exit 2, the fault as file:line:col on stderr, files still checked with the defaults', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, '.grouplintrc.json'), '{\n  "rules": {\n    "support-free": "off",\n');
    fs.writeFileSync(path.join(dir, 'flyer.md'), `${SUPPORT_BODY}\nThe fee is $20.\n`);
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /grouplint: config error in \.grouplintrc\.json:4:1: Not valid JSON/);
    const r = report(run.stdout);
    assert.match(entry(r, '.grouplintrc.json').diagnostics[0].message, /Not valid JSON/);
    assert.ok(
      entry(r, 'flyer.md').diagnostics.some((d) => d.rule === 'support-free'),
      'defaults apply: support-free is on',
    );
  });

  it('a .grouplintrc.json with wrong types and unknown rules: each fault named, the valid part applied', () => {
    const dir = tmpDir();
    const config = {
      rules: { 'support-free': 'off', 'support-disclaimer': 'loud', 'support-no-clinical-activities': 3, 'suport-free': 'warning', 'no-such-rule': 'error' },
      kinds: ['flyers/**'],
      wording: { disclaimer: 42 },
      phrases: { 'support-free': 'not a list' },
      ignore: 'drafts/**',
      extra: true,
    };
    fs.writeFileSync(path.join(dir, '.grouplintrc.json'), JSON.stringify(config, null, 2));
    fs.writeFileSync(path.join(dir, 'flyer.md'), `${SUPPORT_BODY}\nThe fee is $20. Each week we fill in a worksheet.\n`);
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    const messages = entry(report(run.stdout), '.grouplintrc.json').diagnostics.map((d) => d.message);
    const expect = [
      /"loud"/,
      /number 3/,
      /Unknown rule id "suport-free"/,
      /Unknown rule id "no-such-rule"/,
      /"kinds" should be an object/,
      /"wording\.disclaimer"/,
      /"phrases\.support-free" should be a list/,
      /"ignore" should be a list/,
      /extra/,
    ];
    for (const re of expect)
      assert.ok(
        messages.some((m) => re.test(m)),
        `no message matches ${re}:\n${messages.join('\n')}`,
      );
    for (const m of messages) assert.doesNotMatch(m, /\[object Object\]|undefined/);
    const flyer = entry(report(run.stdout), 'flyer.md').diagnostics.map((d) => d.rule);
    assert.ok(!flyer.includes('support-free'), 'the valid "support-free": "off" applies');
    assert.ok(flyer.includes('support-no-clinical-activities'), 'an invalid severity leaves the default');
  });

  it('a 50 MB .grouplintrc.json is refused by its size, without reading it', () => {
    const dir = tmpDir();
    const file = path.join(dir, '.grouplintrc.json');
    const fd = fs.openSync(file, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    chunk.write('{"rules": {"support-free": "off"}', 0);
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.writeSync(fd, '}');
    fs.closeSync(fd);
    fs.writeFileSync(path.join(dir, 'flyer.md'), `${SUPPORT_BODY}\nThe fee is $20.\n`);
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /This config file is 51200 KB; grouplint reads config files up to 1024 KB, so it uses the defaults/);
    assert.ok(
      entry(report(run.stdout), 'flyer.md').diagnostics.some((d) => d.rule === 'support-free'),
      'the defaults apply',
    );
    // The engine refuses oversized config text too, whatever reads it.
    assert.match(parseConfigText(' '.repeat(50 * 1024 * 1024), RULE_IDS).issues[0].message, /51200 KB/);
  });

  it('config phrases that look like regular expressions are literal text', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, '.grouplintrc.json'), JSON.stringify({ phrases: { 'support-no-clinical-activities': ['(a+)+$', '(x|x)*y', '.*'] } }));
    const adversarial = 'a'.repeat(20_000) + '!';
    fs.writeFileSync(
      path.join(dir, 'flyer.md'),
      `${SUPPORT_BODY}\nThis is not therapy, and attending is free.\n\nEach week we practise (a+)+$ together.\n\n${adversarial}\n\n${'x'.repeat(20_000)}\n`,
    );
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const hits = entry(report(run.stdout), 'flyer.md').diagnostics.filter((d) => d.rule === 'support-no-clinical-activities');
    assert.equal(hits.length, 1, JSON.stringify(hits));
    assert.equal(hits[0].line, 7, 'only the literal "(a+)+$" matches');
  });
});

describe('robustness: bad inputs to the language server', function () {
  this.timeout(120_000);
  let client: LspClient;
  let dir: string;
  before(async () => {
    await ensureBuilt();
    dir = tmpDir();
    client = new LspClient({ mode: 'pull' });
    await client.initialize();
  });
  after(async () => {
    await client.stop();
    cleanup();
  });

  const openAndPull = async (name: string, text: string): Promise<Diagnostic[]> => {
    const uri = fileUri(path.join(dir, name));
    client.open(uri, text);
    const d = await client.pull(uri);
    client.close(uri);
    return d;
  };

  it('an empty document and a document of only front matter', async () => {
    assert.deepEqual(await openAndPull('empty.md', ''), []);
    const fm = await openAndPull('fm.md', '---\ngroup: support\n---\n');
    assert.deepEqual(fm.map((d) => d.code).sort(), ['support-disclaimer', 'support-free']);
  });

  it('a document over 1 MB gets one information diagnostic that says why it is not checked', async () => {
    const d = await openAndPull('big.md', `${SUPPORT_BODY}\nThe fee is $20.\n${'We meet weekly.\n'.repeat(70_000)}`);
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0].severity, 3);
    assert.match(msg(d[0]), /^Not checked: this document is 1\.1 MB, and grouplint checks documents up to 1 MB\./);
  });

  it('binary and broken text, alias bombs and broken front matter: answers, and stays up', async () => {
    const texts = [
      '\u0000'.repeat(5000),
      '\ufffd\ufffd# Support\ud800 group\n\nfee',
      aliasBomb(),
      deepAliases(),
      '---\ngroup: [support\n---\n',
      '---\ngroup: 42\n---\n# Group\n',
    ];
    for (const [i, t] of texts.entries()) {
      const d = await openAndPull(`odd${i}.md`, t);
      assert.ok(Array.isArray(d));
    }
    assert.equal(client.exited, undefined, client.stderr);
  });

  it('with pushed diagnostics, a document nested thousands deep gets its notice and the server stays up', async () => {
    const push = new LspClient({ mode: 'push' });
    try {
      await push.initialize();
      const deep = fileUri(path.join(dir, 'deep.md'));
      const good = fileUri(path.join(dir, 'good.md'));
      push.open(deep, `# Support group\n\n${'> '.repeat(5000)}fee\n`);
      push.open(good, '# Grief support group\n\nThe fee is $20.\n');
      const t0 = Date.now();
      const seen = () => push.published.some((p) => p.uri === good) && push.published.some((p) => p.uri === deep);
      while (!seen() && !push.exited && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 50));
      assert.equal(push.exited, undefined, `the server exited: ${push.stderr.slice(-400)}`);
      const last = push.published.filter((p) => p.uri === deep).pop();
      assert.ok(
        last?.diagnostics.some((d) => /nested too deeply/.test(msg(d))),
        JSON.stringify(last),
      );
      assert.ok(push.published.some((p) => p.uri === good && p.diagnostics.some((d) => d.code === 'support-free')));
    } finally {
      await push.stop();
    }
  });

  it('config files that are not JSON, have wrong types, or are too large: diagnostics on the config file', async () => {
    const cases: Array<[string, string | number, RegExp[]]> = [
      ['broken', '{ "rules": ', [/Not valid JSON/]],
      ['types', JSON.stringify({ rules: { 'support-free': 'loud', 'nope-rule': 'off' } }), [/"loud"/, /Unknown rule id "nope-rule"/]],
      ['huge', 50 * 1024 * 1024, [/51200 KB/]],
    ];
    for (const [name, content, res] of cases) {
      const folder = path.join(dir, name);
      fs.mkdirSync(folder, { recursive: true });
      const file = path.join(folder, '.grouplintrc.json');
      if (typeof content === 'number') {
        // A 50 MB file (sparse on disk): its size alone must make the server refuse it.
        fs.writeFileSync(file, '{}');
        fs.truncateSync(file, content);
      } else fs.writeFileSync(file, content);
      const configUri = fileUri(path.join(folder, '.grouplintrc.json'));
      const before = client.published.length;
      const d = await openAndPull(`${name}/flyer.md`, `${SUPPORT_BODY}\nThe fee is $20.\n`);
      assert.ok(
        d.some((x) => x.code === 'support-free'),
        `the flyer is still checked (${name})`,
      );
      const pushed = client.published.slice(before).filter((p) => p.uri === configUri);
      assert.ok(pushed.length, `no diagnostics for the ${name} config file`);
      const last = pushed[pushed.length - 1].diagnostics.map(msg);
      for (const re of res)
        assert.ok(
          last.some((m) => re.test(m)),
          `${re} in ${JSON.stringify(last)}`,
        );
    }
  });
});

describe('robustness: linear time', function () {
  this.timeout(600_000);
  const N = 5000;
  const allRules = (phrases: string[]): PartialConfig => ({ phrases: Object.fromEntries(RULE_IDS.map((id) => [id, phrases])) });

  it('config phrases shaped like catastrophic regular expressions, against long adversarial lines: n and 4n stay within 10x', () => {
    const config = mergeConfig(defaultConfig(), allRules(['(a+)+$', '(x|x)*y', '(a|aa)*b', '(.*a){12}', '\\s*$ \\s*$']));
    const lines: Array<[string, (n: number) => string]> = [
      ['a…a!', (n) => 'a'.repeat(n) + '!'],
      ['x…x', (n) => 'x'.repeat(n)],
      ['a a a', (n) => 'a '.repeat(n / 2)],
      ['spaces', (n) => 'a' + ' '.repeat(n) + '!'],
    ];
    for (const kind of ['support', 'therapy']) {
      for (const [name, line] of lines) {
        const doc = (n: number) => `---\ngroup: ${kind}\n---\n\n# Group\n\n${line(n)}\n`;
        let g = growth((n) => lint(doc(n), { config }), N);
        // Linear work gives about 4, quadratic about 16: 10 separates them with room for GC noise.
        for (let retry = 0; retry < 2 && g.ratio >= 10; retry++) g = growth((n) => lint(doc(n), { config }), N, 5);
        console.log(`      ${kind} ${name}: ${g.small.toFixed(1)} → ${g.large.toFixed(1)} ms CPU (×${g.ratio.toFixed(1)})`);
        assert.ok(g.ratio < 10, `${kind} "${name}": ${g.small} ms at n=${N}, ${g.large} ms at 4n`);
      }
    }
  });

  it('runs of what the built-in patterns look for, at n and 4n characters: within 10x, for both kinds and none', () => {
    let checked = 0;
    for (const unit of STRESS_UNITS) {
      const body = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      for (const head of ['---\ngroup: support\n---\n\n', '---\ngroup: therapy\n---\n\n', '']) {
        const doc = (n: number) => `${head}# Support group flyer\n\n${body(n)}\n`;
        let g = growth((n) => lint(doc(n)), N, 2);
        // One more measurement before calling it superlinear: a loaded machine is noisy.
        for (let retry = 0; retry < 2 && g.ratio >= 10; retry++) g = growth((n) => lint(doc(n)), N, 5);
        checked++;
        assert.ok(
          g.ratio < 10,
          `${JSON.stringify(unit)} (${head ? head.slice(11, 18) : 'inferred'}): ${g.small.toFixed(1)} ms at n=${N}, ${g.large.toFixed(1)} ms at 4n (×${g.ratio.toFixed(1)})`,
        );
      }
    }
    console.log(`      ${checked} stress inputs within 10x`);
  });

  it('an HTML block of many unclosed comments, tags or scripts, at n and 4n characters: within 10x', () => {
    // Each piece is looked for once: an unclosed "<!--" or "<a …" must not send a search to the end of the block again and again.
    for (const unit of ['<!--', '<a x=1 ', '<script>', '<p align="center">word ']) {
      const doc = (n: number) => `# Support group flyer\n\n<div>\n${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}\n`;
      let g = growth((n) => lint(doc(n)), N * 4, 2);
      for (let retry = 0; retry < 2 && g.ratio >= 10; retry++) g = growth((n) => lint(doc(n)), N * 4, 5);
      assert.ok(g.ratio < 10, `${JSON.stringify(unit)}: ${g.small.toFixed(1)} ms at n=${N * 4}, ${g.large.toFixed(1)} ms at 4n (×${g.ratio.toFixed(1)})`);
    }
  });

  it("a first block of a web page's navigation words, with no title above it, at n and 4n characters: within 10x", () => {
    // The first blocks are tested for navigation left at the top of pasted pages ("Mobile menu open", "Skip to content").
    for (const unit of ['menu open ', 'open menu ', 'home ', 'search close search ', 'Acme logo ']) {
      const doc = (n: number) => `${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}x.\n\nA peer support group.\n`;
      let g = growth((n) => lint(doc(n)), N, 2);
      for (let retry = 0; retry < 2 && g.ratio >= 10; retry++) g = growth((n) => lint(doc(n)), N, 5);
      assert.ok(g.ratio < 10, `${JSON.stringify(unit)}: ${g.small.toFixed(1)} ms at n=${N}, ${g.large.toFixed(1)} ms at 4n (×${g.ratio.toFixed(1)})`);
    }
  });
});
