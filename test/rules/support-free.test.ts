import { DEFAULT_WORDING } from '../../server/src/engine';
import { crlf, ruleTable } from '../helpers/rule-tester';

const F = DEFAULT_WORDING.free;
// The free wording as the value of a label ("Cost: …"): it answers the label.
const V = 'Free. A donation toward the room or refreshments is welcome but never expected.';
const HEAD = '# Grief Circle\n\nThis is a peer support group, not therapy.\n\n';

ruleTable('support-free', {
  valid: [
    {
      name: 'a tool named before "It costs nothing" does not hide a sentence about coming: "We meet on Zoom. It costs nothing to join."',
      kind: 'support',
      text: HEAD + 'We meet on Zoom. It costs nothing to join.\n',
    },
    {
      name: 'entry said to be free is what attending costs: "Entry is free for all", "Entrance is free for everyone who comes"',
      kind: 'support',
      text:
        HEAD +
        'We gather on the second Friday of each month at the community hall from 3 to 4 pm. Entry is free for all.\n\n' +
        'Entrance is free for everyone who comes, and relatives are welcome.\n',
    },
    {
      name: 'a cost verb whose object is nothing says it is free ("It costs nothing", "costs you nothing", "costs members not a penny")',
      kind: 'support',
      text:
        HEAD +
        'We meet on Thursday evenings at the church hall. It costs nothing, and nobody has to come every week.\n\n' +
        'Coming along costs you nothing but an evening.\n\nThe circle costs members not a penny, and tea is on the house.\n',
    },
    {
      name: 'a cost said as absolutely nothing, in a list item ("- Costs absolutely nothing to join")',
      kind: 'support',
      text: HEAD + '- Meets Mondays at the library\n- Costs absolutely nothing to join\n',
    },
    {
      name: 'free of charge after "run" still prices the evenings: "Our evenings run free of charge"',
      kind: 'support',
      text: HEAD + 'Our evenings run free of charge.\n',
    },
    {
      name: 'the group itself running free still says what it costs: "The group runs free, and everyone is welcome"',
      kind: 'support',
      text: HEAD + 'The group runs free, and everyone is welcome.\n',
    },
    {
      name: 'the price of a loss ("we have all paid the ultimate price") is no charge',
      kind: 'support',
      text: HEAD + 'Our meetings are free: we feel we have all paid the ultimate price already.\n',
    },
    {
      name: 'a question the reader is advised to ask ("Ask what attending costs") is no fee',
      kind: 'support',
      text: HEAD + 'Our meetings are free. When you look at other groups too, ask what attending costs and who facilitates.\n',
    },
    {
      name: 'other care as what an insurer pays for ("many insurers do not pay for light therapy") is no charge',
      kind: 'support',
      text: HEAD + 'Our meetings are free. Many insurers do not pay for light therapy, so members trade tips on finding a lamp.\n',
    },
    {
      name: 'meetings given "pro bono" are free',
      kind: 'support',
      text: HEAD + 'Our veteran meetings are pro bono and peer-led.\n',
    },
    {
      name: 'a basket "for anyone who would like to contribute to the cost of the room" invites; it does not charge',
      kind: 'support',
      text: HEAD + 'There is no charge. Tea is provided, and a basket is left out for anyone who would like to contribute to the cost of the room.\n',
    },
    {
      name: 'paying for one\'s own drink afterwards, the thing named before ("stay for a drink at the kiosk (pay for your own)")',
      kind: 'support',
      text: HEAD + 'There is no charge to join.\n\nAfterwards, anyone who wants to can stay for a drink at the lakeside kiosk (pay for your own).\n',
    },
    {
      name: 'a label on a line of its own in pasted text, the answer below it ("Cost" then "There is no charge for attending")',
      kind: 'support',
      text: '# Tuesday Circle\n\nThis is a peer support group, not therapy.\n\nCost\nThere is no charge for attending these groups.\n',
    },
    {
      name: 'a cost label whose value is "Complimentary" says it is free',
      kind: 'support',
      text: HEAD + '- **When:** Mondays at 10\n- **Fees:** Complimentary\n',
    },
    {
      name: 'money for something else: members "pay for their own lunch and raffle tickets", respite care "for an additional fee"',
      kind: 'support',
      text:
        HEAD +
        'There is no cost to join the group, however members pay for their own lunch and raffle tickets.\n\n' +
        'Respite care is available in the day centre for an additional fee.\n',
    },
    {
      name: 'a table whose "Cost" column says free: the column head is a label, not a charge',
      kind: 'support',
      text: HEAD + '| When | Where | Cost |\n| :-- | :-: | --: |\n| Mondays 7 pm | Library | Free |\n',
    },
    {
      name: "a member's contribution to the talk is expected, which is no money",
      kind: 'support',
      text: "# Grief Circle\n\nA peer support group, not therapy, and free. Each member's contribution to the conversation is expected but never forced.\n",
    },
    {
      name: 'an invited donation a member may give ("welcome to give a small donation for the room") says what attending costs',
      kind: 'support',
      text: '# Grief Circle\n\nA peer support group, not therapy. You are welcome to give a small donation for the room.\n',
    },
    {
      name: '"free and open to the community" says what attending costs',
      kind: 'support',
      text: '# Hospital Support Groups\n\nPeer support groups, not therapy. All of our support groups are free and open to the community.\n',
    },
    {
      name: '"take charge of their own recovery" is not a charge',
      kind: 'support',
      text: '# SMART Circle\n\nA free peer support group, not therapy. Members learn to take charge of their own recovery.\n',
    },
    { name: 'docs: free of charge', kind: 'support', text: HEAD + 'This group is free of charge.\n' },
    {
      name: 'docs: no fee, no insurance, an invited donation',
      kind: 'support',
      text: HEAD + 'There is no fee and we do not bill insurance. A donation toward snacks is\nwelcome but never expected.\n',
    },
    { name: 'docs: FAQ question answered "costs nothing"', kind: 'support', text: HEAD + '**Is there a fee?** No. Coming to the group costs nothing.\n' },
    {
      name: 'docs: "fees" only in a link target and text',
      kind: 'support',
      text: HEAD + 'Free to attend.\n\nParking details: [example.org/fees-and-parking](https://example.org/fees-and-parking)\n',
    },
    { name: '"There is no fee"', kind: 'support', text: HEAD + 'There is no fee.\n' },
    { name: 'label and value: "Cost: Free", "Fee: none"', kind: 'support', text: HEAD + 'Cost: Free\n\nFee: none\n' },
    { name: 'a table row "Cost | Free"', kind: 'support', text: HEAD + '| Cost | Free |\n|---|---|\n| Time | 7 pm |\n' },
    {
      name: 'heading "What this group is NOT" with a list item',
      kind: 'support',
      text: HEAD + 'Free.\n\n## What this group is NOT\n\n- A paid class with a fee\n- Therapy\n',
    },
    { name: 'an autolink and an HTML attribute', kind: 'support', text: HEAD + 'Free. See <https://example.org/fees> and <a href="/fee">info</a>.\n' },
    { name: 'a heading "Cost" answered below', kind: 'support', text: HEAD + '## Cost\n\nFree.\n' },
    { name: 'Spanish and English label', kind: 'support', text: HEAD + 'Costo: gratis. Cost: free.\n' },
    {
      name: 'a label row with a middle dot answered beside it: "**COST** · No charge."',
      kind: 'support',
      text: HEAD + '**COST** · No charge. Tea and biscuits provided.\n',
    },
    {
      name: 'the price of food at a café meetup: "you just pay for whatever you order"',
      kind: 'support',
      text: HEAD + 'Attending is free; you just pay for whatever you order to eat.\n',
    },
    { name: 'a price of something else (parking)', kind: 'support', text: HEAD + 'Parking costs $5 at the garage. Attending is free.\n' },
    {
      name: 'charges only in inline code, HTML and a fenced block',
      kind: 'support',
      text: HEAD + '`$20 fee` is an old note. <span data-fee="$20">Free</span>\n\n```\nfee: $20\n```\n',
    },
    { name: 'fee words in front matter', text: '---\ngroup: support\nfee: 20 dollars\n---\n' + HEAD + 'Free to attend.\n' },
    // A sentence wrapped over lines before "free" once made the rule throw, and the whole document went unchecked.
    {
      name: 'a sentence wrapped over two lines before "is free" (the cost is stated; nothing throws)',
      kind: 'support',
      text: HEAD + 'We meet on the\nfirst Thursday of each month, and every meeting is free.\n',
    },
    {
      name: 'a wrapped sentence before "is free", with CRLF line endings',
      kind: 'support',
      text: crlf(HEAD + 'Our circle gathers at the\nHollins Road library and every meeting\nis free.\n'),
    },
    // Wrapped just before an amount or just after an abbreviation, a sentence reads as it does on one line.
    {
      name: 'an invited amount wrapped onto the next line: "a jar for a suggested\\n$3 toward the tea"',
      kind: 'support',
      text: HEAD + 'It is free. We put out a jar for a suggested\n$3 toward the tea.\n',
    },
    {
      name: 'parking priced after a wrapped abbreviation: "Parking: the Mill St.\\ngarage costs $4"',
      kind: 'support',
      text: HEAD + 'Attending is free.\n\nParking: the Mill St.\ngarage costs $4 for the evening.\n',
    },
    { name: 'CRLF, accents and emoji', kind: 'support', text: crlf('# Café des aidants ☕\n\nThis is not therapy. Entrée libre, free of charge 🙂\n') },
    { name: 'an invited donation', kind: 'support', text: HEAD + 'Free. Donations for the coffee fund are appreciated.\n' },
    {
      name: '"This is a free opportunity to connect" says what attending costs',
      kind: 'support',
      text: HEAD + 'This is a free opportunity to connect and learn.\n',
    },
    { name: '"Free and open to all" says what attending costs', kind: 'support', text: HEAD + 'Free and open to all.\n' },
    { name: 'a line that opens with "Free (workbooks provided)" is the value of a cost label', kind: 'support', text: HEAD + 'Free (workbooks provided)\n' },
    { name: 'a list item "Free for enrolled graduate students"', kind: 'support', text: HEAD + '- Thursdays, 4 pm\n- Free for enrolled graduate students\n' },
    {
      name: 'money as a topic members share: "swap tips on insurance appeals and medical bills"',
      kind: 'support',
      text: '# Grief Circle\n\nA free peer support group, not therapy. Members swap tips on insurance appeals and medical bills.\n',
    },
    { name: '"Fee: $0" says it costs nothing', kind: 'support', text: '# Grief Circle\n\nA peer support group, not therapy.\n\n**Fee:** $0\n' },
    { name: '"Attendance is complimentary"', kind: 'support', text: '# Grief Circle\n\nA peer support group, not therapy. Attendance is complimentary.\n' },
    { name: '"No payment is required"', kind: 'support', text: '# Grief Circle\n\nA peer support group, not therapy. No payment is required.\n' },
    {
      name: 'an extra one may take: "dinner is available for $5 if you want it"',
      kind: 'support',
      text: '# Grief Circle\n\nA peer support group, not therapy. There is no fee; dinner is available for $5 if you want it.\n',
    },
    {
      name: 'a cost compared: "It costs less than therapy"',
      kind: 'support',
      text: '# Grief Circle\n\nA free peer support group, not therapy. It costs less than therapy.\n',
    },
    {
      name: 'a cost answered in the same breath: "The cost is free", "costs are covered by", "a grant covers the cost of"',
      kind: 'support',
      text: '# Grief Circle\n\nA peer support group, not therapy. The cost is free. Room costs are covered by the Rotary Club, and a small grant covers the cost of the booklets.\n',
    },
    {
      name: 'a statistic about costs in general is no charge ("Hospital costs for people with heart failure are about a third higher")',
      kind: 'support',
      text: '# Heart Friends\n\nA free peer support group, not therapy. Hospital costs for people with heart failure are about a third higher when they also live with depression.\n',
    },
    {
      name: 'feelings, not money: "an emotionally charged time", "conversations charged with feeling"',
      kind: 'support',
      text: '# Grief Circle\n\nA free peer support group, not therapy. Meetings can be emotionally charged, and some talks are charged with feeling.\n',
    },
    {
      name: 'voluntary contributions toward costs are invited: "A basket goes around for voluntary contributions toward chapter costs"',
      kind: 'support',
      text: '# Grief Circle\n\nA peer support group, not therapy. A basket goes around for voluntary contributions toward chapter costs; attending is always free.\n',
    },
    {
      name: 'attending said free beside the food still says what attending costs ("Admission is free; coffee is free too")',
      kind: 'support',
      text: HEAD + 'Admission is free; coffee is free too.\n',
    },
    { name: 'the meetings named with the food ("Meetings, coffee and cake are free")', kind: 'support', text: HEAD + 'Meetings, coffee and cake are free.\n' },
    { name: '"Free, and refreshments are provided": free said first, of the group', kind: 'support', text: HEAD + 'Free, and refreshments are provided.\n' },
    {
      name: 'food free and the group with it ("The soup is free, as is the group")',
      kind: 'support',
      text: HEAD + 'The soup is free, as is the group.\n',
    },
    { name: 'coffee free and the meetings too', kind: 'support', text: HEAD + 'At Holloway Lane, coffee is free, and so are the meetings.\n' },
    { name: '"It is free, and so is the coffee": free said of the group', kind: 'support', text: HEAD + 'It is free, and so is the coffee.\n' },
    {
      name: 'food free and no cost to attend in one sentence ("there is no cost to attend")',
      kind: 'support',
      text: HEAD + 'Tea and scones are free, and there is no cost to attend.\n',
    },
    {
      name: 'a group named for its tea ("Tea and Talk is free") is the group',
      kind: 'support',
      text: '# Tea and Talk\n\nA peer support group, not therapy. Tea and Talk is free.\n',
    },
    { name: 'a coffee morning is the gathering itself', kind: 'support', text: HEAD + 'The Thursday coffee morning is free.\n' },
    { name: 'an invited donation for refreshments still says what attending costs', kind: 'support', text: HEAD + 'A donation for refreshments is welcome.\n' },
    { name: '"Meetings are free."', kind: 'support', text: HEAD + 'Meetings are free.\n' },
    { name: '"The group is free to attend."', kind: 'support', text: HEAD + 'The group is free to attend.\n' },
    { name: '"There is no cost."', kind: 'support', text: HEAD + 'There is no cost.\n' },
    { name: '"Free of charge." on its own', kind: 'support', text: HEAD + 'Free of charge.\n' },
    { name: '"It is free and open to all."', kind: 'support', text: HEAD + 'It is free and open to all.\n' },
    {
      name: 'after a clause of its own, the meetings named with the coffee ("We meet on Mondays and the meetings and coffee are free")',
      kind: 'support',
      text: HEAD + 'We meet on Mondays and the meetings and coffee are free.\n',
    },

    // A denial in a predicate joined on after the cost is not the cost's.
    {
      name: 'no fee, and a clause on the members joined on: "There is no fee and members do not pay for tea"',
      kind: 'support',
      text: HEAD + 'There is no fee and members do not pay for tea.\n',
    },
    {
      name: 'the fee the subject of both denials: "A fee is never charged and is not expected"',
      kind: 'support',
      text: HEAD + 'A fee is never charged and is not expected.\n',
    },
    // A contribution invited or given freely, in the clause that names the cost, is no fee.
    {
      name: 'costs backed "out of generosity" are given freely, not charged',
      kind: 'support',
      text: HEAD + 'Coming along is always free, and people are urged to back any costs of the room out of generosity.\n',
    },
    {
      name: 'a hat passed "for the costs of the hall" invites; it does not charge',
      kind: 'support',
      text: HEAD + 'There is no fee, but we pass a hat at the end for the costs of the hall.\n',
    },
    {
      name: 'members asked to "pitch in toward the hall costs if they are able" are invited, not charged',
      kind: 'support',
      text: HEAD + 'Entry is free; we ask members to pitch in toward the hall costs if they are able.\n',
    },
    {
      name: 'a hat that goes round, "whatever you can", members "who are able" putting something in the tin and a free-will offering invite; they do not charge',
      kind: 'support',
      text:
        HEAD +
        'A hat goes round at the tea break for the costs of the Wenlow scout hut.\n\nGive whatever you can towards the cost of the room.\n\n' +
        'Members who are able put something in the tin toward the hall costs.\n\nA free-will offering is taken for the chapel room costs.\n',
    },
    {
      name: 'a small contribution asked for, one chipped in with no sum named, contributions "gratefully received" and "pay what you can" invite; they do not charge',
      kind: 'support',
      text:
        HEAD +
        'We ask for a small contribution to the cost of the room.\n\nMembers chip in for the cost of the tea and biscuits.\n\n' +
        'Contributions toward the room costs are gratefully received.\n\nThe hall costs are shared out: pay what you can.\n',
    },
    {
      name: 'the group\'s own room said to be free ("this drop-in room is free with nothing to book") says what attending costs',
      kind: 'support',
      text: HEAD + 'Come to the Harbour Room on Thursdays. Best of all, this drop-in room is free with nothing to book.\n',
    },
    {
      name: 'fees in the list of what a covered cost includes ("covers the full cost of the course, including books, fees and travel") are no charge',
      kind: 'support',
      text:
        HEAD +
        'Meetings are free. This spring we are training new hosts, and the branch covers the full cost of the course, including books, fees and travel.\n',
    },
    {
      name: 'the meetings and a pack named free together still say what attending costs',
      kind: 'support',
      text: HEAD + 'Our meetings and our welcome packs are free of charge.\n',
    },
    {
      name: '"low-cost" said of the meetings themselves ("Our meetings are low-cost") is a word on what attending costs',
      kind: 'support',
      text: '# Willow Circle\n\nA peer support group, not therapy, meets on Fridays at 7 pm. Our meetings are low-cost.\n',
    },
    {
      name: 'a phone line\'s "(toll free)" beside a plain word on cost leaves that word to answer',
      kind: 'support',
      text: '# Willow Circle\n\nA peer support group, not therapy, meets on Fridays at 7 pm. There is no charge to attend.\n\nFor details, ring Dana on 1-800-555-0142 (toll free).\n',
    },
    // Leave to come and go, money as a matter to get help with, and a charity's appeal say nothing of what attending costs; a
    // plain word on cost beside them still answers.
    {
      name: '"free of charge" beside "feel completely free to step out" still says what attending costs',
      kind: 'support',
      text: HEAD + 'Evenings are free of charge. Feel completely free to step out for air whenever you need to.\n',
    },
    {
      name: '"no cost" beside "you are free to come and go" still says what attending costs',
      kind: 'support',
      text: HEAD + 'There is no cost to join us. You are free to come and go during the evening.\n',
    },
    {
      name: '"It is free to come and go" prices the drop-in itself',
      kind: 'support',
      text: HEAD + 'Drop in on Saturdays from 10. It is free to come and go.\n',
    },
    {
      name: 'insurance named as a matter the hosts help with, beside "no charge", leaves "no charge" to answer',
      kind: 'support',
      text: HEAD + 'There is no charge. After the meeting the hosts can help with housing, insurance and paperwork.\n',
    },
    {
      name: 'a donation at the door for the hall is a word on what attending costs',
      kind: 'support',
      text: HEAD + 'Your donation at the door, if you can spare one, helps pay for the hall.\n',
    },
    {
      name: 'a donation said to keep this group going is a word on what attending costs',
      kind: 'support',
      text: HEAD + 'Your donation helps keep this group running.\n',
    },
    // A café that is the group itself is what is free ("The menopause cafe is free"); a café is someone else's prices only as a
    // venue ("Drinks in the cafe are free", below).
    {
      name: 'a café that is the group itself, "The menopause cafe is free", says what attending costs',
      kind: 'support',
      text: '# Kelbrook Menopause Cafe\n\nA peer support group, not therapy, for anyone going through the menopause. It meets on the third Wednesday of every month at 7pm in the Kelbrook Arms. The menopause cafe is free, and partners are welcome too.\n',
    },
    {
      name: 'the same with the accent, "The menopause café is free"',
      kind: 'support',
      text: '# Kelbrook Menopause Café\n\nA peer support group, not therapy, for anyone going through the menopause. It meets on the third Wednesday of every month at 7pm in the Kelbrook Arms. The menopause café is free, and partners are welcome too.\n',
    },
    {
      name: 'a café named for its care is the group, not a venue: "Everyone is welcome at our memory cafe, and it is free"',
      kind: 'support',
      text: '# Brookfield Memory Cafe\n\nA peer support group, not therapy, for people living with dementia and their carers. It meets on the first Monday of each month at 2pm. Everyone is welcome at our memory cafe, and it is free.\n',
    },
    {
      name: 'a free café spelled with its accent ("A free menopause café is offering…") is free attendance',
      kind: 'support',
      text: '# Kelbrook Menopause Café\n\nA peer support group, not therapy. A free menopause café is offering company and conversation on the third Wednesday of every month at 7pm.\n',
    },
    // "Free" in a proper name is a name; a thing served free in brackets is said of the thing. Near misses that still say it is free:
    {
      name: '"Free" in a church\'s name beside "The group is free" still says what attending costs',
      kind: 'support',
      text: HEAD + 'Ashby Evangelical Free Church hosts our meetings on Mondays. The group is free and open to anyone.\n',
    },
    {
      name: 'a line in title case, "Our Circle Is Always Free And Open To All", still says it is free',
      kind: 'support',
      text: HEAD + 'Our Circle Is Always Free And Open To All\n\nWe meet on Mondays at 7 pm.\n',
    },
    {
      name: '"Free" before the group\'s own name, "Ashby Free Grief Circle meets on Mondays", still prices the group',
      kind: 'support',
      text: HEAD + 'Ashby Free Grief Circle meets on Mondays at 7 pm in the parish room.\n',
    },
    {
      name: 'a bracket after the meetings, "followed by the group meetings (at no charge)", is said of the meetings',
      kind: 'support',
      text: HEAD + 'Each Monday begins with soup, followed by the group meetings (at no charge).\n',
    },
    {
      name: 'a bracket after the group itself, "The circle (free) meets on Mondays", is said of the circle',
      kind: 'support',
      text: HEAD + 'The circle (free) meets on Mondays at 7 pm.\n',
    },
  ],
  invalid: [
    {
      name: '"It costs nothing" said of the video platform named just before is not what attending costs: the flyer is silent',
      kind: 'support',
      text: HEAD + 'We talk on a video call platform. It costs nothing and needs no account.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nWe talk on a video call platform. It costs nothing and needs no account.\n`],
    },
    {
      name: '"It is free" after an app named at the end of the sentence before is the app\'s price: the flyer is silent',
      kind: 'support',
      text: HEAD + 'Before the first meeting, download the messaging app. It is free on every phone.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nBefore the first meeting, download the messaging app. It is free on every phone.\n`],
    },
    {
      name: 'free parking "for all" is a thing laid on, not attending: the flyer still never says what the group costs',
      kind: 'support',
      text: HEAD + 'We gather monthly at the community hall. Parking is free for all.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nWe gather monthly at the community hall. Parking is free for all.\n`],
    },
    {
      name: 'entry to somewhere else named in code is read only in prose: `Entry is free for all` in code says no price',
      kind: 'support',
      text: HEAD + 'We gather monthly at the hall; the museum sign reads `Entry is free for all` by the door.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nWe gather monthly at the hall; the museum sign reads \`Entry is free for all\` by the door.\n`],
    },
    {
      name: 'a cost verb with a sum is still a charge, even beside "nothing" said of something else ("It costs $10; nothing else is needed")',
      kind: 'support',
      text: HEAD + 'It costs $10 a night; nothing else is needed.\n',
      errors: [{ line: 5, source: 'costs', severity: 'warning' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: '"costs" followed by a quoted or code "nothing" is read only in prose: `It costs nothing` in code says no price, so the flyer is silent',
      kind: 'support',
      text: HEAD + 'Our wiki template reads `It costs nothing` in its sample text.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nOur wiki template reads \`It costs nothing\` in its sample text.\n`],
    },
    {
      name: '"Free" inside a church\'s name ("Ashby Evangelical Free Church hosts our meetings") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Ashby Evangelical Free Church hosts our meetings on Mondays at 7 pm.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nAshby Evangelical Free Church hosts our meetings on Mondays at 7 pm.\n`],
    },
    {
      name: '"Free" inside a library\'s name at the end of a sentence ("Our group meets … at Ashby Free Library.") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Our group meets on Mondays at 7 pm in the reading room at Ashby Free Library.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nOur group meets on Mondays at 7 pm in the reading room at Ashby Free Library.\n`],
    },
    {
      name: 'a meal free in brackets ("begins with soup (at no charge), followed by the group") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Each Monday begins with soup (at no charge), followed by the group meetings.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nEach Monday begins with soup (at no charge), followed by the group meetings.\n`],
    },
    {
      name: 'tea and cake free in brackets ("with tea and cake (free of charge) before the meeting") say nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'We meet on Mondays at 7 pm, with tea and cake (free of charge) before the meeting.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nWe meet on Mondays at 7 pm, with tea and cake (free of charge) before the meeting.\n`],
    },
    {
      name: 'leave to roam ("Let your worries run free and you can meet others") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Let your worries run free and you can meet others who understand.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nLet your worries run free and you can meet others who understand.\n`],
    },
    {
      name: 'leave to move about ("Feel really free to come and go") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Feel really free to come and go as the evening goes on.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nFeel really free to come and go as the evening goes on.\n`],
    },
    {
      name: '"you are free to come and go" says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'You are free to come and go during the evening.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nYou are free to come and go during the evening.\n`],
    },
    {
      name: 'insurance in a list of matters the hosts help with says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'After the meeting the hosts can help with housing, insurance and paperwork.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nAfter the meeting the hosts can help with housing, insurance and paperwork.\n`],
    },
    {
      name: 'money as a matter members swap tips on ("tips on medical bills and costs") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Members swap tips on handling medical bills and costs.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nMembers swap tips on handling medical bills and costs.\n`],
    },
    {
      name: 'a charity\'s appeal to the reader ("Your donation will help us answer more calls") says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'We meet on Tuesdays.\n\n---\n\nYour donation will help us answer more calls on our helpline.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nWe meet on Tuesdays.\n\n---\n\nYour donation will help us answer more calls on our helpline.\n`],
    },
    {
      name: 'drinks free "in the cafe" where the group meets say nothing of what attending costs',
      kind: 'support',
      text: '# Kelbrook Menopause Cafe\n\nA peer support group, not therapy, for anyone going through the menopause. It meets on the third Wednesday of every month at 7pm in the Kelbrook Arms. Drinks in the cafe are free.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Kelbrook Menopause Cafe\n\nA peer support group, not therapy, for anyone going through the menopause. It meets on the third Wednesday of every month at 7pm in the Kelbrook Arms. Drinks in the cafe are free.\n\n${F}\n`,
      ],
    },
    {
      name: 'the same with the accent, "Drinks in the café are free"',
      kind: 'support',
      text: '# Kelbrook Menopause Café\n\nA peer support group, not therapy, for anyone going through the menopause. It meets on the third Wednesday of every month at 7pm in the Kelbrook Arms. Drinks in the café are free.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Kelbrook Menopause Café\n\nA peer support group, not therapy, for anyone going through the menopause. It meets on the third Wednesday of every month at 7pm in the Kelbrook Arms. Drinks in the café are free.\n\n${F}\n`,
      ],
    },
    {
      name: 'lunch free "at the hospital café" says nothing of what attending costs',
      kind: 'support',
      text: '# Stroke Survivors Circle\n\nA peer support group, not therapy, meets on Thursdays at 2pm on Ward 9. Lunch at the hospital café is free for carers.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Stroke Survivors Circle\n\nA peer support group, not therapy, meets on Thursdays at 2pm on Ward 9. Lunch at the hospital café is free for carers.\n\n${F}\n`,
      ],
    },
    {
      name: '"low-cost" said of peer support in general ("a low-cost complement to professional care") says nothing of what attending costs',
      kind: 'support',
      text: '# Willow Circle\n\nPeer support is a low-cost complement to professional care. A peer support group, not therapy, meets on Fridays at 7 pm.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Willow Circle\n\nPeer support is a low-cost complement to professional care. A peer support group, not therapy, meets on Fridays at 7 pm.\n\n${F}\n`,
      ],
    },
    {
      name: 'a phone line that is "(toll free)" says nothing of what attending costs',
      kind: 'support',
      text: '# Willow Circle\n\nA peer support group, not therapy, meets on Fridays at 7 pm.\n\nFor details, ring Dana on 1-800-555-0142 (toll free).\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Willow Circle\n\nA peer support group, not therapy, meets on Fridays at 7 pm.\n\n${F}\n\nFor details, ring Dana on 1-800-555-0142 (toll free).\n`,
      ],
    },
    {
      name: 'a pack posted out free ("The welcome box is free of charge") says nothing of what attending costs',
      kind: 'support',
      text: '# Kinship Circle\n\nA peer support group, not therapy, meets on Thursdays. Each new host is sent a welcome box. The welcome box is free of charge.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Kinship Circle\n\nA peer support group, not therapy, meets on Thursdays. Each new host is sent a welcome box. The welcome box is free of charge.\n\n${F}\n`,
      ],
    },
    {
      name: "a car park said to be free, unlike the group's own room, says nothing of what attending costs",
      kind: 'support',
      text: '# Feeding Circle\n\nA peer support group, not therapy, meets on Wednesdays. The car park behind the hall is free with no permit needed.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Feeding Circle\n\nA peer support group, not therapy, meets on Wednesdays. The car park behind the hall is free with no permit needed.\n\n${F}\n`,
      ],
    },
    {
      name: 'a membership that must be paid ("you need a paid-up membership", "a membership that is paid up") charges',
      kind: 'support',
      text: HEAD + 'To come to the circle you need a paid-up membership.\n\nEntry requires a membership that is paid up each year.\n',
      errors: [
        { line: 5, source: 'paid-up membership', severity: 'warning' },
        { line: 7, source: 'membership that is paid', severity: 'warning' },
      ],
      suggestions: [
        HEAD + F + '\n\nEntry requires a membership that is paid up each year.\n',
        HEAD + 'To come to the circle you need a paid-up membership.\n\n' + F + '\n',
      ],
    },
    {
      name: 'a cost covered in one clause, and a fee asked in the next, still charges ("we cover the room; each member pays a fee of $5")',
      kind: 'support',
      text: HEAD + 'The branch covers the whole cost of the room; each member pays a fee of $5 a month.\n',
      errors: [{ line: 5, source: 'fee', severity: 'warning' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'the amount of a grant the group received, and gifts it was thanked for, say nothing of what attending costs',
      kind: 'support',
      text: '# Willow Circle\n\nA peer support group, not therapy, meets on Fridays. The group was started with a €2500 grant from the county council. We thanked two supporters for their donations to the group.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        '# Willow Circle\n\nA peer support group, not therapy, meets on Fridays. The group was started with a €2500 grant from the county council. We thanked two supporters for their donations to the group.\n' +
          `\n${F}\n`,
      ],
    },
    {
      name: 'what the plan pays for ("the plan will pay for ongoing counselling") is no charge, and says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'The health plan will pay for ongoing counselling when you need more than the circle.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + `${F}\n\nThe health plan will pay for ongoing counselling when you need more than the circle.\n`],
    },
    {
      name: 'things bought for the meetings ("members pay for therapy workbooks") are still a charge',
      kind: 'support',
      text: HEAD + 'Members pay for therapy workbooks at the first meeting.\n',
      errors: [{ line: 5, source: 'pay for', severity: 'warning', messageIncludes: 'free to attend' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'what other care costs ("Counseling costs a lot") is no charge, and says nothing of what attending costs',
      kind: 'support',
      text: '# Willow Circle\n\nA peer support group, not therapy, meets on Fridays. Counseling costs a lot.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: ['# Willow Circle\n\nA peer support group, not therapy, meets on Fridays. Counseling costs a lot.\n' + `\n${F}\n`],
    },
    {
      name: 'money the group receives says nothing of what attending costs ("given money by a local trust to help with its costs", "a grant to cover its running costs", a link to donate)',
      kind: 'support',
      text:
        '# Cancer Circle\n\nA peer support group, not therapy, meets on Wednesdays at 2 pm. The circle has been given money by a local trust to help with its costs, ' +
        'and a grant to help cover its running costs. To make a donation to the circle, follow the link below.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        '# Cancer Circle\n\nA peer support group, not therapy, meets on Wednesdays at 2 pm. The circle has been given money by a local trust to help with its costs, ' +
          `and a grant to help cover its running costs. To make a donation to the circle, follow the link below.\n\n${F}\n`,
      ],
    },
    {
      name: 'childcare at no cost, walks with no charge and a donation the group received say nothing of what attending costs',
      kind: 'support',
      text: '# Carers Circle\n\nA peer support group, not therapy. Childcare for members is offered at no cost. No charge is made for the walks. The room came from a generous donation from Fenwick Trust.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        '# Carers Circle\n\nA peer support group, not therapy. Childcare for members is offered at no cost. No charge is made for the walks. The room came from a generous donation from Fenwick Trust.\n' +
          '\n' +
          F +
          '\n',
      ],
    },
    {
      name: 'a free thing that is not attending ("a free word-association exercise") leaves the cost unsaid',
      kind: 'support',
      text: '# Fertility Support Circle\n\nA peer support group, not therapy. Try a free word-association exercise with the word "waiting" and notice what comes up.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Fertility Support Circle\n\nA peer support group, not therapy. Try a free word-association exercise with the word "waiting" and notice what comes up.\n\n${F}\n`,
      ],
    },
    {
      name: 'a "judgment free space" and a "drug and alcohol free" life are no word about what attending costs',
      kind: 'support',
      text: '# Recovery Circle\n\nA peer support group, not therapy: a judgment free space for anyone building a drug and alcohol free life.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Recovery Circle\n\nA peer support group, not therapy: a judgment free space for anyone building a drug and alcohol free life.\n\n${F}\n`,
      ],
    },
    {
      name: 'a donation the group gave away ("gave a donation of £100 to the hospital") is no word about what attending costs',
      kind: 'support',
      text: '# Amputee Support Group\n\nA peer support group, not therapy. This spring the group gave a generous donation of £100 to the hospital.\n',
      errors: [{ line: 1, severity: 'information' }],
      suggestions: [
        `# Amputee Support Group\n\nA peer support group, not therapy. This spring the group gave a generous donation of £100 to the hospital.\n\n${F}\n`,
      ],
    },
    {
      name: 'free reading matter and free sharing ("free educational materials", "a manual to download for free", "free, authentic sharing") say nothing of attending',
      kind: 'support',
      text:
        '# Ostomy Support Group\n\nA peer support group, not therapy. The national association provides free educational materials. ' +
        'A survivor manual is online to download for free. Advice can be a barrier to free, authentic sharing.\n',
      errors: [{ line: 1, severity: 'information' }],
      suggestions: [
        '# Ostomy Support Group\n\nA peer support group, not therapy. The national association provides free educational materials. ' +
          `A survivor manual is online to download for free. Advice can be a barrier to free, authentic sharing.\n\n${F}\n`,
      ],
    },
    {
      name: 'money the group raised ("we raised $400 for the library") is no word about what attending costs',
      kind: 'support',
      text: '# Widows Circle\n\nA peer support group, not therapy. At our spring fair we raised $400 for the library fund.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [`# Widows Circle\n\nA peer support group, not therapy. At our spring fair we raised $400 for the library fund.\n\n${F}\n`],
    },
    {
      name: '"sperm or egg donation" is no word about what attending costs',
      kind: 'support',
      text: '# Fertility Support Circle\n\nA peer support group, not therapy. Members talk through choices such as sperm or egg donation.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [`# Fertility Support Circle\n\nA peer support group, not therapy. Members talk through choices such as sperm or egg donation.\n\n${F}\n`],
    },
    {
      name: 'docs: "$20 per session, payable at the door" (long sentence: a suggestion)',
      kind: 'support',
      text: HEAD + 'Cost: $20 per session, payable at the door.\n',
      errors: [{ line: 5, column: 1, source: 'Cost', severity: 'warning' }],
      // A label/value line keeps its label: only the value is replaced.
      suggestions: [HEAD + 'Cost: ' + V + '\n'],
    },
    {
      name: 'docs: insurance and copay',
      kind: 'support',
      text: HEAD + 'We bill your insurance; your usual copay applies.\n',
      errors: [{ line: 5, source: 'insurance' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a contribution of money that is required ("Suggested contribution: $10 (required to attend)"): the value is replaced',
      kind: 'support',
      text: HEAD + 'Suggested contribution: $10 (required to attend).\n\nWe meet Mondays.\n',
      errors: [{ line: 5, source: 'contribution: $10 (required' }],
      suggestions: [HEAD + 'Suggested contribution: ' + V + '\n\nWe meet Mondays.\n'],
    },
    {
      name: 'docs: a required donation is replaced',
      kind: 'support',
      text: HEAD + 'A $10 donation is required to attend.\n',
      errors: [{ line: 5, source: '$10' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'silence about cost: "in charge of setup" and a volunteer "without pay" say nothing about attending',
      kind: 'support',
      text: "# Men's Support Circle\n\nThis is not therapy. Thursdays, 6:30 pm. One member is in charge of setup; hosts volunteer without pay.\n",
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [
        `# Men's Support Circle\n\nThis is not therapy. Thursdays, 6:30 pm. One member is in charge of setup; hosts volunteer without pay.\n\n${F}\n`,
      ],
    },
    {
      name: 'docs: silence about cost, at information severity',
      kind: 'support',
      text: "# Men's Support Circle\n\nThis is not therapy. Thursdays, 6:30 pm, Room 4. All are welcome.\n",
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      // Below the paragraph that says what the group is not.
      suggestions: [`# Men's Support Circle\n\nThis is not therapy. Thursdays, 6:30 pm, Room 4. All are welcome.\n\n${F}\n`],
    },
    {
      name: 'docs: "fees" only in a link still leaves cost unsaid',
      kind: 'support',
      text: HEAD + 'Parking details: [example.org/fees-and-parking](https://example.org/fees-and-parking)\n',
      errors: [{ line: 1, severity: 'information' }],
      suggestions: [HEAD + `${F}\n\nParking details: [example.org/fees-and-parking](https://example.org/fees-and-parking)\n`],
    },
    {
      name: 'a fee sentence followed by more: only that sentence is replaced',
      kind: 'support',
      text: HEAD + 'The fee is $15 per meeting. We meet Tuesdays and share stories, coffee, and a lot of laughter together.\n',
      errors: [{ source: 'fee' }],
      suggestions: [HEAD + F + ' We meet Tuesdays and share stories, coffee, and a lot of laughter together.\n'],
    },
    {
      name: 'a cost that is not answered as nothing or met by someone else still charges: "The cost is $10 a week"',
      kind: 'support',
      text: HEAD + 'The cost is $10 a week. A grant covers the room.\n',
      errors: [{ source: 'cost' }],
      suggestions: [HEAD + F + ' A grant covers the room.\n'],
    },
    {
      name: 'a question about cost does not count as saying it',
      kind: 'support',
      text: HEAD + 'Is there a cost? Ask at the door.\n',
      errors: [{ line: 1, severity: 'information' }],
      suggestions: [HEAD + `${F}\n\nIs there a cost? Ask at the door.\n`],
    },
    {
      name: 'CRLF: the replacement keeps the line endings',
      kind: 'support',
      text: crlf(HEAD + 'Fee: $20 per session.\n\nWe meet Tuesdays.\n'),
      errors: [{ line: 5, source: 'Fee' }],
      suggestions: [crlf(HEAD + 'Fee: ' + V + '\n\nWe meet Tuesdays.\n')],
    },
    {
      name: 'CRLF: silence about cost inserts with CRLF',
      kind: 'support',
      text: crlf('# Grief Circle\n\nThis is not therapy. We meet Tuesdays.\n'),
      errors: [{ line: 1, severity: 'information' }],
      suggestions: [crlf(`# Grief Circle\n\nThis is not therapy. We meet Tuesdays.\n\n${F}\n`)],
    },
    {
      name: 'euros after an emoji, BOM',
      kind: 'support',
      text: '\uFEFF# Café des aidants ☕\n\nThis is not therapy.\n\nMembers pay €15 each evening.\n',
      errors: [{ line: 5, source: '€15' }],
      suggestions: [`\uFEFF# Café des aidants ☕\n\nThis is not therapy.\n\n${F}\n`],
    },
    {
      name: 'per-session charge and dollars',
      kind: 'support',
      text: HEAD + 'Sessions cost 20 dollars.\n\nMembers pay $10 per meeting.\n',
      errors: [
        { line: 5, source: 'cost' },
        { line: 7, source: '$10' },
      ],
      // One suggestion per charge, each applied on its own.
      suggestions: [HEAD + F + '\n\nMembers pay $10 per meeting.\n', HEAD + 'Sessions cost 20 dollars.\n\n' + F + '\n'],
    },
    {
      name: 'the configured free wording is used',
      kind: 'support',
      config: { wording: { free: 'Free to attend. Tea and biscuits provided.' } },
      text: HEAD + 'The fee is $5.\n',
      errors: [{ line: 5 }],
      suggestions: [HEAD + 'Free to attend. Tea and biscuits provided.\n'],
    },
    {
      name: 'a bold label in a list item keeps its label, emphasis and marker: only the value is replaced',
      kind: 'support',
      text: HEAD + '- **Cost:** $20 per session (sliding scale available)\n- **Fee**: $20\n- **When:** Tuesdays\n',
      errors: [
        { line: 5, source: 'Cost' },
        { line: 6, source: 'Fee' },
      ],
      suggestions: [
        HEAD + '- **Cost:** ' + V + '\n- **Fee**: $20\n- **When:** Tuesdays\n',
        HEAD + '- **Cost:** $20 per session (sliding scale available)\n- **Fee**: ' + V + '\n- **When:** Tuesdays\n',
      ],
    },
    {
      name: 'a price line followed by an activity sentence: only the price is replaced, the next sentence stays',
      kind: 'support',
      text: HEAD + 'Cost: $20 per session. Each month we hand out a journal to keep at home.\n',
      errors: [{ line: 5, source: 'Cost' }],
      suggestions: [HEAD + 'Cost: ' + V + ' Each month we hand out a journal to keep at home.\n'],
    },
    {
      name: 'a label with the amount in it is part of the value: the whole sentence is replaced',
      kind: 'support',
      text: HEAD + '$20 fee: pay at the door.\n',
      errors: [{ line: 5 }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a sentence in bold is replaced with its emphasis, never leaving "**" open',
      kind: 'support',
      text: HEAD + 'We meet Tuesdays. **It costs $20 a week.** Bring a friend.\n',
      errors: [{ line: 5, source: 'costs' }],
      suggestions: [HEAD + 'We meet Tuesdays. ' + F + ' Bring a friend.\n'],
    },
    {
      name: 'a sentence inside emphasis it shares with another: replaced inside it, the emphasis stays whole',
      kind: 'support',
      text: HEAD + 'We meet **weekly. It costs $20 a week.** Bring a friend.\n',
      errors: [{ line: 5, source: 'costs' }],
      suggestions: [HEAD + 'We meet **weekly. ' + F + '** Bring a friend.\n'],
    },
    {
      name: 'a sentence that emphasis crosses gets no replacement (it would leave "**" open)',
      kind: 'support',
      text: HEAD + 'We meet **weekly. It costs** $20 a week. Bring a friend.\n',
      errors: [{ line: 5, source: 'costs' }],
      suggestions: [],
    },
    {
      name: 'a table row of a label and a price: the value cell is replaced, the pipes stay',
      kind: 'support',
      text: HEAD + '| | |\n|---|---|\n| **Day** | Wednesdays |\n| **Fee** | $20 per meeting (cash or check) |\n',
      errors: [{ line: 8, source: 'Fee' }],
      suggestions: [HEAD + '| | |\n|---|---|\n| **Day** | Wednesdays |\n| **Fee** | ' + V + ' |\n'],
    },
    {
      name: 'a table row that is not a label and a value gets no edit (and the column head "Cost" is a label, not a second charge)',
      kind: 'support',
      text: HEAD + '| Item | Cost | Notes |\n|---|---|---|\n| Session | $20 | each week |\n',
      errors: [{ line: 7, source: '$20' }],
      suggestions: [],
    },
    {
      name: 'food had free is no word on attending: "First-time guests get their supper free"',
      kind: 'support',
      text: HEAD + 'First-time guests get their supper free.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'First-time guests get their supper free.\n'],
    },
    {
      name: 'food free for some guests: "For first-time guests, the supper is free"',
      kind: 'support',
      text: HEAD + 'For first-time guests, the supper is free.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'For first-time guests, the supper is free.\n'],
    },
    {
      name: '"Coffee and cake are free" says nothing of what attending costs',
      kind: 'support',
      text: HEAD + 'Coffee and cake are free.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'Coffee and cake are free.\n'],
    },
    {
      name: 'refreshments free to everyone who comes are still only refreshments',
      kind: 'support',
      text: HEAD + 'Tea and biscuits are free for everyone who comes to Marlow Hall.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'Tea and biscuits are free for everyone who comes to Marlow Hall.\n'],
    },
    {
      name: 'refreshments "provided at no cost" and "no charge for refreshments"',
      kind: 'support',
      text: HEAD + 'Refreshments are provided at no cost. There is no charge for refreshments either.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'Refreshments are provided at no cost. There is no charge for refreshments either.\n'],
    },
    {
      name: 'a meal "served free of charge", "lunch is provided for free"',
      kind: 'support',
      text: HEAD + 'Supper is served free of charge, and lunch is provided for free on Saturdays.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'Supper is served free of charge, and lunch is provided for free on Saturdays.\n'],
    },
    {
      name: '"Kids eat free" and "Supper\'s free"',
      kind: 'support',
      text: HEAD + "Kids eat free. Supper's free.\n",
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + "Kids eat free. Supper's free.\n"],
    },
    {
      name: 'a label whose thing is food ("Refreshments: free")',
      kind: 'support',
      text: HEAD + '- **Refreshments:** free\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + '- **Refreshments:** free\n'],
    },
    {
      name: '"Coffee costs nothing" is the coffee',
      kind: 'support',
      text: HEAD + 'Coffee costs nothing.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'Coffee costs nothing.\n'],
    },
    {
      name: 'a free meal at every meeting is the meal, not the meeting ("A free meal is served at every meeting")',
      kind: 'support',
      text: HEAD + 'A free meal is served at every meeting.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'A free meal is served at every meeting.\n'],
    },
    {
      name: 'coffee free and the group doing something else ("and the group meets on Mondays")',
      kind: 'support',
      text: HEAD + 'Coffee is free and the group meets on Mondays.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'Coffee is free and the group meets on Mondays.\n'],
    },
    {
      name: 'coffee free at the meetings is still the coffee',
      kind: 'support',
      text: HEAD + 'After the meeting, tea is free at every gathering in Brookwell.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'After the meeting, tea is free at every gathering in Brookwell.\n'],
    },
    {
      name: 'food free in a clause after another ("We gather on Fridays, and coffee and cake are free")',
      kind: 'support',
      text: HEAD + 'We gather on Fridays at the Dunmore library, and coffee and cake are free.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'We gather on Fridays at the Dunmore library, and coffee and cake are free.\n'],
    },
    {
      name: 'free coffee and free parking, as before, say nothing of attending ("There is free coffee and cake", "parking is free")',
      kind: 'support',
      text: HEAD + 'There is free coffee and cake, and parking is free behind the Ashgrove hall.\n',
      errors: [{ line: 1, column: 1, severity: 'information', messageIncludes: 'costs' }],
      suggestions: [HEAD + F + '\n\n' + 'There is free coffee and cake, and parking is free behind the Ashgrove hall.\n'],
    },

    {
      name: 'a fee charged, then a denial of something else joined on: "We charge a $10 fee and do not take insurance"',
      kind: 'support',
      text: HEAD + 'We charge a $10 fee and do not take insurance.\n',
      errors: [{ line: 5, source: 'charge', severity: 'warning', messageIncludes: 'free to attend' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a price, then a denial of its refund joined on: "Each evening costs $5 and is not refundable"',
      kind: 'support',
      text: HEAD + 'Each evening costs $5 and is not refundable.\n',
      errors: [{ line: 5, source: 'costs', severity: 'warning', messageIncludes: 'free to attend' }],
      suggestions: [HEAD + F + '\n'],
    },
    // A price, or a set sum asked of each, is still a charge beside words of giving; ability said of something else invites nothing.
    {
      name: 'a price per meeting still charges: "Each meeting costs $10"',
      kind: 'support',
      text: HEAD + 'Each meeting costs $10.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: 'costs' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a sum paid toward the room each week still charges: "Members pay £5 towards the room each week"',
      kind: 'support',
      text: HEAD + 'Members pay £5 towards the room each week.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: '£5' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a fee that covers a workbook still charges: "A $20 fee covers the workbook"',
      kind: 'support',
      text: HEAD + 'A $20 fee covers the workbook.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: '$20' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a set sum chipped in by everyone each week still charges: "Everyone chips in £5 each week"',
      kind: 'support',
      text: HEAD + 'Everyone chips in £5 each week towards the room.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: '£5' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'a set sum members are asked to contribute still charges: "asked to contribute $5 a week"',
      kind: 'support',
      text: HEAD + 'Members are asked to contribute $5 a week toward the room costs.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: '$5' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'ability said of setting up, in another clause, invites nothing: "Members pay £5 each week; please help set up the chairs if you can"',
      kind: 'support',
      text: HEAD + 'Members pay £5 each week; please help set up the chairs if you can.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: '£5' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'ability said of feedback or talk invites nothing: "please give feedback if you can"',
      kind: 'support',
      text: HEAD + 'Sessions cost $15, and please give feedback if you can.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: 'cost' }],
      suggestions: [HEAD + F + '\n'],
    },
    {
      name: 'contributing to the discussion is no contribution of money: "we hope you contribute to the discussion if you are able"',
      kind: 'support',
      text: HEAD + 'The fee is $12 a session, and we hope you contribute to the discussion if you are able.' + '\n',
      errors: [{ line: 5, severity: 'warning', source: 'fee' }],
      suggestions: [HEAD + F + '\n'],
    },
  ],
});
