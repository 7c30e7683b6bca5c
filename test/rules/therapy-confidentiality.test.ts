import { DEFAULT_WORDING } from '../../server/src/engine';
import { crlf, ruleTable } from '../helpers/rule-tester';

const C = DEFAULT_WORDING.confidentiality;

ruleTable('therapy-confidentiality', {
  valid: [
    {
      name: 'its limits in other words: "writes a short clinical note after each session", and "by law he has to report"',
      kind: 'therapy',
      text:
        "# Men's Group\n\nThis is group therapy led by Dr. Kimani, a licensed psychologist.\n\n" +
        'Dr. Kimani writes a short clinical note after each session, and by law he has to report suspected abuse of a child.\n',
    },
    {
      name: 'an FAQ answer: a note in "your health record", and information kept in the team "except where" someone may come to harm',
      kind: 'therapy',
      text:
        '# Stabilisation Group\n\nThis is group therapy.\n\nWhat about confidentiality?\n\nWe write a brief note in your health record after each session. ' +
        "Information stays within the team involved in your care, except where we're worried that someone may come to serious harm.\n",
    },
    {
      name: "a bare promise with no limits is accepted (decided from real pages: see the rule's docs)",
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Everything said in group is kept strictly confidential.\n',
    },
    {
      name: 'the limits in other words: "stays within the group, except where the law requires disclosure"',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. What you share stays within the group, except where the law requires disclosure.\n',
    },
    {
      name: 'docs: the default statement',
      kind: 'therapy',
      text: "# Mood Group\n\nWhat members share stays in the group. As in all therapy, the therapist keeps\nclinical notes and must report abuse or an imminent risk to someone's life.\n",
    },
    {
      name: 'docs: confidential with limits',
      kind: 'therapy',
      text: '# Mood Group\n\nEverything said in group is confidential, with the usual limits: your\ntherapist keeps clinical records and is a mandated reporter.\n',
    },
    {
      name: 'docs: FAQ about privacy, answered',
      kind: 'therapy',
      text: '# Mood Group\n\n**Is what I say kept private?** Members agree not to repeat what they hear.\nThe therapist keeps notes as in any therapy, and must break confidentiality\nonly to protect someone from serious harm.\n',
    },
    { name: 'Spanish: confidencialidad', kind: 'therapy', text: '# Grupo de ánimo\n\nThis is group therapy. Todo es confidencial, con límites. 🔒\n' },
    { name: 'CRLF: mandated reporter', kind: 'therapy', text: crlf('# Mood Group\n\nThis is group therapy. The therapist is a mandated reporter.\n') },
    {
      name: 'a configured phrase counts',
      kind: 'therapy',
      config: { phrases: { 'therapy-confidentiality': ['what is said here, stays here'] } },
      text: '# Mood Group\n\nThis is group therapy. What is said here, stays here.\n',
    },
    {
      name: 'the practice keeps it, in the same sentence as what members are asked to do',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Members agree to confidentiality, and the therapists keep it as well.\n',
    },
    {
      name: "a members' pledge with its limit in the sentence",
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Each member agrees to confidentiality, though the leaders cannot guarantee that every member will keep it.\n',
    },
    {
      name: 'a members\' pledge, then the limits in sentences of their own ("notes are kept", "must be reported")',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Everyone agrees to confidentiality. Session notes are kept in your record, and a risk to a child must be reported.\n',
    },
    {
      name: 'confidential said of what is shared, not of the room',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. The names of members and what they share in sessions are confidential.\n',
    },
    {
      name: 'the word only of the setting ("a safe and confidential space") is accepted too (decided from real pages: see the rule\'s docs)',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy: members give each other feedback in a safe and confidential space.\n',
    },
    {
      name: 'with another adjective between ("a confidential, unhurried setting")',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy, held in a confidential, unhurried setting.\n',
    },
    {
      name: 'a rule for the members ("confidentiality is expected of all members")',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Strict confidentiality is expected of all members.\n',
    },
    {
      name: 'what is said in sessions is confidential, and members agree not to name each other, in one sentence',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. What is said in sessions is confidential; members agree not to name each other outside.\n',
    },
    { name: 'progress notes', kind: 'therapy', text: '# Process Group\n\nThis is group therapy. The therapist keeps progress notes, as in any therapy.\n' },
    {
      name: 'a note in your record',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Your counselor documents each session in your record.\n',
    },
    {
      name: '"members agree not to identify other members outside of group"',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Members agree not to identify other members outside of group.\n',
    },
    {
      name: 'what is said stays in the group, with a reason after it: "stays in the group for everyone\'s safety"',
      kind: 'therapy',
      text: "# Process Group\n\nThis is group therapy. What is said here stays in the group for everyone's safety.\n",
    },
    {
      name: 'what is said "needs to stay in the group" is still about what is said',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Whatever you hear needs to stay in the group.\n',
    },
    {
      name: 'what happens in group not passed on to anyone outside: "members don\'t pass on what happens in group to anyone outside it"',
      kind: 'therapy',
      text: "# Process Group\n\nThis is group therapy. Members don't pass on what happens in group to anyone outside it.\n",
    },
    {
      name: 'what is heard not repeated to people outside: "never repeat anything you hear in a session to people outside"',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. Please never repeat anything you hear in a session to people outside.\n',
    },
    {
      name: 'what is said told to stay in the group ("What is said here should stay in the group") still counts',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. What is said here should stay in the group.\n',
    },
    {
      name: 'what members share, told to stay ("anything shared by members will stay in the group"), is what is said, not members staying',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Anything shared by members will stay in the group.\n',
    },
  ],
  invalid: [
    {
      name: 'a person choosing to stay on ("some clients elect to stay in group longer") is no word on what is said',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Some clients elect to stay in group longer.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Process Group\n\nThis is group therapy. Some clients elect to stay in group longer.\n\n' + C + '\n'],
    },
    {
      name: 'staying for a length of time ("you may stay in the group for another twelve weeks") is no word on what is said',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. After the first module you may stay in the group for another twelve weeks.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Process Group\n\nThis is group therapy. After the first module you may stay in the group for another twelve weeks.\n\n' + C + '\n'],
    },
    {
      name: '"What\'s said here stays here" alone is a house rule with nothing on the practice\'s side or its limits',
      kind: 'therapy',
      text: "# Process Group\n\nThis is group therapy. Be on time. What's said here stays here.\n",
      errors: [{ line: 1 }],
      suggestions: ["# Process Group\n\nThis is group therapy. Be on time. What's said here stays here.\n\n" + C + '\n'],
    },
    {
      name: 'a site\'s footer links ("Notice of privacy practices", "Privacy policy · Cookies") say nothing of the group',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy.\n\nNotice of privacy practices · Privacy policy · Cookies\n',
      errors: [{ line: 1 }],
      suggestions: ['# Process Group\n\nThis is group therapy.\n\n' + C + '\n\nNotice of privacy practices · Privacy policy · Cookies\n'],
    },
    {
      name: 'members staying in group for a year is about their stay, not about what is said',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Most members stay in group for at least a year.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Process Group\n\nThis is group therapy. Most members stay in group for at least a year.\n\n' + C + '\n'],
    },
    {
      name: 'docs: nothing on confidentiality',
      kind: 'therapy',
      text: '# Trauma Recovery Group\n\nThis is group therapy led by Dr. Noor Rahman, a licensed psychologist.\nTwelve weeks, $75 per session.\n',
      errors: [{ line: 1, column: 1, source: '# Trauma Recovery Group', severity: 'information' }],
      suggestions: [
        '# Trauma Recovery Group\n\nThis is group therapy led by Dr. Noor Rahman, a licensed psychologist.\nTwelve weeks, $75 per session.\n\n' + C + '\n',
      ],
    },
    {
      name: 'docs: only in a link target; also code, HTML, front matter',
      text: '---\ngroup: therapy\nprivacy: confidential\n---\n# Mood Group\n\nThis is group therapy. Questions? [Read more here](https://example.org/groups/confidentiality). `confidential` <span title="confidential">hi</span>\n',
      errors: [{ line: 5 }],
      suggestions: [
        '---\ngroup: therapy\nprivacy: confidential\n---\n# Mood Group\n\nThis is group therapy. Questions? [Read more here](https://example.org/groups/confidentiality). `confidential` <span title="confidential">hi</span>\n\n' +
          C +
          '\n',
      ],
    },
    {
      name: 'CRLF',
      kind: 'therapy',
      text: crlf('# Mood Group\n\nThis is group therapy.\n'),
      errors: [{ line: 1 }],
      suggestions: [crlf('# Mood Group\n\nThis is group therapy.\n\n' + C + '\n')],
    },
    {
      name: 'BOM, accents, emoji',
      kind: 'therapy',
      text: '\uFEFF# Groupe d’humeur 🌱\n\nThis is group therapy.\n',
      errors: [{ line: 1, column: 1 }],
      suggestions: ['\uFEFF# Groupe d’humeur 🌱\n\nThis is group therapy.\n\n' + C + '\n'],
    },
    {
      name: 'the configured statement is inserted',
      kind: 'therapy',
      config: { wording: { confidentiality: 'What you share is private, within the limits the law sets.' } },
      text: '# Mood Group\n\nThis is group therapy.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Mood Group\n\nThis is group therapy.\n\nWhat you share is private, within the limits the law sets.\n'],
    },
    {
      name: 'a link or a leaflet passed on to anyone outside says nothing of what is said: "pass the video link on to anyone outside the group"',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Never pass the video link on to anyone outside the group.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Process Group\n\nThis is group therapy. Never pass the video link on to anyone outside the group.\n\n' + C + '\n'],
    },
    {
      name: 'a member told whether to stay ("you should not stay in group if it is not helping you") is no word on what is said',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. You should not stay in group if it is not helping you.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Process Group\n\nThis is group therapy. You should not stay in group if it is not helping you.\n\n' + C + '\n'],
    },
    {
      name: 'nor is "members can\'t stay in the group after three missed sessions"',
      kind: 'therapy',
      text: "# Process Group\n\nThis is group therapy. Members can't stay in the group after three missed sessions.\n",
      errors: [{ line: 1 }],
      suggestions: ["# Process Group\n\nThis is group therapy. Members can't stay in the group after three missed sessions.\n\n" + C + '\n'],
    },
    {
      name: 'nor "members cannot stay in the group after the twelfth session", nor "won\'t"',
      kind: 'therapy',
      text: "# Process Group\n\nThis is group therapy. Members cannot stay in the group after the twelfth session. Most members won't stay in the group after that.\n",
      errors: [{ line: 1 }],
      suggestions: [
        "# Process Group\n\nThis is group therapy. Members cannot stay in the group after the twelfth session. Most members won't stay in the group after that.\n\n" +
          C +
          '\n',
      ],
    },
  ],
});
