import { crlf, ruleTable } from '../helpers/rule-tester';

const F = 'Fee: [amount] per session ([private pay or insurance]).';

ruleTable('therapy-fee', {
  valid: [
    {
      name: 'the group itself at no cost: "eight weeks, at no cost to students"',
      kind: 'therapy',
      text: '# Recovery Group\n\nThis is group therapy for eight weeks, at no cost to students.\n',
    },
    {
      name: 'a provincial plan as the payer: "covered by MSP", "covered by the provincial health plan"',
      kind: 'therapy',
      text: '# CBT Skills Group\n\nThis is group therapy, covered by MSP.\n\n# Sleep Group\n\nThis is group therapy, covered by the provincial health plan.\n',
    },
    {
      name: 'a charge policy without an amount is fee information ("every session is charged for, missed or not")',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. Every session is charged for, whether you attend or not.\n',
    },
    {
      name: 'docs: fee, private pay, sliding scale',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. Fee: $60 per session, private pay. A sliding scale is available.\n',
    },
    {
      name: 'docs: insurance and copay',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. We bill most major insurance plans; your usual copay applies.\n',
    },
    {
      name: 'docs: a series price',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. The full eight-week series is $400, payable at the first session.\n',
    },
    {
      name: 'a Medicare or health-fund rebate is fee information',
      kind: 'therapy',
      text: '# MBCT Group\n\nThis is group therapy over eight sessions. Members can claim the Medicare or health fund rebate for each session they attend.\n',
    },
    {
      name: '"the group is free to join" is a price',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy for students. The group is free to join.\n',
    },
    {
      name: 'docs: free of charge thanks to a grant',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. Thanks to a community grant, this group is free of charge.\n',
    },
    {
      name: 'a free group, even beside "judgment-free": "free of charge" and "a free, judgment free group" say the price',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy: a free, judgment free group for students.\n',
    },
    {
      name: 'a negation is fee information too: "Insurance is not accepted"',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. Insurance is not accepted.\n',
    },
    { name: 'CRLF, euros, accents', kind: 'therapy', text: crlf('# Groupe d’anxiété\n\nThis is group therapy. Tarif : 40 € par séance; fee €40.\n') },
    { name: 'a Spanish line', kind: 'therapy', text: '# Grupo de ansiedad\n\nThis is group therapy. Costo: $40 por sesión, con seguro médico.\n' },
    {
      name: 'a configured phrase counts',
      kind: 'therapy',
      config: { phrases: { 'therapy-fee': ['covered by your EAP'] } },
      text: '# Anxiety Group\n\nThis is group therapy, covered by your EAP.\n',
    },
    { name: 'a public payer named: "We accept Medicaid"', kind: 'therapy', text: '# Mood Group\n\nThis is group therapy. We accept Medicaid.\n' },
    { name: 'a network: "In-network with most plans"', kind: 'therapy', text: '# Mood Group\n\nThis is group therapy. In-network with most plans.\n' },
    { name: 'a superbill', kind: 'therapy', text: '# Mood Group\n\nThis is group therapy. We can provide a superbill for your insurer.\n' },
    { name: 'nothing to pay', kind: 'therapy', text: '# Mood Group\n\nThis is group therapy. There is nothing to pay for enrolled students.\n' },
    {
      name: 'a price beside the idiom "at all costs" still counts ("avoid it at all costs… Each session costs $35")',
      kind: 'therapy',
      text: '# Brave Steps\n\nThis is group therapy for anxious teens, who avoid what frightens them at all costs. Each session costs $35.\n',
    },
    {
      name: 'the payer named by who it is: "most insurers that pay for individual sessions also pay for this group"',
      kind: 'therapy',
      text: '# Skills Group\n\nThis is group therapy. Most insurers that pay for individual sessions also pay for this group.\n',
    },
    {
      name: 'the payer named paying after it: "sessions are reimbursed by most insurers"',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Sessions are reimbursed by most insurers.\n',
    },
    {
      name: 'the payer named by who it is: "check with your insurer before the first session"',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Please check with your insurer before the first session.\n',
    },
    {
      name: 'paying for the sessions, with no amount, is fee information ("you pay for each session, whether you come or not")',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. You pay for each session, whether you come or not.\n',
    },
    {
      name: 'so is "members pay per session" and "pay up front for the module"',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. Members pay per session.\n\n# Mood Group\n\nThis is group therapy. Please pay up front for the module.\n',
    },
  ],
  invalid: [
    {
      name: '"Free" inside the host\'s name ("at Harwick Free Library") says nothing of what the group costs',
      kind: 'therapy',
      text: '# Pain Coping Group\n\nThis is group therapy, on Thursdays at 6 pm at Harwick Free Library.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Pain Coping Group\n\nThis is group therapy, on Thursdays at 6 pm at Harwick Free Library.\n\n' + F + '\n'],
    },
    {
      name: '"free standing" classes and "the cost to their families" say nothing of what the group costs',
      kind: 'therapy',
      text: '# Evening Programme\n\nThis is group therapy. You may join any class at any stage, as the classes are free standing; the cost to their families of missing work is high.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Evening Programme\n\nThis is group therapy. You may join any class at any stage, as the classes are free standing; the cost to their families of missing work is high.\n\n' +
          F +
          '\n',
      ],
    },
    {
      name: 'an assessment at no cost says nothing of what the group costs ("a no-cost, confidential assessment", "Assessments are offered at no cost")',
      kind: 'therapy',
      text: '# Recovery Group\n\nThis is group therapy. Call us for a no-cost, confidential assessment. Assessments are offered at no cost.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Recovery Group\n\nThis is group therapy. Call us for a no-cost, confidential assessment. Assessments are offered at no cost.\n\n' + F + '\n',
      ],
    },
    {
      name: 'a free taster session before the course says nothing of what the group costs ("a FREE 30-minute online taster session")',
      kind: 'therapy',
      text: '# MBCT Group\n\nThis is group therapy. Before each course we run a FREE 30-minute online taster session.\n',
      errors: [{ line: 1 }],
      suggestions: ['# MBCT Group\n\nThis is group therapy. Before each course we run a FREE 30-minute online taster session.\n\n' + F + '\n'],
    },
    {
      name: 'a medical director is no payer ("Medi-Cal" only with its hyphen)',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. Our medical director reviews each plan.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Mood Group\n\nThis is group therapy. Our medical director reviews each plan.\n\n' + F + '\n'],
    },
    {
      name: 'a free pre-group conversation and a title that takes charge of anger say nothing of what the group costs',
      kind: 'therapy',
      text: '# Taking Charge of Anger\n\nThis is group therapy. Call us to arrange a free 20-minute pre-group conversation with one of the leaders.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Taking Charge of Anger\n\nThis is group therapy. Call us to arrange a free 20-minute pre-group conversation with one of the leaders.\n' +
          '\n' +
          F +
          '\n',
      ],
    },
    {
      name: 'a price said to be less than another, a free information session and a pointer to fees elsewhere state no cost',
      kind: 'therapy',
      text: '# Skills Group\n\nThis is group therapy. The price of group therapy is much less than individual work. Families first attend a free 45 minute information session. For information on fees, call the office.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Skills Group\n\nThis is group therapy. The price of group therapy is much less than individual work. Families first attend a free 45 minute information session. For information on fees, call the office.\n' +
          '\n' +
          F +
          '\n',
      ],
    },
    {
      name: 'the name of a link ("Group Schedules and Fees") is not the fee',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. For dates, go to the link Group Schedules and Fees.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Anxiety Group\n\nThis is group therapy. For dates, go to the link Group Schedules and Fees.\n' + '\n' + F + '\n'],
    },
    {
      name: 'members who are free to join an open group are let in, not told a price',
      kind: 'therapy',
      text: '# Process Group\n\nThis is group therapy. In an open group others are free to join at any time.\n',
      errors: [{ line: 1, source: '# Process Group' }],
      suggestions: ['# Process Group\n\nThis is group therapy. In an open group others are free to join at any time.\n\n' + F + '\n'],
    },
    {
      name: 'a judgment free space, a drug and alcohol free life and free association are not a price',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy: a judgment free space to work toward a drug and alcohol free life, speaking by free association.\n',
      errors: [{ line: 1, source: '# Anxiety Group' }],
      suggestions: [
        '# Anxiety Group\n\nThis is group therapy: a judgment free space to work toward a drug and alcohol free life, speaking by free association.\n\n' +
          F +
          '\n',
      ],
    },
    {
      name: 'a cost compared is not a cost stated: "at lower cost to families than individual counselling"',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy, at lower cost to families than individual counselling.\n',
      errors: [{ line: 1, source: '# Anxiety Group' }],
      suggestions: ['# Anxiety Group\n\nThis is group therapy, at lower cost to families than individual counselling.\n\n' + F + '\n'],
    },
    {
      name: '"a cost-effective alternative to individual therapy" says nothing about what this group costs',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy, a cost-effective alternative to individual therapy.\n',
      errors: [{ line: 1, source: '# Anxiety Group' }],
      suggestions: ['# Anxiety Group\n\nThis is group therapy, a cost-effective alternative to individual therapy.\n\n' + F + '\n'],
    },
    {
      name: 'a phone line that is "(toll free)" says nothing about what this group costs',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy. For details, call 1-800-555-0142 (toll free).\n',
      errors: [{ line: 1, source: '# Anxiety Group' }],
      suggestions: ['# Anxiety Group\n\nThis is group therapy. For details, call 1-800-555-0142 (toll free).\n\n' + F + '\n'],
    },
    {
      name: 'docs: no fee at all',
      kind: 'therapy',
      text: '# Social Anxiety Group\n\nThis is group therapy led by Lena Park, LPC. Ten weeks, starting March 3.\n',
      errors: [{ line: 1, column: 1, source: '# Social Anxiety Group', severity: 'information' }],
      suggestions: ['# Social Anxiety Group\n\nThis is group therapy led by Lena Park, LPC. Ten weeks, starting March 3.\n\n' + F + '\n'],
    },
    {
      name: 'docs: an unanswered question',
      kind: 'therapy',
      text: '# Anxiety Group\n\nThis is group therapy.\n\n**How much does it cost?** Call the front desk.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Anxiety Group\n\nThis is group therapy.\n\n' + F + '\n\n**How much does it cost?** Call the front desk.\n'],
    },
    {
      name: 'docs: fees and insurance only in a link target; also code and front matter',
      text: '---\ngroup: therapy\nfee: $60\n---\n# Anxiety Group\n\nThis is group therapy. [Learn more and enroll](https://example.org/groups/fees-and-insurance). `$60`\n\n```\nFee: $60\n```\n',
      errors: [{ line: 5 }],
      suggestions: [
        '---\ngroup: therapy\nfee: $60\n---\n# Anxiety Group\n\nThis is group therapy. [Learn more and enroll](https://example.org/groups/fees-and-insurance). `$60`\n\n' +
          F +
          '\n\n```\nFee: $60\n```\n',
      ],
    },
    {
      name: 'CRLF',
      kind: 'therapy',
      text: crlf('# Anxiety Group\n\nThis is group therapy.\n'),
      errors: [{ line: 1 }],
      suggestions: [crlf('# Anxiety Group\n\nThis is group therapy.\n\n' + F + '\n')],
    },
    {
      name: 'BOM, accents, emoji',
      kind: 'therapy',
      text: '\uFEFF# Groupe d’anxiété 🌱\n\nThis is group therapy.\n',
      errors: [{ line: 1, column: 1 }],
      suggestions: ['\uFEFF# Groupe d’anxiété 🌱\n\nThis is group therapy.\n\n' + F + '\n'],
    },
    {
      name: 'the idiom "at all costs" says nothing of what the group costs',
      kind: 'therapy',
      text: '# Brave Steps\n\nThis is group therapy for anxious teens. Teens often avoid what frightens them at all costs; here they face it one small step at a time.\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Brave Steps\n\nThis is group therapy for anxious teens. Teens often avoid what frightens them at all costs; here they face it one small step at a time.\n\n' +
          F +
          '\n',
      ],
    },
    {
      name: 'nor does "at any cost"',
      kind: 'therapy',
      text: '# Brave Steps\n\nThis is group therapy for anxious teens, who may try to stay safe at any cost.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Brave Steps\n\nThis is group therapy for anxious teens, who may try to stay safe at any cost.\n\n' + F + '\n'],
    },
    {
      name: 'an insurer only asked about ("Does my insurer cover the group?") says nothing of what the group costs',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy.\n\nDoes my insurer cover the group?\n',
      errors: [{ line: 1 }],
      suggestions: ['# Mood Group\n\nThis is group therapy.\n\n' + F + '\n\nDoes my insurer cover the group?\n'],
    },
    {
      name: 'an insurer named with no word of paying ("we do not work with insurers") says nothing of what the group costs',
      kind: 'therapy',
      text: '# Mood Group\n\nThis is group therapy. We do not work with insurers.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Mood Group\n\nThis is group therapy. We do not work with insurers.\n\n' + F + '\n'],
    },
    {
      name: '"pay attention" says nothing of what the group costs',
      kind: 'therapy',
      text: '# Mindful Mood Group\n\nThis is group therapy. We pay attention to how the body reacts.\n',
      errors: [{ line: 1 }],
      suggestions: ['# Mindful Mood Group\n\nThis is group therapy. We pay attention to how the body reacts.\n\n' + F + '\n'],
    },
    {
      name: 'nor does "a built-in network of peers" (no insurance network), nor paying for sessions inside a code block',
      kind: 'therapy',
      text: '# Recovery Group\n\nThis is group therapy. The group gives you a built-in network of peers.\n\n```\npay for every session\n```\n',
      errors: [{ line: 1 }],
      suggestions: [
        '# Recovery Group\n\nThis is group therapy. The group gives you a built-in network of peers.\n\n' + F + '\n\n```\npay for every session\n```\n',
      ],
    },
  ],
});
