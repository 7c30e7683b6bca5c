import { DEFAULT_WORDING } from '../../server/src/engine';
import { crlf, ruleTable } from '../helpers/rule-tester';

const D = DEFAULT_WORDING.disclaimer;

ruleTable('support-disclaimer', {
  valid: [
    { name: 'docs: peer support group, not therapy', kind: 'support', text: '# Grief Support Circle\n\nThis is a peer support group, not therapy.\n' },
    {
      name: 'docs: not a clinical service, not a substitute (wrapped line)',
      kind: 'support',
      text: "# Caregivers' Coffee Hour\n\nOur group is not a clinical service and is not a substitute for professional\ncare. If you need more help, just ask us for a referral.\n",
    },
    {
      name: 'docs: FAQ "Is this therapy?" answered "No."',
      kind: 'support',
      text: '## Frequently asked questions\n\n**Is this therapy?** No. It is a peer support group. Nobody here is acting as\nyour therapist.\n',
    },
    { name: '"this is not group therapy"', kind: 'support', text: '# Grief Circle\n\nWe meet Tuesdays at 7 pm. This is not group therapy.\n' },
    { name: 'contraction: "isn\'t therapy"', kind: 'support', text: "# Grief Circle\n\nWe meet Tuesdays. This group isn't therapy.\n" },
    { name: 'curly apostrophe: "isn’t therapy"', kind: 'support', text: '# Grief Circle\n\nWe meet Tuesdays. This group isn’t therapy.\n' },
    { name: '"not a substitute for therapy"', kind: 'support', text: '# Grief Circle\n\nWe meet Tuesdays. Not a substitute for therapy.\n' },
    { name: '"does not provide counseling or treatment"', kind: 'support', text: '# Grief Circle\n\nWe meet Tuesdays. This group does not provide counseling or treatment.\n' },
    { name: 'heading "What this group is NOT" and item "Therapy or treatment"', kind: 'support', text: '# Grief Circle\n\nWe meet Tuesdays.\n\n## What this group is NOT\n\n- Therapy or treatment\n- A place to be judged\n' },
    { name: 'non-clinical', kind: 'support', text: '# Grief Circle\n\nWe meet Tuesdays in a non-clinical peer space.\n' },
    { name: '"rather than"/"instead of" wording: a replacement for treatment denied', kind: 'support', text: '# Grief Circle\n\nThis is a support group, not a replacement for treatment.\n' },
    { name: 'emoji title and an em dash', kind: 'support', text: '# Grief Circle 💙\n\nWe meet Tuesdays. This is a peer group — it is not therapy.\n' },
    { name: 'Spanish line beside the English one', kind: 'support', text: '# Círculo de apoyo / Support Circle\n\nEste grupo no es terapia. This group is not therapy.\n' },
    { name: 'CRLF document', kind: 'support', text: crlf('# Grief Circle\n\nThis is a peer support group.\nIt is not therapy or a clinical service.\n') },
    { name: 'BOM', kind: 'support', text: '\uFEFF# Grief Circle\n\nThis is not therapy.\n' },
    { name: 'the configured wording counts', kind: 'support', config: { wording: { disclaimer: 'Our circle is peer-led and offers company, never care plans.' } }, text: '# Grief Circle\n\nOur circle is peer-led and offers company, never care plans.\n' },
  ],
  invalid: [
    {
      name: 'docs: peer-led and free, never says not therapy',
      kind: 'support',
      text: '# Grief Support Circle\n\nMeet others who have lost someone close. Tuesdays, 7 pm, at the library.\nPeer-led and free.\n',
      errors: [{ line: 1, column: 1, source: '# Grief Support Circle', severity: 'warning', messageIncludes: 'not therapy' }],
      output: `# Grief Support Circle\n\n${D}\n\nMeet others who have lost someone close. Tuesdays, 7 pm, at the library.\nPeer-led and free.\n`,
    },
    {
      name: 'docs: "not-therapy" only in a link target',
      kind: 'support',
      text: '# New Parents Group\n\nA warm space to talk about sleepless nights and big feelings.\n[Read more](https://example.org/groups/not-therapy) about how we run it.\n',
      errors: [{ line: 1 }],
      output: `# New Parents Group\n\n${D}\n\nA warm space to talk about sleepless nights and big feelings.\n[Read more](https://example.org/groups/not-therapy) about how we run it.\n`,
    },
    {
      name: 'a question is not a statement: "Is this therapy?"',
      kind: 'support',
      text: '# Grief Circle\n\nWe meet Tuesdays.\n\nIs this therapy? Ask us.\n',
      errors: [{ line: 1 }],
      output: `# Grief Circle\n\n${D}\n\nWe meet Tuesdays.\n\nIs this therapy? Ask us.\n`,
    },
    {
      name: 'denial only in code, inline code, HTML, autolink and front matter',
      text: '---\ngroup: support\ntagline: this is not therapy\n---\n# Grief Circle\n\nSee `not therapy` and <span title="not therapy">us</span> at <https://example.org/this-is-not-therapy>.\n\n```\nThis is not therapy.\n```\n',
      errors: [{ line: 5 }],
      output: `---\ngroup: support\ntagline: this is not therapy\n---\n# Grief Circle\n\n${D}\n\nSee \`not therapy\` and <span title="not therapy">us</span> at <https://example.org/this-is-not-therapy>.\n\n\`\`\`\nThis is not therapy.\n\`\`\`\n`,
    },
    {
      name: 'a hypothetical mention of therapy is not a disclaimer',
      kind: 'support',
      text: '# Grief Circle\n\nWe meet Tuesdays. If you need therapy, ask for a referral.\n',
      errors: [{ line: 1 }],
      output: `# Grief Circle\n\n${D}\n\nWe meet Tuesdays. If you need therapy, ask for a referral.\n`,
    },
    {
      name: 'denying "support group" is not denying therapy',
      kind: 'support',
      text: '# Grief Circle\n\nWe meet Tuesdays. This is not a support group for beginners only.\n',
      errors: [{ line: 1 }],
      output: `# Grief Circle\n\n${D}\n\nWe meet Tuesdays. This is not a support group for beginners only.\n`,
    },
    {
      name: 'CRLF: the inserted paragraph keeps CRLF',
      kind: 'support',
      text: crlf('# Grief Circle\n\nWe meet Tuesdays at 7 pm.\n'),
      errors: [{ line: 1 }],
      output: crlf(`# Grief Circle\n\n${D}\n\nWe meet Tuesdays at 7 pm.\n`),
    },
    {
      name: 'BOM, accents and emoji',
      kind: 'support',
      text: '\uFEFF# Café des aidants ☕\n\nOn se retrouve le mardi. Everyone is welcome 🙂\n',
      errors: [{ line: 1, column: 1 }],
      output: `\uFEFF# Café des aidants ☕\n\n${D}\n\nOn se retrouve le mardi. Everyone is welcome 🙂\n`,
    },
    {
      name: 'no blank line under the title: blank lines around the insertion',
      kind: 'support',
      text: '# Grief Circle\nWe meet Tuesdays at 7 pm.\n',
      errors: [{ line: 1 }],
      output: `# Grief Circle\n\n${D}\n\nWe meet Tuesdays at 7 pm.\n`,
    },
    {
      name: 'title only, no final newline',
      kind: 'support',
      text: '# Grief Circle',
      errors: [{ line: 1 }],
      output: `# Grief Circle\n\n${D}`,
    },
    {
      name: 'setext title',
      kind: 'support',
      text: 'Grief Circle\n============\n\nWe meet Tuesdays at 7 pm.\n',
      errors: [{ line: 1 }],
      output: `Grief Circle\n============\n\n${D}\n\nWe meet Tuesdays at 7 pm.\n`,
    },
    {
      name: 'the configured disclaimer is inserted',
      kind: 'support',
      config: { wording: { disclaimer: 'Our circle is peer-led. It is not therapy.' } },
      text: '# Grief Circle\n\nWe meet Tuesdays.\n',
      errors: [{ line: 1 }],
      output: '# Grief Circle\n\nOur circle is peer-led. It is not therapy.\n\nWe meet Tuesdays.\n',
    },
  ],
});
