import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\n';

ruleTable('support-no-records', {
  valid: [
    {
      name: 'a diagram someone published is no record of members: "a helpful chart of the ten questions…", "The Carlow chart is worth printing"',
      kind: 'support',
      text: HEAD + 'A hospice in Carlow published a helpful chart of the ten questions bereaved people ask most. The Carlow chart is worth printing.\n',
    },
    {
      name: "a flip chart for the evening's ideas is no record of members",
      kind: 'support',
      text: HEAD + 'We jot the ideas people suggest for outings on a flip chart by the door.\n',
    },
    {
      name: 'members keeping a record for themselves: "keep a record of your own moods"',
      kind: 'support',
      text: HEAD + 'Some members like to keep a record of their own moods between meetings.\n',
    },
    {
      name: 'a denial inside the phrase: "we keep no notes, no sign-in sheet and no list of who comes"',
      kind: 'support',
      text: HEAD + 'Apart from that, we keep no notes, no sign-in sheet and no list of who comes.\n',
    },
    {
      name: 'a list of what to bring is no record of members',
      kind: 'support',
      text: HEAD + 'We keep a short list of what to bring on the noticeboard.\n',
    },
    {
      name: 'a file of resources for members to borrow is no file kept on members',
      kind: 'support',
      text: HEAD + 'We keep a file of local resources for each member to borrow.\n',
    },
    { name: 'a Spanish denial: "No tomamos notas"', kind: 'support', text: HEAD + 'No tomamos notas.\n' },
    {
      name: 'a sign-in sheet left out for anyone who likes is not kept',
      kind: 'support',
      text: HEAD + 'A sign-in sheet is on the table if you want a reminder by email; use it or not.\n',
    },
    { name: 'docs: "We don\'t keep notes or records"', kind: 'support', text: HEAD + "We don't keep notes or records about anyone who attends.\n" },
    {
      name: 'docs: no notes; a mandated-reporter notice is fine',
      kind: 'support',
      text:
        HEAD +
        'No notes are taken during meetings. Our facilitator is a mandated reporter:\nif someone shares that a child or a vulnerable adult is being harmed, or that a\nlife is in danger, she must report it.\n',
    },
    { name: 'docs: FAQ "Do you keep records?" No.', kind: 'support', text: HEAD + '**Do you keep records?** No. What you share stays in the room.\n' },
    { name: 'docs: "records" only in a link', kind: 'support', text: HEAD + 'Our privacy policy is at [example.org/records](https://example.org/records).\n' },
    { name: '"We never keep notes"', kind: 'support', text: HEAD + 'We never keep notes.\n' },
    { name: 'members taking their own notes', kind: 'support', text: HEAD + 'Feel free to take notes for yourself.\n' },
    {
      name: 'heading "What we do NOT do" with a list item',
      kind: 'support',
      text: HEAD + '## What we do NOT do\n\n- Keep notes or charts\n- Give advice unless asked\n',
    },
    {
      name: 'code, inline code, HTML, autolink',
      kind: 'support',
      text: HEAD + '`progress notes` <i data-x="session notes">hi</i> <https://example.org/progress-notes>\n\n```\nWe keep notes on each member.\n```\n',
    },
    { name: 'front matter', text: '---\ngroup: support\nnotes: session notes are kept elsewhere\n---\n' + HEAD + 'We listen.\n' },
    { name: 'CRLF, Spanish, emoji', kind: 'support', text: crlf(HEAD + 'No tomamos notas. We do not take notes 📝.\n') },
    {
      name: 'contact details for the reader to follow up, not collected',
      kind: 'support',
      text: HEAD + 'For follow-up questions, contact information for the host is on the back of this flyer.\n',
    },

    // An intake talk is a conversation before joining, not a record; a list passed round that is not of members keeps nothing on them.
    {
      name: 'an intake talk before joining: "a short intake interview with one of the two hosts, to talk about what the evenings are like"',
      kind: 'support',
      text: HEAD + 'Anyone thinking of coming first has a short intake interview with one of the two hosts, to talk about what the evenings are like.\n',
    },
    {
      name: 'a list of bus times passed round the room keeps nothing on members',
      kind: 'support',
      text: HEAD + 'Halfway through, a list of late buses goes round the room so that nobody is stuck for a way home.\n',
    },
    {
      name: 'a sheet for first names only, with no numbers asked: "sign the attendance sheet with a first name only, no phone numbers"',
      kind: 'support',
      text: HEAD + 'Please sign the attendance sheet with a first name only, no phone numbers needed.\n',
    },

    // Denials that govern the records stay denials.
    { name: 'notes denied twice: "Notes are not kept and are not shared"', kind: 'support', text: HEAD + 'Notes are not kept and are not shared.\n' },
    {
      name: 'no notes, and a denial joined on: "We keep no notes and do not share what is said"',
      kind: 'support',
      text: HEAD + 'We keep no notes and do not share what is said.\n',
    },
  ],
  invalid: [
    {
      name: 'a chart of each member is a record: "The host draws up a chart of each member\'s sleep and mood"',
      kind: 'support',
      text: HEAD + "The host draws up a chart of each member's sleep and mood at every meeting.\n",
      errors: [{ line: 5, source: 'a chart' }],
    },
    {
      name: 'a chart kept for each member, though the host made it: "She made a simple chart for every member"',
      kind: 'support',
      text: HEAD + 'She made a simple chart for every member and fills it in after each meeting.\n',
      errors: [{ line: 5, source: 'a simple chart' }],
    },
    {
      name: 'one record kept by the host: "We keep a confidential record of the messages you send us"',
      kind: 'support',
      text: HEAD + 'We keep a confidential record of the messages you send us and any details you share.\n',
      errors: [{ line: 5, source: 'We keep a confidential record of' }],
      output: null,
    },
    {
      name: 'one record kept by the host\'s staff: "Staff keep a record of every message members post"',
      kind: 'support',
      text: HEAD + 'Staff keep a record of every message members post on the forum.\n',
      errors: [{ line: 5, source: 'Staff keep a record of' }],
      output: null,
    },
    {
      name: 'a note put in each member\'s file ("adds a short note to each member\'s file at the centre")',
      kind: 'support',
      text: HEAD + "After each meeting Grace adds a short note to each member's file at the centre.\n",
      errors: [{ line: 5, source: "adds a short note to each member's file" }],
      output: null,
    },
    {
      name: 'a record written for each member ("writes a short record for each member, noting how their symptoms are going")',
      kind: 'support',
      text: HEAD + '**Attendance:** after every meeting Gwen writes a short record for each member, noting how their symptoms are going.\n',
      errors: [{ line: 5, source: 'writes a short record for each' }],
      output: null,
    },
    {
      name: 'a contact record "added to your hospital notes"',
      kind: 'support',
      text: HEAD + 'After every get-together, mentors complete a short contact record that is added to your hospital notes.\n',
      errors: [{ line: 5, source: 'added to your hospital notes' }],
    },
    {
      name: 'a note on how each person seemed, kept on a database',
      kind: 'support',
      text: HEAD + 'After each coffee morning the volunteers write a brief note on how each person seemed, which is kept on our bereavement database.\n',
      errors: [{ line: 5, source: 'write a brief note on how each' }],
    },
    {
      name: "each member's check-in score logged in a spreadsheet",
      kind: 'support',
      text: HEAD + "Our facilitator logs each member's check-in score in a tracking spreadsheet.\n",
      errors: [{ line: 5, source: "logs each member's check-in" }],
    },
    {
      name: 'a note of who came: "Our coordinator keeps a short note after each café of who came and how they seemed"',
      kind: 'support',
      text: HEAD + 'Our coordinator keeps a short note after each café of who came and how they seemed.\n',
      errors: [{ line: 5, source: 'keeps a short note after each café of who' }],
    },
    {
      name: 'a record of who attended: "our hosts write up a short record of who attended"',
      kind: 'support',
      text: HEAD + 'After each session our hosts write up a short record of who attended and any worries that came up.\n',
      errors: [{ line: 5, source: 'write up a short record of who' }],
    },
    {
      name: 'one file kept on each member: "Our secretary keeps a member file for each person"',
      kind: 'support',
      text: HEAD + 'Our secretary keeps a member file for each person, with the date of diagnosis and current medicines.\n',
      errors: [{ line: 5, source: 'keeps a member file for each' }],
    },
    {
      name: 'a Spanish line: "Tomamos notas de cada reunión"',
      kind: 'support',
      text: HEAD + 'Tomamos notas de cada reunión.\n',
      errors: [{ line: 5, source: 'Tomamos notas' }],
    },
    {
      name: 'the coordinator keeps a sign-in sheet for each meeting',
      kind: 'support',
      text: HEAD + 'The coordinator will keep a sign-in sheet for each support group meeting.\n',
      errors: [{ line: 5, source: 'keep a sign-in sheet' }],
    },
    {
      name: 'the coordinator records the topics of discussion',
      kind: 'support',
      text: HEAD + 'After each meeting the coordinator records the topics of discussion.\n',
      errors: [{ line: 5, source: 'records the topics of discussion' }],
    },
    {
      name: 'newcomers asked to provide contact information so the facilitators can follow up',
      kind: 'support',
      text: HEAD + 'Newcomers are asked to provide contact information, seen only by the facilitators, so that we can follow up.\n',
      errors: [{ line: 5, source: 'provide contact information, seen only by the facilitators, so that we can follow up' }],
    },
    {
      name: "docs: brief notes on each member's progress",
      kind: 'support',
      text: HEAD + "The facilitator keeps brief notes on each member's progress.\n",
      errors: [{ line: 5, column: 17, source: 'keeps brief notes on each', severity: 'warning' }],
      output: null,
    },
    {
      name: 'docs: session notes are stored',
      kind: 'support',
      text: HEAD + "Session notes are stored securely in our practice's records system.\n",
      errors: [{ line: 5, column: 1, source: 'Session notes' }],
    },
    { name: 'attendance records', kind: 'support', text: HEAD + 'We keep attendance records.\n', errors: [{ line: 5, source: 'keep attendance records' }] },
    { name: 'notes are kept (passive)', kind: 'support', text: HEAD + 'Notes are kept after each meeting.\n', errors: [{ source: 'Notes are kept' }] },
    { name: 'sessions may be recorded', kind: 'support', text: HEAD + 'Sessions may be recorded.\n', errors: [{ source: 'Sessions may be recorded' }] },
    {
      name: 'CRLF, BOM, emoji',
      kind: 'support',
      text: '\uFEFF' + crlf('# Cercle 🕯️\n\nThis is not therapy. Free.\n\n📝 Attendance is tracked each week.\n'),
      errors: [{ line: 5, column: 4, source: 'Attendance is tracked' }],
    },
    {
      name: 'a list item and a sentence: one problem each',
      kind: 'support',
      text: HEAD + '- Progress notes after each session\n\nWe maintain records for two years.\n',
      errors: [
        { line: 5, source: 'Progress notes' },
        { line: 7, source: 'maintain records' },
      ],
    },

    // An attendance sheet that carries members' numbers keeps a record of who they are and how to reach them.
    {
      name: 'an attendance sheet members sign with a phone number: "an attendance sheet goes round and each person adds a phone number"',
      kind: 'support',
      text: HEAD + 'During the tea break an attendance sheet goes round, and each person signs it and adds a phone number so the nurse can ring if she must.\n',
      errors: [{ line: 5, source: 'attendance sheet' }],
      output: null,
    },
    {
      name: 'numbers written on the sign-in sheet: "please put your mobile number on the sign-in sheet"',
      kind: 'support',
      text: HEAD + 'Please put your mobile number on the sign-in sheet so the host can text if a meeting is cancelled.\n',
      errors: [{ line: 5, source: 'mobile number on the sign-in sheet' }],
      output: null,
    },
    {
      name: 'an intake talk whose answers are kept: "a short intake interview, and the notes of it are filed"',
      kind: 'support',
      text: HEAD + 'Each newcomer has a short intake interview with a host, and what they say is written down and filed at the centre.\n',
      errors: [{ line: 5, source: 'intake interview' }],
      output: null,
    },

    // A denial in a predicate joined on after the records ("…and do not share them") denies the sharing, not the keeping.
    {
      name: 'notes kept, their sharing denied: "We keep brief notes on each member and do not share them"',
      kind: 'support',
      text: HEAD + 'We keep brief notes on each member and do not share them.\n',
      errors: [{ line: 5, source: 'keep brief notes on each', severity: 'warning', messageIncludes: 'records are kept' }],
      output: null,
    },
    {
      name: 'attendance recorded, its sharing denied: "Attendance is recorded each week and is not shared"',
      kind: 'support',
      text: HEAD + 'Attendance is recorded each week and is not shared.\n',
      errors: [{ line: 5, source: 'Attendance is recorded', severity: 'warning', messageIncludes: 'records are kept' }],
      output: null,
    },
  ],
});
