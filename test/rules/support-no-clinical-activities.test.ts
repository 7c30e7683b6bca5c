import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\n';
const STOMA = '# Harbour Stoma Circle\n\nA peer support group, not therapy. Free.\n\n';

ruleTable('support-no-clinical-activities', {
  valid: [
    {
      name: 'topics the members bring, or facilitators who bring no topics, are no programme ("members bring whatever topics matter to them")',
      kind: 'support',
      text: HEAD + 'Members bring whatever topics matter to them that week.\n\nOur facilitators do not bring a range of topics: the evening is open.\n',
    },
    {
      name: 'exercises done together at the meeting, or denied, are no set work ("we never give exercises to do on your own")',
      kind: 'support',
      text: HEAD + 'Some weeks we take a gentle walk together around the park.\n\nWe never give exercises to do on your own.\n',
    },
    {
      name: 'exercises that are hard to do alone, done together instead, are no set work ("hard to do alone, so we practise them together")',
      kind: 'support',
      text:
        HEAD +
        'Breathing exercises are hard to do alone, so we practise them together.\n\nSome stretches are not easy to do on your own, so we do them as a group.\n\n' +
        'We do the exercises together rather than at home.\n',
    },
    {
      name: 'motivational interviewing denied, quoted in code, or only in a link target is not used in the group',
      kind: 'support',
      text:
        HEAD +
        'We do not use motivational interviewing or any other counselling method.\n\nThe setting `motivational interviewing` is off; see [our ethos](https://example.org/motivational-interviewing).\n',
    },
    {
      name: 'a part of the meeting named by its place, given over to sharing or a social hour, is no teaching ("the first hour is open sharing")',
      kind: 'support',
      text: HEAD + 'The first hour is open sharing and the last half hour is tea and a chat.\n',
    },
    // Weekly themes denied, picked by the members, or shown as code are no programme.
    {
      name: 'weekly themes denied or picked by the members: "There are no weekly themes", "weekly themes chosen by the members"',
      kind: 'support',
      text: HEAD + 'There are no weekly themes: bring whatever is on your mind.\n\nSome months we try weekly themes chosen by the members themselves.\n',
    },
    {
      name: 'weekly themes inside a code block are not prose',
      kind: 'support',
      text: HEAD + '```\nweekly themes: off\n```\n',
    },
    // A denial runs on through a short aside in brackets closed before the activity.
    {
      name: 'a denial that runs on through an aside: "There is no reading (or writing) or homework between meetings"',
      kind: 'support',
      text: HEAD + 'There is no reading (or writing) or homework between meetings.\n\nWe use no workbook (printed or online) or worksheets of any kind.\n',
    },
    // Teaching denied, a DVD series denied or only lent, and an occasional film night or guest speaker are no programme.
    {
      name: '"Nobody will be teaching attendees anything" denies the teaching',
      kind: 'support',
      text: HEAD + 'Nobody will be teaching attendees anything: the evening is for talking and listening.\n',
    },
    {
      name: '"There is no DVD series or course to follow" denies one',
      kind: 'support',
      text: HEAD + 'There is no DVD series or course to follow: we simply talk.\n',
    },
    // A talk that is not a set part of each meeting, a talk denied, and chores carried to the next meeting are no programme.
    {
      name: 'a talk now and then, "some evenings open with a short talk from a visitor", is no set part of every meeting',
      kind: 'support',
      text: HEAD + 'Some evenings open with a short talk from a visitor. Each meeting opens with a cup of tea and a round of names.\n',
    },
    {
      name: '"No meeting opens with an educational talk" denies it',
      kind: 'support',
      text: HEAD + 'No meeting opens with an educational talk: we simply talk with one another.\n',
    },
    {
      name: 'the hosts\' chores before the next meeting: "the volunteers pick up the room keys before the next meeting"',
      kind: 'support',
      text: HEAD + 'Two volunteers agree to collect the room keys before the next meeting.\n',
    },
    {
      name: 'members do not commit to tasks: "nobody is asked to commit to goals between meetings"',
      kind: 'support',
      text: HEAD + 'Nobody is asked to commit to goals between meetings.\n',
    },
    {
      name: 'a film night once a term and a guest speaker now and then are no programme',
      kind: 'support',
      text: HEAD + 'Once a term we hold a film night, and now and then a guest speaker joins us.\n',
    },
    {
      name: 'a DVD series the parish library lends is not what the meetings work through',
      kind: 'support',
      text: HEAD + 'The parish library lends a DVD series on grief to anyone who asks at the office.\n',
    },
    // A denial wrapped after "not" in CRLF goes on to the next line, as in LF, even before a capital: the skills are denied.
    { name: 'a wrapped denial in CRLF: "This is not\\r\\nDBT skills training."', kind: 'support', text: crlf(HEAD + 'This is not\nDBT skills training.\n') },
    { name: 'the same wrapped denial in LF', kind: 'support', text: HEAD + 'This is not\nDBT skills training.\n' },
    {
      name: "a children's programme beside the group is not the group's: \"children … follow the church's own kids' curriculum in the room next door\"",
      kind: 'support',
      text: HEAD + "While parents meet, children aged 6 to 10 follow the church's own kids' curriculum in the room next door.\n",
    },
    // Reading matter on a medical subject is information, not psychoeducation; people named by their line of work are not taught.
    {
      name: 'leaflets on a medical subject: "educational materials about kidney transplants, from dialysis to diet"',
      kind: 'support',
      text: HEAD + 'At the back of the room there are leaflets and educational materials about kidney transplants, from dialysis to diet.\n',
    },
    {
      name: 'people by their work: "Visitors can include those in the education or social-work field"',
      kind: 'support',
      text: HEAD + 'Some meetings are open to visitors. This can include those in the education or social-work field.\n',
    },
    {
      name: 'a talk on a topic the members choose: "a presentation topic chosen by the dads, then a sharing circle"',
      kind: 'support',
      text: HEAD + 'Each meeting will consist of a presentation topic chosen by the dads, and a sharing circle.\n',
    },
    {
      name: 'practical skills taught among members: "teach advocacy skills for dealing with the benefits office"',
      kind: 'support',
      text: HEAD + 'Members help each other and teach advocacy skills for dealing with the benefits office.\n',
    },
    {
      name: "tools from a member's own therapist are not the group's",
      kind: 'support',
      text: HEAD + 'Some members also use tools from their own CBT therapist.\n',
    },
    {
      name: '"with no educational component" denies it',
      kind: 'support',
      text: '# Recovery Circle\n\nA peer support group, not therapy. Free. The group follows a flexible format with no educational component.\n',
    },
    {
      name: '"Instead of homework, members simply share": "instead of" negates',
      kind: 'support',
      text: '# Grief Circle\n\nA peer support group, not therapy. Instead of homework, members simply share.\n',
    },
    {
      name: 'a cost the hosts meet is no programme: "We\'ll cover the cost of parking", "we will cover for one another"',
      kind: 'support',
      text: HEAD + "We'll cover the cost of parking. When someone is away, we will cover for one another.\n",
    },
    {
      name: 'a Spanish denial: "No hay tareas para la casa ni hojas de trabajo"',
      kind: 'support',
      text: HEAD + 'No hay tareas para la casa ni hojas de trabajo.\n',
    },
    {
      name: 'education that is not given at the group ("a retired teacher with a long career in education")',
      kind: 'support',
      text: HEAD + 'Our host is a retired teacher with a long career in education about the arts.\n',
    },
    {
      name: "an occasional guest talk, education named as the group's aim beside support, and a course members took elsewhere are no planned teaching",
      kind: 'support',
      text:
        HEAD +
        'Once a year a guest gives a talk on sleep. We offer friendship, education and support. Some of us went through a 6-week course at the hospital before we met.\n',
    },
    {
      name: 'education named after another social aim in a list of goals ("Provide socialization and education", "offers fellowship, encouragement and education") is no planned teaching',
      kind: 'support',
      text:
        HEAD +
        'Our goals:\n\n- Provide socialization and education\n- Help members stay connected\n\nThe club offers fellowship, encouragement and education to survivors and their families.\n',
    },
    {
      name: 'education named as one aim in a list with support ("to provide support, education, and community") is no planned teaching',
      kind: 'support',
      text:
        HEAD +
        'This group meets monthly to provide support, education, and community for carers. The group has been providing members with ' +
        'education and peer-to-peer support for ten years.\n',
    },
    {
      name: 'members who share the skills that helped them, or set up chairs, practise nothing set by a programme',
      kind: 'support',
      text: HEAD + 'Members share the coping skills that have helped them. Volunteers set out the chairs and complete the sign-in sheet.\n',
    },
    {
      name: 'leaflets about local services at the door, and topics members chose, are no programme',
      kind: 'support',
      text: HEAD + 'Printed materials about local services are on the table by the door. Members bring their own chosen topics.\n',
    },
    {
      name: 'members who learn about each other, or about the history of the town hall, are taught nothing clinical',
      kind: 'support',
      text: HEAD + 'Members learn about each other over tea. Last month we learned about the history of the town hall.\n',
    },
    {
      name: 'parents learn from one another, not techniques taught to them',
      kind: 'support',
      text: HEAD + 'Parents can learn from one another and share what has helped.\n',
    },
    {
      name: 'topics the members suggest are their own, not a programme',
      kind: 'support',
      text: HEAD + 'Some evenings are an open discussion of topics suggested by the members themselves.\n',
    },
    {
      name: 'learning that you are not alone is no lesson',
      kind: 'support',
      text: HEAD + 'Members learn they are not alone, and they learn from one another.\n',
    },
    {
      name: 'a topic chosen by the members is not a curriculum',
      kind: 'support',
      text: HEAD + 'Members choose what to talk about; no topics are set in advance.\n',
    },
    {
      name: 'skills members taught one another long ago are not teaching here',
      kind: 'support',
      text: HEAD + 'We share what works, like the breathing our mothers taught us.\n',
    },
    {
      name: 'docs: "No homework, no worksheets, no lectures"',
      kind: 'support',
      text: HEAD + 'No homework, no worksheets, no lectures: just people who understand.\n',
    },
    {
      name: "docs: no assignments, we don't teach psychoeducation",
      kind: 'support',
      text: HEAD + "There are no assignments, and we don't teach psychoeducation here.\n",
    },
    {
      name: 'docs: FAQ question answered No',
      kind: 'support',
      text: HEAD + '**Will I get homework?** No. You come as you are and share as much or as\nlittle as you like.\n',
    },
    {
      name: 'docs: words only in a link target and inline code',
      kind: 'support',
      text:
        HEAD +
        'Directions and parking are on [our info page](https://example.org/old-worksheets/map).\nThe sign-in sheet lives in the shared folder `group/homework-club/`.\n',
    },
    { name: '"homework is not required"', kind: 'support', text: HEAD + 'Homework is not required, ever.\n' },
    { name: '"free of" worksheets', kind: 'support', text: HEAD + 'Our evenings are free of worksheets and lectures.\n' },
    {
      name: 'heading "What this group is NOT" with a list',
      kind: 'support',
      text: HEAD + '## What this group is NOT\n\n- Therapy or treatment\n- A class with homework or worksheets\n',
    },
    {
      name: 'fenced code, HTML and an autolink',
      kind: 'support',
      text: HEAD + '```\nworksheet homework psychoeducation\n```\n\n<div data-x="homework">Welcome.</div>\n\n<https://example.org/worksheets>\n',
    },
    { name: 'front matter', text: '---\ngroup: support\nnotes: homework and worksheets are banned\n---\n' + HEAD + 'We talk and listen.\n' },
    { name: 'Spanish and emoji, no activities', kind: 'support', text: HEAD + 'Sin tareas ni hojas de trabajo. No homework 🙂\n' },
    { name: 'CRLF, negated', kind: 'support', text: crlf(HEAD + 'We never hand out worksheets.\n') },
    {
      name: 'one film on one evening is like a guest speaker',
      kind: 'support',
      text: HEAD + 'In March the group will watch the documentary "Still Here" together, with popcorn.\n',
    },
    {
      name: 'an evening that opens with members telling their own stories on film is not a lesson',
      kind: 'support',
      text: HEAD + 'Each evening begins with a short film of members telling their stories, then we talk.\n',
    },
    { name: 'a guest speaker once a year', kind: 'support', text: HEAD + 'Once a year a local nurse visits to answer questions.\n' },
    {
      name: 'guest speakers who bring education on some evenings: "on the last Monday, guest speakers offering education and practical advice join us"',
      kind: 'support',
      text:
        HEAD +
        'Most Mondays we just talk. On the last Monday of the month, guest speakers offering education and practical advice join us, from a pharmacist to a housing officer.\n',
    },
    {
      name: 'education that comes from visiting experts now and then: "some months we offer education from visiting experts"',
      kind: 'support',
      text: HEAD + 'Some months we offer education from visiting experts, such as a dietitian or a physiotherapist; other months we simply share.\n',
    },
    {
      name: 'topics chosen by members at each meeting are not a syllabus',
      kind: 'support',
      text: HEAD + 'Members choose what to talk about each week; there is no set list.\n',
    },
    {
      name: 'a talk now and then on subjects the members choose is like a guest speaker',
      kind: 'support',
      text: HEAD + 'Presentations are given now and then, on subjects the members choose.\n',
    },
    {
      name: 'presentations offered when the group asks for them',
      kind: 'support',
      text: HEAD + 'Presentations will be offered when the group asks for them.\n',
    },
    {
      name: 'presentations from time to time, "as determined by the group"',
      kind: 'support',
      text: HEAD + 'Presentations will be offered from time to time, as determined by the group.\n',
    },
    {
      name: 'the members\' asking said first ("When the members ask for one, presentations are offered")',
      kind: 'support',
      text: HEAD + 'When the members ask for one, presentations are offered at the Kettering Road hall.\n',
    },
    {
      name: 'presentations "at the group\'s request" and "on request"',
      kind: 'support',
      text: HEAD + "At the group's request, presentations are given. Presentations are also given on request.\n",
    },
    {
      name: 'presentations on topics "of the members\' choosing"',
      kind: 'support',
      text: HEAD + "Presentations are offered on topics of the members' choosing.\n",
    },
    {
      name: 'a short talk at each meeting on a subject the members pick (as "a presentation topic chosen by the dads")',
      kind: 'support',
      text: HEAD + 'Each meeting begins with a short talk on a subject the members pick.\n',
    },
    {
      name: 'presentations offered; the members choose the topics',
      kind: 'support',
      text: HEAD + 'Presentations will be offered; the members choose the topics.\n',
    },
    {
      name: 'a topic the members choose each month ("A different topic is discussed each month, chosen by the members") is their own',
      kind: 'support',
      text: HEAD + 'A different topic is discussed each month, chosen by the members.\n',
    },
    {
      name: "education the charity behind the group gives the wider world, beside its research and campaigns, is not the group's",
      kind: 'support',
      text: HEAD + 'The national charity provides education about dementia to schools and employers, funds research and campaigns for carers.\n',
    },
    {
      name: '"Educational support groups" opening a paragraph of the hospital\'s other services, and learning objectives for new facilitators',
      kind: 'support',
      text:
        HEAD +
        'We meet on Mondays.\n\nEducational support groups for patients are run separately by the hospital.\n\n' +
        '## Learning objectives for new facilitators\n\n- Listen without advising\n',
    },
    {
      name: 'grief as members live it ("we all go through the stages of grief in our own way") is not a lesson',
      kind: 'support',
      text: HEAD + 'We all go through the stages of grief in our own way, and nobody here will hurry you.\n',
    },
    {
      name: 'education as one aim in a longer mission list with the serial comma: "offering education, practical help, friendship, and encouragement"',
      kind: 'support',
      text: HEAD + 'Our circle exists for offering education, practical help, friendship, and encouragement to widowed parents.\n',
    },
    // A numbered week or session said with where to meet, or a first meeting's introductions and house rules, is no course; the
    // weeks between meetings as something members talk about are no homework.
    {
      name: 'where to meet in a numbered week: "In week one, we will meet in the side room"',
      kind: 'support',
      text: HEAD + 'In week one, we will meet in the side room; from week two we move upstairs.\n',
    },
    {
      name: 'a first meeting\'s introductions and house rules: "In the first session we will introduce ourselves and review the ground rules"',
      kind: 'support',
      text: HEAD + 'In the first session we will introduce ourselves. In week one we will review the ground rules together.\n',
    },
    {
      name: 'talking in a numbered week is a support group\'s own: "In week two we\'ll talk about sleep"',
      kind: 'support',
      text: HEAD + "In week two we'll talk about sleep, if the group wants to.\n",
    },
    {
      name: 'the weeks between meetings as something members talk about: "each of us says how the weeks between meetings went"',
      kind: 'support',
      text: HEAD + 'We go round the circle and each of us says how the weeks between meetings went.\n',
    },
    {
      name: 'goals the group has, not goals set to carry out: "Our goals are to listen and to keep in touch between meetings"',
      kind: 'support',
      text: HEAD + 'Our goals are to listen and to keep in touch between meetings.\n',
    },
    // Education about the body, a device or a physical condition is health information, not psychoeducation; so is practising the
    // skills of the pastime a group of that pastime meets for.
    {
      name: 'education about a device, named before it: "the circle will focus on ostomy education, covering bag changes and supplies"',
      kind: 'support',
      text: STOMA + 'This spring the circle will focus on ostomy education, covering bag changes, skin care and supplies.\n',
    },
    {
      name: 'education given to people by their condition: "it sets out to give amputees education and bring them together"',
      kind: 'support',
      text: '# Limb Forward\n\nA new peer support group, not therapy. Free. It sets out to give amputees education and bring them together.\n',
    },
    {
      name: 'education about a physical condition, named after it: "we offer education about dialysis and the kidney diet"',
      kind: 'support',
      text: '# Kidney Friends\n\nA peer support group, not therapy. Free. Between chats we offer education about dialysis and the kidney diet.\n',
    },
    {
      name: 'on the page of a sitting circle, "we chat about and practise the skills of silent sitting" is the circle doing what it meets for',
      kind: 'support',
      text: '# Thursday Sitting Circle\n\nA free peer group, not therapy. Over tea we chat about and practise the skills of silent sitting, which anyone can pick up.\n',
    },
    // Course material under other names (below), and near misses that are none.
    {
      name: 'a notebook members may bring, with no set topics, is no course book',
      kind: 'support',
      text: HEAD + 'Members bring a notebook if they like; there are no set topics.\n',
    },
    {
      name: 'seminar sessions said only to be held somewhere are no set topics: "Seminar sessions are held in the church hall"',
      kind: 'support',
      text: HEAD + 'Seminar sessions are held in the church hall on Tuesdays.\n',
    },
    {
      name: 'experts on a video call are no course on film: "Now and then experts join us on the video call"',
      kind: 'support',
      text: HEAD + 'Now and then experts join us on the video call to answer questions.\n',
    },
    {
      name: 'a list under "Members will:" of what peers do together teaches nothing',
      kind: 'support',
      text: HEAD + 'Members will:\n\n- Meet others who understand\n- Share stories and memories\n- Make friends\n',
    },
    {
      name: 'a lead "members can:" over items of what peers do together teaches nothing, as a list or as pasted lines',
      kind: 'support',
      text:
        HEAD +
        'It is a friendly space where members can:\n\nMeet others who have lost a parent;\n\nLearn from what has helped others;\n\nHave a cup of tea and a chat.\n',
    },
    {
      name: 'a "can:" lead whose next paragraph is a long story is no list: its words are not carried',
      kind: 'support',
      text:
        HEAD +
        'Here is what members can:\n\nWhen Mo first came he was not sure what to expect. He sat at the back for a month before he spoke about his dad.\n\nLearn tools like that from each other.\n',
    },
    // Education named among the things a group gives the heart is its aim; a course's parts denied or shown as code are none.
    {
      name: 'education named with hope, comfort or friendship is an aim: "we offer education and hope", "gives education, comfort and friendship"',
      kind: 'support',
      text: HEAD + 'We offer education and hope to anyone living with a loss.\n\nThe circle gives education, comfort and friendship in equal measure.\n',
    },
    {
      name: 'education and tools denied, or people who work in education: "we offer no education and tools", "includes people working in education"',
      kind: 'support',
      text: HEAD + 'We offer no education and tools, only company.\n\nOur circle includes people working in education and tools sales.\n',
    },
    {
      name: 'a different part each week shown as code, and the stages of grief denied: "Nobody here explains the stages of grief"',
      kind: 'support',
      text: HEAD + '```\neach week takes a different aspect\n```\n\nNobody here explains the stages of grief to you: we listen.\n',
    },
  ],
  invalid: [
    {
      name: 'facilitators who bring a range of topics set a programme ("The facilitators bring a range of topics to the group")',
      kind: 'support',
      text: HEAD + 'The facilitators bring a range of topics to the group.\n',
      errors: [{ line: 5, source: 'facilitators bring a range of topics' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'leaders who present various subjects set a programme ("Our leaders will present various grief subjects")',
      kind: 'support',
      text: HEAD + 'Our leaders will present various grief subjects over the spring.\n',
      errors: [{ line: 5, source: 'leaders will present various grief subjects' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'exercises for members to do alone are set work ("exercises, some of which you might do by yourself")',
      kind: 'support',
      text: HEAD + 'You will get guidance and exercises, some of which you might do by yourself.\n',
      errors: [{ line: 5, source: 'exercises, some of which you might do by yourself' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'exercises easy to do alone, set for the week ("exercises that are easy to do by yourself"), are still set work',
      kind: 'support',
      text: HEAD + 'Each week you take home breathing exercises that are easy to do by yourself.\n',
      errors: [{ line: 5, source: 'exercises that are easy to do by yourself' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'exercises to complete at home are set work',
      kind: 'support',
      text: HEAD + 'Each week there are short exercises to complete at home.\n',
      errors: [{ line: 5, source: 'exercises to complete at home' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a counselling method used in the group ("This group centres on motivational interviewing")',
      kind: 'support',
      text: HEAD + 'This group centres on motivational interviewing.\n',
      errors: [{ line: 5, source: 'motivational interviewing' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a set part of each meeting given to teaching: "The first hour is teaching and the second hour is peer support"',
      kind: 'support',
      text: HEAD + 'The first hour is teaching and the second hour is peer support.\n',
      errors: [{ line: 5, source: 'first hour is teaching' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a set part of each meeting given to teaching: "the last half hour of each session will be an educational talk"',
      kind: 'support',
      text: HEAD + 'We talk freely, and the last half hour of each session will be an educational talk.\n',
      errors: [{ line: 5, source: 'last half hour of each session will be an educational' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'education in a subject after a social aim is still teaching: "offers fellowship and education in coping with low mood"',
      kind: 'support',
      text: HEAD + 'The club offers fellowship and education in coping with low mood.\n',
      errors: [{ line: 5, source: 'offers fellowship and education' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'education with no social aim before it stays a programme: "Each month we provide skills and education"',
      kind: 'support',
      text: HEAD + 'Each month we provide skills and education.\n',
      errors: [{ line: 5, source: 'provide skills and education' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a talk as a set part of every meeting: "Each meeting opens with a brief educational talk"',
      kind: 'support',
      text: HEAD + 'Each meeting opens with a brief educational talk.\n',
      errors: [{ line: 5, source: 'Each meeting opens with a brief educational talk' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'the same said of every session: "Every session includes a topic presentation"',
      kind: 'support',
      text: HEAD + 'Every session includes a topic presentation, then we split into pairs.\n',
      errors: [{ line: 5, source: 'Every session includes a topic presentation' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a meeting format with a presentation among its parts: "consisting of a welcome, a topic presentation and small groups"',
      kind: 'support',
      text: HEAD + 'Evenings last two hours, consisting of a welcome, a topic presentation and small groups.\n',
      errors: [{ line: 5, source: 'consisting of a welcome, a topic presentation' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'teaching in part of each meeting: "part of every meeting is set aside for teaching about boundaries"',
      kind: 'support',
      text: HEAD + 'Part of every meeting is set aside for teaching about boundaries.\n',
      errors: [{ line: 5, source: 'Part of every meeting is set aside for teaching' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'tasks a member commits to and carries to the next meeting: "each of us commits to one small task to do before our next meeting"',
      kind: 'support',
      text: HEAD + 'Each of us commits to one small task to do before our next meeting, and reports back.\n',
      errors: [{ line: 5, source: 'commits to one small task to do before our next meeting' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a lead "participants can:" carries its subject into its items: "- Learn practical tools and coping strategies"',
      kind: 'support',
      text: HEAD + 'A safe space where participants can:\n\n- Share experiences with peers\n- Learn practical tools and coping strategies\n',
      errors: [{ line: 8, source: 'Learn practical tools' }],
      suggestions: [HEAD + 'A safe space where participants can:\n\n- Share experiences with peers\n'],
    },
    {
      name: 'the same list pasted as one paragraph per item: "You get to:" then "Learn new techniques for calming down;"',
      kind: 'support',
      text: HEAD + 'Each week you get to:\n\nTalk with other parents;\n\nLearn new techniques for calming down;\n\nFind out about local services.\n',
      errors: [{ line: 9, source: 'Learn new techniques' }],
      suggestions: [HEAD + 'Each week you get to:\n\nTalk with other parents;\n\nFind out about local services.\n'],
    },
    {
      name: 'a heading of weekly themes over a course laid out by week: "12-week outline: weekly themes"',
      kind: 'support',
      text: HEAD + '## 12-week outline: weekly themes\n\n- Week 1: telling your story\n- Week 2: living with change\n',
      errors: [{ line: 5, source: 'weekly themes' }],
      suggestions: [],
    },
    {
      name: 'session themes set by the hosts: "Session themes follow the booklet"',
      kind: 'support',
      text: HEAD + 'Session themes follow the booklet we hand out.\n',
      errors: [{ line: 5, source: 'Session themes' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a negation inside an aside ends with its bracket: "Our evenings (no sign-up needed) include homework"',
      kind: 'support',
      text: HEAD + 'Our evenings (no sign-up needed) include homework for the week.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'the same in the middle of a sentence: "One session (not the first) uses worksheets"',
      kind: 'support',
      text: HEAD + 'One session (not the first) uses worksheets.\n',
      errors: [{ line: 5, source: 'worksheets' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'an aside past a clause break does not carry the negation before it: "No fee, but each week we set homework (short ones)"',
      kind: 'support',
      text: HEAD + 'No fee, but each week we set homework (short ones) for everyone.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a course book by another name: "each member receives a participant notebook"',
      kind: 'support',
      text: HEAD + 'Each member receives a participant notebook to use at home.\n',
      errors: [{ line: 5, source: 'participant notebook' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: "seminars on set topics: \"Seminar sessions include 'Facing Anger', 'Loneliness' and 'Forgiveness'\"",
      kind: 'support',
      text: HEAD + "Seminar sessions include 'Facing Anger', 'Loneliness' and 'Forgiveness'.\n",
      errors: [{ line: 5, source: 'Seminar sessions include' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'experts on film: "the course brings in experts on grief through short videos"',
      kind: 'support',
      text: HEAD + 'The course brings in experts on grief through short videos.\n',
      errors: [{ line: 5, source: 'experts on grief through short videos' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'teaching at the meetings, in the gerund: "Part of every meeting is spent teaching attendees about denial"',
      kind: 'support',
      text: HEAD + 'Part of every meeting is spent teaching attendees about denial, enabling and boundaries.\n',
      errors: [{ line: 5, source: 'teaching attendees' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a DVD series the meetings work through: "we work through the DVD series \'Paths Through Grief\'"',
      kind: 'support',
      text: HEAD + 'Over eight Tuesdays we work through the DVD series "Paths Through Grief", which helps us make sense of our loss.\n',
      errors: [{ line: 5, source: 'DVD series' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a DVD series at each meeting: "We watch part of a DVD series at each meeting"',
      kind: 'support',
      text: HEAD + 'We watch part of a DVD series at each meeting and then talk about it.\n',
      errors: [{ line: 5, source: 'DVD series' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a course set out week by week in the hosts\' voice: "In week one, we will identify…", "in session 3 you\'ll review…"',
      kind: 'support',
      text: HEAD + "In week one, we will identify the habits that keep us stuck.\n\nIn session 3 you'll review what changed at home.\n",
      errors: [
        { line: 5, source: 'In week one, we will identify' },
        { line: 7, source: "In session 3 you'll review" },
      ],
      suggestions: [
        "# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nIn session 3 you'll review what changed at home.\n",
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nIn week one, we will identify the habits that keep us stuck.\n',
      ],
    },
    {
      name: 'goals set to carry out before the next meeting: "goals to work on between meetings", "a challenge to try before the next session"',
      kind: 'support',
      text: HEAD + 'Each member writes down goals to work on between meetings.\n\nWe leave with a small challenge to try before the next session.\n',
      errors: [
        { line: 5, source: 'goals to work on between meetings' },
        { line: 7, source: 'challenge to try before the next session' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nWe leave with a small challenge to try before the next session.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nEach member writes down goals to work on between meetings.\n',
      ],
    },
    {
      name: 'a curriculum the group itself works through: "Each week the circle works through a grief curriculum"',
      kind: 'support',
      text: HEAD + 'Each week the circle works through a grief curriculum, with a worksheet to finish at home.\n',
      errors: [{ line: 5, source: 'curriculum' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'the group calls itself educational with "our" ("Our educational support group meets…"), or a blank line splits "is an" from it',
      kind: 'support',
      text: HEAD + 'Our educational support group meets on Mondays.\n\nHarbour Carers is an\n\neducational support group for kinship carers.\n',
      errors: [
        { line: 5, source: 'educational support group' },
        { line: 9, source: 'educational support group' },
      ],
      suggestions: [
        HEAD + 'Harbour Carers is an\n\neducational support group for kinship carers.\n',
        HEAD + 'Our educational support group meets on Mondays.\n\nHarbour Carers is an\n',
      ],
    },
    {
      name: 'a topic the hosts set for each meeting ("A different heart-health topic will be discussed each month", "Each week, a new theme is covered")',
      kind: 'support',
      text: HEAD + 'A different heart-health topic will be discussed each month.\n\nEach week, a new theme is covered.\n',
      errors: [
        { line: 5, source: 'A different heart-health topic will be discussed each month' },
        { line: 7, source: 'Each week, a new theme is covered' },
      ],
      suggestions: [HEAD + 'Each week, a new theme is covered.\n', HEAD + 'A different heart-health topic will be discussed each month.\n'],
    },
    {
      name: 'learning objectives for the sessions, and grief taught through models of it ("using several models of grief")',
      kind: 'support',
      text: HEAD + '## Learning objectives\n\n- Understand grief using several models of grief\n- Share memories\n',
      errors: [
        { line: 5, source: 'Learning objectives' },
        { line: 7, source: 'using several models of grief' },
      ],
      // (The heading is not removed on its own; the list item can go.)
      suggestions: [HEAD + '## Learning objectives\n\n- Share memories\n'],
    },
    {
      name: 'education the group itself gives at its meetings ("At each meeting the group provides education about…") is its own',
      kind: 'support',
      text: HEAD + 'The national charity funds research. At each meeting the group provides education about medication.\n',
      errors: [{ line: 5, source: 'provides education' }],
      suggestions: [HEAD + 'The national charity funds research.\n'],
    },
    {
      name: 'materials on a counsellor\'s subject stay psychoeducation: "educational materials on coping skills for low mood"',
      kind: 'support',
      text: HEAD + 'Each month the host hands out educational materials on coping skills for low mood, and we go through them.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'educational materials' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'education given at meetings stays a clinical activity: "Each meeting can include some education on handling cravings"',
      kind: 'support',
      text: HEAD + 'Each meeting can include some education on handling cravings.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'include some education' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'a guest at every meeting is a programme of teaching all the same: "Every week a guest speaker provides education on sleep and pain"',
      kind: 'support',
      text: HEAD + 'Every week a guest speaker provides education on sleep and pain.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'provides education' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'education the facilitator gives at each meeting, beside sharing that has no guest: "our facilitator offering education"',
      kind: 'support',
      text: HEAD + 'Each meeting opens with our facilitator offering education and practical tips for twenty minutes.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'with our facilitator offering education' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'the groups\' set topics, plural: "The groups meet monthly and cover topics like taking medicines on time"',
      kind: 'support',
      text: HEAD + 'The groups meet monthly and cover topics like taking medicines on time, eating well and stigma.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'groups meet monthly and cover topics like' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'the tool word before the method: "practical tools based in CBT"',
      kind: 'support',
      text: HEAD + 'Each evening the group talks through practical tools based in CBT.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'tools based in CBT' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'a teaching segment at each meeting: "Each meeting opens with a 20-minute teaching segment on a coping topic"',
      kind: 'support',
      text: HEAD + 'Each meeting opens with a 20-minute teaching segment on a coping topic.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'teaching segment' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'a programme set out with no word "topics": "We\'ll cover sleep, identity and intrusive thoughts"',
      kind: 'support',
      text: HEAD + "We'll cover sleep, identity and intrusive thoughts.\n\nWe meet on Mondays.\n",
      errors: [{ line: 5, source: "We'll cover sleep, identity and intrusive thoughts" }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'a theme each week: "Each week we will cover a new theme"',
      kind: 'support',
      text: HEAD + 'Each week we will cover a new theme.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'we will cover a new theme' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'a Spanish line: "hojas de trabajo"',
      kind: 'support',
      text: HEAD + 'Cada semana hay hojas de trabajo.\n\nNos reunimos los martes.\n',
      errors: [{ line: 5, source: 'hojas de trabajo' }],
      suggestions: [HEAD + 'Nos reunimos los martes.\n'],
    },
    {
      name: 'a list of the topics the groups cover ("Topics covered in our support groups:"): the lead is not removed alone',
      kind: 'support',
      text: HEAD + 'Topics covered in our support groups:\n\n- Understanding grief\n- Holidays and anniversaries\n',
      errors: [{ line: 5, source: 'Topics covered in our support groups:' }],
      suggestions: [],
    },
    {
      name: '"education on grief and coping strategies is provided"',
      kind: 'support',
      text: HEAD + 'Stories are shared, and education on grief and coping strategies is provided.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'education on grief and coping strategies is provided' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: '"we will work through conversations, educational materials and exercises"',
      kind: 'support',
      text: HEAD + 'Over six weeks we will work through conversations, educational materials and exercises.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'educational materials' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'one CBT skill a week ("Each week we cover a CBT skill, such as thought records")',
      kind: 'support',
      text: HEAD + 'Each week we cover a CBT skill, such as thought records.\n\nWe meet on Mondays.\n',
      errors: [{ line: 5, source: 'CBT skill' }],
      suggestions: [HEAD + 'We meet on Mondays.\n'],
    },
    {
      name: 'education as what the group is or does: "This is an educational group", "focuses on education and practical strategies"',
      kind: 'support',
      text: HEAD + 'This is an educational group for patients and carers.\n\nThe evening focuses mainly on education and practical strategies for families.\n',
      errors: [
        { line: 5, source: 'educational group' },
        { line: 7, source: 'focuses mainly on education' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe evening focuses mainly on education and practical strategies for families.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThis is an educational group for patients and carers.\n',
      ],
    },
    {
      name: 'a talk or lesson at every meeting ("Each session will consist of a short presentation", "every meeting opens with a lesson")',
      kind: 'support',
      text: HEAD + 'Each session will consist of a short presentation about one part of grief.\n\nEvery meeting opens with a brief lesson from the hosts.\n',
      errors: [
        { line: 5, source: 'Each session will consist of a short presentation' },
        { line: 7, source: 'Every meeting opens with a brief lesson' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nEvery meeting opens with a brief lesson from the hosts.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nEach session will consist of a short presentation about one part of grief.\n',
      ],
    },
    {
      name: 'members taken through a course, and families taught ("we take students through a 6-week course", "it teaches family members")',
      kind: 'support',
      text: HEAD + 'We take students through a 6-week course on triggers and coping.\n\nThe programme teaches family members to respond calmly.\n',
      errors: [
        { line: 5, source: 'take students through a 6-week course' },
        { line: 7, source: 'teaches family members' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe programme teaches family members to respond calmly.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nWe take students through a 6-week course on triggers and coping.\n',
      ],
    },
    {
      name: 'skills drilled and exercises set: "meet to discuss and practise skills from the book", "complete exercises and set small weekly goals"',
      kind: 'support',
      text: HEAD + 'We meet to discuss and practise skills from the book.\n\nMembers complete short exercises and set small weekly goals.\n',
      errors: [
        { line: 5, source: 'to discuss and practise skills' },
        { line: 7, source: 'complete short exercises' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nMembers complete short exercises and set small weekly goals.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nWe meet to discuss and practise skills from the book.\n',
      ],
    },
    {
      name: 'a topic set for each session ("each of the six sessions will address…") and "educating participants about…"',
      kind: 'support',
      text:
        HEAD +
        'Each of the six evening sessions will address one of grief, anger and sleep.\n\nThe group is a forum for educating participants about the adoption triangle.\n',
      errors: [
        { line: 5, source: 'Each of the six evening sessions will address' },
        { line: 7, source: 'educating participants' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe group is a forum for educating participants about the adoption triangle.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nEach of the six evening sessions will address one of grief, anger and sleep.\n',
      ],
    },
    {
      name: 'a course that reviews diagnoses and medications, and members taught "the cycle of violence"',
      kind: 'support',
      text: HEAD + 'The course includes a review of common diagnoses and medications.\n\nMembers learn about the cycle of abuse.\n',
      errors: [
        { line: 5, source: 'course includes a review of' },
        { line: 7, source: 'learn about the cycle of' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nMembers learn about the cycle of abuse.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe course includes a review of common diagnoses and medications.\n',
      ],
    },
    {
      name: 'topics set by the hosts: "topics are presented by the facilitators" and "the group will cover … topics"',
      kind: 'support',
      text: HEAD + 'Topics are presented by the facilitators in turn.\n\nThe group will cover sleep and feeding topics.\n',
      errors: [
        { line: 5, source: 'Topics are presented' },
        { line: 7, source: 'The group will cover sleep and feeding topics' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe group will cover sleep and feeding topics.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nTopics are presented by the facilitators in turn.\n',
      ],
    },
    {
      name: 'exercises to do between meetings ("exercises you may want to try on your own")',
      kind: 'support',
      text: HEAD + 'You will get exercises you may want to try on your own.\n',
      errors: [{ line: 5, source: 'exercises you may want to try on your own' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a planned programme: "lesson plans" and "carefully chosen topics"',
      kind: 'support',
      text: HEAD + 'The hosts prepare lesson plans for the eight weeks.\n\nThey bring carefully chosen topics each week.\n',
      errors: [
        { line: 5, source: 'lesson plans' },
        { line: 7, source: 'carefully chosen topics' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThey bring carefully chosen topics each week.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe hosts prepare lesson plans for the eight weeks.\n',
      ],
    },
    {
      name: 'materials handed out for each session, and short talks with printed materials',
      kind: 'support',
      text: HEAD + 'Materials for each session come from the host.\n\nShort talks and printed materials start the discussion.\n',
      errors: [
        { line: 5, source: 'Materials for each session' },
        { line: 7, source: 'Short talks and printed materials' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nShort talks and printed materials start the discussion.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nMaterials for each session come from the host.\n',
      ],
    },
    {
      name: "techniques parents can learn, and education in the group's own name",
      kind: 'support',
      text: HEAD + 'In four weeks parents can learn breathing techniques for worry.\n\nIt is a new-parent education and support group.\n',
      errors: [
        { line: 5, source: 'parents can learn breathing techniques' },
        { line: 7, source: 'education and support group' },
      ],
      suggestions: [
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nIt is a new-parent education and support group.\n',
        '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nIn four weeks parents can learn breathing techniques for worry.\n',
      ],
    },
    {
      name: 'a set programme: "Topics for this term" with a numbered list (its lead is not removed alone, which would leave the list)',
      kind: 'support',
      text: HEAD + 'Topics for this term (the order may change):\n\n1. Grounding when memories return\n2. Self-care\n',
      errors: [{ line: 5, source: 'Topics for this term' }],
      suggestions: [],
    },
    {
      name: 'a set programme: "the topics covered during the meetings include…"',
      kind: 'support',
      text: HEAD + 'The group is a four-week program. The topics covered during the meetings include anxiety in the body and calming skills.\n',
      errors: [{ line: 5, source: 'topics covered during the meetings include' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\nThe group is a four-week program.\n'],
    },
    {
      name: 'psychoeducation in other words: Topics will include:',
      kind: 'support',
      text: HEAD + 'Topics will include: grief, trust, the holidays.\n',
      errors: [{ line: 5, source: 'Topics will include:' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: skills taught by the facilitator',
      kind: 'support',
      text: HEAD + 'Each week mixes open sharing with tips and skills taught by the facilitator.\n',
      errors: [{ line: 5, source: 'skills taught by' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: members learn techniques and tools',
      kind: 'support',
      text: HEAD + 'They also learn about techniques and tools like breathing and visualization.\n',
      errors: [{ line: 5, source: 'They also learn about techniques' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a clinical activity: members develop relapse prevention plans',
      kind: 'support',
      text: HEAD + 'Topics range from pacing to developing relapse prevention plans.\n',
      errors: [{ line: 5, source: 'relapse prevention plans' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: "support, validation and education in pain management"',
      kind: 'support',
      text: HEAD + 'Our goal is to provide support, validation and education in basic pain management.\n',
      errors: [{ line: 5, source: 'provide support, validation and education' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: each of the 8 sessions has a different focus',
      kind: 'support',
      text: HEAD + 'Each of the 8 sessions has a different focus, from attachment to forgiveness.\n',
      errors: [{ line: 5, source: 'Each of the 8 sessions has a different focus' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: Each week your group will watch a video',
      kind: 'support',
      text: HEAD + 'Each week your group will watch a video on one part of recovery, then share.\n',
      errors: [{ line: 5, source: 'Each week your group will watch a video' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: Topics covered are',
      kind: 'support',
      text: HEAD + 'Topics covered are the following: sleep, feeding, returning to work.\n',
      errors: [{ line: 5, source: 'Topics covered are' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: teaches participants',
      kind: 'support',
      text: HEAD + 'The program teaches participants to spot the thoughts behind a craving.\n',
      errors: [{ line: 5, source: 'teaches participants' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'psychoeducation in other words: cognitive-behavioral tools and techniques',
      kind: 'support',
      text: HEAD + 'Meetings use cognitive-behavioral tools and techniques practised at home.\n',
      errors: [{ line: 5, source: 'cognitive-behavioral tools and techniques' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a video at every meeting',
      kind: 'support',
      text: HEAD + 'At each session you will view a video on one part of the divorce process before we talk.\n',
      errors: [{ line: 5, source: 'At each session you will view a video' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'hosts teaching techniques',
      kind: 'support',
      text: HEAD + 'The circle teaches simple techniques for keeping a steady routine after an episode.\n',
      errors: [{ line: 5, source: 'teaches simple techniques' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'short presentations on topics by the hosts',
      kind: 'support',
      text: HEAD + 'Our two hosts give short presentations on chosen topics, and then the floor is open.\n',
      errors: [{ line: 5, source: 'presentations on chosen topics' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'presentations offered alongside discussion',
      kind: 'support',
      text: HEAD + 'Presentations and open discussion are offered about staying well at school.\n',
      errors: [{ line: 5, source: 'Presentations and open discussion are offered' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a course that builds week on week on a framework',
      kind: 'support',
      text: HEAD + 'Each weekly session builds on the last, with a model of mourning as a framework.\n',
      errors: [{ line: 5, source: 'Each weekly session builds on' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'docs: a list item that is only the worksheet is removed',
      kind: 'support',
      text: HEAD + '## What to expect\n\n- Open sharing\n- A weekly worksheet to take home\n- Snacks and tea\n',
      errors: [{ line: 8, column: 12, source: 'worksheet', severity: 'warning' }],
      suggestions: [HEAD + '## What to expect\n\n- Open sharing\n- Snacks and tea\n'],
    },
    {
      name: 'docs: psychoeducation talk in a long sentence: no fix',
      kind: 'support',
      text: HEAD + 'Each meeting opens with a short psychoeducation talk on the anxiety cycle, then we share and listen.\n',
      errors: [{ line: 5, source: 'psychoeducation' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'docs: homework assignments, a one-sentence paragraph is removed',
      kind: 'support',
      text: HEAD + 'Members complete homework assignments between sessions.\n\nWe meet on Tuesdays.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet on Tuesdays.\n'],
    },
    {
      name: 'docs: curriculum and handouts on cognitive distortions',
      kind: 'support',
      text: HEAD + 'We follow an eight-week coping-skills curriculum, with handouts on cognitive\ndistortions.\n',
      errors: [{ line: 5 }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a middle sentence is removed with its space',
      kind: 'support',
      text: HEAD + 'We meet weekly. Each week there is homework. Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet weekly. Tea is served.\n'],
    },
    {
      name: 'a question about homework does not hide the real list item',
      kind: 'support',
      text: HEAD + 'Is there homework?\n\n- Worksheets\n- Sharing\n',
      errors: [{ line: 7, source: 'Worksheets' }],
      suggestions: [HEAD + 'Is there homework?\n\n- Sharing\n'],
    },
    {
      name: 'CRLF: the list item goes with its CRLF',
      kind: 'support',
      text: crlf(HEAD + '- Sharing\n- Worksheets\n- Tea\n'),
      errors: [{ line: 6 }],
      suggestions: [crlf(HEAD + '- Sharing\n- Tea\n')],
    },
    {
      name: 'the last list item without a final newline',
      kind: 'support',
      text: HEAD + '- Sharing\n- Worksheets',
      errors: [{ line: 6 }],
      suggestions: [HEAD + '- Sharing'],
    },
    {
      name: 'accents and emoji around the item',
      kind: 'support',
      text: '\uFEFF# Café des aidants ☕\n\nThis is not therapy. Free.\n\n- Partage 💬\n- Psychoeducation\n- Thé et gâteaux\n',
      errors: [{ line: 6, column: 3 }],
      suggestions: ['\uFEFF# Café des aidants ☕\n\nThis is not therapy. Free.\n\n- Partage 💬\n- Thé et gâteaux\n'],
    },
    {
      name: 'several activities, each sentence once',
      kind: 'support',
      text: HEAD + 'Bring your workbook. We do CBT worksheets together. Homework is due each week.\n',
      errors: [{ source: 'workbook' }, { source: 'CBT worksheets' }, { source: 'Homework' }],
      suggestions: [
        HEAD + 'We do CBT worksheets together. Homework is due each week.\n',
        HEAD + 'Bring your workbook. Homework is due each week.\n',
        HEAD + 'Bring your workbook. We do CBT worksheets together.\n',
      ],
    },
    {
      name: 'a worksheet bullet that lists other things too is still offered for removal (a person decides)',
      kind: 'support',
      text: HEAD + '- Open sharing\n- Worksheets, journaling prompts and homework between meetings\n- Tea\n',
      errors: [{ line: 6, source: 'Worksheets' }],
      suggestions: [HEAD + '- Open sharing\n- Tea\n'],
    },
    {
      name: 'a list item of two sentences: remove the sentence, or the whole item',
      kind: 'support',
      text: HEAD + '- Sharing. A worksheet each week.\n- Tea\n',
      errors: [{ line: 5, source: 'worksheet' }],
      suggestions: [HEAD + '- Sharing.\n- Tea\n', HEAD + '- Tea\n'],
    },
    {
      name: 'the last sentence inside emphasis goes with the space before it, so the emphasis still closes',
      kind: 'support',
      text: HEAD + 'We meet **weekly. Each week there is homework.** Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet **weekly.** Tea is served.\n'],
    },
    {
      name: 'a sentence that emphasis crosses is not removed (the Markdown would break)',
      kind: 'support',
      text: HEAD + 'We meet **weekly. Each week there** is homework. Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [],
    },
    {
      name: 'a sentence wrapped in its own emphasis is removed with it',
      kind: 'support',
      text: HEAD + 'We meet weekly. **Each week there is homework.** Tea is served.\n',
      errors: [{ line: 5, source: 'homework' }],
      suggestions: [HEAD + 'We meet weekly. Tea is served.\n'],
    },
    {
      name: 'a heading and a table row are never removed',
      kind: 'support',
      text: HEAD + '## Weekly homework\n\n| Week | Topic |\n|---|---|\n| 1 | Grief |\n',
      errors: [{ line: 5, source: 'homework' }, { line: 7 }],
      suggestions: [],
    },
    {
      name: 'a lecture at every meeting, with handouts, is still a lesson',
      kind: 'support',
      text: HEAD + 'Each meeting begins with a short lecture on the stages of grief, with handouts to take home.\n',
      errors: [{ line: 5 }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'presentations on a subject given at every meeting ("Presentations on coping skills are given at every meeting")',
      kind: 'support',
      text: HEAD + 'Presentations on coping skills are given at every meeting.\n',
      errors: [{ line: 5, source: 'Presentations on coping skills are given at every meeting' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a presentation by a clinician offered each week',
      kind: 'support',
      text: HEAD + 'A presentation by a psychologist is offered each week.\n',
      errors: [{ line: 5, source: 'A presentation by a psychologist is offered each week' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a short lesson held weekly',
      kind: 'support',
      text: HEAD + 'A short lesson is held weekly in the Fenbury parish room.\n',
      errors: [{ line: 5, source: 'A short lesson is held weekly' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'members choosing something else is no choice of the talk ("members choose whether to share")',
      kind: 'support',
      text: HEAD + 'Presentations are given at every meeting, and members choose whether to share.\n',
      errors: [{ line: 5, source: 'Presentations are given' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: '"on request" said of something else ("slides are available on request") leaves the talks',
      kind: 'support',
      text: HEAD + 'Presentations are given at every meeting; slides are available on request.\n',
      errors: [{ line: 5, source: 'Presentations are given' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: '"if you want to learn more" is no member asking for the talks',
      kind: 'support',
      text: HEAD + 'Presentations are given at every meeting, if you want to learn more.\n',
      errors: [{ line: 5, source: 'Presentations are given' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'the facilitator choosing the topics is a programme',
      kind: 'support',
      text: HEAD + 'Presentations are given at every meeting and the facilitator chooses the topics.\n',
      errors: [{ line: 5, source: 'Presentations are given' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'tools from a therapy spelled the UK way: "tools taken from Cognitive Behaviour Therapy"',
      kind: 'support',
      text: HEAD + 'Members try out tools taken from Cognitive Behaviour Therapy between meetings.\n',
      errors: [{ line: 5 }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'tools from REBT spelled out: "strategies drawn from Rational Emotive Behaviour Therapy"',
      kind: 'support',
      text: HEAD + 'We practise strategies drawn from Rational Emotive Behaviour Therapy.\n',
      errors: [{ line: 5 }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'education in a subject beside support is still psychoeducation: "offering education on sleep and routines … support and encouragement"',
      kind: 'support',
      text: HEAD + 'Our circle exists for offering education on sleep and routines at every meeting, along with support and encouragement.\n',
      errors: [{ line: 5 }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    // Education stays teaching where its matter is a counsellor's, or medication, or where it comes every week or as a programme.
    {
      name: 'education whose sentence names coping: "caregiver education, covering coping with stress and managing guilt"',
      kind: 'support',
      text: HEAD + 'The circle will focus on caregiver education, covering coping with stress and managing guilt.\n',
      errors: [{ line: 5, source: 'focus on caregiver education' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'education given to members in a counsellor\'s subject: "to give members education in coping with grief"',
      kind: 'support',
      text: HEAD + 'The circle sets out to give members education in coping with grief.\n',
      errors: [{ line: 5, source: 'give members education' }],
      suggestions: ['# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n'],
    },
    {
      name: 'a body subject with a programme after it stays a programme: "the nurse provides diabetes education sessions"',
      kind: 'support',
      text: STOMA + 'The nurse provides diabetes education sessions for members.\n',
      errors: [{ line: 5, source: 'provides diabetes education' }],
      suggestions: [STOMA.trimEnd() + '\n'],
    },
    {
      name: 'education about medicines stays clinical, whatever the condition: "education about diabetes medicines"',
      kind: 'support',
      text: STOMA + 'The nurse provides education about diabetes medicines.\n',
      errors: [{ line: 5, source: 'provides education' }],
      suggestions: [STOMA.trimEnd() + '\n'],
    },
    {
      name: 'body education at every meeting is a programme all the same: "Every week the nurse gives ostomy education"',
      kind: 'support',
      text: STOMA + 'Every week the nurse gives ostomy education.\n',
      errors: [{ line: 5, source: 'gives ostomy education' }],
      suggestions: [STOMA.trimEnd() + '\n'],
    },
    {
      name: 'the skills of a counsellor\'s subject are a curriculum: "we chat about and practise the skills of emotion regulation"',
      kind: 'support',
      text: '# Thursday Calm Circle\n\nA free peer group, not therapy. Over tea we chat about and practise the skills of emotion regulation.\n',
      errors: [{ line: 3, source: 'and practise the skills' }],
      suggestions: ['# Thursday Calm Circle\n\nA free peer group, not therapy.\n'],
    },
    {
      name: 'a pastime\'s skills taught as a way to cope, even in its own circle: "practise the skills of meditation to manage anxiety"',
      kind: 'support',
      text: '# Meditation Circle\n\nA free peer group, not therapy. Over tea we chat about and practise the skills of meditation to manage anxiety.\n',
      errors: [{ line: 3, source: 'and practise the skills' }],
      suggestions: ['# Meditation Circle\n\nA free peer group, not therapy.\n'],
    },
    {
      name: 'a pastime\'s skills on the page of a group for something else: "practise the skills of meditation" at a panic circle',
      kind: 'support',
      text: '# Panic Circle\n\nA free peer group, not therapy. Over tea we chat about and practise the skills of meditation.\n',
      errors: [{ line: 3, source: 'and practise the skills' }],
      suggestions: ['# Panic Circle\n\nA free peer group, not therapy.\n'],
    },
    {
      name: 'a lead "Participants will:" carries its subject into its items: "- Learn tools for handling worry" reads as one sentence',
      kind: 'support',
      text: HEAD + 'Participants will:\n\n- Meet others who understand\n- Learn tools for handling worry and low mood\n',
      errors: [{ line: 8, source: 'Learn tools' }],
      suggestions: [HEAD + 'Participants will:\n\n- Meet others who understand\n'],
    },
    {
      name: 'each meeting given its own part of the subject: "each week takes a different aspect of loss", "every session looks at a new side"',
      kind: 'support',
      text: HEAD + "We meet for four weeks. Each week takes a different aspect of loss.\n\nEvery session looks at a new side of the month's theme.\n",
      errors: [
        { line: 5, source: 'Each week takes a different aspect' },
        { line: 7, source: 'Every session looks at a new side' },
      ],
      suggestions: [
        HEAD + "We meet for four weeks.\n\nEvery session looks at a new side of the month's theme.\n",
        HEAD + 'We meet for four weeks. Each week takes a different aspect of loss.\n',
      ],
    },
    {
      name: 'brief talks with printed material, and models or stages of grief looked at or explained by the hosts',
      kind: 'support',
      text:
        HEAD +
        'Brief talks and printed material open each evening.\n\nThe evening looks at different models of grief. Our counsellor explains the stages of mourning.\n',
      errors: [
        { line: 5, source: 'Brief talks and printed material' },
        { line: 7, source: 'looks at different models of grief' },
        { line: 7, source: 'explains the stages of mourning' },
      ],
      suggestions: [
        HEAD + 'The evening looks at different models of grief. Our counsellor explains the stages of mourning.\n',
        HEAD + 'Brief talks and printed material open each evening.\n\nOur counsellor explains the stages of mourning.\n',
        HEAD + 'Brief talks and printed material open each evening.\n\nThe evening looks at different models of grief.\n',
      ],
    },
    {
      name: 'education given with tools or skills, whatever comes before it: "the support, education and tools they need", "peer support, education and practical skills"',
      kind: 'support',
      text:
        HEAD +
        'We give carers the support, education and tools they need.\n\nThe circle meets monthly, offering peer support, education and practical skills.\n',
      errors: [
        { line: 5, source: 'give carers the support, education and tools' },
        { line: 7, source: 'offering peer support, education and practical skills' },
      ],
      suggestions: [
        HEAD + 'The circle meets monthly, offering peer support, education and practical skills.\n',
        HEAD + 'We give carers the support, education and tools they need.\n',
      ],
    },
  ],
});
