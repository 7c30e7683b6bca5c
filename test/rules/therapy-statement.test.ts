import { DEFAULT_WORDING } from '../../server/src/engine';
import { crlf, ruleTable } from '../helpers/rule-tester';

const S = DEFAULT_WORDING.therapyStatement;

ruleTable('therapy-statement', {
  valid: [
    { name: 'docs: the configured statement under a skills-group title', kind: 'therapy', text: '# DBT Skills Group\n\nThis is group therapy: a clinical service led by a licensed therapist.\n' },
    { name: 'docs: "is a therapy group"', kind: 'therapy', text: 'Our grief group is a therapy group for adults who have lost a partner.\n' },
    { name: 'docs: "Group psychotherapy for veterans"', kind: 'therapy', text: 'Group psychotherapy for veterans, led by Dr. Amir Haddad, PsyD.\n' },
    { name: 'a title naming group therapy', kind: 'therapy', text: '# Group Therapy for Teens\n\nWeekly, with a licensed therapist.\n' },
    { name: 'Spanish: "terapia de grupo"', kind: 'therapy', text: '# Grupo de ansiedad\n\nEste grupo es terapia de grupo. 🙂\n' },
    { name: 'a question answered "Yes."', kind: 'therapy', text: '# Teen Group\n\nIs this group therapy? Yes.\n' },
    { name: 'a form of psychotherapy', kind: 'therapy', text: '# Teen Group\n\nGroup counseling is a form of psychotherapy.\n' },
    { name: 'distinguishes itself from a support group', kind: 'therapy', text: '# Teen Group\n\nThis is group therapy, not a drop-in support group.\n' },
    { name: 'CRLF and BOM', kind: 'therapy', text: '\uFEFF' + crlf('# Teen Group\n\nThis is a therapy group.\n') },
    { name: 'a configured phrase counts as the statement', kind: 'therapy', config: { phrases: { 'therapy-statement': ['clinical skills class'] } }, text: '# Teen Group\n\nA clinical skills class for teens.\n' },
  ],
  invalid: [
    {
      name: 'docs: "DBT Skills Group" alone is not enough',
      kind: 'therapy',
      text: '# DBT Skills Group\n\nLearn distress tolerance and emotion regulation skills. Tuesdays, 5 pm.\n',
      errors: [{ line: 1, column: 1, source: '# DBT Skills Group', severity: 'warning' }],
      output: `# DBT Skills Group\n\n${S}\n\nLearn distress tolerance and emotion regulation skills. Tuesdays, 5 pm.\n`,
    },
    {
      name: 'docs: "group therapy" only in front matter; insertion after front matter and the title',
      text: '---\ngroup: therapy\ntitle: Group therapy for teens\n---\n\n# Teen Anxiety Group\n\nEight weeks of practical tools for worry and stress.\n',
      errors: [{ line: 6 }],
      output: `---\ngroup: therapy\ntitle: Group therapy for teens\n---\n\n# Teen Anxiety Group\n\n${S}\n\nEight weeks of practical tools for worry and stress.\n`,
    },
    {
      name: 'a question: "Is this group therapy?"',
      kind: 'therapy',
      text: '# Teen Group\n\nIs this group therapy? Ask us.\n',
      errors: [{ line: 1 }],
      output: `# Teen Group\n\n${S}\n\nIs this group therapy? Ask us.\n`,
    },
    {
      name: 'only in inline code, a link target, HTML and a code block',
      kind: 'therapy',
      text: '# Teen Group\n\n`group therapy` [about us](https://example.org/group-therapy) <span title="group therapy">hi</span>\n\n```\nThis is group therapy.\n```\n',
      errors: [{ line: 1 }],
      output: `# Teen Group\n\n${S}\n\n\`group therapy\` [about us](https://example.org/group-therapy) <span title="group therapy">hi</span>\n\n\`\`\`\nThis is group therapy.\n\`\`\`\n`,
    },
    {
      name: 'negated: "This is not group therapy"',
      kind: 'therapy',
      text: '# Teen Group\n\nThis is not group therapy.\n',
      errors: [{ line: 1 }],
      output: `# Teen Group\n\n${S}\n\nThis is not group therapy.\n`,
    },
    {
      name: 'denying a support group is not stating therapy',
      kind: 'therapy',
      text: '# Teen Group\n\nThis is not a support group.\n',
      errors: [{ line: 1 }],
      output: `# Teen Group\n\n${S}\n\nThis is not a support group.\n`,
    },
    {
      name: 'CRLF',
      kind: 'therapy',
      text: crlf('# Teen Group\n\nWeekly.\n'),
      errors: [{ line: 1 }],
      output: crlf(`# Teen Group\n\n${S}\n\nWeekly.\n`),
    },
    {
      name: 'BOM, accents and emoji',
      kind: 'therapy',
      text: '\uFEFF# Groupe d’anxiété 🌱\n\nLe mardi soir.\n',
      errors: [{ line: 1, column: 1 }],
      output: `\uFEFF# Groupe d’anxiété 🌱\n\n${S}\n\nLe mardi soir.\n`,
    },
    {
      name: 'the configured statement is inserted',
      kind: 'therapy',
      config: { wording: { therapyStatement: 'This group is psychotherapy, provided by our clinic.' } },
      text: '# Teen Group\n\nWeekly.\n',
      errors: [{ line: 1 }],
      output: '# Teen Group\n\nThis group is psychotherapy, provided by our clinic.\n\nWeekly.\n',
    },
  ],
});
