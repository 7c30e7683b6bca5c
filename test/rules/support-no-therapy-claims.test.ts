import { crlf, ruleTable } from '../helpers/rule-tester';

const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy. Free.\n\n';

ruleTable('support-no-therapy-claims', {
  valid: [
    {
      name: 'a support group that says it is not a counselling programme',
      kind: 'support',
      text: HEAD + 'This support group is not a counselling programme, and our group is not a treatment service either.\n',
    },
    {
      name: 'a counselling service set before a sentence of its own beside the support group',
      kind: 'support',
      text: HEAD + 'Beside the support group, a counselling service is open on weekdays for one-to-one help.\n',
    },
    {
      name: 'a support group called a counselling programme only in code, a link address or the front matter',
      kind: 'support',
      text:
        '---\ngroup: support\ndescription: The Support Group, a counselling programme\n---\n\n' +
        HEAD +
        '```\nThe Support Group, a counselling programme\n```\n\nSee [our page](https://example.org/the-support-group,-a-counselling-programme).\n',
    },
    {
      name: 'a talk\'s title in quotation marks after "called" is still a quotation: "a talk called “Psychotherapy and Grief”"',
      kind: 'support',
      text: HEAD + 'Last month a visitor gave a talk called “Psychotherapy and Grief”.\n',
    },
    {
      name: '"It is not a therapy space" denies it',
      kind: 'support',
      text: HEAD + 'It is not a therapy space; anyone who wants counselling can book it separately.\n',
    },
    {
      name: 'a therapy setting set against the group: "rather than in a therapy setting"',
      kind: 'support',
      text: HEAD + 'We talk as friends do, rather than in a therapy setting.\n',
    },
    {
      name: 'a room the group meets in: "in the therapy space on the second floor"',
      kind: 'support',
      text: HEAD + 'We meet every Tuesday at 7 pm in the therapy space on the second floor.\n',
    },
    {
      name: 'a cure hoped for, not claimed ("research towards a cure for lung fibrosis", "a cure will be found")',
      kind: 'support',
      text: HEAD + 'We share news of research towards a cure for lung fibrosis, and we hope a cure will be found soon.\n',
    },
    {
      name: 'an organisation\'s name around a claim\'s words ("Riverbend Psychotherapy Guild offers…", "Harbour Clinical Services hosts…")',
      kind: 'support',
      text: '# Riverbend Psychotherapy Guild offers a free peer support group for members\n\nWednesdays, 6 to 7 PM, online. It is a peer space, not therapy.\n\nHarbour Clinical Services hosts the meetings.\n',
    },
    {
      name: 'an illness in remission says who comes, and care someone else gives promises nothing of the group',
      kind: 'support',
      text: HEAD + 'For people whose cancer has gone into remission.\n\nThe hospital provides professional care for your relative while you attend.\n',
    },
    {
      name: 'another service in its own section ("## Individual Counselling … counselling sessions") and a department named in Title Case',
      kind: 'support',
      text:
        HEAD +
        'Led by Ann, a nurse with the Hospital Clinical Care Services team.\n\n## Individual Counselling\n\nWe also offer counselling sessions with a qualified counsellor.\n',
    },
    {
      name: 'clinicians in general, in a comparison ("In group therapy, clinicians will treat the anxiety")',
      kind: 'support',
      text: HEAD + 'This is different from group therapy, where clinicians will treat the anxiety directly.\n',
    },
    {
      name: 'one-to-one counselling sessions with the hospice team are another service, not a claim about the group',
      kind: 'support',
      text: HEAD + 'The hospice team also offers one-to-one counselling sessions for anyone who needs more help.\n',
    },
    {
      name: 'a plural heading that lists two services ("Counselling & Support Groups") names no one group as care',
      kind: 'support',
      text: HEAD + '## Counselling & Support Groups\n\nWe offer one-to-one counselling, and separate peer support groups.\n',
    },
    {
      name: '"Nobody here can diagnose you" and "no-one will treat your depression" deny a clinical claim',
      kind: 'support',
      text: HEAD + 'Nobody here can diagnose you. In this group no-one will treat your depression.\n',
    },
    {
      name: 'support that eases "the stress and anxiety that come with a diagnosis" promises no clinical outcome',
      kind: 'support',
      text: HEAD + 'Support groups are a good way to ease the stress and anxiety that come with a diagnosis.\n',
    },
    {
      name: 'the host walks the group through the evening, not through treatment',
      kind: 'support',
      text: HEAD + 'Our host walks the group through the evening and keeps time.\n',
    },
    { name: 'docs: "does not treat anxiety"', kind: 'support', text: HEAD + 'This is not therapy and it does not treat anxiety or any other condition.\n' },
    {
      name: '"We make no diagnosis" and "we give no diagnosis of any kind" deny a clinical claim',
      kind: 'support',
      text: HEAD + 'We make no diagnosis. Our hosts give no diagnosis of any kind and point members to their GP.\n',
    },
    {
      name: 'docs: "We cannot diagnose anyone"',
      kind: 'support',
      text: HEAD + 'We cannot diagnose anyone. What we offer is company and understanding from\npeople who have been there.\n',
    },
    {
      name: 'docs: FAQ question, answer with a hypothetical treatment',
      kind: 'support',
      text: HEAD + '**Can this group treat my depression?** No. It is a place to be heard. If you\nwould like treatment, ask us for a referral.\n',
    },
    { name: 'docs: "Not a substitute for therapy or clinical care"', kind: 'support', text: HEAD + 'Not a substitute for therapy or clinical care.\n' },
    { name: '"no therapy sessions"', kind: 'support', text: HEAD + 'There are no therapy sessions here, only conversation.\n' },
    {
      name: 'heading "What this group is NOT" with list items',
      kind: 'support',
      text: HEAD + '## What this group is NOT\n\n- Therapy or treatment\n- Clinical care\n- Psychotherapy\n',
    },
    {
      name: 'in code, inline code, link target and HTML',
      kind: 'support',
      text:
        HEAD +
        '`therapy sessions` [our page](https://example.org/treat-your-anxiety) <span title="clinical care">hi</span>\n\n```\nWe treat your anxiety.\n```\n',
    },
    { name: 'an autolink', kind: 'support', text: HEAD + 'More at <https://example.org/clinical-care/treat-your-anxiety>.\n' },
    { name: 'front matter', text: '---\ngroup: support\ndescription: clinical care for anxiety\n---\n' + HEAD + 'We talk and listen.\n' },
    { name: 'individual therapy elsewhere', kind: 'support', text: HEAD + 'Many members also see their own therapist for individual psychotherapy.\n' },
    { name: 'CRLF, Spanish, emoji', kind: 'support', text: crlf(HEAD + 'Un espacio para escucharnos 💬. We do not offer treatment.\n') },
    {
      name: 'an intervention by the emergency services is not the group framed as one',
      kind: 'support',
      text: HEAD + 'If someone is in danger, we call for emergency help.\n',
    },
    {
      name: 'members sharing how they ease their own symptoms with their own doctors, and a denied claim',
      kind: 'support',
      text: HEAD + 'Members share how they lessen their symptoms with their own doctors. The group does not reduce symptoms.\n',
    },
    {
      name: "treatment an outside body is pressed to give, or better treatment campaigned for, is an aim, not the group's promise",
      kind: 'support',
      text:
        HEAD +
        'We press the county health board to provide faster treatment for children on waiting lists.\n\nWe also campaign for better treatment of eating disorders.\n',
    },
    {
      name: 'advice to keep up the reader\'s own care, in a heading over its section and in prose ("your therapy and counselling sessions")',
      kind: 'support',
      text:
        HEAD +
        '## Keep going to your own therapy\n\nCounselling sessions are where the deeper work happens, one to one.\n\n' +
        '## Alongside the circle\n\nKeep up your therapy and counselling sessions while you come here.\n',
    },
    {
      name: 'a finding of research about something else than the group ("studies show that regular walking can ease symptoms")',
      kind: 'support',
      text:
        HEAD +
        'There is no known cure, but studies show that regular walking and a steady sleep routine can ease symptoms.\n\n' +
        'Research has found that a low-salt diet may lessen flare-up symptoms for many people.\n',
    },
  ],
  invalid: [
    {
      name: 'a support group called a counselling programme in apposition, kind read from the page',
      text: "# Carers' Support Group\n\nThe Carers' Support Group, a free six-week counselling programme, meets on Mondays at 6 pm in the church hall. Volunteers host it.\n",
      errors: [
        {
          line: 3,
          source: 'Support Group, a free six-week counselling programme',
          messageIncludes: 'calls the support group a counselling or treatment service',
        },
      ],
    },
    {
      name: 'a declared support group called a counseling program, co-facilitated by counselors',
      kind: 'support',
      text: '# News\n\nThe Trauma Support Group, a ten-week free counseling program, started in May. Two counselors co-facilitate it on Tuesdays at noon.\n',
      errors: [{ line: 3, source: 'Support Group, a ten-week free counseling program' }],
    },
    {
      name: '"is also a treatment service", "is one of our free counselling services"',
      kind: 'support',
      text:
        HEAD +
        "Our support group is also a treatment service for men who have lost a partner.\n\nThe Widowers' Support Group is one of our free counselling services.\n",
      errors: [
        { line: 5, source: 'support group is also a treatment service' },
        { line: 7, source: 'Support Group is one of our free counselling services' },
      ],
    },
    {
      name: 'the group itself called a counselling service: "Our group is a free counselling service"',
      kind: 'support',
      text: '# Grief Group\n\nOur group is a free counselling service for families after a death. Volunteers host it every other Tuesday.\n',
      errors: [{ line: 3, source: 'Our group is a free counselling service', messageIncludes: 'calls the support group a counselling or treatment service' }],
    },
    {
      name: "a finding of research that is the group's own or its kind's still promises it",
      kind: 'support',
      text:
        HEAD +
        'Research shows that peer support groups reduce symptoms of low mood.\n\nOne study found that attending our circle eases symptoms within a month.\n',
      errors: [
        { line: 5, source: 'reduce symptoms' },
        { line: 7, source: 'eases symptoms' },
      ],
    },
    {
      name: 'a claim after a finding of research, in a sentence of its own, still counts',
      kind: 'support',
      text: HEAD + 'Studies show that exercise helps. Our sessions reduce your symptoms.\n',
      errors: [{ line: 5, source: 'reduce your symptoms' }],
    },
    {
      name: 'the group as a therapy space: "feel stronger in a protected therapy space"',
      kind: 'support',
      text: HEAD + 'Members can work on what weighs on them and feel stronger in a protected therapy space.\n',
      errors: [{ line: 5, source: 'a protected therapy space' }],
    },
    {
      name: 'the group\'s own people asked to treat ("We ask our counsellors to provide treatment for anxiety") still promise it',
      kind: 'support',
      text: HEAD + 'We ask our counsellors to provide treatment for anxiety.\n',
      errors: [{ line: 5, source: 'provide treatment for' }],
    },
    {
      name: 'a heading that keeps the reader\'s care with the group ("Continue your treatment with us") heads no other service',
      kind: 'support',
      text: HEAD + '## Continue your treatment with us\n\nOur counselling sessions run every week.\n',
      errors: [{ line: 7, source: 'counselling sessions' }],
    },
    {
      name: 'a cure claimed: "this group cures your anxiety"',
      kind: 'support',
      text: HEAD + 'Come along: this group cures your anxiety.\n',
      errors: [{ line: 5, source: 'cures your anxiety' }],
    },
    {
      name: 'the title heads the whole page, not another service: "# Family Support Group … we reduce your symptoms"',
      kind: 'support',
      text: '# Family Support Group\n\nThis is a peer support group, not therapy. Free. We reduce your symptoms in weeks.\n',
      errors: [{ line: 3, source: 'reduce your symptoms' }],
    },
    {
      name: 'a claim in a sentence set in Title Case throughout is still a claim ("We Offer Clinical Care For Anxiety")',
      kind: 'support',
      text: HEAD + 'We Offer Clinical Care For Anxiety.\n',
      errors: [{ line: 5, source: 'Clinical Care' }],
    },
    {
      name: 'a condition put into remission, and the group bringing professional care',
      kind: 'support',
      text: HEAD + 'Members find that their combat stress goes into lasting remission.\n\nOur support group brings professional care close to home.\n',
      errors: [
        { line: 5, source: 'goes into lasting remission' },
        { line: 7, source: 'group brings professional care' },
      ],
    },
    {
      name: 'symptom relief in other words: "reduce everyday symptoms of PTSD", "ease acute stress symptoms"',
      kind: 'support',
      text: HEAD + 'Our group helps reduce everyday symptoms of PTSD.\n\nIt is designed to ease acute stress symptoms after a crisis.\n',
      errors: [
        { line: 5, source: 'reduce everyday symptoms' },
        { line: 7, source: 'ease acute stress symptoms' },
      ],
    },
    {
      name: 'the page\'s own clinicians promising treatment ("our clinicians will help you treat the anxiety"), and "treat postnatal depression"',
      kind: 'support',
      text:
        HEAD +
        'Over time our clinicians will help you treat the anxiety and resentment that build up.\n\nParents tell us the morning really helps to treat postnatal depression.\n',
      errors: [
        { line: 5, source: 'treat the anxiety' },
        { line: 7, source: 'treat postnatal depression' },
      ],
      output: null,
    },
    {
      name: 'a host who will "help treat the low mood" of new parents',
      kind: 'support',
      text: HEAD + 'Our host will guide the talk and help treat the low mood that many new parents go through.\n',
      errors: [{ line: 5, source: 'treat the low mood' }],
    },
    {
      name: 'a Spanish claim: "sesiones de terapia"',
      kind: 'support',
      text: HEAD + 'Ofrecemos sesiones de terapia.\n',
      errors: [{ line: 5, source: 'sesiones de terapia' }],
    },
    {
      name: 'a leader who will "diagnose and treat members"',
      kind: 'support',
      text: HEAD + '**Group Leader:** Sam Lee, LMFT, who will diagnose and treat members.\n',
      errors: [{ line: 5, source: 'diagnose and treat members' }],
    },
    {
      name: 'a facilitator "who will provide therapy to members in the group"',
      kind: 'support',
      text: HEAD + 'Facilitator: Dr. Maya Ruiz, PhD, who will provide therapy to members in the group.\n',
      errors: [{ line: 5, source: 'provide therapy to members' }],
    },
    {
      name: 'a negation that does not lead up to the colon ("Not sure what to expect:") leaves the claim after it standing',
      kind: 'support',
      text: HEAD + 'Not sure what to expect: our therapy sessions are relaxed and friendly.\n',
      errors: [{ line: 5, source: 'therapy sessions' }],
    },
    {
      name: 'one group named as care as well as support ("the Family Treatment & Support Group", "a therapeutic support group")',
      kind: 'support',
      text: HEAD + 'Join the Family Treatment & Support Group on Mondays.\n\nIt is a therapeutic support group for parents.\n',
      errors: [
        { line: 5, source: 'Treatment & Support Group' },
        { line: 7, source: 'therapeutic support group' },
      ],
    },
    {
      name: 'therapeutic activities provided, and therapy taster sessions at the launch',
      kind: 'support',
      text: HEAD + 'Therapeutic activities will be provided each week.\n\nThe launch day includes therapy taster sessions and a craft stall.\n',
      errors: [
        { line: 5, source: 'Therapeutic activities' },
        { line: 7, source: 'therapy taster sessions' },
      ],
    },
    {
      name: 'support groups with "supportive therapeutic goals"',
      kind: 'support',
      text: HEAD + 'Our groups have psychoeducational and supportive therapeutic goals for people living with cancer.\n',
      errors: [{ line: 5, source: 'therapeutic goals' }],
    },
    {
      name: 'a support group called "a type of intervention" under professional direction',
      kind: 'support',
      text: HEAD + "A support group is a type of intervention in which members talk under the facilitator's professional direction.\n",
      errors: [{ line: 5, source: 'type of intervention' }],
    },
    {
      name: 'the facilitator "guides the group through treatment"',
      kind: 'support',
      text: HEAD + 'Our host guides the group through treatment for caregiver stress.\n',
      errors: [{ line: 5, source: 'guides the group through treatment' }],
    },
    {
      name: 'a list item promising to "treat the burnout"',
      kind: 'support',
      text: HEAD + 'In this group you can:\n\n- treat the burnout that comes with caring\n- share your worries\n',
      errors: [{ line: 7, source: 'treat the burnout' }],
    },
    {
      name: 'docs: "we\'ll treat your anxiety"',
      kind: 'support',
      text: HEAD + "Join our circle and we'll treat your anxiety together.\n",
      errors: [{ line: 5, column: 27, source: 'treat your anxiety', severity: 'information' }],
      output: null,
    },
    {
      name: 'docs: weekly therapy sessions',
      kind: 'support',
      text: HEAD + 'Weekly therapy sessions in a relaxed, friendly setting.\n',
      errors: [{ line: 5, source: 'therapy sessions' }],
    },
    {
      name: 'offers a diagnosis',
      kind: 'support',
      text: HEAD + 'Our facilitator offers a diagnosis at the first meeting.\n',
      errors: [{ line: 5, source: 'offers a diagnosis' }],
    },
    {
      name: 'docs: compassionate clinical care',
      kind: 'support',
      text: HEAD + 'Compassionate clinical care for grieving families.\n',
      errors: [{ line: 5, source: 'clinical care' }],
    },
    {
      name: 'two claims in two sentences, one negated',
      kind: 'support',
      text: HEAD + 'We reduce your symptoms in weeks. We do not offer psychotherapy. Evidence-based treatment included.\n',
      errors: [{ source: 'reduce your symptoms' }, { source: 'Evidence-based treatment' }],
    },
    {
      name: 'CRLF, BOM and an accented title',
      kind: 'support',
      text: '\uFEFF' + crlf('# Cercle de deuil 🕯️\n\nThis is not therapy. Free.\n\nWe heal your trauma, gently.\n'),
      errors: [{ line: 5, column: 4, source: 'heal your trauma' }],
    },
    {
      name: 'a claim in a list item',
      kind: 'support',
      text: HEAD + '## What you get\n\n- Friendship\n- Symptom relief\n',
      errors: [{ line: 8, column: 3, source: 'Symptom relief' }],
    },
    {
      name: 'a configured extra phrase',
      kind: 'support',
      config: { phrases: { 'support-no-therapy-claims': ['guaranteed recovery'] } },
      text: HEAD + 'Guaranteed recovery in six weeks!\n',
      errors: [{ line: 5, source: 'Guaranteed recovery' }],
    },
  ],
});
