import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Trauma Group\n\nThis is group therapy led by Ana Ruiz, LCSW.\n\n';

ruleTable('therapy-peer-participation', {
  valid: [
    {
      name: 'a member\'s pledge in other words: "As a member of this group, I will not tell anyone outside it…", "I won\'t repeat…"',
      kind: 'therapy',
      text: HEAD + "As a member of this group, I will not tell anyone outside it who else comes. As a member, I won't repeat what others say.\n",
    },
    {
      name: 'members sharing their own experiences is what the group is for',
      kind: 'therapy',
      text: HEAD + 'Members share their own experiences with the group; the therapist listens and guides.\n',
    },
    {
      name: 'a member\'s pledge in a group agreement: "As a member of the group, I agree not to disclose…"',
      kind: 'therapy',
      text: HEAD + 'As a member of the group, I agree not to disclose anything that could identify another member.\n',
    },
    { name: 'docs: does not take part as a member', kind: 'therapy', text: HEAD + 'The therapist leads the group and does not take part as a member.\n' },
    {
      name: 'docs: members share; the therapist guides',
      kind: 'therapy',
      text: HEAD + 'Members share their experiences and support one another; the therapist guides\nthe conversation and keeps the group safe.\n',
    },
    {
      name: 'docs: FAQ, "not to take part as a peer"',
      kind: 'therapy',
      text:
        HEAD +
        '**Will the therapist share too?** The therapist may offer a brief example to\nexplain a skill, but is there to lead, not to take part as a peer.\n',
    },
    { name: '"I will never participate as a member"', kind: 'therapy', text: HEAD + 'I will never participate as a member.\n' },
    { name: 'a question: "Will I take part as a member?"', kind: 'therapy', text: HEAD + 'Will I take part as a member? No.\n' },
    {
      name: '"As a member you will…": the reader is the member, and the "me" is a member\'s own question',
      kind: 'therapy',
      text: HEAD + 'As a member you will learn to ask: what do others notice about me, and why do I hold back?\n',
    },
    {
      name: '"As a participant, you\'ll…" and "As a member of this group, please…": said to the reader',
      kind: 'therapy',
      text:
        HEAD +
        "As a participant, you'll be asked to say what I notice between us. As a member of this group, please keep what others tell me and you to yourself.\n",
    },
    {
      name: '"As a group member your part is…", with the leader named in the same sentence',
      kind: 'therapy',
      text: HEAD + 'As a group member your part is to speak honestly; my part is to keep the room safe.\n',
    },
    {
      name: 'inline code, link target, HTML, code block, front matter',
      text:
        '---\ngroup: therapy\nnote: I will share my own journey as a member\n---\n' +
        HEAD +
        '`as a fellow member` [me](https://example.org/share-my-own-story) <span title="as a peer">hi</span>\n\n```\nI will share my own story as a member.\n```\n',
    },
    {
      name: 'CRLF, Spanish, emoji',
      kind: 'therapy',
      text: crlf(HEAD + 'La terapeuta dirige el grupo 🙂. The therapist leads and does not join in as a peer.\n'),
    },
  ],
  invalid: [
    {
      name: 'a leader who is "a member of the group myself" and keeps what "you tell me" makes no member\'s pledge',
      kind: 'therapy',
      text: HEAD + 'As a member of the group myself, I will not share anything you tell me outside it.\n',
      errors: [{ source: 'As a member' }],
    },
    {
      name: 'the leader joining in "as a member" is no pledge for "will not tell" later in the sentence',
      kind: 'therapy',
      text: HEAD + 'I join in as a member of the group and will not tell you what to do.\n',
      errors: [{ source: 'I join in as' }],
    },
    {
      name: 'the leaders telling their own story in the third person: "the therapists share their own experiences with the group"',
      kind: 'therapy',
      text: HEAD + 'To help members open up, the therapists share their own experiences with the group.\n',
      errors: [{ line: 5, source: 'therapists share their own experiences' }],
    },
    {
      name: 'the leader "checks in like every other member" and uses the group "to keep working on my own recovery"',
      kind: 'therapy',
      text: HEAD + 'In the group I check in like every other member. I use the group to keep working on my own recovery too.\n',
      errors: [
        { line: 5, source: 'like every other member' },
        { line: 5, source: 'use the group to keep working on my own' },
      ],
      output: null,
    },
    {
      name: 'the named leader, then "she", "takes part in each course as one of the group" and "shares her progress alongside" everyone',
      kind: 'therapy',
      text:
        HEAD +
        'The course is run by Dr Priya Natarajan, a clinical psychologist. She takes part in each course as one of the group and shares her progress alongside everyone else.\n',
      errors: [{ line: 5, source: 'as one of the group', severity: 'warning' }],
      output: null,
    },
    {
      name: 'docs: share my own journey as a member (wrapped)',
      kind: 'therapy',
      text: HEAD + "I've lived with panic attacks too, and I'll share my own journey as a member\nof this group.\n",
      errors: [{ line: 5, column: 45, source: 'share my own journey', severity: 'warning' }],
      output: null,
    },
    {
      name: 'docs: participates alongside you as a fellow member',
      kind: 'therapy',
      text: HEAD + 'Our therapist participates alongside you as a fellow member, not an expert.\n',
      errors: [{ line: 5, source: 'as a fellow member' }],
    },
    {
      name: 'docs: share my results as a peer',
      kind: 'therapy',
      text: HEAD + "Each week I'll complete the same exercises and share my results as a peer.\n",
      errors: [{ source: 'as a peer' }],
    },
    {
      name: 'BOM, CRLF, accents and emoji',
      kind: 'therapy',
      text: '\uFEFF' + crlf('# Groupe trauma 🌱\n\nThis is group therapy.\n\nDr. Núñez will take part as a fellow participant 🙂\n'),
      errors: [{ line: 5, column: 26, source: 'as a fellow participant' }],
    },
    {
      name: 'near misses of the reader: "As a member, I…" and "as a member, and you will see me…" are the leader joining',
      kind: 'therapy',
      text: HEAD + 'As a member of the group, I bring my own struggles each week.\n\nI sit in as a member, and you will see me share too.\n',
      errors: [
        { line: 5, source: 'As a member' },
        { line: 7, source: 'as a member' },
      ],
      output: null,
    },
    {
      name: 'a list item and a sentence',
      kind: 'therapy',
      text: HEAD + '- I take part like any other member, as a fellow traveler\n\nThe therapist will also participate as a member.\n',
      errors: [{ line: 5 }, { line: 7 }],
    },
  ],
});
