import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\n';

ruleTable('support-no-clinical-activities', {
  valid: [
    {
      name: 'docs: "No homework, no worksheets, no lectures"',
      kind: 'support',
      text: HEAD + 'No homework, no worksheets, no lectures: just people who understand.\n',
    },
    {
      name: "docs: no assignments, we don't teach psychoeducation",
      kind: 'support',
      text: HEAD + "There are no assignments, and we don't teach psychoeducation here.\n",
    },
    {
      name: 'docs: FAQ question answered No',
      kind: 'support',
      text: HEAD + '**Will I get homework?** No. You come as you are and share as much or as\nlittle as you like.\n',
    },
    {
      name: 'docs: words only in a link target and inline code',
      kind: 'support',
      text:
        HEAD +
        'Directions and parking are on [our info page](https://example.org/old-worksheets/map).\nThe sign-in sheet lives in the shared folder `group/homework-club/`.\n',
    },
    { name: '"homework is not required"', kind: 'support', text: HEAD + 'Homework is not required, ever.\n' },
    { name: '"free of" worksheets', kind: 'support', text: HEAD + 'Our evenings are free of worksheets and lectures.\n' },
    {
      name: 'heading "What this group is NOT" with a list',
      kind: 'support',
      text: HEAD + '## What this group is NOT\n\n- Therapy or treatment\n- A class with homework or worksheets\n',
    },
    {
      name: 'fenced code, HTML and an autolink',
      kind: 'support',
      text: HEAD + '```\nworksheet homework psychoeducation\n```\n\n<div data-x="homework">Welcome.</div>\n\n<https://example.org/worksheets>\n',
    },
    { name: 'front matter', text: '---\ngroup: support\nnotes: homework and worksheets are banned\n---\n' + HEAD + 'We talk and listen.\n' },
    { name: 'Spanish and emoji, no activities', kind: 'support', text: HEAD + 'Sin tareas ni hojas de trabajo. No homework 🙂\n' },
    { name: 'CRLF, negated', kind: 'support', text: crlf(HEAD + 'We never hand out worksheets.\n') },
  ],
  invalid: [
    {
      name: 'docs: a list item that is only the worksheet is removed',
      kind: 'support',
      text: HEAD + '## What to expect\n\n- Open sharing\n- A weekly worksheet to take home\n- Snacks and tea\n',
      errors: [{ line: 8, column: 12, source: 'worksheet', severity: 'warning' }],
      suggestions: [HEAD + '## What to expect\n\n- Open sharing\n- Snacks and tea\n'],
    },
    {
      name: 'docs: psychoeducation talk in a long sentence: no fix',
      kind: 'support',
      text: HEAD + 'Each meeting opens with a short psychoeducation talk on the anxiety cycle, then we share and listen.\n',
      errors: [{ line: 5, source: 'psychoeducation' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'docs: homework assignments, a one-sentence paragraph is removed',
      kind: 'support',
      text: HEAD + 'Members complete homework assignments between sessions.\n\nWe meet on Tuesdays.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet on Tuesdays.\n'],
    },
    {
      name: 'docs: curriculum and handouts on cognitive distortions',
      kind: 'support',
      text: HEAD + 'We follow an eight-week coping-skills curriculum, with handouts on cognitive\ndistortions.\n',
      errors: [{ line: 5 }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a middle sentence is removed with its space',
      kind: 'support',
      text: HEAD + 'We meet weekly. Each week there is homework. Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet weekly. Tea is served.\n'],
    },
    {
      name: 'a question about homework does not hide the real list item',
      kind: 'support',
      text: HEAD + 'Is there homework?\n\n- Worksheets\n- Sharing\n',
      errors: [{ line: 7, source: 'Worksheets' }],
      suggestions: [HEAD + 'Is there homework?\n\n- Sharing\n'],
    },
    {
      name: 'CRLF: the list item goes with its CRLF',
      kind: 'support',
      text: crlf(HEAD + '- Sharing\n- Worksheets\n- Tea\n'),
      errors: [{ line: 6 }],
      suggestions: [crlf(HEAD + '- Sharing\n- Tea\n')],
    },
    {
      name: 'the last list item without a final newline',
      kind: 'support',
      text: HEAD + '- Sharing\n- Worksheets',
      errors: [{ line: 6 }],
      suggestions: [HEAD + '- Sharing'],
    },
    {
      name: 'accents and emoji around the item',
      kind: 'support',
      text: '\uFEFF# Café des aidants ☕\n\nThis is not therapy. Free.\n\n- Partage 💬\n- Psychoeducation\n- Thé et gâteaux\n',
      errors: [{ line: 6, column: 3 }],
      suggestions: ['\uFEFF# Café des aidants ☕\n\nThis is not therapy. Free.\n\n- Partage 💬\n- Thé et gâteaux\n'],
    },
    {
      name: 'several activities, each sentence once',
      kind: 'support',
      text: HEAD + 'Bring your workbook. We do CBT worksheets together. Homework is due each week.\n',
      errors: [{ source: 'workbook' }, { source: 'CBT worksheets' }, { source: 'Homework' }],
      suggestions: [
        HEAD + 'We do CBT worksheets together. Homework is due each week.\n',
        HEAD + 'Bring your workbook. Homework is due each week.\n',
        HEAD + 'Bring your workbook. We do CBT worksheets together.\n',
      ],
    },
    {
      name: 'a worksheet bullet that lists other things too is still offered for removal (a person decides)',
      kind: 'support',
      text: HEAD + '- Open sharing\n- Worksheets, journaling prompts and homework between meetings\n- Tea\n',
      errors: [{ line: 6, source: 'Worksheets' }],
      suggestions: [HEAD + '- Open sharing\n- Tea\n'],
    },
    {
      name: 'a list item of two sentences: remove the sentence, or the whole item',
      kind: 'support',
      text: HEAD + '- Sharing. A worksheet each week.\n- Tea\n',
      errors: [{ line: 5, source: 'worksheet' }],
      suggestions: [HEAD + '- Sharing.\n- Tea\n', HEAD + '- Tea\n'],
    },
    {
      name: 'the last sentence inside emphasis goes with the space before it, so the emphasis still closes',
      kind: 'support',
      text: HEAD + 'We meet **weekly. Each week there is homework.** Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet **weekly.** Tea is served.\n'],
    },
    {
      name: 'a sentence that emphasis crosses is not removed (the Markdown would break)',
      kind: 'support',
      text: HEAD + 'We meet **weekly. Each week there** is homework. Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [],
    },
    {
      name: 'a sentence wrapped in its own emphasis is removed with it',
      kind: 'support',
      text: HEAD + 'We meet weekly. **Each week there is homework.** Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet weekly. Tea is served.\n'],
    },
    {
      name: 'a heading and a table row are never removed',
      kind: 'support',
      text: HEAD + '## Weekly homework\n\n| Week | Topic |\n|---|---|\n| 1 | Grief |\n',
      errors: [{ line: 5, source: 'homework' }, { line: 7 }],
      suggestions: [],
    },
  ],
});
