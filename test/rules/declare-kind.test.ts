import { crlf, ruleTable } from '../helpers/rule-tester';

const GRIEF = '# Tuesday Night Group\n\nA place to talk about grief with others who understand. Room 2, 7 pm.\n';
const declared = (kind: string, text: string, eol = '\n') => `---${eol}group: ${kind}${eol}---${eol}${eol}${text}`;
// A clinic's page with groups of both kinds, each kind under a heading of its own.
const SECTIONS =
  '# Groups at Alder Street Clinic\n\nWe run two kinds of group this spring.\n\n## Peer support evenings\n\nHosted by trained volunteers who ' +
  'have been there themselves. Not therapy; free; drop in on Mondays at 6 pm.\n\n## Therapy groups\n\nA 12-week group therapy programme for ' +
  'low mood, led by a licensed psychologist. $40 a session; intake first.\n';

// A clinicians' case-discussion group that never says it is support or therapy.
const BALINT =
  '# Northshore Balint Group – Autumn Series\n\nFacilitators: Priya Banerjee, MD, and Owen Laird, MD\n\nWhen: the second Wednesday of each month, 7 to 8:30 pm, online.\n\nCost: $150 for the series for Academy members, $220 for others. Credit hours are available.\n\nThe group is open to family physicians, residents and physician assistants. Each evening one member tells the story of a patient they keep thinking about, and the others reflect on it together.\n';

ruleTable('declare-kind', {
  valid: [
    {
      name: 'a support group flyer with a heading that points elsewhere ("If you need group therapy") stays a support group',
      text: '# Caregivers Support Group\n\nA free peer support group for family caregivers. It is not therapy. We meet on Tuesdays at 6 pm in the library.\n\n## If you need group therapy\n\nAsk the facilitator for a list of therapy groups nearby.\n',
      expectKind: 'support',
    },
    {
      name: "both kinds named and neither said of this group is kind-conflict's to report, not this rule's",
      text: '# Thursday Circle\n\nSupport groups help. Group therapy helps too. We meet Thursdays at 7 pm; call to sign up.\n',
    },
    { name: 'docs: declared in front matter', text: '---\ngroup: support\n---\n\n# Tuesday Night Group\n', expectKind: 'support' },
    {
      name: 'docs: says plainly what it is',
      text: '# Tuesday Night Grief Group\n\nThis is a peer support group, not therapy. Free, drop-in, all welcome.\n',
      expectKind: 'support',
    },
    {
      name: 'docs: staff meeting notes are not group material',
      text: '# Staff meeting, 12 May\n\n- New phone system goes live in June\n- Room 2 is booked on Tuesdays\n',
      expectKind: null,
    },
    {
      name: 'docs: a comparison of the kinds',
      text: "# Support groups and group therapy: what's the difference?\n\nSupport groups are free and peer-led. Group therapy is led by a licensed\ntherapist and usually has a fee.\n",
      expectKind: null,
    },
    { name: 'a book club is not a care group', text: '# Book Club\n\nWe meet every Tuesday at 7 pm to discuss a novel.\n', expectKind: null },
    { name: 'an unknown kind is kind-unknown, not declare-kind', text: '---\ngroup: supprt\n---\n' + GRIEF, expectKind: null },
    {
      name: 'kind from a config glob',
      path: 'flyers/therapy/tuesday.md',
      config: { kinds: { 'flyers/therapy/**': 'therapy' } },
      text: GRIEF,
      expectKind: 'therapy',
    },
    {
      name: 'CRLF, Spanish, emoji: a support group in Spanish and English',
      text: crlf('# Grupo de apoyo 🙂\n\nUn grupo de apoyo entre pares. This is a peer support group, not therapy. Free.\n'),
      expectKind: 'support',
    },
    {
      name: 'a board games club that offers "friendship and support" is no group of care: silent',
      text:
        '# Dice at the Kettle\n\nOur club meets every Thursday at the Copper Kettle café, 6–9 pm. It is a friendly place for friendship and support, ' +
        'and to swap stories over a board game or two.\n',
      expectKind: null,
    },
    {
      name: 'a football club whose "players support one another" is no group of care: silent',
      text: '# Fernholt Foxes\n\nOur club meets every Saturday at 9 am on the recreation ground, and the players support one another on and off the pitch.\n',
      expectKind: null,
    },
    {
      name: 'a group of its own that gives support and has a peer sign ("supportive peers") is a support group, not unclear',
      text: '# Lantern Street\n\nOur drop-in gives young trans people a place to be themselves, with supportive peers. The drop-in meets every Thursday at 5 pm.\n',
      expectKind: 'support',
    },
  ],
  invalid: [
    {
      name: "a clinicians' Balint group (MD leaders, a fee, credit hours) names no kind: declare-kind asks, not therapy's rules",
      text: BALINT,
      expectKind: null,
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'it never names its kind' }],
      output: null,
      suggestions: [declared('support', BALINT), declared('therapy', BALINT)],
    },
    {
      name: 'groups of both kinds, each under its own heading: no one kind is read, and the message names the two headings',
      text: SECTIONS,
      expectKind: null,
      errors: [
        {
          line: 1,
          severity: 'information',
          messageIncludes: 'offers groups of both kinds, each under its own heading ("Peer support evenings", "Therapy groups")',
        },
      ],
      output: null,
      suggestions: [declared('support', SECTIONS), declared('therapy', SECTIONS)],
    },
    {
      name: 'a section whose heading names no kind takes the kind its first sentence names ("A peer support group run by parents…")',
      text:
        '# Family groups\n\n## Teen Therapy Group\n\nThis is group psychotherapy led by a licensed psychologist, Tuesdays 4 pm, billed to insurance.\n\n' +
        '## Parent Evening\n\nA peer support group run by parents whose children have recovered. Free, first Monday at 7 pm; not therapy.\n',
      expectKind: null,
      errors: [{ line: 1, messageIncludes: '("Teen Therapy Group", "Parent Evening")' }],
      suggestions: [
        declared(
          'support',
          '# Family groups\n\n## Teen Therapy Group\n\nThis is group psychotherapy led by a licensed psychologist, Tuesdays 4 pm, billed to insurance.\n\n' +
            '## Parent Evening\n\nA peer support group run by parents whose children have recovered. Free, first Monday at 7 pm; not therapy.\n',
        ),
        declared(
          'therapy',
          '# Family groups\n\n## Teen Therapy Group\n\nThis is group psychotherapy led by a licensed psychologist, Tuesdays 4 pm, billed to insurance.\n\n' +
            '## Parent Evening\n\nA peer support group run by parents whose children have recovered. Free, first Monday at 7 pm; not therapy.\n',
        ),
      ],
    },
    {
      name: 'docs: a group of unclear kind; two suggestions, no automatic fix',
      text: GRIEF,
      expectKind: null,
      errors: [{ line: 1, column: 1, source: '# Tuesday Night Group', severity: 'information', messageIncludes: 'group: support' }],
      output: null,
      suggestions: [declared('support', GRIEF), declared('therapy', GRIEF)],
    },
    {
      name: 'the message says what was missing: no kind words at all',
      text: GRIEF,
      errors: [{ line: 1, messageIncludes: 'it never names its kind: no "support group", "peer support" or fellowship, and no "group therapy"' }],
      suggestions: [declared('support', GRIEF), declared('therapy', GRIEF)],
    },
    {
      name: "docs: long Covid group run by a clinic's team",
      text: "# Living With Long Covid\n\nA weekly group for people with long Covid, run by our clinic's team. Call\nreception to sign up.\n",
      errors: [{ line: 1 }],
      suggestions: [
        "---\ngroup: support\n---\n\n# Living With Long Covid\n\nA weekly group for people with long Covid, run by our clinic's team. Call\nreception to sign up.\n",
        "---\ngroup: therapy\n---\n\n# Living With Long Covid\n\nA weekly group for people with long Covid, run by our clinic's team. Call\nreception to sign up.\n",
      ],
    },
    {
      name: 'existing front matter gets a group line',
      text: '---\ntitle: Tuesdays\n---\n# Tuesday Night Group\n\nA place to talk about grief. Room 2, 7 pm.\n',
      errors: [{ line: 4 }],
      suggestions: [
        '---\ngroup: support\ntitle: Tuesdays\n---\n# Tuesday Night Group\n\nA place to talk about grief. Room 2, 7 pm.\n',
        '---\ngroup: therapy\ntitle: Tuesdays\n---\n# Tuesday Night Group\n\nA place to talk about grief. Room 2, 7 pm.\n',
      ],
    },
    {
      name: 'CRLF: the new front matter uses CRLF',
      text: crlf(GRIEF),
      errors: [{ line: 1 }],
      suggestions: [declared('support', crlf(GRIEF), '\r\n'), declared('therapy', crlf(GRIEF), '\r\n')],
    },
    {
      name: 'BOM: the front matter goes after it; Spanish and emoji',
      text: '\uFEFF# Grupo de los martes 🙂\n\nUn espacio para hablar. Join us Tuesdays at 7 pm.\n',
      errors: [{ line: 1, column: 1 }],
      suggestions: [
        '\uFEFF' + declared('support', '# Grupo de los martes 🙂\n\nUn espacio para hablar. Join us Tuesdays at 7 pm.\n'),
        '\uFEFF' + declared('therapy', '# Grupo de los martes 🙂\n\nUn espacio para hablar. Join us Tuesdays at 7 pm.\n'),
      ],
    },
    {
      name: 'a group of its own that gives "a place for friendship and support", with no peer sign, is group material of unclear kind',
      text: '# Little Oaks opens in March\n\nIn March we open Little Oaks, our newest group at the Brackley Road chapel hall.\nIt gives first-time fathers a place for friendship and support.\n',
      expectKind: null,
      errors: [
        {
          line: 1,
          column: 1,
          source: '# Little Oaks opens in March',
          severity: 'information',
          messageIncludes: 'it never names its kind',
        },
      ],
      output: null,
      suggestions: [
        declared(
          'support',
          '# Little Oaks opens in March\n\nIn March we open Little Oaks, our newest group at the Brackley Road chapel hall.\nIt gives first-time fathers a place for friendship and support.\n',
        ),
        declared(
          'therapy',
          '# Little Oaks opens in March\n\nIn March we open Little Oaks, our newest group at the Brackley Road chapel hall.\nIt gives first-time fathers a place for friendship and support.\n',
        ),
      ],
    },
  ],
});
