import { crlf, ruleTable } from '../helpers/rule-tester';

ruleTable('kind-unknown', {
  valid: [
    { name: 'docs: group: support', text: '---\ngroup: support\n---\n# Circle\n\nThis is a peer support group, not therapy.\n' },
    {
      name: 'docs: group: therapy with a title',
      text: '---\ngroup: therapy\ntitle: Teen Anxiety Group\n---\n# Teen Anxiety Group\n\nThis is group therapy.\n',
    },
    { name: 'docs: no group key', text: '---\ntitle: Spring newsletter\n---\n# News\n\nThe office is closed on Monday.\n', expectKind: null },
    { name: 'front matter inside a fenced code block is not front matter', text: '# Circle\n\n```\n---\ngroup: supprt\n---\n```\n', expectKind: null },
    { name: 'a "group:" line in the body is not front matter', text: '# Notes\n\ngroup: supprt\n', expectKind: null },
    { name: 'CRLF and BOM', text: '\uFEFF' + crlf('---\ngroup: therapy\n---\n# Grupo 🙂\n\nThis is group therapy.\n') },
  ],
  invalid: [
    {
      name: 'docs: a typo is fixed to the nearest kind',
      text: '---\ngroup: supprt\n---\n# Circle\n',
      errors: [{ line: 2, column: 8, source: 'supprt', severity: 'error', messageIncludes: '"support"' }],
      output: '---\ngroup: support\n---\n# Circle\n',
      suggestions: [],
    },
    {
      name: 'docs: therapy-group becomes therapy',
      text: '---\ngroup: therapy-group\n---\n# Circle\n',
      errors: [{ line: 2, source: 'therapy-group' }],
      output: '---\ngroup: therapy\n---\n# Circle\n',
      suggestions: [],
    },
    {
      name: 'docs: peer becomes support',
      text: '---\ngroup: peer\n---\n# Circle\n',
      errors: [{ line: 2, source: 'peer' }],
      output: '---\ngroup: support\n---\n# Circle\n',
      suggestions: [],
    },
    {
      name: 'both kinds: no fix, a suggestion for each',
      text: '---\ngroup: [support, therapy]\n---\n# Circle\n',
      errors: [{ line: 2, source: '[support, therapy]', messageIncludes: 'a list' }],
      output: null,
      suggestions: ['---\ngroup: support\n---\n# Circle\n', '---\ngroup: therapy\n---\n# Circle\n'],
    },
    {
      name: 'a number',
      text: '---\ngroup: 42\n---\n# Circle\n',
      errors: [{ line: 2, source: '42' }],
      output: null,
      suggestions: ['---\ngroup: support\n---\n# Circle\n', '---\ngroup: therapy\n---\n# Circle\n'],
    },
    {
      name: 'a quoted value with a comment keeps the comment',
      text: '---\ngroup: "Support Group"  # the kind\n---\n# Circle\n',
      errors: [{ line: 2, source: '"Support Group"' }],
      output: '---\ngroup: support  # the kind\n---\n# Circle\n',
      suggestions: [],
    },
    {
      name: 'CRLF',
      text: crlf('---\ngroup: therpy\n---\n# Circle\n'),
      errors: [{ line: 2 }],
      output: crlf('---\ngroup: therapy\n---\n# Circle\n'),
      suggestions: [],
    },
    {
      name: 'BOM, a Spanish value, emoji',
      text: '\uFEFF---\ngroup: soporte\n---\n# Círculo 🙂\n',
      errors: [{ line: 2, column: 8, source: 'soporte' }],
      output: null,
      suggestions: ['\uFEFF---\ngroup: support\n---\n# Círculo 🙂\n', '\uFEFF---\ngroup: therapy\n---\n# Círculo 🙂\n'],
    },
  ],
});
