import * as assert from 'node:assert/strict';
import { renderReport } from '../../client/src/report';
import type { WorkspaceReport } from '../../server/src/lsp/protocol';

describe('extension: the workspace review document', () => {
  it('renders kinds, problems by rule and per document, with links', () => {
    const report: WorkspaceReport = {
      folders: [{ uri: 'file:///practice', name: 'practice' }],
      checked: 4,
      tooLarge: ['file:///practice/big.md'],
      docs: { 'support-free': 'file:///ext/docs/rules/support-free.md', 'declare-kind': 'file:///ext/docs/rules/declare-kind.md' },
      documents: [
        { uri: 'file:///practice/a%20b.md', path: 'a b.md', folder: 'practice', kind: 'support', kindSource: 'front-matter', counts: { 'support-free': 2 }, total: 2 },
        { uri: 'file:///practice/unclear.md', path: 'unclear.md', folder: 'practice', kind: null, kindSource: null, counts: { 'declare-kind': 1 }, total: 1 },
        { uri: 'file:///practice/t.md', path: 't.md', folder: 'practice', kind: 'therapy', kindSource: 'inferred', counts: {}, total: 0 },
      ],
    };
    assert.equal(
      renderReport(report, new Date('2026-01-02T03:04:05Z')),
      [
        '<!-- grouplint-disable-file -->',
        '',
        '# grouplint: workspace review',
        '',
        'Generated 2026-01-02 03:04 UTC for practice. 4 Markdown files checked; 3 are group material, 2 with problems (3 in all).',
        '',
        '| kind | documents |',
        '| --- | --- |',
        '| Support group | 1 |',
        '| Group therapy | 1 |',
        '| Kind unclear | 1 |',
        '',
        '## Problems by rule',
        '',
        '| rule | problems | documents |',
        '| --- | ---: | ---: |',
        '| [support-free](file:///ext/docs/rules/support-free.md) | 2 | 1 |',
        '| [declare-kind](file:///ext/docs/rules/declare-kind.md) | 1 | 1 |',
        '',
        '## Documents',
        '',
        '| document | kind | problems | by rule |',
        '| --- | --- | ---: | --- |',
        '| [a b.md](<file:///practice/a%20b.md>) | Support group (front matter) | 2 | support-free ×2 |',
        '| [unclear.md](<file:///practice/unclear.md>) | unclear | 1 | declare-kind ×1 |',
        '| [t.md](<file:///practice/t.md>) | Group therapy (read from the text) | 0 | — |',
        '',
        '## Not checked (larger than 1 MB)',
        '',
        '- <file:///practice/big.md>',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no group documents', () => {
    const text = renderReport({ folders: [], checked: 0, tooLarge: [], docs: {}, documents: [] }, new Date(0));
    assert.match(text, /No group documents were found\./);
  });
});
