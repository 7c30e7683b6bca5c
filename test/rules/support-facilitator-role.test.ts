import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\n';

ruleTable('support-facilitator-role', {
  valid: [
    {
      name: 'the clinicians of someone else: "families learn to speak up with the clinicians who treat them"',
      kind: 'support',
      text: HEAD + 'Families learn to speak up with the clinicians who treat them, and with the therapists who treat your relative.\n',
    },
    {
      name: 'a leader whose name ends in letters of a credential ("Led by Jane Sharp", "Tom Tharp") names no credential',
      kind: 'support',
      text: HEAD + 'Led by Jane Sharp, a volunteer who lost her son. Co-led by Tom Tharp.\n',
    },
    {
      name: 'docs: facilitated by a licensed therapist who is host here',
      kind: 'support',
      text: HEAD + 'Facilitated by Dana Lee, LCSW. Dana is a licensed therapist; in this group she\nis your host, not your therapist.\n',
    },
    {
      name: 'group therapy in general, "led by a licensed therapist", is not this group\'s leader',
      kind: 'support',
      text: HEAD + 'Unlike group therapy, which is a clinical service led by a licensed therapist, this circle is hosted by members.\n',
    },
    {
      name: 'docs: hosted by long-time members',
      kind: 'support',
      text: HEAD + 'Hosted by two long-time members who keep time and make sure everyone gets a\nturn to speak.\n',
    },
    {
      name: 'docs: the facilitator does not provide therapy',
      kind: 'support',
      text: HEAD + 'The facilitator does not provide therapy or treatment in this group.\n',
    },
    { name: 'negated: "not therapist-led"', kind: 'support', text: HEAD + 'This group is not therapist-led.\n' },
    { name: 'a question: "Is it therapist-led?"', kind: 'support', text: HEAD + 'Is it therapist-led? No.\n' },
    { name: 'led by volunteers', kind: 'support', text: HEAD + 'Led by volunteers who have been there.\n' },
    {
      name: 'inline code, a link target, HTML and a code block',
      kind: 'support',
      text: HEAD + '`therapist-led` and [our team](https://example.org/therapist-led) <b title="therapist-led">hi</b>\n\n```\nLed by our therapist.\n```\n',
    },
    { name: 'an autolink and a Spanish line', kind: 'support', text: HEAD + 'Anfitriona: Lucía, miembro del grupo. <https://example.org/therapist-led>\n' },
    { name: 'front matter', text: '---\ngroup: support\nsubtitle: therapist-led\n---\n' + HEAD + 'Hosted by Ana.\n' },
    { name: 'CRLF, accents, emoji', kind: 'support', text: crlf(HEAD + 'Animé par José Núñez 🙂, a member since 2019.\n') },
    {
      name: 'a referral on request: "recommendations for treatment providers"',
      kind: 'support',
      text: HEAD + 'If you ask, the hosts can share recommendations for treatment providers in the area.\n',
    },
    {
      name: 'members who interview a guest are not a therapist screening members',
      kind: 'support',
      text: HEAD + 'Once a year members interview a guest from the hospice about what helped them.\n',
    },
    {
      name: 'a fronted "Led by <name>, <credential>" said of the network behind the group, not of the group, presents no leader of it',
      kind: 'support',
      text: HEAD + 'Led by Tom Reid, LCSW, the regional network trains volunteers who start circles like this one.\n',
    },
    {
      name: 'nor one said of a training programme, or of a body by its own name that gives a training',
      kind: 'support',
      text:
        HEAD +
        'Led by Tom Reid, LCSW, the volunteer training programme prepares new hosts.\n\nLed by Ana Ruiz, PhD, Harbour Link offers a weekend training to new volunteers.\n',
    },
  ],
  invalid: [
    // A hard-wrapped line reads as the sentence it is: the role after the name is on the next line.
    {
      name: 'a leader\'s role wrapped onto the next line: "led by Sam Ortiz, our\\nfamily therapist"',
      kind: 'support',
      text: HEAD + 'Each evening is led by Sam Ortiz, our\nfamily therapist, who listens with us.\n',
      errors: [{ line: 5, source: 'led by Sam Ortiz, our\nfamily therapist' }],
      suggestions: [HEAD + 'Each evening is facilitated by Sam Ortiz, our\nfamily therapist, who listens with us.\n'],
    },
    {
      name: 'led by a registered psychotherapist from outside the United States ("Led by Tom Reid, RP")',
      kind: 'support',
      text: HEAD + 'Led by Tom Reid, RP.\n',
      errors: [{ line: 5, source: 'Led by Tom Reid, RP', severity: 'information' }],
      suggestions: [HEAD + 'Facilitated by Tom Reid, RP.\n'],
    },
    {
      name: 'an all-capitals flyer: "LED BY: SAM LEE, LCSW"',
      kind: 'support',
      text: '# GRIEF SUPPORT GROUP\n\nPEER SUPPORT, NOT THERAPY. FREE. MONDAYS 7 PM.\n\nLED BY: SAM LEE, LCSW\n',
      errors: [{ line: 5, source: 'LED BY: SAM LEE, LCSW', severity: 'information' }],
      suggestions: [],
    },
    {
      name: '"Your therapist, Sam Lee, will run each session": the members\' therapist, named between commas',
      kind: 'support',
      text: HEAD + 'Your therapist, Sam Lee, will run each session.\n',
      errors: [{ line: 5, source: 'Your therapist, Sam Lee, will', severity: 'information' }],
      suggestions: [],
    },
    {
      name: 'a leader "who will diagnose and treat members"',
      kind: 'support',
      text: HEAD + '**Group Leader:** Sam Lee, LMFT, who will diagnose and treat members.\n',
      errors: [{ line: 5, source: 'who will diagnose and treat members', severity: 'information' }],
      suggestions: [],
    },
    {
      name: 'a therapist who interviews and selects the members',
      kind: 'support',
      text: HEAD + 'Before the group starts, the therapist usually goes through an interview with each person.\n',
      errors: [{ line: 5, source: 'the therapist usually goes through an interview', severity: 'information' }],
      suggestions: [],
    },
    {
      name: 'facilitators who offer recommendations for treatment',
      kind: 'support',
      text: HEAD + 'The student facilitators guide the talk and offer coping tips or recommendations for treatment.\n',
      errors: [{ line: 5, source: 'recommendations for treatment', severity: 'information' }],
      suggestions: [],
    },
    {
      name: 'docs: therapist-led support group (no automatic fix)',
      kind: 'support',
      text: HEAD + 'A therapist-led support group for new mothers.\n',
      errors: [{ line: 5, column: 3, source: 'therapist-led', severity: 'information' }],
      suggestions: [],
    },
    {
      name: 'docs: "Led by our therapist" is reworded',
      kind: 'support',
      text: HEAD + 'Led by our therapist, Dana Lee, LCSW.\n',
      errors: [{ line: 5, column: 1, source: 'Led by our therapist' }],
      suggestions: [HEAD + 'Facilitated by our therapist, Dana Lee, LCSW.\n'],
    },
    {
      name: 'docs: your therapist will guide your treatment',
      kind: 'support',
      text: HEAD + 'Each week your therapist will guide your treatment and check on your progress.\n',
      errors: [{ line: 5, source: 'your therapist will' }],
      suggestions: [],
    },
    {
      name: 'lower-case "led by" keeps lower case',
      kind: 'support',
      text: HEAD + 'Our evenings are led by a licensed therapist.\n',
      errors: [{ line: 5, source: 'led by a licensed therapist' }],
      suggestions: [HEAD + 'Our evenings are facilitated by a licensed therapist.\n'],
    },
    {
      name: 'CRLF',
      kind: 'support',
      text: crlf(HEAD + 'Led by a licensed therapist.\n'),
      errors: [{ line: 5 }],
      suggestions: [crlf(HEAD + 'Facilitated by a licensed therapist.\n')],
    },
    {
      name: 'BOM and emoji before the phrase',
      kind: 'support',
      text: '\uFEFF# Cercle de deuil 🕯️\n\nThis is not therapy. Free.\n\n💬 Led by experienced counselors.\n',
      errors: [{ line: 5, column: 4 }],
      suggestions: ['\uFEFF# Cercle de deuil 🕯️\n\nThis is not therapy. Free.\n\n💬 Facilitated by experienced counselors.\n'],
    },
    {
      name: 'the counselor will work with you on...',
      kind: 'support',
      text: HEAD + 'The counselor will work with you on your goals.\n\nClinician-led and cozy.\n',
      errors: [{ line: 5 }, { line: 7, source: 'Clinician-led' }],
      suggestions: [],
    },
    {
      name: 'a fronted "Led by <name>, <credential>" said of the group itself is still a clinician leading it',
      kind: 'support',
      text: HEAD + 'Led by Tom Reid, LCSW, the circle is a place to talk about loss.\n',
      errors: [{ line: 5, source: 'Led by Tom Reid, LCSW', severity: 'information' }],
      suggestions: [HEAD + 'Facilitated by Tom Reid, LCSW, the circle is a place to talk about loss.\n'],
    },
    {
      name: 'or of the group by its name, as the network\'s part of it: "…, Harbour Circle meets on Tuesdays", "…, the circle is part of a network that trains…"',
      kind: 'support',
      text:
        HEAD + 'Led by Tom Reid, LCSW, Harbour Circle meets on Tuesdays.\n\nLed by Ana Ruiz, PhD, the circle is part of a network that trains volunteers.\n',
      errors: [
        { line: 5, source: 'Led by Tom Reid, LCSW' },
        { line: 7, source: 'Led by Ana Ruiz, PhD' },
      ],
      suggestions: [
        HEAD +
          'Facilitated by Tom Reid, LCSW, Harbour Circle meets on Tuesdays.\n\nLed by Ana Ruiz, PhD, the circle is part of a network that trains volunteers.\n',
        HEAD +
          'Led by Tom Reid, LCSW, Harbour Circle meets on Tuesdays.\n\nFacilitated by Ana Ruiz, PhD, the circle is part of a network that trains volunteers.\n',
      ],
    },
    {
      name: 'a state licence after the leader\'s name: "Led by Ivo Grant, LSW"',
      kind: 'support',
      text: HEAD + 'Led by Ivo Grant, LSW.\n',
      errors: [{ line: 5, source: 'Led by Ivo Grant, LSW', severity: 'information' }],
      suggestions: [HEAD + 'Facilitated by Ivo Grant, LSW.\n'],
    },
  ],
});
