import { DEFAULT_WORDING } from '../../server/src/engine';
import { crlf, ruleTable } from '../helpers/rule-tester';

const R = DEFAULT_WORDING.referral;
const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\n';

ruleTable('support-no-client-recruitment', {
  valid: [
    {
      name: 'an appointment with other staff of the host ("book an appointment with our dietitian") is no recruitment',
      kind: 'support',
      text: '# Cancer Support Group\n\nA free peer support group, not therapy. Tuesdays 7 pm. Call the cancer center to book an appointment with our dietitian.\n',
    },
    {
      name: "a free first meeting of the group itself, and a room in a practice's building, are no recruitment",
      kind: 'support',
      text:
        HEAD +
        'Your first evening with the circle is free, like every other. We meet in a room at the Elm Street practice building. ' +
        'For an individual appointment with a counsellor, call the free helpline.\n',
    },
    {
      name: 'a leader\'s biography ("the facilitator sees clients privately in Leeds") invites no one',
      kind: 'support',
      text: HEAD + 'The facilitator sees clients privately in Leeds and has hosted this group for ten years.\n',
    },
    {
      name: 'asking the facilitator about booking the room is no session',
      kind: 'support',
      text: HEAD + 'Ask the facilitator about booking the room for your own group.\n',
    },
    {
      name: 'docs: a referral on request',
      kind: 'support',
      text: HEAD + 'If you would like individual help, the facilitator can refer you to another\ntherapist on request.\n',
    },
    {
      name: 'docs: the facilitator does not take members as clients',
      kind: 'support',
      text: HEAD + 'The facilitator does not take members of this group as clients.\n',
    },
    { name: '"not accepting new clients"', kind: 'support', text: HEAD + 'We are not accepting new clients from the group.\n' },
    { name: 'a booking phrase only in a link target', kind: 'support', text: HEAD + 'See [directions](https://example.org/book-a-session-with-me).\n' },
    {
      name: 'inline code, HTML, a code block',
      kind: 'support',
      text: HEAD + '`book a consult with me` <span title="now accepting new clients">hi</span>\n\n```\nBook a session with me.\n```\n',
    },
    { name: 'a question answered "No."', kind: 'support', text: HEAD + 'Will the facilitator see me privately? No.\n' },
    { name: 'an autolink', kind: 'support', text: HEAD + 'Directions: <https://example.org/book-a-consult-with-me>\n' },
    { name: 'front matter', text: '---\ngroup: support\ncta: book a consult with me\n---\n' + HEAD + 'We listen.\n' },
    { name: 'heading "What this group is NOT" with a list item', kind: 'support', text: HEAD + '## What this group is NOT\n\n- A way to join my caseload\n' },
    { name: 'CRLF, Spanish, emoji', kind: 'support', text: crlf(HEAD + 'Pregúntanos por otros terapeutas 🙂. We can refer you to another therapist.\n') },
  ],
  invalid: [
    {
      name: 'a configured phrase counts whatever follows "with" ("book a session with our team")',
      kind: 'support',
      config: { phrases: { 'support-no-client-recruitment': ['book a session with our team'] } },
      text: HEAD + 'You can book a session with our team after the meeting.\n\nWe meet weekly.\n',
      errors: [{ line: 5, source: 'book a session with our team' }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: 'a session with the facilitator named ("Book a free consultation with Dana") still recruits',
      kind: 'support',
      text: HEAD + 'Book a free consultation with Dana after the meeting.\n\nWe meet weekly.\n',
      errors: [{ line: 5, source: 'Book a free consultation with Dana' }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: 'places kept in the host\'s own practice for members ("slots free in his private counselling practice")',
      kind: 'support',
      text: HEAD + 'Declan keeps a couple of evening slots free in his private counselling practice for circle members.\n\nWe meet weekly.\n',
      errors: [{ line: 5, source: 'slots free in his private counselling practice' }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: 'a first session with the host given away ("your first one-to-one session with him is on the house")',
      kind: 'support',
      text: HEAD + 'Mention the circle and your first one-to-one session with him is on the house.\n\nWe meet weekly.\n',
      errors: [{ line: 5, source: 'first one-to-one session with him is on the house' }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: 'members welcome to "book one-to-one counselling sessions with her" at her practice',
      kind: 'support',
      text: HEAD + 'Sam is also a counsellor, and members are welcome to book one-to-one counselling sessions with her at her practice.\n\nWe meet weekly.\n',
      errors: [{ line: 5, source: 'book one-to-one counselling sessions with her', severity: 'warning' }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: 'the facilitator "also sees clients privately", and members are told to ask her about booking a session',
      kind: 'support',
      text: HEAD + 'Our facilitator also sees clients privately; ask her after the meeting about booking a session.\n\nWe meet weekly.\n',
      errors: [{ line: 5, column: 1, source: 'Our facilitator also sees clients', severity: 'warning' }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: '"talk to her about scheduling a private session"',
      kind: 'support',
      text: HEAD + 'New members are welcome. Talk to her about scheduling a private session.\n',
      errors: [{ line: 5, source: 'Talk to her about scheduling a private session' }],
      suggestions: [HEAD + 'New members are welcome. ' + R + '\n', HEAD + 'New members are welcome.\n'],
    },
    {
      name: 'docs: book a one-on-one session with me, after a question',
      kind: 'support',
      text: HEAD + 'Want to go deeper? Book a one-on-one session with me.\n',
      errors: [{ line: 5, column: 20, source: 'Book a one-on-one session with me', severity: 'warning' }],
      suggestions: [HEAD + 'Want to go deeper? ' + R + '\n', HEAD + 'Want to go deeper?\n'],
    },
    {
      name: 'docs: 20% off individual therapy',
      kind: 'support',
      text: HEAD + 'Group members get 20% off individual therapy at my practice.\n',
      errors: [{ source: '20% off' }],
      suggestions: [HEAD + R + '\n', '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'docs: a complimentary consult with our facilitator (wrapped sentence)',
      kind: 'support',
      text: HEAD + 'Schedule a complimentary consult with our facilitator to see if individual\ncounseling is right for you.\n\nWe meet weekly.\n',
      errors: [{ line: 5, column: 1 }],
      suggestions: [HEAD + R + '\n\nWe meet weekly.\n', HEAD + 'We meet weekly.\n'],
    },
    {
      name: 'docs: openings in my caseload',
      kind: 'support',
      text: HEAD + 'I have a few openings in my caseload for members of this group.\n',
      errors: [{ source: 'caseload' }],
      suggestions: [HEAD + R + '\n', '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a conditional offer still recruits',
      kind: 'support',
      text: HEAD + "If you'd like more, book a consult with me.\n",
      errors: [{ source: 'book a consult with me' }],
      suggestions: [HEAD + R + '\n', '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'CRLF',
      kind: 'support',
      text: crlf(HEAD + 'Now accepting new clients.\n\nWe meet weekly.\n'),
      errors: [{ line: 5 }],
      suggestions: [crlf(HEAD + R + '\n\nWe meet weekly.\n'), crlf(HEAD + 'We meet weekly.\n')],
    },
    {
      name: 'BOM, accents, emoji',
      kind: 'support',
      text: '\uFEFF# Cercle 🕯️\n\nThis is not therapy. Free.\n\nBook a session with Dr. Núñez today 🙂\n',
      errors: [{ line: 5, column: 1, source: 'Book a session with Dr. Núñez' }],
      suggestions: [
        '\uFEFF# Cercle 🕯️\n\nThis is not therapy. Free.\n\nIf you would like individual help, the facilitator can refer you to another therapist on request.\n',
        '\uFEFF# Cercle 🕯️\n\nThis is not therapy. Free.\n',
      ],
    },
    {
      name: 'the configured referral wording',
      kind: 'support',
      config: { wording: { referral: 'Ask the facilitator for the names of therapists in the area.' } },
      text: HEAD + 'Members can become my clients.\n',
      errors: [{ source: 'become my clients' }],
      suggestions: [
        HEAD + 'Ask the facilitator for the names of therapists in the area.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n',
      ],
    },
  ],
});
