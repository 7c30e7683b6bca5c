import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Trauma Group\n\nThis is group therapy led by Ana Ruiz, LCSW.\n\n';

ruleTable('therapy-dual-relationship', {
  valid: [
    {
      name: 'individual sessions booked on a page with no practitioner of its own ("one of my groups") name no one: no dual relationship read',
      kind: 'therapy',
      text: HEAD + 'Members may book individual sessions when a matter needs more time than the group allows.\n',
    },
    {
      name: "a practitioner's own group, with individual sessions set up with someone else, before the group starts, or denied",
      kind: 'therapy',
      text:
        '# Thursday Process Group\n\nThis is group therapy, and you are joining one of my groups. You may set up individual sessions with an outside therapist. ' +
        'We will have one individual meeting before the first group. Members do not book individual appointments with me during the term.\n',
    },
    {
      name: "a practitioner's own group, with the sessions named only in code",
      kind: 'therapy',
      text: '# Thursday Process Group\n\nThis is group therapy, and you are joining one of my groups.\n\n```\nbook individual sessions: see form B\n```\n',
    },
    {
      name: 'sessions booked on a page whose "one of my groups" stands only in a code sample and front matter: no practitioner\'s own group read',
      kind: 'therapy',
      text:
        '---\nnote: joining one of my groups\n---\n# Thursday Process Group\n\nThis is group therapy.\n\n```\nin my Tuesday group\n```\n\n' +
        'Members may book individual sessions when a matter needs more time than the group allows.\n',
    },
    {
      name: "a practitioner's own group, individual sessions set up, and the pros and cons talked through first",
      kind: 'therapy',
      text:
        '# Thursday Process Group\n\nThis is group therapy, and you are joining one of my groups. You can arrange individual sessions when something needs more room; ' +
        'before we do, we go through the pros and cons of seeing me in both.\n',
    },
    {
      name: 'the formats a practitioner works in ("I work with adults in individual and group therapy") are a list of services, not a member seeing the leader twice',
      kind: 'therapy',
      text: '# Evening Therapy Group\n\nThis is group therapy. I am a licensed psychologist and I work with adults in individual and group therapy.\n',
    },
    {
      name: 'someone else seen for it ("see your own doctor for that as well") is no dual relationship',
      kind: 'therapy',
      text: HEAD + 'If you need medication, see your own doctor for that as well.\n',
    },
    {
      name: 'seeing the leader one-to-one, talked through with the member: "she will talk with you … about how having her as both … might help or get in the way"',
      kind: 'therapy',
      text:
        HEAD +
        'If you already see Ana one-to-one, she will talk with you before you join about how having her as both your individual and group therapist might help or get in the way.\n',
    },
    {
      name: 'individual therapy with an outside therapist only, and individual sessions after the group ends, are no dual relationship',
      kind: 'therapy',
      text: HEAD + 'Members must also be in individual therapy with an outside therapist. Individual sessions after the group ends are arranged elsewhere.\n',
    },
    {
      name: "a group led by a primary therapist of the programme, not the member's own, and members who keep their own individual therapist elsewhere",
      kind: 'therapy',
      text: HEAD + 'The group is led by the primary therapist of the unit. Members keep their own individual therapist outside the programme.\n',
    },
    {
      name: 'a practice that offers individual and group therapy as two services says nothing of one member in both',
      kind: 'therapy',
      text: HEAD + 'Our practice offers individual and group therapy for adults.\n',
    },
    {
      name: 'both at once, with the pros and cons discussed first',
      kind: 'therapy',
      text: HEAD + 'Some clients participate in both group and individual therapy; we discuss the pros and cons with you before you start.\n',
    },
    {
      name: 'docs: pros, cons and consent are discussed',
      kind: 'therapy',
      text:
        HEAD +
        'You may also see Dr. Ortiz individually. Before you start both, she will talk\nwith you about the pros and cons, how the two services differ, and what you are\nconsenting to in each, so you can decide together.\n',
    },
    {
      name: 'docs: an individual therapist of their own elsewhere',
      kind: 'therapy',
      text: HEAD + 'Many members also see an individual therapist of their own elsewhere; that is\nwelcome.\n',
    },
    {
      name: 'docs: the group therapist does not see members individually',
      kind: 'therapy',
      text: HEAD + 'The group therapist does not see group members for individual sessions.\n',
    },
    {
      name: 'a school counselling programme\'s services, one of them "Counselors meet with pupils individually", say nothing of a group member seeing its leader',
      kind: 'therapy',
      text:
        '# Counselling at Ridgeway Primary\n\nOur two school counselors offer three services.\n\n**One-to-one counselling.** Counselors meet with pupils individually for a few short sessions. Pupils who need more are referred on.\n\n' +
        '**Small group counselling.** Groups of five meet weekly for six weeks on friendship and worry.\n\n**Class visits.** Counselors also teach lessons in every class.\n',
    },
    {
      name: 'a counsellor "working with students individually, in small groups and in whole classes" lists the ways she works',
      kind: 'therapy',
      text: '# Small Group Counselling\n\nThis is group counseling at Ridgeway High. Ms. Patel supports students by working with students individually, in small groups and in whole classes.\n',
    },
    { name: 'no dual relationship mentioned', kind: 'therapy', text: HEAD + 'Members meet weekly for twelve weeks.\n' },
    {
      name: 'inline code, link target, HTML, code block, front matter',
      text:
        '---\ngroup: therapy\nnote: current clients are welcome\n---\n' +
        HEAD +
        '`see me individually` [book](https://example.org/see-me-individually) <span title="current clients are welcome">hi</span>\n\n```\nMy current clients are welcome to join.\n```\n',
    },
    {
      name: 'CRLF, Spanish, emoji: consent discussed',
      kind: 'therapy',
      text: crlf(HEAD + 'You can keep seeing me individually 🙂; we will discuss how the two services differ and what you consent to. Lo hablamos juntos.\n'),
    },
    {
      name: 'a practitioner speaking from experience ("in my experience running groups") names no group of her own',
      kind: 'therapy',
      text: '# Evening Group\n\nThis is group therapy. In my experience running groups, members sometimes book individual sessions when a matter needs more time.\n',
    },
    {
      name: 'a screening meeting with "before" later in its clause ("attend an individual meeting to set goals before joining")',
      kind: 'therapy',
      text: '# Thursday Process Group\n\nThis is group therapy, and you are joining one of my groups. Everyone will attend an individual meeting to set goals before joining.\n',
    },
  ],
  invalid: [
    {
      name: 'a practitioner\'s own group named with a word between ("in my Tuesday group"), members booking individual sessions',
      kind: 'therapy',
      text: '# Evening Group\n\nThis is group therapy. Members in my Tuesday group sometimes book individual sessions when a matter needs more time.\n',
      errors: [{ line: 3, source: 'book individual sessions' }],
    },
    {
      name: 'an individual meeting to discuss goals, with no "before" in its clause, is with the group\'s own therapist',
      kind: 'therapy',
      text: '# Thursday Process Group\n\nThis is group therapy, and you are joining one of my groups. Everyone will attend an individual meeting to set goals each month.\n',
      errors: [{ line: 3, source: 'attend an individual meeting' }],
    },
    {
      name: 'a practitioner writing of "one of my therapy groups": members who set up individual sessions see the group\'s own therapist',
      kind: 'therapy',
      text:
        '# Monday Group\n\nThis is group therapy, and these terms apply to anyone joining one of my therapy groups. ' +
        'Members agree to set up individual therapy sessions when a matter needs more time than the group allows.\n',
      errors: [{ line: 3, source: 'set up individual therapy sessions' }],
    },
    {
      name: 'a group "with me": "every individual appointment we have booked" is with its therapist',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. By entering a group with me, you agree to attend each meeting and every individual appointment we have booked.\n',
      errors: [{ line: 3, source: 'individual appointment we have booked' }],
    },
    {
      name: 'members who "also see Dr Ford or Dr Asante for one-to-one appointments"',
      kind: 'therapy',
      text: HEAD + 'Many patients in the group also see Dr Ford or Dr Asante for one-to-one appointments in the clinic.\n',
      errors: [{ line: 5, source: 'also see Dr Ford or Dr Asante for one-to-one appointments' }],
      output: null,
    },
    {
      name: 'the leaders named and seen for the individual therapy too ("see Rebecca or Dr. Iyer for that as well", "individual speech or psychology sessions with Megan")',
      kind: 'therapy',
      text:
        HEAD +
        'Every teen must also be in weekly individual therapy. Many families choose to see Ana or Dr. Iyer for that as well.\n\n' +
        'Many families add individual speech or psychology sessions with Megan alongside the group.\n',
      errors: [
        { line: 5, source: 'see Ana or Dr. Iyer for that as well' },
        { line: 7, source: 'individual speech or psychology sessions with Megan' },
      ],
      output: null,
    },
    {
      name: 'members already in therapy with the leaders, named ("already seeing Hana or Ezra for couples therapy are welcome to join")',
      kind: 'therapy',
      text: HEAD + 'Couples who are already seeing Hana or Ezra for couples therapy are welcome to join.\n',
      errors: [{ line: 5, source: 'already seeing Hana or Ezra for couples therapy' }],
      output: null,
    },
    {
      name: 'a primary therapist "who also co-leads your process group and meets with you individually"',
      kind: 'therapy',
      text: HEAD + 'Each client has a primary therapist, who also co-leads your process group and meets with you individually once a week.\n',
      errors: [{ line: 5, source: 'therapist, who also co-leads your process group and meets with you individually' }],
      output: null,
    },
    {
      name: 'seen one to one by a therapist who co-leads the group ("meet one-to-one each week with your primary therapist, who co-leads your group")',
      kind: 'therapy',
      text: HEAD + "You'll also meet one-to-one each week with your primary therapist, who co-leads your process group.\n",
      errors: [{ line: 5, source: 'meet one-to-one each week with your primary therapist, who co-leads your process group' }],
      output: null,
    },
    {
      name: 'seen one-to-one by the group leader ("see the group therapist one-to-one")',
      kind: 'therapy',
      text: HEAD + 'Some members see the group therapist one-to-one as well.\n',
      errors: [{ line: 5, source: 'see the group therapist one-to-one' }],
      output: null,
    },
    {
      name: 'individual therapy that may be with the group\'s own leader ("either with the group leader or an outside therapist")',
      kind: 'therapy',
      text: HEAD + 'Members must be in individual therapy either with the group leader or an outside therapist.\n',
      errors: [{ line: 5, source: 'individual therapy either with the group leader' }],
      output: null,
    },
    {
      name: 'the group as a part of the service\'s own individual treatment ("can augment individual treatment plans", "individual sessions prior to starting group")',
      kind: 'therapy',
      text: HEAD + 'Group therapy can augment individual treatment plans.\n\nNew clients complete two individual sessions prior to starting group.\n',
      errors: [
        { line: 5, source: 'augment individual treatment' },
        { line: 7, source: 'individual sessions prior to starting group' },
      ],
      output: null,
    },
    {
      name: 'the group led by each member\'s own therapist ("led by each client\'s primary therapist", "facilitated by your individual counselor")',
      kind: 'therapy',
      text: HEAD + "The process group is led by each client's primary therapist.\n\nOn Fridays it is facilitated by your individual counselor.\n",
      errors: [
        { line: 5, source: "led by each client's primary therapist" },
        { line: 7, source: 'facilitated by your individual counselor' },
      ],
      output: null,
    },
    {
      name: 'members discussing their problems with one another is no discussion of the two services ("discuss their problems and give each other feedback")',
      kind: 'therapy',
      text: HEAD + 'Group therapy can augment individual treatment plans. Members discuss their problems honestly and give each other feedback.\n',
      errors: [{ line: 5, source: 'augment individual treatment' }],
      output: null,
    },
    {
      name: 'members in both group and individual therapy at the same service ("participate in both group and individual therapy")',
      kind: 'therapy',
      text: HEAD + 'Some clients participate in both group and individual therapy.\n',
      errors: [{ line: 5, source: 'participate in both group and individual' }],
      output: null,
    },
    {
      name: 'a programme "consisting of individual and group therapy", or group sessions "combined with individual sessions"',
      kind: 'therapy',
      text: HEAD + 'The programme runs twice weekly, consisting of individual and group therapy. Group sessions are combined with individual sessions.\n',
      errors: [{ source: 'consisting of individual and group therapy' }, { source: 'Group sessions are combined with individual sessions' }],
      output: null,
    },
    {
      name: 'the group\'s leader, who "will also meet with teens individually while the group is running", is still the group\'s therapist seen one-to-one',
      kind: 'therapy',
      text: HEAD + 'Ana will also meet with teens individually while the group is running.\n',
      errors: [{ line: 5, source: 'meet with teens individually' }],
      output: null,
    },
    {
      name: 'group members seen one-to-one in a services list ("Counselors meet with group members individually") are still members seeing the leader',
      kind: 'therapy',
      text: HEAD + 'Counselors meet with group members individually for a few short sessions.\n',
      errors: [{ line: 5, source: 'meet with group members individually' }],
      output: null,
    },
    {
      name: 'current clients welcome',
      kind: 'therapy',
      text: HEAD + 'My current clients are welcome to join.\n',
      errors: [{ line: 5, column: 4, source: 'current clients are welcome', severity: 'information' }],
      output: null,
    },
    {
      name: 'keep seeing me individually',
      kind: 'therapy',
      text: HEAD + 'You can keep seeing me individually.\n',
      errors: [{ source: 'seeing me individually' }],
    },
    {
      name: 'meet with the therapist one-on-one',
      kind: 'therapy',
      text: HEAD + 'Members may also meet with the therapist one-on-one.\n',
      errors: [{ source: 'meet with the therapist one-on-one' }],
    },
    {
      name: 'BOM, CRLF, accents and emoji',
      kind: 'therapy',
      text: '\uFEFF' + crlf('# Groupe trauma 🌱\n\nThis is group therapy with Zoé.\n\n💬 Individual therapy with the therapist is available.\n'),
      errors: [{ line: 5, column: 4, source: 'Individual therapy with the therapist' }],
    },
    {
      name: 'a negated sentence does not hide an affirmed one',
      kind: 'therapy',
      text: HEAD + 'The therapist does not see members privately at first. Later, you can keep seeing me individually.\n',
      errors: [{ source: 'seeing me individually' }],
    },
  ],
});
