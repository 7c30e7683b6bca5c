// `--format markdown`: the review for a meeting or a CI job summary, from the real CLI on a
// fixture folder, asserted whole (SOURCE_DATE_EPOCH fixes the generation time).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cleanupTmp, copyFixture, ensureBuilt, run, tmpDir, writeTree } from './helpers';

const EPOCH = '1767225600'; // 2026-01-01 00:00 UTC
const PAGE = (id: string) => `https://github.com/grouplint/grouplint/blob/main/docs/rules/${id}.md`;
const env = { SOURCE_DATE_EPOCH: EPOCH };

describe('grouplint CLI: --format markdown', function () {
  this.timeout(60000);
  let basic: string;
  before(async () => {
    await ensureBuilt();
    basic = copyFixture('basic');
  });
  after(cleanupTmp);

  it('prints the review: summary by kind and by rule, then each document under its kind', () => {
    const r = run(['--format', 'markdown'], { cwd: basic, env });
    assert.strictEqual(r.code, 1, 'the exit code is the same as for any format (one document has an error)');
    assert.strictEqual(r.stderr, '');
    const disclaimer =
      'This support-group flyer never says the group is not therapy or a clinical service. Readers may take it for treatment; add a plain disclaimer.';
    const fee =
      '"Fee": support groups are free to attend. A donation for the room or refreshments may be invited, never required, and no fee or insurance is involved.';
    assert.strictEqual(
      r.stdout,
      [
        '<!-- grouplint-disable-file -->',
        '',
        `# grouplint review — ${path.basename(basic)}`,
        '',
        'Generated 2026-01-01 00:00 UTC. 6 Markdown files checked: 3 support groups, 1 group therapy, 1 of unclear kind, 1 not group material. 5 problems (1 error, 3 warnings, 1 information) in 4 documents; 1 has a safe fix.',
        '',
        '| kind | documents | problems |',
        '| --- | ---: | ---: |',
        '| Support group | 3 | 4 |',
        '| Group therapy | 1 | 0 |',
        '| Kind unclear | 1 | 1 |',
        '| Not group material | 1 | 0 |',
        '',
        '## Problems by rule',
        '',
        '| rule | problems | documents | safe fixes |',
        '| --- | ---: | ---: | ---: |',
        `| [support-free](${PAGE('support-free')}) | 2 | 2 | — |`,
        `| [declare-kind](${PAGE('declare-kind')}) | 1 | 1 | — |`,
        `| [kind-conflict](${PAGE('kind-conflict')}) | 1 | 1 | — |`,
        `| [support-disclaimer](${PAGE('support-disclaimer')}) | 1 | 1 | 1 |`,
        '',
        '## Support groups (3)',
        '',
        '### conflict.md',
        '',
        'Kind declared in the front matter; 1 problem.',
        '',
        '| where | severity | problem | rule |',
        '| ---: | --- | --- | --- |',
        `| 7:1 | error | The front matter says this is a support group, but "This is group therapy" says it is group therapy. Decide which it is: a group cannot be both. | [kind-conflict](${PAGE('kind-conflict')}) |`,
        '',
        '### sub/emoji.md',
        '',
        'Kind read from the text; 1 problem.',
        '',
        '| where | severity | problem | rule |',
        '| ---: | --- | --- | --- |',
        `| 5:29 | warning | ${fee} (Read as a support group from "Peer Support Group".) | [support-free](${PAGE('support-free')}) |`,
        '',
        '### support-fee.md',
        '',
        'Kind read from the text; 2 problems (1 with a safe fix).',
        '',
        '| where | severity | problem | rule |',
        '| ---: | --- | --- | --- |',
        `| 1:1 | warning | ${disclaimer} (Read as a support group from "Support Group".) (safe fix) | [support-disclaimer](${PAGE('support-disclaimer')}) |`,
        `| 8:3 | warning | ${fee} (Read as a support group from "Support Group".) | [support-free](${PAGE('support-free')}) |`,
        '',
        '## Group therapy (1)',
        '',
        'No problems: therapy-good.md.',
        '',
        '## Kind unclear (1)',
        '',
        '### unclear.md',
        '',
        '1 problem.',
        '',
        '| where | severity | problem | rule |',
        '| ---: | --- | --- | --- |',
        `| 1:1 | information | This reads as group material, but it never names its kind: no "support group", "peer support" or fellowship, and no "group therapy", "therapy group" or clinical skills group. Say which it is in the text, or declare it in front matter ("group: support" or "group: therapy"). | [declare-kind](${PAGE('declare-kind')}) |`,
        '',
        '## Not group material (1)',
        '',
        '- meeting-notes.md',
        '',
      ].join('\n'),
    );
  });

  it('is named after the folder given, and writes to --output-file', () => {
    const out = path.join(tmpDir(), 'review.md');
    const r = run(['-f', 'markdown', '-o', out, 'sub/'], { cwd: basic, env });
    assert.strictEqual(r.code, 0, 'a warning only');
    assert.strictEqual(r.stdout, '');
    const text = fs.readFileSync(out, 'utf8');
    assert.match(
      text,
      /^<!-- grouplint-disable-file -->\n\n# grouplint review — sub\n\nGenerated 2026-01-01 00:00 UTC\. 1 Markdown file checked: 1 support group, 0 group therapy, 0 of unclear kind, 0 not group material\. 1 problem \(1 warning\) in 1 document; none has a safe fix\.\n/,
    );
  });

  it('says why a text about groups was not checked as group material, the same from --cache', () => {
    const dir = tmpDir();
    writeTree(dir, {
      'why-groups-help.md':
        '# Why groups help after a loss\n\nThis short article is aimed at families weighing up a bereavement group.\n\nKey takeaways\n\n- A support group is often free.\n',
      'notes.md': '# Build notes\n\nRun the build, then the tests.\n',
    });
    const tail = [
      '## Not group material (2)',
      '',
      '- notes.md',
      '- why-groups-help.md (not checked as group material: it reads as an article ("This short article is aimed", "Key takeaways"))',
      '',
    ].join('\n');
    for (const args of [
      ['-f', 'markdown', '--cache'],
      ['-f', 'markdown', '--cache'],
    ]) {
      const r = run(args, { cwd: dir, env });
      assert.strictEqual(r.code, 0);
      assert.ok(r.stdout.endsWith(tail), r.stdout);
    }
    assert.ok(fs.existsSync(path.join(dir, '.grouplintcache')), 'the second run was answered from the cache');
  });

  it('says what --quiet left out', () => {
    const r = run(['-f', 'markdown', '--quiet'], { cwd: basic, env });
    assert.match(r.stdout, /1 problem \(1 error\) in 1 document; none has a safe fix\. --quiet left out 3 warnings, 1 information\./);
  });

  it('has no --fix-dry-run form', () => {
    const r = run(['--fix-dry-run', '-f', 'markdown'], { cwd: basic });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--fix-dry-run prints a unified diff, or JSON with --format json; it has no markdown form\./);
  });
});
