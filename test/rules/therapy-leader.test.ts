import { crlf, ruleTable } from '../helpers/rule-tester';

const L = 'Led by [name], [credentials], a licensed [profession].';

// A one-paragraph page with no leader named: the rule reports its title, and the suggestion adds the line at the end.
function withoutLeader(name: string, title: string, body: string) {
  const text = `# ${title}\n\n${body}\n`;
  return {
    name,
    kind: 'therapy' as const,
    text,
    errors: [{ line: 1, column: 1, source: `# ${title}`, severity: 'information' as const }],
    suggestions: [text + '\n' + L + '\n'],
  };
}

ruleTable('therapy-leader', {
  valid: [
    {
      name: 'group and individual therapy together with a clinician ("both Group and Individual DBT therapy with a clinician trained in DBT") names the leader',
      kind: 'therapy',
      text: '# DBT Program\n\nThis is group therapy. The full programme offers both group and individual DBT therapy with a clinician who trained in DBT.\n',
    },
    {
      name: 'individual and group sessions with a licensed psychologist name the leader',
      kind: 'therapy',
      text: '# DBT Program\n\nThis is group therapy. The track offers individual and group sessions with a licensed psychologist, weekly.\n',
    },
    {
      name: '"some of our therapists" are the practice\'s own: "Some of our licensed therapists lead the evening groups"',
      kind: 'therapy',
      text: '# Evening Anxiety Group\n\nThis is group therapy for adults with social anxiety, Tuesdays for ten weeks. Some of our licensed therapists lead the evening groups.\n',
    },
    {
      name: 'a quantifier inside the leader\'s own phrase is no general statement: "led by some of our most experienced therapists"',
      kind: 'therapy',
      text: '# Evening Anxiety Group\n\nThis is group therapy for adults with social anxiety, Tuesdays for ten weeks, led by some of our most experienced therapists.\n',
    },
    {
      name: 'nor "one of the many licensed psychologists at the clinic"',
      kind: 'therapy',
      text: '# Evening Anxiety Group\n\nThis is group therapy for adults with social anxiety, Tuesdays for ten weeks. Your facilitator is Dr. Ana Ruiz, one of the many licensed psychologists at the clinic.\n',
    },
    {
      name: 'a therapist who leads, beside a client-therapist relationship spoken of, is still the leader',
      kind: 'therapy',
      text: '# Evening Anxiety Group\n\nThis is group therapy for adults with social anxiety, led by a licensed therapist. The group adds to the client-therapist relationship rather than replacing it.\n',
    },
    {
      name: 'clinicians named by their field as the ones who lead: "Experienced clinical professionals facilitate each session"',
      kind: 'therapy',
      text: '# Group Counselling for School Staff\n\nFree group counselling for school staff, online. Experienced clinical professionals facilitate each session, and the next eight-week round starts on 2 March.\n',
    },
    {
      name: 'or as those the group is led by: "facilitated by trained mental health professionals"',
      kind: 'therapy',
      text: '# Group Counselling for School Staff\n\nFree group counselling for school staff, online, facilitated by trained mental health professionals. The next eight-week round starts on 2 March.\n',
    },
    {
      name: 'a group led by a clinician beside a referral elsewhere still has its leader',
      kind: 'therapy',
      text: '# Harbour Young Parents Programme\n\nThis is group therapy for parents of toddlers who feel low, led by a licensed psychologist. If medication may help, we can get you connected with a community psychiatrist.\n',
    },
    {
      name: 'a named doctor\'s own groups: "Dr. Okafor\'s therapy groups run for 12 weeks"',
      kind: 'therapy',
      text: "# Betrayal Recovery Therapy Group\n\nThis is group therapy for partners hurt by an affair. Dr. Okafor's therapy groups run for 12 weeks and cost $60 per session.\n",
    },
    {
      name: 'a credential after a name and a comma: "led by Aoife Brennan, RP"',
      kind: 'therapy',
      text: '# Evening Programme\n\nThis is group psychotherapy led by Aoife Brennan, RP. It runs for twelve weeks.\n',
    },
    {
      name: 'a credential in brackets after a name: "led by Aoife Brennan (RP)"',
      kind: 'therapy',
      text: '# Evening Programme\n\nThis is group psychotherapy led by Aoife Brennan (RP). It runs for twelve weeks.\n',
    },
    { name: 'a regional licence: "Led by Jane Doe, C.Psych"', kind: 'therapy', text: '# Grief Group\n\nThis is group therapy. Led by Jane Doe, C.Psych.\n' },
    {
      name: 'an associate licence: "co-led by Sam Ortiz, LAMFT"',
      kind: 'therapy',
      text: '# Grief Group\n\nThis is group therapy, co-led by Sam Ortiz, LAMFT.\n',
    },
    {
      name: 'speech-language pathologists written with capitals ("led by our experienced Speech-Language Pathologists")',
      kind: 'therapy',
      text: '# Social Skills Group\n\nThis is group therapy, led by our experienced Speech-Language Pathologists.\n',
    },
    {
      name: '"non-" denies only its own word: "facilitated by a non-binary, art therapist"',
      kind: 'therapy',
      text: '# Open Studio\n\nThis is group therapy, facilitated by a non-binary, art therapist.\n',
    },
    {
      name: 'a programme\'s own clinician met by each member ("each week you will see a therapist and a psychiatrist") leads it',
      kind: 'therapy',
      text: '# Mood Disorders Programme\n\nThis is group therapy, six weeks, three mornings a week. Each week you will see a therapist and a psychiatrist from our team.\n',
    },
    {
      name: 'a Spanish flyer\'s leader: "dirigida por una psicóloga licenciada"',
      kind: 'therapy',
      text: '# Terapia de Grupo para la Ansiedad\n\nEsto es terapia de grupo dirigida por una psicóloga licenciada. 10 semanas. $40 por sesión.\n',
    },
    ...['Ana Ruiz, RCC', 'Tom Reid, MA, RP', 'Sue Park, MBACP (Accred)', 'Sue Park, MSc, UKCP registered', 'Lee Chan, HCPC-registered'].map((leader) => ({
      name: `a credential from outside the United States names the leader ("${leader}")`,
      kind: 'therapy' as const,
      text: `# Mood Group\n\nThis is group therapy for eight weeks. Facilitated by ${leader}.\n`,
    })),
    {
      name: 'the group meeting weekly with its psychologist names its leader (not a meeting apart from the group)',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy for eight weeks. The group meets weekly with a licensed psychologist.\n',
    },
    {
      name: 'leaders whose training or degrees are said in words ("facilitators have extensive training", "a facilitator holding advanced degrees")',
      kind: 'therapy',
      text:
        '# Anger Group\n\nThis is group therapy for twelve weeks. Group therapy facilitators have extensive training in leading groups.\n\n' +
        'Sessions are delivered by a facilitator holding multiple advanced degrees in behavioral health.\n',
    },
    {
      name: 'a therapist met together with the other members names the leader ("meeting with a therapist and 6–10 other clients")',
      kind: 'therapy',
      text: '# Group Psychotherapy\n\nThis is group therapy for twelve weeks. It involves meeting with a therapist and 6–10 other clients.\n',
    },
    {
      name: 'a therapist who leads the group after an individual one is named ("the group therapist", "this group is led by a psychologist")',
      kind: 'therapy',
      text: '# DBT Skills Group\n\nThis is group therapy for 24 weeks. Members keep their individual therapist. The group is led by a licensed psychologist.\n',
    },
    {
      name: 'a student who co-leads beside a licensed clinician: the clinician still names the leader',
      kind: 'therapy',
      text: '# Teen Anxiety Group\n\nThis is group therapy for eight weeks, led by Ana Ruiz, LCSW, with an MSW student.\n',
    },
    {
      name: 'an assessment with a therapist who then leads the group ("led by the same therapist")',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy for ten weeks. It starts with an assessment session with one of our therapists. Each group is led by a psychologist.\n',
    },
    {
      name: "group sessions with a psychologist name the group's leader",
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy for eight weeks: weekly group sessions with a psychologist.\n',
    },
    {
      name: 'docs: a licensed psychologist',
      kind: 'therapy',
      text: '# Pain Group\n\nThis is group therapy. Led by Dr. Maria Ortiz, a licensed psychologist.\n',
    },
    { name: 'docs: LMFT credentials', kind: 'therapy', text: '# Pain Group\n\nThis is group therapy. Your group therapist is Jordan Kim, LMFT.\n' },
    {
      name: 'docs: co-led by licensed clinical social workers',
      kind: 'therapy',
      text: '# Pain Group\n\nThis is group therapy. Co-led by two licensed clinical social workers from our practice.\n',
    },
    { name: 'a counselor, accented name', kind: 'therapy', text: '# Pain Group\n\nThis is group therapy with José Núñez, a counselor.\n' },
    {
      name: 'a doctor named as the one who runs it ("with Dr. Corby")',
      kind: 'therapy',
      text: '# Psychodrama Group\n\nThis is group therapy with Dr. Lena Corby, twice a month.\n',
    },
    {
      name: '"your group therapist is …" names the leader',
      kind: 'therapy',
      text: '# Pain Group\n\nThis is group therapy. Your group therapist will be Dana Ruiz.\n',
    },
    { name: 'a list item with credentials', kind: 'therapy', text: '# Pain Group\n\nThis is group therapy.\n\n- Leader: Sam Ortiz, PsyD\n' },
    {
      name: 'an art therapist who guides an art psychotherapy group leads it',
      kind: 'therapy',
      text: '# Open Studio\n\nThis is an art psychotherapy group. Members work with the guidance of the art therapist.\n',
    },
    {
      name: 'speech and language written with a slash ("facilitated by our speech/language pathologists") name the leaders',
      kind: 'therapy',
      text: '# Friendship Group\n\nThis is group therapy for children aged six to nine. Sessions are facilitated by our speech/language pathologists.\n',
    },
    {
      name: 'a slash with spaces and therapists, "our Speech / Language Therapists run each group", names the leaders',
      kind: 'therapy',
      text: '# Talking Together\n\nThis is group therapy for teens who stammer. Our Speech / Language Therapists run each group.\n',
    },
    {
      name: 'speech and language with a slash and no spaces, one therapist ("led by a speech/language therapist"), names the leader',
      kind: 'therapy',
      text: '# Talking Together\n\nThis is group therapy for teens who stammer, led by a speech/language therapist on Thursdays.\n',
    },
    {
      name: 'clinical members of a hospital\'s psychology staff still lead, though the staff has several words ("clinical members of the hospital psychology staff")',
      kind: 'therapy',
      text: '# Pain Group\n\nThis is group therapy for chronic pain. Sessions are led by clinical members of the hospital psychology staff.\n',
    },
    {
      name: "occupational therapists who deliver a clinic's therapy group lead it",
      kind: 'therapy',
      text: '# Sensory Play Group\n\nThis is group therapy for toddlers, delivered by our occupational therapists in the clinic gym.\n',
    },
    {
      name: 'trained members of a centre\'s staff who meet with the group lead it ("meet weekly with two trained members of the Counseling Center staff")',
      kind: 'therapy',
      text: '# Group Counseling\n\nThis is group counseling. Six to ten students meet weekly with two trained members of the Counseling Center staff.\n',
    },
    {
      name: 'licensed members of a practice\'s clinical staff lead the group ("run by licensed members of our clinical staff")',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy for adults, run by licensed members of our clinical staff every Monday.\n',
    },
    {
      name: 'a speech-language pathologist who runs a communication therapy group leads it',
      kind: 'therapy',
      text: '# Aphasia Group\n\nThis is group therapy for people with aphasia, run by a certified speech-language pathologist.\n',
    },
    {
      name: '"led by their primary therapist": the member\'s own therapist who leads the group is its leader',
      kind: 'therapy',
      text: '# Primary Group\n\nThis is group therapy, five mornings a week. Each group is led by their primary therapist.\n',
    },
    {
      name: '"led by their own primary therapist" names the leader too',
      kind: 'therapy',
      text: '# Primary Group\n\nThis is group therapy, five mornings a week. Each group is led by their own primary therapist.\n',
    },
    { name: 'CRLF, emoji', kind: 'therapy', text: crlf('# Pain Group 🌿\n\nThis is group therapy run by a psychologist.\n') },
    {
      name: 'a configured phrase counts',
      kind: 'therapy',
      config: { phrases: { 'therapy-leader': ['board-certified art therapist'] } },
      text: '# Art Group\n\nThis is group therapy with our board-certified art therapist.\n',
    },
    {
      name: 'the practice\'s own professionals, with "lead" for "led": "Groups are lead by our mental health professionals"',
      kind: 'therapy',
      text: '# Group Counselling for Adults\n\nThis is group counselling for adults after a bereavement. Groups are lead by our mental health professionals and meet for eight weeks.\n',
    },
    {
      name: '"led by a team of behavioral health professionals"',
      kind: 'therapy',
      text: '# Evening Group\n\nThis is group therapy for adults with panic, led by a team of behavioral health professionals.\n',
    },
    {
      name: '"led by one of our own mental health professionals"',
      kind: 'therapy',
      text: '# Evening Group\n\nThis is group therapy for adults with panic, led by one of our own mental health professionals.\n',
    },
    {
      name: 'one clinician by field who leads: "Usually a mental health professional will lead the sessions"',
      kind: 'therapy',
      text: '# Group Therapy at Fernlea Clinic\n\nGroup therapy brings a few young people together. Usually a mental health professional will lead the sessions.\n\nReviewed by: Ola Brandt, PhD\n',
    },
    {
      name: 'one clinician by field, in the present: "A behavioural health practitioner facilitates each group"',
      kind: 'therapy',
      text: '# Evening Group\n\nThis is group therapy for adults with panic. A behavioural health practitioner facilitates each group.\n',
    },
    ...['Noor Haddad, LISW-S', 'Ben Ota, LISW', 'Ruth Kamau, LIMHP', 'Ruth Kamau, LMHP', 'Ivo Grant, LSW', 'Ivo Grant (LSW)'].map((leader) => ({
      name: `a state licence of social work or mental health practice names the leader ("${leader}")`,
      kind: 'therapy' as const,
      text: `# Mood Group\n\nThis is group therapy for eight weeks. Facilitator: ${leader}.\n`,
    })),
    {
      name: 'group plus individual therapy with a clinician ("Group plus Individual DBT therapy with a clinician trained in DBT") names the leader',
      kind: 'therapy',
      text: '# DBT Program\n\nThis is group therapy. The full track is group plus individual DBT therapy with a clinician trained in DBT.\n',
    },
    {
      name: 'a leader who may also refer members on is still the leader ("a licensed psychologist leads the group and may refer you")',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy for ten weeks. A licensed psychologist leads the group and may refer you for individual care.\n',
    },
  ],
  invalid: [
    withoutLeader(
      'an occupational therapist who is not there, "this is not run by an occupational therapist", leads nothing',
      'Sensory Play Group',
      'This is group therapy for toddlers on Fridays for eight weeks. It is not run by an occupational therapist.',
    ),
    withoutLeader(
      'members of the office staff, untrained for it, who answer the phone lead no group',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. Members of our office staff will answer questions by phone.',
    ),
    withoutLeader(
      'trained members of the desk staff, who only take calls ("trained members of our front-desk staff will answer your call"), lead no group',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. Trained members of our front-desk staff will answer your call.',
    ),
    withoutLeader(
      'nor do qualified members of the reception or billing staff ("qualified members of the billing staff can explain the fees")',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. Qualified members of the billing staff can explain the fees.',
    ),
    withoutLeader(
      'trained staff named only in a code span lead nothing',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. The field `trained members of the clinic staff` is filled in later.',
    ),
    withoutLeader(
      'individual therapy alone with a clinician ("members also need individual DBT therapy with a clinician trained in DBT") names no leader of the group',
      'DBT Skills Group',
      'This is group therapy for ten weeks. Members also need individual DBT therapy with a clinician trained in DBT.',
    ),
    withoutLeader(
      'half of a relationship\'s name, "the client-therapist relationship", names no leader',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. Members often find the group less judging than they feared from the client-therapist relationship alone.',
    ),
    withoutLeader(
      'nor the other way round, "therapist–patient trust"',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. Much of what helps is the same therapist–patient trust that one-to-one work relies on.',
    ),
    withoutLeader(
      'clinicians as a profession in general, "many clinicians now treat", lead no group',
      'Evening Anxiety Group',
      'This is group therapy for adults with social anxiety, Tuesdays for ten weeks. Many clinicians now treat social anxiety in groups, and most psychologists agree that practice with others helps.',
    ),
    {
      name: 'volunteers who are not clinicians, "Trained parent volunteers facilitate each session", are no clinical leader',
      kind: 'therapy',
      text: '# Group Counselling for School Staff\n\nFree group counselling for school staff, online. Trained parent volunteers facilitate each session, and the next eight-week round starts on 2 March.\n',
      errors: [{ line: 1, column: 1, source: '# Group Counselling for School Staff', severity: 'information' }],
      suggestions: [
        `# Group Counselling for School Staff\n\n${L}\n\nFree group counselling for school staff, online. Trained parent volunteers facilitate each session, and the next eight-week round starts on 2 March.\n`,
      ],
    },
    {
      name: 'nor are professionals the members are pointed to: "Talk to a mental health professional if you need more"',
      kind: 'therapy',
      text: '# Group Counselling for School Staff\n\nFree group counselling for school staff, online, for eight weeks from 2 March. Talk to a mental health professional if you need more.\n',
      errors: [{ line: 1, column: 1, source: '# Group Counselling for School Staff', severity: 'information' }],
      suggestions: [
        `# Group Counselling for School Staff\n\n${L}\n\nFree group counselling for school staff, online, for eight weeks from 2 March. Talk to a mental health professional if you need more.\n`,
      ],
    },
    withoutLeader(
      'the reviewer of the page, her profession wrapped onto the next line ("reviewed by Dana Cole, clinical\\npsychologist"), is no leader',
      'Riverside DBT Skills Group',
      'This is group therapy for adults, Thursdays 6 to 7:30 pm, for twelve weeks. This page was reviewed by Dana Cole, clinical\npsychologist, in March.',
    ),
    withoutLeader(
      'a clinician members are sent on to, "we can get you connected with a community psychiatrist", is not the group\'s leader',
      'Harbour Young Parents Programme',
      'This is group therapy for parents of toddlers who feel low. It runs for eight weeks. If medication may help, we can get you connected with a community psychiatrist.',
    ),
    withoutLeader(
      'nor one members are "referred to": "the nurse can refer you to a psychologist"',
      'Harbour Young Parents Programme',
      'This is group therapy for parents of toddlers who feel low. It runs for eight weeks. Between sessions the nurse can refer you to a psychologist.',
    ),
    withoutLeader(
      "a doctor's book about groups names no leader of this one",
      'Betrayal Recovery Therapy Group',
      "This is group therapy for partners hurt by an affair. It runs for 12 weeks; Dr. Okafor's book about groups is on sale at the desk.",
    ),
    withoutLeader(
      'initials that are also a credential, "the RP classes" (relapse prevention), name no leader',
      'Evening Programme',
      'This is group psychotherapy for twelve weeks. You may join the RP classes at any stage.',
    ),
    withoutLeader(
      'the member\'s own clinician, "If you already see a counselor or therapist, talk with them", is not the group\'s leader',
      'Trauma Recovery Group',
      'This is group psychotherapy for women, twelve weekly sessions. If you already see a counselor or therapist, talk with them about whether joining now makes sense.',
    ),
    withoutLeader(
      'a regulator named alone ("we adhere to HCPC guidelines") is no credential of the leader',
      'Art Group',
      'This is group therapy for eight weeks. To keep the space safe we adhere to HCPC guidelines.',
    ),
    {
      name: 'clients who meet weekly with their own counselor ("All new clients meet weekly with their counselor") name no leader of the class',
      kind: 'therapy',
      text: '# Relapse Prevention Class\n\nThis is group therapy over six Saturdays. All new clients also meet weekly with their counselor for a one-on-one session.\n',
      errors: [{ line: 1, column: 1, source: '# Relapse Prevention Class', severity: 'information' }],
      suggestions: [
        '# Relapse Prevention Class\n\nThis is group therapy over six Saturdays. All new clients also meet weekly with their counselor for a one-on-one session.\n\n' +
          L +
          '\n',
      ],
    },
    withoutLeader(
      'a student or intern ("an MSW student", "a counseling intern") is not a licensed leader',
      'Teen Group',
      'This is group therapy for eight weeks, run by an MSW student. A counseling intern helps with set-up.',
    ),
    withoutLeader(
      'the clinician seen for an assessment or intake before the group ("an assessment session with one of our therapists") is not its leader',
      'Parenting Skills Group',
      'This is group therapy for twelve weeks. First you will have an assessment session with one of our therapists, then an intake call with a counselor.',
    ),
    withoutLeader(
      'recommendations from staff and a referral by a psychiatrist say nothing of who leads',
      'Recovery Group',
      'This is group therapy for six weeks, following recommendations from our clinical staff and a referral by a psychiatrist.',
    ),
    withoutLeader(
      '"the therapist" after "an individual therapist" is that same clinician, not the leader',
      'Adult DBT Skills Class',
      'This is group therapy for 24 weeks. Each member needs an individual therapist. The therapist prepares the member before the first class, and this therapist decides with them whether to repeat it.',
    ),
    {
      name: 'a heading "Therapist Referral" and the DBT team that consults "for the therapist" name no leader',
      kind: 'therapy',
      text: '# DBT Group Enrollment\n\nThis is group therapy for 23 weeks.\n\n## Therapist Referral\n\nSend us the forms. We hold a consultation team for the therapist each week.\n',
      errors: [{ line: 1, column: 1, source: '# DBT Group Enrollment', severity: 'information' }],
      suggestions: [
        '# DBT Group Enrollment\n\nThis is group therapy for 23 weeks.\n\n' +
          L +
          '\n\n## Therapist Referral\n\nSend us the forms. We hold a consultation team for the therapist each week.\n',
      ],
    },
    {
      name: 'a therapist assigned to see each member alone ("a therapist who meets with them for one individual session") leads no group',
      kind: 'therapy',
      text: '# Teen OCD Programme\n\nThis is group therapy, four afternoons a week. Each teen is assigned a therapist who meets with them for one individual session per week.\n',
      errors: [{ line: 1, column: 1, source: '# Teen OCD Programme', severity: 'information' }],
      suggestions: [
        '# Teen OCD Programme\n\nThis is group therapy, four afternoons a week. Each teen is assigned a therapist who meets with them for one individual session per week.\n\n' +
          L +
          '\n',
      ],
    },
    {
      name: 'the therapist a member receives individual treatment from ("individual DBT treatment from a DBT therapist") leads no group',
      kind: 'therapy',
      text: '# Adult DBT Skills Class\n\nThis is group therapy for 24 weeks. To join, you must be receiving individual DBT treatment from a DBT therapist.\n',
      errors: [{ line: 1, column: 1, source: '# Adult DBT Skills Class', severity: 'information' }],
      suggestions: [
        '# Adult DBT Skills Class\n\nThis is group therapy for 24 weeks. To join, you must be receiving individual DBT treatment from a DBT therapist.\n\n' +
          L +
          '\n',
      ],
    },
    {
      name: 'the second of two clinicians met apart from the group ("an appointment with a therapist or psychiatrist", "personal sessions with psychiatrists and psychologists") is not its leader',
      kind: 'therapy',
      text: '# Day Programme\n\nThis is group therapy for eight weeks, for people who need more than an occasional appointment with a therapist or psychiatrist. Groups add to what you cover in personal sessions with psychiatrists and psychologists.\n',
      errors: [{ line: 1, column: 1, source: '# Day Programme', severity: 'information' }],
      suggestions: [
        '# Day Programme\n\nThis is group therapy for eight weeks, for people who need more than an occasional appointment with a therapist or psychiatrist. Groups add to what you cover in personal sessions with psychiatrists and psychologists.\n\n' +
          L +
          '\n',
      ],
    },
    {
      name: 'the members\' other clinicians ("for clients who have other therapists") are not the group\'s leader',
      kind: 'therapy',
      text: '# Skills Group\n\nThis is group therapy for eight weeks. We enrol clients who have other therapists.\n',
      errors: [{ line: 1, column: 1, source: '# Skills Group', severity: 'information' }],
      suggestions: ['# Skills Group\n\nThis is group therapy for eight weeks. We enrol clients who have other therapists.\n\n' + L + '\n'],
    },
    {
      name: 'members who keep their own primary therapist say nothing of who leads the group',
      kind: 'therapy',
      text: '# Trauma Group\n\nThis is group therapy: ten weeks. Members keep seeing their own primary therapist.\n',
      errors: [{ line: 1, column: 1, source: '# Trauma Group', severity: 'information' }],
      suggestions: ['# Trauma Group\n\nThis is group therapy: ten weeks. Members keep seeing their own primary therapist.\n\n' + L + '\n'],
    },
    {
      name: 'the credentials of the page\'s reviewer ("Reviewed by: Dana Cole, PsyD") are not the group\'s leader',
      kind: 'therapy',
      text: '# Trauma Recovery Group\n\nThis is group therapy: twelve weeks, closed.\n\nReviewed by: Dana Cole, PsyD\n',
      errors: [{ line: 1, column: 1, source: '# Trauma Recovery Group', severity: 'information' }],
      suggestions: ['# Trauma Recovery Group\n\nThis is group therapy: twelve weeks, closed.\n\n' + L + '\n\nReviewed by: Dana Cole, PsyD\n'],
    },
    {
      name: 'docs: "Led by Sam" without credentials',
      kind: 'therapy',
      text: '# Managing Chronic Pain\n\nThis is group therapy for adults living with chronic pain. Led by Sam.\n',
      errors: [{ line: 1, column: 1, source: '# Managing Chronic Pain', severity: 'information' }],
      suggestions: ['# Managing Chronic Pain\n\nThis is group therapy for adults living with chronic pain. Led by Sam.\n\n' + L + '\n'],
    },
    {
      name: 'docs: no leader at all',
      kind: 'therapy',
      text: '# Couples Communication Group\n\nThis is a therapy group for couples. Six sessions, $90 each.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Couples Communication Group\n\nThis is a therapy group for couples. Six sessions, $90 each.\n\n' + L + '\n'],
    },
    {
      name: 'a doctor mentioned but not as its leader ("ask Dr. Amaka Obi for a referral")',
      kind: 'therapy',
      text: '# Pain Group\n\nThis is group therapy. Ask Dr. Amaka Obi for a referral.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Pain Group\n\nThis is group therapy. Ask Dr. Amaka Obi for a referral.\n\n' + L + '\n'],
    },
    {
      name: 'the clinician who assessed the member is not said to lead the group',
      kind: 'therapy',
      text: '# Low Mood Group\n\nThis is group therapy for teenagers. The clinician who assessed your child thought the group could help.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Low Mood Group\n\nThis is group therapy for teenagers. The clinician who assessed your child thought the group could help.\n\n' + L + '\n',
      ],
    },
    {
      name: 'facilitators said to have no training or licence do not name a trained leader',
      kind: 'therapy',
      text: '# Anger Group\n\nThis is group therapy. Our facilitators are not licensed.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Anger Group\n\nThis is group therapy. Our facilitators are not licensed.\n\n' + L + '\n'],
    },
    {
      name: 'a therapist met with other people apart from the group is no leader ("meets with the psychiatrist and the family once a month")',
      kind: 'therapy',
      text: '# Skills Group\n\nThis is group therapy. Each teen meets with the psychiatrist and a parent once a month.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Skills Group\n\nThis is group therapy. Each teen meets with the psychiatrist and a parent once a month.\n\n' + L + '\n'],
    },
    {
      name: "the member's own therapist, and a psychiatrist met apart from the group, are not said to lead it",
      kind: 'therapy',
      text: '# Skills Group\n\nThis is group therapy. Between sessions you can call your therapist. Patients meet with the psychiatrist once a month.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Skills Group\n\nThis is group therapy. Between sessions you can call your therapist. Patients meet with the psychiatrist once a month.\n\n' +
          L +
          '\n',
      ],
    },
    {
      name: 'clinicians the group is for ("designed for pre-licensed clinicians") and a therapist met one-on-one are not its leader',
      kind: 'therapy',
      text: '# T-Group\n\nThis process group is group therapy designed for pre-licensed clinicians. Some say more here than one-on-one with a therapist.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# T-Group\n\nThis process group is group therapy designed for pre-licensed clinicians. Some say more here than one-on-one with a therapist.\n\n' +
          L +
          '\n',
      ],
    },
    {
      name: 'negated: "Our leader is not a therapist"',
      kind: 'therapy',
      text: '# Pain Group\n\nThis is group therapy. Our leader is not a therapist.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Pain Group\n\nThis is group therapy. Our leader is not a therapist.\n\n' + L + '\n'],
    },
    {
      name: 'credentials only in inline code, a link target, HTML and front matter',
      text: '---\ngroup: therapy\nleader: licensed therapist\n---\n# Pain Group\n\nThis is group therapy. Led by Sam (`LCSW`), see [Sam](https://example.org/therapists/sam) <abbr title="licensed">bio</abbr>.\n',
      errors: [{ line: 5 }],
      suggestions: [
        '---\ngroup: therapy\nleader: licensed therapist\n---\n# Pain Group\n\nThis is group therapy. Led by Sam (`LCSW`), see [Sam](https://example.org/therapists/sam) <abbr title="licensed">bio</abbr>.\n\n' +
          L +
          '\n',
      ],
    },
    {
      name: 'CRLF',
      kind: 'therapy',
      text: crlf('# Pain Group\n\nThis is group therapy. Led by Sam.\n'),
      errors: [{ line: 1 }],
      suggestions: [crlf('# Pain Group\n\nThis is group therapy. Led by Sam.\n\n' + L + '\n')],
    },
    {
      name: 'BOM, accents, emoji',
      kind: 'therapy',
      text: '\uFEFF# Groupe d’anxiété 🌱\n\nThis is group therapy. Animé par Zoé.\n',
      errors: [{ line: 1, column: 1 }],
      suggestions: ['\uFEFF# Groupe d’anxiété 🌱\n\nThis is group therapy. Animé par Zoé.\n\n' + L + '\n'],
    },
    withoutLeader(
      'staff who only organise the groups, "organised by our front-office team", are no leader',
      'Group Counselling for Adults',
      'This is group counselling for adults after a bereavement. Groups are organised by our front-office team and meet for eight weeks.',
    ),
    withoutLeader(
      'nor are professionals who only review referrals ("reviewed by our mental health professionals")',
      'Group Counselling for Adults',
      'This is group counselling for adults after a bereavement. Referrals are reviewed by our mental health professionals, and groups meet for eight weeks.',
    ),
    withoutLeader(
      'one clinician by field who is only asked, "ask a mental health professional for advice first", is no leader',
      'Fernlea Worry Group',
      'This is group therapy for young people with worries. If needs are complex, you may wish to ask a mental health professional for advice first.',
    ),
    withoutLeader(
      'nor one who only assesses: "A mental health professional will assess each child before the group starts"',
      'Fernlea Worry Group',
      'This is group therapy for young people with worries. A mental health professional will assess each child before the group starts.',
    ),
    withoutLeader(
      'the shorter state licences standing alone, "the LSW exam", "LMHP hours", name no leader',
      'Evening Programme',
      'This is group psychotherapy for twelve weeks. Staff studying for the LSW exam or logging LMHP hours help at the desk.',
    ),
    withoutLeader(
      'a contact who is no clinician ("Contact: Mira Osei, intake coordinator") names no leader',
      'Teen Skills Group',
      'This is group therapy for teens, in modules of four weeks. Contact: Mira Osei, intake coordinator.',
    ),
    withoutLeader(
      'the member\'s current clinician, who refers ("your current counselor or psychologist may refer you"), is not the leader; "professionals" name no credentials',
      'Student Counseling Groups',
      'This is group therapy for ten weeks. Your current counselor or psychologist may refer you, and one or more professionals serve as group leaders.',
    ),
    withoutLeader(
      'nor a therapist the member worked with before joining ("adults who have completed skills training with a DBT therapist")',
      'DBT Alumni Group',
      'This is group therapy, twice a month for six months, for adults who have completed skills training with a DBT therapist.',
    ),
    withoutLeader(
      'nor a former therapist ("members whose previous therapist will refer them")',
      'Mood Group',
      'This is group therapy for eight weeks. We welcome members whose previous therapist will refer them.',
    ),
  ],
});
