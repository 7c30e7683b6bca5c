import { crlf, ruleTable } from '../helpers/rule-tester';

const declared = (kind: string, text: string) => `---\ngroup: ${kind}\n---\n\n${text}`;
// Peer circles hosted by a guild whose clinic also runs group psychotherapy.
const GUILD =
  "# Peer Support Circles for Paramedics\n\nThe Westvale Paramedics' Guild hosts free peer support circles for paramedics and dispatchers. A certified group psychotherapist attends to keep time and greet newcomers.\n\nFor those who want more, our clinic also runs group psychotherapy: ten weekly sessions with a psychologist, billed to insurance.\n\n- Circles meet online every Monday at 8 pm.\n- Come when you can; there is no sign-up and no need to come every week.\n\nTo join, choose a date on our calendar.\n";

// One group said to be both kinds, past an aside that denies only itself.
const FAMILY = '# Family Support Group\n\nOur support group (not a class) is a therapy group too, led by a licensed counsellor. We meet on Mondays at 7 pm.\n';

// A college counselling centre's page on its own groups: a first step in, then the kinds of group it runs, each with groups of its
// own named as examples, support groups among them.
const CENTRE_INTRO =
  '# Group Programs\n\nThe Harbor College Wellness Center runs groups every term, and they are free for enrolled students.\n\n' +
  'If you are interested in a group, you will meet with one of our counselors for a short conversation about what you hope to get from it.\n\n';
const CENTRE_TYPES =
  '## Types of Group Therapy\n\n' +
  '- **Therapy groups** are led by two counselors and look at how members relate to one another.\n  Examples: Understanding Self and Others Group, Anxiety Toolbox Group\n' +
  '- **Skills groups** teach ways to handle stress and strong feelings.\n  Examples: Steady Mind Group, Sleep Reset Group\n' +
  '- **Support groups** bring together students facing something alike so they can lean on one another.\n  Examples: First-Generation Student Support Group, Caregiving Students Support Group\n';
// A group's consent form that describes both kinds as one setting.
const CONSENT_BODY =
  'Welcome, and thank you for choosing Maple Row Counselling. Please read this page before your first group.\n\n' +
  'Group counselling and support groups are a confidential space where people with similar worries come together to talk, to listen and to learn from one another.\n\n' +
  "What is said in the room stays in the room, and members are asked to respect one another's privacy.\n\n";

ruleTable('kind-conflict', {
  valid: [
    {
      name: "the centre's kinds of group with its named groups but no first step in (no intake, no meeting the counselor) is no page of its own groups: silent",
      text: CENTRE_INTRO.replace(/If you are interested[^\n]*\n\n/, '') + CENTRE_TYPES,
      expectKind: null,
    },
    {
      name: 'the first step only inside a code block is no prose of the page: silent',
      text:
        CENTRE_INTRO.replace(
          /If you are interested[^\n]*\n\n/,
          '```\nIf you are interested in a group, you will meet with one of our counselors first.\n```\n\n',
        ) + CENTRE_TYPES,
      expectKind: null,
    },
    {
      name: 'a denied first step ("No screening meeting is needed") gives no way in: silent',
      text: CENTRE_INTRO.replace(/If you are interested[^\n]*\n/, 'No screening meeting is needed to read this guide.\n') + CENTRE_TYPES,
      expectKind: null,
    },
    {
      name: 'an explainer of kinds of group therapy with example names, whose meeting with a facilitator is told in the past: silent',
      text:
        '# Understanding Group Therapy\n\nGroup therapy can take many shapes.\n\n## Kinds of Group Therapy\n\n' +
        '- **Process groups** centre on how members relate in the room.\n  Examples: Interpersonal Process Group, Open Process Group\n' +
        '- **Support groups** gather people facing one shared difficulty.\n  Examples: Widowed Persons Support Group, Cancer Caregivers Support Group\n\n' +
        'Years ago, people who were interested met with a facilitator first.\n',
    },
    {
      name: "the consent-form heading over a page that asks no one to sign it is no group's form: silent",
      text: '# Group Informed Consent\n\n' + CONSENT_BODY + 'This page is for reading only: there is no form to sign.\n',
    },
    {
      name: "a guide to writing a group consent form, which tells clinicians to ask members to sign, is no group's form: silent",
      text:
        '# Writing a Group Informed Consent\n\nGroup therapy and support groups are a setting where consent matters. ' +
        'A clinician drafting one should ask each member to sign this form before the first session.\n',
    },
    {
      name: 'a site\'s "Cookie Consent" heading is no group\'s consent form, whatever the page asks: silent',
      text: '# Cookie Consent\n\n' + CONSENT_BODY + 'When you have read it, please sign this form below and hand it to the front desk.\n',
    },
    {
      name: 'on a group\'s own page, "group therapy and support groups are a different matter" sets the kinds apart: no conflict',
      text: '# Grief Circle\n\nOur grief circle meets every Monday at 7 pm in the library annex. Group therapy and support groups are a different matter from this circle.\n',
    },
    {
      name: 'a support group that is "not a grief (bereavement) or therapy group" denies both through the aside: no conflict',
      text: '# Support Group\n\nPeer support for families after a road death.\n\n## Our support group\n\nThe aim of our support group is to lessen the isolation families feel. Led by a trained facilitator, the meetings are a safe place to share.\n\nSupport group meetings are not a grief (bereavement) or therapy group.\n',
    },
    {
      name: 'a host named "The Group Psychotherapy Association of Westvale" is an organisation, not a therapy group beside the support circles',
      text: '# Peer Support Circles for Paramedics\n\nThe Group Psychotherapy Association of Westvale hosts free peer support circles for paramedics and dispatchers. A certified group psychotherapist attends to keep time and greet newcomers.\n\n- Circles meet online every Monday at 8 pm.\n- Come when you can; there is no sign-up and no need to come every week.\n\nTo join, choose a date on our calendar.\n',
      expectKind: 'support',
    },
    {
      name: 'meetings that include peer counselling, or information about counselling nearby, give no counselling themselves',
      text: '# Parents Circle\n\nOur support group for parents meets on Saturdays. Sessions include peer counselling and tea. Each meeting will include information about counselling services nearby.\n',
    },
    {
      name: 'a therapy-group title over a page that also runs support groups for families: a second offering, not the same group',
      text: '# Group Therapy at Elm Clinic\n\nOur therapy groups meet weekly. We also run support groups for families on Sundays.\n',
    },
    {
      name: 'a therapy-group title over a page that sets its group against support groups',
      text: '# Group Therapy for Anxiety\n\nThis eight-week group is led by a licensed psychologist. Unlike support groups, it follows a structured plan.\n',
    },
    {
      name: 'the host, not the group, offers individual counselling ("The hospice also offers individual grief counseling")',
      text: '# Grief Support Group\n\nOur grief support group meets on Tuesdays at 7 pm. The hospice also offers individual grief counseling. The group offers no counseling itself. Free, not therapy.\n',
    },
    {
      name: 'under "Types of group therapy we offer", a paragraph that only points to support groups elsewhere is no type of its own',
      text:
        'Group Therapy\n\nTypes of group therapy we offer\n\nProcess groups help members explore how they relate to others, over a term.\n\n' +
        'Community support groups are listed on the noticeboard.\n\nAll groups are led by licensed counsellors; call 555-0122 to join.\n',
    },
    {
      name: 'a support group that "provides peer counseling" names no therapy',
      text: '# Young Widows Support Group\n\nA free peer support group; it is not therapy. Our support group provides peer counseling from members who have been there. We meet Mondays at 7 pm.\n',
      expectKind: 'support',
    },
    {
      name: 'groups of both kinds, each under its own heading, say which group is which: declare-kind asks, this rule is silent',
      text:
        '# Spring groups at the Willow Centre\n\n## Therapy groups\n\nAn eight-week group therapy course for panic, led by a clinical psychologist. ' +
        'Fee: $35 a session.\n\n## Peer support meetups\n\nRun by volunteers with lived experience; not therapy and free. Thursdays at 7 pm.\n',
      expectKind: null,
    },
    {
      name: 'a support group page with a question line on how support groups differ from group therapy is no conflict',
      text:
        '# Young Carers Circle\n\nThe young carers support group meets every other Wednesday evening at the library, for carers aged 12 to 17.\n\n' +
        'What is the difference between a support group and group therapy?\n\n' +
        'Support groups and group therapy both give people a place to talk. Group therapy is led by a licensed clinician; a support group is run by peers.\n',
      expectKind: 'support',
    },
    {
      name: 'a support group page with a "How is this different from group therapy?" heading is no conflict',
      text:
        '# Stroke Survivors Group\n\nOur stroke survivors support group meets on the first Monday of the month at 2 pm. Carers are welcome.\n\n' +
        '## How is this different from group therapy?\n\nGroup therapy is treatment, led by a psychologist and paid for per session. Here members share what has helped them.\n',
      expectKind: 'support',
    },
    {
      name: 'a support group page with a "Support group or group therapy?" heading is no conflict',
      text:
        "# Caregivers' Circle\n\nOur support group is for family caregivers of people living with dementia. We meet on the first Monday of each month at 7 pm.\n\n" +
        '## Support group or group therapy?\n\nA support group is people with a shared experience helping one another. Group therapy is treatment led by a licensed clinician.\n',
      expectKind: 'support',
    },
    {
      name: 'free support groups beside therapy groups "which are billed to insurance" are two offerings, no conflict',
      text: '# Our Groups\n\nWe offer free support groups and therapy groups, which are billed to insurance. Groups meet weekly.\n',
    },
    {
      name: 'a free support group and a paid therapy group that "both meet weekly" are two offerings, no conflict',
      text:
        '# Our Groups\n\nWe offer support groups and therapy groups. Support groups are free and peer-led. Therapy groups are led by a psychologist ' +
        'and cost $40 per session. Both types of group meet weekly.\n',
    },
    {
      name: 'counselling offered at the clinic and support groups meeting elsewhere, side by side, are no conflict',
      text:
        '# Bereavement Services\n\nThe hospice offers bereavement counseling at its clinic, and peer support groups meet at the library on Thursdays at 6 pm. ' +
        'The groups are free and led by volunteers.\n',
    },
    {
      name: '"we do not offer counselling through our support groups" keeps them apart',
      text: '# Grief Support Group\n\nWe do not offer counseling through our support groups; they are peer-led and free. We meet on Mondays at 7 pm.\n',
      expectKind: 'support',
    },
    {
      name: '"group therapy does not include support groups" keeps them apart',
      text: '# Group Therapy\n\nThis is group therapy, led by a licensed psychologist. Group therapy does not include support groups, which are peer-led. Fee: $50.\n',
    },
    {
      name: 'a support-group title over "not a therapy group" is the disclaimer, not a conflict',
      text: '# Caregiver Support Group\n\nThis support group is not a therapy group. Members share experiences. It is free.\n',
      expectKind: 'support',
    },
    {
      name: 'a group therapy FAQ with a "Peer Support" benefit line is no conflict',
      text: '# Group Therapy FAQ\n\nGroup therapy gives you a place to practise new ways of relating.\n\nPeer Support\n\nMembers hear how others cope, guided by the therapist.\n',
      expectKind: 'therapy',
    },
    {
      name: 'a counselling centre that offers group therapy and, separately, refers students to support groups is no conflict',
      text: '# Counseling Center\n\nThe center offers group therapy each term, such as a process group and a DBT skills group. Ask us about support groups in town.\n',
    },
    {
      name: 'a centre with counseling groups and a section of community support groups it refers to is no conflict',
      text: '# Counseling Services\n\nThe centre offers several counseling groups each term, led by staff psychologists.\n\nCommunity Support Groups\n\nFor peer groups off campus, ask us for a list.\n',
    },
    {
      name: 'a support group hosted by a practice named "… Therapy Group" is no conflict',
      text:
        '# Widowed Parents Support Group\n\nHosted by the Harbor Therapy Group. This is a peer support group, not therapy. ' +
        'We meet on the first Monday at 7 pm at Harbor Therapy Group, LLC, 12 Dock Road. Free.\n',
      expectKind: 'support',
    },
    {
      name: 'a support group flyer that names "Group Therapy" or "Family Therapy" as other services is no conflict',
      text:
        '# Caregiver Support Group\n\nA free peer support group; it is not therapy. We meet on Tuesdays at 6 pm. ' +
        'Members who want more can ask about our Family Therapy or Group Therapy services.\n',
      expectKind: 'support',
    },
    {
      name: 'support groups facilitated by trained volunteers, beside therapy groups, are no conflict',
      text: '# Groups\n\nOur support groups are facilitated by trained volunteers. Therapy groups are listed on another page.\n',
    },
    {
      name: 'docs: a peer support group, not group therapy',
      text: '---\ngroup: support\n---\n\n# Widowed Parents Circle\n\nThis is a peer support group, not group therapy.\n',
    },
    {
      name: 'docs: looking for group therapy? a referral',
      text: '---\ngroup: support\n---\n\nIf you are looking for group therapy, ask the facilitator for a referral.\n',
      expectKind: 'support',
    },
    {
      name: 'docs: group therapy, not a drop-in support group',
      text: '---\ngroup: therapy\n---\n\nThis is group therapy, not a drop-in support group: members commit to all ten\nsessions.\n',
      expectKind: 'therapy',
    },
    { name: 'a question: "Is this group therapy? No."', text: '---\ngroup: support\n---\n\n# Circle\n\nIs this group therapy? No.\n', expectKind: 'support' },
    { name: '"We are not a therapy group"', text: '---\ngroup: support\n---\n\n# Circle\n\nWe are not a therapy group.\n', expectKind: 'support' },
    {
      name: 'therapy: "not a substitute for individual therapy" is not a denial of itself',
      text: '---\ngroup: therapy\n---\n\n# Circle\n\nThis group is group therapy. It is not a substitute for individual therapy.\n',
      expectKind: 'therapy',
    },
    {
      name: 'inline code, link target, HTML and code block',
      text: '---\ngroup: support\n---\n\n# Circle\n\nNot therapy. `this is group therapy` [x](https://example.org/this-is-group-therapy) <span title="this is group therapy">hi</span>\n\n```\nThis is group therapy.\n```\n',
      expectKind: 'support',
    },
    {
      name: 'inferred kinds are never in conflict',
      text: '# Anxiety Circle\n\nThis is group therapy. Weekly, $50, with a licensed therapist.\n',
      expectKind: 'therapy',
    },
    {
      name: 'CRLF, Spanish, emoji',
      text: crlf('---\ngroup: support\n---\n\n# Círculo 🙂\n\nEste grupo no es terapia. This group is not group therapy.\n'),
      expectKind: 'support',
    },
    {
      name: 'a joint title on a page where the support groups are free',
      text: '# Support & Therapy Groups\n\nOur support groups are free and peer-led. Therapy groups are $40 a session with a licensed counselor.\n',
    },
    {
      name: 'a joint title and no fee at all',
      text: "# Support and Therapy Groups\n\nWe host a caregivers' circle on Mondays and a DBT skills group on Thursdays.\n",
    },
    {
      name: 'groups that may be one thing or another, none of them support groups',
      text: '# Groups at Elm Street\n\nOur groups may be psychoeducational or process-oriented. Each group therapy cycle is ten weeks.\n',
    },
    {
      name: 'a free support group run by volunteers, called a counselling programme, is a support group with a claim (support-no-therapy-claims), not both kinds',
      text: "# Carers' Support Group\n\nThe Carers' Support Group, a free six-week counselling programme, meets on Mondays at 6 pm in the church hall. Volunteers who have cared for a parent host it.\n",
      expectKind: 'support',
    },
    {
      name: 'a free support group co-facilitated by counsellors and called a counseling program: no fee, so still a support group',
      text: '# News\n\nThe Trauma Support Group, a ten-week free counseling program, began in July at the library. Two county counselors co-facilitate it. The group meets Tuesdays at noon.\n',
      expectKind: 'support',
    },
    {
      name: "a support group called one of the host's counselling services, free and run by volunteers",
      text: '# Grief Support Group\n\nThe Grief Support Group is one of our free counselling services for families. Volunteers host it every other Tuesday at 6:30 pm at the hospice.\n',
      expectKind: 'support',
    },
    {
      name: "a counselling service set before a sentence of its own beside the support group is not the group's name",
      text: "# Parents' Support Group\n\nBeside the support group, a counselling service is open on weekdays for anyone who wants one-to-one help. The group is free, peer-led and meets monthly at 7 pm.\n",
      expectKind: 'support',
    },
    {
      name: 'a support group set beside a counselling programme, not called one',
      text: '# Caregiver Support Group\n\nThe Caregiver Support Group, a free monthly circle for family carers, meets at the library. It is not a counseling program.\n',
    },
    {
      name: 'a support group that is also something else than therapy',
      text: '# Riverside Support Group\n\nThe Riverside support group is also a place to find friends. We meet every month; it is free and not therapy.\n',
    },
    {
      name: 'a support group title over a page that offers individual therapy elsewhere',
      text: '# Grief Support Group\n\nA free peer support group on Mondays at 6 pm. Our centre also offers individual therapy by appointment.\n',
    },
    {
      name: 'a group therapy page that refers members on to a named support group elsewhere is no conflict',
      text: '# Anxiety Therapy Group\n\nThis is group therapy led by a licensed psychologist, $60 a session. Between cycles, we can refer you to the Harbor Anxiety Support Group.\n',
      expectKind: 'therapy',
    },
    {
      name: "a group therapy page naming a community organisation's support group is no conflict",
      text: '# DBT Skills Group\n\nOur DBT skills group is group therapy for adults, twelve weeks, $45 a session. Families may also like the NAMI Family Support Group in town.\n',
      expectKind: 'therapy',
    },
    {
      name: 'a group therapy page that sets itself apart from "a Grief Support Group" with "not" is no conflict',
      text: '# Grief Therapy Group\n\nThis is group therapy with a licensed counselor over eight weeks, $50 a session. It is not a Drop-In Support Group.\n',
      expectKind: 'therapy',
    },
    {
      name: 'a support group page with its own capitalised name is no conflict',
      text: '# Caregiver Support Group\n\nThe Elm Street Caregiver Support Group is a free peer support group. It is not therapy. We meet on Mondays at 6 pm.\n',
      expectKind: 'support',
    },
    {
      name: "a therapy group's page that mentions a second offering, support group meetings the centre also hosts, is no conflict",
      text: '# Teen Anxiety Therapy Group\n\nThis is group therapy for teens, eight weeks, led by a licensed counselor, $40 a session. The centre also hosts monthly support group meetings for parents.\n',
      expectKind: 'therapy',
    },
    {
      name: 'group formats of a support organisation, none of them led by clinicians',
      text: '# Caregiver Circles\n\nOur circles are free and run by volunteers. Common group formats include:\n\n- Sharing circles\n- Peer-led groups for new carers\n',
    },
    {
      name: 'declared therapy: "a non-peer-led group" is no support group',
      text: '---\ngroup: therapy\n---\n# Grief Group\n\nThis is group therapy, a non-peer-led group, led by a licensed counselor.\n',
    },
  ],
  invalid: [
    {
      name: 'undeclared: a centre\'s page with a first step in ("you will meet with one of our counselors") lists support groups among its "Types of Group Therapy", each with groups of its own',
      text: CENTRE_INTRO + CENTRE_TYPES,
      expectKind: null,
      errors: [{ line: 7, severity: 'error', source: 'Types of Group Therapy', messageIncludes: 'is listed among "Types of Group Therapy"' }],
      suggestions: [],
    },
    {
      name: 'undeclared: the same pasted from a web page, "•" lines indented, "For instance:" names and a screening appointment as the first step',
      text:
        'Counseling and Wellness\n\nGroup Counselling\n\nGroups at the Riverbend University Counselling Centre cost nothing. ' +
        'Each group begins with a screening appointment so the leaders can be sure the group suits you.\n\n' +
        'Kinds of Group Counselling\n\n  • Process Groups\n\n    Members talk openly about what they feel.\n\n    For instance: Graduate Process Group, Open Process Group\n\n' +
        '  • Support Groups\n\n    Members give and get encouragement from others in a like situation.\n\n    For instance: Bereaved Students Support Group, Parenting Students Support Group\n',
      expectKind: null,
      errors: [{ line: 7, severity: 'error', source: 'Kinds of Group Counselling' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a group consent form the reader is asked to sign, calling "group counselling and support groups" one confidential space',
      text: '# Group Informed Consent\n\n' + CONSENT_BODY + 'When you have read it, please sign this form below and hand it to the front desk.\n',
      expectKind: null,
      errors: [{ line: 5, severity: 'error', source: 'Group counselling and support groups are a confidential space' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "Support groups & group therapy are a safe setting…" on a group\'s own flyer',
      text: '# Harbour Circle\n\nSupport groups & group therapy are a safe setting for this circle. We meet every Thursday at 6 pm at the Harbour Hall; call 555-0147 to join.\n',
      errors: [{ line: 3, severity: 'error', source: 'Support groups & group therapy are a safe setting' }],
      suggestions: [],
    },
    {
      name: 'an aside that denies only itself, "Our support group (not a class) is a therapy group too", still makes one group both kinds',
      text: FAMILY,
      expectKind: null,
      errors: [{ severity: 'error', source: 'therapy group' }],
      suggestions: [declared('support', FAMILY), declared('therapy', FAMILY)],
    },
    {
      name: 'circles hosted by a guild whose clinic also runs group psychotherapy name both kinds',
      text: GUILD,
      expectKind: null,
      errors: [{ severity: 'error', source: 'group psychotherapy', messageIncludes: 'names both kinds' }],
      suggestions: [declared('support', GUILD), declared('therapy', GUILD)],
    },
    {
      name: 'a support group whose meetings include counselling ("Each meeting will include games, chair yoga, counselling and singing")',
      text: '# Parents Circle\n\nOur support group for parents meets on Saturdays. Each meeting will include games, chair yoga, counselling and singing.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'Each meeting will include games, chair yoga, counselling',
          messageIncludes: 'gives counselling or therapy itself',
        },
      ],
      suggestions: [],
    },
    {
      name: 'a support group that itself offers counselling in a sentence of its own ("The group also offers grief counseling")',
      text: '# Grief Support Group\n\nOur grief support group meets on Tuesdays at 7 pm in the library. The group also offers grief counseling to anyone who needs it. Free.\n',
      errors: [{ line: 3, severity: 'error', source: 'The group also offers grief counseling', messageIncludes: 'gives counselling or therapy itself' }],
      suggestions: [],
    },
    {
      name: 'declared therapy, yet the text calls the group a peer support group: the message says so',
      text: '---\ngroup: therapy\n---\n# Grief Group\n\nWe are a peer support group for widows.\n',
      errors: [
        {
          line: 6,
          severity: 'error',
          messageIncludes: 'The front matter says this is group therapy, but "We are a peer support group" says it is a support group',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: "Types of group therapy we offer", each a paragraph, one opening "Support groups bring together students…"',
      text:
        'Group Therapy\n\nEach term we run a range of groups for students.\n\nTypes of group therapy we offer\n\n' +
        'Skills groups teach practical ways of managing stress over four to six sessions.\n\n' +
        'Support groups bring together students with a shared experience, such as bereavement, to share and encourage one another.\n\n' +
        'All groups are led by counsellors of the Service.\n',
      errors: [{ line: 5, severity: 'error', source: 'Types of group therapy we offer', messageIncludes: 'is listed among' }],
      suggestions: [],
    },
    {
      name: 'a support group that "also provides group counseling" presents one group as both kinds',
      text: '# Fresh Start\n\nFresh Start is a support group that also provides group counseling for members who are struggling with depression. Mondays at 7 pm.\n',
      expectKind: null,
      errors: [{ line: 3, severity: 'error', source: 'support group that also provides group counseling' }],
      suggestions: [],
    },
    {
      name: 'a support group that "provides grief counseling" by a counsellor presents one group as both kinds',
      text: '# Pet Loss Support Group\n\nSecond Saturday of each month, 11 am. Our support group provides grief counseling in a group setting with our counselor, an LPC.\n',
      expectKind: null,
      errors: [{ line: 3, severity: 'error', source: 'support group provides grief counseling' }],
      suggestions: [],
    },
    {
      name: 'undeclared: support groups and the group counselling the page also offers conflict, a comparing section below or not',
      text: '# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. We also offer individual and group counseling with our licensed counselors.\n\n## Support group or group therapy: what is the difference?\n\nA support group is run by peers; group therapy is treatment led by a clinician.\n',
      errors: [{ line: 3, severity: 'error', source: 'group counseling', messageIncludes: '("bereavement support groups", then "group counseling")' }],
      suggestions: [
        '---\ngroup: support\n---\n\n# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. We also offer individual and group counseling with our licensed counselors.\n\n## Support group or group therapy: what is the difference?\n\nA support group is run by peers; group therapy is treatment led by a clinician.\n',
        '---\ngroup: therapy\n---\n\n# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. We also offer individual and group counseling with our licensed counselors.\n\n## Support group or group therapy: what is the difference?\n\nA support group is run by peers; group therapy is treatment led by a clinician.\n',
      ],
    },
    {
      name: 'undeclared: both kinds named ("Support groups help. Group therapy helps too.") and never which one this group is',
      text: '# Thursday Circle\n\nSupport groups help. Group therapy helps too. We meet Thursdays at 7 pm; call to sign up.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'Group therapy',
          messageIncludes:
            'This page names both kinds ("Support groups", then "Group therapy") and never says which one its group is, or which group is which.',
        },
      ],
      // The same quick fixes as declare-kind's: declare the one group's kind in front matter.
      suggestions: [
        '---\ngroup: support\n---\n\n# Thursday Circle\n\nSupport groups help. Group therapy helps too. We meet Thursdays at 7 pm; call to sign up.\n',
        '---\ngroup: therapy\n---\n\n# Thursday Circle\n\nSupport groups help. Group therapy helps too. We meet Thursdays at 7 pm; call to sign up.\n',
      ],
    },
    {
      name: "undeclared: a page's support groups and the group counselling it also offers",
      text:
        '# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. ' +
        'We also offer individual and group counseling with our licensed counselors; call 555-0100.\n',
      errors: [{ line: 3, severity: 'error', source: 'group counseling', messageIncludes: '("bereavement support groups", then "group counseling")' }],
      suggestions: [
        '---\ngroup: support\n---\n\n# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. ' +
          'We also offer individual and group counseling with our licensed counselors; call 555-0100.\n',
        '---\ngroup: therapy\n---\n\n# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. ' +
          'We also offer individual and group counseling with our licensed counselors; call 555-0100.\n',
      ],
    },
    {
      name: 'undeclared: "Types of Group Counseling" with "•" lines (pasted from a web page), one of them "Support Groups"',
      text: '# Group Counseling\n\nWe offer these groups each semester.\n\nTypes of Group Counseling\n\n• Process Groups\n\nMembers talk through what happens between them.\n\n• Support Groups\n\nMembers give and receive support.\n',
      errors: [
        { line: 5, severity: 'error', source: 'Types of Group Counseling', messageIncludes: '"Support Groups" is listed among "Types of Group Counseling"' },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: "Types of Group Therapy:" over "•" lines in one paragraph, each a label and its description, one "Support groups:"',
      text:
        '# Group Therapy\n\nTypes of Group Therapy:\n\n• Skills groups: They teach ways to cope.\n• Process groups: They look at how members relate.\n' +
        '• Support groups: They help members and families through hard changes.\n',
      errors: [
        { line: 3, severity: 'error', source: 'Types of Group Therapy:', messageIncludes: '"Support groups" is listed among "Types of Group Therapy:"' },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a pasted list whose lines double the marker ("• • Support groups: …") under "Types of Group Therapy:"',
      text: '# Group Therapy\n\nTypes of Group Therapy:\n\n• • Skills groups: They teach ways to cope.\n• • Support groups: They help families through hard changes.\n',
      errors: [
        { line: 3, severity: 'error', source: 'Types of Group Therapy:', messageIncludes: '"Support groups" is listed among "Types of Group Therapy:"' },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a centre that "offers a variety of counseling groups", with a section headed "Support Groups"',
      text: '# Counseling Services\n\nThe centre offers a variety of counseling groups each term.\n\nProcess Groups\n\nMembers explore how they relate to others.\n\nSupport Groups\n\nStudents facing the same issue meet to share.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'offers a variety of counseling groups',
          messageIncludes: '"Support Groups" is listed among "offers a variety of counseling groups"',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a centre that "offers a wide variety of free group treatment, including … support groups"',
      text:
        '# Groups and Workshops\n\nStudent Counseling offers a wide variety of free group treatment, including workshops, support groups and therapy groups, to enrolled students.\n\n' +
        'In group therapy, five to eight students meet weekly with trained group therapists. Call 555-0100 to join a group.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'offers a wide variety of free group treatment, including workshops, support groups',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a clinic that "provides group counseling such as … support groups"',
      text: '# Our Groups\n\nThe clinic provides group counseling such as anger management groups and grief support groups. Call 555-0100 to register.\n',
      errors: [{ line: 3, severity: 'error', source: 'provides group counseling such as anger management groups and grief support groups' }],
      suggestions: [],
    },
    {
      name: 'undeclared: group counseling "is part of the support group meetings"',
      text: '# Patient Groups\n\nOur four support groups meet monthly at the hospital. Group counseling and talks are part of the support group meetings.\n',
      errors: [{ line: 3, severity: 'error', source: 'Group counseling and talks are part of the support group' }],
      suggestions: [],
    },
    {
      name: "undeclared: clinicians' group formats that include peer-led groups",
      text: '# Groups for Veterans\n\nEach group is facilitated by licensed clinicians. Common group formats include:\n\n- Process groups\n- Peer-led groups: veterans supporting each other\n',
      errors: [{ line: 3, severity: 'error', source: 'group formats include:', messageIncludes: '"Peer-led groups" is listed among "group formats include:"' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a support-group title over a sentence that opens by naming the group a therapy group',
      text:
        '# Caregiver Support Group\n\nTherapy Group for Family Caregivers is offered each spring as a 10-week group. ' +
        'Members learn coping skills with a licensed counselor.\n',
      errors: [{ line: 3, severity: 'error', source: 'Therapy Group', messageIncludes: 'The title names a support group, but "Therapy Group"' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a "Support Circle" title over "A therapy group for…": the message puts each kind on its side',
      text: '# Caregiver Support Circle\n\nA therapy group for family caregivers. Led by a licensed counselor. Eight weeks.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'therapy group',
          messageIncludes: 'The title names a support group, but "therapy group" says the group is therapy',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a "Support Groups" title over a page that says it offers therapy groups',
      text: '# Support Groups\n\nThe Wellness Center offers group therapy for adults and teens. Our groups meet weekly for enrolled clients.\n',
      errors: [{ line: 3, severity: 'error', source: 'The Wellness Center offers group therapy', messageIncludes: 'The title names a support group, but' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a support group called a counselling programme that charges a fee and is led by a clinician is both kinds',
      text:
        '# Anger Support Group\n\nThe Anger Support Group, a twelve-week counselling programme, is led by a licensed clinical social worker. ' +
        'Each session costs $45 and can be billed to insurance. We meet Wednesdays at 5 pm.\n',
      errors: [{ line: 3, severity: 'error', source: 'Support Group, a twelve-week counselling programme' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a support group called a psychotherapy programme names the other kind outright',
      text: '# Teen Support Group\n\nThe Teen Support Group, a psychotherapy programme for adolescents, meets Fridays at 4 pm.\n',
      errors: [{ line: 3, severity: 'error', source: 'Support Group, a psychotherapy programme' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a support group that is also a counselling group names the other kind outright',
      text: '# Harbour Support Group\n\nThe Harbour Support Group is also a counseling group for veterans. Coffee every month.\n',
      errors: [{ line: 3, severity: 'error', source: 'Support Group is also a counseling group' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "the Riverside support group is also a therapy group"',
      text: '# Groups at Riverside\n\nThe Riverside support group is also a therapy group. Tea and cake every month.\n',
      errors: [{ line: 3, severity: 'error', source: 'support group is also a therapy group' }],
      suggestions: [],
    },
    {
      name: 'undeclared: the practice\'s groups "may be psychotherapeutic, psychoeducational or support groups"',
      text: '# Join a Group\n\nGroup therapy gives clients a place to practise new ways of relating. Groups may be psychotherapeutic, psychoeducational or support groups.\n',
      errors: [{ line: 3, severity: 'error', source: 'Groups may be psychotherapeutic, psychoeducational or support groups' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "therapy and support groups are facilitated by health care professionals" (one offering, one clinical leader)',
      text: '# Wellness Groups\n\nOur groups meet each semester. Therapy and support groups are facilitated by health care professionals and run 4-8 weeks.\n',
      errors: [{ line: 3, severity: 'error', source: 'Therapy and support groups are facilitated by health care professionals' }],
      suggestions: [],
    },
    {
      name: 'undeclared: counselling given by way of support groups ("offers bereavement counseling through regularly scheduled support groups")',
      text:
        '# New Grief Group Times\n\nThe hospice offers bereavement counseling through regularly scheduled support groups. A new group meets the first ' +
        'Thursday of each month at noon.\n',
      errors: [{ line: 3, severity: 'error', source: 'offers bereavement counseling through regularly scheduled support groups' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "counselling is provided in the form of peer support groups"',
      text: '# Carers Groups\n\nFor carers, counselling is provided in the form of peer support groups. Groups meet every second Tuesday at 10 am.\n',
      errors: [{ line: 3, severity: 'error', source: 'counselling is provided in the form of peer support groups' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "every group, support or therapy, starts with the same intake interview"',
      text:
        '# Family Groups at Northside\n\nNorthside offers support groups and therapy groups for families. Every group, support or therapy, starts with the same ' +
        'intake interview, and each session is billed at $60. Groups meet on Tuesday evenings.\n',
      errors: [{ line: 3, severity: 'error', source: 'Every group, support or therapy, starts with the same intake' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "we run support groups and therapy groups; both kinds of group require an intake"',
      text: '# Our Groups\n\nWe run support groups and therapy groups. Both kinds of group require an intake assessment with a clinician, and both cost $40 per session.\n',
      errors: [{ line: 3, severity: 'error', source: 'Both kinds of group require an intake' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "our support groups and therapy groups are all billed to insurance"',
      text: '# Groups at Elm Street Counseling\n\nOur support groups and therapy groups are all billed to insurance. Groups meet on Thursdays at 5 pm.\n',
      errors: [{ line: 3, severity: 'error', source: 'support groups and therapy groups are all billed' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a title joining both kinds on a page with one fee',
      text: '# Support & Therapy Groups\n\nAll groups are led by our therapists. The monthly group fee is $55 after a consultation.\n',
      errors: [{ line: 1, severity: 'error', source: 'Support & Therapy Groups' }],
      suggestions: [],
    },
    {
      name: 'undeclared: "this support group is one of the group therapy services offered here"',
      text: '# Parents Together\n\nThis support group is one of the group therapy services offered at Marrow Lane Counseling. We meet on Mondays at 6 pm.\n',
      errors: [{ line: 3, severity: 'error', source: 'support group is one of the group therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: group therapy "taken to include" support groups, on a practice\'s page',
      text: '# Group Therapy\n\nAt our practice, group therapy can be taken to include any helping process in a group, including support groups for families. Groups meet weekly.\n',
      errors: [{ line: 3, severity: 'error', messageIncludes: 'both a support group and therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a run-on list of the types of group therapy, items joined by semicolons, names support groups',
      text: '# Our Groups\n\nThe types of group therapy include: skills groups, which teach coping; process groups, which look at how members relate; and support groups, which offer encouragement to families. Groups meet weekly.\n',
      errors: [{ line: 3, severity: 'error', messageIncludes: 'both a support group and therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a support group whose own name calls it a therapy group ("join the Isolation Therapy Group")',
      text:
        '# Center hosts online support group for isolated older adults\n\nOlder adults are invited to join the online Isolation Therapy Group. ' +
        "The support sessions run on Thursdays from 1 to 2 pm, led by the center's social worker.\n",
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'Isolation Therapy Group',
          messageIncludes: 'names a group of this page a therapy group, but the page reads as a support group (it says',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a counselling centre whose groups "can generally be divided into therapy groups, support groups…"',
      text:
        '# Groups at the Counseling Center\n\nOur groups meet weekly during the semester, and every group begins with a pre-group meeting with the leader; ' +
        'call 555-0140 to sign up. Our groups can generally be divided into therapy groups, support groups and workshops, and all are led by licensed center staff.\n',
      errors: [{ line: 3, severity: 'error', messageIncludes: 'presents one group as both a support group and therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a support group that lets members "get group counselling from a professional"',
      text:
        '# Parents Bereavement Evening\n\nThis support group lets bereaved parents meet one another and get group counselling from a professional, free of charge. ' +
        'Evenings are held on the first Wednesday of the month at 7:30 pm.\n',
      errors: [{ line: 3, severity: 'error', messageIncludes: 'presents one group as both a support group and therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a counselling service that offers therapy groups "including the Dissertation Support Group"',
      text:
        '# Counseling Groups\n\nOur counseling service offers several therapy groups each term, including the Thesis Writers Support Group. ' +
        'All groups are led by staff psychologists after a brief screening.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'Thesis Writers Support Group',
          messageIncludes: 'names a group of this page a support group, but the page reads as group therapy (it says "Counseling Groups")',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a group counselling page whose list of groups has a "General Support Group" item',
      text:
        '# Group Counseling\n\nStudents interested in group therapy fill in a short form, and a group counselor contacts them.\n\nGroups this term:\n\n' +
        '- Mindful Coping Group: skills for stress, led by a counselor.\n- General Support Group: connect with peers. Open to all.\n',
      errors: [{ line: 8, severity: 'error', source: 'General Support Group', messageIncludes: 'but the page reads as group therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a practice that offers its therapy groups as "Therapy Support Groups"',
      text: '# Group Therapy\n\nGroup therapy at Linden Psychology is led by licensed psychologists. We offer Divorce Recovery Therapy Support Groups on Tuesdays.\n',
      errors: [{ line: 3, severity: 'error', source: 'Divorce Recovery Therapy Support Groups' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a counselling-group title over a page whose own sessions are "support group sessions"',
      text:
        '# Online Grief Counseling Group\n\nThe Lantern Center is holding eight free hour-long online support group sessions for bereaved teens, ' +
        'starting Monday at 6:30 pm.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'is holding eight free hour-long online support group sessions',
          messageIncludes: 'The title names group therapy',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a "Group Counseling" title over a body that calls its own groups "support groups", plural and mid-sentence',
      text: '# Group Counseling\n\nOur support groups meet each week for twelve weeks with trained volunteer facilitators.\n',
      errors: [{ line: 3, severity: 'error', source: 'support groups', messageIncludes: 'The title names group therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a counselling title over "the sessions will run in small support group formats"',
      text:
        '# Small Group Counseling at Grace Chapel\n\nTrauma-trained therapists will meet with parishioners after the fire. ' +
        'The sessions will run in small support group formats of up to eight people.\n',
      errors: [{ line: 3, severity: 'error', source: 'support group', messageIncludes: 'The title names group therapy' }],
      suggestions: [],
    },
    {
      name: 'undeclared: a therapy title over support sessions whose words also name counselling: the message keeps the sides the right way round',
      text:
        '# Online Grief Therapy Group\n\nThe Lantern Center is holding eight free counselling-centre support group sessions for bereaved teens, ' +
        'starting Monday at 6:30 pm.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'is holding eight free counselling-centre support group sessions',
          messageIncludes:
            'The title names group therapy, but "is holding eight free counselling-centre support group sessions" says the group is a support group.',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a support title over therapy sessions: the message names the title as support and the body as therapy',
      text: '# Caregiver Support Group\n\nHarbor House runs weekly group therapy sessions for family caregivers on Thursdays at 5 pm.\n',
      errors: [
        {
          line: 3,
          severity: 'error',
          source: 'runs weekly group therapy sessions',
          messageIncludes: 'The title names a support group, but "runs weekly group therapy sessions" says the group is therapy.',
        },
      ],
      suggestions: [],
    },
    {
      name: 'undeclared: a support-group title over a page that "runs weekly group therapy sessions"',
      text: '# Caregiver Support Group\n\nRiver Clinic runs weekly group therapy sessions for family caregivers on Thursdays at 5 pm.\n',
      errors: [{ line: 3, severity: 'error', source: 'runs weekly group therapy sessions', messageIncludes: 'The title names a support group' }],
      suggestions: [],
    },
    {
      name: 'docs: declared support, "This is group therapy"',
      text: '---\ngroup: support\n---\n\n# Widowed Parents Circle\n\nThis is group therapy for parents raising children after a loss.\n',
      errors: [{ line: 7, column: 1, source: 'This is group therapy', severity: 'error', messageIncludes: 'front matter' }],
      output: null,
      suggestions: [],
    },
    {
      name: 'docs: declared therapy, "This is not therapy"',
      text: '---\ngroup: therapy\n---\n\n# Anger Management Group\n\nThis is not therapy, just a friendly place to talk things through.\n',
      errors: [{ line: 7, source: 'This is not therapy' }],
      output: null,
      suggestions: [],
    },
    {
      name: 'declared therapy, "This is a peer support group"',
      text: '---\ngroup: therapy\n---\n\n# Circle\n\nThis is a peer support group.\n',
      errors: [{ line: 7, source: 'This is a peer support group' }],
      suggestions: [],
    },
    {
      name: 'kind from a config glob: the message names the configuration',
      path: 'flyers/support/circle.md',
      config: { kinds: { 'flyers/support/**': 'support' } },
      text: '# Circle\n\nThis is group therapy.\n',
      expectKind: 'support',
      errors: [{ line: 3, messageIncludes: 'configuration' }],
      suggestions: [],
    },
    {
      name: 'BOM, CRLF, emoji',
      text: '\uFEFF' + crlf('---\ngroup: support\n---\n\n# Circle 🌱\n\nThis group is group therapy 🙂.\n'),
      errors: [{ line: 7, column: 1, source: 'This group is group therapy' }],
      suggestions: [],
    },
  ],
});
