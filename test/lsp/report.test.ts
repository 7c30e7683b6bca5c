import * as assert from 'node:assert/strict';
import { countReview, renderHtml, renderMarkdown, type Review } from '../../server/src/lsp/review';
import { textHash } from '../../server/src/lsp/protocol';

const PAGE = (id: string) => `https://github.com/grouplint/grouplint/blob/main/docs/rules/${id}.md`;

function review(): Review {
  return {
    title: 'grouplint review — practice',
    generated: new Date('2026-01-02T03:04:05Z'),
    documents: [
      {
        uri: 'file:///practice/a%20b.md',
        path: 'a b.md',
        kind: 'support',
        kindSource: 'inferred',
        kindEvidence: ['peer support group'],
        groupMaterial: true,
        problems: [
          { rule: 'support-disclaimer', severity: 'warning', line: 1, column: 1, message: 'No disclaimer.', fixable: true },
          { rule: 'support-free', severity: 'warning', line: 7, column: 3, message: 'A fee | in a <table>.', fixable: false },
        ],
      },
      { uri: 'file:///practice/t.md', path: 't.md', kind: 'therapy', kindSource: 'front-matter', groupMaterial: true, problems: [] },
      {
        uri: 'file:///practice/unclear.md',
        path: 'unclear.md',
        kind: null,
        kindSource: null,
        groupMaterial: true,
        problems: [{ rule: 'declare-kind', severity: 'information', line: 1, column: 1, message: 'Which kind?', fixable: false }],
      },
      { uri: 'file:///practice/README.md', path: 'README.md', kind: null, kindSource: null, groupMaterial: false, problems: [] },
      { uri: 'file:///practice/compare.md', path: 'compare.md', kind: null, kindSource: null, groupMaterial: false, comparison: true, problems: [] },
    ],
  };
}

describe('the workspace review (server/src/lsp/review.ts)', () => {
  it('says why a text about groups was not checked as group material, in Markdown and in HTML', () => {
    const r: Review = {
      title: 'grouplint review — practice',
      generated: new Date('2026-01-02T03:04:05Z'),
      documents: [
        {
          path: 'why-groups-help.md',
          kind: null,
          kindSource: null,
          groupMaterial: false,
          notGroupReason: 'it reads as an article ("This short article is aimed", "Key takeaways")',
          problems: [],
        },
      ],
    };
    const md = renderMarkdown(r, { rule: PAGE });
    assert.ok(
      md.includes('- why-groups-help.md (not checked as group material: it reads as an article ("This short article is aimed", "Key takeaways"))\n'),
      md,
    );
    const html = renderHtml(r, { rule: PAGE });
    assert.ok(
      html.includes(
        '<li><span class="doc">why-groups-help.md</span> (not checked as group material: it reads as an article (&quot;This short article is aimed&quot;, &quot;Key takeaways&quot;))</li>',
      ),
      html,
    );
  });

  it('counts documents by kind and problems by rule', () => {
    const c = countReview(review());
    assert.equal(c.files, 5);
    assert.deepEqual(
      [c.byGroup.support, c.byGroup.therapy, c.byGroup.unclear, c.byGroup.other],
      [
        { documents: 1, problems: 2 },
        { documents: 1, problems: 0 },
        { documents: 1, problems: 1 },
        { documents: 2, problems: 0 },
      ],
    );
    assert.deepEqual(c.byRule, [
      { rule: 'declare-kind', problems: 1, documents: 1, fixable: 0 },
      { rule: 'support-disclaimer', problems: 1, documents: 1, fixable: 1 },
      { rule: 'support-free', problems: 1, documents: 1, fixable: 0 },
    ]);
    assert.equal(c.fixable, 1);
  });

  it('renders Markdown: summary, kinds, rules, then each document under its kind', () => {
    const text = renderMarkdown(review(), { rule: PAGE, document: (d, p) => d.uri && (p ? `${d.uri}#L${p.line}` : d.uri) });
    assert.equal(
      text,
      [
        '<!-- grouplint-disable-file -->',
        '',
        '# grouplint review — practice',
        '',
        'Generated 2026-01-02 03:04 UTC. 5 Markdown files checked: 1 support group, 1 group therapy, 1 of unclear kind, 2 not group material. 3 problems (2 warnings, 1 information) in 2 documents; 1 has a safe fix.',
        '',
        '| kind | documents | problems |',
        '| --- | ---: | ---: |',
        '| Support group | 1 | 2 |',
        '| Group therapy | 1 | 0 |',
        '| Kind unclear | 1 | 1 |',
        '| Not group material | 2 | 0 |',
        '',
        '## Problems by rule',
        '',
        '| rule | problems | documents | safe fixes |',
        '| --- | ---: | ---: | ---: |',
        `| [declare-kind](${PAGE('declare-kind')}) | 1 | 1 | — |`,
        `| [support-disclaimer](${PAGE('support-disclaimer')}) | 1 | 1 | 1 |`,
        `| [support-free](${PAGE('support-free')}) | 1 | 1 | — |`,
        '',
        '## Support groups (1)',
        '',
        '### [a b.md](file:///practice/a%20b.md)',
        '',
        'Kind read from the text (“peer support group”); 2 problems (1 with a safe fix).',
        '',
        '| where | severity | problem | rule |',
        '| ---: | --- | --- | --- |',
        `| [1:1](file:///practice/a%20b.md#L1) | warning | No disclaimer. (safe fix) | [support-disclaimer](${PAGE('support-disclaimer')}) |`,
        `| [7:3](file:///practice/a%20b.md#L7) | warning | A fee \\| in a \\<table\\>. | [support-free](${PAGE('support-free')}) |`,
        '',
        '## Group therapy (1)',
        '',
        'No problems: [t.md](file:///practice/t.md).',
        '',
        '## Kind unclear (1)',
        '',
        '### [unclear.md](file:///practice/unclear.md)',
        '',
        '1 problem.',
        '',
        '| where | severity | problem | rule |',
        '| ---: | --- | --- | --- |',
        `| [1:1](file:///practice/unclear.md#L1) | information | Which kind? | [declare-kind](${PAGE('declare-kind')}) |`,
        '',
        '## Not group material (2)',
        '',
        '- [README.md](file:///practice/README.md)',
        '- [compare.md](file:///practice/compare.md) (compares the kinds)',
        '',
      ].join('\n'),
    );
  });

  it('renders HTML with escaped text, a CSP, a nonce and links the page script follows', () => {
    const html = renderHtml(
      review(),
      { rule: PAGE, document: (d) => d.uri },
      { csp: "default-src 'none'; script-src 'nonce-abc'", nonce: 'abc', script: 'run()', inertLinks: true },
    );
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;nonce-abc&#39;">/);
    assert.match(html, /<title>grouplint review — practice<\/title>/);
    assert.match(html, /<script nonce="abc">run\(\)<\/script>/);
    assert.match(html, /A fee \| in a &lt;table&gt;\./);
    assert.ok(!/ href=/.test(html), 'no link the host would follow by itself');
    assert.match(
      html,
      /<a class="rule" data-href="https:\/\/github\.com\/grouplint\/grouplint\/blob\/main\/docs\/rules\/support-free\.md" tabindex="0" role="link">support-free<\/a>/,
    );
    assert.match(html, /<a class="doc" data-href="file:\/\/\/practice\/a%20b\.md" tabindex="0" role="link">a b\.md<\/a>/);
    // Exported, the same page has plain links and no script.
    const exported = renderHtml(review(), { rule: PAGE, document: (d) => d.uri });
    assert.match(exported, /<a class="rule" href="https:\/\/github\.com\/grouplint\/grouplint\/blob\/main\/docs\/rules\/support-free\.md">/);
    assert.ok(!exported.includes('<script'));
  });

  it('says so when there are no documents or no problems', () => {
    const text = renderMarkdown({ title: 'grouplint review — empty', generated: new Date(0), documents: [] });
    assert.match(
      text,
      /Generated 1970-01-01 00:00 UTC\. 0 Markdown files checked: 0 support groups, 0 group therapy, 0 of unclear kind, 0 not group material\. No problems\./,
    );
    assert.ok(!text.includes('## Problems by rule'));
  });

  it('fingerprints a text (textHash)', () => {
    assert.equal(textHash('abc'), textHash('abc'));
    assert.notEqual(textHash('abc'), textHash('abd'));
    assert.notEqual(textHash('a\r\nb'), textHash('a\nb'));
  });
});
