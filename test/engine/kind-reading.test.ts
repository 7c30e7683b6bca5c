// How the kind is read from a page's own words, phrasing by phrasing: the classes seen on real
// group pages (team-written texts in their layouts, never copied sentences).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

interface Case {
  name: string;
  text: string;
  /** The kind read (null: none), when the case is about the kind. */
  kind?: 'support' | 'therapy' | null;
  /** Whether the page reads as group material at all. */
  material?: boolean;
}

/** One test a case: the page is read as group material or not, and of the kind, as the case says. */
function itReadsEach(cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const r = lint(c.text, { path: '/t.md' });
      if (c.material !== undefined) assert.equal(r.groupMaterial, c.material, `group material (${r.groupReason ?? r.notGroupReason ?? 'no reason'})`);
      if (c.kind !== undefined) assert.equal(r.kind, c.kind, `kind (evidence: ${r.kindEvidence.join(', ')})`);
    });
  }
}

const cases: Case[] = [
  // A peer group's own questions and answers, opening with a question about its groups by their own name, whose hosts say in the
  // first person plural that they give no clinical care ("we do not diagnose", "none of us is a licensed professional"): the group's
  // own page, not an explainer (see WE_GIVE_NO_CLINICAL_CARE). An explainer says so of such groups in the third person.
  {
    name: 'a peer group\'s own FAQ opening "What are Tidewater online support groups?" whose hosts say "we do not diagnose" is its page',
    text: 'What are Tidewater online support groups? Tidewater online support groups are video meetings where people living with chronic fatigue share how they cope and cheer each other on.\nThe meetings are run by peers. None of us is a licensed or trained professional, and we do not diagnose anyone or suggest treatments.\nDo I have to speak? No. You can listen the whole time, and you can join with a first name only.\nIs it private? Yes. What is said in a meeting stays there.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer asking "What are support groups?" that says such groups do not diagnose (third person) stays an explainer',
    text: 'What are support groups? Support groups bring together people facing the same illness or loss so they can share experiences.\nSupport groups do not diagnose anyone, and their leaders are rarely licensed professionals.\nMany hospitals and charities keep lists of groups near you.\n',
    material: false,
  },
  {
    name: 'an explainer asking "What are support groups?" that quotes a leader saying "we do not diagnose" stays an explainer',
    text: 'What are support groups? Support groups bring together people facing the same illness or loss so they can share experiences.\nOne organiser put it this way: "We do not diagnose anyone; we just listen."\nMany hospitals and charities keep lists of groups near you.\n',
    material: false,
  },
  // A group offered beside the page's own work ("we also provide…", "…too") is not what the page is.
  {
    name: 'a referral page for one-to-one therapy where "we also provide a parents\' support group" is no support group\'s page',
    text: "# Making a Referral\n\nHarbour Lane Centre sees children and young adults for one-to-one therapy.\nA therapy session costs £60, and we can talk with you about bursaries.\nEmail us for a referral form and our clinical team will reply.\nFor younger clients, we also provide a parents' support group alongside their child's sessions.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a counsellor\'s page on individual work that says "I facilitate a range of support groups and workshops too" is no group\'s page',
    text: '# Individual Counselling for Grief\n\nLosing someone can leave you isolated, and talking with a professional can help you make sense of it.\nIn one-to-one sessions we look at your loss at your own pace.\nI have counselled bereaved adults since 2004. I facilitate a range of support groups and workshops too.\n',
    material: false,
    kind: null,
  },
  {
    name: "\"We provide a parents' support group\" on the group's own page, with its meeting time, is that group's page",
    text: "# Parents' Circle at Harbour Lane\n\nWe provide a parents' support group for carers of children in our care.\nIt meets on the first Tuesday of each month at 6 pm in the garden room, and it is free.\nParents share what has helped them; it is not therapy.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"we also meet online" is still the group\'s own meeting',
    text: "# Harbour Parents' Circle\n\nOur parents' circle is a peer support group for families of children in care. We meet on the first Tuesday of the month at 7 pm in the Quay Street hall, and we also meet online on the third Tuesday.\n",
    material: true,
    kind: 'support',
  },
  // Members helping one another in the group, or running it, make it a peer group.
  {
    name: 'members helping in the group ("Members of the group can help you find tools that work") make a group of its own a peer group',
    text: '# Adult ADHD Meetup\n\nOur group is for adults with ADHD who want to get on top of daily life. We meet on the first Monday of the month at 7 pm in the Riverside library. Members of the group can help you find tools that work, and you report back at the next meeting.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"The group is run by its members" is run by its own members',
    text: '# Adult ADHD Meetup\n\nOur group is for adults with ADHD who want to get on top of daily life. The group is run by its members. We meet on the first Monday of the month at 7 pm in the Riverside library.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"group members give one another feedback" in a clinician-led group with a fee stays group therapy',
    text: '# Adult ADHD Group\n\nOur group is for adults with ADHD. It is led by a licensed psychologist and costs $40 a session, and group members give one another feedback. We meet on the first Monday of the month at 7 pm.\n',
    material: true,
    kind: 'therapy',
  },
  // A possessive "'s" is no "is" in a self-statement.
  {
    name: 'a possessive is no "is": "Beyond the counselor\'s guidance, peer support becomes…" on an explainer names no support group of its own',
    text: "# Healing Together\n\nGroup therapy brings people together to heal and grow with others who understand. Many clients find it eases loneliness.\n\nBeyond the counselor's guidance, peer support becomes a key part of the work.\n",
    material: false,
    kind: null,
  },
  {
    name: '"It\'s a peer support group" still says what the group is',
    text: "# Hope Circle\n\nIt's a peer support group for carers. We meet every Tuesday at 7 pm in the library.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"The group\'s a peer support group" still says what the group is',
    text: "# Hope Circle\n\nThe group's a peer support group for carers, and we meet every Tuesday at 7 pm in the library.\n",
    material: true,
    kind: 'support',
  },
  // Meeting a need is no meeting of a group.
  {
    name: 'meeting a need ("cannot always meet every need") is no meeting of the page\'s own group',
    text: '# Living With Aphasia\n\nRelatives cannot always meet every need a survivor has after a stroke.\n\nThe support group is a spot where survivors can speak openly without needing to explain themselves.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Few families can meet the demands of round-the-clock care" is no meeting either',
    text: '# Caring at Home\n\nFew families can meet the demands of round-the-clock care alone.\n\nThe support group is where carers find others who know what it is like.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same group with "We meet Thursdays at 6 pm in Room 4 of Elmhurst Library" is its own',
    text: '# Living With Aphasia\n\nThe support group is a spot where people can talk openly. We meet Thursdays at 6 pm in Room 4 of Elmhurst Library.\n',
    material: true,
    kind: 'support',
  },
  // A sentence that opens with a kind's name needs more than the word "sessions" to be the page's own group.
  {
    name: 'an explainer whose sentences open with "Group therapy" and whose only logistics word is "Sessions" is not a practice\'s own group',
    text: 'Caring for a parent with dementia can be lonely, and many carers put off asking for help.\n\nGroup therapy is one route worth knowing about. Let’s look at what it offers carers. Group therapy gives a calm space to talk without being judged.\n\nSessions last ninety minutes.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same words over "Our group meets on Wednesdays at 6pm for eight weeks" are the group\'s own',
    text: "# Carers' Therapy Group\n\nOur group meets on Wednesdays at 6pm for eight weeks. Group therapy gives a calm space to talk without being judged.\n\nSessions are run by licensed counsellors who know the strain carers face.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a sentence opening with "Group therapy" on a page that gives a day and a clock time is the practice\'s own group',
    text: 'Group therapy gives carers a calm space to talk without being judged.\n\nSessions run on Thursdays at 6 pm and are led by licensed counsellors.\n',
    material: true,
    kind: 'therapy',
  },
  // A kind's name inside an of-phrase subject is what the sentence is about, not the group it opens with.
  {
    name: 'a name inside an of-phrase subject ("The shape of Hillcrest\'s support groups has shifted") is no sentence opening with the group',
    text: '# Parent Circles – What a Decade Taught Us\n\nFamilies raising a child with a disability often feel cut off, and support groups serve several purposes for them (Hale, 2011).\n\nThe shape of Hillcrest’s support groups has shifted, year by year, towards a mix of short talks and open sharing.\n',
    material: false,
    kind: null,
  },
  {
    name: '"The history of the support groups in our county goes back to 1990" opens with a history, not with a group',
    text: '# Ten Years of Family Circles\n\nFamilies raising a child with a disability often feel cut off. The history of the support groups in our county goes back to 1990, when three mothers met over coffee.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Hillcrest\'s support group meets on the second Monday" still opens with the group',
    text: "# Hillcrest Parent Circle\n\nHillcrest's support group meets on the second Monday of each month at 7pm in the community hall. Parents share what has helped them and find friends who understand.\n",
    material: true,
    kind: 'support',
  },
  // Lines that are not the page's prose: a pasted menu's labels, a coursework cover's course line.
  {
    name: 'a site menu\'s label "Support group" among short menu lines does not make a group-therapy page name both kinds',
    text: 'Harbour Groups helps patients and doctors find group psychotherapy run by clinicians we work with across Nova Scotia.\n\nHome: Welcome\nSupport group\n\nIn group therapy, a handful of people meet weekly with a qualified group therapist, in confidence. Our groups usually run for 10 to 14 sessions of 90 minutes.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a heading "Support group" over the group\'s own words still names it a support group (not a menu)',
    text: 'Support group\n\nOur support group, free and peer-led, is for people living with tinnitus. We meet on the first Monday of the month at 7 pm in the Quay Street library.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a coursework cover\'s course line ("COUN610 Group Counseling, Spring 2025") does not make a support-group proposal name both kinds',
    text: '# Open Door \u2013 Support Group for Young Carers\nSam Reyes\nCOUN610 Group Counseling, Spring 2025\n\nThis support group gives young carers a safe place to talk about their lives and make friends who understand. It will meet weekly at the youth centre and will be free to attend.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a course named on a "Course:" line with its code in brackets is no more the group\'s kind than the code alone',
    text: '# Open Door \u2013 Support Group for Young Carers\nSam Reyes\nCourse: Group Therapy Methods (COUN610)\n\nThis support group gives young carers a safe place to talk about their lives and make friends who understand. It will meet weekly at the youth centre and will be free to attend.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a line that opens with a phone number ("Call 0800 \u2026") is no course code: its group therapy still counts',
    text: '# Riverside Support Group\n\nOur support group for carers is free and peer-led. We meet every Tuesday at 7 pm at the Mill Lane Hall.\n\nCall 0800 555 0100 to join our group therapy, which is led by a licensed psychologist and costs $40 a session.\n',
    material: true,
    kind: null,
  },
  // Words that are no group of the page's own: a thing of the site named for groups, a plan someone put to the writer.
  {
    name: '"the new online Group Noticeboard" of a network\'s site tells of no new group',
    text: "# Ideas Corner\n\nWelcome to the new online Group Noticeboard, where volunteers who run local clubs can swap activity ideas, photos and newsletters.\n\nLooking after your own wellbeing matters too: watch last year's talk on caring for yourself and your members, with a short relaxation taster.\n\nBrowse the tags to find ideas from memory cafés and stroke support groups in the network.\n",
    material: false,
    kind: null,
  },
  {
    name: '"this new group photo wall" is a thing of the site, not a new group',
    text: '# Ideas Corner\n\nShare your pictures on this new group photo wall, where volunteers who run local clubs post what they have been up to.\n\nBrowse the tags to find ideas from memory cafés and stroke support groups in the network.\n',
    material: false,
    kind: null,
  },
  {
    name: '"this new group for people caring for someone with dementia" is still a new group of the page\'s own',
    text: '# Ideas Corner\n\nWe are starting this new group for people caring for someone with dementia. Come along for tea, a chat and mutual support with others who understand.\n\nBrowse the tags to find ideas from memory cafés and stroke support groups in the network.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a letter asking advice, where a counsellor "suggested we start a brief group", has no group of its own',
    text: 'Dear Adviser: I am an experienced counsellor, and last spring my manager asked me to launch group therapy in our clinic. I have since told colleagues how much group therapy could help their clients. I also suggested we start a brief group for people waiting for a first appointment. How should I go about it?\n',
    material: false,
    kind: null,
  },
  {
    name: '"We are starting a brief therapy group" with its leader and dates is the group\'s own',
    text: '# Waiting List Group\n\nWe are starting a brief therapy group for people on our waiting list, led by a licensed psychologist. It runs for six weeks from 3 March.\n',
    material: true,
    kind: 'therapy',
  },
  // Where and how often a group meets, with its place, makes a page its notice, news report or not; play and hobby groups stay out.
  {
    name: 'a "private group chat" beside a circle of its own does not make it a hobby group: the page model still takes the circle in',
    text: "Willow Circle\nFor women widowed young\n\nAbout the Circle\n\nWillow Circle is for women who lost a spouse or partner before the age of 50. Most of us are raising children, holding down jobs and wondering why no one else our age seems to understand. Here, they do.\n\nWe meet on the third Sunday of each month, 4:00\u20136:00 pm, in the upstairs room at Fernwood Public Library.\n\nHow we meet\nThe circle is therapist-led. Our founder, Rachel Kim, LPC, lost her husband in 2016, and she directs each circle the way she runs a counseling session: she chooses the focus for the afternoon, guides each woman through her grief work, and decides when the conversation moves on.\n\nBetween meetings, members keep in touch through a private group chat for late-night messages and practical tips.\n\nCost\nComing to the circle is free. There's a jar for donations toward the room and the snacks if you'd like to chip in.\n\nWho can come\nAny woman widowed before 50, however recently or long ago. Children don't come to meetings, but we can share local options for grieving kids.\n\nTo join, email willowcircle@example.org and Rachel will send you details of the next meeting.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a news report that says where and how often the group meets ("will host the group on the second Tuesday of every month at the Brookside Community Centre") is the group\'s notice',
    text: 'Aunts, uncles and grandparents raising a relative\'s child in Eastbrook are to get a group of their own.\n\nKin Together will host the group on the second Tuesday of every month at the Brookside Community Centre, Station Road.\n\nThe charity was set up in 2016 by local grandfather Tom Reyes after he took in his two grandsons and found that relatives get little of the help foster carers receive. He said: "Thousands of children in this country live with family members, yet the law puts these families far behind, and help for the children can take years."\n\nThe charity is also working with a local university on new programmes for kinship families, and campaigns for the legal rights of carers and of children, many of whom lived through neglect, loss or trauma before they moved in. Mr Reyes added: "We are thrilled to start this support group, which will bring friendship to local kinship carers."\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a news report whose group "get together once a month at Hollins College" (its name as the subject) is the group\'s notice',
    text: '# Odd socks for awareness week\n\nLocal support group Families Facing Eating Disorders (FFED) joined a national odd-socks campaign last week. Members wore bright socks to work and held a cake sale.\n\nGroup leader Dana Price said: "An eating disorder touches the whole family."\n\nFFED get together once a month at Hollins College and help families across the borough.\n\nOrganiser Lee Marsh said: "Some of the young people affected are still at primary school."\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same report without the meeting stays a news report',
    text: '# Odd socks for awareness week\n\nLocal support group Families Facing Eating Disorders (FFED) joined a national odd-socks campaign last week. Members wore bright socks to work and held a cake sale.\n\nGroup leader Dana Price said: "An eating disorder touches the whole family."\n\nFFED also help families across the borough.\n\nOrganiser Lee Marsh said: "Some of the young people affected are still at primary school."\n',
    material: false,
  },
  {
    name: 'a news report whose group\'s "next meeting … is this Saturday at the Riverside Library" is the group\'s notice',
    text: '# Morning tea for endometriosis\n\nA local endometriosis support group is inviting women to a morning tea.\n\nAdvertisement\n\nGroup organiser Kate Lin said: "Many women wait years for a diagnosis."\n\nMember Jo Ray said: "Meeting others made all the difference."\n\nThe next meeting of the group is this Saturday at the Riverside Library from 10am.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a news report that says of the group\'s coming session "It will take place on 4 March from 7pm to 9pm" is the group\'s notice',
    text: '# Men\'s talking group to open in Ashby\n\nA new men\'s mental health group is inviting local men to its first evening of talks.\n\nAdvertisement\n\nFounder Sam Kerr said: "Too many men keep it all in until it is too late."\n\nVolunteer Ray Dunn said: "A walk and a chat can change a week."\n\nIt will take place on 4 March from 7pm to 9pm at the rugby club bar.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same report whose coming event has a date but no hours ("It will take place on 4 March"), or that is told in the past, stays a news report',
    text: '# Men\'s talking group to open in Ashby\n\nA new men\'s mental health group has been set up in Ashby by two friends.\n\nAdvertisement\n\nFounder Sam Kerr said: "Too many men keep it all in until it is too late."\n\nVolunteer Ray Dunn said: "A walk and a chat can change a week."\n\nIt took place on 4 March from 7pm to 9pm. A fundraising ball is planned too; it will take place on 9 May.\n',
    material: false,
  },
  {
    name: "a page that says where and how often its group meets is not overruled by the page model's reading of it as an article",
    text: "Aunts, uncles and grandparents raising a relative's child in Eastbrook are to get a group of their own.\n\nKin Together will host the group on the second Tuesday of every month at the Brookside Community Centre, Station Road.\n\nThe charity was set up in 2016 by local grandfather Tom Reyes after he took in his two grandsons and found that relatives get little of the help foster carers receive. Thousands of children in this country live with family members, yet the law puts these families far behind, and mental health help for the children can take years.\n\nThe charity is also working with a local university on new programmes for kinship families, and campaigns for the legal rights of carers and of children, many of whom lived through neglect, loss or trauma before they moved in. This support group will bring friendship to local kinship carers.\n",
    material: true,
    kind: 'support',
  },
  {
    name: "a dads' club whose groups are playgroups is not taken in as group material by the page model",
    text: "# Millbrook Home Dads\n\nCaring for the kids full time is hard work, and nearly every parents' group around Millbrook is made up of mums. We wanted somewhere dads are not the odd ones out, and this group gives fathers a chance to talk about the ups and downs of staying at home.\n\nPlaygroups run every week on Tuesday mornings and Thursday afternoons, and as our numbers have grown there are now extra playgroups on other days. Twice a year we all get together for a family picnic in Elm Park, which is an easy way for new members to meet everyone.\n\nNot a stay-at-home dad? Come along anyway. Be warned: most of a playgroup is spent tying laces, wiping noses and talking about football.\n",
    material: false,
  },
  // "Self-help" before "support group" is part of the name, not the verb "help support" ("we help support families").
  {
    name: 'a "self-help support group" names a support group',
    text: '# Hoarding Help Group\n\nThe Riverside self-help support group meets on the first Monday of each month at the library, 6-8 pm.\n',
    material: true,
    kind: 'support',
  },
  // A programme's groups for the people it names, meeting at a stated frequency ("Groups for both men and women run every week"),
  // on a treatment centre's page that says its method is "used individually and in group settings" (treatment, not an app's
  // "Group settings"): the centre's own group therapy.
  {
    name: 'a treatment centre\'s page whose "Groups for both men and women run every week", used "in group settings", reads as therapy',
    text: '# Seeking Safety at Harbour House\n\nHarbour House offers evidence-based therapy for people living with both trauma and substance use, at each of its three residential sites.\n\nGroup members told us that working on safety first made the rest of treatment possible, so the centre now offers Seeking Safety groups up to twice a week.\n\nGroups for both men and women run every week and are led by clinicians experienced in trauma, grief and addiction.\n\nSeeking Safety is an adaptation of Cognitive Behavioral Therapy (CBT) with twenty-five topics. It is used with residents individually and in group settings.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer\'s "Sessions take place every week with a therapist", of group therapy in general, is no group material',
    text: 'Group therapy is a form of psychotherapy. Sessions take place every week with a therapist. It can help with depression.\n',
    material: false,
  },
  {
    name: 'an app\'s "Group settings" are no group of care',
    text: '# Admin guide\n\nTo rename a team, open Group settings and type the new name. Group settings also hold the list of members and their roles.\n\nMembers of a group can post to its board.\n',
    material: false,
  },
  // An organisation's page on its own groups, told in the third person, that says plainly how they run ("These groups are
  // free, confidential and anonymous", "All sessions are free of charge"): its groups, though it reads word by word much like
  // an article on such groups. Groups spoken of in general ("Groups are led by a trained facilitator") or with a hedge are not.
  {
    name: 'a mental health association\'s page whose "groups are open" and "free, confidential and anonymous" reads as support',
    text: "# Peer Support Groups\n\nPeople who have lived through mental illness know things that no leaflet can teach. The Valley Mental Health Association brings them together in peer support groups for adults facing depression, anxiety, grief, loneliness or heavy drinking.\n\nThese groups are open: people may join when they are ready and leave when they wish. Members who know the local services well facilitate the groups, and each meeting leaves time for everyone who wants to speak.\n\nThese groups are free, confidential and anonymous. They offer practical information about community resources, company, and a place to be understood by people who have been there.\n\nFor the calendar and the locations, phone the association's office at 555-0142.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a hospital network\'s stroke page whose support groups\' "sessions are free of charge" reads as support',
    text: 'Living well after a stroke means more than physical recovery. Survivors and the people who care for them face changes in work, money, mood and family life, and how they cope with those changes matters for the whole household.\n\n## After a stroke\n\nThat is why the stroke centres of the Lakeside Health Network offer support groups for survivors and caregivers. There is growing evidence that meeting others in the same position helps survivors recover and helps caregivers cope.\n\nIn the groups, survivors and caregivers talk about communication, independence, changing roles and keeping up friendships.\n\nAll sessions are free of charge. Groups are available for people who have just had a stroke and for long-term survivors.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a caregivers\' explainer saying "Groups are led by a trained facilitator" of groups in general is no group material',
    text: '# Support Groups for Caregivers\n\nCaring for someone with a long illness can leave you worn out and alone. Many caregivers say that the hardest part is feeling that nobody understands what their days are like. A support group can help with that.\n\nSupport groups bring together people in the same situation to share experiences, practical tips and encouragement. Research has found that caregivers who take part report less stress and depression, and feel more confident in their role.\n\nGroups are led by a trained facilitator or by a member who has been through it. Meetings are held in hospitals, libraries and places of worship, and more and more often online, which suits caregivers who cannot leave home.\n\nNot every group suits every person. It is worth trying two or three before deciding. Ask your doctor, a hospital social worker or your local council about groups in your area, or search the national directories.\n',
    material: false,
  },
  {
    name: 'an explainer of both kinds saying "The sessions are led by a licensed therapist" and "The meetings are open to anyone" is no group material',
    text: '# Two Kinds of Groups\n\nPeople often use the two names for the same thing, but they are not the same.\n\n## Group therapy\n\nGroup therapy is a form of psychotherapy. The sessions are led by a licensed therapist, and members work on goals set at intake. Most groups charge a fee or bill insurance.\n\n## Support groups\n\nSupport groups are run by peers who share a condition or a loss. The meetings are open to anyone and there is usually no charge.\n\n## Which is right for you?\n\nIf you want treatment, ask about group therapy; if you want company and understanding, look for a support group.\n',
    material: false,
  },
  {
    name: 'a caregivers\' explainer saying "These groups are usually led by…" is no group material',
    text: '# Support Groups for Caregivers\n\nCaring for someone with a long illness can leave you worn out and alone. Many caregivers say that the hardest part is feeling that nobody understands what their days are like. A support group can help with that.\n\nSupport groups bring together people in the same situation to share experiences, practical tips and encouragement. Research has found that caregivers who take part report less stress and depression, and feel more confident in their role.\n\nThese groups are usually led by a trained facilitator or by a member who has been through it. Meetings are held in hospitals, libraries and places of worship, and more and more often online, which suits caregivers who cannot leave home.\n\nNot every group suits every person. It is worth trying two or three before deciding. Ask your doctor, a hospital social worker or your local council about groups in your area, or search the national directories.\n',
    material: false,
  },
  // A meeting that names its fellowship in brackets in its title.
  {
    name: 'a meeting listing titled "Tuesday Night Serenity Group (AA)" reads as support',
    text: "# Tuesday Night Serenity Group (AA)\n\nOpen discussion meeting. Tuesdays 7:30 pm, St. Luke's Parish Hall, basement. Newcomers welcome.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a state in brackets, "(CA)" or "(GA)", is no fellowship',
    text: '# Parent Circle (CA)\n\nParents meet on Tuesdays at 7:30 pm at the Oakland library to talk and share. Newcomers welcome.\n',
    kind: null,
  },
  // An organisation's description of its own groups: "Each group runs for 8 weeks, meets once a week".
  {
    name: 'a bereavement programme whose "peer support groups are open to anyone" and "each group runs for 8 weeks" reads as support',
    text:
      '# Adult Bereavement Program\n\nBereavement peer support groups are open to anyone in our community. Each group runs for 8 weeks, meets once a week, ' +
      'and is facilitated by trained volunteers. Stories are shared in a safe setting.\n',
    material: true,
    kind: 'support',
  },
  // Its own groups' size with a ceiling: "Each group has up to 7 members"; groups' usual size in general is no group of its own.
  {
    name: 'a practice\'s page whose "each group has up to 7 members" and interpersonal group psychotherapy model reads as therapy',
    text:
      '# Groups for New Parents\n\nThis page is for referrers. We run four ten-week terms a year. Each group has up to 7 members and is led by a perinatal ' +
      'psychotherapist with a second counsellor. The work draws on the interpersonal model of group psychotherapy.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: "each group limited to a maximum of eight clients, said in words, reads as the page's own therapy group",
    text: '# Evening Anxiety Group\n\nThis is group psychotherapy for adults. Each therapy group is limited to a maximum of eight clients, led by a clinical psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer saying "each group has no more than 10 members and meets weekly", of group psychotherapy in general, is no group material',
    text:
      '# What Is Group Psychotherapy?\n\nGroup psychotherapy is a form of treatment in which a therapist works with several people at once. Each group has no ' +
      'more than 10 members and meets weekly. Many people find it helps to hear others with similar struggles.\n',
    material: false,
  },
  {
    name: 'an explainer saying groups usually have six to ten members describes no group of its own',
    text:
      '# What Is Group Psychotherapy?\n\nGroup psychotherapy is a form of treatment in which a therapist works with several people at once. Groups usually have ' +
      'six to ten members and meet weekly. Many people find it helps to hear others with similar struggles.\n',
    material: false,
  },
  // A page that describes its own group and then, in a section headed by a line that sets the kinds side by side, explains
  // how the other kind differs, is judged as its own group: the section's names are the explanation's, not the page's offer.
  {
    name: 'a DBT skills group page with a "How is this different from a support group?" heading reads as therapy',
    text:
      '# Teen DBT Skills Group\n\nOur DBT skills group for teens meets on Tuesdays at 4 pm for 12 weeks, led by a licensed psychologist.\n\n' +
      '## How is this different from a support group?\n\nA support group is run by peers and is free. Support groups offer company; this group teaches skills as treatment.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a support group page whose closing question line asks how support groups and group therapy differ reads as support',
    text:
      '# Adoptee Teen Circle\n\nThe adopted teen support group meets every other Tuesday evening, for teens aged 13 to 18.\n\n' +
      'What is the difference between group therapy and a support group?\n\nGroup therapy is treatment led by a licensed therapist. Support groups are run by peers.\n',
    material: true,
    kind: 'support',
  },
  // A peer group that calls itself "a group of people who…", with meetings of its own, and no professional in it.
  {
    name: 'a hearing voices group ("We are a group of people who hear voices … Nobody here is a professional") reads as support',
    text:
      '# Hearing Voices Network — Riverside\n\nWe are a group of people who hear voices. We meet every other Wednesday at the Riverside Hub from 2 to 4 pm. ' +
      'Nobody here is a professional; we share what helps.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a project team that calls itself "a group of volunteers" and meets on Saturdays is no care group',
    text: '# Beach Clean-Up\n\nWe are a group of volunteers who clean the north beach. We meet every other Saturday at 9 am at the pier. Gloves are provided.\n',
    material: false,
  },
  // The host of a new group speaking of themselves as no clinician ("I'm not a professional, just a dad who has been there").
  {
    name: 'a forum post announcing a new group by a host who is "not a professional" reads as support',
    text:
      "# New group for dads after baby loss\n\nHi everyone, I'm starting a small group for fathers who have lost a baby. We'll meet on Zoom every other Sunday " +
      "evening starting June 2. I'm not a professional, just a dad who has been there. Message me if you'd like the link.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a psychologist\'s group that says "I am not a medical doctor" still reads as therapy',
    text:
      '# Anxiety Group\n\nI run a 10-week group for adults with anxiety at my practice. I am a licensed psychologist; I am not a medical doctor and cannot prescribe. ' +
      'Each session costs $60 and the group meets on Tuesdays at 6 pm.\n',
    material: true,
    kind: 'therapy',
  },
  // The writer's own time in a group, told in the past under a first-person title, is a story, not a group a reader can join.
  {
    name: 'a short story under "My Year in Therapy" ("we met every Thursday for 12 weeks and it cost $40") is no group material',
    text:
      '# My Year in Therapy\n\nLast year I started group therapy for the first time. I was nervous, but our therapist made everyone feel welcome. ' +
      'We met every Thursday for 12 weeks and it cost $40 a session.\n',
    material: false,
  },
  {
    name: 'a story under "What I Learned in a Grief Support Group", told in the past, is no group material',
    text:
      '# What I Learned in a Grief Support Group\n\nAfter my husband died, a friend took me to a grief support group at the hospice. We met on Monday nights. ' +
      'It was free, and nobody there was a therapist. I went for two years.\n',
    material: false,
  },
  {
    name: 'a founder\'s page under "My New Group for Moms" that goes on in the present ("we meet every Tuesday") is the group\'s own',
    text:
      '# My New Support Group for Moms\n\nI started this group because I felt alone after my baby was born. I was lucky to find other mothers who understood. ' +
      'We meet every Tuesday at 10 am at the library, and it is free.\n',
    material: true,
    kind: 'support',
  },
  // A software project's help page holds meetings too; it is no group of care.
  {
    name: 'a software README\'s "Support" section (open an issue on GitHub, join our Discord group, weekly triage at 5 pm) stays silent',
    text:
      '# Support\n\nFor support, open an issue on GitHub or join our Discord group. We meet weekly on Tuesdays at 5 pm UTC for triage. ' +
      'Contributions are free and welcome.\n',
    material: false,
  },
  {
    name: 'a peer support group that meets on its Discord server is still a support group',
    text:
      '# Night Owls\n\nNight Owls is a free peer support group for people living with insomnia and anxiety. We meet on our Discord server every Sunday at 9 pm. ' +
      'We are not therapists; this is not therapy.\n',
    material: true,
    kind: 'support',
  },
  // A head that offers the two kinds as a choice ("Support group or group therapy?") sets them side by side too.
  {
    name: 'a caregiver support group flyer with a "Support group or group therapy?" section reads as support',
    text:
      "# Caregivers' Circle\n\nA support group for family caregivers of people living with dementia. We meet on the first Monday of each month at 7 pm in the library.\n\n" +
      '- **Fee:** $15 per meeting\n- **Handouts:** worksheets on stress and coping each month\n\n' +
      '## Support group or group therapy?\n\nA support group is people with a shared experience helping one another. Group therapy is treatment led by a licensed clinician.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a therapy group page with an "Is this therapy or a support group?" heading reads as therapy',
    text:
      '# Anxiety Skills Group\n\nThis is group therapy for adults with anxiety, led by a licensed psychologist. We meet on Wednesdays at 6 pm for ten weeks.\n\n' +
      '## Is this therapy or a support group?\n\nSupport groups are run by peers and are free to join. Support groups offer company; this group is treatment.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a page with no group of its own under a "Peer support or counselling?" heading is a comparison, not a group',
    text:
      '# After a Diagnosis\n\n## Peer support or counselling?\n\n' +
      'A support group is run by peers and is usually free. Group counselling is led by a trained counsellor and is often paid for.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a page with no group of its own under a comparing heading is still a comparison, not a group',
    text:
      '# Finding Help After a Loss\n\n## Support group or group therapy: what is the difference?\n\n' +
      'A support group is run by peers and is usually free. Group therapy is treatment led by a licensed therapist and is usually paid for.\n',
    material: false,
    kind: null,
  },
  // A denial of medicine is not a denial of therapy: a clinical programme whose consultant "offers no medical treatment" at its
  // sessions is not thereby a support group (its kind is left to declare-kind); a circle that is "not therapy" still is one.
  {
    name: 'a pain programme run by clinicians where "no medical treatment is offered at the group sessions" is not read as a support group',
    text:
      '# Pain Management Programme\n\nOur Pain Management Programme is a group-based course for adults living with long-term pain. It is delivered by a team of clinicians: ' +
      'a clinical psychologist, a physiotherapist and a consultant. The programme is held over eight weekly sessions in groups of around ten people.\n\n' +
      'The consultant gives a talk on how chronic pain works; please note that no medical treatment is offered at the group sessions.\n\nReferrals come from your GP or hospital consultant.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a circle that says it is "not therapy and offers no medical treatment" still reads as support',
    text:
      '# Chronic Pain Circle\n\nA circle for people living with chronic pain to meet others who understand. We are not therapy and offer no medical treatment. ' +
      'We meet on the first Monday of each month at 7 pm at the library.\n',
    material: true,
    kind: 'support',
  },
  // News of one group's start is that group's material, however it is told (a reporter's words, quotes, no "our group").
  {
    name: 'a report that a group "is being founded" by someone, with its first gathering and a number to call, is group material of unclear kind',
    text:
      '# Carers to Get a Place of Their Own\n\nA group for parents and carers of disabled children is being founded in Alderton.\n\n' +
      'The group is being founded by youth worker Sam Okafor, who said carers often feel isolated and want to share what they are going through with others in the same situation.\n\n' +
      'The first gathering will be a picnic in the park in spring. For more information, contact Sam on 021 555 0144.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a parish that "launched a new bereavement group", hosted by volunteers, reads as a support group',
    text:
      "# St Brigid's Launches a Grief Group\n\nSt Brigid's parish launched a new bereavement group this autumn for anyone who has lost someone close. " +
      'Volunteers who have been bereaved themselves host it, and people share memories, worries and hopes.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'advice on how to start a group ("if you want to start a support group", "people who have started a group") is no group\'s start',
    text:
      '# Getting Started\n\nIf you want to start a support group, begin by finding two or three people who share your experience. Decide how often to meet and where.\n\n' +
      "People who have started a group say the hardest part is keeping it going after the first few months. You can ask a local library or church for a free room, and you should keep a list of members' phone numbers.\n",
    material: false,
  },
  {
    name: 'a "new study of support group members" is news of a study, not of a group',
    text:
      '# Carers and Stress\n\nA new study of support group members found that carers who attended regularly reported less stress and loneliness. The researchers followed 300 carers for a year.\n\n' +
      'The authors say more research is needed before such groups can be recommended to everyone who cares for a relative with dementia.\n',
    material: false,
  },
  {
    name: 'a title that is one group\'s name ("New Parents Group") over a line on when it meets needs no other sign of a group of its own',
    text: '# New Parents Group\n\nA group for new parents to meet each week.\n',
    material: true,
  },
  {
    name: 'a fellowship beyond the best-known ones ("Sex Addicts Anonymous", "SLAA meetings") describing its own meetings reads as support',
    text:
      'For Professionals\n\nWhat can your client expect at a first Sex Addicts Anonymous meeting? Our meetings open with a reading, and members share in turn. ' +
      'SAA meetings ask no dues or fees.\n',
    material: true,
    kind: 'support',
  },
  // Secular mutual-aid fellowships are fellowships too: a meeting of one is a support group.
  {
    name: 'a secular fellowship\'s own meeting ("LifeRing meetings at the Harbour Centre", "We meet on Tuesdays") reads as support',
    text:
      '# Tuesday Night Sober Meeting\n\nLifeRing meetings at the Harbour Centre are for anyone who wants to stay sober. We meet on Tuesdays at 7 pm. ' +
      'Every LifeRing meeting is led by a convenor who is in recovery too.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a women\'s sobriety fellowship\'s own meeting ("Women for Sobriety meetings at Ashcombe library") reads as support',
    text:
      '# Thursday Evening Women for Sobriety Group\n\nWomen for Sobriety meetings at Ashcombe library are for women who want a life free of alcohol. ' +
      'We meet on Thursdays at 7 pm in the upstairs room. Women for Sobriety groups are led by a trained moderator who is in recovery herself.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer of a secular fellowship, with its founding year and no meeting of its own, is not group material',
    text:
      '# Secular paths out of addiction\n\nLifeRing Secular Recovery was founded in 2001 as a non-religious alternative to the twelve steps. ' +
      'LifeRing meetings are held in many countries, and the organisation publishes workbooks for members. Critics say there is little research on its results.\n',
    material: false,
  },
  {
    name: 'a clinic\'s group that says it is "not a LifeRing meeting" is not read as support by the fellowship\'s name',
    text:
      '# Relapse Prevention Group\n\nThis is not a LifeRing meeting. It is a relapse prevention group led by our clinical psychologist, on Wednesdays at 6 pm, ' +
      'for clients in our outpatient programme.\n',
    material: true,
    kind: null,
  },
  {
    name: 'advice on choosing a group ("look for a group where…", "contact your social worker") with no group of its own is not group material',
    text:
      'Choosing a Group\n\nLook for a group where people share your situation. Ask whether sessions have a cost. ' +
      'Contact your hospital social worker for names of groups near you.\n',
    material: false,
  },
  {
    name: 'the same words from a service that speaks as the one offering the groups ("We offer a range of groups") are its groups',
    text:
      'Questions about Groups\n\nWe offer a range of groups each term. Look for a group where people share your situation; most people feel at ease ' +
      'within a few sessions. Contact the front desk with questions.\n',
    material: true,
  },
  {
    name: 'a notice of group therapy sessions "starting Monday" has a group of its own (a start date)',
    text:
      'New help for new mothers\n\nRiverside Hospital is offering individual and group therapy sessions starting Monday to mothers with postpartum depression. ' +
      'It takes most insurance.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a list typed with bullet characters under "What the group is not:" is what the lead denies ("• Therapy group"): the kind stays support',
    text:
      'Widows Support Circle\n\nOur support circle meets at 10 am on the second Monday of the month in the parish hall.\n\n' +
      'What the circle is not:\n\n  • A lecture\n  • Therapy group\n  • A prayer meeting\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a clinic's own groups, named only as therapy, stay its own when the page also denies therapy in another sense",
    text:
      "Toddler Parenting Groups\n\nThe psychology division at Riverside Children's offers many therapy groups for parents and children, including our toddler " +
      'parenting groups. Each of our toddler parenting groups runs for eight weeks. A diagnosis is not needed before individual therapy is tried.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a "Group Contract" of what members agree to, for a therapy group, is that group\'s material',
    text:
      'Group Contract\n\nWhat do you agree to when you join the group?\n\n1. To come each week and stay to the end.\n2. To work on what brought you to the group.\n3. To pay your bill.\n\n' +
      'I look forward to your joining group therapy.\n',
    material: true,
    kind: 'therapy',
  },
  // Lines and subjects met on the twelfth set's pages.
  {
    name: '"Peer led recovery groups offer…" speaks of such groups in general, as "Support groups offer…" does',
    text: 'Peer led recovery groups offer a steady way back for people after treatment. Peer led groups work best when members set their own agenda.\n',
    material: false,
  },
  {
    name: 'a short line where the name is not the last words ("What to weigh (peer-led or professional)") is no group\'s name',
    text: 'Finding a group near you takes a few calls.\n\nWhat to weigh (peer-led or professional)\n\nAsk who runs the meetings and whether there is a cost. Ask how many people usually come.\n',
    material: false,
  },
  {
    name: 'the bare plural as a line ("Caregiver Support Groups") over general advice is a topic\'s heading',
    text: 'Looking After Yourself\n\nCaregiver Support Groups\n\nGroups can help you trade ideas with others who care for someone. Ask your doctor or a local charity which ones are near you.\n',
    material: false,
  },
  {
    name: "the bare plural as a line over a practice's own groups, with a contact, still heads those groups",
    text: 'Separation Support Groups\n\nOur groups for people going through a separation meet on Thursday evenings. Call Ana Ruiz, LICSW, at 555-0142 to join.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a name line with a qualifier after it ("Winter Group Therapy for Teens") still heads that group',
    text: 'Winter Group Therapy for Teens\n\nGroups help teens practise new skills with peers in a structured room. Sessions start in January.\n',
    material: true,
    kind: 'therapy',
  },
  // Titles and shapes met on the eleventh set's pages.
  {
    name: '"Group Therapy in Elmfield Centre" names where the practice\'s own groups meet, not a listing of groups in a place',
    text: '# Group Therapy in Elmfield Centre\n\nIn Elmfield Centre we run several therapy groups in our group room, each with two psychotherapists.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Group Therapy in Elmfield" is still a listing of groups in a place',
    text: '# Group Therapy in Elmfield\n\nGroup therapy can help with many problems. Several practices in the town offer groups.\n',
    material: false,
  },
  {
    name: '"The Steps to Start a Support Group" heads a guide, not a group\'s page',
    text: 'The Steps to Start a Support Group\n\nStarting a support group takes a room and a few people who share a loss. You will need to decide how often to meet.\n',
    material: false,
  },
  {
    name: 'a chapter\'s FAQ: "our meetings" with their length and frequency ("The monthly meeting lasts about 90 minutes") are its own group',
    text: 'Frequently Asked Questions\n\nOur meetings offer bereaved parents a safe place to talk about their grief with others who understand. The monthly meeting lasts about 90 minutes.\n',
    material: true,
  },
  {
    name: 'a group of its own with no kind named ("Our psychodrama group is a closed group … new participants") is group material of unclear kind',
    text: '# Psychodrama\n\nOur psychodrama group is a closed group that opens to new participants twice a year, so members can build trust and work on grief and anxiety together.\n',
    material: true,
    kind: null,
  },
  {
    name: '"our group" of a project that is no care group is not group material',
    text: '# Parser\n\nOur group maintains this parser. New members are welcome to send patches and report bugs.\n',
    material: false,
  },
  {
    name: 'the same length said of meetings in general is no group of its own',
    text: 'Frequently Asked Questions\n\nGrief groups offer bereaved parents a safe place to talk. Meetings usually last about 90 minutes.\n',
    material: false,
  },
  // A practice speaking of its own group therapy, and the kind in general.
  {
    name: '"Group therapy gives…" at a sentence\'s start opens the page\'s own group (practices write of their service so)',
    text: '# Groups at Harbour Counselling\n\nGroup therapy gives clients a place to work on what troubles them alongside others. Groups run for ten weeks with two of our therapists.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same opening on a page with nothing of its own (no "we" or "our", no meeting, sign-up, fee, length or contact) is an explainer',
    text:
      'Posted 4 May 2021\n\nGroup Therapy\n\nYour doctor might suggest group therapy. Group therapy brings several people together with a trained ' +
      'counsellor, who helps them talk about what they are going through. It is not the same as a self-help group, where members lead themselves.\n',
    material: false,
  },
  {
    name: "an overview of other organisations' support groups, each opening by its name, with nothing of the page's own is not group material",
    text:
      'Peer Support for Eating Disorders\n\nPeer support groups can matter a great deal in recovery. The Harrow Recovery Network Peer Support Groups are ' +
      'online and cost nothing. Family Circle Support Groups, run by the Linden Foundation, are for parents and partners.\n',
    material: false,
  },
  {
    name: 'the same opening with one word of the page\'s own ("our counsellors") is the page\'s group',
    text: 'Group Therapy\n\nGroup therapy brings several people together with one of our counsellors, who helps them talk about what they are going through.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same opening with a length ("runs for eight weeks") is the page\'s group',
    text: 'Group Therapy\n\nGroup therapy brings several people together with a trained counsellor. The group runs for eight weeks.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a school\'s page saying its counselling groups "are held during lunch" holds groups of its own',
    text:
      'Small Group Counselling\n\nDuring the year, pupils may take part in small group counselling. Groups are held during lunch so nobody misses lessons, ' +
      'and a parent must give permission.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a group\'s own name, defined ("Harbour Teens Group is a twelve-week program") with DBT skills, is a group of its own and reads as therapy',
    text:
      'Harbour Teens Programme (Ages 13-17)\n\nHarbour Teens Group is a twelve-week program for teenagers and a parent. Families learn DBT skills ' +
      'together: mindfulness, distress tolerance and emotion regulation.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the kind defined in lower case ("a skills group is a class…") is the kind in general, not a group\'s own name',
    text: 'Learning new skills\n\nA skills group is a class where people learn DBT skills. Many clinics run one.\n',
    material: false,
  },
  {
    name: 'meetings of its own, at a time, for "a warm, supportive environment" where members "share experiences", are group material',
    text:
      'Chapter Meetings\n\nWe meet on the first Thursday of the month from 7:00 pm to 8:30 pm on Zoom. Our meetings offer a warm, supportive ' +
      'environment for adults who stammer, and members share experiences and tips.\n',
    material: true,
  },
  {
    name: "a book club's meetings at a time, however supportive, are not a care group",
    text: 'Book Club\n\nWe meet on the first Thursday of the month at 7 pm. Our meetings offer a warm, supportive environment for readers.\n',
    material: false,
  },
  {
    name: 'an explainer of a fellowship ("Al-Anon is…", "Al-Anon meetings are…") with nothing of the page\'s own is not group material',
    text:
      'Help for Families\n\nAl-Anon is a fellowship for relatives and friends of people who drink. Al-Anon meetings are held in many towns, ' +
      'and Alateen is its programme for younger members.\n',
    material: false,
  },
  {
    name: 'the same fellowship speaking of "our meetings" describes its own',
    text: 'Harbour Al-Anon\n\nAl-Anon is a fellowship for relatives and friends of people who drink. Our Al-Anon meetings are open to anyone affected.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a plural ("Therapy groups are…") is still the kind in general',
    text: '# Finding Your Feet\n\nTherapy groups are one option among many. Ask your doctor which might suit you.\n',
    material: false,
  },
  {
    name: '"Support groups help. Group therapy helps too." weighs both kinds in general: no kind is read',
    text: '# Where to Turn\n\nSupport groups help many people. Group therapy helps others. Your doctor can tell you more.\n',
    material: false,
  },
  {
    name: 'the object of "for" is a topic: "Coverage for group therapy is…", "The amount you pay for group therapy…"',
    text: '# Paying for Care\n\nCoverage for group therapy is set by each plan. The amount you pay for group therapy depends on your deductible.\n',
    material: false,
  },
  {
    name: 'the object of "than" is a topic: "more intensive than support groups"',
    text: '# Paying for Care\n\nBereavement counselling is more intensive than support groups and tailored to you.\n',
    material: false,
  },
  {
    name: 'a modal or a word of frequency makes it the kind in general: "Group therapy can bring…", "Sometimes group therapy is…"',
    text: '# Paying for Care\n\nGroup therapy can bring a lot of feedback. Sometimes group therapy is more effective than talking alone.\n',
    material: false,
  },
  {
    name: 'the same words with a group of its own still read as group material',
    text: '# Tuesday Anxiety Group\n\nGroup therapy can bring a lot of feedback. Our group meets on Tuesdays at 6 pm with a licensed psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  // A method's group, and who runs it.
  {
    name: '"The DBT skills group has been adapted…" as the subject opens the page\'s own group therapy',
    text: '# Teen Programme\n\nThe DBT skills group has been adapted to the needs of teenagers. Group members learn to notice and name feelings. Each term runs 12 weeks with a licensed therapist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"The second part of DBT is the weekly skills group" describes the method, not a group of the page',
    text: '# Paying for Treatment\n\nThe second part of DBT is the weekly skills training group, which works like a class. Prices vary by city.\n',
    material: false,
  },
  {
    name: '"The current group will be run by a psychotherapist" with DBT words is group therapy',
    text: '# Teen DBT\n\nDBT teaches skills for strong feelings. The current group will be run by a psychotherapist and will focus on getting along with others.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a page that names group therapy three times, as what it offers, is group therapy material',
    text: '# How does it work?\n\nGroup therapy usually brings together six to eight people with one or two therapists. In group therapy, members help decide what each session focuses on. The benefits of group therapy include honest feedback.\n',
    material: true,
    kind: 'therapy',
  },
  // Questions that take the kind as given, or not.
  {
    name: '"Is this grief therapy group right for me?" names the page\'s own group therapy, even beside grief support groups',
    text: '# New group beginning in March\n\n(Mondays 6:30 to 8 pm)\n\nIs this grief therapy group right for me?\n\nGrief support groups are usually open to anyone at any time. This group is closed after the second week.\n',
    kind: 'therapy',
  },
  {
    name: '"Is a support group right for me?" takes nothing as given',
    text: '# Finding Help\n\nIs a support group right for me? Many people find one helpful.\n',
    material: false,
  },
  // Support named as a benefit, pronouns, titles.
  {
    name: '"group discussions to foster learning and peer support" in an ACT group does not make it a support group',
    text: '# ACT for Chronic Pain\n\nAcceptance and Commitment Therapy (ACT) helps people live well with pain. This group helps you build a life around your values. The program includes group discussions to foster learning and peer support.\n',
    kind: 'therapy',
  },
  {
    name: '"We offer peer support for new parents" still names the kind',
    text: '# New Parents\n\nWe offer peer support for new parents every Friday at 10 am in the library. It is free.\n',
    kind: 'support',
  },
  {
    name: '"Support Groups" over general sentences, with no group of its own and no logistics, is an article',
    text: '# Support Groups\n\nDementia caregiver support groups bring together people who look after someone with memory loss. These are places to listen and share.\n',
    material: false,
  },
  {
    name: '"Support Groups" over a group of its own is that group\'s page',
    text: '# Support Groups\n\nOur caregiver support group meets on the first Monday of each month at 6 pm. Everyone is welcome.\n',
    kind: 'support',
  },
  {
    name: '"This is where support groups come in" is a pronoun before a verb, not a group of the page\'s own',
    text: '# Life After Stroke\n\nRecovery can feel lonely. This is where support groups come in: survivors who understand can share what helped them.\n',
    material: false,
  },
  // Support in other words, and denials in other words.
  {
    name: 'a group of its own "completely facilitated by peers", with no kind named and no clinical sign, reads as support',
    text:
      '# Voices Group\n\nHearing voices groups are open spaces for people who hear voices to come together. ' +
      'This group is completely facilitated by peers. No clinicians take part. Speaking is optional.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group of its own with no kind named, a sign of support ("Fee: none") and one clinical sign (a psychologist leads it) stays unclear',
    text: '# Carers Circle\n\nThis group meets on the second Tuesday at 1 pm so carers can share their journey. Leader: a clinical psychologist. Fee: none.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a group of its own with no kind named, "Fee: none" and no clinical sign at all reads as support',
    text: '# Carers Circle\n\nThis group meets on the second Tuesday at 1 pm so carers can share their journey and questions. Fee: none.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"run entirely by members of the board" is no group of care',
    text: '# Annual Report\n\nThe survey was run entirely by members of the board. Results are below.\n',
    material: false,
  },
  {
    name: '"Our group is a gathering of peers…" says it is a support group',
    text: '# Wednesday Meetings\n\nOur group is a gathering of peers who share experiences and coping strategies. Meetings start at 6:30 pm on Wednesdays.\n',
    kind: 'support',
  },
  {
    name: '"not a substitution for seeking professional assistance" is a support group\'s denial',
    text: '# Happy on the Outside\n\nThis group is for people who smile through depression. We meet monthly to share our stories. This group is not a substitution for seeking professional assistance.\n',
    kind: 'support',
  },
  {
    name: 'group therapy named with its creative method between the words ("Group Drama Therapy") is group therapy',
    text: '# Group Drama Therapy for Teens\n\nEight weekly sessions on Tuesdays, 4 to 5:30 pm, for young people aged 13 to 16 who find it hard to speak up. Places are limited; ask your school counsellor for a referral.\n',
    kind: 'therapy',
  },
  {
    name: 'group therapy named with its method in a sentence ("Our group play therapy for children") is group therapy',
    text: '# Spring groups\n\nOur group play therapy for children aged 5 to 8 runs on Saturday mornings at 10 am from March. Call the clinic to book an assessment.\n',
    kind: 'therapy',
  },
  {
    name: 'a group named in capitals, its method\'s initials in brackets, defined as "a structured environment" is a group of its own',
    text: 'Description: Adolescent Dialectical Behavior Therapy (DBT) Skills Group is a structured environment where young people practise riding out strong emotions, staying present and asking for what they need.\n',
    kind: 'therapy',
  },
  {
    name: 'a group\'s name defined with two descriptions joined by "and" ("GAIA is a gender-affirming and arts-based therapy group") is its own',
    text: 'Description:\n\nGAIA is a gender-affirming and arts-based therapy group for trans and non-binary youth. Over four weekly sessions, members explore identity through art.\n\nMaximum 5 young people.\n',
    kind: 'therapy',
  },
  {
    name: 'another service joined before the article ("Counselling and a peer support group are…") is no self-statement of the group',
    text: 'Description:\n\nCounselling and a peer support group are both available to families here. Call us to ask.\n',
    material: false,
  },
  {
    name: 'a folder\'s README naming the flyers kept in it ("support group flyers (free, peer-hosted groups)") names no group of its own',
    text: "# Group materials: shared folder\n\nThis folder holds the practice's group flyers.\n\n- `flyers/support/`: support group flyers (free, peer-hosted groups)\n- `flyers/therapy/`: therapy group handouts and flyers\n\nAsk Noemi to sign off before printing (555-0140).\n",
    material: false,
  },
  {
    name: "a research summary by its title is writing about groups, however much it reads like a group's page",
    text:
      '# Research Summary: Group CBT for Low Mood\n\nShould the service offer more group CBT for low mood in adults, and in what form?\n\n' +
      '- **Effect.** Across the trials we read, group CBT did better than waiting lists and about as well as one-to-one work. Adults who attend a group every week for ' +
      'eight to twelve sessions do as well as those seen alone.\n- **Leaders.** Groups led by clinicians with CBT training and supervision did best; each session ' +
      'ran about two hours, and members came back each week to practise.\n- **Drop-out.** Members were more likely to stay when they met a leader before the ' +
      'first session and knew what to expect. Please come with questions.\n\n## What it means for us\n\nOffer group CBT as a first step for adults with mild ' +
      "to moderate low mood who are willing to attend a group. Invest in meeting each member before the group starts, and protect the leaders' supervision time.\n",
    material: false,
  },
  {
    name: 'a flyer that apologises for a room change and gives the "Next meeting:" is no meeting\'s minutes',
    text:
      '# Grief Circle\n\nThis is a peer support group for bereaved parents, not therapy. It is free.\n\n' +
      'The room has changed this month. Apologies for the short notice.\n\nNext meeting: Tuesday 5 May, 7 pm, Room 2 at the library.\n',
    kind: 'support',
  },
  {
    name: 'the kind in general, in title case ("A Support Group Is A Safe Place"), is no group\'s own name defined',
    text: '# Why people join\n\nA Support Group Is A Safe Place where people living with the same illness share what helps. Any Support Group is a place to be heard.\n',
    material: false,
  },
  {
    name: 'a course that says what it is ("It is a 6 week course"), run in a group setting on a clinical method, is group material',
    text: 'It is a 6 week course that draws on cognitive behavioural therapy to help with low mood. Each session lasts two hours and is delivered in a group setting. On the first evening of the course everyone gets a workbook to use at home between sessions.\n',
    material: true,
  },
  {
    name: 'a clinic\'s course taught "in a small group of up to eight" by a clinical psychologist is group therapy that does not say so',
    text:
      '# The Steady Ground Course\n\nOur Steady Ground Course is a six-week programme for adults living with panic. Working in a small group of up to eight people, ' +
      'you will learn how panic builds and practise ways to ride it out.\n\n- **Led by:** Dr Ana Reyes, Clinical Psychologist\n- **When:** Tuesdays 6 to 8 pm from 4 March\n' +
      '- **Fee:** $480 for the course\n\nEmail us to book a short assessment before the course starts.\n',
    kind: 'therapy',
  },
  {
    name: 'a practice\'s consent form, in the member\'s own voice ("I understand…", "I agree…"), is the group\'s own material, however much it reads like writing about therapy',
    text: "# Informed Consent for Group Therapy Services\n\nLarchmont Behavioral Health \u00b7 Outpatient Programs\n\nPlease read and initial each section.\n\n**About group therapy.** I understand that I am enrolling in group therapy, a form of psychotherapy in which a licensed clinician (LCSW, LPC, LMFT, or psychologist) treats several clients together. Group therapy can bring strong feelings, disagreement between members, and discomfort as well as benefit. ____\n\n**Fees and billing.** Group sessions are billed to my insurance under my plan's outpatient mental health benefit. I am responsible for any copay, coinsurance, or deductible, and for a $25 fee for sessions missed without 24 hours' notice. ____\n\n**Clinical records.** My group clinician will write a progress note after each session I attend. These notes become part of my Larchmont medical record. ____\n\n**Confidentiality and its limits.** Larchmont staff will keep my information private except where the law requires or permits disclosure, including: risk of serious harm to myself or others, suspected abuse or neglect of a child or vulnerable adult, a valid court order, or billing my insurer. I understand that Larchmont cannot guarantee that other members will keep what I say private, and I agree to keep other members' identities and disclosures confidential. ____\n\n**Participation.** I choose what and how much I share. I agree not to attend under the influence of alcohol or drugs and not to record sessions. ____\n\n**Ending group.** I may stop at any time and will try to tell the group first. ____\n\nClient name ________________ Signature ________________ Date ________\n",
    kind: 'therapy',
  },
  {
    name: 'meetings spoken of by their own name, again and again ("Sunday Circle meetings"), free and not counselling, are a support group\'s',
    text:
      'Harbour Carers\n\nSunday Circle meetings: your questions answered\n\nWhat are Sunday Circle meetings?\nRelaxed get-togethers for people caring for a partner or parent, to talk and swap tips over tea.\n\n' +
      'When are they?\nThe first Sunday of each month, 2 to 4 pm, at the Harbour Carers office.\n\nIs it counselling?\nNo. Sunday Circle meetings are not counselling or therapy, and it costs nothing to come.\n',
    kind: 'support',
  },
  {
    name: "a tenants' forum's named meetings are no group of care",
    text: 'Riverside Tenants Association\n\nTenant Forum meetings\n\nTenant Forum meetings are held on the first Monday of each month at 7 pm in the community hall. Tenant Forum meetings discuss repairs, rent reviews and the garden rota. Minutes are posted on the noticeboard.\n',
    material: false,
  },
  {
    name: 'a get-together of its own defined at a sentence\'s start ("A monthly get-together for anyone affected by cancer"), hosted by peers, is a support group\'s page',
    text: 'Living Well Together\n\nA monthly get-together for anyone affected by cancer, hosted by volunteers who have had cancer themselves. Last Thursday of every month, 2 to 4 pm, in the Wellbeing Centre. No need to book and no charge.\n',
    kind: 'support',
  },
  {
    name: 'a get-together suggested to the reader ("Consider a monthly get-together for carers run by your local council") is none of the page\'s own',
    text: 'Why carers need a break\n\nCarers often go without rest. Consider a monthly get-together for carers run by your local council, or ask your doctor about respite. Most areas have one on a weekday at 2 pm.\n',
    material: false,
  },
  {
    name: 'a hospital psychology service that runs its own programmes "for small groups of patients", led by clinical psychologists, is group therapy that does not say so',
    text:
      'Clinical Health Psychology\n\nGroup programmes\nWe run two programmes for small groups of patients:\n\nSteady Steps\nA six-week programme for adults with long-term pain, run by a clinical psychologist and a physiotherapist. ' +
      'Groups of up to eight meet on Wednesday afternoons.\n\nHow to be referred\nAsk your consultant or GP to refer you.\n',
    kind: 'therapy',
  },
  {
    name: 'a contracted denial ("we don\'t offer counselling, therapy or professional advice") says what the group is not, not that it is therapy',
    text: "# Hope Harbor Fellowship\n\nOur meetings are for anyone who wants to stop gambling. We meet every Thursday at 7 pm in the library. We have no professional leaders, and we don't offer counselling, therapy or professional advice.\n",
    kind: 'support',
  },
  {
    name: 'a group agreement that denies a separate service ("Members do not see Dana for individual therapy") does not deny that the group is therapy',
    text:
      "Group Agreement: Tuesday Women's Group\n\nDana Ruiz, LCSW, leads the group and keeps a short clinical note on each session. She will not share what you say outside the practice except where the law requires it. " +
      'Members do not see Dana for individual therapy while the group is running. The group fee is $50 per session.\n\nMember signature: ________ Date: ______\n',
    kind: 'therapy',
  },
  {
    name: '"Our coffee mornings are open to anyone who has been bereaved", not counselling and free, are a support group\'s own meetings',
    text:
      'Bereavement Coffee Mornings\n\nSecond Friday of every month, 10 to 11.30 am, at the hospice day centre.\n\nOur coffee mornings are open to anyone who has been bereaved. ' +
      'Come for a hot drink and meet others who have lost someone. They are a social time, not counselling sessions, and there is no cost.\n',
    kind: 'support',
  },
  {
    name: 'a page that says of one of its groups "this is group therapy" and of another "it is a peer support group" has no one kind',
    text:
      '# Groups at Birch Lane Counselling\n\nThe Thursday Process Group: this is group therapy, led by Sam Lee, LPC, for eight weeks at $45 a session.\n\n' +
      'The Monday Circle: it is a peer support group, not therapy, hosted by volunteers and free.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a course for counsellors on running groups is no group of its own',
    text: 'This is a two-day course for counsellors who want to start running groups. It covers screening, ground rules and how therapy groups are delivered in a group setting with co-facilitators. The course fee includes lunch.\n',
    material: false,
  },
  {
    name: 'a "Skills-training Group" named with its method is group therapy',
    text: '# Teen Dialectical Behavior Therapy Skills-training Group\n\nTeens learn to handle strong feelings and get along with others. Group members practise each skill between sessions.\n',
    kind: 'therapy',
  },
  {
    name: 'a title that gives a session\'s length in minutes ("meets twelve times for 90 minutes") is no title of minutes',
    text: '# This group meets twelve times for 90 minutes each week\n\n- help with staying on track after a relapse\n- small numbers, the same members each week\n\nThursdays, 6 to 7:30 pm, at the Riverside Community Centre. Call 555-0142 to ask about a place.\n',
    material: true,
    kind: null,
  },
  {
    name: 'the minutes of a meeting stay minutes',
    text: '# Minutes of the March support group meeting\n\nPresent: six members and the facilitator. The group agreed to move the April meeting to the library. The facilitator reported that the phone list is up to date.\n',
    material: false,
  },
  // Titles of writing that is not a group's own: a template, a manual, a cost guide, a study, an organisation's help for groups.
  {
    name: "a county resource guide listing several organisations' groups, one a therapy group, is no group's page (and raises no conflict)",
    text:
      '# Hollis County Resource Guide: Support and Counselling Groups\n\n| Group | Run by | When | Cost |\n|---|---|---|---|\n' +
      "| Parkinson's Support Group | Hollis PD Friends | 1st Saturday, 10 am | Free |\n| Adult Grief Therapy Group | Birch Counselling | Thursdays, 6 pm | $45 a session |\n" +
      "| Widowed Friends | St Anne's Hospice | 2nd Tuesday, 2 pm | Free |\n\nCall each group before you go; times change.\n",
    material: false,
  },
  {
    name: 'a volunteer role description for a support group is no flyer of the group',
    text: '# Volunteer Opportunity: Support Group Co-Facilitator\n\nHelp our lead facilitator welcome carers to a free monthly support group. Two hours a month; training given.\n',
    material: false,
  },
  {
    name: "a community centre's room hire page, with rates for support groups, is no group's page",
    text: 'Room Hire\n\nThe Garden Room holds 30 and costs £15 an hour. Support groups and charities pay half rate. Book at least a week ahead; keys from reception from 9 am.\n',
    material: false,
  },
  {
    name: "a template's title",
    text: '# Group Therapy Consent Form Template\n\nGroup therapy is offered weekly by a licensed counselor. The fee is $[amount] per session.\n',
    material: false,
  },
  {
    name: "a cost guide's title",
    text: '# DBT Group Therapy Costs in 2026\n\nGroup therapy is usually cheaper than individual sessions, from $40 to $90 a session with a licensed therapist.\n',
    material: false,
  },
  {
    name: "a study's title",
    text: '# Online Twelve-Step Meetings During Lockdown: a Study of Members\n\nOur support group members were interviewed about meeting online every Tuesday.\n',
    material: false,
  },
  {
    name: "an organisation's help for groups",
    text: '# How we help cancer support groups\n\nWe help new support groups find a room and train their leaders. Call our coordinator on Mondays.\n',
    material: false,
  },
  {
    name: 'a directory by postcode: "Support Groups in 98126"',
    text: '# Support Groups in 98126\n\nGrief Circle: a free peer support group, Mondays 6 pm. New Moms Group: a support group for new mothers, Fridays 10 am.\n',
    material: false,
  },
  {
    name: 'with no heading, a short first line run into the text is read as the title',
    text: 'Group Therapy Consent Form Template\nUse this form with your clients. Group therapy is offered weekly by a licensed counselor for $60 a session.\n',
    material: false,
  },
  {
    name: 'a flyer whose first line runs into its text is still a flyer',
    text: 'Tuesday Anxiety Group\nThis is group therapy led by a licensed psychologist, 10 weeks, $50 a session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a page titled with both kinds side by side is still a comparison',
    text: '# Support Group or Group Therapy?\n\nA support group is led by peers and is free. Group therapy is a clinical service run by a licensed therapist, usually for a fee.\n',
    material: false,
  },
  // A group's own meetings, never named by kind: when they are and what they are for.
  {
    name: "an association's own meetings with a date and words of care are group material, though no kind is named",
    text: "# Monthly Meetings\n\nOur meetings are held on the first Sunday of the month at 2 pm in the hospital's conference room. Members share how they are coping after surgery.\n",
    material: true,
  },
  {
    name: '"We meet every other Thursday at 6:30 pm" with words of grief is group material',
    text: 'Widowed parents in the valley: we meet every other Thursday at 6:30 pm at the library to talk through grief and the everyday.\n',
    material: true,
  },
  {
    name: "a book club's meetings are not a care group, whatever the words",
    text: '# Book Club\n\nOur meetings are on the first Monday at 7 pm. This month we read a memoir about grief.\n',
    material: false,
  },
  {
    name: 'an article on meetings in general (no "our", no "we meet") stays an article',
    text: '# What Happens at a Grief Meeting\n\nMany meetings are held on the first Sunday of the month. People share how they are coping.\n',
    material: false,
  },
  // A group named by the difficulty it is for, never by kind, with its logistics.
  {
    name: 'a hospice\'s "community grief groups" held on Tuesdays, 5–6 p.m., with a number to sign up: group material of unclear kind',
    text: "The hospice's bereavement team will hold two community grief groups this spring. Meetings take place 5-6 p.m. on the first four Tuesdays of March. To sign up, call the office.\n",
    material: true,
    kind: null,
  },
  {
    name: 'a "caregivers group" on the second Monday at 10 am is group material',
    text: '# Caregivers Group\n\nA caregivers group gathers on the second Monday at 10 am in the parish hall. Come as you are.\n',
    material: true,
  },
  {
    name: 'grief groups spoken of with no date, time or sign-up stay an article',
    text: '# When Loss Comes\n\nMany hospices run grief groups. They can help people feel less alone.\n',
    material: false,
  },
  // Encyclopaedia and dictionary entries: the kind's bare name in sentence case heads them.
  {
    name: 'an entry headed "Support group" (sentence case) that defines the kind is not group material',
    text: 'Support group\n\nIn a support group, members give one another help that is usually not professional. Groups may meet in person or online.\n',
    material: false,
  },
  {
    name: 'a dictionary entry headed "self-help groups" is not group material',
    text: 'self-help groups\n\ngroups of people with a shared difficulty who meet for mutual help. Self-help groups often have a facilitator.\n',
    material: false,
  },
  {
    name: 'an entry headed "# Group therapy" is not group material',
    text: '# Group therapy\n\nGroup therapy is a form of psychotherapy in which one or more therapists treat several clients together.\n',
    material: false,
  },
  // The same bare heading over a guide to starting such a group: a how-to is no group's own page, whatever its words on groups.
  {
    name: 'a guide to starting one under a bare "Support groups" heading is not group material',
    text:
      'Support groups\n\nThinking about setting up a support group in your town? Our volunteers can post you a starter pack.\n\n' +
      'Starting your own support group\n\nMost founders worry about finding members at first. A group needs a regular place to meet, a few people willing to share the ' +
      'work and a way to let newcomers know they are welcome. Members come along to talk openly with others who have been through the same thing, ' +
      'and many groups find that a quiet, friendly room matters more than a programme. Please get in touch with us if you would like to talk it through.\n',
    material: false,
  },
  {
    name: 'a bare "Support groups" heading over a group of its own with its day and time stays that group',
    text:
      'Support groups\n\nOur carers support group meets on the second Tuesday of each month at 7 pm in the Quaker meeting house. It is run by carers, ' +
      'not professionals, and it is free. Just come along.\n',
    material: true,
    kind: 'support',
  },
  // A definition with a describing word and an aside between the name and "is a": the kind in general, as an explainer gives it.
  {
    name: 'a definition with an aside ("An interpersonal process group, sometimes simply called…, is a kind of group therapy") is not group material',
    text: 'An interpersonal process group, sometimes simply called a process group, is a kind of group therapy in which six to ten people meet regularly with a trained leader. People who take part can learn how they come across to others. Members typically meet weekly for ninety minutes.\n',
    material: false,
  },
  {
    name: 'a definition with a bracketed aside ("A structured skills group (often known as…) is a form of group therapy") is not group material',
    text: 'A structured skills group (often known as a psychoeducational group) is a form of group therapy that teaches coping skills. Sessions usually run weekly for eight to twelve weeks, and a counselor leads each one.\n',
    material: false,
  },
  {
    name: 'the same shape on a page with a group of its own ("A weekly process group, led by…, is a place…; our group meets…") stays that group',
    text: 'A weekly process group, led by a licensed psychologist, is a place to practise honest feedback. Our group meets on Thursdays at 6 pm at the Elm Street clinic; the fee is $40 per session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a page headed "Support Group" as a name (title case) is still a group\'s own page',
    text: '# Support Group\n\nOur support group meets on Wednesdays at 6 pm in the library. It is free and peer-led.\n',
    material: true,
    kind: 'support',
  },
  // An article known by its own words together: a byline, a date line, "in this article", "here are 7 things".
  {
    name: 'a post with a byline and a date line about support groups is an article, though a sentence opens with "support group"',
    text: 'June 3, 2025\n\nBy Maria T. Alvarez\n\nSupport group meetings changed my year. Everyone needs people who check in on them.\n',
    material: false,
  },
  {
    name: '"In this article…" with "Below are 10 things…" about a fellowship\'s meetings is an article',
    text: 'Families of people with addiction are not alone. In this article, we look at what the meetings are like.\n\nBelow are 10 things you can expect at a Nar-Anon meeting.\n\n1. A safe space\n',
    material: false,
  },
  {
    name: 'one article sign alone (a date line) leaves a flyer a flyer',
    text: 'March 4, 2026\n\n# Grief Support Group\n\nOur grief support group meets on Mondays at 7 pm. It is free.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"It offers peer support" said of group therapy is a benefit, not a support group\'s self-statement',
    text: '# Our Therapy Groups\n\nGroup therapy is a form of psychotherapy led by a psychologist. It offers peer support and a place to practise new skills. Groups meet on Tuesdays at 6 pm.\n',
    kind: 'therapy',
  },
  // What a page holds itself: "we have several … therapy groups".
  {
    name: '"We have several open-ended interpersonal therapy groups" says the page holds group therapy',
    text: '# Teen Groups\n\nWe have several open-ended interpersonal therapy groups for teens.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"we have found that…" is not holding a group',
    text: '# What We Have Learned\n\nOver the years we have found that support groups suit some people and not others.\n',
    material: false,
  },
  {
    name: 'long prose made a setext heading by a stray "-" line under it is read as prose, not as the title',
    text:
      'TEEN GROUPS\nWe have several open-ended interpersonal therapy groups where members learn to connect with each other and speak more honestly about what they feel, week after week.\n-\n' +
      'Mondays, 6-7 pm (one opening)\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: "a practice page that cites a study (a genre's words) but holds its own groups at a clock time is still a flyer",
    text:
      '# Teen Groups\n\nOur groups meet on Mondays, 6-7 pm, and cost $50. Group therapy helps teens.\n\n' +
      'Research shows a 73% improvement for teens in group therapy (Journal of Child Psychology, 1997).\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a study report with no group of its own stays a study report',
    text: '# Teens in Groups\n\nResearchers found a 73% improvement for teens in group therapy. Findings suggest groups help (Journal of Child Psychology, 1997).\n',
    material: false,
  },
  {
    name: '"the … support group model" is something about support groups, not a self-statement',
    text: '# Getting New Mothers into Groups\n\nThe model that scales best today is the MotherCircle support group model. Insurers should pay for it.\n',
    material: false,
  },
  {
    name: "a church's GriefShare group, never called a support group, reads as support (a peer programme run as one)",
    text: '# GriefShare at Hope Chapel\n\nGriefShare meets on Tuesdays at 7 pm in the fellowship hall. Each week the GriefShare group watches a video and talks it over.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Group & Individual Therapy" names group therapy shared with another format',
    text: '# Fees\n\n## Payment Plan for Group & Individual Therapy\n\nOur fee is $115 for an individual session and $70 for a group session. Our groups meet on Thursdays at 6 pm.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an FAQ asking "Is the support group only for…?" takes the group as given',
    text: "Q: Is the support group only for people with Parkinson's?\n\nA: No. Care partners and friends are welcome too.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"Is a support group right for me?" asks about the kind in general',
    text: 'Q: Is a support group right for me?\n\nA: Many people find one helps. Ask your doctor.\n',
    material: false,
  },
  {
    name: 'a practice FAQ on joining its group therapy, with support groups named once in general, is group therapy',
    text:
      'Q: How do I join?\n\nA: Call a leader. In a first interview the leader asks what you hope to work on in group therapy.\n\n' +
      'Q: How is this different from other groups?\n\nA: Support groups are one kind of group, and in group therapy there is no set topic.\n\n' +
      'Q: When do I start?\n\nA: After a second interview you are given a date to start group therapy.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an entry headed "Support group" under a pasted "Skip to main content" line is still an entry',
    text: 'Skip to main content\n\nSupport group\n\nIn a support group, members give one another help that is usually not professional.\n',
    material: false,
  },
  {
    name: 'an article with an inline publication date and a row of share buttons is not group material',
    text:
      'Walking Together After a Heart Attack. Posted on 4 March 2025 Facebook Twitter Email\n\n' +
      'A peer support group gives people a place to talk about recovery, and it costs nothing. The group meets weekly.\n',
    material: false,
  },
  {
    name: 'a blog post that says what it will explore, and how long it takes to read, is not group material',
    text:
      '6 min read\n\nIn this post we will explore what happens in group therapy. Group therapy brings six to ten people together with a therapist. ' +
      'Group therapy sessions usually run weekly for an hour and a half.\n',
    material: false,
  },
  {
    name: "an article citing a study that holds its own group at a clock time is still that group's page",
    text:
      '# Grief Support Group\n\nPublished May 2, 2025. Our grief support group meets Thursdays, 6-7:30 pm, in the chapel. ' +
      "In this post we'll explore what to expect at the first meeting. It is free and is not therapy.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"You may hesitate to join a support group" speaks of any group, not one of the page\'s own',
    text:
      'You may hesitate to join a support group because you think you must speak. A support group can let you just listen at first.\n\n' +
      'Consider one if you feel alone with infertility.\n',
    material: false,
  },
  {
    name: '"Join our support group" still names the page\'s own group',
    text: 'Join our support group for new fathers. We meet the first Monday of each month at 7 pm in the library. It is free.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a news item saying a hospital has resumed its in-house support group meetings is that group's material",
    text: "St Luke's Hospital has resumed in-house Bereavement Support Group Meetings. These meetings are confidential and free to anyone in the valley.\n",
    material: true,
    kind: 'support',
  },
  {
    name: "an announcement that a youth club is launching its first social support group is that group's material",
    text:
      'Safe Harbor, the activities club for LGBTQ youth in Dayton, is launching its first social support group. ' +
      'Discussions among peers are moderated by an adult volunteer.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a news line announcing "A Caregivers\' Support Group is beginning!", with a date and a time span, is that group\'s material',
    text:
      "A Parents' Support Group is beginning! They will gather monthly at the Bean Street cafe, and anyone raising a child with diabetes is welcome. " +
      'The first date is Thursday April 9, the time is 12:30-2:00. Text Robin at 555-0142.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an organisation named "… Support Group Network" that is a charity stays a name, not an announcement',
    text: 'The Harbor Support Group Network is a charity that funds research into hearing loss and lobbies for captions in cinemas.\n',
    material: false,
  },
  {
    name: 'a hospice news item on its monthly Bereavement Café, at "9.30am" on the second Tuesday, is that group\'s material',
    text:
      'Losing someone can be the hardest thing we face.\n\nThe Bereavement Café is an informal drop-in that opens once a month in Millbrook. ' +
      'Run by the hospice family support team and volunteers, it is a place to meet and talk with others who have been bereaved. ' +
      'It is open from 9.30am to 11am on the second Tuesday of every month.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a funeral firm\'s news that its arrangers "hosted their bi-annual support group for bereaved families" is that group\'s material',
    text:
      'Grief is different for each of us, and hearing how others have coped can help.\n\n' +
      'On 12 May at the Methodist Hall in Kirkby, two of our funeral arrangers hosted their bi-annual support group for bereaved families to meet others who have lost someone.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "news that many hospices hosted their groups online is about others' groups",
    text: 'Many hospices hosted their bereavement groups online during the pandemic. Support groups can ease loneliness, research suggests.\n',
    material: false,
  },
  {
    name: 'a practice page that speaks of group therapy in general and then says "Groups now forming" describes a group of its own',
    text:
      'Group therapy can be a good addition to individual therapy, or a treatment on its own.\n\nGroups can be open-ended or run for a set number of sessions.\n\n' +
      'Groups now forming\n\nCall Dr. Ames at 555-0190 to ask about a place.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a hospital page for its cancer "support forum" that meets monthly reads as a support group',
    text:
      'Support Forum for People with Cancer\n\nThe cancer support forum meets the second Monday of every month at 6 p.m. in the Garden Room. ' +
      'Patients and survivors come together to share what has helped them. To RSVP, call 555-0177.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a church bereavement group where "we meet to offer each other support" reads as support without the usual names',
    text:
      'Bereavement Group\n\nThis is a group of people who have each lost a husband, wife or partner. We meet to offer each other support by being open about our grief. ' +
      'There is no set structure and no pressure to talk.\n\nThe group meets in the church side room every Wednesday from 10am to 12.30pm.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a definition of a support group as people who "meet regularly to support one another", set beside group counselling, names no one kind (and, with no group of its own, is no group material)',
    text:
      'A support group is a group of people with a shared experience who meet regularly to support one another, with a peer leader or none. ' +
      'Support groups have less structure than group counseling, and people come and go.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a local paper\'s report that "they meet at … on the first Saturday of every month, 3.30pm" for people with a condition and their carers reads as a support group',
    text:
      'Members of the new Ashford branch of a migraine charity are inviting people with the condition to join them. They meet at the Quaker Hall on the first Saturday of every month, between 3.30pm and 5.30pm. ' +
      'Migraine affects many people of all ages. A spokesman said the branch is there for people with migraine and their carers, a relaxed place to chat with others with the same condition.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer saying that support groups "meet in churches, hospitals or online", with no time of its own, is not a group\'s material',
    text: 'Support groups come in many forms. They meet in churches, hospitals or online, and carers often find them helpful. Ask your doctor where to look.\n',
    material: false,
  },
  {
    name: 'a programme page where "each group session is led by trained professionals" and group therapy is its core describes its own group',
    text:
      'Group therapy is at the heart of the Harbor Survivors Program, and our counselors see healing as something done together.\n\n' +
      'A typical group has about ten participants and runs for sixteen sessions. Each group session is led by trained professionals.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a therapy group "different from a typical support group" is not said to be a support group',
    text:
      'Riverside Hospital Psychological Services will offer a new therapy group for people living with chronic pain, every Wednesday at 10:30 am. ' +
      'The group is different from a typical support group because each session is led by a licensed therapist. Most insurance plans cover it.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer titled "… Support Groups And What They Do" is not a group\'s page',
    text: '# Gambling Support Groups And What They Do\n\nGambling support groups meet weekly in many towns. Members share what helped them stop, and newcomers are welcome.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an explainer titled "Understanding Group Psychotherapy" is not a group\'s page',
    text: '# Understanding Group Psychotherapy\n\nGroup psychotherapy brings six to eight people together with a therapist each week. Members learn from how they relate to one another.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group named "Understanding Grief" under a title that names its support group stays a flyer',
    text: "# Understanding Grief: A Support Group for Widows\n\nThis is a free peer support group, not therapy. We meet on Tuesdays at 7 pm at St Mark's hall.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'an invitation to found a chapter ("Start a Chapter in Your Community") is not a group\'s page',
    text:
      '# Start a Chapter in Your Community\n\nAcross the country, local chapters of our alliance run peer support groups for people living with depression. ' +
      'Alliance support groups are peer-facilitated and offer a confidential setting.\n\nWhy start one? You can offer others a place to be understood.\n',
    material: false,
    kind: null,
  },
  {
    name: 'share buttons above the title ("Facebook Twitter") are not the title: a guide to starting a group is still known by its title',
    text:
      'Facebook Twitter\n\nStarting a Bereavement Support Group\n\nBy a group founder\n\nYour wish to help others after a loss is a good one. ' +
      'Find out how far away the nearest bereavement group is, and talk to its leader before you begin.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a SMART meeting whose tools are "based on CBT" is a support group, not group therapy',
    text:
      '# Tuesday Recovery Meeting\n\nOur meetings are free and run by trained volunteers who are in recovery themselves. ' +
      'SMART meetings discuss self-help tools based on CBT. We meet on Tuesdays at 7 pm in the library.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"the groups are led by pain psychologists" (plural) describes the page\'s own groups',
    text:
      'Our Services\n\nPain Education and Coping Skills\n\nThis service helps adults with long-term pain manage mood and stress. ' +
      'The groups are led by pain psychologists and include structured psychotherapeutic group interaction. Classes run two hours each week for ten weeks.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a service launching "a new café style local parent support group" has a group of its own, though a focus group is named elsewhere',
    text:
      '02/04/2025\n\nOur autism service is delighted to launch a new café style local parent support group in Omagh this spring.\n\n' +
      'Parents told us in a focus group last year that they wanted to learn from one another.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a focus group of its own that studies support groups is not a support group',
    text: '# Study update\n\nOur focus group meets on Monday to discuss how support groups help parents. Support groups offer parents a place to share.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a self-statement about something in general ("This is where a group therapy consent form becomes essential", "the cornerstone of any plan is psychotherapy") names no group of the page\'s own',
    text:
      '# Consent forms\n\nPractitioners who run groups face questions of privacy. This is where a clear group therapy consent form becomes essential. ' +
      'The cornerstone of any treatment plan is psychotherapy, and group therapy consent should be part of it.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a clause between the verb and "group" ("begin a journey with a support group", "start a conversation about how a group…") is no group of the page\'s own',
    text: 'Caring for a parent\n\nCaregivers often begin a journey with a support group. Others start a conversation about how a group could help.\n',
    material: false,
    kind: null,
  },
  {
    name: 'what such groups often are ("these are often for practising therapy") is not said of the page\'s own group',
    text:
      'Where to find others who stammer\n\nSome speech clinics run groups of their own. These are often for practising therapy. ' +
      'Practising in a group is better than alone. Ask your clinic when its group meets.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a support group "unlike group therapy" is not said to be group therapy',
    text: '# Widowers Circle\n\nThe circle is a peer support group, and it is unlike group therapy: nobody leads it. It is free; we meet Mondays at 7 pm.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group agreement with legal exceptions to confidentiality and no kind words reads as group therapy',
    text:
      'Group Agreements\n\nThese agreements are the rules for members who take part in our groups. Each member signs them before the first group.\n\n' +
      'Group leaders, who are licensed counselors, keep what is said in group confidential. Legal exceptions to confidentiality include a danger of harm to yourself or another, or a court order.\n\n' +
      'As a member of the group, I agree not to disclose anything that could identify another group member.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a cancer centre\'s "Patient & Family Resources" page that lists its own support groups, each at a clock time, is those groups\' material',
    text:
      '# Patient & Family Resources\n\nOur oncology social workers offer counseling and referrals.\n\n## Support Groups\n\n' +
      'Breast Cancer Support Group\nSecond Tuesday of every month, 5:30-7 pm, Room 2B\n\nLung Cancer Support Group\nFirst Wednesday of the month, 3-4:30 p.m., Podium Room\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a "Community Resources" page listing other organisations\' support groups stays a list of resources',
    text:
      '# Community Resources\n\nGroups run by other organisations in the county:\n\n' +
      "Breast Cancer Support Group, Elm Library\nSecond Tuesday of every month, 5:30-7 pm\n\nLung Cancer Support Group, St Mark's Hall\nFirst Wednesday of the month, 3-4:30 p.m.\n",
    material: false,
  },
  {
    name: '"a drop in grades" is no drop-in group: a counselling practice\'s unnamed teen group stays clinical',
    text:
      'Teen Group at Cedar Counseling Services\n\nMany teens notice a drop in grades when stress builds. In group, members talk about stress with two licensed therapists. ' +
      'The group meets Thursdays at 4 pm; an intake appointment comes first.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: "news that many hospices resumed their support groups is about others' groups",
    text: 'Many hospices resumed their support groups after the pandemic ended. Support groups can ease loneliness, research suggests.\n',
    material: false,
  },
  {
    name: "a counselling service's group expectations, with no kind words but therapists keeping what is said confidential, read as group therapy",
    text:
      'Campus Counseling and Psychological Services\n\nGroup Expectations\n\n1. Attend every week. Group works best when every member comes to each session.\n\n' +
      '2. Respect. In group we listen to one another and disagree with care.\n\n' +
      '3. Confidentiality. Therapists keep what is said in group sessions confidential, and group members agree to do the same. Talk in group about feelings and coping.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same expectations with no clinical signal stay group material of unclear kind',
    text:
      'Group Expectations\n\n1. Attend every week. Group works best when every member comes to each session.\n\n' +
      '2. Respect. In group we listen to one another and disagree with care.\n\n' +
      '3. Confidentiality. What is said in group sessions stays in group, and group members agree to this. Talk in group about feelings and coping.\n',
    material: true,
    kind: null,
  },
  {
    name: "a practice's policies for group members are its groups' material",
    text:
      '# Policies for Group Members\n\nThese policies apply to all therapy groups at Harbor Psychology. Your group therapist reviews them at the pre-group meeting. ' +
      'Fees are due at each session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: "a practice's website privacy policy is not group material",
    text:
      '# Privacy Policy\n\nThis policy explains how Lakeside Counseling handles information on this website. We offer individual and group therapy; ' +
      'this page covers only the data our website collects, such as cookies and contact forms.\n',
    material: false,
  },
  {
    name: 'a study of a peer support programme ("Abstract", "In this study, we explored…") is research, not group material',
    text:
      'Peer support for new fathers: member views\n\nAbstract\n\nPeer support groups help fathers feel less alone. In this study, we explored what members ' +
      'of one peer support group value. The group meets weekly in a library. Our findings suggest members value being heard.\n',
    material: false,
  },
  {
    name: 'a flyer that says "we interviewed our members" but has no other sign of research is still a flyer',
    text: '# Dads Support Group\n\nThis peer support group meets Mondays at 7 pm. Last year we interviewed our members about what helps. It is free and not therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a programme's policies for its group members, with payment and an intake, read as group therapy",
    text:
      'Policies for Participants\n\nBy taking part in the Calm Path program, group members agree to these terms.\n\n' +
      '1. Payment is due before each class session and is not refunded.\n\n2. Bring photo ID to your intake session.\n\n3. Members keep what others share private.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a programme that calls itself by a method\'s full name and initials ("a ten-week cognitive behavioural therapy (CBT) group") is group therapy',
    text:
      '# Steady Ground Programme\n\nThis is a ten-week cognitive behavioural therapy (CBT) group for people living with panic. Each session lasts ' +
      'ninety minutes, and members practise ways to ride out the rush of fear.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same naming with other methods and spellings ("dialectical behavior therapy (DBT) group", "acceptance and commitment therapy (ACT) group")',
    text:
      '# Thursday Evenings\n\nOurs is a dialectical behavior therapy (DBT) group for teenagers who self-harm. Parents join an acceptance and commitment ' +
      'therapy (ACT) group that runs alongside it.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a method named with its initials in an explainer, with no group of its own, is still not group material',
    text:
      '# What Is CBT?\n\nCognitive behavioural therapy (CBT) is a talking therapy. Some services offer a cognitive behavioural therapy (CBT) group ' +
      'as well as one-to-one sessions; ask your doctor what is available.\n',
    material: false,
  },
  {
    name: 'a clinical course of the page\'s own "delivered to a group of" people, with a counsellor, is group material of the therapy kind',
    text:
      '# Firm Footing Course\n\nThis course is for adults living with the after-effects of trauma. The course is delivered in person, to a group of ' +
      'up to ten people, by a qualified counsellor and a trained co-facilitator. Apply with the form below.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer saying a therapy "can be delivered in a group", with no programme of its own, is not group material',
    text:
      '# Trauma Therapies in Brief\n\nTrauma-focused therapy can be delivered in a group or one to one. A counsellor will talk the options ' +
      'through with you.\n',
    material: false,
  },
  {
    name: 'a leader\'s training ("the art therapist is trained in psychotherapy") and "will hold the space" say nothing of a group of the page\'s own',
    text:
      'Making art with a therapist is not the same as an art class. The art therapist is trained in psychotherapy and will hold the space ' +
      'while you work. Within a supportive art therapy group setting, people can name what they feel.\n',
    material: false,
  },
  {
    name: 'the same page with a group of its own ("the group will meet on Mondays") is that group',
    text:
      '# Art Therapy Group\n\nThe art therapist is trained in psychotherapy and will hold the space while you work. The group will meet on ' +
      'Mondays at 6 pm for eight weeks.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a guide titled "Start a … Support Group" whose only day and time are an example ("e.g. the second Tuesday at 7 pm") is not group material',
    text:
      '# Start a Lupus Support Group\n\n1. Decide what the group is for: sharing, information, or both.\n2. Find a free room at a library or church.\n' +
      '3. Meet at the same time and place each month, e.g. the second Tuesday at 7 pm in the library.\n',
    material: false,
  },
  {
    name: 'the same title over a day and time of its own ("we meet the second Tuesday at 7 pm") is a group\'s own page',
    text: '# Start a Lupus Support Group\n\nWe are starting a lupus support group. We meet the second Tuesday at 7 pm in the library; come along.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a clinical course of the page\'s own with "course facilitators" (six weekly sessions based on CBT) is group material (its kind left to the signals)',
    text:
      '# Lifting Low Mood\n\nA course for low mood based on cognitive behavioural therapy. The course runs for six sessions, at the same day, time and ' +
      'place each week. The course covers sleep, routine and worry. Questions about it go to the course facilitators, who are happy to talk.\n',
    material: true,
  },
  {
    name: 'an explainer mentioning "course facilitators" in general, with no course of its own, is not group material',
    text:
      'Courses based on cognitive behavioural therapy are offered by many services. Such courses usually have two course facilitators, and ' +
      'people can ask their doctor about them.\n',
    material: false,
  },
  {
    name: 'volunteers restarting "our bereavement cafés", who say "we are not therapists", run a support group of their own',
    text:
      'We are about to restart our bereavement cafés, this time online. We are a handful of volunteers from two parishes, and anyone who ' +
      'is grieving can join us. We are not therapists, but we listen well, and many of us have lost someone too.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer on bereavement cafés in general, with no café of its own, is not group material',
    text:
      'Bereavement cafés are informal gatherings where grieving people talk over tea. The volunteers are not therapists. Cafés are held in ' +
      'many towns, often in church halls.\n',
    material: false,
  },
  {
    name: 'a practice\'s page titled "Fees & Rebates", listing individual and group therapy sessions with their prices, is not group material',
    text:
      '# Fees & Rebates\n\nIndividual therapy sessions are $180. Group therapy sessions are $70 each. Medicare rebates are available with a ' +
      'referral from your doctor, for up to ten group therapy sessions a year.\n',
    material: false,
  },
  {
    name: 'the same title over a group of its own ("our skills group meets on Tuesdays at 6 pm") is that group\'s page',
    text:
      '# Fees\n\nOur DBT skills group meets on Tuesdays at 6 pm for twelve weeks. Each session is $70, and group therapy sessions ' +
      'can be claimed with a referral.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an infinitive is no self-statement: "the use of video to provide group therapy has grown" is said of the world, not of a group',
    text:
      'Video calls are now a common way to provide group therapy, and the use of video to provide group therapy has grown since 2020. ' +
      'Insurers often cover it.\n',
    material: false,
  },
  {
    name: 'what an article is for is no self-statement: "The purpose of this article is to show that group therapy helps veterans"',
    text: 'The purpose of this article is to show that group therapy helps veterans. Earlier writers have described why.\n',
    material: false,
  },
  {
    name: 'a leader\'s experience ("has years of experience providing individual, family and group therapy") does not name the support group she leads',
    text:
      '# Hospital News\n\nThe hospital will offer its six-week Emotional Eating Support Group beginning March 4. This group offers ' +
      'support to people who eat to cope. The group will be led by Dana Ruiz, LCSW, who has years of experience providing individual, family and ' +
      'group therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a page that offers the group as group therapy still names it so ("We offer individual and group therapy; the group meets on Mondays")',
    text: '# Eating and Mood\n\nWe offer individual and group therapy. The group meets on Mondays at 6 pm and is led by a psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We regularly run an online Burnout Group" is a group of the page\'s own, with an adverb between "we" and "run"',
    text:
      'We regularly run an online Burnout Group for hospital staff. It runs for six weekly sessions, uses an acceptance and commitment therapy ' +
      'model and is led by a CBT therapist. Email us to join the next one.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a question about "this group" ("Will you be a fit for this group?") takes the group as the page\'s own',
    text:
      '# The Interview Process\n\nBefore joining a psychotherapy group, each person has two interviews with the therapist. The interviews explore ' +
      'two questions: will the group meet your goals, and will you be a fit for this group? Most people find the interviews useful.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a question about groups in general ("Is a group right for you?") is no group of the page\'s own',
    text:
      'Psychotherapy groups suit many people. Is a group right for you? A psychotherapy group can help with loneliness, and your doctor can ' +
      'tell you more.\n',
    material: false,
  },
  {
    name: 'a fellowship\'s meeting rules that call the meeting a "process group" once stay the fellowship\'s (support)',
    text:
      '# Meeting Rules\n\nOur meetings run for 90 minutes. SMART Recovery meetings are open to anyone. SMART is a discussion process group ' +
      'that talks about tools for change. SMART Recovery meetings are free; a donation is welcome.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a DBT skills group page that mentions AA meetings once is still group therapy',
    text:
      '# DBT Skills Group\n\nOur DBT skills group meets on Tuesdays at 6 pm for 24 weeks, led by a licensed psychologist. The DBT skills group ' +
      'teaches four modules. Some members also go to AA meetings.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a hospice that says "we hold bereavement coffee mornings", in words of care, describes meetings of its own',
    text:
      'At Riverside Hospice, we hold bereavement coffee mornings for people who are grieving. People come along to meet others coping with ' +
      'loss, talk openly about the person they miss and share their experiences. About twenty people a month come to our bereavement coffee ' +
      'mornings for company and comfort.\n',
    material: true,
  },
  {
    name: 'coffee mornings that "many hospices hold" are nobody\'s own',
    text:
      'Many hospices hold bereavement coffee mornings for people who are grieving. People come along to meet others coping with loss, talk ' +
      'openly and share their experiences.\n',
    material: false,
  },
  {
    name: "a practice's data protection policy, naming its therapy groups and group members, is not group material",
    text:
      '# Data Protection Policy\n\nThis policy covers how Harbor Psychology stores the data of people who join our therapy groups and individual sessions. ' +
      'Group members may ask for their records.\n',
    material: false,
  },
  {
    name: "a book group's policies are not a care group's rules",
    text: '# Book Group Policies\n\nMembers of the reading group choose a book each month. Please return library copies on time.\n',
    material: false,
  },
  // A treatment programme of its own whose sessions are group discussion or group work, run by clinicians, is group therapy.
  {
    name: 'a recovery programme of its own "with talks on set topics and group discussion", delivered by qualified counsellors, reads as therapy',
    text:
      '# Evening Recovery Programme\n\nThe Evening Recovery Programme runs every Monday and Wednesday for eight weeks. ' +
      'The programme includes talks on set topics and group discussion, and it is delivered by qualified addiction counsellors. ' +
      'Clients join the programme after an assessment.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a clinic\'s relapse-prevention "group work programme" for its clients, led by its counsellors, is group material',
    text:
      '# Aftercare\n\nOur aftercare programme follows residential treatment. This programme is a twelve-month group work programme on relapse prevention, ' +
      'led by our counsellors, and clients attend once a week.\n',
    material: true,
  },
  {
    name: 'a university course on "group work" for students is no group\'s page',
    text:
      '# Social Work Practice II\n\nThe course introduces group work and community practice. This course is taught by a licensed social worker, ' +
      'and the course assessment is an essay on group discussion in practice.\n',
    material: false,
  },
  // A group spoken of only by its capitalised name ("the Bereavement Group at Hillview Hospice"), on a page about it.
  {
    name: 'a hospice page whose group is named only by its capitalised name ("Being part of the Bereavement Group may help you") is group material',
    text: 'Grief touches everyone differently. It can bring sadness, anger, guilt, tiredness and relief, often all in the same week, and it can feel hard to face alone.\n\nHillview Hospice Bereavement Service is open to families in the valley from three months after a death. Our bereavement team offers support to people who are finding it hard to adjust to life after a loss.\n\nWhen you are grieving, your thoughts and feelings can be hard to carry on your own. Being part of the Bereavement Group may help you to share how you feel, in a warm and safe place, with others who are grieving too.\n\nThe Bereavement Group at Hillview Hospice gives you the chance to meet people who have also lost someone close, and helps you find your own way of living with the loss. To join, ask our bereavement team.\n',
    material: true,
  },
  {
    name: 'a project\'s governance page naming its "Technical Steering Group" and "Documentation Working Group" is no group material',
    text: '# Governance\n\nThe Technical Steering Group oversees the project roadmap and reviews proposals from contributors. The Documentation Working Group keeps the guides current.\n\nDecisions are made by consensus; where none is reached, the steering group votes. Meetings are open to all contributors and the minutes are published in the repository.\n',
    material: false,
  },
  {
    name: 'a business report on "The Carlyle Group" is no group material',
    text: "# Quarterly results\n\nThe Carlyle Group reported higher fee earnings this quarter. Analysts said the firm's credit arm grew fastest, and the shares rose 3 percent in early trading.\n",
    material: false,
  },
  // A class or programme of its own that meets ("The class meets for six Saturday mornings") is spoken of as a group.
  {
    name: 'a treatment centre\'s relapse-prevention class that "meets for six Saturday mornings" for its clients reads as therapy',
    text: 'Relapse Prevention\n\nRelapse prevention is a class that every new outpatient client attends. The class meets for six Saturday mornings, from 9 to 12. New clients also see their counselor each week for a one-to-one session, and attend the class during their first six weeks in treatment. Clients who have been with us longer and are struggling may be asked to attend again.\n\nRecovery is a long road, and the better prepared you are, the fewer problems you will meet on it. Staying well takes more than taking your medication and willpower: it takes a plan. The classes look at what led to using in the first place, and at how to change the way you think and act so that recovery lasts.\n\nThe longer someone stays in treatment, the better they tend to do. The Relapse Prevention classes give clients in early recovery a strong start.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a course syllabus whose "class meets Tuesdays and Thursdays" is no group material',
    text: '# Biology 101\n\nThe class meets Tuesdays and Thursdays from 10 to 11:30 in Room 204. Students will complete weekly lab reports and two exams. Office hours are on Wednesdays.\n\nThe course covers cell structure, genetics and ecology.\n',
    material: false,
  },
  // A group of its own named by no kind, led by clinicians and charged for: group material, its kind left to the signals.
  {
    name: 'a topic-titled group "co-led by two licensed psychologists", "$40 per session" reads as therapy',
    text: '# Navigating Relationships\n\nThis group helps you look at your relationship patterns. Co-led by two licensed psychologists. Mondays, 1 to 2:30 pm, Room 304. $40 per session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same group hosted by volunteers, with a suggested donation, is still passed over (no clinician leads it)',
    text: '# Navigating Relationships\n\nThis group helps you look at your relationship patterns. Hosted by two volunteers. Mondays, 1 to 2:30 pm, Room 304. $5 suggested donation.\n',
    material: false,
  },
  {
    name: 'a title naming "Peer Support Meetings" over a weekly time and place reads as a support group',
    text: '# Peer Support Meetings\n\nEvery Tuesday at 7 pm in the library, people living with depression meet to share and listen. Free.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the minutes of a support meeting stay no group material',
    text: '# Support Meeting Minutes\n\nPresent: Jo, Sam, Ravi. Apologies: Lee.\n\nAction items: Sam to book the hall. Next meeting: 4 March, 7 pm.\n',
    material: false,
  },
  // A title alone is no group of the page's own: explainers carry the kind's name in their titles too.
  {
    name: 'an explainer titled "Types of Group Therapy" with nothing of a group of its own is no group material',
    text: '# Types of Group Therapy\n\nHere is a short overview of the main types. Process groups focus on how members relate; skills groups teach coping.\n',
    material: false,
  },
  {
    name: "a title naming group therapy over the group's own time and fee still reads as therapy",
    text: '# Group Therapy for Anxiety\n\nTuesdays 6 to 7:30 pm, eight weeks. $60 per session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"ACT Scores for College Admission" names no therapy group',
    text: '# ACT Scores for College Admission\n\nMost colleges publish the middle range of scores they accept. Our office is open on weekdays.\n',
    material: false,
  },
  // A group's own page that explains how it differs from the other kind is judged by what it says of its own group.
  {
    name: 'a support group titled as one, with "How is this different from group therapy?", reads as support',
    text: '# Caregivers Support Group\n\nWe meet every Tuesday at 6 pm at the Westside Community Center.\n\n## How is this different from group therapy?\n\nGroup therapy is led by a licensed clinician. Ours is led by peers.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group naming no kind but in that section is not read as therapy from the section',
    text: '# Tuesday Evening Caregivers Group\n\nWe meet every Tuesday, 6 to 7:30 pm, at the Westside Community Center. Family caregivers share what is hard and what helps.\n\n## How is this different from group therapy?\n\nGroup therapy is treatment led by a licensed clinician, usually with a fee. Our group is none of that.\n',
    material: true,
    kind: null,
  },
  {
    name: 'commas between the words describing the group ("a free, confidential group for adults") still invite to a group',
    text: '# Recovery Connection\n\nRecovery Connection is a free, confidential group for adults living with depression.\nTuesdays at 7 p.m., Unity Church, 300 Elm.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"it costs nothing" says the group is free, a support signal',
    text: '# About Us\n\nToday we meet on the first and third Tuesday of each month at First Congregational Church. Parents share their grief and their babies stories. Newcomers are welcome and it costs nothing.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group that "gets together" monthly, with "No professionals, just us", reads as a peer support group',
    text: '# Fresh Start\n\nOur group gets together on the first Thursday of each month at 6 pm in the parish center. Members share memories and support one another in their grief. No professionals, just us.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer titled "# What Is a Support Group?" is no group material',
    text: '# What Is a Support Group?\n\nA support group is a gathering of people who share a health condition or a loss. Meetings may be in person, by phone or online.\n\n## Finding one\n\nAsk your doctor, or contact a national charity for your condition.\n',
    material: false,
  },
  {
    name: 'a student\'s "AA Meeting Reflection Paper" is no group material',
    text: '# AA Meeting Reflection Paper\n\nFor my addictions course I attended an open Alcoholics Anonymous meeting at a church on a Sunday evening. About twenty people came.\n',
    material: false,
  },
  {
    name: 'an evaluation report on a peer support group pilot is no group material',
    text: "# Evaluation of the Carers' Peer Support Group Pilot\n\nThis report describes a twelve-month evaluation of peer support groups for family carers. Groups met monthly at 2 pm in three libraries.\n",
    material: false,
  },
  {
    name: 'a facilitator handbook is no group material',
    text: '# Support Group Facilitator Handbook\n\nA support group is a gathering of people with shared experiences who meet to give one another support. Our volunteers use this handbook.\n',
    material: false,
  },
  // A site's area named for groups ("this online Group Swap Area") is no group of the page's own.
  {
    name: 'a leaders\' area named "Group Swap Area", with a recorded session, is not group material',
    text:
      '# Group Swap Area\n\nIn this online Group Swap Area, club leaders can post photos and tips from the past year.\n\n' +
      "Watch the recorded session from last year's leaders' day, and feel connected to your network of stroke support groups.\n",
    material: false,
  },
  {
    name: "an online group of the page's own that meets on a weeknight is still read as support",
    text: '# Tuesday Online Circle\n\nIn this online group, carers of people with heart failure meet on Zoom every Tuesday at 7 pm. It is a peer support group.\n',
    material: true,
    kind: 'support',
  },
  // Writing for clinicians on how "group members" react to a fee speaks to no reader and sets no meeting: no group to join.
  {
    name: 'an essay on how group members read a missed payment is not group material',
    text:
      '# When Members Miss a Payment\n\nWhen a member pays less than is owed, the group may wonder what that member is saying to the leader. ' +
      'Group members often trace it to old feelings about parents, and talking those feelings through helps.\n\nWhen someone overpays, group members can help one another guess why.\n',
    material: false,
  },
  {
    name: 'a handout to members about feelings after group is still group material',
    text:
      '# After Tuesday\n\nAfter group on Tuesday you may notice feelings that surprise you. Your group members may feel them too. ' +
      'Write those feelings down and bring them back to the group next week.\n',
    material: true,
  },
  // A page on one-to-one care whose one word on groups is "group facilitators": the page model's appointment words do not make it
  // a group's page.
  {
    name: 'a page on one-to-one trauma care that mentions group facilitators once is not group material',
    text: '# Outpatient Help After Trauma\n\nYou are not alone in wanting trauma care close to home that your health plan covers. Whether you are living with the after-effects of one frightening event or years of stress, this page explains how outpatient care works, the main methods such as EMDR, CBT and DBT, and other supports that help you steady yourself and recover.\n\nWith outpatient care you attend sessions every week or every other week at a clinic or online, then go home. You practise coping skills in daily life, keep up with work and family, and stay close to the people who support you.\n\nEach session lasts about an hour. You and your therapist agree on goals, check symptoms as you go, and your therapist may work alongside your doctor or group facilitators so your care fits together.\n',
    material: false,
  },
  // A retreat's booking terms: "Participants who leave the program early", "travel insurance", under "Policies": no group of care.
  {
    name: "a retreat's booking policies (participants of a program, travel insurance) are not group material",
    text:
      '## Policies\n\nFull payment is due when you book a place on the autumn weaving retreat. Participants who leave the program early ' +
      'are not refunded. We recommend travel insurance.\n',
    material: false,
  },
  {
    name: "a group's own policies with a fee per session still read as group therapy",
    text: '# Group Policies\n\nOur Thursday anxiety group costs $45 a session, billed monthly. Participants in the group keep what others share private.\n',
    material: true,
    kind: 'therapy',
  },
  // "I offer short notes on several groups": the writer offers notes, not groups.
  {
    name: 'a resource page whose writer offers notes on several fellowships is not group material',
    text:
      'Peer groups can help people who drink too much feel less alone. A good fit matters.\n\nBelow I offer brief notes on a few peer support groups; ' +
      'each has its own approach.\n\n## Alcoholics Anonymous\n\nAlcoholics Anonymous is the oldest of the twelve-step fellowships.\n',
    material: false,
  },
  // Someone else's weekly habit in a story is no meeting time of the page's own.
  {
    name: 'an essay whose only weekday is a friend\'s "Thursday night crew" is not group material',
    text:
      'Peer Support Groups That Help People Stay Sober\nGiving up drink is lonely work. Many people find firm ground in a peer support group, a room ' +
      'where nobody flinches at the truth. A cousin of mine got through his first winter mostly because his Thursday night crew would have missed him.\n',
    material: false,
  },
  {
    name: 'a flyer that says "we meet Thursday nights" is still a support group',
    text: '# Peer Support Group for People in Recovery\n\nWe meet Thursday nights in the library basement. Peer led and free.\n',
    material: true,
    kind: 'support',
  },
  // An agency's public meetings on a planned service, with clock times: no group.
  {
    name: 'a notice of public input meetings on a planned peer recovery hub is not group material',
    text:
      'The Elmford Health Trust will hold two public input meetings so residents can comment on a planned peer recovery hub.\n' +
      'They are at 2 p.m. Monday and 6 p.m. Oct. 14 at the Corn Exchange.\nPeer recovery hubs are free, peer-led places where people in recovery and their families find support.\n',
    material: false,
  },
  // A community's input meetings or listening sessions on services, with dates and an RSVP: a consultation, no group.
  {
    name: "an agency's community input meetings on caregiving services, with dates and an RSVP, are not group material",
    text:
      '# Community Input Meetings\n\nThis autumn we are hosting six community input meetings across our region. We want to hear from older adults and caregivers about the services that help them stay at home.\n\n' +
      'Meetings are open to anyone, but please RSVP. Riverside Library, October 12, 10am - 11:30am. Call 555-0107 to reserve your spot.\n',
    material: false,
  },
  {
    name: 'community listening sessions on mental health services are not group material',
    text: '# Listening Sessions\n\nThe county will hold community listening sessions on mental health and caregiving services every Tuesday in March at 6 p.m. at the Town Hall. Come and tell us what you need.\n',
    material: false,
  },
  // (Near miss: a support group that meets in a community room is still one.)
  {
    name: 'a caregivers support group meeting in the community room is still a support group',
    text: '# Caregivers Support Group\n\nOur support group for caregivers meets every Tuesday at 6 p.m. in the community room of the library. Peer led and free; it is not therapy.\n',
    material: true,
    kind: 'support',
  },
  // Peer support named as what group therapy gives is a benefit, not a support group.
  {
    name: '"Group therapy gives patients peer support" on a clinic\'s page reads as therapy, with no conflict',
    text:
      '# Harbour Clinic: Our Anxiety Groups\n\nGroup therapy gives patients peer support and a place to practise new skills.\n\n' +
      'In our anxiety groups, patients practise facing fears with a psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  // A news item announcing a chapter's meetings (its day, time and place) is that group's notice, as real-page reviewers read it;
  // a report on the same chapter without them is passed over as news.
  {
    name: "a news item announcing a bereaved parents' chapter's monthly meetings is that group's notice",
    text:
      'HOLLOWAY — Parents whose child has died now have somewhere to meet others who have lived through the same loss.\n' +
      'The Holloway chapter of a national self-help network for bereaved families will hold its next monthly meeting Sunday, March 9, at 2 p.m. ' +
      'at 18 Mill Lane. Meetings will be held the second Sunday of every month at the same time.\n' +
      '"Talking about our children keeps them with us," said Ines Paz, the chapter leader. "Nobody here flinches," she added.\n',
    material: true,
  },
  {
    name: "a news report on the same chapter's anniversary, with no meeting to come, is passed over",
    text:
      'HOLLOWAY — A chapter of a national self-help network for bereaved families marked ten years on Sunday.\n' +
      '"Talking about our children keeps them with us," said Ines Paz, the chapter leader. "Nobody here flinches," she added.\n',
    material: false,
  },
  // "No fee to attend our meetings" denies the fee, not the meetings; a monthly meeting facilitated by a bereaved parent is the
  // page's own.
  {
    name: 'a bereaved parents\' page on "our meetings", with "no fee to attend our meetings", is group material',
    text:
      '# What a Meeting Is Like\n\nNobody has to speak at a meeting. We listen to one another and respect that every parent grieves in their own way.\n\n' +
      "The monthly sharing meeting is facilitated by a bereaved parent who is further along the road. Each parent is invited to say their child's name.\n\n" +
      'There is no fee to attend our meetings, and nobody is asked to volunteer.\n',
    material: true,
  },
  // "This includes a taster session": "this" as a pronoun before a verb, not "this session".
  {
    name: 'a page for club volunteers where "This includes a taster session" is not group material',
    text:
      "# Wellbeing Corner\n\nOur own wellbeing matters. Watch the recording from last year's conference for volunteers who run stroke support groups. " +
      'This includes a taster session of mindfulness.\n',
    material: false,
  },
  // A trust's committee of carers that reviews quality reports is no group of care.
  {
    name: "a trust's carers reference group, meeting every eight weeks to review quality reports, is not group material",
    text:
      '# Getting Involved\n\nJoin the Carers and Families Reference Group. This long-standing group meets every eight weeks, on a Thursday evening, to ' +
      'review reports on quality and safety and to give feedback on our services. To take part, please contact the involvement team.\n',
    material: false,
  },
  // A patients' council that says it is not a support group, and names no other kind, is some other sort of group.
  {
    name: 'a patients\' council that says "the group is not a support group" and meets monthly is not group material',
    text:
      "# Patients' Council\n\nOur monthly meetings are held on the first Wednesday at 2 pm in the day centre. Members share their experiences and feel " +
      'supported, but the group is not a support group: we focus on how to improve care and take concerns forward.\n',
    material: false,
  },
  {
    name: 'a group that is "not a support group" because it is group therapy stays group therapy',
    text: '# Thursday Process Group\n\nThis is not a support group: it is group therapy, led by a licensed psychologist, $50 a session, for twelve weeks.\n',
    material: true,
    kind: 'therapy',
  },
  // A weekday evening before another noun ("a Tuesday night crew") is someone's habit, not a meeting time.
  {
    name: 'an essay whose only weekday is "a Tuesday night crew expected them" is not group material',
    text:
      'Peer Support Groups That Help People Stay Sober\nGiving up drink is lonely work. Many people find firm ground in a peer support group, a room ' +
      'where nobody flinches at the truth. I have seen people hold on through a bad winter because a Tuesday night crew expected them.\n',
    material: false,
  },
  // A negation inside a quotation ("“Nobody should carry this alone,”") does not reach the words after it: the news item's only
  // word against counselling was the intern's job, so it names no kind; a denial inside the same quotation still counts.
  {
    name: 'a news item with a meeting time, whose "Nobody…" is quoted before "the counselling intern", is no support disclaimer and names no kind',
    text:
      '# New circle for bereaved siblings\n\nA new group for adults who have lost a brother or sister will meet on the first Thursday of each month at ' +
      '7 pm at the Alder Street library.\n“Nobody should carry this alone,” said Priya Mehta, the counselling intern who started the group.\n',
    material: true,
    kind: null,
  },
  {
    name: 'the same news item quoting "“This group is not counselling,” said Priya Mehta" reads as support on her denial',
    text:
      '# New circle for bereaved siblings\n\nA new group for adults who have lost a brother or sister will meet on the first Thursday of each month at ' +
      '7 pm at the Alder Street library.\n“This group is not counselling,” said Priya Mehta, who started it.\n',
    material: true,
    kind: 'support',
  },
  // An interviewee's own past group ("she joined a support group herself") is not the kind of the group reported on.
  {
    name: 'a news item on a new group where "Mehta said she joined a support group herself" names no kind',
    text:
      '# New circle for bereaved siblings\n\nA new group for adults who have lost a brother or sister will meet on the first Thursday of each month at ' +
      '7 pm at the Alder Street library.\nMehta said she joined a support group herself after her brother died.\n',
    material: true,
    kind: null,
  },
  {
    name: 'the same news item that calls the new group "a new peer support group" stays support',
    text:
      '# New circle for bereaved siblings\n\nA new peer support group for adults who have lost a brother or sister will meet on the first Thursday of ' +
      'each month at 7 pm at the Alder Street library.\nMehta said she joined a support group herself after her brother died.\n',
    material: true,
    kind: 'support',
  },
  // "This group was…" after the writer's own visit to a group ("my sister took me to", "I attended", "my first meeting was") is the
  // group visited, told in the past: a diary about someone else's group has no group of its own.
  // A visitor's report of a day out to a group ("we set off to visit…", "I spent a day with…"), told in the past with no way in.
  {
    name: 'a charity\'s visit report where "we set off to visit a grandmothers\' support group … we met at" is not group material',
    text:
      "# A day in the garden\n\nLast spring I spent a day with our partner's outreach team. After breakfast we set off to visit a grandmothers' " +
      "support group in the hills, and we met at the leader's house. The group grows vegetables together, and they told me how the savings scheme works.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a report where "I spent a morning with the carers\' circle" and "we talked" is not group material',
    text:
      "# Notes from the field\n\nIn March I spent a morning with the carers' circle in Oakvale, a peer support group of twelve women. We talked " +
      'about the new well, and they showed me the seed bank they started.\n',
    material: false,
    kind: null,
  },
  {
    name: "a group's own page that tells of a visit and gives its meeting time and contact stays its page",
    text:
      '# Oakvale Carers Circle\n\nLast month we set off to visit a sister group in the next valley, and we came back full of ideas. Our peer ' +
      'support group meets every Tuesday at 10 am in the Oakvale church hall. Call Ruth on 555-0172 to join us.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group\'s own page where "we spent a day with the council" in a report of its work, with a meeting time, stays its page',
    text:
      "# Hillside Stroke Support Group\n\nWe spent a day with the council's planners last year. The group meets on the first Monday of each " +
      'month at 2 pm at the Hillside library; everyone is welcome.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a diary where "my sister took me to a grief support group … This group was mostly retired teachers" is not group material',
    text:
      '# A long week\n\nLast month my sister took me to a grief support group at her church. This group was mostly retired teachers, and I cried ' +
      'the whole time.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a diary where "I attended a bereavement support circle", then "This circle had eight regulars", is not group material',
    text: '# Sunday thoughts\n\nLast winter I attended a bereavement support circle in Dunmore.\n\nThis circle had eight regulars, and the tea was terrible.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a diary where "My first meeting was in March, at a stroke support group … This group was patient with me" is not group material',
    text:
      '# Looking back\n\nMy first meeting was in March, at a stroke support group in the church hall. This group was patient with me, and I ' +
      'said nothing for three weeks.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a diary where "My neighbour brought me along to a parents\' support group … This group were kind" is not group material',
    text: "# Small mercies\n\nMy neighbour brought me along to a parents' support group at the school. This group were kind to me from the first night.\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same diary going on "This group meets every Monday at 7 pm … newcomers are welcome" is that group\'s own page',
    text:
      '# A long week\n\nLast month my sister took me to a grief support group at her church. This group was mostly retired teachers, and I cried ' +
      'the whole time.\nThis group meets every Monday at 7 pm in the library annex, and newcomers are welcome.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an own group\'s history, "This group was started in 2010 by two mothers and meets monthly", stays its own group after a visit',
    text:
      '# A long week\n\nLast month my sister took me to a grief support group at her church. This group was started in 2010 by two mothers and ' +
      'meets monthly.\n',
    material: true,
    kind: 'support',
  },
  // A group, drop-in or club of its own that names no kind but gives its members support in other words ("a place for friendship
  // and support", "supportive peers", "we lean on one another") is group material: support with a sign of peers, else declare-kind.
  // A pastime's, a sport's or a class's club, and a drop-in service, stay silent.
  {
    name: 'a new dads\' group that gives "a place for friendship and support", with no peer sign, is group material of unclear kind',
    text:
      '# Little Oaks opens in March\n\nIn March we open Little Oaks, our newest group at the Brackley Road chapel hall.\n' +
      'It gives first-time fathers a place for friendship and support, and a chance to swap stories of the early months.\n' +
      'Several dads have told us they felt cut off after the birth.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a drop-in program with "supportive peers" that "meets every Thursday" is a support group',
    text:
      '# Lantern Street drop-in\n\nOur drop-in program gives young trans and non-binary people a place to be themselves, with supportive peers, ' +
      'friendly adult allies and confidential talking circles.\nThe drop-in meets every Thursday, 5–7 pm, at the Corran Street library.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'dads who "help one another through hard weeks", "not counsellors or therapists", whose "Sunday club meets" at a hut, are a support group',
    text:
      '# Kelby Dads\n\nWe are ordinary local dads who help one another through hard weeks, the way friends do. We are not counsellors or therapists.\n' +
      'One of us can keep in touch by text between times, and our Sunday club meets at the Kelby village hut.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"We are not social workers or health visitors" over a group of its own is a support group',
    text:
      '# Carers at the Mill\n\nWe meet on Wednesdays at 2 pm in the Old Mill café, for anyone looking after a partner or parent at home. ' +
      'We are not social workers or health visitors: each of us has cared for someone too.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'mums who "lean on one another" in a group of its own that meets weekly are a support group',
    text:
      '# Birchwood Mums\n\nOur group meets every Monday at 10 am in the Birchwood library for mums of new babies. ' +
      'Mums lean on one another and swap stories of the sleepless nights.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'drop-in sessions "held every Tuesday", "a place to find support" for people living with a long illness, hosted by volunteers, are a support group',
    text:
      '# Ashgrove Tuesdays\n\nDrop-in sessions are held every Tuesday, 1–3 pm, at the Ashgrove centre for people living with long Covid. ' +
      'It is a place to find support and share experiences; volunteers keep the kettle on.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a bereaved partners\' walking meet of "supportive peers" is a support group',
    text:
      '# Wednesday Walk and Talk\n\nOur group meets every Wednesday at 10 am by the boating lake. We are supportive peers who have each lost a ' +
      'partner, and we walk a gentle loop together.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group of its own that gives "friendship, support and a cup of tea" but is led by a counsellor for a fee is not made a support group',
    text:
      '# Hearthside\n\nOur group meets every Thursday at 7 pm in the Willow Room at the hospice. It offers friendship, support and a cup of tea to ' +
      'people who are bereaved. It is led by a counsellor, and there is a £5 fee.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a walking club that meets at the scout hut is not group material',
    text: '# Saturday Striders\n\nOur Saturday walking club meets at the Pell Lane scout hut at 10. Bring boots and a flask.\n',
    material: false,
  },
  {
    name: "a beginners' yoga class whose teacher is paid is not group material",
    text: "# Yoga at Tallow Mill\n\nOur beginners' yoga class meets on Tuesdays at 6 pm; the teacher is paid from the class fees.\n",
    material: false,
  },
  {
    name: 'a board games night that offers "friendship and support" and swapped stories is not group material',
    text:
      '# Dice at the Kettle\n\nOur club meets every Thursday at the Copper Kettle café, 6–9 pm. It is a friendly place for friendship and support, ' +
      'and to swap stories over a board game or two.\n',
    material: false,
  },
  {
    name: 'a junior football team whose "players support one another" is not group material',
    text:
      '# Fernholt Foxes Under-12s\n\nOur club meets every Saturday at 9 am on the Fernholt recreation ground. The players support one another on ' +
      'and off the pitch, and every coach is a parent who gives up a morning.\n',
    material: false,
  },
  {
    name: 'a men\'s workshop club where members "help one another with woodwork" and "swap stories", with no word of care, is not group material',
    text:
      '# Shelbourne Shed\n\nOur club meets on Tuesday and Thursday mornings at the old bus depot. Members swap stories and help one another with ' +
      'woodwork, bike repairs and the odd garden bench.\n',
    material: false,
  },
  {
    name: 'a drop-in centre that "offers support with benefits forms" is no group',
    text: '# Willow Lane Hub\n\nOur drop-in centre offers support with benefits forms and housing letters. Open Monday to Friday, 9 am to 4 pm.\n',
    material: false,
  },
  {
    name: 'a youth drop-in of pool, cooking and homework help, with no word of support, is not group material',
    text:
      '# Linden Road Youth Drop-in\n\nThe drop-in meets every Thursday, 5–7 pm, at the Linden Road community hall. Young people can play pool, ' +
      'cook together and get help with homework.\n',
    material: false,
  },
  {
    name: 'an article on "friendship and support" for new fathers, with no group of its own, is not group material',
    text:
      '# Why new fathers need friends\n\nFriendship and support matter to new fathers as much as to new mothers. Many dads say they feel cut off ' +
      'in the first year, and fathers who help one another through it report lower stress.\n',
    material: false,
  }, // (A club or drop-in of its own is no word on groups for the page model: a games club's or a youth drop-in's own page, long
  // enough for the model, reads as a group's page too.)
  {
    name: 'a long page for a board games club that "meets every Thursday" is not group material',
    text:
      '# Dice at the Kettle\n\nOur club meets every Thursday at the Copper Kettle café, from six until nine in the evening. ' +
      'Bring a game you love or learn a new one: we have a shelf of about sixty, from quick card games to long strategy ' +
      'epics that fill a whole evening.\n\nNewcomers are always welcome, and there is usually someone happy to teach. The ' +
      'café keeps the kitchen open for toasties and cake, and we ask everyone to buy at least a drink, since the owners ' +
      'let us have the back room without charge.\n\nOnce a month we hold a longer Saturday session for campaign games. Watch ' +
      'the noticeboard by the door for dates, or ask any of the regulars, who will be glad to tell you more about what ' +
      'we are playing.\n',
    material: false,
  },
  {
    name: 'a long page for a youth drop-in of pool, cooking and homework help is not group material',
    text:
      '# Linden Road Youth Drop-in\n\nThe drop-in meets every Thursday, 5–7 pm, at the Linden Road community hall, for anyone ' +
      'aged eleven to sixteen. Young people can play pool and table tennis, cook something simple together in the hall ' +
      'kitchen, or get help with homework from one of the older volunteers.\n\nThere is no need to book and nothing to pay; ' +
      'just turn up. Parents are welcome to come in for the first visit and meet the team, who all have safeguarding checks.\n\nIn ' +
      'the summer holidays the drop-in runs trips to the lido and the climbing wall, and each term we plan a film night ' +
      'chosen by the young people themselves. Ask at the hall office for a permission form.\n',
    material: false,
  }, // A clinician's word on what they do not do is no host's denial of being a clinician: "We are not psychiatrists" (so we do not
  // prescribe), "I am not a social worker" (so I cannot help with housing).
  {
    name: '"We are not psychiatrists and do not prescribe" over a group of its own leaves its kind unclear',
    text: '# Calmer Mondays\n\nWe are not psychiatrists and do not prescribe. Our group meets on Mondays at 6 pm for adults with anxiety.\n',
    material: true,
    kind: null,
  },
  {
    name: '"I am not a social worker, so I cannot help with housing" over a group of its own leaves its kind unclear',
    text: '# Calmer Mondays\n\nOur group meets on Mondays at 6 pm for adults with anxiety. I am not a social worker, so I cannot help with housing.\n',
    material: true,
    kind: null,
  },
  // A denial in a predicate joined on after a word ("is peer-led and does not charge") denies that predicate, not the word.
  {
    name: '"This circle is peer-led and does not charge anything": the denial is of the charge, and the circle reads as support',
    text: '# Millbrook Carers Circle\n\nThis circle is peer-led and does not charge anything. We meet on the second Wednesday of each month at 7 pm in the Fernhill community room.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"The circle is peer-led and isn\'t part of any clinic" reads as support',
    text: "# Millbrook Carers Circle\n\nThe circle is peer-led and isn't part of any clinic. We meet on the second Wednesday of each month at 7 pm in the Fernhill community room.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a denial before a predicate joined on after it ("does not charge and is peer-led") does not reach it',
    text: '# Millbrook Carers Circle\n\nThe circle does not charge and is peer-led. We meet on the second Wednesday of each month at 7 pm in the Fernhill community room.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"is peer-led and members do not pay anything": the clause on the members denies their paying',
    text: '# Millbrook Carers Circle\n\nThis circle is peer-led and members do not pay anything. We meet on the second Wednesday of each month at 7 pm in the Fernhill community room.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"The circle is free and won\'t ask you for anything" is free',
    text: "# Millbrook Carers Circle\n\nThe circle is free and won't ask you for anything. We meet on the second Wednesday of each month at 7 pm in the Fernhill community room.\n",
    material: true,
    kind: 'support',
  },
  // The page's own group as the subject of a denied verb ("Our group does not compete…") is still its own group.
  {
    name: '"Our group does not compete with professionals" is the page\'s own group, and "no self-help group could replace them [the counsellors]" its disclaimer',
    text:
      '# Still Their Parents\n\nWhy come to "Still Their Parents"? We value the nurses and counsellors who care for bereaved families, and no self-help group ' +
      'could replace them. Our group does not compete with professionals; it gives some parents another choice.\n\nThe group offers bereaved parents a ' +
      'place to talk and to be listened to. Parents who have walked the same road share what helped them.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Our group is not therapy, but a place where bereaved parents listen" is a support group of its own',
    text: '# Still Their Parents\n\nParents who have lost a child often feel that nobody understands. Our group is not therapy, but a place where bereaved parents listen to one another.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"This circle isn\'t a clinic; it is not therapy" is a support group of its own',
    text: "# Still Their Parents\n\nParents who have lost a child often feel that nobody understands. This circle isn't a clinic; it is not therapy, but a place where bereaved parents listen to one another.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"This support group does not replace your cardiology appointments" names its kind and disclaims care',
    text: '# Heart Friends\n\nThis support group does not replace your cardiology appointments. We meet on Tuesdays at 6 pm in the Elm Road hall.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"No support group can take the place of a trained counsellor" is a disclaimer, not a denial of being a support group',
    text: '# Heart Friends\n\nNo support group can take the place of a trained counsellor, and ours does not try to. We meet on Tuesdays at 6 pm in the Elm Road hall.\n',
    material: true,
    kind: 'support',
  },
  // What the first negation governs stays denied.
  {
    name: '"This is not a peer-led group" still denies it',
    text: '# Millbrook Carers Group\n\nThis is not a peer-led group. It is run by the hospital psychology team and costs $30 a session. We meet on Wednesdays at 7 pm.\n',
    material: false,
  },
  {
    name: '"neither peer-led nor free" still denies both',
    text: '# Millbrook Carers Group\n\nThe group is neither peer-led nor free: a licensed psychologist leads it and each session costs $30. We meet on Wednesdays at 7 pm.\n',
    material: false,
  },
  {
    name: '"not peer-led but run by clinicians" still denies it',
    text: '# Millbrook Carers Group\n\nThe group is not peer-led but run by clinicians from the memory clinic. We meet on Wednesdays at 7 pm.\n',
    material: false,
  },
  {
    name: '"This group is not a therapy group and does not keep notes": the first negation governs "therapy group"',
    text: '# Millbrook Carers Group\n\nThis group is not a therapy group and does not keep notes. We meet on Wednesdays at 7 pm in the Fernhill community room.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"This is not our group" denies the group before it: no group of its own',
    text: '# Still Their Parents\n\nParents who have lost a child often feel that nobody understands. This is not our group, and it is not therapy; bereaved parents listen to one another there.\n',
    material: false,
  },
  {
    name: '"This is not our group\'s page" gives no group of its own',
    text: "# Tidewater Walking Club\n\nThis is not our group's page. The bereaved parents' circle has its own site at the hospice.\n",
    material: false,
  },
  {
    name: '"We do not run a group" gives no group of its own',
    text: '# Tidewater Walking Club\n\nWe do not run a group. The walks are organised by the parish council and anyone may come.\n',
    material: false,
  },
  {
    name: '"Support groups are not therapy" in general gives no group of its own',
    text: '# Still Their Parents\n\nParents who have lost a child often feel that nobody understands. Support groups are not therapy, but places where bereaved parents listen to one another.\n',
    material: false,
  },
  // A time with no am or pm after "at", in a sentence with a day or date and a place, is a meeting time as "7.30 pm" is.
  {
    name: 'a bare time after "at" beside a date and a place ("on 20th December at 19.30 at the Linden Road Community Hall") is a meeting time',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      'over tea, and it helped. We gather again on 20th December at 19.30 at the Linden Road Community Hall, 12 Weir Lane. Every grieving parent is welcome.\n',
    material: true,
  },
  {
    name: 'the same notice with "7.30 pm" reads as group material too',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      'over tea, and it helped. We gather again on 20th December at 7.30 pm at the Linden Road Community Hall, 12 Weir Lane. Every grieving parent is welcome.\n',
    material: true,
  },
  {
    name: 'a bare "7:30" after "at", with "March 14th" and a library, is a meeting time',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      'over tea, and it helped. We come together next on March 14th at 7:30 in the Orchard Street library. Every grieving parent is welcome.\n',
    material: true,
  },
  {
    name: 'a bare "19:30" after "at", with "next Thursday" and a church\'s back room, is a meeting time',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      "over tea, and it helped. We gather next Thursday at 19:30 in the back room of St Brannoc's church. Every grieving parent is welcome.\n",
    material: true,
  },
  {
    name: 'a bare time with a date but no place ("on 20th December at 7.30") is no meeting time',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      'over tea, and it helped. We gather again on 20th December at 7.30. Every grieving parent is welcome.\n',
    material: false,
  },
  {
    name: 'a price ("at £7.30"), a verse ("Psalm 34:18") and "version 2.5" beside a date and a hall are no meeting time',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      'over tea, and it helped. On 20th December the Linden Road Community Hall sells the memorial candles at £7.30, and on Sunday at ' +
      "St Brannoc's church the vicar read Psalm 34:18. The remembrance booklet is now at version 2.5. Every grieving parent is welcome.\n",
    material: false,
  },
  {
    name: 'a price with no currency sign ("tea at 1.50 a cup") beside a date and a hall is no meeting time',
    text:
      '# Marsh End Bereaved Parents\n\nNo parent should carry the loss of a child alone. A handful of us who lost sons and daughters started sitting together ' +
      'over tea, and it helped. On 20th December the Linden Road Community Hall sells tea at 1.50 a cup. Every grieving parent is welcome.\n',
    material: false,
  },
  {
    name: 'a start date written "14th March" ("New circles starting 14th March") is a group of its own starting, as "March 14" is',
    text: '# Widowed Young\n\nA peer support group for people widowed before fifty, run by members who have been there. New circles starting 14th March.\n',
    material: true,
    kind: 'support',
  },
  // A member's story in the past tense speaks of "our meetings" as the fellowship's, not the page's own group: only words of when,
  // where or how to join make it the group's page.
  {
    name: 'a fellowship member\'s reflection that says "I tell them our meetings stay anonymous" is a personal story, not a support flyer',
    text:
      '# The Back Row\n\nMy brother pleaded with me for a whole winter to try Al-Anon before I gave in. When I finally went, I sat in the back row with my coat on ' +
      "and said nothing. I was certain everyone could see how ashamed I felt. I kept going anyway, and slowly I learned that my father's drinking was not " +
      'mine to fix. These days newcomers sometimes ask me what happens there, and I tell them our meetings stay anonymous. Al-Anon gave me back my own life.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a fellowship member\'s reflection that says "We should keep talk in our meetings to the program\'s principles" is a personal story, not a support flyer',
    text:
      '# The Back Row\n\nMy brother pleaded with me for a whole winter to try Gam-Anon before I gave in. When I finally went, I sat in the back row with my coat on ' +
      'and said nothing. I was certain everyone could see how ashamed I felt about my husband and the betting. I kept going anyway, and slowly I learned that ' +
      "his debts were not mine to fix. I still believe what I heard that first night. We should keep talk in our meetings to the program's principles. " +
      'Gam-Anon gave me back my own life.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same reflection saying "our meetings are held in confidence" is still a personal story: confidence is no place',
    text:
      '# The Back Row\n\nMy brother pleaded with me for a whole winter to try Al-Anon before I gave in. When I finally went, I sat in the back row with my coat on ' +
      "and said nothing. I was certain everyone could see how ashamed I felt. I kept going anyway, and slowly I learned that my father's drinking was not " +
      'mine to fix. These days newcomers sometimes ask me what happens there, and I tell them our meetings are held in confidence. Al-Anon gave me back my own life.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same reflection followed by a notice ("Our group meets every Tuesday at 7 pm in the church hall; newcomers welcome") is the group\'s page',
    text:
      '# The Back Row\n\nMy brother pleaded with me for a whole winter to try Al-Anon before I gave in. When I finally went, I sat in the back row with my coat on ' +
      "and said nothing. I was certain everyone could see how ashamed I felt. I kept going anyway, and slowly I learned that my father's drinking was not " +
      'mine to fix. These days newcomers sometimes ask me what happens there, and I tell them our meetings stay anonymous. Al-Anon gave me back my own life.\n' +
      '\nOur group meets every Tuesday at 7 pm in the church hall; newcomers welcome.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "the same reflection followed by where its meetings are held, with no clock time, is the group's page",
    text:
      '# The Back Row\n\nMy brother pleaded with me for a whole winter to try Al-Anon before I gave in. When I finally went, I sat in the back row with my coat on ' +
      "and said nothing. I was certain everyone could see how ashamed I felt. I kept going anyway, and slowly I learned that my father's drinking was not " +
      'mine to fix. These days newcomers sometimes ask me what happens there, and I tell them our meetings stay anonymous. Al-Anon gave me back my own life.\n' +
      '\nOur meetings are held in the Quaker hall on Castle Street, and newcomers are always welcome.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a fellowship\'s own page, no personal story, that says "Our meetings stay anonymous" is still its group\'s page',
    text: '# Harbourside Al-Anon\n\nAl-Anon is for the families and friends of problem drinkers. Our meetings stay anonymous, and nobody has to speak until they are ready.\n',
    material: true,
    kind: 'support',
  },
  // Leave to come and go ("Feel completely free to come and go") is no word on cost and no sign of either kind: a peer café that says
  // it is peer support keeps its reading on those words alone.
  {
    name: 'an online peer café that says "Feel completely free to come and go" still reads as support, on "peer support"',
    text:
      "# Thursday Evening Café for Parents\n\nThe Marlow Parents' Network runs an online café for parents of children with complex needs. It is a chance " +
      'for peer support and a chat with people who understand, every Thursday at 8 pm on video.\n\n## On the night\n\n- Two volunteer parents host each café.\n' +
      '- Feel completely free to come and go, and keep your camera off if you like.\n\nTo get the link, email the network office.\n',
    material: true,
    kind: 'support',
  },
];

describe('how the kind is read', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = lint(c.text, { path: '/t.md' });
      if (c.material !== undefined) assert.equal(r.groupMaterial, c.material, `group material (${r.groupReason ?? 'no reason'})`);
      if (c.kind !== undefined) assert.equal(r.kind, c.kind, `kind (evidence: ${r.kindEvidence.join(', ')})`);
    });
  }

  it('a page with groups of its own that names no kind says so when it passes them over', () => {
    const r = lint(
      '# Gatherings\n\nClients told us they wanted to hear from someone who had been through it. The peer gatherings bring together people with similar worries: loss, low mood, drinking, loneliness.\n\nThese gatherings are open to anyone over eighteen. They are hosted by clients who know the local services well.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
    assert.equal(
      r.notGroupReason,
      'it speaks of a group of its own but never says which kind it is: no kind of group named, and nothing saying it is peer-run or not therapy',
    );
  });

  it('a caregiver support group that charges a fee and hands out worksheets, with a "Support group or group therapy?" section, gets the support rules', () => {
    const c = cases.find((x) => x.name.startsWith('a caregiver support group flyer with a "Support group or group therapy?"'))!;
    const r = lint(c.text, { path: '/t.md' });
    assert.deepEqual([...new Set(r.problems.map((p) => p.rule))].sort(), ['support-disclaimer', 'support-free', 'support-no-clinical-activities']);
  });

  it('"Act" in the name of a law ("the Capacity Act 2015") is no ACT group: the page is not read as therapy on that word', () => {
    const r = lint(
      '# Carers Café\n\nThe Carers Café is a monthly get-together for family carers, led by two social workers. Carers come together in a relaxed space ' +
        'to share experiences and receive support. This month a solicitor talks about the Capacity Act 2015.\n\n' +
        'We meet on the first Monday of the month at 2 pm at the arts centre.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, true);
    assert.notEqual(r.kind, 'therapy');
    assert.ok(!r.kindEvidence.some((e) => /\bAct\b/.test(e)), r.kindEvidence.join(', '));
  });

  it('a title naming groups ("Life After Surgery Groups") counts as speaking of groups, so the page is weighed, not passed over unread', () => {
    const r = lint(
      '# Life After Surgery Groups\n\nBefore and after weight-loss surgery, patients still need steady work and lasting changes in how they live. Old habits took years to form and do not vanish overnight.\n\nSurgeons give each patient a diet to follow before and after the operation. Our groups help patients learn and keep new habits: eating smaller portions, eating slowly, not eating for emotional reasons, and moving more.\n\n',
      { path: '/t.md' },
    );
    // Too little here for the page model to call it a group's own page; but its reason is given, not left empty.
    assert.match(r.notGroupReason ?? r.groupReason ?? '', /speaks of groups|group of its own|read as one group/);
  });

  it('groups of the page\'s own in the plural ("Our groups are led by two of our bereavement therapists") count as speaking of groups', () => {
    const r = lint(
      'At Lakeside Cancer Care we listen to what our clients ask for, and the idea for therapist-led bereavement groups came from clients and therapists alike.\n\nMany clients told us they felt alone in their grief. Friends and family were kind, but often did not understand, and remarks such as "surely you feel better by now?" left people feeling more isolated.\n\nBeing with others who are grieving shows how different and how shared grief can be. Clients notice that some of their thoughts and feelings are the same as other people\'s, and that grief is not an illness but a way of living through a loss.\n\nOur groups are led by two of our bereavement therapists and run for eight weeks.\n',
      { path: '/t.md' },
    );
    assert.match(r.notGroupReason ?? r.groupReason ?? '', /speaks of groups|group of its own|read as one group/);
  });

  it('a contributing guide\'s "our groups on the forge" stays silent', () => {
    const r = lint(
      '# Contributing\n\nOur groups on the forge are organised by area: core, plugins and docs. These groups have their own maintainers, who review merge requests and triage issues.\n\nPlease read the code of conduct before opening a merge request, and run the test suite locally first.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
    assert.equal(r.problems.length, 0);
  });

  it('a project page titled "Working Groups" stays silent', () => {
    const r = lint(
      '# Working Groups\n\nThe project has three working groups: documentation, release and security. Each working group keeps its own notes in the wiki and reports to the steering committee once a quarter.\n\nTo propose a new working group, open an issue describing its scope and the people who will lead it.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
    assert.equal(r.problems.length, 0);
  });

  it('a group that denies being therapy reads as support even when its other words lean clinical, and the denial is the evidence', () => {
    const text =
      '# Rebuilding After Divorce\n\nIs this counseling? No, it is not counseling. Our groups meet on Tuesdays at 7 pm for 13 weeks. ' +
      'Is there a cost? The workbook is $20. Each class follows the curriculum and we learn from each other.\n';
    const r = lint(text, { path: '/t.md' });
    assert.equal(r.kind, 'support');
    assert.ok(
      r.kindEvidence.some((e) => /not counseling/.test(e)),
      r.kindEvidence.join(', '),
    );
  });

  it('a group whose hosts say they are no clinicians reads as support, and their words are the evidence', () => {
    const r = lint(
      'We are about to restart our bereavement cafés, this time online. Anyone who is grieving can join us. We are not therapists, but we listen well.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'support');
    assert.ok(
      r.kindEvidence.some((e) => /We are not therapists/.test(e)),
      r.kindEvidence.join(', '),
    );
  });

  it('a flyer for one group with a section comparing the kinds is judged as that group, its problems raised', () => {
    const r = lint(
      '# Caregiver Support Group\n\nA support group for family caregivers. Fee: $15 a meeting. We hand out worksheets each week.\n\n' +
        '## Support group or group therapy?\n\nA support group is led by peers; group therapy is a clinical service run by a licensed therapist.\n',
      { path: '/t.md' },
    );
    assert.equal(r.comparison, false);
    assert.equal(r.kind, 'support');
    const rules = r.problems.map((p) => p.rule);
    assert.ok(rules.includes('support-free') && rules.includes('support-no-clinical-activities'), rules.join(', '));
  });
});

describe('a heading run into the first paragraph (no blank line under it)', () => {
  const statementMissed = (text: string) => lint(text, { path: '/t.md' }).problems.some((p) => p.rule === 'therapy-statement');
  const faq =
    'Our friendship groups help children practise taking turns and sharing.\nEach group of six meets for eight weeks with a licensed counselor, ' +
    'and the fee is $30 per session.\n';

  for (const heading of ['Friendship Group Counseling: Common Questions', 'Sunday Therapy Group', 'Friendship Group Counseling']) {
    it(`"${heading}" run into the text is the title, as with a blank line or "# ": the statement is missed`, () => {
      for (const text of [`${heading}\n${faq}`, `${heading}\n\n${faq}`, `# ${heading}\n\n${faq}`]) {
        const r = lint(text, { path: '/t.md' });
        assert.equal(r.kind, 'therapy', text);
        assert.ok(statementMissed(text), text);
      }
    });
  }

  it('a first line that is a full sentence naming the group is a statement in prose', () => {
    const text = 'Our therapy group meets on Tuesdays with a licensed psychologist.\n' + faq;
    assert.equal(lint(text, { path: '/t.md' }).kind, 'therapy');
    assert.ok(!statementMissed(text));
  });

  it('a first line that says so with its full stop left off ("This is group therapy") is a statement too', () => {
    const text = 'This is group therapy\n' + faq;
    assert.equal(lint(text, { path: '/t.md' }).kind, 'therapy');
    assert.ok(!statementMissed(text));
  });
});

// "We offer" a treatment named alone is no group of the page's own, and a method's initials name a group only with a group word
// near them: a page of one-to-one work that names its methods is not group therapy. (A group offered, "a CBT group", "group CBT",
// "CBT in small groups", still is.)
const offeredMethods: Case[] = [
  {
    name: '"We offer CBT for adults…", each client seen one to one, is not group material',
    text: 'We offer CBT for adults with panic attacks. Each client sees one psychologist, one to one, weekly.\n',
    material: false,
    kind: null,
  },
  {
    name: '"We offer EMDR for adults…", met "on your own", is not group material',
    text: 'We offer EMDR for adults after a car crash. You meet your clinician on your own, once a week.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a clinic whose one line is "We offer DBT." is not group material',
    text: '# Harlow Street Anxiety Clinic\n\nWe offer DBT.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a practice that "currently offer[s] EMDR, CBT and ACT", with appointment times and a fee, is not group material',
    text:
      '# Fenwick Lane Psychology\n\nWe currently offer EMDR, CBT and ACT for adults. Appointments are 50 minutes, on Tuesdays and Thursdays ' +
      'from 9 am. The fee is $120 a session.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group word denied near the initials ("CBT one to one, not in a group") names no group',
    text: '# Quarry Hill Clinic\n\nWe offer CBT one to one, not in a group. Appointments are on Mondays at 5 pm, and each costs $110.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a practice named a "Medical Group" that offers CBT and EMDR is not group material',
    text: '# Ashby Medical Group\n\nWe offer CBT and EMDR for adults. Appointments are on weekdays.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an MBSR class ("Our MBSR program brings learners together as a class") is a stress-reduction course, not group therapy',
    text: '# Stillwater Stress Course\n\nOur MBSR program brings learners together as a class.\n',
    kind: null,
  },
  {
    name: 'an eight-week MBSR course that meets on Tuesdays is not group therapy',
    text: '# Stillwater Mindfulness\n\nOur eight-week MBSR course meets on Tuesdays at 7 pm at the Granary. Each class includes a guided practice.\n',
    kind: null,
  },
  {
    name: 'a peer talking group whose host "shares a CBT skill" in another paragraph stays a support group',
    text:
      '# Tuesday Talk for Dads\n\nA free talking group for dads, every Tuesday at 7 pm in the back room of the Copper Kettle café. Volunteers ' +
      'who have been through hard times host it.\n\nAt the end, one of the hosts shares a CBT skill, like catching an unhelpful thought, to try ' +
      'during the week.\n',
    material: true,
    kind: 'support',
  },
  // Near misses: a group offered, by its method's name with a group word, stays group therapy.
  {
    name: '"We offer a CBT group…", eight people meeting weekly with psychologists, stays group therapy',
    text: 'We offer a CBT group for adults with panic attacks. Eight people meet weekly with two psychologists for 90 minutes.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Our DBT skills group meets on Mondays" stays group therapy',
    text: 'Our DBT skills group meets on Mondays, led by a licensed clinical social worker.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We offer group CBT for insomnia" stays group therapy',
    text: 'We offer group CBT for insomnia: six weekly sessions with a psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We offer CBT in small groups of eight" stays group therapy',
    text: '# Linden Road Psychology\n\nWe offer CBT in small groups of eight. Each group meets on Tuesdays at 6 pm with a clinical psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We offer CBT individually or in a small group", the group with its day and fee, stays group therapy',
    text: '# Kestrel Clinic\n\nWe offer CBT individually or in a small group. The group meets on Thursdays at 6 pm with a psychologist; $45 a session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We offer one-to-one and group therapy" stays group therapy',
    text: '# Linden Road Psychology\n\nWe offer one-to-one and group therapy for adults with anxiety. Groups meet on Tuesdays at 6 pm.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We run a DBT programme" for teenagers, led by a licensed counsellor and charged for, stays group therapy',
    text: '# Teen DBT at Birchfield\n\nWe run a DBT programme for teenagers on Wednesdays at 5 pm, led by a licensed counsellor. $50 per session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We run ACT groups" stays group therapy',
    text: '# Brookside Pain Service\n\nWe run ACT groups for adults with long-term pain. Each group meets for eight weeks, led by a psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an MBCT group (a therapy, unlike MBSR) stays group therapy',
    text: '# Stillwater Mindfulness\n\nOur MBCT group meets on Tuesdays at 7 pm for eight weeks, led by a clinical psychologist.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a heading that names DBT\'s skills ("Teen DBT: Skills for…"), its skills group, stays group therapy',
    text:
      '# Teen DBT: Skills for Young People and Parents\n\nTeenagers and a parent learn the same skills side by side, so the family speaks one ' +
      'language.\n\nTuesdays, 5:30 to 7 pm, for 16 weeks. Led by our therapists (LCSW, LPC). $90 per family per week.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We offer peer support for unpaid carers" is still the group\'s own',
    text: '# Hillside Carers\n\nWe offer peer support for unpaid carers. Meetings are on Thursdays at 2 pm in the Elm Street library.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a peer support group that practises DBT skills together stays a support group',
    text:
      '# Harbour Peer Circle\n\nOur peer support group for people living with BPD meets on Mondays at 7 pm. We practise DBT skills together. ' +
      'This is not therapy, and it is free.\n',
    material: true,
    kind: 'support',
  },
  // "We offer" one-to-one work is no group of its own, whatever kind the page then names in passing.
  {
    name: '"We offer one-to-one counselling…", then "Group therapy can also help", is not group material',
    text:
      '# Birch Lane Therapy\n\nWe offer one-to-one counselling for adults living with grief. Group therapy can also help, and your counsellor can ' +
      'tell you more about it.\n',
    material: false,
    kind: null,
  },
  {
    name: '"We offer counselling for individuals and couples", then "Support groups can also help", is not group material',
    text:
      '# Birch Lane Therapy\n\nWe offer counselling for individuals and couples. Our counsellors are registered with the BACP. Support groups can ' +
      'also help.\n',
    material: false,
    kind: null,
  },
  {
    name: '"We offer one-to-one bereavement counselling, and a monthly bereavement support group" still offers a group of its own',
    text: '# Rowan Grief Service\n\nWe offer one-to-one bereavement counselling, and a monthly bereavement support group at the Mill Street hall.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a title of bare initials ("Teen DBT") over one-to-one work is not group material',
    text: 'Teen DBT\n\nTeenagers learn DBT skills one to one with a therapist. Tuesdays, 5:30 to 7 pm. $90 per session.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a title line of text saved from a web page that names DBT\'s skills ("Teen DBT: Skills for…") stays group therapy',
    text:
      'Teen DBT: Skills for Young People and Parents\n\nTeenagers and a parent learn the same skills side by side, so the family speaks one ' +
      'language.\n\nTuesdays, 5:30 to 7 pm, for 16 weeks. Led by our therapists (LCSW, LPC). $90 per family per week.\n',
    material: true,
    kind: 'therapy',
  },
];

describe('a treatment offered by its name alone is no group of the page', () => {
  for (const c of offeredMethods) {
    it(c.name, () => {
      const r = lint(c.text, { path: '/t.md' });
      if (c.material !== undefined) assert.equal(r.groupMaterial, c.material, `group material (${r.groupReason ?? 'no reason'})`);
      if (c.kind !== undefined) assert.equal(r.kind, c.kind, `kind (evidence: ${r.kindEvidence.join(', ')})`);
    });
  }
});

// A network of peer groups on its own page, saying in its own voice what its groups are, on which day they meet or who leads them,
// is not overruled by the page model, however much its words read like an article; the same said of groups in general still is.
// Nor do groups in general ("Many meet weekly, in libraries") or a "contact" that sends readers elsewhere make an explainer a group's.
const BEREAVED_PARENTS_OPENING =
  '# Heartwood Parents of Ashcombe\n\nHeartwood is a peer support group for parents whose baby has died. It was started in 2009 by two mothers in Ashcombe, and a second group began in 2016 in Fenny Cross.\n\nThe death of a baby, before or soon after birth, is a loss that many people around the parents find hard to talk about. Friends and family may not know what to say, colleagues avoid the subject, and grief can be lonely and confusing for months or years. Fathers often feel their loss is overlooked, and later pregnancies can bring fear as well as hope.\n\nMany bereaved parents find that talking with other parents who have been through the same loss helps them feel less alone, and local support groups have grown up in many towns to offer that. Grandparents grieve too, for the baby and for their own child, and brothers and sisters may need help to understand what has happened.\n\n';

const ownVoiceCases: Case[] = [
  {
    name: 'a widowed people\'s network that says "We are a network of local support groups", "Our groups are support groups only", "Facilitators are peers … and we do not diagnose" is its own page',
    text: '# Second Spring Widowed Circles of Lunden Vale\n\nIn 2013 our chair, Nell Ashby, started the first widow-to-widow support group in Lunden Vale, which still meets weekly on Wednesdays. A second circle began in 2019 in Harrowgate.\n\nWe are a network of local support groups made up of widows and widowers, offering a warm and safe setting for people whose husband, wife or partner has died. Grief after the loss of a partner can be lonely and bewildering, and friends and family do not always know what to say, so many people find comfort in talking with others who have walked the same road and understand the long months of learning to live alone.\n\nOur groups are support groups only. Facilitators are peers, not professional counsellors or therapists, and we do not diagnose or give advice. Between meetings, members ring one another to check in.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"We are a network of local peer support groups" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'We are a network of local peer support groups for bereaved parents, run by parents for parents.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Our groups are self-help groups" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Our groups are self-help groups, and they are free.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Our groups are peer-led" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Our groups are peer-led, and nobody is asked to speak.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"We meet every other Monday evening", with no place, is its own page',
    text: BEREAVED_PARENTS_OPENING + 'We meet every other Monday evening, and partners are welcome too.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"The first group, started by our two founders, still meets weekly on Wednesdays" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'The first group, started by our two founders, still meets weekly on Wednesdays.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"The groups meet every other Monday evening" on a page with "Our groups" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Our groups welcome fathers as well as mothers. The groups meet every other Monday evening.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Facilitators are parents who have lost a baby themselves, and we do not give medical advice" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Facilitators are parents who have lost a baby themselves, and we do not give medical advice.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Our facilitators have lived experience of baby loss" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Our facilitators have lived experience of baby loss.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a kinship carers\' network whose "facilitators are volunteers who have been there" is its own page',
    text: "# The Kinship Carers Network of Elmstead\n\nThe Kinship Carers Network is for grandparents, aunts, uncles, older brothers and sisters and family friends who have taken on the care of a child when the child's parents could not. Kinship care often begins suddenly, after a crisis, and carers find themselves juggling school runs, court dates, money worries and their own feelings about the child's parents, usually with far less help than foster carers receive.\n\nResearch shows that kinship carers are more likely to be older, to live on a low income and to have health problems of their own, and many describe the same pattern: exhaustion, isolation, and a sense that nobody else quite understands the mix of love and loss that comes with raising a relative's child. Local councils and national charities have called for better support for these families for many years.\n\nOur support groups give carers a place to talk. Our facilitators are volunteers who have been there, raising grandchildren or nieces and nephews themselves. They are not social workers and they do not give legal advice, but they can share what has worked for them.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a stroke survivors\' network whose groups "are peer-led" and each "meets every other Monday evening" is its own page',
    text: "# Stroke Survivors Together, Brackenridge\n\nStroke Survivors Together began in 2011 when three friends from the Brackenridge rehabilitation ward kept in touch after they went home. Today there are five groups across the district, in Brackenridge, Milton Hollow, Ashby, Lowfield and Tarnside.\n\nA stroke can change a person's speech, movement, memory and mood in a single afternoon, and the months of recovery that follow are often lonely for survivors and for the husbands, wives and children who care for them. Many people say that the hardest part is not the physical work of rehabilitation but the feeling that nobody around them understands what has changed.\n\nOur groups are peer-led. Each one meets every other Monday evening, and survivors and family members are both welcome. Nobody is asked to speak, and there is always tea.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"Our support groups are a safe space to talk…" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Our support groups are a safe space to talk about the baby you lost, at your own pace.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Our monthly meetings are a welcoming place where…" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'Our monthly meetings are a welcoming place where fathers and mothers alike can speak or simply listen.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"All of our groups are a calm and confidential setting in which…" is its own page',
    text: BEREAVED_PARENTS_OPENING + 'All of our groups are a calm and confidential setting in which nobody is rushed.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Support groups are a safe space to talk…", with no "our", is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Support groups are a safe space to talk about the baby you lost, at your own pace.\n',
    material: false,
  },
  {
    name: '"Many local support groups are a safe space…", of groups in general, is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Many local support groups are a safe space to talk about the baby you lost.\n',
    material: false,
  },
  {
    name: 'a parent quoted in a story, \'"Our support groups are a safe space to talk," one mother told the paper\', is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + '"Our support groups are a safe space to talk," one mother from Ashcombe told the paper.\n',
    material: false,
  },
  {
    name: '"Our groups are not a place to be judged" says nothing of what its groups are, and is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Our groups are not a place to be judged.\n',
    material: false,
  },
  {
    name: 'the same page with no word of its own groups is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Partners are welcome too.\n',
    material: false,
  },
  {
    name: '"Most of these groups are peer-led", of groups in general, is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Most of these groups are peer-led, and nobody is asked to speak.\n',
    material: false,
  },
  {
    name: '"Many meet every other Monday evening", of groups in general, is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Many meet every other Monday evening, and partners are often welcome too.\n',
    material: false,
  },
  {
    name: '"Some groups meet every other Monday evening", with no "our" on the page, is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'Groups like this welcome fathers as well as mothers. Some groups meet every other Monday evening.\n',
    material: false,
  },
  {
    name: '"In most areas, facilitators are volunteers who have lost a baby themselves", in the third person, is still read as writing about groups',
    text: BEREAVED_PARENTS_OPENING + 'In most areas, facilitators are volunteers who have lost a baby themselves.\n',
    material: false,
  },
  {
    name: 'an explainer in the third person ("Such groups are support groups, not therapy. Most of these groups are run by peers… Many meet weekly") is not group material',
    text: '# Peer groups after the death of a partner\n\nWhen a husband, wife or partner dies, the people left behind often say that friends drift away after the funeral. Peer groups for widowed people grew up to fill that gap, and today there are hundreds of them across the country, in towns large and small.\n\nSuch groups are support groups, not therapy. Most of these groups are run by peers who were widowed themselves, and the facilitators do not diagnose or give advice. Many meet weekly. Members talk about the first anniversary, about money and paperwork, about cooking for one and about going out alone for the first time.\n\nResearch on bereavement suggests that talking with others who have lived through the same loss can ease loneliness, although grief has no timetable and no single path. A group is not for everyone, and some people prefer one friend to a circle of strangers.\n',
    material: false,
  },
  {
    name: 'an article on coping after losing a spouse, with no "we" or "our" and no meeting day, is not group material',
    text: '# Coping after losing a spouse\n\nThe death of a husband, wife or partner turns daily life upside down. Meals, money, the house and the car all need attention at the very moment that grief leaves little energy for any of them, and many people say the second year is harder than the first.\n\nGrief comes in waves. Some days are calm, and then a song or a smell brings the loss back as sharply as on the first day. Sleep, appetite and memory can all suffer for months, and it helps to keep simple routines and to let others help with practical tasks.\n\nTalking helps too. Some widowed people lean on a close friend or a relative; others find that a support group, where everyone has lost a partner, lets them say things that other people do not want to hear. A doctor can point to local groups and to counselling if the grief does not ease.\n',
    material: false,
  },
  {
    name: 'an explainer with an editorial "we" whose "Facilitators are peers" and "Many meet weekly on Thursdays" are said of groups in general is still read as writing about groups',
    text: '# Finding your feet after a partner dies\n\nIn this guide we look at what helps in the first two years after the death of a husband, wife or partner, drawing on the stories readers have sent us over the past decade.\n\nGrief after the loss of a partner touches every part of life: sleep, appetite, money, friendships and the simple routines of a shared home. Many people say the second year is harder than the first, because the cards and visits have stopped while the loneliness has not.\n\nThe Widowed Peer Support Group is a place where widows and widowers talk about all of this with people who understand. Such groups are support groups, not therapy. Facilitators are peers who were widowed themselves, and most of these groups are run by volunteers. Many meet weekly on Thursdays, and some meet every other Monday evening.\n\nYour doctor, a hospice or a bereavement charity can tell you about groups near you.\n',
    material: false,
  },
  {
    name: 'an explainer titled "Support groups for widowed people" whose one logistic word is "Contact a local hospice … to find a group nearby" is not group material',
    text: '# Support groups for widowed people\n\nLosing a spouse or partner is one of the hardest things a person can live through. Friends mean well but often do not know what to say, and after the first few weeks the visits and the phone calls tend to stop.\n\nSupport groups for widowed people bring together men and women who have lost a partner. They are usually free, they are led by peers rather than professionals, and members talk about the practical and emotional sides of life alone: money, meals, sleep, anniversaries, the first holidays.\n\nA support group is not therapy. Facilitators are usually volunteers who were widowed themselves, and they do not give medical or legal advice. Some groups are open to anyone, while others are only for people widowed young or for those whose partner died by suicide. Contact a local hospice or a bereavement charity to find a group nearby.\n',
    material: false,
  },
  {
    name: 'a service\'s page titled "Support Groups for Widowed People" whose groups "run weekly" and readers "Contact the … Service to join" is still group material',
    text: '# Support Groups for Widowed People\n\nSupport groups for widowed people run weekly in Fernvale and Oakridge. They are free and led by peers. Contact the Fernvale Bereavement Service to join.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer whose "Many meet weekly, in libraries or community centres" is said of groups in general is not group material',
    text: '# Why widowed people join peer groups\n\nAfter the funeral, many widowed people find that the world expects them to move on long before they are ready. Peer groups offer a place where nobody is in a hurry, where the dead partner can be named, and where the same story can be told twice without anyone sighing.\n\nMany meet weekly, in libraries or community centres, and most are free. Members are widows and widowers at every stage, from those whose loss is a few weeks old to those who have been alone for years and come back to help newcomers. Hearing how someone else got through the first winter can give hope that is hard to find elsewhere.\n\nPeer groups are not a replacement for medical care. People who cannot sleep, eat or work for months should see a doctor, and a group can sit alongside counselling rather than take its place.\n',
    material: false,
  },
  {
    name: 'the same page whose own group "meets weekly, in the reading room of the Quay Street library" is still group material',
    text: '# Why widowed people join peer groups\n\nAfter the funeral, many widowed people find that the world expects them to move on long before they are ready. Peer groups offer a place where nobody is in a hurry, where the dead partner can be named, and where the same story can be told twice without anyone sighing.\n\nOurs meets weekly, in the reading room of the Quay Street library, and it is free. Members are widows and widowers at every stage, from those whose loss is a few weeks old to those who have been alone for years and come back to help newcomers. Hearing how someone else got through the first winter can give hope that is hard to find elsewhere.\n\nPeer groups are not a replacement for medical care. People who cannot sleep, eat or work for months should see a doctor, and a group can sit alongside counselling rather than take its place.\n',
    material: true,
    kind: 'support',
  },
];

describe('groups of its own said in its own voice, and groups in general', () => {
  itReadsEach(ownVoiceCases);
});

// Pages told about groups by a blog, a provider's menu, a release, an aim or a session's notes, and the near pages that stay a group's.
const TEEN_WARD =
  'Our first year on the ward taught us plenty. A fourteen-year-old boy with sickle cell disease told one of our nurses that he had never met another teenager who had it, even though he came in for a transfusion every month. "We need to come together and look out for each other," he told her.\n\nAfter that talk, the Bramblegate team at Northfield Children\'s Hospital set out to gather the Red Thread Crew, a group of patients, parents and volunteers who help one another and make sure no teenager with sickle cell feels alone.\n\nFinding Each Other\n\nTeenagers with sickle cell disease miss weeks of school each year, so each of them may feel like the only one. ';
const TEEN_WARD_END =
  '\n\nSickle Cell Awareness Month\n\nEach June our team plans events for Sickle Cell Awareness Month, such as a fun run, a cake stall on the ward and a quiz night. Every year is a little different, and we ask patients and families what they would like to do next.\n';
const toldAboutCases: Case[] = [
  // A blog post's own furniture: a byline with a colon and a reading-time label, run together in one paragraph.
  {
    name: 'a practitioner\'s blog post with a "By:" byline and a "Read Time:" label, which reflects on its groups, is not group material',
    text: '# What a Whole-Class Permission Slip Changed for Me\n\nBy: Lena Marsh\nRead Time:  min\n\nLast year I tried something new at Birchwood Primary. I sent a permission slip home with every fourth grader instead of waiting for teachers to refer children one at a time. Share your own approach in the comments.\n\nSending group counseling permission slips to the whole year meant that I never had to chase a signature. When a teacher raised a concern, a small group could begin within days.\n\nOur groups were short and built around the class lessons on worry and kindness. Children who already had a signed slip could join as helpers, which took the spotlight off the child who needed it most.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a school counsellor\'s notice whose sentence opens with "Group counseling permission slips go home…" is still its groups\' page',
    text: "# Worry Busters Groups at Birchwood Primary\n\nGroup counseling permission slips for the Worry Busters groups go home with every fourth grader on Monday, April 7. Please sign and return yours by Friday.\n\nGroups meet on Wednesdays at lunch in the counselor's room for six weeks, starting April 16. Our groups are small and follow the class lessons on worry and kindness.\n\nQuestions? Ask Ms. Lena Marsh, school counselor, at extension 305.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a "By: …" byline and a "Read time: 3 min" label on a circle\'s own post that gives its weekly time do not make it an article',
    text: '# The Thursday Grief Circle Has Room\n\nBy: Ana Whitlow\nRead time: 3 min\n\nOur grief circle is a peer support group for adults who have lost someone close. We meet on Thursdays at 7 p.m. in the Quaker meeting house. It is free, and it is not therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"By Appointment Only" above a dated line is no byline: the flyer is not taken for an article',
    text: "# Carers' Morning\n\nBy Appointment Only\nPublished June 2, 2025\n\nOur carers' circle is a peer support group for people looking after a partner with dementia. We meet on the second Friday of the month in the Elm Road library. It is free and not therapy.\n",
    material: true,
    kind: 'support',
  },
  // A provider's menu of services or levels of care, each under a capital label, is no one programme of its own.
  {
    name: 'a provider\'s menu of levels of care, each under a capital label with "The program…" under each, is no one programme of its own',
    text: '# Recovery Services\n\nAlder Point Recovery offers our recovery programs for adults who live at home and keep working. There are several levels of care, and none involves staying overnight:\n\nFAMILY EDUCATION – Evening classes that help relatives understand addiction.\n\nROUTINE OUTPATIENT – Individual, group or family sessions every other week. The program usually runs 12 to 24 weeks of weekly group sessions.\n\nINTENSIVE OUTPATIENT – Several group, individual or family sessions a week. The program lasts about 10 to 14 weeks.\n\nPARTIAL HOSPITALIZATION – A structured program of treatment on five days a week for about a month.\n',
    material: false,
    kind: null,
  },
  {
    name: 'one programme\'s own page with "WHEN:", "WHERE:" and "WHO:" rows is still a clinical programme of its own run in groups',
    text: '# The Harbor Program\n\nWHEN: Monday and Thursday evenings\n\nWHERE: Alder Point Recovery, 40 Quay Road\n\nWHO: Adults in early recovery from alcohol\n\nThe Harbor Program at Alder Point is an evening treatment program for adults cutting down on alcohol, so they can keep living at home. The program lasts 12 weeks of weekly group sessions, with an individual session every other week. Sessions are led by our licensed addiction counselors.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'one programme\'s page with two labelled parts ("GROUP SESSIONS –", "AFTERCARE –") is no menu of services: still its programme',
    text: '# Evening Treatment\n\nThe Harbor Program at Alder Point is an evening treatment program for adults cutting down on alcohol, so they can keep living at home.\n\nGROUP SESSIONS – The program lasts 12 weeks of weekly group sessions, led by our licensed addiction counselors.\n\nAFTERCARE – Monthly check-ins for a year after the program ends.\n\nTo ask about a place, call 555-0190.\n',
    material: true,
    kind: 'therapy',
  },
  // An organisation launching a group under its own name, told as it happens.
  {
    name: 'a practice\'s own release, "… is launching ANCHOR: Teen Anxiety Therapy Group", with its leader and start date, is that group\'s material',
    text: 'Oakvale, OR, May 2, 2025 -- Brightwater Family Counseling is launching ANCHOR: Teen Anxiety Therapy Group, a structured group therapy program for teenagers with anxiety. Jordan Ames, LCSW, will lead the group, which practises calming and problem-solving skills. The 10-week ANCHOR program starts June 3.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"The hospice is launching Still Here, a bereavement support group…" tells of one new group starting',
    text: 'Willowbank Hospice is launching Still Here, a bereavement support group for adults whose parent has died. The group is free and run by trained volunteers who lost a parent themselves.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"is starting group therapy" of one patient, and "is opening up about her support group", tell of no new group',
    text: '# Notes from the ward\n\nTomas is starting group therapy next month and says he feels nervous about it. His sister is opening up about her support group too, and the nurses say such groups help many people. Several patients said they felt lonely and anxious after going home.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a release on the published results of a trial of a therapy group, ended and not offered, is not group material',
    text: 'Oakvale, OR, May 2, 2025 -- Researchers at Pinecrest University have published results from ANCHOR, a teen anxiety therapy group tested in a 2023 trial of structured group therapy for teenagers. Jordan Ames, LCSW, led the trial, which followed 36 teenagers through ten weekly sessions. The study ended in June 2023.\n',
    material: false,
  },
  // A kind of group named only as an aim, on a page with no group of its own.
  {
    name: 'a hospital team\'s page whose one kind of group is its goal "to help bring them together … in support groups" is not group material',
    text:
      TEEN_WARD +
      "The Bramblegate team's goals are to help bring them together beyond the hospital in support groups, and to visit schools so that teachers and classmates understand the absences." +
      TEEN_WARD_END,
    material: false,
    kind: null,
  },
  {
    name: "the same page whose goal goes on with the first group's day, time and sign-up is that group's page",
    text:
      TEEN_WARD +
      "The Bramblegate team's goals are to help bring them together online in support groups, and the first one starts on Wednesday, 9 September, 5–6 p.m. on a secure video call. To sign up, email the Bramblegate team." +
      TEEN_WARD_END,
    material: true,
    kind: 'support',
  },
  // "The new group" named by a later day of its course: a session's notes, not news of a start.
  {
    name: 'a session diary, "Day two with the new group…" in the past tense, is no news of a group starting',
    text: "Day two with the new group, and Monday's nerves had mostly worn off. One or two people said they had hardly slept, but everyone was back in their seats by ten.\n\nWe began with a round of favourite holiday memories, which got a lot of laughs, and then Dev Arora, our course lead, looked in to say hello.\n\nMost of the morning went on a card game about energy: what wears us out and what gives us a lift. People sorted their cards and talked about how fatigue changes their plans at home and at work.\n\nAfter lunch the talk turned to stress and how hard it is to ask for help. Several people said they had felt cut off since their diagnosis, and others shared what had helped them cope.\n",
    material: false,
    kind: null,
  },
  {
    name: '"Week one of the new group begins on 3 March" still tells of one new group starting',
    text: 'Week one of the new group for people living with MS begins on 3 March at the Brook Lane Centre. It will look at fatigue, stress and coping, and members will share ideas with one another.\n',
    material: true,
  },
  {
    name: '"The centre has started a new group for people living with MS" still tells of one new group starting',
    text: 'The Ashcombe Centre has started a new group for people living with MS, and a few places are left. It looks at fatigue and stress, and members share what helps them cope when they feel isolated.\n',
    material: true,
  },
];

describe('a blog post, a services menu, a launch, an aim and a session diary', () => {
  itReadsEach(toldAboutCases);
});

// A group's dated meeting, a fellowship's own words, a visitor's account, a one-to-one service, a list of others' groups and a
// pointer to the page's own chapters: each read as the page is, with a near miss that keeps its reading.
const DYSPRAXIA_OPENING =
  'Two new groups began in Hallam this winter. The Hallam Dyspraxia Support Group, for adults who have dyspraxia themselves, held its first evening on 4 February in a side room of the town library. A week later the Hallam Dyspraxia Partners Support Group, for partners and grown-up children, met there too. Both evenings were about something many of us find hard: paperwork.\n\n' +
  'Paperwork is rarely about laziness. Filling in a form asks the brain to plan, to sequence and to remember, and those are exactly the things dyspraxia makes harder. Some people put the envelope in a drawer; others start three forms and send none. Partners often see only the unopened post, not the effort behind it, and rows follow. Talking it over with people who know the pattern was, for several people, a relief.\n\n';
const SPENDERS_OPENING =
  'Our meetings are where people who hoard come to share their experience, strength and hope with one another. Each meeting is a little different, but fellowship with other clutterers is at the heart of every one. Through the Twelve Steps we find a way out of the piles, and we share the hope that this program has given us. A few meetings still happen in church halls and libraries around the valley; most now come together by phone or online, so that members who cannot leave a crowded house are not left out.\n\n' +
  'A meeting gives us a chance to name the problem we have in common and to hear how others found a way through it. Newcomers can simply listen. Nobody is asked to clear a single shelf before they feel ready, and nobody will come to your home.\n';
const DIARY_OPENING =
  'site logo\n\nWard Diary: My First Support Group\n\nBy Tess Lowe\n\nMy placement on the stroke unit has put me beside patients and their partners every day. I see them with the consultant, the physiotherapist and the speech therapist, and I hear a little of what life at home is like between appointments.\n\nWhat I had not seen was patients talking to each other. A support group is meant for exactly that, and I was told it works best when the group is led by a calm, experienced volunteer who can let a silence sit, bring in the quiet ones and gently close a story that has run long.\n\n';
const DRAMA_OPENING =
  '# Drama Therapy\n\nPriya, our drama therapist\n\nAt Oakfield, drama therapy gives pupils a way to work through role play, story and movement on what is hard to put into words. Stepping into a character can help a child who is stuck to feel heard, to take turns and to grow in confidence and self-esteem. Pupils start drama therapy after a referral from their class team or their parents. A referral might be made for a child who:\n\n- has a learning disability or little speech\n- is looked after by the local authority\n- has had a bereavement or a family break-up\n- seems withdrawn or isolated\n- is coming back to school after a long absence\n\n';
const DRAMA_CLOSING =
  "Priya holds an accredited master's degree in drama therapy and is registered with the national arts therapies register, with regular supervision.\n\nOur therapist follows the child's lead: there is no right or wrong way to play, and no acting experience is needed.\n";
const ownMeetingsCases: Case[] = [
  {
    name: 'a report whose named group "will meet on March 3rd" is that group\'s notice, however the page model reads its words',
    text:
      DYSPRAXIA_OPENING +
      "Next month the theme is Getting Around. The Hallam Dyspraxia Support Group will meet on March 3rd, and the partners' group a week later.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'the same report with no date to come and no group of its own stays writing about groups',
    text:
      'Support groups for adults with dyspraxia are appearing in more towns, and libraries are a popular place for them. ' +
      DYSPRAXIA_OPENING.split('\n\n')[1] +
      '\n\nGroups like these often choose a new theme each month, such as getting around.\n\nAsk at your library whether a group meets near you.\n',
    material: false,
  },
  {
    name: 'a fellowship\'s questions and answers that invite the reader to "come along to any of our meetings" are its own page',
    text:
      'Why do some people say DA and others say D.A.? The short form changed over the years. The first groups in the north wrote it with stops; when the service office opened in the capital, the plain letters caught on, and a local charity now uses the stops for something else.\n\n' +
      'Do I have to be deep in debt? No. If bills, loans or spending have taken over your post or your thoughts, you are welcome to come along to any of our meetings, whatever the size of the problem. Some of us grew up in homes where money was never mentioned; others only noticed after a divorce, a move or an illness.\n\n' +
      'Many DA meetings are open, which means relatives, friends and curious visitors may sit in. A few meetings are closed and kept for people who think they may have a problem with debt.\n\n' +
      'I keep seeing the word God in the steps. Is this a church thing? No: the steps speak of a Higher Power that each person is free to name.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same questions answered in the third person, with no "our meetings", stay writing about the fellowship',
    text:
      'Why do some writers say DA and others say D.A.? The short form changed over the years. The first groups in the north wrote it with stops; when the service office opened in the capital, the plain letters caught on, and a local charity now uses the stops for something else.\n\n' +
      'Does a person have to be deep in debt to go? According to the leaflets, anyone whose bills or spending have taken over may attend DA meetings, whatever the size of the problem. Some grew up in homes where money was never mentioned; others only noticed after a divorce, a move or an illness.\n\n' +
      'Many DA meetings are open, which means relatives, friends and curious visitors may sit in. A few meetings are closed and kept for people who think they may have a problem with debt.\n\n' +
      'Readers often notice the word God in the steps. The fellowship calls itself spiritual rather than religious.\n',
    material: false,
  },
  {
    name: '"a 12-Step, 12-Tradition fellowship" names a support group, and "not a substitute for other 12-Step programs" denies only the others',
    text:
      '# About SA\n\nWelcome to Spenders Anonymous. This is a 12-Step, 12-Tradition fellowship for people who overspend, hide receipts or borrow to keep up.\n\n' +
      'SA is not meant to replace other 12-Step programs, though several of our members use its tools beside them. At our meetings people share their experience of money, fear and recovery.\n\n' +
      'We meet in the upstairs room of Carrow Library and online. Newcomers can simply listen. You are welcome to join us.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a Bible-study "fellowship" that meets and shares is no support group',
    text:
      '# About the Bible Fellowship\n\nThank you for finding the Bible Fellowship. This is a Bible-study fellowship for people who want to read scripture together and talk it over.\n\n' +
      'At our evenings people share their experience of faith, worry and hope, and nobody lectures anyone.\n\nWe meet in the upstairs room of Carrow Library and online. You are welcome to join us.\n',
    material: false,
  },
  {
    name: 'a fellowship\'s page that names its group only as "fellowship with other clutterers" and the Twelve Steps is weighed, and read as its own',
    text: SPENDERS_OPENING,
    material: true,
    kind: 'support',
  },
  {
    name: 'a history of the Twelve Steps that names "the AA fellowship" stays writing about it',
    text:
      'The Twelve Steps were first printed in 1939, in the book that gave the AA fellowship its name. Historians trace much of their wording to an older religious movement and to letters that passed between the first members in Ohio and New York. Within twenty years the steps had been borrowed by programs for gambling, eating, spending and drug use, each changing a word or two to fit its own problem.\n\n' +
      'Scholars disagree about why the steps travelled so well. Some point to their plain language; others to the way the fellowship spread by word of mouth rather than by advertising. Many people today know the steps only from films and television, where a character recites one in a church basement. This short history follows how the wording changed between editions, and why some programs later rewrote the steps in gentler language.\n',
    material: false,
  },
  {
    name: 'a student\'s essay on an essay site ("845 Words · 4 Pages", "More essays on …") is coursework, not the meeting\'s page',
    text:
      '# Narcotics Anonymous\n\n845 Words · 4 Pages\n\nFor my counselling module I attended a Narcotics Anonymous meeting in a scout hut in Dunmore on a Monday night. Around twenty people sat on plastic chairs, and a woman called Jo chaired. Someone read the opening, then members took turns to talk about their week.\n\n' +
      'The meeting ran for an hour. I worried at first that I was in the way, but nobody made me feel it. Several people described losing jobs and friends. By the end I understood why they keep coming back.\n\nMore essays on Narcotics Anonymous\n',
    material: false,
  },
  {
    name: 'a member who now helps run the meeting, with its day, time and "join us", is the meeting\'s page',
    text:
      '# Narcotics Anonymous\n\nA few years ago I attended my first Narcotics Anonymous meeting in the scout hut in Dunmore, and I have kept going since. About twenty of us sit on plastic chairs and take turns to talk about the week.\n\n' +
      'Now I help run this meeting. It meets every Monday at 7:30 pm in the scout hut, and newcomers are always welcome. Come early for coffee, and join us.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a first-person title after a series label ("Ward Diary: My First Support Group"), told in the past, is a personal story',
    text:
      DIARY_OPENING +
      'On a wet Thursday in March I made my way to one of these groups at the day centre. I had pictured five or six chairs. Instead the room was full: couples who had driven in from the villages, a man whose stroke was in the autumn, and a woman who had lived with its effects for fifteen years.\n',
    material: false,
  },
  {
    name: 'the same diary that goes on to "Our group meets … 2 pm … Join us" is the group\'s page',
    text:
      DIARY_OPENING +
      'On a wet Thursday in March I made my way to one of these groups at the day centre. I had pictured five or six chairs. Instead the room was full: couples who had driven in from the villages, a man whose stroke was in the autumn, and a woman who had lived with its effects for fifteen years.\n\n' +
      'Since then I have helped to host it. Our group meets on the second Thursday of every month at 2 pm in Room 4 of the Ashby Day Centre. Partners are welcome too. Join us.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a one-to-one drama therapy page whose only group words are "individual or small group sessions" is no group\'s page',
    text: DRAMA_OPENING + 'Sessions can be individual or small group sessions, and may be a short block or part of a longer programme.\n\n' + DRAMA_CLOSING,
    material: false,
  },
  {
    name: 'the same page that names its own drama therapy group for six weeks keeps its reading as group therapy',
    text:
      DRAMA_OPENING +
      'This term our drama therapy group for Year 5 pupils meets on Thursday afternoons for six weeks, with up to five children in the group.\n\n' +
      DRAMA_CLOSING,
    material: true,
    kind: 'therapy',
  },
  {
    name: "a list of several hosts' groups, each under the host's name with its own number, is a directory, not one group's flyer",
    text:
      "# Parkinson's Carers: Groups Around Dunmore\n\n## Tea and Talk\n\nRun by the Dunmore Parkinson's Trust in the Market Hall. Carers can bring the person they look after. Ask for Bea on 555-0161.\n\n" +
      "## St Aidan's Church\n\nCarers' Circle\n\nA support group for anyone looking after a partner or parent with Parkinson's, on the first Friday of each month from 2 to 3:30 p.m. Phone the parish office on 555-0162.\n\n" +
      "## Dunmore General Hospital\n\nParkinson's Carers Support Group\n\nThird Tuesday of every month, 6:30–8 p.m., Seminar Room 2. To book, call 555-0163. Free.\n",
    material: false,
  },
  {
    name: 'one hospital\'s own groups for carers, "Our neurology team runs three groups", keep their reading',
    text:
      "# Parkinson's Carers: Our Groups at Dunmore General Hospital\n\nOur neurology team runs three groups for carers at Dunmore General Hospital. Call our team on 555-0163 to book a place.\n\n" +
      "## Carers' Circle\n\nA support group for anyone looking after a partner or parent with Parkinson's, on the first Friday of each month from 2 to 3:30 p.m. in the hospital chapel lounge.\n\n" +
      "## Parkinson's Carers Support Group\n\nThird Tuesday of every month, 6:30–8 p.m., Seminar Room 2. Free.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a network\'s page on its own groups that sends readers to "your local … chapter" of the same network is its groups\' page',
    text:
      "# Parent Support Groups\n\nParent Support Groups are the Diabetes Families Network's own groups for parents of children with type 1 diabetes. Each group is a relaxed evening where parents swap tips on school trips, sleepovers and sport, and talk about the worry a new diagnosis brings. The groups are free and open to any parent or carer.\n\n" +
      "More than 40 groups now run across the country. Groups usually meet once a month in a library, a café or one of the Network's chapter offices. Every group is co-facilitated by a trained parent volunteer and a diabetes nurse. The groups are not a replacement for medical or psychological care; they are parents helping parents.\n\n" +
      'Find a Support Group near you: to hear about the group closest to home, contact your local Diabetes Families Network chapter.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'advice that sends readers to their own nurse, hospital or charity to find a group stays advice',
    text:
      '# Parent Support Groups\n\nMany charities and hospitals run groups for parents of children with type 1 diabetes. In a good group, parents swap tips on school trips, sleepovers and sport, and talk about the worry a new diagnosis brings. Most are free and open to any parent or carer.\n\n' +
      'Groups usually meet monthly in a library, a café or a hospital room. Some are facilitated by nurses, others by parents who have been there. Groups like these are not a replacement for medical or psychological care, but many parents find them a lifeline.\n\n' +
      'Finding a group near you: ask your diabetes nurse, or contact your local hospital or diabetes charity.\n',
    material: false,
  },
];

describe("a group's dated meeting, a fellowship's own words, visitors' accounts, one-to-one services, listings and chapters", () => {
  itReadsEach(ownMeetingsCases);
});

// The page models read whole pages, and each of their readings needs something of the page behind it: the page model takes a page
// the patterns passed over only when it gives a reader some hold on a group, the page-kind model names a kind only on a sign of
// it, and a group's own admission steps are not overruled as an article.
const CHARITY_ARTICLE_WITH_GROUP =
  '# The Riverbend Stroke Association\n\nFor our school project each of us picked a charity that matters to our family, and I chose the Riverbend Stroke Association.\n\nThe Association started in 1994 and helps adults and young people living with the effects of a stroke, and the families caring for them. About 1,200 people in the county have a stroke every year, and many come home from hospital struggling to walk, speak or work.\n\nMy grandad is one of them. After his stroke he had to learn everything again, from holding a cup to reading the paper, and the first month at home was hard for all of us. The Association sent a volunteer each week who helped him practise, and it was the first time I saw him hopeful.\n\nMy nan now helps to run a support group for carers at the Association, and you can ring her on 01632 960 771 to come along. My nan says that hearing from other people going through the same challenges made her feel less alone.\n\nThe Association gets no money from the government, so it relies on donations every month to keep going. This autumn it is running an awareness week in schools so that children know the signs of a stroke and can get help faster.\n\nI want to stay involved when I am older, because I have seen how much better life can be with the right help.\n';
const LUNCH_PROFILE =
  "# The First Thursday Lunch at St Aidan's\n\nDear friends,\n\nIn this month's letter I would like to tell you about a widowers group I visited in the spring. I spent a morning with them, stayed for lunch, and left with a full stomach and a lighter heart. Their organiser, Colin Marsh, kindly answered my questions afterwards.\n\nWho they are: the First Thursday Lunch, based at St Aidan's Church in Westholme (01632 960 233).\n\nHow it began: the group started eight years ago with four men and a pot of soup, and Colin has been coming along for six of those years.\n\nWhen they gather: they meet on the first Thursday of each month at 12 noon in the church room. From September an evening meeting will be added for men who are still working.\n\nA typical meeting, as Colin tells it: the lunch meetings start with soup and bread. Some months a member cooks a roast; other months they order fish and chips from the shop on the corner. In May they took a minibus to the seaside, and in July a gardener from the allotments is coming to give a talk on growing tomatoes. At Christmas they plan a carol evening in the church room, with mince pies from the bakery.\n";
const LUNCH_PROFILE_SHARING =
  "# The First Thursday Lunch at St Aidan's\n\nDear friends,\n\nIn this month's letter I would like to tell you about a widowers group I visited in the spring. I spent a morning with them, stayed for lunch, and left with a full stomach and a lighter heart. Their organiser, Colin Marsh, kindly answered my questions afterwards.\n\nWho they are: the First Thursday Lunch, based at St Aidan's Church in Westholme (01632 960 233).\n\nHow it began: the group started eight years ago with four men and a pot of soup, and Colin has been coming along for six of those years.\n\nWhen they gather: they meet on the first Thursday of each month at 12 noon in the church room. From September an evening meeting will be added for men who are still working.\n\nA typical meeting, as Colin tells it: the lunch meetings start with soup and bread, and then the men share how the month has gone and what has been hardest since losing a wife or partner. Some months a member cooks a roast; other months they order fish and chips from the shop on the corner. In May they took a minibus to the seaside, and in July a gardener from the allotments is coming to give a talk on growing tomatoes. At Christmas they plan a carol evening in the church room, with mince pies from the bakery.\n";
const ADMISSION_PAGE =
  "# Millford Group Therapy for Social Anxiety\n\nWhat it takes to join, for anyone thinking of applying.\n\n1. Social anxiety is what you most need help with.\n\n   We run a structured CBT treatment course for adults with social anxiety only. We do not accept people whose main difficulty is elsewhere in mental health care, such as bipolar disorder or an addiction. Some low mood alongside the anxiety is normal and does not exclude you.\n\n   If your anxiety currently stops you leaving the house, Dr. Pereira may offer some individual appointments first, to prepare you for entry into the CBT group.\n\n2. You are ready to practise.\n\n   Fear of other people's judgement can shape a whole life. The treatment only works for people who want to change, stay committed to the group and encourage the others in it. We ask each new member to sign a short agreement to take part to the last week.\n\n3. You send your application and the application fee.\n\n   Answer the questions on the form in as much detail as you can; Dr. Pereira uses them to judge whether this is the right choice for you. We review your application when the application fee has been paid.\n";
const ADMISSION_NOTE =
  "# Millford Group Therapy Notes\n\nPeople often ask us what anxiety groups elsewhere expect of those hoping to join one.\n\n1. Social anxiety as the main difficulty.\n\n   Many structured CBT treatment groups are for adults with one kind of anxiety only. They often do not accept people whose main difficulty is elsewhere in mental health care, such as bipolar disorder or an addiction. Some low mood alongside the anxiety is normal and seldom excludes anyone.\n\n   If anxiety stops someone leaving the house, a clinician may offer some individual appointments first, to prepare them for entry into the CBT group.\n\n2. Readiness to practise.\n\n   Fear of other people's judgement can shape a whole life. Most groups look for people who want to change, stay committed to the group and encourage the others in it. Some ask each new member to sign a short agreement to take part to the last week.\n\n3. An application and, often, the application fee.\n\n   Applicants answer the questions on a form in as much detail as they can; the clinician uses them to judge whether the group is the right one. Some groups review it only once the application fee has been paid.\n";
const ADMISSION_NOTE_NO_INSURANCE =
  "# Millford Group Therapy Notes\n\nPeople often ask us what anxiety groups elsewhere expect of those hoping to join one. (We do not accept insurance for our own services.)\n\n1. Social anxiety as the main difficulty.\n\n   Many structured CBT treatment groups are for adults with one kind of anxiety only. They often do not accept people whose main difficulty is elsewhere in mental health care, such as bipolar disorder or an addiction. Some low mood alongside the anxiety is normal and seldom excludes anyone.\n\n   If anxiety stops someone leaving the house, a clinician may offer some individual appointments first, to prepare them for entry into the CBT group.\n\n2. Readiness to practise.\n\n   Fear of other people's judgement can shape a whole life. Most groups look for people who want to change, stay committed to the group and encourage the others in it. Some ask each new member to sign a short agreement to take part to the last week.\n\n3. An application and, often, the application fee.\n\n   Applicants answer the questions on a form in as much detail as they can; the clinician uses them to judge whether the group is the right one. Some groups review it only once the application fee has been paid.\n";

describe('what the page models rest on', () => {
  it("a piece on a charity where the writer's nan runs a group for carers and readers may ring her to come along is taken in by the page model", () => {
    const r = lint(CHARITY_ARTICLE_WITH_GROUP, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.match(r.groupReason ?? '', /^its words read as one group's own page/);
    assert.equal(r.kind, 'support');
  });

  it('a profile of a widowers\' lunch with no sign of either kind is asked to declare its kind, not read as a support group on "meetings" and "month"', () => {
    const r = lint(LUNCH_PROFILE, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, null, `evidence: ${r.kindEvidence.join(', ')}`);
    assert.deepEqual(
      r.problems.map((p) => p.rule),
      ['declare-kind'],
    );
  });

  it('the same profile, where the men share what has been hardest since their loss, reads as a support group, quoting that sign first', () => {
    const r = lint(LUNCH_PROFILE_SHARING, { path: '/t.md' });
    assert.equal(r.kind, 'support');
    assert.equal(r.kindEvidence[0], '"share"');
    assert.deepEqual(r.problems.map((p) => p.rule).sort(), ['support-disclaimer', 'support-free']);
  });

  it("a therapy group's own page of admission steps, in its own voice, is not overruled as writing about groups", () => {
    const r = lint(ADMISSION_PAGE, { path: '/t.md' });
    assert.equal(r.groupMaterial, true, r.notGroupReason ?? '');
    assert.equal(r.kind, 'therapy');
  });

  it("a clinic's note on what groups elsewhere ask of applicants, in the third person, still is", () => {
    for (const text of [ADMISSION_NOTE, ADMISSION_NOTE_NO_INSURANCE]) {
      const r = lint(text, { path: '/t.md' });
      assert.equal(r.groupMaterial, false, r.groupReason ?? '');
      assert.match(r.notGroupReason ?? '', /^its words read as writing about groups rather than one group's own page/);
    }
  });
});

// Words that are no sign of a kind, and a group's own voice the page model must not overrule.
const signCases: Case[] = [
  {
    name: 'a network\'s own questions and answers that say "All of our groups are drop-ins" and "Our groups are open to anybody…" are its own page',
    text: '# Northbrook Voices Network: common questions\n\n**My sister hears voices. Could I sit in with her?**\n\nYes. Each person may bring along someone close to them, and the reading circle held every few months is open to others in the community who are curious.\n\n**I study psychology. Can I attend the groups?**\n\nThe reading circle is open to students, but the support groups are kept only for people with their own experiences of voices, and the people they bring along.\n\n**Is booking needed?**\n\nNo booking is needed. All of our groups are drop-ins. For news of the reading circle and the article it will read next, leave your name with the Northbrook mental health community service.\n\n**What if I have not read the article?**\n\nThat is fine. Some months a short video or a podcast replaces the reading.\n\n**Do I need a diagnosis?**\n\nNo. Our groups are open to anybody with these experiences, whatever caused them.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same questions and answers about such groups in general ("Most groups like these are drop-ins", "Such groups are usually open to…") are writing about groups',
    text: '# Northbrook Voices Network: common questions\n\n**My sister hears voices. Could I sit in with her?**\n\nYes. Each person may bring along someone close to them, and the reading circle held every few months is open to others in the community who are curious.\n\n**I study psychology. Can I attend the groups?**\n\nThe reading circle is open to students, but the support groups are kept only for people with their own experiences of voices, and the people they bring along.\n\n**Is booking needed?**\n\nNo booking is needed. Most groups like these are drop-ins. For news of the reading circle and the article it will read next, leave your name with the Northbrook mental health community service.\n\n**What if I have not read the article?**\n\nThat is fine. Some months a short video or a podcast replaces the reading.\n\n**Do I need a diagnosis?**\n\nNo. Such groups are usually open to anybody with these experiences, whatever caused them.\n',
    material: false,
  },
  {
    name: 'a news report with a byline on a bulleted line of its own and two people quoted, with no group of its own, is not group material',
    text: 'Clinic staff welcome new parents at winter open evening\n\n  • Published\n  • By Maya Okafor\n  • Kestrel Valley News Team\n\nAbout forty new and expecting parents filled the lecture room at Kestrel Valley Hospital on 3 February as teams across the site explained what they offer families, from infant feeding and sleep to parental leave and child care.\n\nThe maternity unit, the health visitors and the firm in charge of the car parks each had a stand, and the pharmacy, the physiotherapists and the chaplains described the care they give parents and family members during the year. The nursery and the Kestrel Parents Club talked about their own programs.\n\n"Tonight is for you," said midwife Rosa Hale. "Nobody here has to work it all out alone."\n\nSpeakers mentioned what is on offer in the first months, like the postnatal coffee morning held on the second Monday of each month, free car seat checks through the Safe Start program and free baby massage through another program run by the health visitors.\n\n"There is help here for every family with a new baby," said health visitor Tom Ellery. "Nobody should feel they are on their own."\n\nParents going back to work heard about a new childcare voucher being tried at two sites.\n',
    material: false,
  },
  {
    name: "the same report that gives a named peer support group's own monthly meeting, time and place is still that group's notice",
    text: 'Clinic staff welcome new parents at winter open evening\n\n  • Published\n  • By Maya Okafor\n  • Kestrel Valley News Team\n\nAbout forty new and expecting parents filled the lecture room at Kestrel Valley Hospital on 3 February as teams across the site explained what they offer families, from infant feeding and sleep to parental leave and child care.\n\nThe maternity unit, the health visitors and the firm in charge of the car parks each had a stand, and the pharmacy, the physiotherapists and the chaplains described the care they give parents and family members during the year. The nursery and the Kestrel Parents Club talked about their own programs.\n\n"Tonight is for you," said midwife Rosa Hale. "Nobody here has to work it all out alone."\n\nSpeakers mentioned what is on offer in the first months, like the postnatal coffee morning held on the second Monday of each month, free car seat checks through the Safe Start program and free baby massage through another program run by the health visitors.\n\n"There is help here for every family with a new baby," said health visitor Tom Ellery. "Nobody should feel they are on their own."\n\nThe Kestrel Parents Club also runs a peer support group for new parents. It meets on the first Wednesday of each month at 10 am in the hospital chapel, and the tea is free.\n\nParents going back to work heard about a new childcare voucher being tried at two sites.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a conversation group directed by a speech-language pathologist "with help from student volunteers" names no kind: the helpers are no sign of a peer group',
    text: '# Speak Easy\n\n## A conversation group after a stroke\n\nA weekly conversation group for people with aphasia is directed by a registered speech-language pathologist, Lena Ortiz, MSc, with help from student volunteers.\n\nSessions open with a warm-up and go on to word-retrieval exercises and practice games. Each member takes home communication strategies to try during the week.\n\nThe group meets on Thursdays from 10 to 11 am at the Heron Rehabilitation Centre. New members are welcome.\n',
    material: true,
    kind: null,
  },
  {
    name: 'the same group "run by volunteers who live with aphasia themselves" reads as a support group',
    text: '# Speak Easy\n\n## A conversation group after a stroke\n\nA weekly conversation group for people with aphasia is run by volunteers who live with aphasia themselves.\n\nSessions open with a warm-up and go on to word games and a cup of tea. Everyone talks in the way that suits them.\n\nThe group meets on Thursdays from 10 to 11 am at the Heron Rehabilitation Centre. New members are welcome.\n',
    material: true,
    kind: 'support',
  },
];

describe("signs of a kind, and a group's own voice", () => {
  itReadsEach(signCases);
  it('"in charge of the biscuit rota" is no charge: the volunteers name the kind, not the learned model weighing a fee', () => {
    const r = lint(
      '# Thursday Circle\n\nWe meet every Thursday at 7 pm in the Elm Street library to talk about caring for a parent. Volunteers keep the kettle on, and Priya is in charge of the biscuit rota.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'support');
    assert.deepEqual(r.kindEvidence, ['"Volunteers"']);
  });
});

// Groups elsewhere, in general or only wished for; clinical signs denied or beside the group; a day "each" week; a discussion
// board's thread; a site's banner above the title (team-written, after real pages).
const elsewhereCases: Case[] = [
  {
    name: 'a title that claims something of a kind\'s groups in general ("Carer support groups can ease the load"), over an explainer whose groups "typically meet", is not group material',
    text: '# Carer support groups can ease the load\n\nLooking after a parent with dementia is lonely work, and many carers say a local carer support group was what kept them going. These groups typically meet once a month in church halls and libraries, and most are happy to welcome carers from the next village.\n\nA volunteer usually keeps the conversation going. The groups pass on news about respite and benefits, and they give carers somewhere to let off steam. When one member has a hard week, the rest rally round.\n\nWe think carer support groups are one of the best things a carer can find. Get in touch if you would like to know where the nearest group might be.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same words about a group of its own ("Our carer support group meets … on the second Wednesday at 10 am") are still its page',
    text: '# Carer support group in Ashby\n\nOur carer support group meets once a month at the Ashby church hall, on the second Wednesday at 10 am. Carers from the next village are welcome.\n\nA volunteer keeps the conversation going. We pass on news about respite and benefits, and when one member has a hard week, the rest rally round.\n\nGet in touch if you would like to come along.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a bulletin under a bare "Support Groups" heading, whose "The support group also becomes…" goes back to groups in general and which offers to "help you start" one, is not group material',
    text: "Home and Family Bulletin: Raising Grandchildren\n\nSupport Groups\n\nBringing up a grandchild? Support groups can give you a break from the worry. They also let you meet others in the same position.\n\nThe support group also becomes a place to turn when a court hearing or a school meeting is coming.\n\nAshby County Extension can help you find a support group near you or help you start a grandparents' support group in your own parish. Please ring us for details.\n",
    material: false,
    kind: null,
  },
  {
    name: 'the bulletin\'s own group ("hosts a support group … meets on the third Monday of each month at 1 pm") is still group material',
    text: 'Home and Family Bulletin: Raising Grandchildren\n\nGrandparents Raising Grandchildren Support Group\n\nAshby County Extension hosts a support group for grandparents bringing up a grandchild. The group meets on the third Monday of each month at 1 pm in the Ashby Community Hall.\n\nGrandparents swap ideas that work and make friends who understand, and many say they feel less on their own. The support group is a place to turn when a court hearing looms.\n\nRing us to join.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a blog post headed "Support Group" whose writer has only "thought about starting a group" and would like to "meet other people" with her illness is not group material',
    text: "Friday, October 10, 2015\n\nSupport Group\n\nUp here on the moor the nearest Crohn's support groups are in Bexley and Marlow, and both are a long drive I can't manage every month. It would be good to have something closer. I've even thought about starting a group myself, but my energy is low this autumn. If I did go along to one, I'd want people who laugh rather than an hour of complaining. What I would really like is to meet other people with Crohn's round here. Ideas welcome!\n\nThankful today for my sister.\n\n\nEllen Marsh said...\n\nCould your specialist nurse put up a notice? Other patients might be keen too.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a blog post whose writer "started a … support group" that meets "on the first Friday of every month at 6 pm" is still its group\'s page',
    text: "Friday, October 10, 2015\n\nSupport Group\n\nUp here on the moor the nearest Crohn's groups used to be an hour away, so last spring I started a Crohn's support group in our village. We meet on the first Friday of every month at 6 pm in the Moorside chapel room. It is cheerful rather than gloomy, and anyone with Crohn's is welcome. Any questions, leave a comment.\n\nThankful today for my sister.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"Our support groups usually meet once a month at the … library" is still the page\'s own groups, hedge and all',
    text: '# Hearing loss support in Millbrook\n\nLosing some of your hearing can make conversation tiring, and many people start to avoid company. Our support groups usually meet once a month at the Millbrook library, and visitors from nearby villages are welcome. A trained volunteer keeps the talk moving, and members swap tips on hearing aids and coping at work.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a peer-run meeting with "no intake process, no case file and no fee", "run by group members", where "No professional therapists or counsellors take part" and the meetings "complement counselling services", is a support group',
    text: '# Wednesday Harbour\n\nHarbour is a voluntary movement for adults living with low mood and anxiety, and its members run the weekly meetings themselves.\n\nThe Eastport Harbour group meets at the Eastport Community Centre for ninety minutes every Wednesday.\n\nThe meetings are run by group members and follow a simple shared format. No professional therapists or counsellors take part; the meetings are meant to complement counselling services, not replace them.\n\nAnyone over 18 may come along and only first names are used. There is no intake process, no case file and no fee.\n\nFor more about the Eastport group, ring the Harbour office on 0800 555 0142.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same group at a clinic, run by counsellors, with an intake appointment, a case file and a fee, is still group therapy',
    text: '# Wednesday Harbour\n\nHarbour is a weekly ninety-minute group at the Eastport Counselling Service for adults living with low mood and anxiety.\n\nThe group meets at the Eastport clinic every Wednesday and is run by two counsellors from the service.\n\nEach new member has an intake appointment first, and notes are kept in the case file. The fee is $35 a session.\n\nFor more information, contact the Eastport Counselling Service on 0800 555 0142.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a group that "meets each Monday evening", led by a youth worker, is group material of no named kind ("each" as "every")',
    text: 'When a child in the family is seriously ill, everyone at home feels it.\n\nBrothers and sisters worry, plans are cancelled, and parents try to hold it all together between hospital visits and their own worries about the illness. Sibling Circle meets each Monday evening at Elm Street House; led by a youth worker, group members talk through what the week has brought.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a pool that "stays open late each Monday evening" is still no group',
    text: 'When a child in the family is seriously ill, everyone at home feels it.\n\nBrothers and sisters worry and plans are cancelled. The Elm Street pool stays open late each Monday evening, and its café has a quiet corner for families living with an illness.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a discussion-board thread ("Member Posts: 231") where a member tells of the group she goes to is not group material',
    text: 'two months after my hip replacement, still sore, back at work in March. does anyone know a group near Dunford?\n\n\n  • marigold\n    marigold Member Posts: 231 Member\n\n    Hi and welcome, I hope your recovery is quick. Besides this board, I guess you mean a group you can go to in person. My wife and I started going to a hip and knee group soon after her operation in 2020. We still go to the same group meetings and credit this group with getting her walking again, and for all the tips people passed on.\n\n    We tried a few groups before we settled on this one. For what it is worth: every group has its own feel, and a good group leader makes all the difference. Some groups are mostly exercise, others lean towards coping with pain, worry and low mood. Most of them welcome partners.\n\n    If there are several near you, try more than one before you choose.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group\'s own post on its board ("Moderator Posts: 231") that says "Our group meets every Wednesday at 3 pm" is still its notice',
    text: 'Welcome to the Dunford Hip and Knee Circle board!\n\n  • marigold\n    marigold Moderator Posts: 231\n\n    This board belongs to our joint replacement group. Our group meets every Wednesday at 3 pm in the Dunford Community Centre, and new members are always welcome. We share how recovery is going, swap tips on coping with pain, worry and low mood, and support one another. If you would like to come, reply here and we will keep you a seat.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a site\'s call to action run in above its title ("Speak to someone today 0800 … or sign up for 24/7 text help.") does not hide a "… Directory" title',
    text: "Speak to someone today 0800 555 0177 or sign up for 24/7 text help.\nClearwater Recovery Centres National Treatment Directory\n\nYour First Narcotics Anonymous Meeting\n\nWhat is Narcotics Anonymous (NA)?\n\nNarcotics Anonymous is a fellowship of people who want to stop using drugs. It is a 12-step program: members work through steps adapted from Alcoholics Anonymous, and long-time members often look out for newcomers.\n\nAddiction Treatment\n\nClearwater's residential programmes help you break the cycle of addiction and get your health back. Read More\n\nIf this sounds like you, Narcotics Anonymous may be worth a try.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a group\'s own first line that asks readers to "sign up for our Monday meeting" is no site banner: the meeting\'s page is still group material',
    text: "Call 0800 555 0177 today or sign up for our Monday meeting.\nQuay Street Narcotics Anonymous Group\n\nNarcotics Anonymous is a fellowship of people who want to stop using drugs. Our group is a 12-step meeting and meets every Monday at 7 pm in the upstairs room of St Bride's hall. Newcomers are welcome; there is no fee.\n",
    material: true,
    kind: 'support',
  },
];

describe('groups elsewhere or in general, denied clinical signs, a day each week, a board thread and a site banner', () => {
  itReadsEach(elsewhereCases);
});

// Guides to starting a group, archives of posts on a kind, and directories of groups other agencies host, each read as the sort
// of page it is, whatever the layout of its title; and the group pages that look like them (team-written, after real pages).
const guideArchiveDirectoryCases: Case[] = [
  {
    name: 'a checklist whose title names what it is before "Starting a … Group" ("A 12-Point Checklist for Starting a …") is a guide, not a group\'s page',
    text: '# A 12-Point Checklist for Starting a Bereavement Support Group\n\nBefore you open the doors, work through these points with whoever will help you.\n\n1. Aim. Agree in a sentence who the group is for.\n\n2. Room. Find somewhere quiet and easy to reach, and ask what it costs.\n\n3. Rhythm. Settle how often the group will meet and how long each meeting lasts.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a guide titled "Checklist of 20 Steps to Setting Up a … Group" is a guide, not a group\'s page',
    text: "# Checklist of 20 Steps to Setting Up a Men's Peer Group\n\nA peer group for men needs a welcoming host, a clear aim and somewhere to meet. Tick each step off as you go, and share the list with your co-founders.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a guide titled with two verbs, "Starting and Running a Peer Support Group", is a guide, not a group\'s page',
    text: '# Starting and Running a Peer Support Group\n\nA peer support group needs a clear purpose and a few people willing to share the work. Decide who it is for, find a room and agree how decisions will be made.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group\'s own page titled "Starting Soon: … Support Group", with its first date, time and place, is still its page',
    text: '# Starting Soon: Widowed Parents Support Group\n\nA new support group for widowed parents begins on Thursday 12 June at 7 pm in the Quayside Community Room, and then meets on the second Thursday of each month.\n\nIt is led by parents who have been there. It is not therapy, and it costs nothing to come.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a handbook cover whose title is split over two short lines ("Starting an" / "… Support Group") is a guide, not the group named on the second line',
    text: 'Starting an\n\nEpilepsy Parents Support Group\n\nNotes for volunteers\n\nPrepared by the Harrowgate Epilepsy Trust, 4 Mill Lane, Harrowgate. Phone 01632 960 118.\n\nInside\n\nWho the group is for ............ 2\n\nFinding a room ............ 4\n\nSTARTING AN EPILEPSY PARENTS SUPPORT GROUP\n\nSharing the work ............ 6\n',
    material: false,
    kind: null,
  },
  {
    name: 'a flyer whose first line ends whole ("Friday Morning") over its group\'s name is still that group\'s page',
    text: 'Friday Morning\n\nStroke Survivors Support Group\n\nWe are a group of stroke survivors who meet every Friday, 10 to 11.30 am, in the Harrowgate Library meeting room.\n\nThe group is run by members, not by health staff, and it is not a therapy service. It is free.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a flyer whose title runs on over two lines ("Welcome to the" / "… Support Group") is still that group\'s page',
    text: 'Welcome to the\n\nTuesday Carers Support Group\n\nWe meet every Tuesday at 7 pm in the Elm Street Hall. The group is free, run by carers, and it is not therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a charity\'s page of posts titled "Peer Support Groups Posts and Videos" is an archive, not a group\'s page',
    text: 'Peer Support Groups Posts and Videos\n\nWe share what we learn from families and volunteers. Sign up for our newsletter and we will send a new piece every month.\n\nAn Evening of Thanks\n\nLast month we thanked our donors at a supper, and our patron told a story about her first year as a carer...\n\nWhat Our Carers Said\n\nAt a recent peer support group, we talked about the small things that make a week easier...\n',
    material: false,
    kind: null,
  },
  {
    name: 'a category page titled "Category: Support Groups", of post teasers, is an archive, not a group\'s page',
    text: '# Category: Support Groups\n\nOur volunteers write about the groups they help with. Browse our notes on leading support groups for carers, and sign up for the newsletter to get a new one each month.\n\nWhy I went back\n\nAt a recent carers support group, we swapped stories about the first year and laughed more than we expected...\n\nThree small changes\n\nCarers often put themselves last. Here are a few ideas volunteers can share this season...\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group\'s own post titled "Blog – Thursday Widows Support Group", whose group meets on Thursdays at 2 pm, is still its page',
    text: '# Blog – Thursday Widows Support Group\n\nOur widows support group meets every Thursday at 2 pm in the Quayside Community Room. It is free, it is run by members, and it is not therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a page of groups other agencies host ("check with the hosting organisation before you go", hosts in brackets) is a directory, not a group\'s page',
    text: 'If you need urgent help, call 111.\n\nHelp for Carers\n\nSeveral groups for carers meet across the valley, and a few meet online. Times change, so check with the hosting organisation before you go. If you know of a group we have missed, please tell us.\n\nCarers Groups\n\nOak Room Circle (Valley Carers Association)\n\nA support group for carers of someone with dementia. This group meets every Tuesday, 2:00-3:30 pm, at the Oak Room.\n\nEvening Carers (Northfield Family Services)\n\nA peer support group for working carers, which meets online on Thursdays from 7:00 to 8:00 pm. Book with the host agency before your first visit.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same layout for an organisation\'s own two groups ("our support group", venues in brackets) is still its page',
    text: "If you need urgent help, call 111.\n\nOur Carers Groups\n\nValley Carers runs two support groups. We keep this page up to date; if a meeting moves, we say so here first.\n\nOak Room Circle (St Aidan's Hall)\n\nOur support group for carers of someone with dementia. The group meets every Tuesday, 2:00-3:30 pm. Ring Maya to join.\n\nEvening Carers (Northfield Library)\n\nEvening Carers, our peer support group for working carers, meets on Thursdays from 7:00 to 8:00 pm.\n",
    material: true,
    kind: 'support',
  },
];

describe('guides to starting a group, archives of posts and directories of hosted groups', () => {
  itReadsEach(guideArchiveDirectoryCases);
});

// Writing addressed to the people who run groups (the reader as the counsellor or clinician, their students, clients or practice;
// the writer's years in the profession; steps for running a group) is writing about groups, unless the page gives its own group's
// day and time, start date or sign-up, or says what its group is.
const practitionerAdviceCases: Case[] = [
  {
    name: 'a counsellor\'s advice post ("In my nine years as a school counselor", "your students") under a "Group Counseling" title is not group material',
    text: '# Middle School Group Counseling\n\nMost of us never have enough time for small groups, and they are often the first thing squeezed out when testing season arrives. In my nine years as a school counselor our groups sometimes drifted for weeks without a clear aim.\n\nWhat changed things was choosing a single goal for each group and checking it at the start and the end. Your students will feel the focus, and their teachers will notice it too.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an article for clinicians on online groups ("As a therapist, you", "your practice") under a "Group Therapy" title is not group material',
    text: '# Online Group Therapy: What Changes for Your Practice\n\nMore and more people ask for care they can reach from their own living room, and online group therapy brings in members who could never travel to you.\n\nAs a therapist, you still set the tone and protect the room, even when the room is a screen. We have gathered a few pointers for a first online session below.\n',
    material: false,
    kind: null,
  },
  {
    name: 'step-by-step advice on planning a group for school counselors ("Step 1:", "your students") is not group material',
    text: '# Small Group Counseling Made Simple\n\nSmall group counseling is one of the best uses of a busy week.\n\nStep 1: Pick the skill the group will practise.\n\nStep 2: Decide how you will measure it before and after.\n\nStep 3: Put the sessions on the calendar and share the plan with teachers, so your students know what to expect.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a sentence that opens "Small group counseling is an essential part of…" speaks of the kind in general, as "Group counseling is…" does',
    text: '# Why Small Groups Matter\n\nSmall group counseling is an essential part of a whole-school counseling plan. It lets students rehearse new skills with classmates who face the same struggles, and it reaches more of them than one-to-one work.\n\nKeep each group to one theme and a handful of short sessions.\n',
    material: false,
    kind: null,
  },
  // Near-misses: each keeps its reading.
  {
    name: 'a counsellor\'s own group, addressed to teachers with her years as a school counselor, that meets "on Thursdays at 12:15, starting March 3" stays group therapy',
    text: '# Grade 3 Worry Group Counseling\n\nTeachers: in my ten years as a school counselor I have seen how much a small worry group can help. If your students freeze before tests, please send them my way.\n\nThe group meets on Thursdays at 12:15 for five weeks, starting March 3, in the counseling room. To sign up, return the permission slip to the front office.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a practice\'s own online group addressed to those who would join ("Your clinician", "your own therapist") stays group therapy',
    text: '# Online Group Therapy: Low Mood in Winter\n\nMany of our clients now prefer to meet from home, and online group therapy lets you take part from wherever you are.\n\nYour clinician, Dr. Ana Whitlow, leads each session and keeps the group safe. Your own therapist is welcome to refer you.\n\nThinking of joining? We will talk with you first in a short intake call.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a consultation group for therapists ("As a therapist, you", "your clients") that says "It is a support group" stays a support group',
    text: "# Consultation Circle for Therapists\n\nAs a therapist, you spend every day holding other people's stories. Our circle gives clinicians a place to talk through hard moments with your clients among fellow therapists. It is a support group, not supervision.\n\nWrite to the county association to ask about joining.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a clinic\'s own group that opens "Adolescent group therapy is a ten-week program…" still offers it',
    text: '# Teen Anxiety\n\nAdolescent group therapy is a ten-week program for teens with anxiety. A licensed psychologist leads it, and it costs $40 a session. Call us on 555-201-3344 to ask about a place.\n',
    material: true,
    kind: 'therapy',
  },
];

describe('advice to practitioners on running groups, and the groups practitioners run', () => {
  itReadsEach(practitionerAdviceCases);
});

// One-off wordings seen on real pages, each made a rule about its sort of wording: a first line run into the text as the title, a group
// as the other way to give one-to-one work, a circle "method" and a bare "sessions", a named offering defined as a circle, pupils
// referred into the page's own group, and a kind named only as one item in a list of a place's services.
const singlePageCases: Case[] = [
  {
    name: "a first line run into the text (no blank line after it) that names support groups is the title: a facilitator's page on the groups she runs is a support group's page",
    text: 'Peer Support Groups for School Support Staff\nPrivate time for teaching assistants and lunchtime supervisors to talk about the children they worry about\nThe sessions give staff a pause to notice how the work sits with them, with no lesson plan and no assessment.\nI have run these groups for primary schools across the Wendle valley since 2014.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "the same layout over an explainer on such groups in general stays no group's page",
    text: 'Peer Support Groups in Schools\nPeer support groups give school staff a chance to talk through the emotional side of their work with colleagues\nSurveys of staff wellbeing suggest they help people stay in post.\nHeads thinking about them may want to ask their local authority for advice.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group named only as the other way to give one-to-one therapy ("offered one-to-one or in a group format") does not make a service\'s programme one run in groups',
    text: 'People in the Fenwick district who struggle with low mood or worry can get free talking therapy through the Fenwick Wellbeing programme. Talking therapy helps people notice patterns in how they think and act and learn practical ways to cope.\nWhat does the programme offer?\nMost people begin with a self-help course and step up only if they need to. The choices are:\n- Self-help: a workbook course supported by a wellbeing coach over the phone. The course, called First Steps, helps people manage stress.\n- Talking therapy: cognitive behavioural therapy with a therapist, offered one-to-one or in a group format, face to face or online.\nWho can be referred?\n- Adults over 18 registered with a Fenwick GP\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same service\'s course that "runs in groups of up to eight adults" is still a programme run in groups',
    text: 'People in the Fenwick district who struggle with low mood or worry can get free talking therapy through the Fenwick Wellbeing service. Talking therapy helps people notice patterns in how they think and act and learn practical ways to cope.\nWhat does the programme involve?\nOur Calmer Days programme is an eight-week CBT course. The programme runs in groups of up to eight adults, led by two therapists, at the Mill Road clinic or online.\nWho can be referred?\n- Adults over 18 registered with a Fenwick GP\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"our … listening circle method" is a way of working, and a bare "sessions" says neither when nor how to join: a consultancy\'s article on circles is no group\'s page',
    text: 'Making Room for Team Calm and Listening Circles\n\nA photo of chairs set out in a ring\n\nMore employers now see how much a calm team matters. People who feel heard at work stay longer and burn out less.\n\nToday we look at why listening circles deserve a regular slot.\n\nWhat do we mean by a calm team?\n\nIt is tempting to think of yoga vouchers and a fruit bowl, but calm goes deeper than perks.\n\nAt Oakmere, our team calm sessions are starter sessions where we show teams how to slow down together. At Oakmere, we are wary of calling this training, because nobody can be trained to care.\n\nOur facilitated listening circle method gives teams a simple shape for listening. We usually run the first circle ourselves and then hand it to the team. Some clients ask for sessions built around their own aims.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a staff circle that "meets every Monday at 1 pm in the Quiet Room" still invites readers to it',
    text: 'Monday Listening Circle for Ward Staff\n\nA photo of chairs set out in a ring\n\nThe wards have been hard this winter, and many of us carry more than we show. The Monday Listening Circle is a space for nurses, cleaners and ward clerks to pause for forty minutes and listen to one another.\n\nOur circle meets every Monday at 1 pm in the Quiet Room on level two of Oakmere Hospital. Just turn up; there is nothing to book.\n\nEach session starts with a short check-in, and people say as much or as little as they want. What is said in the circle stays there.\n',
    material: true,
  },
  {
    name: '"We offer a range of circles each term" with "Contact the front desk" still says how to join, under a title that is no group\'s name',
    text: 'Questions about Circles\n\nWe offer a range of circles each term. Look for a circle where people share your situation; most people settle in within a few sessions. Contact the front desk with questions.\n',
    material: true,
  },
  {
    name: 'a named offering defined as a circle ("Night Watch is an online talking circle that…") is the page\'s own group, its kind from what the page calls such circles',
    text: 'Keeping Our Warehouse Teams Talking\n\nAt Linden Freight, peer support groups are called "talking circles", and they give staff somewhere to steady themselves through loss, illness and debt.\n\nNight Watch is an online talking circle that uses video calls to support pickers, drivers and office staff across our three sites. Places go to the first ten staff who ask, and two times are offered every weekday.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"A talking circle is a short, regular conversation…" defines circles in general: no group of its own',
    text: 'Talking Circles at Work: What Studies Show\n\nA talking circle is a short, regular conversation in which colleagues take turns to speak and to listen. Several haulage firms have tried them with drivers and pickers, and staff surveys suggest people feel less alone.\n\nEmployers thinking of starting one may want to ask their occupational health provider.\n',
    material: false,
    kind: null,
  },
  {
    name: 'organisations defined as groups ("The Lantern Trust is a regional group for…", "Open Hands is a national group for…") are not the page\'s own group',
    text: 'Bereavement Charities in the North\n\nMany families find it helps to talk with others who have lost someone. Support groups are run by several charities in the region.\n\nThe Lantern Trust is a regional group for bereaved parents. Open Hands is a national group for widowed people under fifty. Both can tell you what is near you.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Children are referred to small group counseling by their class teacher" on a school\'s page about its own groups names its kind',
    text: 'About Small Groups. Small groups at Birchfield Primary give children a safe place to practise making friends and handling worries with a few classmates. Each group focuses on one skill through games, stories and drawing.\nHow children join. Children are referred to small group counseling by their class teacher, by a parent, or by asking the school counselor themselves. A child may also be asked along as a friend for a classmate.\nFor parents. If you think your child would gain from a small group, please speak to the class teacher or email me.\nWhen. Groups meet once a week for 30 minutes and children never miss playtime or lunch.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a support group whose members "can be referred to group therapy at the memory clinic" stays a support group',
    text: '# Riverside Carers Support Group\n\nWe are a peer support group for people caring for a partner with dementia. We meet on the second Thursday of each month at 2 pm in the Riverside library.\n\nThis group is not therapy. Members who want more than peer support can be referred to group therapy at the memory clinic.\n\nThere is no charge.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"referred to group counseling at the district family clinic" is a referral elsewhere, even on a page with its own groups',
    text: 'About Small Groups. Small groups at Birchfield Primary give children a safe place to practise making friends with a few classmates.\nHow children join. Children are referred to group counseling at the district family clinic when they need more than a small group can give.\nWhen. Groups meet on Tuesdays at 12:30 pm, and children never miss lessons.\n',
    kind: null,
  },
  {
    name: '"Children can be referred to group counseling" (a modal) is a referral elsewhere too',
    text: 'About Small Groups. Small groups at Birchfield Primary give children a safe place to practise making friends with a few classmates.\nHow children join. Children can be referred to group counseling when they need more than a small group can give.\nWhen. Groups meet on Tuesdays at 12:30 pm, and children never miss lessons.\n',
    kind: null,
  },
  {
    name: '"support groups" as one item in a youth hub\'s list of services ("one-to-one counselling, support groups, homework help, art materials, hot food…") is no support group\'s page',
    text: 'In a church hall in Marsden in 2001, the Eastside Youth Hub began with one idea: young people who are picked on or left out should have somewhere safe to go after school.\n\nToday the Hub is a charity that supports LGBTQ+ teens in body, mind and friendships. From 4 to 8 pm on Tuesdays and Fridays, its Open Space is open to LGBTQ+ young people and allies aged 13 to 18, who can use a range of free services. These include one-to-one counselling, support groups, homework help, art materials, hot food and a place to unwind. Youth workers are on hand to talk through any worry. Only young people, staff and checked volunteers may enter the space. Parents can book family counselling.\n\nThe Hub also has a library of LGBTQ+ books and a computer room with free wi-fi. Free sexual health checks are offered with a partner clinic on the second Monday of each month, 4 to 6 pm.\n',
    material: false,
    kind: null,
  },
  {
    name: "the hub's own support group, with its day, time and room, is still a support group's page",
    text: "# Friday Teen Support Group\n\nEastside Youth Hub's support group for LGBTQ+ teens aged 13 to 18 meets every Friday from 5 to 6:30 pm in Room 3 of the Hub.\n\nThe group is peer-led with a trained volunteer. It is not counselling or therapy, and it is free. Hot food is provided.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a list of services followed by "The support group meets on Fridays at 5 pm" speaks of the group itself: still a support group',
    text: 'Eastside Youth Hub is open from 4 to 8 pm on Tuesdays and Fridays. Its services include one-to-one counselling, support groups, homework help and hot food.\n\nThe support group meets on Fridays at 5 pm in Room 3 and is led by a trained volunteer.\n',
    material: true,
    kind: 'support',
  },
];

describe('a run-in title, a group as a format, a circle method, a named circle, a referral into its own group and a listed service', () => {
  itReadsEach(singlePageCases);
});

// A group that meets to pray, worship or study scripture, on a page with no word of support, care or therapy, is a church's group of
// another kind; a church's grief group or a faith-based recovery group keeps its reading. A sign of support that is denied ("no
// volunteer duties") is no sign (team-written, after real pages).
const worshipCases: Case[] = [
  {
    name: 'a parish prayer group that meets weekly, whose collection "goes to" causes the members choose, is not group material (no "support" from the donations)',
    text: "# Monday Prayer Group at St Aidan's\n\nThe prayer group meets every Monday at 8 pm in the Lady Chapel of St Aidan's, Dunmore, for an hour of prayer, a psalm and a reading for the coming Sunday, with a few minutes of silence to close.\n\nTwice a year members spend a day of recollection together at Glenstal, and some walk the pilgrim path to Croagh Patrick in July.\n\nDonations from the basket at the door go to causes the members choose, this year the Dunmore soup run and a school in Kenya.\n\nThe group was begun in 1998 by Fr. Colm Nevin and a few parishioners, and newcomers are always welcome.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a parish rosary group that "gathers … to pray the Rosary" every Thursday, with no word of care, is not group material',
    text: '# Rosary Group\n\nEvery Thursday evening at 7 pm a small group of parishioners gathers in the church of St Joseph the Worker to pray the Rosary for the needs of the parish and of the world. We pray the mysteries of the day, and on the first Thursday of the month we add the Chaplet of Divine Mercy.\n\nThe group has met for more than twenty years. Newcomers are warmly welcome: there is no need to sign up, and beads and leaflets are left at the back of the church for anyone who would like them.\n\nIn May and October the group also leads the Rosary before the Sunday Mass. For more information, speak to Bernadette after Mass or ring the parish office on 555-0188.\n',
    material: false,
    kind: null,
  },
  {
    name: "a women's Bible study with its day, place and study guide, which the page model would take for one group's own page, is not group material",
    text: "# Women's Bible Study\n\nThe women's Bible study meets every Tuesday morning at 9.30 in the fellowship hall of Cedar Falls Baptist Church, from September to May. Childcare is provided in the nursery for little ones.\n\nThis autumn the group is working through the book of Ruth, with a study guide that members read at home during the week. Each morning begins with coffee and a time of prayer, then we open the passage together and talk about what it says to us today.\n\nYou do not need to have studied the Bible before, and nobody is asked to read aloud or pray aloud unless they want to. Bring a Bible if you have one; the church has plenty to lend.\n\nNew members are welcome to join at any point in the year. Study guides cost $10, and help is available if that is a burden. Contact the church office at 555-0123 or just come along on a Tuesday.\n",
    material: false,
    kind: null,
  },
  {
    name: "a church's grief support group that opens each evening with a prayer and a reading is still a support group",
    text: "# Grief Support Group at St Aidan's\n\nSt Aidan's grief support group meets on the first and third Monday of each month at 7 pm in the parish room. Each evening opens with a short prayer and a reading, and then members talk about the person they have lost and how they are coping.\n\nAnyone grieving a death is welcome, whatever their faith. There is no charge. Ring the parish office on 555-0177 to let us know you are coming.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a church\'s evenings for the bereaved, of no named kind, that "open with a prayer and a reading from scripture", are still group material',
    text: "# Monday Evenings for the Bereaved\n\nThe group meets on the first Monday of each month at 7 pm in the parish room of St Aidan's. We open with a prayer and a reading from scripture, and then there is time to talk about the person you have lost and how you are coping with your grief.\n\nAnyone who has been bereaved is welcome. Ring the parish office on 555-0177 to let us know you are coming.\n",
    material: true,
    kind: null,
  },
  {
    name: 'a faith-based recovery group that meets "to pray together and study scripture" is still group material',
    text: '# Wednesday Night Anchor Group\n\nAnchor is a Christ-centred group for men and women in recovery from addiction. We meet every Wednesday at 7 pm in the fellowship hall of Hope Community Church to pray together, study scripture and talk honestly about the week.\n\nNewcomers are welcome at any meeting. Ask for Marcus at the church office, 555-0199.\n',
    material: true,
    kind: null,
  },
  {
    name: "a widowers' weekly tea-and-talk group whose donations pay for the tea and the room is still a support group",
    text: '# Wednesday Tea and Talk\n\nThe group meets every Wednesday at 2 pm in the upstairs room of the Dunmore community centre, for an hour of tea and talk among men who have lost a wife or partner. Some weeks are quiet and some are full of laughter; nobody has to speak.\n\nDonations from the jar on the table pay for the tea and the room, and nobody is asked to pay.\n\nThe group was begun in 2009 by Colm Nevin and a few neighbours who had been widowed, and newcomers are always welcome.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an unnamed carers\' circle that says "There are no volunteer jobs to take on" is group material of no kind (the denied volunteers are no sign of support)',
    text: "# Monday Circle at Hill Street\n\nThe Monday Circle meets every Monday at 6.30 pm in the back room of Hill Street Chapel, Ashby, for anyone looking after a husband or wife with Parkinson's.\n\nCome as you are. There are no volunteer jobs to take on and nothing to prepare, and you never have to speak.\n\nAsk for Gail Porter at the chapel office, 555-0163.\n",
    material: true,
    kind: null,
  },
  {
    name: 'the same circle "run by volunteers who have looked after a partner themselves" is still a support group',
    text: "# Monday Circle at Hill Street\n\nThe Monday Circle meets every Monday at 6.30 pm in the back room of Hill Street Chapel, Ashby, for anyone looking after a husband or wife with Parkinson's.\n\nCome as you are. The circle is run by volunteers who have looked after a partner themselves, and you never have to speak.\n\nAsk for Gail Porter at the chapel office, 555-0163.\n",
    material: true,
    kind: 'support',
  },
];

describe('worship groups, and signs of support that are denied', () => {
  itReadsEach(worshipCases);
});

// Explainers, lists and launches, and pages a crawl or a caption left ragged.
const ragged: Case[] = [
  {
    name: "a guide comparing partial hospitalization and intensive outpatient programs, never in a provider's voice, is an explainer, not a programme's page",
    text: 'Stepping down from a hospital stay raises a lot of questions about what comes next. This page explains the two most common steps so you can talk them over with your care team.\n\nWhat partial hospitalization looks like\n\nIn a partial hospitalization program (PHP) you spend most of each weekday in treatment and go home at night. You attend five days a week, moving between group sessions, a check-in with a counselor and a visit with a prescriber. Most people stay in a PHP for a few weeks.\n\nWhat intensive outpatient looks like\n\nAn intensive outpatient program (IOP) asks for three or four evenings a week, so you can keep working or studying. Each evening mixes skills groups with a short individual check-in. Many IOPs last eight to twelve weeks, and the program length depends on your progress.\n\nWhich one fits\n\nIf you need daily structure, a PHP may suit you. If you can manage your week but need more than a weekly appointment, an IOP may be enough. Ask about the schedule and the staff before you commit to a program.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an IOP\'s own page that also names its day program (PHP), in its own voice ("Our evening IOP"), is still group therapy',
    text: '# Evening Intensive Outpatient Program at Birchfield Recovery\n\nOur evening IOP is for adults who have finished our day program (PHP) and are ready to return to work. We meet Monday, Tuesday and Thursday from 6 to 9 pm at our Station Road clinic.\n\nEach evening opens with a process group led by one of our licensed addiction counselors, followed by a relapse-prevention skills group. The program runs for ten weeks.\n\nMost insurance plans cover our IOP; we will check your benefits at intake. To join, call our admissions line at 555-0177.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a network building "a county directory of stammering support groups" and asking for "groups not listed" is a directory, not a group\'s page',
    text: 'Parents of children who stammer tell us the same thing time and again: they want to talk with other parents who have been there.\n\nWe are putting together a county directory of stammering support groups for parents, and we have found groups in most towns already. Before we print it, we would value your help. Please read the draft and tell us about any support groups not listed by writing to the address below.\n\nPlease send any additions by 15 May.\nThank you!\nFenwick Stammering Families Network\n',
    material: false,
    kind: null,
  },
  {
    name: "the same network's page for its own monthly parent support group is still a support group",
    text: 'Parents of children who stammer tell us the same thing time and again: they want to talk with other parents who have been there.\n\nOur parent support group meets on the second Saturday of each month, 10 am to noon, at Fenwick Library. New families are always welcome.\n\nThere is no cost to come along. To ask a question before your first visit, write to the address below.\nFenwick Stammering Families Network\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a launch post titled "Launching Young Parents\' Support Groups in Carrowmore", with "our Friday … Support Group", is a group\'s own page, not a directory',
    text: "# Launching Young Parents' Support Groups in Carrowmore\n\n\"Some days I don't speak to another adult until my partner gets home.\" That is how one mother in our Friday Young Parents' Support Group described her first year with a baby.\n\nYoung parents in Carrowmore often go weeks without anyone to talk to about how they are managing. Tiredness, money worries and feeling judged pile up quickly.\n\nTo answer this, Carrowmore Family Hub has begun running peer support groups. Our outreach worker, Tomas Reilly, leads them with two volunteers who were young parents themselves.\n\nWe have held four sessions so far, and members asked to meet every week instead of every fortnight, so from October the groups will meet more often.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a listing titled "Young Parents\' Support Groups in Carrowmore" of groups others run stays out',
    text: "# Young Parents' Support Groups in Carrowmore\n\nLooking for a young parents' support group in the Carrowmore area? Several local organisations run groups. Contact each group directly before you go, as times can change.\n\nSt Brigid's Hall parents' circle, first Tuesday of the month, run by the parish.\n\nCarrowmore Library parents' coffee morning, every Friday, run by volunteers.\n\nThis list is kept for information only; we do not run any of these groups.\n",
    material: false,
  },
  {
    name: 'a café gathering\'s own page ("A Forget-Me-Not Café is…", "the next Forget-Me-Not Café") speaks of a group and is taken in',
    text: 'A Forget-Me-Not Café is a warm, easy-going afternoon where guests can chat, reminisce and make new friends. It is somewhere we can laugh, try something new and talk about life with people who understand.\n\nWe welcome people living with dementia, anyone with memory worries, and the partners, children and friends who come along with them.\n\nThe cafés offer tea and biscuits, a guest speaker now and then, singing and gentle activities, with plenty of time simply to talk. What happens each month depends on what our guests enjoy.\n\nWhat a Forget-Me-Not Café is not: a day centre, a clinic or personal care. It is not suitable for someone with dementia to come alone if they need help with personal care.\n\nSee our events page to find out when the next Forget-Me-Not Café will be held at Elm Road.\n',
    material: true,
  },
  {
    name: 'a history of memory cafés in general stays out',
    text: 'Memory caf\u00e9s started in the Netherlands in the late 1990s and spread widely over the next twenty years. A memory caf\u00e9 is an informal gathering where people living with dementia and those who look after them can spend time with others in the same position.\n\nMemory caf\u00e9s differ a great deal. Some meet in church halls and some in garden centres; some have a speaker each month and some are simply tea and conversation. Most are run by volunteers, and most are free or ask for a small donation.\n\nResearchers who have studied memory caf\u00e9s report that carers value the chance to share practical tips. Caf\u00e9s are not a replacement for medical care or for respite services.\n\nIf you are thinking of visiting one, ask your local dementia adviser which caf\u00e9s meet nearby.\n',
    material: false,
  },
  {
    name: 'a crawl\'s date stamp before the title (" date 2021-03-04 About Monday Parents Cafe") does not hide the title',
    text: ' date 2021-03-04 About Monday Parents Cafe\n\nParents cafes offer a friendly, unhurried place where mums and dads of disabled children can drop in for a cuppa, a chat and some information. Parents can meet others who understand, hear where to get help and swap tips for getting through the week. Many find that the friendships made here last well beyond the cafe. Every cafe aims to be a place where parents feel welcome and heard.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a crawl's date stamp before a generic blurb with no title stays out",
    text: ' date 2021-03-04 Parents cafes offer a friendly, unhurried place where mums and dads of disabled children can drop in for a cuppa, a chat and some information. Parents can meet others who understand, hear where to get help and swap tips for getting through the week. Many find that the friendships made there last well beyond the cafe.\n',
    material: false,
  },
  {
    name: 'an image caption run into the text ("support groupFoster carers") still names the kind',
    text: 'For Foster Carers\n\nfoster carers support groupFoster carers often tell us they feel nobody else understands the ups and downs of the job. Over the years we have found that evening groups suit carers best, so our groups meet after the children are in bed. If enough single carers want to come, we will also form a group just for them.\n\nAnyone who would like to join can read how our groups work on the Our Groups page. Our groups do not follow a set course. Instead, members bring the questions and worries that are on their minds that week, such as:\n\n- contact visits with birth families\n- school meetings and the paperwork\n- finding time for yourself\n\nThese are only examples; members decide what we talk about.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an app named in camel case ("FosterGroupHub") names no group',
    text: "For Foster Carers\n\nThe FosterGroupHub app lets foster carers find each other online. Download it from your phone's app store, create a profile and pick the topics you care about, such as school, contact visits or money.\n\nThe app suggests people near you with similar interests. You can message them privately or post on the open noticeboard. Our team checks new posts each morning.\n\nThe app is free to download. Some extra features, such as video calls, need a monthly subscription.\n",
    material: false,
  },
  {
    name: 'a fathers\' group page full of "feelings" and "feedback" is not read as therapy from them (no fee there)',
    text: "# What Happens at Calm Dads\n\nA Calm Dads group meets one evening a week for twelve weeks, for two hours each time. Between six and ten fathers take part; partners and children stay at home. Two facilitators run every group. Dads apply to join through their family support worker. Dads give each other feedback, talk over what went well and badly at home, and try one small task with their kids before the next week.\n\nTopics over the twelve weeks include:\n\n- listening before correcting\n- how raised voices land on a small child\n- sharing the load with your child's other parent\n- bedtime, mealtimes and screens\n\nHow you might be feeling\n\nDads arrive with all kinds of feelings: embarrassment, anger at being sent, worry about being judged, and hope that home can get calmer. These feelings are normal, and most of the other dads have felt them too.\n",
    material: true,
    kind: null,
  },
  {
    name: 'the same page stating a weekly fee is still read as therapy',
    text: "# What Happens at Calm Dads\n\nA Calm Dads group meets one evening a week for twelve weeks, for two hours each time. Between six and ten fathers take part; partners and children stay at home. Two facilitators run every group. Dads apply to join through their family support worker. Dads give each other feedback, talk over what went well and badly at home, and try one small task with their kids before the next week.\n\nThe fee is $25 a week, and most insurance plans cover it after a referral from your doctor.\n\nTopics over the twelve weeks include:\n\n- listening before correcting\n- how raised voices land on a small child\n- sharing the load with your child's other parent\n- bedtime, mealtimes and screens\n\nHow you might be feeling\n\nDads arrive with all kinds of feelings: embarrassment, anger at being sent, worry about being judged, and hope that home can get calmer. These feelings are normal, and most of the other dads have felt them too.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'advice to start your own ("starting a support group yourself is simpler than you think") is no group of the page\'s',
    text: "No Psoriasis Support Group Nearby? Start Your Own!\n\nA support group can make a real difference when you live with psoriasis. If there is no group near you, don't give up: starting a support group yourself is simpler than you might think.\n\nDecide who your psoriasis support group is for. Will family members come too?\n\nPick a host (or two) who is organised and friendly.\n",
    material: false,
  },
  {
    name: '"I\'m Starting a Psoriasis Support Group in Kelby", with its day, time and place, is still a support group',
    text: "I'm Starting a Psoriasis Support Group in Kelby\n\nAfter two years of looking for other people with psoriasis near me, I have decided to start one myself. Starting a support group felt daunting, but the library has given us a room.\n\nWe will meet on the first Thursday of every month, 7 to 8:30 pm, in the Kelby Library meeting room, beginning 6 May. Partners and friends are welcome. It is free, and you do not need to book.\n\nThis is a peer support group, not therapy or medical advice: just people with psoriasis sharing what helps.\n",
    material: true,
    kind: 'support',
  },
];

describe('explainers, lists and launches, and pages a crawl or a caption left ragged', () => {
  itReadsEach(ragged);

  it('care newcomers do not seek ("will not seek out mental health care") is not what the group denies being: the kind rests on its own words', () => {
    const r = lint(
      '# Welcome Circles for New Families\n\nMany families who have recently settled in Ashgrove after fleeing war still do not feel safe. Paperwork, money and missing relatives can wear people down. Often new arrivals will not seek out mental health care because of stigma or bad experiences before.\n\nThis spring the Ashgrove Welcome House started three welcome circles: one for mothers, one for young men and one that meets online. The circles give members a place to talk about stress, sleep and homesickness with others who share their language.\n\nThe circles meet every Thursday at 11 am at the Welcome House on Bridge Street. Interpreters are available.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'support');
    assert.ok(!r.kindEvidence.some((e) => /mental health care/.test(e)), r.kindEvidence.join(', '));
  });
});

// Coursework, meetings with no word "group", explainers the page model would take in, and other readings of pages that
// never were one group's own (or were, in other words).
const courseworkAndMeetingsCases: Case[] = [
  {
    name: 'a discussion post on a practicum visit to a therapy group ("For this discussion", "practicum") reads as a student\'s essay',
    text: '# Group Therapy for Young Carers\n\nIn my practicum placement this term I sat in on a group for young carers at a community clinic. The group meets on Thursdays for an hour, and the members are aged 12 to 16.\n\nThe leader asked each member to name one hard moment from the week, and the quieter members spoke more by the end. For this discussion, I suggest that the leader add a short check-out round so that nobody leaves upset.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an assignment prompt about a therapy group ("Post a description of…", "APA format") reads as coursework',
    text: '# Group Therapy with Veterans\n\nPost a description of a therapy group for veterans and the stage the group is in. Explain how the leader should respond when two members argue. Draw on what you saw in your practicum, and support your recommendations with at least two sources from the course readings, in APA format.\n\nThe group meets weekly and has eight members.\n',
    material: false,
    kind: null,
  },
  {
    name: "a clinic's own therapy group whose co-leader is a trainee on practicum keeps its reading",
    text: '# Thursday Teen Anxiety Group\n\nOur therapy group for teens with anxiety meets every Thursday at 4.30 pm at the Hollins Clinic, 12 Park Row, for ten weeks. It is led by Dr. Ana Ruiz, a licensed psychologist, with a doctoral trainee on practicum as co-leader.\n\nEach session costs $40 and most insurance is accepted. Call 555-0142 to book an intake.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a breastfeeding league that says "we hold monthly meetings" and never says "group" is its own support group\'s page',
    text: "# About the Riverbend Nursing Mothers' League\n\nThe League gives information, support, and encouragement to mothers who want to breastfeed. We hold monthly meetings in the library hall, and mothers and babies of every age are welcome.\n\nVolunteers who have nursed their own babies answer questions by phone. Meetings are free.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'an allotment society that "holds monthly meetings", with no word of care, is still no group material',
    text: '# About the Riverbend Allotment Society\n\nThe Society looks after forty plots beside the canal. We hold monthly meetings in the library hall to plan the seed order and the summer show.\n\nVolunteers keep the shared tools in order. Meetings are free.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a Sunday football league that "holds monthly meetings" with encouragement and support is still no group material',
    text: '# About the Riverbend Sunday Football League\n\nThe League gives encouragement and support to new clubs. We hold monthly meetings in the library hall to agree each fixture and the referees.\n\nVolunteers run the five-a-side cup. Meetings are free.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a fellowship\'s own "Meetings in Your Area" page that lists "our local meetings" is its own page, not a directory',
    text: "# SMART Recovery Meetings in Your Area\n\nSMART Recovery is a free mutual support fellowship for people recovering from addiction. Our local meetings are run by trained volunteers who have been in recovery themselves.\n\n- Monday 7 pm, Grange Library, Elm Road\n- Thursday 6 pm, St Luke's Hall, Mill Lane\n\nNewcomers are always welcome.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a lead-generation directory under the same title, whose meetings are run by others, stays a directory',
    text: "# SMART Recovery Meetings in Your Area\n\nFind mutual support meetings near you. The meetings listed below are run by independent local groups, not by this site; contact each group directly before you go.\n\n- Monday 7 pm, Grange Library, Elm Road\n- Thursday 6 pm, St Luke's Hall, Mill Lane\n",
    material: false,
    kind: null,
  },
  {
    name: 'a young mothers\' programme of its own "in a safe, small group setting", whose only group word is "individual or group therapy", is therapy',
    text: '# Young Mothers Program\n\nThe program is for mothers aged 16 to 24 who are raising a child on their own. Over twelve weeks, the program offers parenting lessons and life skills in a safe, welcoming small group setting, led by a licensed clinical social worker.\n\nParticipants also receive access to individual or group therapy. Call 555-0170 to ask about a place.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer with a mid-page "What is group therapy?" heading and hedged logistics is no group\'s page',
    text: '# Group Therapy at a Glance\n\nGroup therapy is led by a trained clinician who guides a small number of people through shared work.\n\n## What Is Group Therapy?\n\nSome groups have open enrollment and others start and end together. Groups often meet weekly, and many people attend alongside individual therapy.\n\n## How Does Group Therapy Work?\n\nMembers talk about what they are facing and learn from each other.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a blog post with "• Writer:" and "N min read" furniture reads as an article',
    text: '# Why Group Therapy Helps Older Adults\n\n• Writer: Maya Lindqvist\n\n5 min read\n\nGroup therapy can ease loneliness in later life. Many older adults find that starting a new social circle gives them a reason to leave the house, and a therapy group can offer the same. Sessions are led by a therapist and usually last ninety minutes.\n',
    material: false,
    kind: null,
  },
];

describe('coursework, meetings of its own, and explainers', () => {
  itReadsEach(courseworkAndMeetingsCases);
});

// A hard-wrapped page reads as it does on long lines: a line break inside a sentence is read as a space, so a check that stops
// at a line break ("…too" after the groups, on the next line) still reads the whole sentence.
const wrappedCases: Case[] = [
  {
    name: 'a counsellor\'s page whose "I facilitate a range of support groups and\\nworkshops too" is wrapped is still no group\'s page',
    text: '# Individual Counselling for Grief\n\nLosing someone can leave you isolated, and talking with a professional can help you make sense of it.\nIn one-to-one sessions we look at your loss at your own pace.\nI have counselled bereaved adults since 2004. I facilitate a range of support groups and\nworkshops too.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same in CRLF',
    text: '# Individual Counselling for Grief\r\n\r\nLosing someone can leave you isolated, and talking with a professional can help you make sense of it.\r\nIn one-to-one sessions we look at your loss at your own pace.\r\nI have counselled bereaved adults since 2004. I facilitate a range of support groups and\r\nworkshops too.\r\n',
    material: false,
    kind: null,
  },
  {
    name: 'a facilitator\'s own group, wrapped over lines ("I facilitate a support group for\\nwidowed parents"), is still that group\'s page',
    text: '# Grief Support for Widowed Parents\n\nLosing a partner while raising children is its own kind of lonely. I facilitate a support group for\nwidowed parents, and it meets on the first Tuesday of each month at 7 pm in the Quay Street\nlibrary. It is free, and it is not therapy.\n',
    material: true,
    kind: 'support',
  },
];

describe('a hard-wrapped page', () => {
  itReadsEach(wrappedCases);
});

// News stories and features about a group: a reporter's article quoting its members and organisers, a member's profile, an
// anniversary report. The page model reads their words on the group ("members", "each month", "come along") as the group's own,
// so a page that quotes people twice or more and gives a reader no way to come (no time and place, no sign-up, no "our group",
// no one to ring or write to) is not taken in by it. A story that tells readers when and where the group meets, or how to join it,
// is the group's notice, and a group's own page may quote its members or its clinician.
const newsAboutAGroupCases: Case[] = [
  {
    name: "a hospital newsletter's story on a ward's group for cancer patients, quoting a nurse and a patient, is no group's page",
    text: '# A Place to Talk After Diagnosis\n\nFor many young adults living with cancer, the hardest part comes after the first appointment, when the leaflets are read and the house goes quiet. That is why two nurses on the oncology ward designed a support group last spring that brings patients together to talk through what they are facing.\n\n"People told us they felt alone, with nobody who really understood," said ward sister Helen Dorsey. "Once they were in a room with others going through the same treatment, they opened up."\n\nRetired postman Gareth Lyle, who finished chemotherapy in October, was one of the first to attend. "I nearly didn\'t come in," he said. "But the other members made me feel welcome, and each week I left feeling a little better."\n\nThe sessions have grown from five patients to more than twenty, and partners are now encouraged to participate too. Members share what works for them in coping with fatigue, talk about their hopes and worries, and support one another between treatments.\n\n"It is a safe, confidential space, and we are not there to lecture anyone," Dorsey added. "It is about people helping each other through something hard."\n\nThe ward hopes to offer the same kind of support to patients on the haematology unit next year.\n',
    material: false,
    kind: null,
  },
  {
    name: "a local paper's feature on a grief group, quoting a widow and its founder in the past tense, is no group's page",
    text: '# Widows and widowers find comfort in shared loss\n\nWhen Margaret Innes lost her husband of forty-one years, she stopped answering the phone. "I didn\'t want to be a burden to my children," she said. "I thought I had to carry it alone."\n\nA neighbour persuaded her to come along to a bereavement group for grieving adults. Eighteen months later, Innes attends every month and is one of its most loyal members.\n\nRetired vicar Tom Atherley, who lost his own wife to a stroke, started the group in 2019. "After she died, I found that friends were kind but didn\'t know what to say," Atherley recalled. "What helped was sitting with people who had been through it."\n\nMembers described an atmosphere of honesty and hope. Each session, they talked about whatever was on their minds: anniversaries, empty chairs at Christmas, learning to cook for one, or dealing with the bank.\n\n"You can laugh there, and nobody thinks you\'ve stopped grieving," said Paul Wren, whose partner died last year. "And you can cry, and nobody rushes to fix it."\n\nAtherley said the grief program had helped more than a hundred adults since it began, and that he hoped other towns would follow its example.\n',
    material: false,
    kind: null,
  },
  {
    name: "a campus paper's report on a counselling centre's groups, quoting its director and a student, is no group's page",
    text: '# Counselling centre groups see record numbers this term\n\nStudents are turning to group sessions at the University Counselling Centre in greater numbers than ever, according to figures released by the centre this week.\n\nMore than 340 students attended the centre\'s groups last term, up from 210 the year before. The groups cover exam anxiety, low mood, grief and adjusting to university life, and are designed to help young adults learn skills to cope with the challenges of student life.\n\n"Group work lets students see that they are not alone in struggling," said centre director Dr. Priya Nandakumar. "Often that realisation is the first step towards feeling better."\n\nSecond-year engineering student Kofi Mensah joined the anxiety group after a difficult first year. "I was worried everyone would judge me," he said. "In fact it was a relief to hear other members describe exactly what I was feeling, and to get honest feedback."\n\nThe student union welcomed the figures but warned that waiting times for individual counselling remain long. "Groups are valuable, but they cannot replace one-to-one support for everyone," union welfare officer Ellie Grant said.\n\nThe centre said it was recruiting two more counsellors and planned to add a group for postgraduate students in the spring.\n',
    material: false,
    kind: null,
  },
  {
    name: "a member's profile in a charity newsletter, quoting him on what the group did for him, is no group's page",
    text: '# Member profile: Dev Kapoor\n\nDev Kapoor was forty-three when he was diagnosed with Parkinson\'s disease. A keen cyclist and a science teacher, he admits the diagnosis knocked him sideways.\n\n"For the first year I told almost nobody," Dev said. "I felt completely alone, and I was frightened that if I said it out loud, it would become real."\n\nIt was his wife who found the Parkinson\'s group and encouraged him to attend. He remembers feeling out of place at first, as the youngest in the room by twenty years. "But within ten minutes a man of eighty was giving me tips on my tremor," he laughed. "I realised age didn\'t matter at all."\n\nFive years on, Dev still teaches part time and has taken up tandem cycling with a friend. He credits the group with helping him stay positive through changes in his medication and a difficult spell of depression.\n\n"The other members have been through every stage of this," he said. "They know what works, they share what they learn, and they know when you just need someone to listen."\n\nDev now writes a column for our newsletter each month and has spoken at two of the charity\'s awareness evenings about living well with the condition.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a feature on a carers\' group that quotes a carer and, "according to", its coordinator is no group\'s page',
    text: '# Carers say peer group was a lifeline\n\nFor Sandra Bishop, the worst moment came when her mother no longer recognised her. "I went home and sat on the kitchen floor," she said. "I felt so alone."\n\nBishop, who works part time, found her way to a carers\' group for adults caring for a parent or partner with dementia, where members came together each month to share their experiences.\n\nAccording to the group\'s coordinator, Rachel Osei, many carers arrive exhausted and struggling. "They have often spent months coping with it on their own," Osei explained. "Meeting others who understand what they are going through makes them feel better, and gives them hope."\n\nThe members swapped practical tips on everything from power of attorney to getting a good night\'s sleep. But Bishop said the greatest help was emotional. "I could speak there about things I couldn\'t say to my own family," she recalled. "Nobody judged me for being angry or tired."\n\nHer mother moved into a care home last year, and Bishop said she still keeps in touch with the friends she made in the group.\n\nAround 700,000 people in the country care for a relative with dementia.\n',
    material: false,
    kind: null,
  },
  {
    name: "a report on a parents' group's tenth anniversary, quoting its founder and a member, is no group's page",
    text: '# Ten years of the Tuesday group\n\nIt began with three mothers around a kitchen table. A decade later, the parents\' group for families of children with autism in Kelmore has helped hundreds of families, and last month it marked its tenth anniversary with a party at the town hall.\n\nFounder Joanne Price, whose son was diagnosed at the age of four, remembered the early days. "We had no leaflets and no funding, just a kettle and a lot of questions," she said. "What we had was each other."\n\nOver the years the members supported each other through school appeals, benefit forms and sleepless nights, and each month parents came to share what had helped their child. Many said the friendships they formed were the most important part.\n\n"When my daughter was excluded from school, it was the other mums who got me through it," said member Anita Sharma. "I never felt alone after that."\n\nAt the anniversary party the mayor presented Price with a civic award, and several former members spoke about what the group had meant to them.\n\n"I never imagined it would last this long," Price said. "It belongs to the families now, not to me."\n',
    material: false,
    kind: null,
  },
  {
    name: 'a feature on a men\'s group told in the present ("says coordinator…", "he says") with no way to come is no group\'s page',
    text: '# The men who meet to talk\n\nOn a wet evening in a converted chapel, a dozen men sit in a circle with mugs of tea. Some are builders, one is a retired headteacher, and two are barely out of college. What they have in common is that each of them, at some point, has struggled to cope and felt he had to hide it.\n\n"Men are brilliant at talking about football and terrible at talking about how they feel," says coordinator Liam Hart, who helped start the group after losing a close friend to suicide. "We wanted a place where it is normal to be honest."\n\nAccording to Hart, most newcomers say very little at their first session. By the third or fourth, many of them are the ones encouraging others to open up.\n\nForty-year-old plasterer Jamie Cole has come along every month for two years, and says it is the one evening he would never miss. "I thought I was the only one who felt like this," he says. "Now I know I\'m not, and that has changed everything for me."\n\nThe members talk about work, money, relationships and grief, and share what helps them through the hard weeks. Nobody is asked to attend each time, and the conversation is always confidential. Nobody is pushed to speak, and what is said stays in the room.\n\nHart hopes that other towns will follow, and that fewer men will feel they have to struggle alone.\n',
    material: false,
    kind: null,
  },
  {
    name: "a news notice quoting its founder and a member that gives the next meeting's date, time and place is the group's notice",
    text: '# Bereavement group welcomes new members\n\nA bereavement group for grieving adults in Ferryhill is inviting new members to its next meeting.\n\nRetired vicar Tom Atherley set up the group after the death of his wife. "Friends were kind, but they didn\'t always know what to say," he said. "What helped me most was sitting with people who had been through it."\n\nMembers share whatever is on their minds, from anniversaries to learning to cook for one, and nobody is pushed to speak. "You can laugh there, and nobody thinks you\'ve stopped grieving," said member Paul Wren. "And you can cry, and nobody rushes to fix it."\n\nThe next meeting is on Thursday 12 March at 7 pm in the back room of Ferryhill Community Centre, Station Road. It is free, and tea and biscuits are provided. Anyone who has lost a partner, parent or friend is welcome to come along, whether the loss was recent or many years ago.\n\nFor more details, ring Tom Atherley on 01632 960 412.\n',
    material: true,
  },
  {
    name: "a group's own page that quotes one member's testimonial keeps its reading",
    text: '# Kelmore Parents\' Circle\n\nOur group is for parents and carers of children with autism in and around Kelmore. Raising a child who sees the world differently can be wonderful and exhausting at once, and many parents tell us they felt alone until they found us.\n\nWe are all parents ourselves, and we know how hard the school appeals, the benefit forms and the sleepless nights can be. In the circle, members share what has worked for their family, talk through the challenges of the month and support one another through the hard times. Nobody is there to judge, and everything said in the circle stays there.\n\n"When my daughter was excluded from school, it was the other parents here who got me through it. I never felt alone after that." — Anita, member since 2021\n\nWe are not professionals and we do not give medical or legal advice, but we can point you to people who do. New parents are always welcome, whether your child has just been diagnosed or is already a teenager.\n\nTo find out more, email the circle\'s coordinator, Joanne, at hello@kelmoreparents.example.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group\'s page with two members quoted ("said Sandra", "said Mike") and its monthly time and place keeps its reading',
    text: '# Carers\' Support Group\n\nThis group is for adults caring for a parent or partner with dementia. Caring can be lonely and exhausting, and it helps to talk with people who understand what you are going through.\n\nWe meet on the second Wednesday of every month, 10:30 am to 12 noon, at the Oakfield Library meeting room. Each meeting starts with tea and a chance to catch up, and then members share their experiences and practical tips. You can talk or just listen.\n\nWhat members say:\n\n"I went home from my first meeting and slept properly for the first time in weeks," said Sandra, who cares for her mother. "I knew I wasn\'t the only one."\n\n"I could speak here about things I couldn\'t say to my own family," said Mike, who cares for his wife. "Nobody judged me for being angry or tired."\n\nThe group is free, confidential and run by carers for carers. It is not a substitute for professional advice. To come along, just turn up, or call Rachel on 01632 960 588.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a therapy group\'s page that quotes its clinician twice ("says Dr.…", "Dr. Reyes explains") keeps its reading',
    text: '# Anxiety Skills Group for Adults\n\nOur therapy group helps adults who live with persistent worry and panic learn practical skills to manage them. Over eight weekly sessions, members learn to notice anxious thoughts, face feared situations step by step, and practise calming techniques they can use every day.\n\n"Many people come to the group believing they are the only ones who feel this way," says Dr. Hannah Reyes, the clinical psychologist who leads the group. "Hearing others describe the same fears is often the turning point."\n\nEach session lasts ninety minutes and combines teaching, discussion and practice. Between sessions, members try out what they have learned and bring their experiences back to the group.\n\n"We keep the group small, no more than eight people, so that everyone has time to speak," Dr. Reyes explains. "Nobody is pushed to share more than they are comfortable with."\n\nThe group is confidential, within the usual limits explained at assessment. An initial assessment is required before joining. Please ask your GP for a referral or contact the clinic to book an assessment.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the grief feature that ends with how to join ("New members are always welcome… ring Tom… on") is the group\'s notice',
    text: '# Widows and widowers find comfort in shared loss\n\nWhen Margaret Innes lost her husband of forty-one years, she stopped answering the phone. "I didn\'t want to be a burden to my children," she said. "I thought I had to carry it alone."\n\nA neighbour persuaded her to come along to a bereavement group for grieving adults. Eighteen months later, Innes attends every month and is one of its most loyal members.\n\nRetired vicar Tom Atherley, who lost his own wife to a stroke, started the group in 2019. "After she died, I found that friends were kind but didn\'t know what to say," Atherley recalled. "What helped was sitting with people who had been through it."\n\nMembers described an atmosphere of honesty and hope. Each session, they talked about whatever was on their minds: anniversaries, empty chairs at Christmas, learning to cook for one, or dealing with the bank.\n\n"You can laugh there, and nobody thinks you\'ve stopped grieving," said Paul Wren, whose partner died last year.\n\nNew members are always welcome. Anyone who would like to join can ring Tom Atherley on 01632 960 412.\n',
    material: true,
  },
  {
    name: "the carers' feature that says when and where the group meets is the group's notice",
    text: '# Carers say peer group was a lifeline\n\nFor Sandra Bishop, the worst moment came when her mother no longer recognised her. "I went home and sat on the kitchen floor," she said. "I felt so alone."\n\nBishop, who works part time, found her way to a carers\' group for adults caring for a parent or partner with dementia, where members come together each month to share their experiences.\n\nAccording to the group\'s coordinator, Rachel Osei, many carers arrive exhausted and struggling. "They have often spent months coping with it on their own," Osei explained. "Meeting others who understand what they are going through makes them feel better, and gives them hope."\n\nThe members swap practical tips on everything from power of attorney to getting a good night\'s sleep. "I could speak there about things I couldn\'t say to my own family," Bishop recalled.\n\nThe group meets on the second Wednesday of each month at Oakfield Library, and any carer is welcome.\n',
    material: true,
  },
  {
    name: 'a peer group\'s page ("This group is…") quoting two members keeps its reading',
    text: '# Men Talking\n\nThis group is a place for men to talk honestly about how life is going. Whether it is work, money, relationships, grief or just a heavy few weeks, you will find other men here who have been through something similar and who will listen without judging.\n\nNobody is pushed to speak, and what is said stays in the room. Members share what helps them through the hard weeks, and many say that simply hearing others made them feel less alone.\n\n"I thought I was the only one who felt like this," says Jamie, who has been coming for two years. "Now I know I\'m not, and that has changed everything."\n\n"Men are good at talking about football and terrible at talking about how they feel," says Liam, one of the volunteers who started it. "We wanted somewhere it is normal to be honest."\n\nThis is a peer support group, not therapy or counselling: the volunteers are not professionals, but they can point you to services that can help. It is free and you do not need to book.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a carers' circle's page with two members quoted, its weekly time and place, keeps its reading",
    text: '# Thursday Circle for Carers\n\nLooking after someone you love can be lonely and tiring. The Thursday Circle is a friendly space for adults caring for a partner, parent or child, where you can talk with other carers who understand.\n\nThe circle runs every Thursday from 1:30 to 3 pm in the garden room at Oakfield Library, with tea and cake. Please come when you can; there is no need to attend each week.\n\n"I came for the first time after a really hard month, and I went home feeling that someone had finally listened," said Priya, who cares for her son.\n\n"It is the one afternoon of the week that is just for me," said Alan, whose wife has Parkinson\'s. "We laugh a lot, and we learn from each other."\n\nTwo volunteers who are carers themselves host each session. What is shared in the circle stays there. It is free, and you do not need to sign up.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the anniversary report that ends "Parents who would like to come along can email…" is the group\'s notice',
    text: '# Ten years of the Tuesday group\n\nIt began with three mothers around a kitchen table. A decade later, the parents\' group for families of children with autism in Kelmore has helped hundreds of families, and last month it marked its tenth anniversary with a party at the town hall.\n\nFounder Joanne Price, whose son was diagnosed at the age of four, remembered the early days. "We had no leaflets and no funding, just a kettle and a lot of questions," she said. "What we had was each other."\n\nOver the years the members supported each other through school appeals, benefit forms and sleepless nights, and each month parents came to share what had helped their child. Many said the friendships they formed were the most important part.\n\n"When my daughter was excluded from school, it was the other mums who got me through it," said member Anita Sharma. "I never felt alone after that."\n\nAt the anniversary party the mayor presented Price with a civic award.\n\nParents who would like to come along can email Joanne at joanne@kelmoreparents.example.\n',
    material: true,
  },
  {
    name: 'a feature whose "peer meets take place online" names the meetings as a noun, with no way to come, is no group\'s page',
    text: '# A phone network for people with epilepsy\n\nThe network began as an information website in 2015, and before long its readers were talking to each other on it. "We keep in touch around the clock on a chat app," says founder Arjun Mehra. "The help we give comes from lived experience."\n\nPeer meets take place online and in person a few times a month for members across the country, he adds. "Being part of the network makes you feel less alone," says Mehra.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a peer group\'s page where the group "meets" as a verb, quoting its founder twice, keeps its reading',
    text: '# Epilepsy Peer Circle\n\n"We keep in touch around the clock on a chat app," says founder Arjun Mehra. "The help we give comes from lived experience," Mehra adds.\n\nThe circle meets online on the first Monday of the month. It is a free peer support group, not therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a library's page that says its staff can help locate peer support groups, beside programmes of its own, is no support group's page",
    text: '# Resources for family caregivers\n\nThe library is free and open to all. Our Memory Makers club is designed for adults with memory loss to enjoy creative time with peers.\n\nLibrary staff can help locate contact information for respite programmes, social workers and peer support groups in the county.\n',
    material: false,
    kind: null,
  },
  {
    name: "a support group's own page that also offers to help find other groups keeps its kind",
    text: '# Hillside Caregivers Support Group\n\nOur peer support group meets every Tuesday at 6 pm in the Hillside Library. It is free and it is not therapy. If this group is not the right fit, we can help you find another support group near you.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group that "helps you find hope" names no group to be found elsewhere: "… as a therapy group" is its own kind',
    text: '# Hillside Group\n\nThe group helps you find hope as a therapy group. It meets on Mondays.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'staff who "can help you locate a local peer support group" still point to a group elsewhere',
    text: '# Resources for family caregivers\n\nThe library is free and open to all.\n\nLibrary staff can help you locate a local peer support group in the county.\n',
    material: false,
    kind: null,
  },
];

describe('news stories and features about a group, and group pages that quote people', () => {
  itReadsEach(newsAboutAGroupCases);

  it('says why a story about a group is passed over: the people it quotes, and no way to come', () => {
    const r = lint(newsAboutAGroupCases[0].text, { path: '/t.md' });
    assert.equal(r.groupMaterial, false);
    assert.match(r.notGroupReason ?? '', /^it reads as a story about a group, quoting people \("said ward sister Helen", "he said"\)/);
  });
});

// News items that give one group's own meeting details: a local paper's, a hospital newsletter's, a church bulletin's, a campus
// paper's, a listing's. The news-report genre's exception takes in, besides "the group meets…" and a regular meeting at a place, its
// next or first meeting on a day or date ("The next meeting is on Thursday 12 March at 7 pm…"), its meetings' day or hours with
// their place in the present ("Meetings take place in the Parish Room on…", "Sessions run from 6 to 8 pm … in the Education Centre",
// "The shed is open every Wednesday… at the old fire station"), and whom to ring or write to, to come ("Anyone interested can call
// Jo on…", "For more information contact the … office on…"). Not a story of past meetings, a helpline given to readers a story may
// have upset, a round-up of several groups, an obituary, an event report, someone else's meeting, or an appeal for volunteers.
const newsNoticeCases: Case[] = [
  {
    name: 'a local paper\'s item on a bereavement group ending "The next meeting is on Thursday 12 March at 7 pm in the…Centre" is the group\'s notice',
    text: '# Grief group offers a listening ear\n\n*The Millbrook Courier*\n\nBy Ana Ruiz, Staff Writer\n\nPeople who have lost a husband, wife or partner are being invited to a bereavement support group that has been set up in Millbrook by two local widows.\n\n"When my husband died, I found that people stopped mentioning his name after a few weeks," said co-founder Irene Walsh, 71. "I wanted somewhere we could talk about the people we have lost without anyone changing the subject."\n\nFellow founder Beryl Okafor said the group was not about advice. "Nobody is going to tell you how to grieve," she said. "We just listen, and share what has helped us."\n\nThe group is free and open to anyone who has been bereaved, however long ago. Tea and cake are provided.\n\nThe next meeting is on Thursday 12 March at 7 pm in the Millbrook Community Centre.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a hospital newsletter item on a heart patients\' group ending "Sessions run from 6 to 8 pm on the first Monday … in the Education Centre" is the group\'s notice',
    text: '# New group for heart patients and their partners\n\n**Staff news | Cardiology**\n\nA peer support group for people recovering from a heart attack or heart surgery was launched in January by the cardiac rehabilitation team at Northgate General.\n\n"Patients often tell us the hardest part is going home and feeling they are on their own," explained specialist nurse Carol Mbeki. "Talking to someone who has been through the same thing makes a real difference."\n\nFormer patient Derek Sloane, who had a triple bypass two years ago, helps to run it. "I was frightened to walk to the end of the road at first," he said. "Meeting other people who had been there gave me my confidence back."\n\nFormer patients lead it for patients and their partners. It is not a clinic, and no medical advice is given.\n\nSessions run from 6 to 8 pm on the first Monday of each month in the Education Centre on level 2. Partners are welcome too. For more information contact the cardiac rehab office on 01632 960 733.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a church bulletin\'s third-person notice ("Meetings take place in the Parish Room…", "Anyone interested can call Ann on…") is the group\'s notice',
    text: '# Parish notices\n\n## Bereavement support\n\nThe parish bereavement support group was started last autumn by Deacon Martin Cole and a small team of volunteers, and it was formed after several families asked for somewhere to talk after a funeral.\n\n"Grief does not end when the flowers are gone," Deacon Martin said. "People need a place to be listened to for months, sometimes years."\n\nVolunteer Ann Doyle, who lost her son in 2015, added: "We are not counsellors. We are people who have been there, and we sit alongside you."\n\nMeetings take place in the Parish Room behind the church on the second Sunday of each month, after the 11 am Mass. All are welcome, of any faith or none. Anyone interested can call Ann on 01632 960 118.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a campus paper's item on a therapy group's start (\"The first session is on Monday 3 February at 4 pm in Room 2.14\") is the group's notice",
    text: '# Counselling service to run exam-stress therapy group\n\nThe Campus Courier\n\nBy Priya Shah, News Editor\n\nThe university\'s counselling service is offering an eight-week therapy group for students struggling with exam anxiety this term, after a pilot was held last spring.\n\n"The pilot showed us that students learn a great deal from hearing how others cope," said counselling psychologist Dr. Ruth Adeyemi, who will lead the group. "It is structured, and each week builds on the last."\n\nA second-year law student who took part in the pilot said: "I learned techniques I still use before every exam."\n\nTwo qualified therapists lead the sessions, which use cognitive behavioural therapy. The first session is on Monday 3 February at 4 pm in Room 2.14 of the Student Wellbeing Centre and runs for eight weeks. Students can sign up through the counselling service\'s online form.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a listings site\'s entry quoting its organiser ("Sessions run from 10 am … every Friday at…", "Anyone interested can call Jo on…") is the group\'s notice',
    text: '# Mums\' Postnatal Support Circle\n\nAdvertisement\n\nListed by: Hollybank Community Hub · Category: Health and wellbeing\n\nPosted 4 February\n\nA friendly postnatal support group for mums who are finding the early months hard. Feeling low or anxious after having a baby is common, and talking to other mums who understand can help.\n\n"So many mums think they are the only one who feels this way," says organiser Jo Finch. "Just hearing someone else say it out loud can be a huge relief."\n\n"I didn\'t think anyone else felt like I did," said Kerry, who has been coming since the autumn.\n\nThe circle is peer-led by mums who have been through postnatal depression themselves; it is not a clinic. Babies are welcome.\n\nSessions run from 10 am to 12 noon every Friday at Hollybank Community Hub, 22 Mill Road. Anyone interested can call Jo on 01632 960 245.\n\nRead more:\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a local paper's item on a men's shed-style group (\"The shed is open every Wednesday … at the old fire station\") is the group's notice",
    text: '# Men\'s group offers a cuppa and a chat\n\n*Larkfield Herald — Community*\n\nA group for men who are lonely, bereaved or just want some company has opened its doors in Larkfield, and its organisers are keen to hear from newcomers.\n\n"A lot of men won\'t go to the doctor and say they are struggling," said organiser Dave Pryce, 64. "But they will come and fix a bench, and over a cup of tea they start talking."\n\nMember Alan Kerr, who joined after his wife died, said: "It got me out of the house. The lads here look out for each other."\n\nVolunteers run it, and it is not a counselling service, but members support each other through hard times.\n\nThe shed is open every Wednesday from 10 am to 1 pm at the old fire station on Bridge Street, and newcomers are welcome. Anyone interested can call Dave on 01632 960 902.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a farewell feature that only recounts past meetings ("met every Tuesday at 2 pm", "Meetings were held there", "last week\'s meeting") stays a news report',
    text: '# Farewell to the Tuesday circle\n\n*The Millbrook Courier*\n\nBy Ana Ruiz, Staff Writer\n\nFor ten years, a bereavement support group met every Tuesday at 2 pm in the back room of the Red Lion, and for many widows in Millbrook it was a lifeline. Meetings were held there until the pub changed hands in the spring.\n\n"We laughed as much as we cried," said founder Irene Walsh, 78. "Nobody ever had to explain themselves."\n\nAt last week\'s meeting, the final one, members presented Walsh with a quilt stitched from their own fabric squares. The group has now closed, as most of its members have moved away or into care.\n\n"It did what it needed to do. I will miss Tuesdays," said member Beryl Okafor.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a story whose only contacts are the Samaritans and a crisis line ("For more information, contact the Samaritans on…") stays a news report',
    text: '# Support group helped me after my son\'s suicide, says mother\n\n*Larkfield Herald — Community*\n\nA Larkfield mother has spoken about how a support group for parents bereaved by suicide helped her through the worst year of her life.\n\n"I couldn\'t get out of bed for weeks," said Carol Reid, 52. "The other parents understood in a way nobody else could."\n\nThe group\'s founder, Martin Hale, said demand had grown since the pandemic. "We have seen more families than ever," he said.\n\nFor more information, contact the Samaritans on 116 123 or the national crisis line on 0800 555 0199, open 24 hours.\n',
    material: false,
    kind: null,
  },
  {
    name: "a local paper's round-up of three groups, each with its times and a number to ring, stays a news report",
    text: '# Where to find support in the borough\n\n*The Millbrook Courier*\n\nBy Ana Ruiz, Staff Writer\n\nA new survey found that more than a third of carers in the borough feel isolated, and many do not know that free support groups meet across the area.\n\n"Carers often don\'t realise how much help is out there," said council officer Priya Desai. "Groups like these can make a real difference," she added.\n\nThe Millbrook Bereavement Circle: meetings take place on the first Monday of each month at 7 pm at the Quaker Meeting House. Anyone interested can call Sue on 01632 960 111.\n\nLarkfield Carers\' Group: sessions run every Thursday from 2 to 4 pm at Larkfield Library. Anyone interested can call Pat on 01632 960 222.\n\nDementia Café: meetings take place every other Saturday at 10 am in the Methodist Church hall. Details from Raj on 01632 960 333.\n',
    material: false,
    kind: null,
  },
  {
    name: "an obituary of a group's founder with the funeral's day, time and place and the funeral director's number stays a news report",
    text: '# Tributes paid to support group founder\n\n*The Millbrook Courier*\n\nTributes have been paid to Margaret Innes, who founded Millbrook\'s first bereavement support group, after she died peacefully at home aged 84.\n\nMrs Innes set up the group in 1998 after the death of her husband, and led it for more than twenty years. "She had a gift for making people feel heard," said friend Beryl Okafor.\n\nHer daughter, Ruth, said: "Mum was proudest of the group. She would be so pleased it helped so many people."\n\nThe funeral service is at St Mary\'s Church on Friday 14 March at 11 am. For more information contact Hartley Funeral Directors on 01632 960 555.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an anniversary report with a yearly tea ("it takes place every year at the town hall") and an open day stays a news report',
    text: '# Stroke club celebrates twenty years\n\n*Larkfield Herald — Community*\n\nLarkfield Stroke Support Group marked its twentieth anniversary last Saturday with a tea party at the town hall, attended by the mayor and more than sixty members and their families.\n\n"When we started, there were four of us around a kitchen table," said chairman Bill Ashworth. "Now look at us."\n\nMember June Pike, who had a stroke in 2016, said: "The group gave me back my confidence."\n\nThe mayor cut a cake and presented long-serving volunteers with certificates. The anniversary tea has become a fixture: it takes place every year at the town hall, and the club\'s summer open day will be on Sunday 12 July at Larkfield Park.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a story on a group\'s grant whose "next meeting is on Tuesday 4 March at 6 pm" is the council cabinet\'s stays a news report',
    text: '# Dementia carers wait to hear if their group can stay open\n\n*The Millbrook Courier*\n\nBy Ana Ruiz, Staff Writer\n\nA support group for carers of people with dementia says it may have to close if the council cuts its grant.\n\n"Without the grant we cannot pay for the room," said coordinator Rachel Osei. "Our members have nowhere else to go," she added.\n\nCouncil leader Tom Baird said no decision had been made. The next meeting is on Tuesday 4 March at 6 pm at the Civic Centre, when the cabinet will vote on the budget.\n',
    material: false,
    kind: null,
  },
  {
    name: "a feature on a group that points only to a hospice's website for more on bereavement stays a news report",
    text: '# The widows who would not be alone\n\n*The Millbrook Courier*\n\nBy Ana Ruiz, Staff Writer\n\nIrene Walsh was married for fifty years. When her husband died, she said, the silence was the worst part.\n\n"I used to talk to the radio," she said. "Then a friend took me to a bereavement support group and I found people who understood."\n\nMembers described the group as a family. "We have been through the worst thing, and we are still here," said Beryl Okafor, who joined in 2019.\n\nThe group was set up in 2015 by the local hospice. Walsh says she would recommend it to anyone who has lost a partner.\n\nFor more information about bereavement, visit the hospice\'s website.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an appeal for volunteer drivers ("Anyone interested in volunteering can contact Sue on…") stays a news report',
    text: '# Bereavement group appeals for volunteer drivers\n\n*Larkfield Herald — Community*\n\nA bereavement support group in Larkfield is appealing for volunteer drivers to bring older members to its meetings.\n\n"Some of our members have stopped coming because the bus service was cut," said organiser Sue Platt. "A lift once a month would make all the difference," she said.\n\nDrivers need a clean licence and will be reimbursed for fuel. Anyone interested in volunteering can contact Sue on 01632 960 444.\n',
    material: false,
    kind: null,
  },
];

// The same reporter's story about a new carers' group, quoting its organiser and a member, with one ending of a notice (the group's
// material) or of a story (passed over as news).
const CARERS_STORY =
  '# Carers find friendship in new group\n\n*The Millbrook Courier*\n\nBy Ana Ruiz, Staff Writer\n\nA new carers\' support group has been set up in Millbrook for people looking after a partner or parent with dementia.\n\n"Caring can be so lonely," said organiser Rachel Osei. "We wanted somewhere people could just be themselves."\n\n"I didn\'t know anyone else going through it," said member Sandra Bishop. "Now I have friends who understand."\n\n';
const noticeEndings: Array<[string, boolean]> = [
  ['For more information contact Jo Finch on 01632 960 245.', true],
  ['For more details, email rachel@millbrookcarers.example.', true],
  ['Carers who would like to come along can ring Rachel on 01632 960 588.', true],
  ['To book a place, call Rachel Osei on 01632 960 588.', true],
  ['Details from Rachel on 01632 960 588.', true],
  ["The group's next session will be held on 4 May at the library.", true],
  ['The café is open every Friday from 10 am to noon in the church hall.', true],
  ['Sessions run from 6 to 8 pm at the Millbrook Community Centre on Mondays.', true],
  ['The group met every Tuesday for ten years at the Red Lion.', false],
  ['The next meeting was held on 4 March at the library.', false],
  ['Sessions ran every Monday at the centre until the funding ended.', false],
  ['If you have been affected by this story, call Samaritans free on 116 123.', false],
  ['For more information, call the dementia helpline on 0800 555 0199.', false],
  ['Anyone interested in volunteering can contact Rachel on 01632 960 588.', false],
  ['The council will decide at its next meeting on 4 March.', false],
  ['Readers can sign up for our newsletter at millbrookcourier.example.', false],
  ["The funeral will be on Friday 14 March at 11 am at St Mary's Church.", false],
];

describe("news items that give one group's own meeting details, and stories that give none", () => {
  itReadsEach(newsNoticeCases);
  itReadsEach(
    noticeEndings.map(([ending, material]) => ({
      name: `the carers' story ending "${ending}" ${material ? "is the group's notice" : 'stays a news report'}`,
      text: `${CARERS_STORY}${ending}\n`,
      material,
      kind: material ? 'support' : null,
    })),
  );
});

// Look-alikes of group material: a fellowship named only in the third person (a news feature, a blog's explainer, a post's own date
// line), a hedged description of how such groups usually run, "peer support" as a job, a day, a practice or a topic, and a
// publisher's record of a book; and, beside each, the group's own page that keeps its reading.
const lookAlikeCases: Case[] = [
  {
    name: 'a news feature on Gamblers Anonymous, with the writer\'s "our betting-mad culture", "The weekly meetings" and a debt of $31,000, is no meeting\'s page',
    text: '# Gamblers Anonymous helps bettors walk away from the table\n\nMove over office pools: Gamblers Anonymous is a 12-step program for people who cannot stop betting. Patterned after Alcoholics Anonymous, GA asks newcomers to admit they are powerless over the next wager.\n\nA new GA member is paired with an older member, who helps draw up a plan for paying down what is owed. The weekly meetings offer encouragement to members, especially after a relapse.\n\nProblem betting is no rare habit in our betting-mad culture. We are told from childhood that one lucky ticket will change everything. A 2019 survey found that about 2% of adults meet the criteria for a gambling disorder.\n\nRosa, a retired bus driver, said she owed $31,000 in debt before she walked into her first GA room. "I thought I was the only one," she said.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same feature, where the Fernbrook GA group meets every Thursday at 7 p.m. in a named church hall, keeps its reading',
    text: '# Gamblers Anonymous helps bettors walk away from the table\n\nMove over office pools: Gamblers Anonymous is a 12-step program for people who cannot stop betting. Patterned after Alcoholics Anonymous, GA asks newcomers to admit they are powerless over the next wager.\n\nA new GA member is paired with an older member, who helps draw up a plan for paying down what is owed. The weekly meetings offer encouragement to members, especially after a relapse.\n\nThe Fernbrook GA group meets every Thursday at 7 p.m. in the parish hall of St. Brendan\'s Church on Cole Street. Newcomers can simply turn up.\n\nRosa, a retired bus driver, said she owed $31,000 in debt before she walked into her first GA room. "I thought I was the only one," she said.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a blog post on help "modeled after the principles of Alcoholics Anonymous", with the blogger\'s "We\'ll give you", names no fellowship of its own',
    text: "It starts small: a late-night order, then another parcel on the doorstep, then a drawer of receipts you would rather not open.\n\nI spent ten years writing adverts, so I know how well they work on our worst moods. This guide will walk you through finding help modeled after the principles of Alcoholics Anonymous, shaped for people who cannot stop buying. We'll give you a simple plan to follow.\n\nIs there something like AA for shopping?\n\nYes. You may not find a circle for shoppers in every town, but the principles of Alcoholics Anonymous have been adapted for many compulsions, buying among them. Ask a counsellor or search online for a program near you.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a Debtors Anonymous meeting\'s own page that follows "the Twelve Steps of Debtors Anonymous" and meets every Monday keeps its reading',
    text: 'Welcome to the Harbourside meeting of Debtors Anonymous.\n\nWe are a fellowship of people who share their experience so that we may stop incurring unsecured debt. Our meetings follow the Twelve Steps of Debtors Anonymous, and Debtors Anonymous asks no dues or fees.\n\nWe meet every Monday at 7:30 p.m. in Room 4 of the Quayside Community Centre. Newcomers are welcome; just come along.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an Overeaters Anonymous feature under a post\'s "Posted Mar 3 2010 9:15am" line takes no meeting time from the stamp',
    text: '# Overeaters Anonymous: twelve steps away from the fridge\n\nPosted Mar 3 2010 9:15am\n\nAround a folding table, a tall woman set down her tea and introduced herself by her first name and her compulsion.\n\nFor the next hour, members of a regional intergroup of Overeaters Anonymous traded stories of weight gained and lost and of cravings that came back.\n\nNobody sold meal plans or weighed anyone. About 4,000 meetings like this one took place across the country last week, according to a spokeswoman for the fellowship.\n\nOA members credit the group with the patience they needed. Lena, a music teacher who joined in 1998, said she hated her first meetings.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same post where the Millbrook OA meeting gives its day, venue and contact keeps its reading',
    text: '# Overeaters Anonymous: twelve steps away from the fridge\n\nPosted Mar 3 2010 9:15am\n\nThe Millbrook OA meeting is a group of Overeaters Anonymous for anyone who wants to stop eating compulsively. There are no dues or fees.\n\nWe meet every Wednesday at 7 p.m. in the upstairs room of Millbrook Friends Meeting House, 8 Grove Lane. Newcomers are welcome; contact us at millbrook.oa@example.org.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a feature on a Debtors Anonymous meeting "on a recent Tuesday evening" in an unnamed church tells of a past occasion: no meeting of its own',
    text: '# When spending takes over: inside Debtors Anonymous\n\nOn a recent Tuesday evening, a dozen members of Debtors Anonymous sat in the fellowship room of a church and talked about money they had not meant to spend.\n\nDebtors Anonymous members keep a record of every pound they spend. Mark, a plumber, said he had run up $18,000 on cards before his first meeting. "I had stopped opening the post," he said.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same feature where members meet "every Tuesday evening" keeps its reading',
    text: '# When spending takes over: inside Debtors Anonymous\n\nEvery Tuesday evening, a dozen members of Debtors Anonymous sit in the fellowship room of a church and talked about money they had not meant to spend.\n\nDebtors Anonymous members keep a record of every pound they spend. Mark, a plumber, said he had run up $18,000 on cards before his first meeting. "I had stopped opening the post," he said.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a feature whose Overeaters Anonymous members "meet at the Carriage House of Grace Church" names where the meeting is, and keeps its reading',
    text: '# Overeaters Anonymous: a quiet room and a long table\n\nOvereaters Anonymous has no scales, no diets and no dues. OA members in Hollins meet at the Carriage House of Grace Church, where a coffee urn stands by the door.\n\nJune, a retired nurse, said she came for the first time twenty years ago. "I thought I would be the only one," she said.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a fellowship\'s own page in its own voice ("We are recovering addicts who meet regularly"), with no day or time, keeps its reading',
    text: '# About Narcotics Anonymous\n\nNarcotics Anonymous is a nonprofit fellowship of men and women for whom drugs had become a major problem. We are recovering addicts who meet regularly to help each other stay clean. This is a program of complete abstinence from all drugs. There is only one requirement for membership, the desire to stop using.\n\nNA members come from every walk of life, and NA meetings are open to anyone.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a Debtors Anonymous meeting\'s page whose "weekly meeting is open to newcomers" invites readers, and keeps its reading',
    text: 'Debtors Anonymous\n\nDebtors Anonymous offers hope for people whose use of unsecured debt causes problems. DA members share their experience so that they may solve their common problem. The weekly meeting is open to newcomers.\n\nFor more information, email eastvale.da@example.org.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer headed "What is Alcoholics Anonymous?", where newcomers are welcome "at most meetings" and meetings are "usually held weekly", is no meeting\'s page',
    text: '# What is Alcoholics Anonymous?\n\nAlcoholics Anonymous is a fellowship of people who help each other stay sober. AA meetings are usually held weekly in churches and community halls. Newcomers are welcome at most meetings, and there are no fees.\n\nAA members share their stories and work the Twelve Steps.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a provider\'s explainer whose "Sessions typically run 75 to 90 minutes, meeting weekly" says how such groups run is no group\'s page',
    text: 'Group therapy for panic and worry gives you a place to learn calming skills with others who understand, under the guidance of a trained clinician.\n\nWhy it helps\n\nGroup therapy brings you together with others facing the same fears. Hearing how they cope makes your own problem feel smaller.\n\nHow sessions are structured\n\nMost outpatient groups include 6 to 10 participants, a size found to balance support and attention. Sessions typically run 75 to 90 minutes, meeting weekly or every other week, with the same facilitator guiding each one.\n\nWhat you learn\n\n- Breathing and grounding exercises\n- Ways to question anxious thoughts\n- Gradual practice facing what you avoid\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same page with "Our panic group meets on Tuesdays from 6 to 7:30 p.m." keeps its reading',
    text: 'Group therapy for panic and worry gives you a place to learn calming skills with others who understand, under the guidance of a trained clinician.\n\nWhy it helps\n\nGroup therapy brings you together with others facing the same fears. Hearing how they cope makes your own problem feel smaller.\n\nOur group\n\nOur panic group meets on Tuesdays from 6 to 7:30 p.m. at the Linden Street clinic for eight weeks, with up to 8 participants. It is led by Dr. Ana Ferris, a licensed psychologist.\n\nWhat you learn\n\n- Breathing and grounding exercises\n- Ways to question anxious thoughts\n- Gradual practice facing what you avoid\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a therapy group\'s own page whose "Sessions usually run 90 minutes, meeting weekly at the Linden Clinic" is hedged keeps its reading',
    text: '# Anxiety Group\n\nA therapy group for adults with anxiety, led by a licensed psychologist. Sessions usually run 90 minutes, meeting weekly at the Linden Clinic. The fee is $40 a session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a Peer Support Coordinator\'s story, with "the mutual peer support that grows between the mums" and "other peer support workers", names no support group',
    text: "I am the Peer Support Coordinator with the Larkfield Maternal Wellbeing Trust, working on the mother and baby ward and supporting families during their stay. I also work with the community team, offering peer support to mums after discharge.\n\nOn the ward I help with crafts, memory books and relaxation mornings. These give mums a calm moment with their babies in a hospital setting. The mutual peer support that grows between the mums at these times is lovely to watch.\n\nIn the community I work alongside other peer support workers. I support women one to one, and some go on to the Trust's café groups. We also offer online groups for partners!\n\nThank you to Priya for sharing her story.\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same story with "Our peer support group for mums … meets every Wednesday" keeps its reading',
    text: 'I am the Peer Support Coordinator with the Larkfield Maternal Wellbeing Trust, working on the mother and baby ward and supporting families during their stay.\n\nOur peer support group for mums who have been unwell after birth meets every Wednesday, 10 to 11:30 a.m., at the Larkfield Family Hub, 12 Orchard Road. It is free, and run by mums who have been there themselves. Babies are welcome.\n\nTo come along, call 01632 960 555 or just turn up.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an awareness-week post asking for "your experiences of peer support", with a webinar\'s time, names no support group of its own',
    text: "All posts by Mara Quinn\n\n## It's Maternal Wellbeing Week – here's how you can join in\n\nFrom 3 to 9 June we are marking Maternal Wellbeing Week, and we would love as many people as possible to join in.\n\nWe will be sharing stories, pointing people to help and launching our new antenatal leaflet. We are also going to be expanding our café groups into two more counties, so keep an eye out for news on that.\n\nThis year's theme is Connection, so we would love to hear about your experiences of peer support and how friends and family helped you.\n\n## Free events\n\nUnderstanding birth trauma webinar\n\nThursday 6th June, 1pm: Understanding Birth Trauma\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same post with "Our peer support café group for mums meets every Thursday, 1pm to 2:30pm" keeps its reading',
    text: "All posts by Mara Quinn\n\n## It's Maternal Wellbeing Week – here's how you can join in\n\nFrom 3 to 9 June we are marking Maternal Wellbeing Week, and we would love as many people as possible to join in.\n\nThis year's theme is Connection, so we would love to hear about your experiences of peer support and how friends and family helped you.\n\n## Our café group\n\nOur peer support café group for mums meets every Thursday, 1pm to 2:30pm, at the Brookside Children's Centre. It is free and run by volunteer mums with lived experience.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a project\'s report of a past "Peer Support Day", where "Peer support happens when people…" defines the practice, names no support group',
    text: '# Peer Support Day at the Hollins Centre\n\nPeer support happens when people who have been through the same thing help one another. At our peer support day last spring, twenty parents met the project team and shared what had helped them.\n\nThank you to everyone who came and to the volunteers who baked.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a dads\' group that opens "Peer support for dads in their first year" and meets every Tuesday keeps its reading',
    text: '# Peer Support for New Dads\n\nPeer support for dads in their first year. We meet every Tuesday at 7 pm at the Hub, 4 Mill Road. It is free and run by dads.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a publisher\'s record of a therapist guide (ISBN, "212 Pages", "Pub date", "Second Edition") reads as a book\'s page, not the group therapy it describes',
    text: '# Group Treatment for Insomnia: Therapist Guide\n\nISBN : 9780000000002\n\nRhea Collins; Tomas Varga\n212 Pages\nPub date\nMar 2016\n\nInsomnia is one of the commonest complaints in primary care, and more people are being referred for treatment than clinicians can see one to one. Group Treatment for Insomnia: Therapist Guide sets out a cognitive-behavioural therapy program delivered to a group. Clinicians deliver group therapy over 8 weekly sessions of 90 minutes each. Groups of 6 to 10 participants learn sleep scheduling, stimulus control and ways to quiet a racing mind. Members use the companion workbook, Second Edition, between sessions. Written for psychologists, nurses and counsellors.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a clinic\'s insomnia group whose members use a workbook "(212 pages)" keeps its reading',
    text: '# Sleep Better Group: CBT for Insomnia\n\nOur clinic runs group therapy for insomnia over 8 weekly sessions of 90 minutes, on Wednesdays at 5:30 p.m., starting 4 September. Groups of 6 to 10 participants learn sleep scheduling, stimulus control and ways to quiet a racing mind.\n\nThe group is led by Dr. Rhea Collins, clinical psychologist. Members use the workbook *Quiet Nights* (212 pages) between sessions. The fee is $60 per session; most insurance plans are accepted.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: "a hospital's transplant support group page with its day, room and contact keeps its reading",
    text: '# Heart Transplant Support Group at Westmere University Hospital\n\nHearing that you or someone you love may need a new heart is frightening. You will have many questions, and you may not know whom to ask.\n\nOur support group for transplant patients and their families meets on the first Tuesday of every month, 6 to 7:30 p.m., in Conference Room B of Westmere University Hospital. It is free and led by a transplant social worker and past patients.\n\nQuestions? Contact us at 555-0148.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a Clutterers Anonymous group's own page that meets every Saturday keeps its reading",
    text: 'Clutterers Anonymous is a support group for people who cannot let go of possessions. This faith-friendly help group is for anyone who wants to stop cluttering.\n\nThe Riverside Clutterers Anonymous group meets every Saturday at 10 a.m. in the Oak Room of Riverside Library. We follow the twelve steps, there are no dues or fees, and newcomers are always welcome.\n',
    material: true,
    kind: 'support',
  },
];

describe('look-alikes: fellowships in the third person, hedged explainers, peer support as a job or a topic, and book records', () => {
  itReadsEach(lookAlikeCases);
});

// Cafés named for a care or a condition, a first-person group that gives a way to reach it, an abstract, a transitive "gather" and
// a therapy course's home practice: each with the page it must not take in.
const cafeAndLookAlikeCases: Case[] = [
  {
    name: 'a café titled with its accent ("Brookfield Memory Café") over a monthly afternoon for people with dementia and their carers is a support group',
    text: '# Brookfield Memory Café\n\nTea, cake, a quiz and some music: that is what happens at our Memory Café, on the first Monday of each month at the Brookfield Methodist hall.\n\nIt is for people living with dementia and the relatives and friends who look after them.\n\nThe café is run by a team of trained volunteers, and a dementia nurse sometimes calls in to chat with guests and carers.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a coffee shop titled "The Lantern Café", with its opening hours and a number to book a table, is no group',
    text: '# The Lantern Café\n\nThe café is open Tuesday to Sunday, 9am to 5pm, on Castle Street, Ambleford.\n\nWe bake our own bread and scones, serve soups and toasties at lunch, and keep a shelf of board games for rainy days. There is a garden at the back and a bowl of water for dogs.\n\nFor tables of six or more, please ring ahead on 01632 960 417.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same coffee shop spelled "Cafe" is no group either: a title that is a group\'s only as a café needs a word of care on the page',
    text: '# The Lantern Cafe\n\nThe cafe is open Tuesday to Sunday, 9am to 5pm, on Castle Street, Ambleford.\n\nWe bake our own bread and scones, serve soups and toasties at lunch, and keep a shelf of board games for rainy days. There is a garden at the back and a bowl of water for dogs.\n\nFor tables of six or more, please ring ahead on 01632 960 417.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a news item on a menopause cafe held "on the third Wednesday of every month", at a time and place, is a group for a life difficulty',
    text: 'Two neighbours in Kelbrook are setting up a menopause cafe, after each found there was nowhere local to talk about it.\n\nThe menopause cafe will be held on the third Wednesday of every month, from 7pm to 9pm, in the back room of the Kelbrook Arms on Church Lane. Anyone going through the menopause, or supporting someone who is, can come along, and there is no charge.\n\nOne of the founders, Ruth Okafor, said the evenings would be informal. "You can talk or just listen," she said. "The point is that nobody has to cope on their own."\n',
    material: true,
    kind: 'support',
  },
  {
    name: "the same neighbours' one-off menopause cafe evening on one date is an event, not a group",
    text: 'Two neighbours in Kelbrook are holding a menopause cafe evening, after each found there was nowhere local to talk about it.\n\nThe menopause cafe will be held on Wednesday 19 March, from 7pm to 9pm, in the back room of the Kelbrook Arms on Church Lane. Anyone going through the menopause, or supporting someone who is, can come along, and there is no charge.\n\nOne of the founders, Ruth Okafor, said the evening would be informal. "You can talk or just listen," she said. "The point is that nobody has to cope on their own."\n',
    material: false,
    kind: null,
  },
  {
    name: 'a church\'s memory cafe "every Thursday afternoon" for people with memory problems and their carers is a group for a life difficulty',
    text: 'St Ives Road church opens its doors every Thursday afternoon for a memory cafe, from 2pm to 4pm in the church hall.\n\nPeople with memory problems and the family members who care for them come for tea, singing and a chat. Volunteers from the congregation serve the tea and keep the conversation going.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a death cafe that meets "on the last Sunday of every month" in a library, free and hosted by volunteers, is a group for a life difficulty',
    text: 'A death cafe meets on the last Sunday of every month at 3pm in the reading room of Harlow Library.\n\nOver tea and cake, strangers talk about death and dying: fears, wishes, losses and what makes life matter. There is no agenda and no one is selling anything. It is free and open to anyone over eighteen, and it is hosted by two volunteers.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a founder\'s page for her own group, "we meet at two libraries in the district" and "please contact us", is not overruled as writing about groups',
    text: "# Tidewater Parents\n\nFor a long time my partner and I told hardly anyone about our son's psychosis. Only my sister knew about the admissions, the lost college years and why we no longer had friends over. Staying silent felt easier than explaining.\n\nThen I got chatting to another father on the ward whose family looked a lot like ours. We started meeting for a walk every Saturday, and it helped more than anything to be honest with someone who understood.\n\nWe decided to start a support group for other parents and partners of people living with psychosis. Our local community hall gave us a room, and now, four years later, we meet at two libraries in the district, with a third on the way.\n\nBeing in the group gives all of us a place to say what we cannot say anywhere else. Nobody judges and nobody tries to fix you.\n\nIf someone you love has psychosis, find your people. Look for a group at your library, your place of worship or a local mental health charity, and keep looking until one feels right.\n\nIf you want to find out more about Tidewater Parents, please contact us at hello@tidewaterparents.example.org.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'the same story with no way to reach the writers, only a charity to ask, is still overruled',
    text: "# Tidewater Parents\n\nFor a long time my partner and I told hardly anyone about our son's psychosis. Only my sister knew about the admissions, the lost college years and why we no longer had friends over. Staying silent felt easier than explaining.\n\nThen I got chatting to another father on the ward whose family looked a lot like ours. We started meeting for a walk every Saturday, and it helped more than anything to be honest with someone who understood.\n\nWe decided to start a support group for other parents and partners of people living with psychosis. Our local community hall gave us a room, and now, four years later, we meet at two libraries in the district, with a third on the way.\n\nBeing in the group gives all of us a place to say what we cannot say anywhere else. Nobody judges and nobody tries to fix you.\n\nIf someone you love has psychosis, find your people. Look for a group at your library, your place of worship or a local mental health charity, and keep looking until one feels right.\n\nIf you want to find out more about groups like ours, a mental health charity near you can point you to one.\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same story with a way to reach the writers but no "we meet at" a place is still overruled',
    text: "# Tidewater Parents\n\nFor a long time my partner and I told hardly anyone about our son's psychosis. Only my sister knew about the admissions, the lost college years and why we no longer had friends over. Staying silent felt easier than explaining.\n\nThen I got chatting to another father on the ward whose family looked a lot like ours. We started meeting for a walk every Saturday, and it helped more than anything to be honest with someone who understood.\n\nWe decided to start a support group for other parents and partners of people living with psychosis. Our local community hall gave us a room, and now, four years later, there are groups in two libraries in the district, with a third on the way.\n\nBeing in the group gives all of us a place to say what we cannot say anywhere else. Nobody judges and nobody tries to fix you.\n\nIf someone you love has psychosis, find your people. Look for a group at your library, your place of worship or a local mental health charity, and keep looking until one feels right.\n\nIf you want to find out more about Tidewater Parents, please contact us at hello@tidewaterparents.example.org.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a member\'s story of a charity\'s group that ends "please email me", with no group of her own, stays out',
    text: "# Finding Tidewater\n\nFor a long time my partner and I told hardly anyone about our son's psychosis. Only my sister knew about the admissions, the lost college years and why we no longer had friends over. Staying silent seemed simpler than explaining.\n\nA year later a nurse on the ward told me about a support group for parents run by a local charity. I went along for the first time last autumn, and it made more difference than anything else, just to be with people who knew.\n\nBeing in the group gives all of us somewhere to say what we cannot say at home. Nobody judges, and nobody tells you what to do.\n\nIf someone you love has psychosis, please find your people. Ask at your GP surgery, at your library or at a mental health charity, and keep looking until one feels right.\n\nIf you want to talk about any of this, please email me.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a therapy group\'s own page that says "research shows" and cites its feasibility study once is still that group\'s page',
    text: '# Behavioural Activation Group for Older Adults\n\nThis is group therapy for people over sixty-five who have been feeling low. Over ten weekly sessions, a clinical psychologist and an assistant psychologist help the group plan small, rewarding activities and solve the problems that get in the way.\n\nResearch shows that behavioural activation works well in groups, and a feasibility study in our practice found that most members finished the course.\n\nThe group meets on Tuesdays, 2pm to 3.30pm, at the Orchard Health Centre. The fee is £25 a session. What is said in the group stays there, within the usual limits on risk.\n\nTo ask about a place, call 01632 960 284.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a guide to a first meeting where "recovery groups gather people of every age" names no group of its own',
    text: 'If you are thinking about going to your first Clutterers Anonymous meeting, it is normal to feel nervous. This page explains what usually happens, so the room feels less strange when you arrive.\n\nClutterers Anonymous meetings follow a twelve-step programme. People talk about their own struggles with clutter and listen while others do the same. Clutter recovery groups gather people of every age and every kind of home. These support groups are open to anyone who wants to stop cluttering.\n\nNobody asks for your address or what your home looks like. There are no dues or fees, and you never have to speak.\n\nMost newcomers need a few meetings before they feel settled. If one meeting does not suit you, try another one nearby.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same guide from a local group, "Our group gathers every Thursday at 7pm" in a library, is that group\'s page',
    text: 'If you are about to come to your first Clutterers Anonymous meeting with us, a few nerves are normal. This page explains what usually happens, so the room feels familiar when you walk in.\n\nClutterers Anonymous meetings follow a twelve-step programme. People talk about their own struggles with clutter and listen while others do the same. Our group gathers every Thursday at 7pm in the meeting room of Fernside Library. These support groups are open to anyone who wants to stop cluttering.\n\nNobody asks for your address or what your home looks like. There are no dues or fees, and you never have to speak.\n\nMost newcomers need a few meetings before they feel settled. Arrive a little early and someone will say hello.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an MBCT course page with "learning outcomes" and "home practice assignments" is a therapy course, not an academic syllabus',
    text: '# Eight-Week MBCT Course\n\n## What is MBCT?\n\nMindfulness-Based Cognitive Therapy (MBCT) is a structured group programme for people who have had several episodes of depression and want to stay well. It combines meditation with ideas from cognitive therapy, and national guidelines recommend it for recurrent depression.\n\nThe learning outcomes are close to those of our introductory mindfulness course, but everyone on this course has a history of depression, so you will be learning alongside people who understand.\n\n## How the course runs\n\nEight weekly evening sessions of two hours, and one practice day. Every session includes guided meditation, gentle stretching, group discussion and home practice assignments, with audio recordings to use between sessions.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a university module with learning outcomes, assignments and an exam is still a syllabus',
    text: "# COUN 520: Group Work in Counselling\n\n## Course description\n\nThis module introduces students to leading therapeutic groups. Students will watch recorded groups and discuss the leader's decisions each week.\n\n## Learning outcomes\n\nBy the end of the module, students will be able to describe how groups develop and design a short group for a client population.\n\n## Assignments and grading\n\nReflective journal (30%), group design proposal (40%) and an exam (30%).\n",
    material: false,
    kind: null,
  },
];

describe('cafés, a group of its own with a way to reach it, abstracts, transitive "gather" and therapy courses', () => {
  itReadsEach(cafeAndLookAlikeCases);
});

// Clinicians' case groups, organisations' names, courses clinicians deliver, likenings and fronted contrasts.
const caseGroupAndOrgCases: Case[] = [
  {
    name: "a clinicians' Balint group with MD leaders, a fee and credit hours names no kind: its clinical words are the members' work (declare-kind)",
    text: '# Northshore Balint Group – Autumn Series\n\nFacilitators: Priya Banerjee, MD, and Owen Laird, MD\n\nWhen: the second Wednesday of each month, 7 to 8:30 pm, online.\n\nCost: $150 for the series for Academy members, $220 for others. Credit hours are available.\n\nThe group is open to family physicians, residents and physician assistants. Each evening one member tells the story of a patient they keep thinking about, and the others reflect on it together.\n',
    material: true,
    kind: null,
  },
  {
    name: 'an online Balint group offer after the method\'s history, for clinicians "who see clients", is not read as therapy by the page model',
    text: "# Balint Groups at Meadowbank Learning\n\nBalint work began in the 1950s, when a psychoanalyst and his wife ran psychological seminars for family doctors in London. The group members brought patients who puzzled them and learned to listen more closely to them. Over time the focus moved to the relationship between a doctor and a patient in an everyday consultation. The first groups met weekly for years, so the doctors could follow their patients' progress, and group members came to trust one another. Today there are Balint societies in many countries where clinicians learn and develop the approach.\n\nMeadowbank Learning now offers online Balint groups for nurses, doctors and counsellors who see clients over months or years, in hospitals, addiction services or private practice. Clinicians from anywhere in the region can join. We offer closed groups, with a set number of weekly sessions in each cycle, and no more than eight pre-registered clinicians in each. Email us to hear which groups are taking new members.\n",
    material: true,
    kind: null,
  },
  {
    name: 'a peer consultation group for licensed counsellors, named twice, with a fee and an LCSW contact, names no kind',
    text: '# Thursday Case Circle\n\nOur peer consultation group for licensed counsellors meets every other Thursday at noon on Zoom. Each time, a member brings a client situation they feel stuck with, and the group thinks it through together.\n\nThe peer consultation group has room for eight clinicians. It costs $35 a meeting. To join, email Lena Ortiz, LCSW.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a psychologists\' ten-week group with a fee that says once "Dr Hurst also leads a Balint group for local GPs" stays group therapy',
    text: '# Steady Ground: a Ten-Week Group for Worried Adults\n\nSteady Ground meets on Monday evenings from 6 to 7:30 pm at the Harbourside Psychology Practice, for ten weeks from 3 February.\n\nTwo psychologists, Dr Nell Hurst and Arun Patel, PhD, run the group. Each week members learn and try out ways to face worry. The fee is $55 a session, and most extended health plans cover it.\n\nDr Hurst also leads a Balint group for local GPs.\n\nTo book, call 555-0171 for a short intake call.\n',
    kind: 'therapy',
  },
  {
    name: 'a Balint group that says "This Balint group is group therapy" stays group therapy',
    text: '# Balint Group for Doctors Under Strain\n\nThis Balint group is group therapy for doctors who are struggling at work. It meets on the last Tuesday of each month at 7 pm on Zoom, led by Dr Hanne Lund, a psychiatrist. The fee is $80 a meeting.\n\nMembers bring a patient who stayed with them, and the group thinks it through.\n',
    kind: 'therapy',
  },
  {
    name: 'peer support circles hosted by "The Group Psychotherapy Association of Westvale": the host\'s name is no therapy group, so the page is a support group',
    text: '# Peer Support Circles for Paramedics\n\nThe Group Psychotherapy Association of Westvale hosts free peer support circles for paramedics and dispatchers. A certified group psychotherapist attends to keep time and greet newcomers.\n\n- Circles meet online every Monday at 8 pm.\n- Come when you can; there is no sign-up and no need to come every week.\n\nTo join, choose a date on our calendar.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same circles hosted by a guild whose clinic also runs group psychotherapy still name both kinds (no kind)',
    text: "# Peer Support Circles for Paramedics\n\nThe Westvale Paramedics' Guild hosts free peer support circles for paramedics and dispatchers. A certified group psychotherapist attends to keep time and greet newcomers.\n\nFor those who want more, our clinic also runs group psychotherapy: ten weekly sessions with a psychologist, billed to insurance.\n\n- Circles meet online every Monday at 8 pm.\n- Come when you can; there is no sign-up and no need to come every week.\n\nTo join, choose a date on our calendar.\n",
    material: true,
    kind: null,
  },
  {
    name: 'a 14-week social-skills course "coached in the moment by the therapists", naming no kind, reads as group therapy',
    text: "# Game Plan – Social Skills for Kids with Autism\n\nGame Plan is a structured social-skills course for children aged 8 to 11 on the autism spectrum, run by the Elmwood Child Development Centre. Children and their parents meet in separate rooms at the same time each week. In the children's room, new skills are modelled, practised in short games and coached in the moment by the therapists. Over the 14-week course the children work on:\n\n- taking turns in a conversation;\n- joining in with play that has already started;\n- coping with losing a game;\n- inviting a friend over.\n\nThe parents' room helps parents coach the skills at home.\n\nDates: weeks of 12 January to 13 April. Parents meet Tuesdays 4:00–5:00 pm; children meet Thursdays 4:30–6:00 pm. The course runs on Zoom; links are sent by email after sign-up.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same course from a family hub, with no clinician named, still names no kind',
    text: "# Game Plan – Social Skills for Kids with Autism\n\nGame Plan is a structured social-skills course for children aged 8 to 11 on the autism spectrum, run by the Elmwood Family Hub. Children and their parents meet in separate rooms at the same time each week. In the children's room, new skills are modelled and practised in short games. Over the 14-week course the children work on:\n\n- taking turns in a conversation;\n- joining in with play that has already started;\n- coping with losing a game;\n- inviting a friend over.\n\nThe parents' room helps parents coach the skills at home.\n\nDates: weeks of 12 January to 13 April. Parents meet Tuesdays 4:00–5:00 pm; children meet Thursdays 4:30–6:00 pm. The course runs on Zoom; links are sent by email after sign-up.\n",
    material: true,
    kind: null,
  },
  {
    name: 'the same course coached by "our social worker" still names no kind (a social worker also hosts support groups)',
    text: "# Game Plan – Social Skills for Kids with Autism\n\nGame Plan is a structured social-skills course for children aged 8 to 11 on the autism spectrum, run by the Elmwood Child Development Centre. Children and their parents meet in separate rooms at the same time each week. In the children's room, new skills are modelled, practised in short games and coached in the moment by our social worker. Over the 14-week course the children work on:\n\n- taking turns in a conversation;\n- joining in with play that has already started;\n- coping with losing a game;\n- inviting a friend over.\n\nThe parents' room helps parents coach the skills at home.\n\nDates: weeks of 12 January to 13 April. Parents meet Tuesdays 4:00–5:00 pm; children meet Thursdays 4:30–6:00 pm. The course runs on Zoom; links are sent by email after sign-up.\n",
    material: true,
    kind: null,
  },
  {
    name: 'a nurses\' story circle where "studies suggest" it "can serve as group therapy" is likened to therapy, not named it (no kind)',
    text: '# Night Shift Story Circle\n\nThe story circle meets on the last Friday of each month in the staff room on ward 4. Each time, one member reads a few pages about a night that stayed with them and the others respond. A senior nurse keeps time. Studies suggest that a circle like this can serve as group therapy and may ease burnout.\n',
    material: true,
    kind: null,
  },
  {
    name: 'the same circle led by a psychotherapist that says "This circle is group therapy" stays group therapy',
    text: '# Night Shift Story Circle\n\nThe story circle meets on the last Friday of each month in the staff room on ward 4. Each time, one member reads a few pages about a night that stayed with them and the others respond. A licensed psychotherapist leads the evenings. This circle is group therapy: the therapist keeps short notes.\n',
    kind: 'therapy',
  },
  {
    name: '"Rather than one-to-one appointments, group therapy is how we help": the fronted contrast denies the appointments, not group therapy',
    text: '# Tuesday Evenings at Brook Clinic\n\nRather than one-to-one appointments, group therapy is how we help with tinnitus distress here. We meet on Tuesdays at 6 pm for eight weeks, and there is a fee of $40 a session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Rather than group therapy, we offer a place to talk" still denies group therapy (a support group)',
    text: '# Tuesday Evenings at Brook Clinic\n\nRather than group therapy, we offer a place to talk with others who live with tinnitus. We meet on Tuesdays at 6 pm, and there is no charge.\n',
    material: true,
    kind: 'support',
  },
];

describe("clinicians' case groups, organisations' names, clinician-delivered courses, likenings and fronted contrasts", () => {
  itReadsEach(caseGroupAndOrgCases);
});

// Groups of the page's own told in other words: sessions in the future tense, groups its writers set up, a named group with no
// article and its own disclaimer in the singular, a recurring chat; and the look-alikes that say the same of groups in general.
const ownInOtherWordsCases: Case[] = [
  {
    name: '"Peer support group sessions will be facilitated by\u2026", a programme\'s own sessions in the future tense, is that programme\'s page',
    text: 'Several weekly group sessions are open to teachers, teaching assistants and school office staff over the busy exam season and beyond. Read the descriptions below and pick the session that suits your needs.\n\nPeer support group sessions will be facilitated by a deputy head trained in peer support. They will involve discussion of the personal and workplace pressures that affect wellbeing in schools (marking late into the night, difficult parents, behaviour in class, keeping a life outside work). Topics will vary, as they will follow the interests raised by the group.\n\nThese are not therapy sessions.\n\nLate-afternoon group sessions will be facilitated by a chartered psychologist and will involve supportive discussion with colleagues about the strain of teaching. Topics will vary, as they will follow the interests raised by the group.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same sessions hedged in the present, "are usually facilitated by a colleague", stay an explainer\'s',
    text: 'Group sessions are one way schools look after their staff. Many teachers say more in a small group than they would in a meeting with a manager.\n\nPeer support group sessions are usually facilitated by a colleague with some training. The talk tends to follow whatever the group brings: marking late into the night, difficult parents, behaviour in class and finding time for a life at home.\n\nSuch sessions are not therapy.\n\nSome schools also bring in a psychologist, who may lead a supportive conversation about the strain of the job.\n',
    material: false,
    kind: null,
  },
  {
    name: '"When your school joins a scheme, group sessions will be led by\u2026", put to the reader as a condition, stays an explainer\'s',
    text: 'Peer support is one way schools look after their staff, and many teachers say more in a small group than they would to a manager.\n\nWhen your school joins a scheme, group sessions will be led by a trained colleague rather than a head teacher, and what is said will stay in the room. Most staff find the first session the hardest.\n\nOver time, talking with colleagues who understand can ease stress and the sense of being alone with a hard class. Such sessions are not therapy.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a trial protocol with no title, "In the intervention arm, peer support group sessions will be facilitated by\u2026", stays research',
    text: 'Teachers at forty schools will be randomly allocated to one of two arms. In the intervention arm, peer support group sessions will be facilitated by a teacher trained in peer support; the control arm will receive a booklet on wellbeing. Stress and sick leave will be measured at baseline and after one school year. The university ethics committee has approved the protocol.\n',
    material: false,
    kind: null,
  },
  {
    name: '"we set up peer support groups in secondary schools", the writers\' own groups named by their kind, is their page, and the page model does not overrule it',
    text: 'Many young people in farming districts live with anxiety, low mood and grief, and mental health services are often a long drive away. Stigma keeps many families quiet about mental illness, and surveys show that young people turn first to friends of their own age rather than to professionals.\n\nThat is why we set up peer support groups in secondary schools across the region, led by pupils trained by our volunteers. Pupils talk about exams, family life, money worries and loss, and find out that others in their community feel the same.\n\nMany pupils go on to become leaders themselves, and the wider community has begun to talk more openly about mental health and the support groups that help.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"experts suggest that schools establish peer support groups" is advice, not groups of the page\'s own',
    text: "Many young people in farming districts live with anxiety, low mood and grief, and mental health services are often a long drive away. Stigma keeps many families quiet about mental illness, and surveys show that young people turn first to friends of their own age rather than to professionals.\n\nThat is why experts suggest that schools establish peer support groups across the region, led by pupils with some training. In such groups pupils talk about exams, family life, money worries and loss, and find out that others feel the same.\n\nGroups like these can become the heart of a community's efforts to talk more openly about mental health.\n",
    material: false,
    kind: null,
  },
  {
    name: '"we must establish\u2026" and "If we establish support groups\u2026", a plan and a condition, are no groups of the page\'s own',
    text: "Many young people in farming districts live with anxiety, low mood and grief, and mental health services are often a long drive away. Stigma keeps many families quiet about mental illness, and surveys show that young people turn first to friends of their own age.\n\nAs a region we must establish peer support groups in every secondary school. If we establish support groups early, pupils will have somewhere private to talk about exams, family life and loss, and find out that others feel the same.\n\nGroups like these can become the heart of a community's efforts to talk more openly about mental health.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a campaign that "organise[s] meetings with councillors" holds no meetings of a group',
    text: '# Fair Care Campaign\n\nWe campaign for better mental health services in the valley. Every spring we organise meetings with councillors and health managers to press for shorter waiting lists, and we publish what they promise.\n\nOur volunteers collect stories from patients and families about anxiety, depression and the long wait for care. The next public meeting is on Tuesday at 7 pm in the town hall.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Riverside Voices is peer support group for adults\u2026", with no article, names its own group as "is a peer support group" does',
    text: '# Riverside Voices\n\nRiverside Voices is peer support group for adults who hear voices. Members share what helps them cope with distress, and nobody is asked to explain themselves or their diagnosis.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an about-page of a named peer support group that says "the group is not intended to replace professional treatment" is not overruled as writing about groups',
    text: 'About\n\nQuiet Harbour is peer support group for people living with panic and low mood. We are a welcoming community that helps people cope by talking with others who have lived, or are living, with mental ill health themselves. Quiet Harbour is open to any adult and offers a safe place to speak in a confidential, respectful and non-judgemental setting.\n\nBecause it is peer support, no trained mental health professionals are present, and the group is not intended to replace professional treatment.\n\nQuiet Harbour is run by a volunteer committee, many of whom have been coming to the group for years.\n\nHistory\n\nQuiet Harbour is a small independent charity, founded in 2001. It began by holding weekly self-help meetings for people with depression, panic or bipolar disorder.\n\nWhen the group started, mental ill health still carried a great deal of stigma. Many people hid their depression and panic and felt there was nowhere to go. Much has changed since, but there is still a long way to go.\n\nMany people with mental ill health have no one to talk to, or fear being a burden to friends and family. Quiet Harbour believes no one should face this alone, and our aim is the same as ever: to raise understanding of panic and depression and to give people a safe place to share what they are going through.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same about-page with the disclaimer in the plural, "support groups are not intended to replace\u2026", is still overruled',
    text: 'About\n\nQuiet Harbour is peer support group for people living with panic and low mood. We are a welcoming community that helps people cope by talking with others who have lived, or are living, with mental ill health themselves. Quiet Harbour is open to any adult and offers a safe place to speak in a confidential, respectful and non-judgemental setting.\n\nBecause it is peer support, no trained mental health professionals are present, and support groups are not intended to replace professional treatment.\n\nQuiet Harbour is run by a volunteer committee, many of whom have been coming to the group for years.\n\nHistory\n\nQuiet Harbour is a small independent charity, founded in 2001. It began by holding weekly self-help meetings for people with depression, panic or bipolar disorder.\n\nWhen the group started, mental ill health still carried a great deal of stigma. Many people hid their depression and panic and felt there was nowhere to go. Much has changed since, but there is still a long way to go.\n\nMany people with mental ill health have no one to talk to, or fear being a burden to friends and family. Quiet Harbour believes no one should face this alone, and our aim is the same as ever: to raise understanding of panic and depression and to give people a safe place to share what they are going through.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a guide to such groups with the disclaimer in the plural stays writing about groups',
    text: 'About\n\nQuiet Harbour is an online guide to peer support groups for people living with panic and low mood. We are a small team who help people find groups where they can talk with others who have lived, or are living, with mental ill health themselves. Most such groups are open to any adult and offer a safe place to speak in a confidential, respectful and non-judgemental setting.\n\nBecause it is peer support, there are usually no trained mental health professionals present, and support groups are not intended to replace professional treatment.\n\nQuiet Harbour is run by volunteers, many of whom have used peer support groups for years.\n\nHistory\n\nQuiet Harbour is a small independent charity, founded in 2001. It began as a printed list of self-help meetings for people with depression, panic or bipolar disorder.\n\nWhen the list started, mental ill health still carried a great deal of stigma. Many people hid their depression and panic and felt there was nowhere to go. Much has changed since, but there is still a long way to go.\n\nMany people with mental ill health have no one to talk to, or fear being a burden to friends and family. Quiet Harbour believes no one should face this alone, and our aim is the same as ever: to raise understanding of panic and depression and to help people find a safe place to share what they are going through.\n',
    material: false,
    kind: null,
  },
  {
    name: '"This is a monthly chat on the last Thursday via Zoom" where vets "come together and support each other" is a group\'s own gathering',
    text: 'This last year has been a hard one, and I keep coming back to how much I needed support as a rural vet and how seldom I asked for it. Support for vets, above all from other vets, matters more than most people think. So much of what we carry, the night calls, the animals we cannot save, the farmers we worry about, is the same whichever practice we work in.\n\nI have read too many reports of vets leaving the profession. Much of the strain comes from feeling alone with it, with no one who knows what the job asks of you. Sometimes it takes someone from outside your practice to help you see a case clearly.\n\nSo I stopped waiting for someone else and set up a way for vets to come together and support each other.\n\nIt is called Night Call. This is a monthly chat on the last Thursday of the month via Zoom from 8 pm to 9.30 pm. Some people find it easier to talk face to face, even on a screen, and the call makes that possible wherever you work.\n\nWrite to me through the contact page and I will send you the link.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same post about "a monthly episode" of a podcast is no gathering',
    text: "This last year has been a hard one, and I keep coming back to how much I needed support as a rural vet and how seldom I asked for it. Support for vets, above all from other vets, matters more than most people think. So much of what we carry, the night calls, the animals we cannot save, the farmers we worry about, is the same whichever practice we work in.\n\nI have read too many reports of vets leaving the profession. Much of the strain comes from feeling alone with it, with no one who knows what the job asks of you. Sometimes it takes someone from outside your practice to help you see a case clearly.\n\nSo I stopped waiting for someone else and started a podcast where vets can hear each other's stories.\n\nIt is called Night Call. This is a monthly episode on the last Thursday of the month, out at 8 pm. Some people find it easier to listen on the drive between farms, and the app makes that possible wherever you work.\n\nWrite to me through the contact page if you would like to be a guest.\n",
    material: false,
    kind: null,
  },
  {
    name: '"Coffee and chat every Tuesday" where carers "support each other" is a group\'s own gathering',
    text: "# Time Out for Carers\n\nCoffee and chat every Tuesday at 10.30am in the back room of St Mary's Hall, Brook Lane. It is a chance for unpaid carers to take a break, share how things are going and support each other. No need to book.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"a weekly chat with our nurse" is an appointment, not a gathering',
    text: '# Harbour Lane Nursing Team\n\nIf you are worried about your dressings, you can book a weekly chat with our nurse on Tuesdays at 2pm. It is a chance to ask questions and get support with your wound care.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Coffee and a chat every Saturday with the makers" at a market is no group of care',
    text: '# Saturday Makers Market\n\nCoffee and a chat every Saturday with the makers who sell here. Browse handmade pottery, prints and jewellery; the stalls open at 9am in the old station yard.\n',
    material: false,
    kind: null,
  },
];

describe('own groups in other words: future-tense sessions, groups the writers set up, a name with no article, a recurring chat', () => {
  itReadsEach(ownInOtherWordsCases);
});

// Look-alikes taken in as group material (a52b-2): coursework that names itself, peer support as a benefit or an organisation's
// line of work, a date line above the title, and "my … group meeting" in a personal story; each with the page it must not pass over.
const courseworkAndDatedCases: Case[] = [
  {
    name: 'a sample paper that says "In this paper I describe the support group I set up" is a student\'s essay on that sign alone',
    text: "Group Therapy for Teachers Facing Burnout\n\nType of Group\n\nIn this paper I describe the support group I set up for primary school teachers worn down by the lockdown years. Heavy workloads and worry about pupils' families left many of them exhausted, and they wanted somewhere steady to talk. The aim was to help them get their energy back somewhere safe. I led the circle myself, and the teachers in it could understand one another. It covered rest, healthy ways of coping and staying connected, and it lowered stress.\n\nMembership\n\nFive teachers took part, with me as leader:\n\n  • A head teacher – T1\n  • Two class teachers from my school – T2 and T3\n  • A teaching assistant – T4\n  • A special needs coordinator from a neighbouring school – T5\n\nSize shapes how a group works, and the one in this paper is a small one. Everyone had room to speak, though the circle lacked the range of views a larger one would offer. Nobody new came in partway: all five members began together, and the group stayed closed. We met twice a week, on Monday evenings and Saturday mornings, for six weeks.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a group-proposal prompt that says only "Your group proposal should describe…" is coursework, not a group\'s page',
    text: "Assignment 3: Designing a Group\n\nYour group proposal should describe a short-term counseling group for a population you expect to serve after graduation. Say who the group is for, how members will be screened, how many sessions it will run and what each session will cover. Describe the leader's role and how you will handle confidentiality. The group may meet weekly for ninety minutes. Explain how members will know the group has helped them.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a student\'s plan for "this proposed group", with its day and clock time, is coursework, not a group\'s page',
    text: "Anger Management Group for Young Men\n\nPurpose\n\nThis proposed group will offer eight sessions for young men aged 18 to 25 who have been referred for anger problems. The group will meet on Wednesdays from 4 to 5:30 pm in the counselling room of a community agency, led by a licensed counselor and a co-leader.\n\nScreening\n\nEach member will have a pre-group interview. Members will agree to keep what is said in the group confidential.\n\nSessions\n\nSession one introduces members and sets ground rules. Later sessions cover triggers, the body's warning signs and calming skills.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a therapy group\'s page that asks members to "fill in this paper form" is still its page',
    text: "Group Therapy for Teachers Facing Burnout\n\nType of Group\n\nThis is a therapy group for primary school teachers who have reached burnout after the long lockdown years. Many teachers have carried heavy workloads and the worries of their pupils' families, and they need a steady place to talk about it. The group is led by Mara Ellison, a licensed clinical psychologist, and helps teachers recover their energy in a safe setting.\n\nThe group has room for eight members. Each member has time to be heard, and we work on rest, healthy coping and lowering stress.\n\nThe group meets on Monday evenings from 6 to 7:30 pm at the Fernley Wellbeing Clinic, 14 Oak Row, for eight weeks starting 2 March. The fee is $50 a session, and many insurance plans cover it.\n\nWhat members say stays in the group; the psychologist keeps brief clinical notes and must report a risk of harm.\n\nTo join, fill in this paper form and hand it to our reception desk or call 555-0187 for a short intake conversation.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a support group\'s page that says "This group started… after a proposal from members" is still its page',
    text: "Hillside Stroke Club\n\nThis group started three years ago after a proposal from members of the hospital's rehab class, who wanted to keep meeting once they went home. It is a peer support group run by stroke survivors and their partners, not a clinical service.\n\nWe meet on the first Thursday of each month, 2 to 4 pm, at the Hillside Community Centre. It is free. Call Maureen on 555-0142 if you would like to come.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a newspaper\'s notice of a group "featured in this paper last spring", with its meetings, is still the group\'s notice',
    text: 'Widowed Friends Meet Weekly\n\nThe Widowed Friends group, featured in this paper last spring, has moved to a new home. The group now meets every Tuesday from 10 am to noon in the lounge of the Ashby Library, and newcomers are welcome. It is a support group run by its members, and it is free. For details call Ron on 555-0166.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a therapy group\'s intake sheet that says "This paper will be kept in your file" is still its page: that wording alone is no essay',
    text: "Our Therapy Group: Before You Start\n\nThis therapy group for adults with social anxiety is led by a clinical psychologist and meets on Mondays from 6 to 7:30 pm for ten weeks. The fee is $45 a session.\n\nPlease fill in the questions below and bring them to your first session. This paper will be kept in your file and read only by the group's leaders.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an article where "the greatest benefit of group therapy is the chance for peer support" does not say it is a support group',
    text: 'Why Group Therapy Helps Young Adults\n\nAs a licensed counselor who works with college students, I have watched group therapy change how young adults cope. Most students picture one-to-one therapy first, yet working in a group has strengths of its own that are easy to overlook.\n\nWhat Counseling Usually Looks Like\n\nCounseling for students typically involves one-on-one sessions with a therapist in a private, confidential room. Together they work out what is going on and build ways of handling stress, low mood and worry.\n\nThe Benefits of Group Therapy\n\n1. Peer Support\n\nOne of the greatest benefits of group therapy is the chance for peer support. Plenty of students feel cut off with their problems, and a group puts them in a room with others facing the same things. They trade stories and advice, and find out they are far from the only ones.\n\n2. Learning from Others\n\nEvery member arrives with different experiences. Hearing them helps young adults see their own troubles from a fresh angle and try new ways of handling them.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an organisation\'s overview, "a national peer-to-peer support organisation", is no support group saying what it is',
    text: "About the Kestrel Trust\n\nThe Kestrel Trust is a national peer-to-peer support organisation for families after a child's death. It is funded by donations and has over forty local chapters across the country.\n",
    material: false,
    kind: null,
  },
  {
    name: '"a national peer support charity" is an organisation\'s line of work, not a support group saying what it is',
    text: "About the Kestrel Trust\n\nThe Kestrel Trust is a national peer support charity for families after a child's death. It is funded by donations and has over forty local chapters across the country.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a student peer support group that calls itself one, and is "the chance for peer support" too, is still a support group',
    text: 'Student Peer Support Group\n\nThis is a peer support group for college students who feel isolated or stressed. It is run by trained student volunteers, not counselors, and it is not therapy. One of the best parts of the group is simply the chance for peer support: you meet others who are going through the same things.\n\nWe meet every Wednesday from 5 to 6:30 pm in Room 210 of the Harmon Student Center. It is free, and you can drop in any week.\n\nQuestions? Email the Wellness Office and ask for the peer support team.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"We are a small peer support charity" with its own monthly group at a time and place is still that group\'s page',
    text: 'Riverside Carers\n\nWe are a small peer support charity run by carers, for carers. Our group meets on the second Tuesday of each month, 10 am to noon, at the Riverside Community Centre. It is free, and it is not counselling.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"Our group is a peer support network for parents", with its meetings, still says it is a support group',
    text: 'Harbour Parents\n\nOur group is a peer support network for parents of children with heart conditions. We meet on the first Monday of each month at 7 pm in the library on Quay Street. It is free.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a blog post under its date line ("Sunday, October 6, 2013") and a first-person title, told in the past, is a personal story',
    text: 'Sunday, October 6, 2013\n\nMy Support Group\n\nAfter my second loss, I found an online miscarriage support group, and it became a lifeline. Seeing that healthy women everywhere lose babies too kept my head above water. In those months the only person I could bear to talk to was my husband; everyone else seemed to live on another planet, and their everyday complaints were hard to hear.\n\nA year on, several of those women are close friends. A handful of us from the same county started a private chat of our own, where we talk almost daily, and twice we have driven out to meet face to face. When I first joined, the thought of travelling two hours to meet strangers from the internet would have made me laugh.\n\nA parcel from my county girls arrived this morning and it melted my heart. They want me to know they are thinking of me and of the baby we lost. These women are a gift.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a post dated "Saturday, August 25, 2012" above "My Support Group for Tired Dads", told in the past, is a personal story',
    text: 'Saturday, August 25, 2012\n\nMy Support Group for Tired Dads\n\nThree years ago I was a new father who had stopped sleeping and stopped talking. I found a small online support group for dads, and it changed everything. I read every post for weeks before I wrote a word.\n\nWhen I finally wrote, five men answered within an hour. We traded stories about night feeds, about rows with our partners and about feeling useless at work. Last summer four of us met up in a pub halfway between our towns, and I laughed more that evening than I had in a year.\n',
    material: false,
    kind: null,
  },
  {
    name: "a carers' group flyer under a date line keeps its own title and is still its page",
    text: "Sunday, October 6, 2013\n\nCaregiver Support Group\n\nOur caregiver support group meets on the first Sunday of every month, 2 to 3:30 pm, in the parish room of St Aidan's Church, Mill Lane. It is free, and it is led by carers, not counsellors; we do not give medical advice.\n\nOver the last year many of us have grown close, and a few of us now meet for coffee between meetings too. New members are always welcome: just come along, or call Jan on 555-0119 first if you would like a friendly face at the door.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a flyer headed "Tuesday 4 March" above its group\'s name is still the group\'s page',
    text: "Tuesday 4 March\n\nCoffee and Chat for Carers\n\nOur carers' group meets every Tuesday from 10:30 am to noon in the back room of the Wheatsheaf, Mill Street. It is free, run by carers, and not a substitute for professional advice. Just come along.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a member\'s story of "my first support group meeting" is a personal story: "group meeting" is not "group meets"',
    text: 'When our son was stillborn in 2019, I felt completely alone. My husband grieved quietly while I wanted to talk every hour, and each of us was struggling in our own way. A cousin of mine had lost a baby the year before, and she had begun attending a bereaved parents support group at the hospital across town. I was scared to attend at first, but I decided it was worth a try. I joined their online page and promised myself I would be at a meeting within the month.\n\nGetting myself to my first support group meeting was the hard part. I sat in the car park for twenty minutes and almost drove home twice. I was shaking as I walked in, convinced everyone could see it. My husband stayed outside in the car, because I was too nervous to be on my own, and I texted him twice during the break.\n\nThe room was small and warm. Seven parents sat in the circle, each carrying a different loss. I cried harder that evening than I had in weeks, and yet for the first time I felt understood. One mother had lost twins at birth; one father had lost his daughter at two days old. I listened far more than I spoke, and nobody minded.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a widower\'s story of "my first bereavement group meeting" at a hospice is a personal story',
    text: 'When my wife died in the spring, I stopped answering the phone. Our daughter worried and brought me leaflets, and I ignored them. In the autumn I finally went along to my first bereavement group meeting at the hospice, mostly to get her off my back.\n\nI sat near the door and said nothing. The others talked about their husbands and wives, and I recognised almost everything they said. I went back the next week, and the week after. I made two friends there, and we still walk together on Sundays.\n\nI wrote this because I wish I had gone sooner.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a founder whose "My support group meets on the second Thursday" is still her group\'s page',
    text: "After our son was stillborn in 2019, I honestly did not know how to keep going. My husband grieved quietly and I wanted to talk all the time, and we kept missing each other. I looked for a bereaved parents group near us and could not find one, so I started one.\n\nMy support group meets on the second Thursday of every month, 7 to 8:30 pm, at St Brigid's Hall on Carrow Road in Ellingham. It is free and led by parents, not counsellors; it is not therapy, just a room where you can talk about your baby.\n\nGetting to my first support group meeting years ago was harder than the meeting itself, and I remember how that felt. So if you are nervous, message me first and I will meet you at the door. Partners and grandparents are welcome, and you never have to speak.\n\nThe room is small and warm, with tea and biscuits. Each month we start with the names of our children and then talk about whatever comes up. I cried more at those first meetings than I had in weeks, but I also felt understood for the first time.\n",
    material: true,
    kind: 'support',
  },
  {
    name: "a founder's story that goes on \"My support group meets on the second Saturday…\" at a sentence's start is her group's page, not a personal story",
    text: "When our daughter was born with a heart condition, I felt completely alone. I searched for other parents and found none nearby, so I decided to start a group myself. I printed leaflets, I booked a room at my church, and I waited to see who would come. I was sure nobody would. Four families turned up, and I talked with them until the caretaker locked up. I learned more that night than in months of reading, and I went home hopeful for the first time since my daughter's birth.\n\nMy support group meets on the second Saturday of each month at the Oakfield Children's Centre. It is run by parents and it is not a medical service, and you are welcome to come.\n",
    material: true,
    kind: 'support',
  },
];

describe('look-alikes: coursework that names itself, peer support as a benefit or a line of work, date lines and group meetings in a story', () => {
  itReadsEach(courseworkAndDatedCases);
});

// A clinical programme's own small groups, a provider's own programme page with its own enrolment and schedule, and a
// practitioner's own group about to start, told in the first person.
const programmeAndOwnStartCases: Case[] = [
  {
    name: 'a clinical programme whose members practise its skills in "weekly small groups where members practise the week\'s skill" speaks of groups, and is read as its group therapy',
    text: "# Questions about Steadyway\n\nSteadyway is an online treatment program for adults with social anxiety, based on cognitive behavioral therapy. The program combines a short weekly video lesson with weekly small groups where members practise the week's skill together on a video call. Each small group has six to eight members, and you keep the same group for the whole course.\n\nWho is behind Steadyway? We are licensed clinical psychologists who have treated social anxiety for many years. We set up the program because waiting lists for this kind of help are long.\n\nHow do I join? Book a short call with one of us. We will ask about what you find hard, and whether the program is right for you.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a clinical programme that lets readers "rehearse it with the other members in a group setting", in its own voice, is a programme run in groups',
    text: '# Steadyway: common questions\n\nSteadyway is an online treatment program for adults with social anxiety, based on cognitive behavioral therapy. Every week there is a short video lesson and a live call with other members.\n\nWho runs it? We are licensed clinical psychologists who have treated social anxiety for many years. We set up the program because waiting lists for this kind of help are long.\n\nWhat happens on the calls? We explain each new skill, and then you rehearse it with the other members in a group setting, with one of us guiding.\n',
    material: true,
  },
  {
    name: 'a church programme\'s "weekly small groups where members read a passage together", beside a pastoral counselor, is no clinical programme run in groups',
    text: '# Connect at Hillcrest\n\nHillcrest Connect is a community program for young adults in their twenties. The program pairs a Sunday evening talk with weekly small groups where members read a passage together and share a meal.\n\nOur pastoral counselor is also glad to meet with anyone going through a hard season. Small groups meet in homes around town, and the program runs from September to June.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an explainer saying "some clinics also run the same treatment program in weekly small groups" is no programme of its own',
    text: '# How is CBT for social anxiety delivered?\n\nCognitive behavioral therapy is a structured treatment for social anxiety. It is most often given one-to-one by a licensed psychologist over twelve to twenty sessions.\n\nSome clinics also run the same treatment program in weekly small groups, so that more people can be seen. Research suggests group and individual formats work about equally well, though some people prefer the privacy of one-to-one sessions.\n\nWhichever format you choose, you will be asked to practise between sessions. Ask your doctor or your insurer which providers near you offer it.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a provider\'s own IOP page that asks readers to "Enrol today" beside its own schedule line ("3 to 4 days per week") is not overruled as writing about groups',
    text: '# Intensive Outpatient Program (IOP)\n\nAn intensive outpatient program asks more of patients than a weekly counseling hour and less than a residential stay. Across the mental health field, treatment communities treat it as a middle level of care for people with mood, anxiety or substance use problems.\n\nEnrol today, and your week will hold far more treatment time, including group therapies that a single appointment cannot offer.\n\nInside an IOP\n\nState regulators and insurers set the rules that these programs must follow. A program usually has to give at least nine hours of care a week to count as an IOP, and many split that into three blocks of three hours.\n\nResearchers writing in mental health journals describe wide differences between programs. Some keep patients for longer so that more of each week is spent in therapy; others taper the hours as recovery settles. Between sessions, patients sleep at home or in a sober living community and go on with their jobs and family life.\n\n3 to 4 days per week, 3 hours per day\nMorning and evening tracks\nIndividual Therapy\nGroup Therapy\nMedication Management\n\nAccording to national health agencies, groups carry most of the work in an IOP. A group typically has eight to twelve members and follows a set shape: each person brings a current problem, the group practises one skill, and the facilitator ends by setting practice for the days ahead.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same page saying "If you enrol in one", with no schedule line of its own, is still writing about such programmes',
    text: '# Intensive Outpatient Program (IOP)\n\nAn intensive outpatient program asks more of patients than a weekly counseling hour and less than a residential stay. Across the mental health field, treatment communities treat it as a middle level of care for people with mood, anxiety or substance use problems.\n\nIf you enrol in one, your week may hold far more treatment time, including group therapies that a single appointment cannot offer.\n\nInside an IOP\n\nState regulators and insurers set the rules that these programs must follow. A program usually has to give at least nine hours of care a week to count as an IOP, and many split that into three blocks of three hours.\n\nResearchers writing in mental health journals describe wide differences between programs. Some keep patients for longer so that more of each week is spent in therapy; others taper the hours as recovery settles. Between sessions, patients sleep at home or in a sober living community and go on with their jobs and family life.\n\nMorning and evening tracks\nIndividual Therapy\nGroup Therapy\nMedication Management\n\nAccording to national health agencies, groups carry most of the work in an IOP. A group typically has eight to twelve members and follows a set shape: each person brings a current problem, the group practises one skill, and the facilitator ends by setting practice for the days ahead.\n',
    material: false,
    kind: null,
  },
  {
    name: 'nor does a schedule line alone, with no call to enrol, keep the same explainer',
    text: '# Intensive Outpatient Program (IOP)\n\nAn intensive outpatient program asks more of patients than a weekly counseling hour and less than a residential stay. Across the mental health field, treatment communities treat it as a middle level of care for people with mood, anxiety or substance use problems.\n\nIf you enrol in one, your week may hold far more treatment time, including group therapies that a single appointment cannot offer.\n\nInside an IOP\n\nState regulators and insurers set the rules that these programs must follow. A program usually has to give at least nine hours of care a week to count as an IOP, and many split that into three blocks of three hours.\n\nResearchers writing in mental health journals describe wide differences between programs. Some keep patients for longer so that more of each week is spent in therapy; others taper the hours as recovery settles. Between sessions, patients sleep at home or in a sober living community and go on with their jobs and family life.\n\n3 to 4 days per week, 3 hours per day\nMorning and evening tracks\nIndividual Therapy\nGroup Therapy\nMedication Management\n\nAccording to national health agencies, groups carry most of the work in an IOP. A group typically has eight to twelve members and follows a set shape: each person brings a current problem, the group practises one skill, and the facilitator ends by setting practice for the days ahead.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a therapist "recruiting for my upcoming men\'s process group", who then answers questions on such groups in general, tells of the writer\'s own new group',
    text: "I am now recruiting for my upcoming men's process group on anger and shame, and the same questions keep coming up from men who have never been in a group before. That is understandable: I am asking men who keep things to themselves to talk in a room full of strangers. In this post I answer the most common worries, so you know what to expect.\n\nGroups are run in many different ways, so I cannot speak for every one. I hope this still gives you a clearer picture.\n\n1. What is a men's group?\n\nMen's groups are facilitated meetings where men with similar struggles meet regularly to talk and to support each other. Some are led by a therapist and some by trained peers. Some are general; others focus on one theme, such as fatherhood, divorce or anger.\n\n2. Why join one?\n\nMany men say they have nobody to talk to, and that it has got harder in recent years. A group is a place to speak without worrying about what friends or colleagues will think.\n\n3. How do I find the right group?\n\nAsk your own therapist, search a directory, or get in touch about the group I am running this winter.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: "the same questions answered with no group of the writer's own stay writing about groups",
    text: "For years men have asked me the same questions about joining a men's process group, especially men who have never been in a group before. That is understandable: I am asking men who keep things to themselves to talk in a room full of strangers. In this post I answer the most common worries, so you know what to expect.\n\nGroups are run in many different ways, so I cannot speak for every one. I hope this still gives you a clearer picture.\n\n1. What is a men's group?\n\nMen's groups are facilitated meetings where men with similar struggles meet regularly to talk and to support each other. Some are led by a therapist and some by trained peers. Some are general; others focus on one theme, such as fatherhood, divorce or anger.\n\n2. Why join one?\n\nMany men say they have nobody to talk to, and that it has got harder in recent years. A group is a place to speak without worrying about what friends or colleagues will think.\n\n3. How do I find the right group?\n\nAsk your own therapist, search a directory, or look for a process group that suits your week.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a colleague\'s "her upcoming … group", told in the third person, is not the writer\'s own new group',
    text: "My colleague is now recruiting for her upcoming men's process group on anger and shame, and the same questions keep coming up from men who have never been in a group before. That is understandable: I am asking men who keep things to themselves to talk in a room full of strangers. In this post I answer the most common worries, so you know what to expect.\n\nGroups are run in many different ways, so I cannot speak for every one. I hope this still gives you a clearer picture.\n\n1. What is a men's group?\n\nMen's groups are facilitated meetings where men with similar struggles meet regularly to talk and to support each other. Some are led by a therapist and some by trained peers. Some are general; others focus on one theme, such as fatherhood, divorce or anger.\n\n2. Why join one?\n\nMany men say they have nobody to talk to, and that it has got harder in recent years. A group is a place to speak without worrying about what friends or colleagues will think.\n\n3. How do I find the right group?\n\nAsk your own therapist, search a directory, or get in touch about the group she is running this winter.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a member looking forward to "my upcoming support group evening" tells of no new group starting',
    text: "# Three months in\n\nI have been going to a men's support group since the autumn, and I am already thinking about my upcoming support group evening, because it falls on the anniversary of my divorce. The group has helped more than I thought it would.\n\nGroups are not for everyone. Some men prefer one-to-one counselling, and that is fine. I just wanted to write down what it has been like for me, in case it helps someone who is thinking of going.\n",
    material: false,
    kind: null,
  },
];

describe("a programme's weekly small groups, a provider's own enrolment and schedule, and a writer's upcoming group", () => {
  itReadsEach(programmeAndOwnStartCases);
});

// A practitioner's post that says, in the first person, that the writer is about to start a group of their own, then writes of
// such groups in general; and the same post where someone else starts it, the writer denies it, quotes it, joins a group, or
// only imagines one.
const EMPTY_NEST_BODY =
  '\n\nMany parents of adult children who have moved far away tell me the same thing: the house is quiet, the phone rarely rings, and friends expect them to be glad of the freedom. Some feel grief they cannot name. Others worry that the distance says something about how they raised their children.\n\nGroups for people in this stage of life are run in many ways. Some are led by a counsellor and follow a set of topics; others are informal evenings where people simply talk. Some are open to couples, others only to one parent at a time.\n\nTopics often include how to keep in touch without hovering, how to fill the hours that parenting used to take, how to talk about the change with a partner, and how to notice when sadness has become something more. People in such groups often say that hearing others describe the same quiet house helps most of all.\n\nMore details later.\n';
const writerStartingCases: Case[] = [
  {
    name: 'a practitioner who "will be starting a group" this spring, then writes of such groups in general, tells of the writer\'s own new group',
    text:
      '# When the Nest Empties\n\nThis spring I will be starting a group for parents whose children have left home. It will be a therapy group, meeting once a week for ninety minutes.' +
      EMPTY_NEST_BODY,
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We\'re launching a new group" says the same',
    text:
      "# When the Nest Empties\n\nWe're launching a new group for parents whose children have left home. It will be a therapy group, meeting once a week for ninety minutes." +
      EMPTY_NEST_BODY,
    material: true,
    kind: 'therapy',
  },
  {
    name: '"In March I am opening a small group" says the same',
    text:
      '# When the Nest Empties\n\nIn March I am opening a small group for parents whose children have left home. It will be a therapy group, meeting once a week for ninety minutes.' +
      EMPTY_NEST_BODY,
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a colleague who "will be starting a group", told in the third person, is not the writer\'s own new group',
    text:
      '# When the Nest Empties\n\nThis spring a colleague will be starting a group for parents whose children have left home. It will be a therapy group, meeting once a week for ninety minutes.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: '"I am not starting a group … this year" starts none',
    text:
      '# When the Nest Empties\n\nI am not starting a group for parents whose children have left home this year, though a therapy group on it is often asked for.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: "a reader's words quoted (\u201cWe are starting a group…,\u201d one reader wrote) are not the writer's group",
    text:
      '# When the Nest Empties\n\n\u201cWe are starting a group for parents whose children have left home,\u201d one reader wrote to me, asking whether a therapy group would suit them.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: 'a writer "starting group therapy myself" joins a group, and starts none',
    text:
      '# When the Nest Empties\n\nNext month I am starting group therapy myself, with other parents whose children have left home, and I wanted to write down why.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: '"I will be starting a group of short posts" is no group of people',
    text:
      '# When the Nest Empties\n\nThis spring I will be starting a group of short posts for parents whose children have left home, on what a therapy group can offer.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: '"If I were starting a group" only imagines one',
    text:
      '# When the Nest Empties\n\nIf I were starting a group for parents whose children have left home, it would be a therapy group, meeting once a week.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: 'the sentence in a code block is no prose of the page',
    text:
      '# When the Nest Empties\n\n```\nThis spring I will be starting a group for parents whose children have left home.\n```\n\nA therapy group on it is often asked for.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
];

describe("a writer's own group about to start, in the first person", () => {
  itReadsEach(writerStartingCases);
});

// The same post where the writer will start the group on a stated date, in the plain future ("I will start a group … on Sunday, 20
// September"); and near misses with no date, with a condition, in the third person, or in someone else's words.
const writerStartingOnDateCases: Case[] = [
  {
    name: '"I will start a group … on Sunday, 20 September, at 5 pm" tells of the writer\'s own new group',
    text:
      '# When the Nest Empties\n\nI will start a group for parents whose children have left home on Sunday, 20 September, at 5 pm. It will be a therapy group, meeting once a week for ninety minutes.' +
      EMPTY_NEST_BODY,
    material: true,
    kind: 'therapy',
  },
  {
    name: '"we\'re going to launch a new group on Tuesday" says the same',
    text:
      "# When the Nest Empties\n\nWe're going to launch a new group for parents whose children have left home on Tuesday. It will be a therapy group, meeting once a week for ninety minutes." +
      EMPTY_NEST_BODY,
    material: true,
    kind: 'therapy',
  },
  {
    name: '"I will start a group" with no date is a wish, not news of one starting',
    text:
      '# When the Nest Empties\n\nOne day I will start a group for parents whose children have left home, perhaps a therapy group meeting once a week.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: '"If I start a group … on 4 March" only imagines one',
    text:
      '# When the Nest Empties\n\nIf I start a group for parents whose children have left home on 4 March, would anyone come? A therapy group on it is often asked for.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: 'a colleague who "will start a group on 4 March", in the third person, is not the writer\'s own',
    text:
      '# When the Nest Empties\n\nA colleague will start a group for parents whose children have left home on 4 March. A therapy group on it is often asked for.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
  {
    name: "a reader's words quoted (\u201cI will start a group on 4 March,\u201d one reader wrote) are not the writer's group",
    text:
      '# When the Nest Empties\n\n\u201cI will start a group for parents whose children have left home on 4 March,\u201d one reader wrote to me, asking whether a therapy group would suit them.' +
      EMPTY_NEST_BODY,
    material: false,
    kind: null,
  },
];

describe("a writer's own group to start on a stated date, in the plain future", () => {
  itReadsEach(writerStartingOnDateCases);
});

// A long post on early parenthood that reads, word by word, like an article, ending with its hosts' own groups named by their kind in
// the first person plural in two sentences; and near misses: named once, some of a network's groups, a partner's groups, inside a
// quotation, or told in the past.
const NEW_PARENTS_BODY =
  '# You Are Not Alone After Birth\n\nThe first months with a new baby can feel lonely. Many parents spend long days indoors, short of sleep, and it is easy to believe that everyone else is coping better. Health visitors say the same worries come up again and again: feeding, crying, sleep, and a quiet fear of getting it wrong.\n\nResearch on early parenthood suggests that talking with others at the same stage eases that fear. Parents who compare notes find that their troubles are common, and that small changes help. Grandparents live further away than they once did, and many new parents no longer have family close by to ask.\n\nThe weeks after a birth also bring changes to the body and to relationships. Partners may argue more, friends without children may drift away, and work can feel far off. None of this means something has gone wrong; it is a common part of a large change.\n\nIf low mood lasts more than two weeks, or you have thoughts of harming yourself, speak to your doctor or midwife. Help is available, and asking for it is a sign of care for yourself and your baby.\n\nWhat if you could sit with other parents who feel the same? ';
const ownKindGroupAsUsCases: Case[] = [
  {
    name: 'a long post naming "our new-parent support groups" and "our evening support group for new fathers" is its hosts\' own page',
    text:
      NEW_PARENTS_BODY +
      'That is what our new-parent support groups offer.\n\nNadia, a counsellor, leads Small Hours, our evening support group for new fathers.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"our postnatal peer support group" and "host our support groups" say the same',
    text: NEW_PARENTS_BODY + 'Our postnatal peer support group was made for that.\n\nNadia and Tom host our support groups for mothers and fathers alike.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'named once, the same post is still writing about such groups',
    text: NEW_PARENTS_BODY + 'That is what our new-parent support groups offer.\n\nNadia, a counsellor, writes for this blog every month.\n',
    material: false,
    kind: null,
  },
  {
    name: '"one of our support groups" and "our partner support groups" are some of others\' groups, not its own',
    text: NEW_PARENTS_BODY + 'Nadia found hers at one of our support groups.\n\nWe also list our partner support groups for new parents on the links page.\n',
    material: false,
    kind: null,
  },
  {
    name: "inside a quotation, the words are the speaker's",
    text:
      NEW_PARENTS_BODY +
      '\u201cThat is what our new-parent support groups offer, and our evening support group for fathers too,\u201d said Nadia, a counsellor we spoke to.\n',
    material: false,
    kind: null,
  },
  {
    name: 'in a code block, the sentences are no prose of the page',
    text:
      NEW_PARENTS_BODY +
      '\n\n```\nThat is what our new-parent support groups offer.\nNadia leads Small Hours, our evening support group for new fathers.\n```\n',
    material: false,
    kind: null,
  },
];

describe("the page's own group named by its kind in the first person plural, in a long post", () => {
  itReadsEach(ownKindGroupAsUsCases);
});

// A provider's group page set out as a flyer's fields (Who, What, How, When, Where) under a title naming group therapy, with no
// sentence on its own group: its "When:" and "Where:" lines are its time and place. Near misses: only "When:", questions, labels with
// nothing after them, the fields in a code block.
const COMPASSION_FIELDS =
  'Compassion-Focused Therapy Group\n\nResearch suggests that group therapy can add a good deal to individual therapy. In a group, people can meet others who have lived through similar things, feel understood and less alone, and work together on whatever is holding back their progress.\n\nAbout the compassion group\n\nWho: 6 to 10 clients in each group\n\nPeople living with:\n\n- Harsh self-criticism\n- Shame\n- Low mood and worry\n- Trouble in friendships\n- Stress at work and at home\n\nWhat:\n\n- Three systems of emotion and how they pull on a person\n- Soothing rhythm breathing\n- Writing a compassionate letter\n\nHow:\n\n- Learn to notice the critical inner voice without obeying it\n- Learn that painful feelings are understandable reactions, not faults\n- Practise kindness toward oneself, whatever the day brings\n\n';
const whenWhereCases: Case[] = [
  {
    name: '"When: 90 minutes, once a week" and "Where: the Cedar Room (online)" make the page that group\'s',
    text: COMPASSION_FIELDS + 'When: 90 minutes, once a week\n\nWhere: the Cedar Room (online)\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same fields in bold say the same',
    text: COMPASSION_FIELDS + '**When:** 90 minutes, once a week\n\n**Where:** the Cedar Room (online)\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'only "When:", with no place, is not enough',
    text: COMPASSION_FIELDS + 'When: 90 minutes, once a week\n',
    material: false,
    kind: null,
  },
  {
    name: '"When?" and "Where?" as questions are no fields',
    text: COMPASSION_FIELDS + 'When? Ask your clinician.\n\nWhere? That depends on the clinic.\n',
    material: false,
    kind: null,
  },
  {
    name: 'labels with nothing after them give no time or place',
    text: COMPASSION_FIELDS + 'When:\n\nWhere:\n',
    material: false,
    kind: null,
  },
  {
    name: 'the fields inside a code block are no prose of the page',
    text: COMPASSION_FIELDS + '```\nWhen: 90 minutes, once a week\nWhere: the Cedar Room (online)\n```\n',
    material: false,
    kind: null,
  },
];

describe('a group page set out as fields, with "When:" and "Where:" lines', () => {
  itReadsEach(whenWhereCases);
});

// A course for workers who will run groups, a page that sends readers elsewhere to find a group, advice on starting groups, "our group"
// in a reported quotation, and programme brands that need a meeting of their own; each with the group page it must not take.
const courseElsewhereAdviceCases: Case[] = [
  {
    name: 'a continuing-education course listing for counsellors ("This online course will prepare you to plan and lead…", CE hours, a price) is a training, not a group',
    text: 'Leading Psychoeducational Groups in Recovery Settings\n\nThis online course will prepare you to plan and lead psychoeducational groups for clients in early recovery. Lessons cover choosing topics, pacing a session and handling a member who dominates.\n\n$24.00\n\n2 CE hours for counselors and social workers. Northgate Learning is an approved provider of continuing education.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a graduate course listing on group counselling ("This graduate course examines…", "Upon completion of this course, students will…") is a syllabus',
    text: 'COUN 612 – Theory and Practice of Group Counseling\n\nThis graduate course examines the stages of group development and the work of the group counselor in schools and agencies. Weekly readings pair with role-played group sessions.\n\nUpon completion of this course, students will be able to screen members, write a group plan and co-lead a counseling group.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a skills course for clients that says "This course is designed to help adults who worry…", with its day, place and fee, is still that group\'s page',
    text: '# Managing Worry: a Skills Course\n\nThis course is designed to help adults who worry too much learn practical CBT skills in a small group. It is led by Dr. Ana Reyes, a clinical psychologist.\n\nWe meet on Wednesdays, 6–7:30 pm, for six weeks from 9 April at the Elm Street Clinic. The fee is $35 per session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a peer group for therapists with a continuing-education hour that says "This is a support group for therapists" is still that group\'s page',
    text: '# Peer Consultation Group for Clinicians\n\nThis is a support group for therapists, not supervision. This course of monthly meetings is designed to help you rest, talk and be heard. It offers 1 continuing education hour per meeting.\n\nWe meet on the last Thursday of each month at 12:30 pm on Zoom. Email Lee to join.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a programme page that sends readers to the national site for "the times and locations" and "groups near you", with no group of its own, is not rescued by its words',
    text: 'About Healing Hearts\n\n"Healing Hearts" is a faith-based program that helps parents who have lost a child find hope together with others. Whether the loss was recent or many years ago, Healing Hearts can offer a path through grief.\n\nHealing Hearts Website\n\nTo find the times and locations of the churches offering Healing Hearts, visit the national website. Enter your zip code to search for groups near you.\n\nAbout The Sessions\n\nHealing Hearts is a support group. Parents watch a short video with counsellors and other parents who have lived through loss. After the video, a leader guides a conversation. Each parent gets a journal with questions for the week.\n\nSession 1: Where to Begin\nA first evening that helps parents who come for the first time settle into the group.\n\nSession 2: Remembering\nParents share memories of their child and talk through the first steps of living with loss.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a church\'s own group of the same programme, meeting on Mondays, that also points to "other groups near you" is still its page',
    text: 'About Healing Hearts at Grace Church\n\nHealing Hearts is a video-based support group program for parents who have lost a child.\n\nOur Healing Hearts group meets on Monday evenings, 7–8:30 pm, in the Grace Church library, for twelve weeks from 8 September. Call the church office on 555-0147 to sign up.\n\nTo find other groups near you, visit the Healing Hearts website and enter your zip code.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a news notice giving its own group\'s day and time that also says readers can search "for classes near you" is still that group\'s notice',
    text: "New grief group at St Mark's\n\nSt Mark's Church will host a grief support group for adults starting Tuesday, 14 October, at 7 p.m. in the parish hall. The group runs for ten weeks and is free.\n\n\"Nobody should grieve alone,\" said the Rev. Sam Orme. Anyone who cannot come on Tuesdays can find a group by visiting the program's website and searching for classes near you.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a ministry article on starting carers\' groups ("easy to start", "needs three things", "When starting a new group", "the group meets their practical needs") is a guide',
    text: "# Supporting Families Through Dementia\n\nPastoral Care / Resources //\n\nCarers' Support Groups\n\nMy father's diagnosis came in the spring, and by autumn my mother had stopped going anywhere. People asked after him for a while and then stopped asking.\n\nChurches that host support groups for carers offer something a visit alone cannot. These groups ease loneliness and let people speak honestly about what they are losing.\n\nSupport groups for carers are easy to start and cheaper to run than most people think. Every carers' group needs three things: a welcoming host, a room with parking, and a simple plan for each evening. When starting a new group, ask a few carers which day, time and location would work, so that the group meets their practical needs. Below are some tips for running one well.\n\nFind a host. This might be a retired nurse in the congregation or a carer whose own caring has ended.\n",
    material: false,
    kind: null,
  },
  {
    name: 'advice that a youth club "could start a young carers\' support group", "This kind of support group" and "Start a bereavement support group for teenagers" describes no group of its own',
    text: "Youth workers notice when a teenager is carrying more than schoolwork. Some teenagers care for a parent who is ill. A support group for young carers could help them feel less alone. This kind of support group can also show them where to find help.\n\nA church youth club could start a young carers' support group on a weeknight. Start a bereavement support group for teenagers who have lost a friend, and let them set the pace.\n",
    material: false,
    kind: null,
  },
  {
    name: '"so that the group meets their particular needs" in an article on welcoming families is no meeting of the page\'s own',
    text: 'Welcoming Families of Children With Disabilities\n\nParents of children with disabilities often feel they are on the edge of church life. They may miss services for months at a time.\n\nParenting Support Groups\n\nMany of these parents long to talk with others who understand. A church can help by asking them what would help, so that the group meets their particular needs, and by providing childcare on the evening it gathers.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a youth club that "will start a young carers\' support group" this term, with its day, room and how to join, is still that group\'s page',
    text: "# Young Carers' Group at Hillside Youth Club\n\nHillside Youth Club will start a young carers' support group this term for 12 to 16 year olds.\n\nThis support group meets every Thursday, 6–7 pm, in the club's quiet room, starting 18 September. It is run by youth workers and it is not counselling. To join, speak to Kim at the club desk.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"You could start with our Tuesday group" on a circle\'s own page with its days and time is still that group\'s page',
    text: "# Parents' Evening Circle\n\nNot sure which evening suits you? You could start with our Tuesday group and move later. Our parents' circle meets on Tuesdays and Thursdays at 7:30 pm in the Oak Room at Hope Church. It is free and run by parents.\n",
    material: true,
    kind: 'support',
  },
  {
    name: "\"Our carers' circle meets the needs of…\" on a circle's own page with its day, time and place is still that group's page",
    text: "# Carers' Circle at St Anne's\n\nOur carers' circle meets the needs of people looking after a partner with dementia, and we listen before we advise.\n\nThe group meets on the first Monday of each month, 2–4 pm, in St Anne's church hall. It is a peer support group run by carers; it is free and it is not counselling.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a feature that quotes an organiser\'s "What our group gives people…," says Helen, with no way to come, describes no group of its own',
    text: 'Families of Hoarders Find Somewhere to Talk\n\nWritten by the Westfield Wellbeing team\n\nIn a borrowed room at a community centre in a small mill town, Sam, a 40-year-old who has begun to clear his flat, sat with eight relatives of people who hoard and told them none of it was their doing.\n\n"My sister could not have made me stop," Sam said quietly. He went on: "I hid it from everyone. I would have found a way whatever they did."\n\nRelatives like these rarely look for a support group until things are at their worst. That kind of frankness is common at the evenings held by Clear Paths Families. "What our group gives people is permission to stop feeling ashamed," says Helen, who started it.\n',
    material: false,
    kind: null,
  },
  {
    name: "the same feature ending with the group's second Wednesday, 7 pm, its venue and a phone number is that group's notice",
    text: 'Families of Hoarders Find Somewhere to Talk\n\nIn a borrowed room at a community centre in a small mill town, Sam, a 40-year-old who has begun to clear his flat, sat with eight relatives of people who hoard and told them none of it was their doing.\n\n"My sister could not have made me stop," Sam said quietly.\n\nRelatives like these rarely look for a support group until things are at their worst. That kind of frankness is common at the evenings held by Clear Paths Families. "What our group gives people is permission to stop feeling ashamed," says Helen, who started it.\n\nClear Paths Families meets on the second Wednesday of each month at 7 pm at the Westfield Community Centre. New members are welcome; call Helen on 555-0128.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group\'s own page quoting a member ("Our group gave me my evenings back," says Ruth) with its own meeting time is still its page',
    text: '# Clear Paths Families\n\nA peer support group for relatives of people who hoard. It is free and run by members, not by professionals.\n\n"Our group gave me my evenings back," says Ruth, a member since 2019.\n\nWe meet on the second Wednesday of each month at 7 pm at St Luke\'s Church hall.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a Recovery Dharma outreach page whose sentences open with the programme's name, with no meeting of its own, is no group's page",
    text: 'Taking the Program Inside\n\nRecovery Dharma\n\nService and Outreach\n\nThis page brings together ideas for sharing the program with people in jails, hospitals and treatment centres.\n\nOutreach into institutions has its own difficulties, and our guidance is still being written. Meanwhile, use the links below to learn how local sanghas grow.\n\nRecovery Dharma is grounded in Buddhist practice and thankful to the teachers who handed it on.\n\nEvery member of Recovery Dharma should feel free to share the program with anyone who suffers from addiction.\n\nWe create a space that welcomes visitors and new members.\n',
    material: false,
    kind: null,
  },
  {
    name: "a Recovery Dharma sangha's page with its own Sunday meeting, time and place is still a support group's page",
    text: 'Recovery Dharma – Southside Sangha\n\nRecovery Dharma is a peer-led program that uses Buddhist practice to heal from addiction.\n\nOur meeting is held every Sunday at 5 pm at the Southside Yoga Studio, 12 Bell Lane. We sit for twenty minutes, read together, then share. Newcomers are welcome and there is no charge.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a church's GriefShare group with its evenings, room and start date is still a support group's page",
    text: 'GriefShare at Cedar Hill Church\n\nGriefShare is a video seminar and support group for people grieving the death of someone close.\n\nOur GriefShare group meets on Wednesday evenings from 6:30 to 8 pm in Room 104, starting 3 September. Register through the church office.\n',
    material: true,
    kind: 'support',
  },
];

describe('courses for workers, pages that send readers elsewhere, advice on starting groups, quoted "our group" and programme brands', () => {
  itReadsEach(courseElsewhereAdviceCases);
});

// Listings of many hosts (a53-1): a community calendar or a briefs column with one support group's meeting among others' suppers,
// dances and club nights, a directory or a roundup of other organisations' groups, and a write-up of a group that has ended; each
// with the group pages they must not pass over (an organisation's own several groups, a parish's own week, one group's notice).
const listingCases: Case[] = [
  {
    name: "a week's calendar of a fire company's supper, a sportsmen's club and a square dance, with one bereaved parents' support group among them, is a listing, not that group's page",
    text: "Around the county this week\n\nMONDAY\n\nBRACKLEY \u2014 Brackley Volunteer Fire Company serves a chicken supper from 4 to 7 p.m. at the station, 12 Kiln Road. Plates are $11. Call 717-555-0201.\n\nWEDNESDAY\n\nDALTON \u2014 Parents Who Have Lost a Child support group meets at 7 p.m. in the parlor of Zion Reformed Church, 80 Locust Ave. Call Terry at 717-555-0244.\n\nDALTON \u2014 The Dalton Sportsmen's Club holds its monthly meeting at 7:30 p.m. at the clubhouse, 3 Quarry Lane.\n\nFRIDAY\n\nELMWOOD \u2014 Square dancing with the Elmwood Swingers from 8 to 10 p.m. at Elmwood Grange, 455 Turnpike Road. Admission is $6. Call 717-555-0288.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a "Calendar of Events" of monthly entries, one of them a grief support group written in its own "We meet", is a listing of many hosts, not that group\'s page',
    text: "Calendar of Events\n\nEvery Tuesday \u2013 The Westbury Chess Club plays from 6 to 9 p.m. at the public library. All ages. Call Ned at 507-555-0111.\n\nEvery Wednesday \u2013 Westbury Grief Support Group. We meet for coffee and conversation at 10 a.m. in the Legion hall. Call June at 507-555-0132.\n\nSecond Thursday \u2013 Quilters' guild sews from 1 to 4 p.m. at the Westbury Senior Center. Bring your own machine.\n\nEvery Friday \u2013 The Knights of Columbus host a fish fry from 5 to 7:30 p.m. at St. Agnes school. Adults $12. Call 507-555-0177.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a briefs column of datelined items ("\u2026 to hear talk", "\u2026 set for Friday") led by an ostomy support group\'s notice is a listing, not that group\'s page',
    text: 'Ostomy support group to meet Tuesday\n\nCLAYBURN \u2014 The Clayburn Ostomy Support Group will meet at 6:30 p.m. Tuesday, March 11, in the cafeteria annex of Clayburn Regional Hospital. Anyone living with an ostomy is welcome. Call Irene at 319-555-0150.\n\nHistorical society to hear talk on railroads\n\nFOXTON \u2014 Local author Glen Abbott will speak on the Foxton branch line at 7 p.m. Monday, March 10, at the Foxton Historical Society museum.\n\nPancake supper set for Friday\n\nFOXTON \u2014 The Foxton Lions will serve pancakes and sausage from 5 to 7 p.m. Friday, March 14, at the community hall. Tickets are $9.\n\nLibrary to host seed swap\n\nBRIDGEPORT \u2014 Bridgeport Public Library will hold a seed swap from 10 a.m. to 1 p.m. Saturday, March 15.\n',
    material: false,
    kind: null,
  },
  {
    name: "a list of three hosts' support groups at three street addresses, never in its own voice, is a directory of others' groups",
    text: "Area support groups for families\n\nCompassionate Parents support group \u2014 7 p.m. second Tues., Bethany Church, 14 Oak St., Riverton. Call 606-555-0110.\n\nAlzheimer's caregiver support group \u2014 10 a.m. first Mon., Riverton Senior Center, 230 Main St., Riverton. Call 606-555-0121.\n\nOstomy support group \u2014 6 p.m. third Wed., Lakeland Medical Center, 7 Hospital Drive, Lakeland. Call 606-555-0132.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a roundup ("Families in the Ashford area have several options for support\u2026") over two groups and a walk is a directory of others\' groups',
    text: 'Losing a pregnancy or a newborn can leave parents feeling that nobody understands.\n\nFamilies in the Ashford area have several options for support after a loss, from peer groups to a yearly memorial.\n\nEmpty Arms Support Group\n\nA support group for parents after miscarriage, stillbirth or infant death. It meets on the first Wednesday of each month at 7 p.m. at Ashford General Hospital. Call 270-555-0133.\n\nRainbow Parents Support Group\n\nThis group is for parents expecting again after a loss. It meets on the third Monday at 6:30 p.m. at the Ashford Birth Center. Call 270-555-0148.\n\nWalk to Remember\n\nHeld each October around Mill Pond Park, the walk is open to families and friends.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a write-up of a museum\'s bereavement group that has ended, whose only day is in "a woman who came on the first Tuesday", is no group\'s page',
    text: "# A year of the Tidewater memory project\n\nLast year the Tidewater museum ran a weekly bereavement group in its upstairs gallery, led by the painter Ana Rooke.\n\nAna still thinks of a woman who came on the first Tuesday and sat by the window all afternoon. By the summer she was bringing sketches of her late husband.\n\nThe group was open to anyone: nobody had to book, and some people only watched. The project ended in October with an exhibition of the members' work.\n",
    material: false,
    kind: null,
  },
  {
    name: "a hospital's own support groups under day headings, at its one address, are still its groups' page",
    text: '# Support Groups at Lakeland Medical Center\n\nLakeland Medical Center offers these free support groups in its Community Room, 7 Hospital Drive. Call our education office at 606-555-0100 to ask about any of them.\n\nMONDAY\n\nDiabetes Support Group meets the first Monday of each month at 6 p.m.\n\nTUESDAY\n\nCancer Survivors Support Group meets each Tuesday at 10 a.m.\n\nTHURSDAY\n\nGrief Support Group meets the second Thursday at 7 p.m.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a parish's own week (toddler music, choir, bingo and its bereavement support group at one address, a number for each) is still group material",
    text: "# This week at St. Columba's\n\nEverything below takes place in the parish centre, 21 Chapel Lane. Ring the parish office on 0161 555 0140 with any questions.\n\nMONDAY\n\nToddler music from 10 to 11 a.m. in the small hall. Call Ruth on 0161 555 0171 to book a place.\n\nTUESDAY\n\nBereavement Support Group, 2 to 3:30 p.m. in the library room. A free peer group for anyone grieving; just come along.\n\nWEDNESDAY\n\nChoir practice at 7:30 p.m. Call Dominic on 0161 555 0188.\n\nTHURSDAY\n\nParish bingo from 7 p.m. Books are \u00a32.\n",
    material: true,
    kind: 'support',
  },
  {
    name: "a provider's three support groups at three of its clinics' street addresses, in its own voice (\"Our three support groups meet at our clinics\"), are still its groups' page",
    text: '# Our support groups\n\nOur three support groups meet at our clinics around the county. They are free and led by trained peers.\n\nGrief support group \u2014 6 p.m. every Monday at our Riverton clinic, 14 Oak St. Call 606-555-0150.\n\nCaregiver support group \u2014 10 a.m. every Wednesday at our Lakeland clinic, 230 Main St. Call 606-555-0150.\n\nAnxiety support group \u2014 7 p.m. every Thursday at our Marlow clinic, 9 Mill Road. Call 606-555-0150.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "one support group's flyer that lists its next dates as lines and gives three numbers to ring is still its page",
    text: '# Riverton Stroke Survivors Support Group\n\nA free peer support group for stroke survivors and their families. We meet in the Riverton Library, 14 Oak St.\n\nNext meetings:\n\nTuesday, May 6\n\nTuesday, June 3\n\nDoors open from 6:30 p.m. and tea is served at 6:45 p.m. The talk starts at 7 p.m. and ends by 8:30 p.m.\n\nCall Sam at 606-555-0101, Lee at 606-555-0102 or the library at 606-555-0103.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'one support group\'s full notice with one other brief beside it ("Pancake supper set for Friday") is still that group\'s notice',
    text: 'Ostomy support group to meet Tuesday\n\nCLAYBURN \u2014 The Clayburn Ostomy Support Group will meet at 6:30 p.m. Tuesday, March 11, in the cafeteria annex of Clayburn Regional Hospital. Anyone living with an ostomy is welcome; there is no charge. Call Irene at 319-555-0150.\n\nThe group meets on the second Tuesday of every month and is run by members. Newcomers are asked to come ten minutes early.\n\nPancake supper set for Friday\n\nFOXTON \u2014 The Foxton Lions will serve pancakes and sausage from 5 to 7 p.m. Friday, March 14, at the community hall.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a hospital\'s own page ("Ashford General Hospital has two support groups\u2026", "in our chapel") is still its groups\' page, not a roundup',
    text: 'Ashford General Hospital has two support groups for parents after the loss of a pregnancy or a baby. Both are free and led by bereaved parents.\n\nEmpty Arms Support Group\n\nA support group for parents after miscarriage, stillbirth or infant death. It meets on the first Wednesday of each month at 7 p.m. in our chapel. Call 270-555-0133.\n\nRainbow Parents Support Group\n\nThis group is for parents expecting again after a loss. It meets on the third Monday at 6:30 p.m. in the same room. Call 270-555-0133.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group that "started \u2026 last year, and it still meets every Tuesday from 2 to 4 p.m." keeps its day: the clause goes on in the present',
    text: '# Tidewater Bereavement Group\n\nThe Tidewater museum started a bereavement group last year, and it still meets every Tuesday from 2 to 4 p.m. in the upstairs gallery.\n\nAnyone who has lost someone is welcome. There is no need to book. Call Ana on 555-0170.\n',
    material: true,
  },
];

describe("calendars of many hosts' events, directories and roundups of others' groups, and a day told in the past", () => {
  itReadsEach(listingCases);
});

// A support group named with another noun (a ministry, a series, "this … evening is for people in recovery"), an organisation's own
// peer-led groups said after a colon, support given and received, a sport named in passing, an invited donation and a name given in
// quotation marks after "called"; with the look-alikes each must leave alone.
const otherNounCases: Case[] = [
  {
    name: 'a "Grief Support Ministry" that gathers monthly at a time and place is a support group\'s own page',
    text: "# St Columba's Grief Support Ministry\n\nSt Columba's has started a Grief Support Ministry for anyone mourning a husband, wife, parent or child, however long ago.\n\nThe ministry gathers on the first Monday of every month at 7 pm in the Lady Chapel room. The first evening is Monday, 3 March.\n\nFor more, call Bernadette in the parish office on 555-0131.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a parish "Bereavement Ministry" of volunteers who help at funerals, with its own monthly meeting, is no support group',
    text: "# St Columba's Bereavement Ministry\n\nMembers of this ministry greet mourners at funerals, help families choose hymns and readings, and set out the hall afterwards.\n\nMeeting: first Monday of every month, 4 pm, in the parish office.\n\nTo volunteer, call Bernadette on 555-0131.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a "Bereavement Support Ministry" that serves the funeral luncheon and asks for volunteers is a parish team, not a support group',
    text: "# St Columba's Bereavement Support Ministry\n\nOur Bereavement Support Ministry cooks and serves the funeral luncheon for families after a funeral Mass, and sends a card on the first anniversary.\n\nThe ministry meets on the first Monday of every month at 4 pm in the parish office to plan the month's luncheons.\n\nNew volunteers are always welcome: call Bernadette on 555-0131.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a hospital\'s "Bereavement Support Series" over six evenings, with its room and sign-up, is a support group\'s notice',
    text: 'Harlow General Hospital is running its Bereavement Support Series again this spring for adults who are grieving a death.\n\nOver six Thursday evenings, people who are grieving talk about what the loss has changed for them and how they are getting through the days. The chaplain, Rev. Tomas Reyes, hosts the evenings with two volunteers who lost partners themselves.\n\nThe series begins Thursday, March 5, and runs from 6 to 7:30 p.m. in the Willow Room on the first floor. Places are limited; to book one, call 555-0102.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a weekly evening whose opening says "This quiet evening is for people in recovery", with its day and place, is a group\'s own page',
    text: '# Steady Sundays\n\nThis quiet evening is for people in recovery from drinking, drugs or gambling. It is hosted by members who are in recovery themselves.\n\nWe sit in silence for twenty minutes, then each person checks in, and we end by talking about how the week went.\n\nThere is no fee; a jar for the room rent sits by the door if you want to give something.\n\nEvery Sunday at 6 pm, Friends Meeting House, 8 Mill Lane.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a one-off evening of remembrance, "This evening is for anyone who is grieving a loss", is an event, not a group\'s meetings',
    text: "# Light a Candle\n\nThis evening is for anyone who is grieving a loss this year. Join us on Thursday, 12 December at 7 pm in St Mark's Church for music, readings and a moment of remembrance, with mince pies afterwards.\n\nAll are welcome; there is no need to book.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a weekly evening "for people who want to learn to sit", with no word of care, is a class',
    text: '# Still Thursdays\n\nThis quiet evening is for people who want to learn to sit in meditation. Long-time members lead it.\n\nEach week we sit for half an hour, hear a short talk on posture, and end with tea.\n\nEvery Thursday at 7 pm, Lotus Hall, 14 Carver Street.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a charity\'s page on its own groups, "these are … groups run by a peer facilitator", in its own voice ("join our", "call us"), stays its own',
    text: 'Support Groups\nWestmoor Wellbeing has run support groups across the district for twenty years, and they remain at the heart of what our charity does: they help people look after their mental health, stay connected and feel less alone among peers.\nWestmoor Wellbeing runs two kinds of support groups:\n- Hearth mutual support groups: these are local, lived-experience groups run by a peer facilitator. Some are for people with their own mental health difficulties, some for family members, some for both.\n- Family carer support groups: these are part of the Carers Together programme. Most are peer-led, and each is backed by a carer worker.\n*Note: support groups are not a crisis service. We can point you to crisis help: call us, or call the Westmoor info line.\nJoining Hearth\nIf you are looking after your mental health and feel ready to meet others for mutual support and friendship, you can join our Hearth Meetup page or our Support Groups Facebook page for news of the Hearth groups.\nWe are also looking for lived-experience volunteers to help lead new Hearth groups, especially groups for young adults. Training and support are given, and you will meet others who lead support groups. Contact us if you would like to know more.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer that says "these are … groups run by a peer facilitator" of groups in general, with no voice of its own, stays out',
    text: "Support Groups\nSupport groups have long been part of community mental health care. They help people look after their mental health, stay connected and feel less alone among peers.\nTwo kinds of support groups are common:\n- Mutual support groups: these are local, lived-experience groups run by a peer facilitator. Some are for people with their own mental health difficulties, some for family members, some for both.\n- Family carer support groups: these are often part of a health service's carer programme. Many are peer-led, and some are backed by a carer worker.\n*Note: support groups are not a crisis service. Crisis lines and emergency services are there for that.\nAbout joining\nPeople looking after their mental health who feel ready to meet others for mutual support and friendship often find that support groups keep a Meetup or Facebook page with news of meetings.\nMany support groups also look for lived-experience volunteers to help lead them, and give training and support to those who do.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a calendar entry for a circle where members share "in giving and receiving support", fortnightly on Zoom, is a support group',
    text: '# Events | Marlow College\n\n## Mature Students Circle (Week 4)\n\n- Date: Tuesday, November 3\n- Time: 4:00pm - 5:00pm\n- Location: Marlow Zoom Room\n\nThis is a group for students who came back to study later in life and want to share in giving and receiving support while juggling classes, jobs and families. Students of any age who came back after a break are welcome to join us.\n\nWe will meet on Zoom every other week through the term to talk about the pressures of study, money and home life, and to listen to one another. Each session of this group opens with a check-in, and the facilitator offers a theme to get the conversation going.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'group therapy where "members give and receive feedback and support" stays group therapy',
    text: '# Events | Marlow College\n\n## Relationships Group (Week 4)\n\n- Date: Tuesday, November 3\n- Time: 4:00pm - 5:00pm\n- Location: Counselling Service, Room 12\n\nThis is group therapy for students who want to understand their relationships better. Members give and receive feedback and support while they work on their own concerns. Two licensed psychologists from the Counselling Service lead the group.\n\nStudents meet a counsellor for a short screening before joining.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a sport named once in passing ("raised on the football field, at work or in the army") does not make a fathers\' circle a pastime\'s',
    text: "# NEW DADS' CIRCLE\n\nThis group helps new fathers support each other through the first year, when nights are short and nobody asks how you are.\n\nMen are raised on the football field, at work or in the army, and none of it shows them how to say they are struggling. Many of us feel we must be the strong one at home, and we keep our worries to ourselves.\n\nHere we talk honestly about the hard days and the good ones, listen without judging, and go home a little lighter.\n\nThis group is where that begins.\n",
    material: true,
    kind: 'support',
  },
  {
    name: "a fathers' circle that is a football club's social side, \"our members play in the Sunday league\", stays a club's group of no kind",
    text: "# NEW DADS' CIRCLE\n\nThis group helps fathers support each other on and off the football pitch. We are the social side of Ashdown Town veterans: our members play in the Sunday league and train on Tuesday nights.\n\nAfter training we go to the clubhouse, swap stories and look out for each other. New players are always welcome, whatever their level.\n\nThis group is where that begins.\n",
    material: true,
    kind: null,
  },
  {
    name: 'money in an invited donation ("a donation of $5 goes a long way, but nobody is turned away") is no fee for the kind',
    text: "# Monday Sit for Recovery\n\nOur group meets every Monday at 7 PM in the Oak Room, 12 Harbour Road, for people recovering from drink, drugs or gambling. Members who are in recovery themselves host the evening.\n\nWe sit quietly for twenty minutes, go round with a check-in, and end with a chat about the week.\n\nIs there a charge? We don't charge to attend. We invite a donation to help with the room; a donation of $5 goes a long way, but nobody is turned away.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a fee with a donation required on top ("costs $12, and a $3 donation … is required") still weighs as a fee',
    text: '# Monday Sit for Recovery\n\nOur group meets every Monday at 7 PM in the Oak Room, 12 Harbour Road, for people recovering from drink, drugs or gambling. Members who are in recovery themselves host the evening.\n\nWe sit quietly for twenty minutes, go round with a check-in, and end with a chat about the week.\n\nIs there a charge? Yes. Each evening costs $12, and a $3 donation to the room fund is required as well.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a hospital programme "called “Widowed Support Circle”", with its dates, room and sign-up, is named by its own name',
    text: "Fernside Hospital is offering a free program called “Widowed Support Circle” for adults whose husband, wife or partner died in the last two years.\n\nOver six Tuesday evenings, members meet others living with the same kind of loss, talk through the hardest days and share what has helped. The chaplain, Nia Owusu, hosts the evenings with a volunteer who was widowed herself.\n\nThe program runs from Tuesday, April 7, to Tuesday, May 12, from 6 to 7:30 PM in the hospital's garden room.\n\nThe program is free, but places are limited; to register, call 555-0177.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a wording guide that quotes titles ("avoid titles like “Widowed Therapy Circle”… “Widowed Support Circle” is clearer") names no group',
    text: 'Fernside Hospital has written a short wording guide for volunteers who put up notices about local groups.\n\nAvoid titles like “Widowed Therapy Circle” for a group run by volunteers, since readers may take it for treatment. A title such as “Widowed Support Circle” is clearer for a peer-run evening.\n\nThe guide also asks volunteers to put a date, a time and a phone number on each notice, and to take notices down once an event is over. Notices about support groups go on the board by the garden room, not on the ward doors.\n\nCopies are in the volunteer office.\n',
    material: false,
    kind: null,
  },
];

describe('a support group by another noun, own peer-led groups after a colon, support given and received, a sport in passing, invited donations, quoted names', () => {
  itReadsEach(otherNounCases);
});

// Group pages with no word "group", or whose group is also a pastime's, a provider's hedged offer and a programme's dated day.
const ownWithoutGroupWordCases: Case[] = [
  {
    name: 'a carers\' lunch told through its people, "On the first Thursday of each month, carers … meet for lunch … and support one another", is a support group of its own',
    text: "# Carers' Lunch Club\n\nOn the first Thursday of each month, carers of people living with dementia meet for lunch in the back room of the Old Mill and support one another.\n\nNobody at the table needs the hard days explained. People swap tips on benefits forms and respite, and pass on what the memory clinic told them.\n\nBring the person you care for if you like; there is a quiet corner for them.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'parents who "plan to meet for coffee once a month … and encourage one another" are a group of their own, with no word "group"',
    text: '# Parents of Children Who Stammer\n\nWe are a handful of parents whose children stammer. We plan to meet for coffee once a month in the Brook Street library, to swap ideas and encourage one another.\n\nIf your child stammers and you would like some company along the way, message Priya on 07700 900456.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'carers who "meet every month" hedged as many cities\' ("In many cities, carers … meet every month") are such lunches in general',
    text: '# Caring for someone with dementia\n\nIn many cities, carers of people living with dementia meet every month for lunch and support one another. A recent survey found that carers who get out of the house feel less alone.\n\nCarers at such lunches swap tips on benefits forms and respite, and pass on what the memory clinic told them.\n\nAsk your memory clinic whether anything like this runs near you.\n',
    material: false,
    kind: null,
  },
  {
    name: 'carers who "gather every month across the country" are such lunches in general, not a group of the page\'s own',
    text: '# Caring for someone with dementia\n\nCarers of people living with dementia gather every month across the country for lunch and support one another. A recent survey found that carers who get out of the house feel less alone.\n\nAsk your memory clinic whether anything like this runs near you.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a bereavement group whose weekly walk is "the walking group", with its day and time, is the bereavement group\'s own page',
    text: '# Grief Walkers at Larchfield Hospice\n\nGrief Walkers is a bereavement group for anyone who has lost someone close, run by volunteers from Larchfield Hospice.\n\nEvery Thursday at 11 am the walking group leaves from the hospice car park for a slow circuit of the lake. The pace suits everyone, and there is soup in the hospice café afterwards.\n\nYou do not need to book; just turn up in sensible shoes.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a bereavement group on a page that also lists the hospice\'s "book groups and walking groups" for others stays out on the patterns',
    text: '# Grief Walkers at Larchfield Hospice\n\nGrief Walkers is a bereavement group for anyone who has lost someone close, run by volunteers from Larchfield Hospice.\n\nEvery Thursday at 11 am we leave from the hospice car park for a slow circuit of the lake. The hospice also hosts book groups and walking groups for the wider community.\n\nYou do not need to book; just turn up in sensible shoes.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a hall\'s timetable with a bare "Walking Group" label beside a "Bereavement Group" one is no group\'s own page',
    text: '# Larchfield Community Hall: this week\n\nMonday 11 am: Walking Group\nTuesday 2 pm: Bereavement Group\nWednesday 10 am: Baby and toddler play\n\nAll sessions are in the main hall unless stated.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a clinic that "may offer you online group therapy", with "up to 6 sessions" and "up to 8 people", is not overruled as writing about groups',
    text: '# Your appointments\n\nPain clinic: psychology service\n\nOur psychologists see adults whose long-term pain is affecting their sleep, mood or relationships. Only patients already under the care of the pain clinic can be seen; ask your pain doctor or nurse for a referral.\n\nBefore you come\n\nMake a list of the treatments you have tried. If you need an interpreter or step-free access, tell the booking office when they ring.\n\nYour first appointment\n\nA psychologist will ask how the pain affects daily life and what you would most like to change. This normally takes around an hour.\n\nWhat happens next\n\nWe may offer you one-to-one talking therapy, normally 8 weekly sessions.\n\nOnline group therapy\n\nWe may offer you online group therapy for pain. You will have up to 6 sessions. We invite up to 8 people to each online group, though many groups are smaller.\n\nOther help\n\nIf what troubles you is not linked to your pain, we can suggest local services or self-help resources. Your GP will get a short letter once your therapy is over.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same clinic that runs no groups and would refer you elsewhere for group therapy stays out',
    text: '# Your appointments\n\nPain clinic: psychology service\n\nOur psychologists see adults whose long-term pain is affecting their sleep, mood or relationships. Only patients already under the care of the pain clinic can be seen; ask your pain doctor or nurse for a referral.\n\nBefore you come\n\nMake a list of the treatments you have tried. If you need an interpreter or step-free access, tell the booking office when they ring.\n\nYour first appointment\n\nA psychologist will ask how the pain affects daily life and what you would most like to change. This normally takes around an hour.\n\nWhat happens next\n\nWe may offer you one-to-one talking therapy, normally 8 weekly sessions.\n\nGroups\n\nWe do not run groups ourselves. If you would like group therapy, we can refer you to a local service, though many groups have waiting lists.\n\nOther help\n\nIf what troubles you is not linked to your pain, we can suggest local services or self-help resources. Your GP will get a short letter once your therapy is over.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same clinic that "may offer you online group therapy" but gives the group no size or number of sessions is still overruled',
    text: '# Your appointments\n\nPain clinic: psychology service\n\nOur psychologists see adults whose long-term pain is affecting their sleep, mood or relationships. Only patients already under the care of the pain clinic can be seen; ask your pain doctor or nurse for a referral.\n\nBefore you come\n\nMake a list of the treatments you have tried. If you need an interpreter or step-free access, tell the booking office when they ring.\n\nYour first appointment\n\nA psychologist will ask how the pain affects daily life and what you would most like to change. This normally takes around an hour.\n\nWhat happens next\n\nWe may offer you one-to-one talking therapy, normally 8 weekly sessions.\n\nOnline group therapy\n\nWe may offer you online group therapy for pain. Ask your psychologist whether it would suit you, though many groups are smaller than you expect.\n\nOther help\n\nIf what troubles you is not linked to your pain, we can suggest local services or self-help resources. Your GP will get a short letter once your therapy is over.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a title of a programme\'s name and its date ("Brave Day: June 14, 2025") over "Brave Days are a Saturday … for children" is that day\'s own page',
    text: '# Brave Day: June 14, 2025\n\nBrave Days are a Saturday put on for children aged 8 to 12 who have a mum or dad living with cancer. Spend a day with other kids who know what it is like at home.\n\n- Children share what is going on for them and get peer support from others in the same boat.\n- Most of the day is outdoor games, a bit of baking and lunch together.\n- A Brave Day is not therapy. It is a day to be a kid again.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a newsletter item dated in its title ("Family news: June 14, 2025") on such days in general stays out',
    text: '# Family news: June 14, 2025\n\nDays out for children who have a mum or dad living with cancer are becoming more common, and parents often ask what happens at them.\n\n- Children usually share what is going on for them and get peer support from others in the same boat.\n- Most of the time goes on outdoor games, baking and lunch together.\n- Organisers say such days are not therapy.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a school\'s "Open Day: Saturday, 14 June 2025", a one-off\'s name ("Open Day is a morning for families"), is no group\'s page',
    text: '# Open Day: Saturday, 14 June 2025\n\nOpen Day is a morning for families thinking of joining Larchfield School. Teachers will show you round, and peer support groups help new pupils settle in during their first term.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a centre\'s own "programme called CareKids", whose "CareKids sessions, usually held monthly" recur, is weighed by the page model and taken in',
    text: '# A place for young carers\n\nChildren who help look after a parent with an illness or a disability are carers too. Many of them take on worries and chores at home that their friends never see, and they can feel very alone with it.\n\nAt Larchfield Family Centre we are proud to run a programme called CareKids for these children. CareKids sessions, usually held monthly, begin with games and a snack, then move on to activities that build trust, and end with time to talk together about how things are at home.\n\nThe same things come up again and again. Plans get cancelled. A parent is too tired to play. It is hard to explain to friends why you cannot stay late after school. Some worry about what will happen if their parent gets worse.\n\nComing to CareKids gives children a safe and friendly place to say these things out loud, through play as much as words, with other children who understand, so nobody feels alone.\n',
    material: true,
    kind: null,
  },
  {
    name: 'an article on programmes for young carers in general, "Such programmes typically mix games…", stays out',
    text: "# Why young carers need a place of their own\n\nChildren who help look after a parent with an illness or a disability are carers too. Many of them take on worries and chores at home that their friends never see, and researchers say they deserve support of their own.\n\nProgrammes for young carers exist in many countries. Such programmes typically mix games with activities that build trust, so that children can talk openly about home.\n\nStudies report the same themes again and again. Plans get cancelled. A parent is too tired to play. Some worry about what will happen if their parent gets worse.\n\nParents who want to know more can ask their child's school what is available locally.\n",
    material: false,
    kind: null,
  },
];

describe("a gathering told through its people, a bereavement group's walk, a provider's offer with its shape, a programme's dated day and a programme of its own", () => {
  itReadsEach(ownWithoutGroupWordCases);
});

// Group pages the page model overruled, or that had no group of their own, though each says what a group's own page says: a
// dated notice of its first or next meeting or its start, its organisers in their own voice, a named organisation's list of its
// own groups, an events page's pager. And their near misses, told in the past, in the third person, quoted, or of groups in general.
const ownNoticeCases: Case[] = [
  {
    name: 'a blog relaying a new group that "will hold its first meeting at the … community centre at 7 p.m. on May 12", then background on the condition, is that group\'s notice',
    text: '# Millbrook psoriasis support group starts May 12\n\nA retired teacher who moved to Millbrook two winters ago has set up a psoriasis support group, which will hold its first meeting at the Orchard Street community centre at 7 p.m. on May 12. The Millbrook Courier printed her story last month: she was diagnosed in her thirties and spent many years hiding her elbows under long sleeves.\n\nPsoriasis is a common skin condition in which the body makes new skin cells too fast, leaving raised, scaly patches. It often runs in families, and flare-ups can follow stress, illness or cold weather. Many people live with it for decades, and some also develop sore joints.\n\nIt is not catching, yet many who have it say the looks from strangers are harder to bear than the itch. Creams and light treatment help a lot of people, though what works for one person may do nothing for the next, and waiting lists for a skin clinic can be long.\n\n"People think it is about hygiene," a local nurse told the paper. She has seen patients in the town for fifteen years and says most of them have never met another person with the condition.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same story a year on, the group "held its first meeting … on May 12 last year", stays writing about a group',
    text: '# Millbrook psoriasis support group marks its first year\n\nA retired teacher who moved to Millbrook two winters ago set up a psoriasis support group, which held its first meeting at the Orchard Street community centre on May 12 last year. The Millbrook Courier printed her story last month: she was diagnosed in her thirties and spent many years hiding her elbows under long sleeves.\n\nPsoriasis is a common skin condition in which the body makes new skin cells too fast, leaving raised, scaly patches. It often runs in families, and flare-ups can follow stress, illness or cold weather. Many people live with it for decades, and some also develop sore joints.\n\nIt is not catching, yet many who have it say the looks from strangers are harder to bear than the itch. Creams and light treatment help a lot of people, though what works for one person may do nothing for the next, and waiting lists for a skin clinic can be long.\n\n"People think it is about hygiene," a local nurse told the paper. She has seen patients in the town for fifteen years and says most of them have never met another person with the condition.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a TV item with a start fronted before its subject, "Starting on April 7, the practice will host a weekly group therapy session", is the group\'s notice',
    text: 'date 2025-03-02 EASTON, Pa. (WKEP) - Only one in four spouses of military veterans in the county has ever seen a mental health professional, according to a study released by the state health department last fall.\n\nA local counseling practice says the community can do better than that.\n\nStarting on April 7, the practice will host a weekly group therapy session for spouses of veterans, called "Home Front."\n\nCounselor Dana Whitlock, who will lead it, is herself married to a retired Marine. She is one of only a few licensed counselors in the city with a military family background, and she says that gives her a duty to set up something local.\n\n"Spouses carry the deployments too," said Whitlock. "Most of them never get asked how they are doing."\n\nWhitlock has also set up an internship with the community college, so that more local students can train as counselors.\n\nCost has long kept many families in the area from care, she added.\n\n"People call me every week who want counseling and cannot pay for it," said Whitlock. "That is a community problem, and the community can fix it."\n\nA place in "Home Front" costs $30 a session, weekly for eight weeks.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same item told in the past ("Last spring, the practice hosted…", "The sessions ended") stays a news story',
    text: 'date 2025-03-02 EASTON, Pa. (WKEP) - Only one in four spouses of military veterans in the county has ever seen a mental health professional, according to a study released by the state health department last fall.\n\nA local counseling practice says the community can do better than that.\n\nLast spring, the practice hosted a weekly group therapy session for spouses of veterans, called "Home Front."\n\nCounselor Dana Whitlock, who led it, is herself married to a retired Marine. She is one of only a few licensed counselors in the city with a military family background, and she says that gives her a duty to set up something local.\n\n"Spouses carry the deployments too," said Whitlock. "Most of them never get asked how they are doing."\n\nWhitlock has also set up an internship with the community college, so that more local students can train as counselors.\n\nCost has long kept many families in the area from care, she added.\n\n"People call me every week who want counseling and cannot pay for it," said Whitlock. "That is a community problem, and the community can fix it."\n\nThe sessions ended in the summer, when the grant that paid for them ran out.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a fronted start of something that is no group\'s meeting ("Starting on April 7, the practice will offer evening appointments") is no notice',
    text: 'date 2025-03-02 EASTON, Pa. (WKEP) - Only one in four spouses of military veterans in the county has ever seen a mental health professional, according to a study released by the state health department last fall.\n\nA local counseling practice says the community can do better than that.\n\nStarting on April 7, the practice will offer evening appointments for spouses of veterans, called "Home Front."\n\nCounselor Dana Whitlock, who will lead it, is herself married to a retired Marine. She is one of only a few licensed counselors in the city with a military family background, and she says that gives her a duty to set up something local.\n\n"Spouses carry the deployments too," said Whitlock. "Most of them never get asked how they are doing."\n\nWhitlock has also set up an internship with the community college, so that more local students can train as counselors.\n\nCost has long kept many families in the area from care, she added.\n\n"People call me every week who want counseling and cannot pay for it," said Whitlock. "That is a community problem, and the community can fix it."\n\nAn evening appointment costs $30.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a news story whose group\'s next meeting is dated ("On Monday, June 26 they will be having their fourth lunch meeting") is the group\'s notice',
    text: 'date 2023-05-20 On the last Monday of each month, a handful of retired farmers from around Kelby and the two nurses who started Tierra, a bilingual support group for men caring for a wife with dementia, sit down together over soup to talk about the changes at home.\n\nThe group was started three years ago with help from the Kelby Carers Trust. This spring it moved from the trust\'s office to the Old Mill Café on Bridge Street, which has a ramp and a quiet back room.\n\n"Farmers will talk about rain and prices all day and never once about how tired they are," said cofounder Luis Ortega, whose wife was diagnosed in 2018.\n\nHis fellow founder, Marta Vidal, works as a district nurse. She kept meeting husbands who were worn out and had nobody to tell.\n\n"Respite care has a long waiting list and it is expensive, so most of these men just carry on," said Vidal, who stressed that Tierra costs nothing.\n\nOrtega said the first meetings took place in people\'s kitchens, because several of the men could not leave home for long.\n\n"For men who have never asked for help in their lives, the first step is the hardest," said Vidal.\n\nThe lunches moved to the café last winter, after a local grant paid for the room.\n\nOn Monday, June 26 they will be having their fourth lunch meeting at the café, and a few seats are still free for\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same story after the group has closed stays a news report',
    text: 'date 2023-05-20 For three years, a handful of retired farmers from around Kelby and the two nurses who started Tierra, a bilingual support group for men caring for a wife with dementia, sat down together over soup to talk about the changes at home.\n\nThe group was started three years ago with help from the Kelby Carers Trust. This spring it moved from the trust\'s office to the Old Mill Café on Bridge Street, which has a ramp and a quiet back room.\n\n"Farmers will talk about rain and prices all day and never once about how tired they are," said cofounder Luis Ortega, whose wife was diagnosed in 2018.\n\nHis fellow founder, Marta Vidal, works as a district nurse. She kept meeting husbands who were worn out and had nobody to tell.\n\n"Respite care has a long waiting list and it is expensive, so most of these men just carry on," said Vidal, who stressed that Tierra costs nothing.\n\nOrtega said the first meetings took place in people\'s kitchens, because several of the men could not leave home for long.\n\n"For men who have never asked for help in their lives, the first step is the hardest," said Vidal.\n\nThe lunches moved to the café last winter, after a local grant paid for the room.\n\nThe group held its last lunch in April, when both founders moved away.\n',
    material: false,
    kind: null,
  },
  {
    name: "a board's next meeting on a date (\"the trust's board will be having its next monthly meeting\") is no group's notice",
    text: 'date 2023-05-20 On the last Monday of each month, a handful of retired farmers from around Kelby and the two nurses who started Tierra, a bilingual support group for men caring for a wife with dementia, sit down together over soup to talk about the changes at home.\n\nThe group was started three years ago with help from the Kelby Carers Trust. This spring it moved from the trust\'s office to the Old Mill Café on Bridge Street, which has a ramp and a quiet back room.\n\n"Farmers will talk about rain and prices all day and never once about how tired they are," said cofounder Luis Ortega, whose wife was diagnosed in 2018.\n\nHis fellow founder, Marta Vidal, works as a district nurse. She kept meeting husbands who were worn out and had nobody to tell.\n\n"Respite care has a long waiting list and it is expensive, so most of these men just carry on," said Vidal, who stressed that Tierra costs nothing.\n\nOrtega said the first meetings took place in people\'s kitchens, because several of the men could not leave home for long.\n\n"For men who have never asked for help in their lives, the first step is the hardest," said Vidal.\n\nThe lunches moved to the café last winter, after a local grant paid for the room.\n\nOn Monday, June 26 the trust\'s board will be having its next monthly meeting, and a few seats are still free for\n',
    material: false,
    kind: null,
  },
  {
    name: 'a member\'s blog headed "… Support Group - First Meeting this Thursday" is the new group\'s notice',
    text: 'Sunday, April 6, 2025\n\nLakeside Fibromyalgia Support Group - First Meeting this Thursday\n\nThursday cannot come fast enough! That is when Soft Landing Lakeside, a brand-new fibromyalgia support group for our end of the county, gets together for the very first time. A big thank you to Jo, who found the room, made the posters and will be running it. At last there will be a table full of local people who get it.\n\nFor years I said very little about any of this. My neighbours think I am just tired, mostly because I would rather not explain until there is something useful to say. My brother knows, but he has three jobs and two dogs, and honestly I doubt he follows it. The only person who has really listened is an old friend from college. She has never had anything like it, yet she lets me moan, lets me try out my newest theory about flares on her, and has never once told me to just get more sleep. That might even be good advice, but it does not help much when nothing you try makes a difference. I think about the many people who have only a forum to talk to, and how lonely that must be on a bad week.\n\nMore about how it goes next week.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same blogger after her first meeting, the group since closed, stays a personal story',
    text: 'Sunday, April 6, 2025\n\nLakeside Fibromyalgia Support Group - My First Meeting\n\nLast Thursday I finally went to Soft Landing Lakeside, the fibromyalgia support group Jo ran for our end of the county. It was my first time and, as it turned out, one of its last evenings. It was good to sit at a table full of local people who got it.\n\nFor years I said very little about any of this. My neighbours think I am just tired, mostly because I would rather not explain until there is something useful to say. My brother knows, but he has three jobs and two dogs, and honestly I doubt he follows it. The only person who has really listened is an old friend from college. She has never had anything like it, yet she lets me moan, lets me try out my newest theory about flares on her, and has never once told me to just get more sleep. That might even be good advice, but it does not help much when nothing you try makes a difference. I think about the many people who have only a forum to talk to, and how lonely that must be on a bad week.\n\nThe group closed in the summer, when Jo moved away.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a member\'s own first visit ("My first meeting this Thursday") is not the group\'s first meeting',
    text: 'Sunday, April 6, 2025\n\nLakeside Fibromyalgia Support Group - My first meeting this Thursday\n\nThursday cannot come fast enough! That is when Soft Landing Lakeside, a brand-new fibromyalgia support group for our end of the county, gets together for the very first time. A big thank you to Jo, who found the room, made the posters and will be running it. At last there will be a table full of local people who get it.\n\nFor years I said very little about any of this. My neighbours think I am just tired, mostly because I would rather not explain until there is something useful to say. My brother knows, but he has three jobs and two dogs, and honestly I doubt he follows it. The only person who has really listened is an old friend from college. She has never had anything like it, yet she lets me moan, lets me try out my newest theory about flares on her, and has never once told me to just get more sleep. That might even be good advice, but it does not help much when nothing you try makes a difference. I think about the many people who have only a forum to talk to, and how lonely that must be on a bad week.\n\nMore about how it goes next week.\n',
    material: false,
    kind: null,
  },
  {
    name: 'two volunteer organisers on their own branch, "Our meetings take place in a different village each time", write as its organisers',
    text: "# Support Groups – A year with the Tyne Valley branch\n\nWe are Ruth and Amira, and together we look after the Tyne Valley branch of the Crohn's Companions network. People often ask what it takes to keep a local support group alive, so here is a frank look back at our first year, mistakes and all.\n\nRuth does the practical side: finding rooms, sending reminders and arriving early to push the tables together. Amira runs the online page and writes a welcome note to every newcomer. Neither of us had organised anything before the charity's trustees relaunched the local branches last year, and we picked up a great deal from other organisers at the national weekend in the autumn.\n\nAmira was diagnosed at sixteen and has been to groups in Leeds and York as well as here, so she knew how she wanted ours to feel: easy-going, friendly and never preachy. Ruth came to Crohn's later and mostly wanted company.\n\nThese days we meet in pubs and tea rooms along the valley, with the odd walk by the river when it is dry. Our meetings take place in a different village each time so that nobody always has the long drive, and we only choose places that are free to walk into. We pick the date with an online poll.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'the same two as researchers on other groups, in the third person ("Most groups meet in pubs"), stay writing about groups',
    text: "# Support Groups – Notes from a year of visits\n\nWe are Ruth and Amira, and last year we visited support groups in the Crohn's Companions network for the charity's research team. People often ask what it takes to keep a local support group alive, so here is a frank account of what organisers told us, mistakes and all.\n\nSome organisers do the practical side: finding rooms, sending reminders and arriving early to push the tables together. Others run an online page and write a welcome note to every newcomer. Many had never organised anything before the charity's trustees relaunched the local branches last year, and they picked up a great deal from other organisers at the national weekend in the autumn.\n\nAmira was diagnosed at sixteen and has been to groups in Leeds and York, so she knew what good groups tend to feel like: easy-going, friendly and never preachy. Ruth came to Crohn's later and mostly wanted to understand the groups.\n\nMost groups meet in pubs and tea rooms, with the odd walk by a river when it is dry. Many hold their meetings in a different village each time so that nobody always has the long drive, and most organisers only choose places that are free to walk into. Organisers often pick the date with an online poll.\n",
    material: false,
    kind: null,
  },
  {
    name: "an organiser quoted by a magazine ('\"These days we meet in pubs…,\" said Ruth') is not the page's own voice",
    text: '# Support Groups – A year with the Tyne Valley branch\n\nRuth Hale and Amira Said look after the Tyne Valley branch of the Crohn\'s Companions network. People often ask what it takes to keep a local support group alive, and the two of them gave the charity\'s magazine a frank look back at their first year, mistakes and all.\n\nRuth does the practical side: finding rooms, sending reminders and arriving early to push the tables together. Amira runs the online page and writes a welcome note to every newcomer. Neither had organised anything before the charity\'s trustees relaunched the local branches last year, and both picked up a great deal from other organisers at the national weekend in the autumn.\n\nAmira was diagnosed at sixteen and has been to groups in Leeds and York as well, so she knew how she wanted this one to feel: easy-going, friendly and never preachy. Ruth came to Crohn\'s later and mostly wanted company.\n\n"These days we meet in pubs and tea rooms along the valley, with the odd walk by the river when it is dry," said Ruth. "Our meetings take place in a different village each time so that nobody always has the long drive."\n',
    material: false,
    kind: null,
  },
  {
    name: '"from June there will be one longer meeting every two months instead, and we will keep the online page lively" is the organisers\' own meeting',
    text: "# Support Groups – A year with the Tyne Valley branch\n\nWe are Ruth and Amira, and together we look after the Tyne Valley branch of the Crohn's Companions network. People often ask what it takes to keep a local support group alive, so here is a frank look back at our first year, mistakes and all.\n\nRuth does the practical side: finding rooms, sending reminders and arriving early to push the tables together. Amira runs the online page and writes a welcome note to every newcomer. Neither of us had organised anything before the charity's trustees relaunched the local branches last year, and we picked up a great deal from other organisers at the national weekend in the autumn.\n\nAmira was diagnosed at sixteen and has been to groups in Leeds and York as well as here, so she knew how she wanted our group to feel: easy-going, friendly and never preachy. Ruth came to Crohn's later and mostly wanted company.\n\nTurnout at the monthly meet-ups fell over the winter, when the roads along the valley are dark and icy and many people would rather stay at home by the fire. So from June there will be one longer meeting every two months instead, and we will keep the online page lively in between with news, recipes and the odd bad joke.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"several groups in the network hold one longer meeting every two months", with no "we" or "our", is not',
    text: "# Support Groups – A year with the Tyne Valley branch\n\nWe are Ruth and Amira, and together we look after the Tyne Valley branch of the Crohn's Companions network. People often ask what it takes to keep a local support group alive, so here is a frank look back at our first year, mistakes and all.\n\nRuth does the practical side: finding rooms, sending reminders and arriving early to push the tables together. Amira runs the online page and writes a welcome note to every newcomer. Neither of us had organised anything before the charity's trustees relaunched the local branches last year, and we picked up a great deal from other organisers at the national weekend in the autumn.\n\nAmira was diagnosed at sixteen and has been to groups in Leeds and York as well as here, so she knew how she wanted our group to feel: easy-going, friendly and never preachy. Ruth came to Crohn's later and mostly wanted company.\n\nTurnout at monthly meet-ups often falls over the winter, when the roads along the valley are dark and icy and many people would rather stay at home by the fire. So several groups in the network now hold one longer meeting every two months instead, and keep their online pages lively in between with news, recipes and the odd bad joke.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a market blog post by the organiser of a paused group, "anyone who would like to join the support group can send me an email", keeps its group',
    text: 'Sunday, 12 Oct 2025\n\nA day at the harvest market\n\nThe Harvest Market in Fenwick was busier than I have ever seen it on Saturday, and the cheese stalls had nothing left by lunchtime.\n\nI will cover the stalls in other posts, but the best news of the day came from a woman running the Lupus Alliance stand. She is hoping to start a support group in the town and only needs a handful of people to say they would come.\n\nSome of you will know the Fenwick Lupus Support Group, which I helped organise for several years. It has been on hold since the summer, partly because we lost our room at the old surgery and partly because two of the organisers moved away.\n\nWith the alliance behind it, and some interest from the county hospital too, I am confident we will have a support group up and running again before the spring. If you have never been to a lupus support group, it is a place to compare notes on medicines and tiredness with other people who have it, and to have a good moan about flares with people who do not need them explained.\n\nI will post news as plans come together. Meanwhile, anyone who would like to join the support group can send me an email.\n\nNo comments:\n\nPost a Comment\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same post on a group long closed, "anyone who knows a good cheese stall can send me an email", stays out',
    text: 'Sunday, 12 Oct 2025\n\nA day at the harvest market\n\nThe Harvest Market in Fenwick was busier than I have ever seen it on Saturday, and the cheese stalls had nothing left by lunchtime.\n\nI will cover the stalls in other posts, but the best news of the day came from a woman running the Lupus Alliance stand. She is hoping to start a support group in the town and only needs a handful of people to say they would come.\n\nSome of you will know the Fenwick Lupus Support Group, which I went to a few times years ago. It closed long ago, partly because it lost its room at the old surgery and partly because its organisers moved away.\n\nWith the alliance busy, and some interest from the county hospital too, perhaps someone will start a group here again one day. If you have never been to a lupus support group, it is a place to compare notes on medicines and tiredness with other people who have it, and to have a good moan about flares with people who do not need them explained.\n\nI will post news as plans come together. Meanwhile, anyone who knows a good cheese stall can send me an email.\n\nNo comments:\n\nPost a Comment\n',
    material: false,
    kind: null,
  },
  {
    name: '"anyone who would like to join … should not send me an email" is no way to join by writing to the writer',
    text: 'Sunday, 12 Oct 2025\n\nA day at the harvest market\n\nThe Harvest Market in Fenwick was busier than I have ever seen it on Saturday, and the cheese stalls had nothing left by lunchtime.\n\nI will cover the stalls in other posts, but the best news of the day came from a woman running the Lupus Alliance stand. She is hoping to start a support group in the town and only needs a handful of people to say they would come.\n\nSome of you will know the Fenwick Lupus Support Group, which I helped organise for several years. It has been on hold since the summer, partly because we lost our room at the old surgery and partly because two of the organisers moved away.\n\nWith the alliance behind it, and some interest from the county hospital too, I am confident we will have a support group up and running again before the spring. If you have never been to a lupus support group, it is a place to compare notes on medicines and tiredness with other people who have it, and to have a good moan about flares with people who do not need them explained.\n\nI will post news as plans come together. Meanwhile, anyone who would like to join the new support group should not send me an email: the alliance keeps the list.\n\nNo comments:\n\nPost a Comment\n',
    material: false,
    kind: null,
  },
  {
    name: 'explainer paragraphs, then "Harbour Light Counselling Services currently offers the following groups:" over three bulleted groups, is that organisation\'s page',
    text: "In a therapy group, a handful of people, usually between five and nine, work with a qualified therapist on what troubles them, side by side rather than alone. Seeing how someone else copes with an urge to drink, a family argument or a sleepless week can teach more than a leaflet, and many find that others share their struggles. Some groups keep to a single theme, such as anger or loss, while others are open to whatever people bring. Many take part in a group while they also see a counsellor one to one, and each tends to strengthen the other.\n\nGroup work also builds a sense of responsibility. As trust grows, people notice each other's changes, question each other gently and celebrate progress, however small. For those whose drinking or grief has cut them off from others, sitting with people who understand can be a turning point. Harbour Light Counselling Services currently offers the following groups:\n\n  • Anchor – A mixed group for members in their first year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n  • Keel – A mixed group for members with more than a year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n  • Crossings – A women's group for members whose long marriage has recently ended. This is a supportive process group.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same with its groups as a Markdown list',
    text: "In a therapy group, a handful of people, usually between five and nine, work with a qualified therapist on what troubles them, side by side rather than alone. Seeing how someone else copes with an urge to drink, a family argument or a sleepless week can teach more than a leaflet, and many find that others share their struggles. Some groups keep to a single theme, such as anger or loss, while others are open to whatever people bring. Many take part in a group while they also see a counsellor one to one, and each tends to strengthen the other.\n\nGroup work also builds a sense of responsibility. As trust grows, people notice each other's changes, question each other gently and celebrate progress, however small. For those whose drinking or grief has cut them off from others, sitting with people who understand can be a turning point. Harbour Light Counselling Services currently offers the following groups:\n\n- Anchor – A mixed group for members in their first year of sobriety, combining psycho-education with process work. Ages 21 and over.\n- Keel – A mixed group for members with more than a year of sobriety, combining psycho-education with process work. Ages 21 and over.\n- Crossings – A women's group for members whose long marriage has recently ended. This is a supportive process group.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same paragraphs over "Typical kinds of therapy groups include the following:" and bulleted types stay an explainer',
    text: "In a therapy group, a handful of people, usually between five and nine, work with a qualified therapist on what troubles them, side by side rather than alone. Seeing how someone else copes with an urge to drink, a family argument or a sleepless week can teach more than a leaflet, and many find that others share their struggles. Some groups keep to a single theme, such as anger or loss, while others are open to whatever people bring. Many take part in a group while they also see a counsellor one to one, and each tends to strengthen the other.\n\nGroup work also builds a sense of responsibility. As trust grows, people notice each other's changes, question each other gently and celebrate progress, however small. For those whose drinking or grief has cut them off from others, sitting with people who understand can be a turning point. Typical kinds of therapy groups include the following:\n\n  • First-year groups – for people in their first year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n  • Maintenance groups – for people with more than a year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n  • Separation groups – for people whose long marriage has recently ended. This is a supportive process group.\n",
    material: false,
    kind: null,
  },
  {
    name: '"Each Counselling Service offers these groups:" speaks of a sort of place, not one organisation',
    text: "In a therapy group, a handful of people, usually between five and nine, work with a qualified therapist on what troubles them, side by side rather than alone. Seeing how someone else copes with an urge to drink, a family argument or a sleepless week can teach more than a leaflet, and many find that others share their struggles. Some groups keep to a single theme, such as anger or loss, while others are open to whatever people bring. Many take part in a group while they also see a counsellor one to one, and each tends to strengthen the other.\n\nGroup work also builds a sense of responsibility. As trust grows, people notice each other's changes, question each other gently and celebrate progress, however small. For those whose drinking or grief has cut them off from others, sitting with people who understand can be a turning point. Each Counselling Service offers these groups:\n\n  • Anchor – A mixed group for members in their first year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n  • Keel – A mixed group for members with more than a year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n  • Crossings – A women's group for members whose long marriage has recently ended. This is a supportive process group.\n",
    material: false,
    kind: null,
  },
  {
    name: 'one bulleted group under the offer is not a list of its own groups',
    text: "In a therapy group, a handful of people, usually between five and nine, work with a qualified therapist on what troubles them, side by side rather than alone. Seeing how someone else copes with an urge to drink, a family argument or a sleepless week can teach more than a leaflet, and many find that others share their struggles. Some groups keep to a single theme, such as anger or loss, while others are open to whatever people bring. Many take part in a group while they also see a counsellor one to one, and each tends to strengthen the other.\n\nGroup work also builds a sense of responsibility. As trust grows, people notice each other's changes, question each other gently and celebrate progress, however small. For those whose drinking or grief has cut them off from others, sitting with people who understand can be a turning point. Harbour Light Counselling Services currently offers the following groups:\n\n  • Anchor – A mixed group for members in their first year of sobriety, combining psycho-education with process work. Ages 21 and over.\n\n",
    material: false,
    kind: null,
  },
  {
    name: 'an events page, "Back to All Events" over a circle\'s name and an "Earlier Event: / Later Event:" pager, is one of its host\'s own events',
    text: "Back to All Events\n\nWillowbank Talking Circle\n\nAnyone may sit in the Circle, elders and young people, newcomers and neighbours alike, and it is always free of alcohol and drugs. Many who come have never heard the old teachings, and that is fine. Talk in the Circle often turns to family and to staying well, and people often speak about leaving drink or drugs behind. Tea and bannock are shared at the end of each Circle.\n\nFor many generations, circles like this have been how communities passed on their stories, how elders taught and how disputes were settled. People all over the world still sit in circles today to talk and to listen. Some say a circle can mend the mind, the heart, the body and the spirit together.\n\nIn many Indigenous cultures, working together counts for more than winning a debate. A listener may look away rather than hold a speaker's gaze, and waits until the speaker has quite finished before anyone else begins. Everyone expects the same courtesy in turn, which gives circles a nearly sacred feel, including the ones held at the Willowbank Friendship Centre.\n\nEarlier Event: May 14\nDrum Making Workshop\nLater Event: May 21\nElders' Lunch\n",
    material: true,
    kind: 'support',
  },
  {
    name: "the same circle's page without the pager, and with no day, place or way to join, describes none of its own",
    text: "Back to All Events\n\nWillowbank Talking Circle\n\nAnyone may sit in the Circle, elders and young people, newcomers and neighbours alike, and it is always free of alcohol and drugs. Many who come have never heard the old teachings, and that is fine. Talk in the Circle often turns to family and to staying well, and people often speak about leaving drink or drugs behind. Tea and bannock are shared at the end of each Circle.\n\nFor many generations, circles like this have been how communities passed on their stories, how elders taught and how disputes were settled. People all over the world still sit in circles today to talk and to listen. Some say a circle can mend the mind, the heart, the body and the spirit together.\n\nIn many Indigenous cultures, working together counts for more than winning a debate. A listener may look away rather than hold a speaker's gaze, and waits until the speaker has quite finished before anyone else begins. Everyone expects the same courtesy in turn, which gives circles a nearly sacred feel, including the ones held at the Willowbank Friendship Centre.\n\nDrum Making Workshop\nElders' Lunch\n",
    material: false,
    kind: null,
  },
  {
    name: 'a blog post on circles in general, "Back to All Posts" and "Older Post / Newer Post", stays an archive\'s post',
    text: "Back to All Posts\n\nTalking Circles, Then and Now\n\nAnyone may sit in the Circle, elders and young people, newcomers and neighbours alike, and it is always free of alcohol and drugs. Many who come have never heard the old teachings, and that is fine. Talk in the Circle often turns to family and to staying well, and people often speak about leaving drink or drugs behind. Tea and bannock are shared at the end of each Circle.\n\nFor many generations, circles like this have been how communities passed on their stories, how elders taught and how disputes were settled. People all over the world still sit in circles today to talk and to listen. Some say a circle can mend the mind, the heart, the body and the spirit together.\n\nIn many Indigenous cultures, working together counts for more than winning a debate. A listener may look away rather than hold a speaker's gaze, and waits until the speaker has quite finished before anyone else begins. Everyone expects the same courtesy in turn, which gives circles a nearly sacred feel, including the ones held at the Willowbank Friendship Centre.\n\nOlder Post\nDrum Making Workshop\nNewer Post\nElders' Lunch\n",
    material: false,
    kind: null,
  },
];

describe("a group's own dated notice, its organisers' own voice, an organisation's list of its groups, an events page's pager", () => {
  itReadsEach(ownNoticeCases);
});

// "Support group" as the word before those who lead or run groups, an article title's claim after a topic or a clause, and a
// kind named as one part of an event's programme (analyst list an54-3: causes B, C and E).
const roleTitleEventCases: Case[] = [
  {
    name: 'a report on a day where "Support Group Leaders Gather…" and "Support group leaders came from six towns" names the people who lead groups, not a group',
    text: '# Support Group Leaders Gather in Ashby to Swap Ideas\n\nEighteen volunteers who run local groups for people with Crohn\'s and colitis spent Saturday at the Ashby library comparing notes.\n\nSupport group leaders came from six towns. They talked about keeping a discussion on track, welcoming someone at their first meeting and knowing when to suggest a doctor. "I went home with a notebook full of ideas," said one of them, who has led her local meeting for five years.\n\nThe charity hopes to bring the leaders together again next spring.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a volunteer role, "Support Group Coordinators Wanted", whose title and first sentence name those who help run groups, is no group\'s page',
    text: "# Support Group Coordinators Wanted\n\nSupport group coordinators help the charity's local groups find rooms, order leaflets and plan their year. The role takes around four hours a month and can be done mostly from home.\n\nYou will be reimbursed for travel. Fill in the form on our volunteering page by 30 June.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a booklet\'s note that "Support group facilitators and volunteers … read every draft" opens on the people, not a group',
    text: '# About this booklet\n\nThis booklet was written for people newly diagnosed with lymphoedema and the people close to them.\n\nSupport group facilitators and volunteers from across the region read every draft and told us what they wish they had known at the start. Their stories are printed in the boxes on each page.\n\nWe hope it answers some of your questions. Your own clinic remains the best place for advice about treatment.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Support group members meet on the first Monday…" under the group\'s own title is still that group\'s page',
    text: '# Support Group Members Meet Monthly\n\nSupport group members meet on the first Monday of each month at 6 pm in the back room of Holloway library to talk over how the month has gone.\n\nWe are a peer group for adults living with fibromyalgia, run by members for members. Newcomers are welcome; email fibro.peers@example.org.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a group\'s page where "Grief support group facilitators Ana and Tom… lead our circle every Tuesday" is still that group\'s page',
    text: "# Grief Support Group Facilitators Welcome You\n\nGrief support group facilitators Ana and Tom have both lost a partner. They lead our circle every Tuesday, 7 to 8:30 pm, at St Luke's parish hall.\n\nAnyone who has lost someone is welcome, and there is no cost. Call Ana on 555-0142 with any questions.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'an article titled with a topic and a general claim, "Long Covid: how peer support groups can help", describing one group as an example, stays out',
    text: '# Long Covid: how peer support groups can help\n\nMonths after the infection, many people still struggle with fatigue, breathlessness and brain fog, and friends and employers do not always understand.\n\nOne of these is the Ferncombe Long Covid Support Group, started two years ago by three neighbours who met in a clinic waiting room. It now has about forty members, who swap tips on pacing and on returning to work.\n\n"We laugh a lot, which surprises people," says its founder. "Our members know they will be believed."\n',
    material: false,
    kind: null,
  },
  {
    name: 'an article titled with a clause and a general claim, "When a baby dies, support groups can be a lifeline", stays out though a quoted mother says "our new members"',
    text: '# When a baby dies, support groups can be a lifeline\n\nParents who lose a baby are often surprised by how alone they feel once the funeral is over and friends return to their routines.\n\nThe Linnet Support Group, for example, was started by two mothers a decade ago. Members share photographs, mark anniversaries together and help newer parents through the first year.\n\n"Nobody else wanted to say her name," one mother says. "Here we all do, and our new members soon find they can too."\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group\'s own title after its name, "Riverside Carers Support Group: how our group can help", is still its page',
    text: '# Riverside Carers Support Group: how our group can help\n\nCaring for someone with dementia can be exhausting. Riverside Carers Support Group gives carers a break and a listening ear.\n\nWe meet every second Wednesday, 1 to 3 pm, at Riverside community centre. Just come along, or ring Jo on 555-0190.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a family weekend\'s page where "Sharing circles are also a part of the conference", with break-out sessions and no way to come, is no group\'s page',
    text: '# Hearts Together Family Weekend\n\n"Nobody here needs the long explanation"\n\nHaving a child with a heart condition can change almost everything about family life: sleep, work, school runs and holidays. Brothers and sisters feel it too, and parents often say that friends mean well but cannot really understand.\n\nBringing families together lets them share what has worked, laugh about what has not and feel less alone on a long road. Young people, too, gain from time with others who have scars like theirs.\n\nOur aim is to give parents and young people practical knowledge and a sense of belonging, through talks from cardiologists and smaller break-out sessions on school, feeding and life after surgery. Sharing circles are also a part of the conference, so that mothers, fathers and teenagers each have time to talk with people in the same position.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a group\'s page where "Sharing circles are a part of every meeting", with its day, time and place, is still its page',
    text: "# Heartbeat Parents' Circle\n\nHaving a child with a heart condition changes family life, and many parents feel that no one around them understands.\n\nSharing circles are a part of every meeting, giving each parent a chance to talk without interruption. We meet on the second Thursday of each month at 7:30 pm in the Ashby children's hospital family room. It is free; email heartbeat.parents@example.org.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a circle that meets monthly and whose "sharing circles are also a part of our summer retreat" is still its page',
    text: "# Northgate Survivors' Circle\n\nOur circle is for adults who lost a parent in childhood. We meet on the last Sunday of each month, 2 to 4 pm, at Northgate Friends Meeting House.\n\nSharing circles are also a part of our summer retreat, which members can join each July. Newcomers are welcome; email northgate.circle@example.org.\n",
    material: true,
    kind: 'support',
  },
];

describe("a name before a role noun, an article title's claim after a topic or a clause, and a kind named as part of an event's programme", () => {
  itReadsEach(roleTitleEventCases);
});

// A kind named only as what a group might be called ("you could call it a form of group therapy") is a likeness, not a claim.
const likenedCases: Case[] = [
  {
    name: 'a circle that "you could call a form of group therapy", with no other kind word, names no kind',
    text: '# Ferry Road Talking Circle\n\nOur talking circle meets every Tuesday at 7 pm in the village library. You could call it a form of group therapy: people sit together and take turns to speak and to listen. Everyone is welcome and there is no need to book.\n',
    material: true,
    kind: null,
  },
  {
    name: 'a circle that "some might consider our evenings a kind of group therapy", and that is peer support, reads as support',
    text: '# Ferry Road Talking Circle\n\nOur peer support circle meets every Tuesday at 7 pm in the village library. Some might consider our evenings a kind of group therapy, but nobody here is a counsellor. Everyone is welcome and there is no need to book.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a clinician\'s group that "is a form of group therapy" still says so: the likeness needs a modal',
    text: '# Thursday Anxiety Group\n\nThis eight-week group is a form of group therapy led by Dana Ruiz, LCSW. We meet on Thursdays at 5 pm at Ferry Road Clinic. The fee is $60 a session; call 555-0143 to book an intake.\n',
    material: true,
    kind: 'therapy',
  },
];

describe('a kind named only as what a group might be called', () => {
  itReadsEach(likenedCases);
});

// Members talking, listening and keeping company with one another, on a page with a word of a difficulty, are peers who give support;
// a named club's weekly meetings are its own. Leaders legally bound to keep confidence, and a clinical service's name run into the
// next word by a crawl, are clinical signs.
const peerTalkCases: Case[] = [
  {
    name: 'a charity\'s men\'s group where "the men talk to each other about how the week has gone", with a word of mental health, reads as support',
    text: "# Men's talking night starts at the Crown\n\nA new weekly group for men has started in Ashby, set up by the mental health charity Steady On.\n\nThe group meets every Monday from 8pm to 9:30pm in the snug of the Crown on Bridge Street. Everyone gives a score for their week, then the men talk to each other about how the week has gone. Nobody has to say anything.\n\nEmail hello@steadyon.example to find out more.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a bereavement circle where "we listen and are listened to" and "walk with one another" reads as support',
    text: "# Bereavement Circle at Ashby Library\n\nSaturday 9 May, 10:30 am to noon, in the library's reading room.\n\nWhen someone dies, the world can feel very quiet. This circle is a place to be with that loss together.\n\nA candle is lit and a question is offered. You may answer it or simply pass. We listen and are listened to, and we walk with one another for as long as we meet.\n\nCircle host: Ines Marlow\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a village circle where neighbours "come together as a village to speak of our losses" in the circle reads as support',
    text: '# Loss Circle\n\nSunday afternoon, 3 May\n2:00 pm – 3:30 pm, Ashby Village Hall\n\nThis spring has brought grief to many homes in our village.\n\nWe will come together as a village to speak of our losses in the circle, one person at a time.\n\nCircle host: Ines Marlow\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a named club for men\'s mental health that "will be held weekly" is a club of its own, and its men talking to each other read as support',
    text: "# Men's chat club opens in Ashby\n\nA new club has been set up to support men's mental health in Ashby.\n\nNatter Club Ashby will be held weekly at the Crown on Bridge Street, starting on Monday 4 May from 8pm to 9:30pm.\n\nThe men give a score for their week and then talk to each other about what is on their minds.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a service club whose members "talk to each other about local projects", with no word of a difficulty, is still no care group',
    text: '# Club news\n\nAshby Lions Club meets every Monday at 7pm at the Crown on Bridge Street.\n\nMembers talk to each other about local projects and plan the summer fair. New members are welcome; email the secretary.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a named chess club that "will be held weekly", whose members talk to each other about openings, is still no care group',
    text: '# Ashby Chess Club finds a new home\n\nAshby Chess Club will be held weekly at the Crown from Tuesday 5 May, 7pm to 9pm.\n\nMembers play friendly games and talk to each other about openings; boards are provided.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a report on talking groups in general, where men "talk to each other about how they feel", is no group\'s page',
    text: "# Talking groups for men are spreading\n\nTalking groups for men have doubled in number in three years, says a report from the Ashby Trust.\n\nIn most of the groups studied, men sit in a circle and talk to each other about how they feel, and regular attenders said they felt less lonely.\n\nThe report's author said more research is needed.\n",
    material: false,
    kind: null,
  },
  {
    name: 'a social worker\'s men\'s group where men "talk to each other" still reads as therapy',
    text: "# Monday men's group\n\nA weekly group for men meets on Mondays from 5pm to 6:30pm at the Bridge Street clinic.\n\nThe group is led by Omar Penn, a licensed clinical social worker. Men talk to each other about what is going on in their lives, and Omar helps the group notice patterns.\n\nThe group runs for ten weeks. Call 555-0177 to book a screening appointment.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a choir whose members talk to each other over tea, "good for our well-being", names no kind of support',
    text: '# Ashby Community Choir\n\nAshby Community Choir meets every Monday at 7pm in the Bridge Street hall. We sing, we talk to each other over tea, and singing together is good for our well-being.\n\nNew voices welcome; call 555-0100.\n',
    kind: null,
  },
  {
    name: 'a college counselling centre\'s group guidelines where "group leaders are legally and ethically obligated to protect your confidentiality" read as therapy',
    text: '# Group Guidelines\n\nAshby College Student Counseling Center\n\n## Spring Groups\n\n**Coping with Worry**: Tuesdays, 3:00–4:30 pm\n\n**Grief and Loss**: Thursdays, 1:00–2:30 pm\n\nIf you join one of our groups, please keep these guidelines.\n\n1. **Confidentiality.** Group leaders are legally and ethically obligated to protect your confidentiality, with a few exceptions. We ask all members to keep what is said in group private too.\n2. **Attendance.** Come every week if you can, and call 555-0144 if you cannot.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a clinical service\'s name run into the next word by a crawl, "Student Counseling CenterGroup Guidelines", still names the service',
    text: 'Ashby College Home Student Counseling CenterGroup Guidelines\n\nGroup Guidelines\n\nSpring Groups\n\nCoping with Worry\nTuesdays, 3:00–4:30 pm\n\nIf you join one of our groups, please keep these guidelines.\n\n1. CONFIDENTIALITY: There are limits to confidentiality, which your group leaders will explain at the first session. Please keep what is said in group private.\n2. ATTENDANCE: Come every week if you can, and call 555-0144 if you cannot.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a community centre\'s name run into the next word, "Community CenterGroup Guidelines", is no clinical service',
    text: 'Ashby Neighbours Home Community CenterGroup Guidelines\n\nGroup Guidelines\n\nSpring Groups\n\nCoping with Worry\nTuesdays, 3:00–4:30 pm\n\nIf you join one of our groups, please keep these guidelines.\n\n1. CONFIDENTIALITY: Please keep what is said in group private.\n2. ATTENDANCE: Come when you can, and tell one of the hosts on 555-0144 if you cannot.\n',
    material: true,
    kind: null,
  },
  {
    name: 'volunteers who say they are "not legally bound to keep what you share confidential" give no clinical sign',
    text: '# Ashby Loss Circle\n\nOur circle is run by volunteers who have lost someone too. We meet every second Tuesday at 7 pm in the Bridge Street hall.\n\nWe ask everyone to keep what is said in the circle private, but the volunteers are not legally bound to keep what you share confidential.\n',
    material: true,
    kind: 'support',
  },
];

describe('members talking and walking with one another, a named club that is held weekly, and a legal duty of confidence', () => {
  itReadsEach(peerTalkCases);
});

// A clinical or own group named in a form the patterns did not count: a method's group ("a DBT skills group"), "family, group, and
// individual therapy", group therapy among what its own programme's work includes, a pastime's group among its groups for people
// with a condition or in the name of a group for a loss, "the … Group that I lead", "our local chapter" of a self-help body, and a
// consent form that opens with a definition.
const clinicalOwnCases: Case[] = [
  {
    name: 'a practice\'s group under a programme offering "family, group, and individual therapy" (a comma before the "and") names group therapy, as the list without the comma does',
    text: '# Elm Street Teen Programme\n\nThe Elm Street programme offers family, group, and individual therapy for teenagers who live with anxiety. The group meets on Tuesdays at 4 pm in the Elm Street rooms. Call 555-0142 to book a first meeting.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"runs a carers\' support group, and individual counselling is offered…" is no list of formats: the support group stays a support group',
    text: "# Riverside Carers Group\n\nRiverside runs a carers' support group, and individual counselling is offered separately by a partner clinic. The group meets every Monday at 7 pm in the library; it is free and peer-led.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a provider\'s own day service that "offers art, group, and individual therapy", in its own voice, is read by the page model as group therapy',
    text: '# Willow Bank Day Service for Young People\n\nWillow Bank is our day service for young people aged 13 to 19 who are finding life very hard: self-harm, eating difficulties, panic or deep low mood. They spend weekdays with us and sleep at home.\n\nWe know that families often arrive exhausted and frightened. Our team of nurses, psychologists and teachers works alongside you, and every young person has a key worker who keeps you in the loop each week.\n\nWillow Bank offers art, group, and individual therapy, with school lessons in the afternoons so that nobody falls behind. Parents join a family session every fortnight.\n\nWho we see: young people aged 13 to 19\n\nReferrals: from a GP, school nurse or community mental health team\n\nHow long: most young people stay for between six and twelve weeks. Please call our admissions coordinator to talk things through.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a levels-of-care explainer where "a typical day service offers art, group, and individual therapy" stays out',
    text: '# Day Services for Young People: Levels of Care\n\nA day service, sometimes called a partial hospitalisation programme, gives young people who are finding life very hard (self-harm, eating difficulties, panic or deep low mood) intensive help during the day, while they still sleep at home.\n\nFamilies often arrive exhausted and frightened. In most services a team of nurses, psychologists and teachers works alongside parents, and each young person usually has a key worker.\n\nA typical day service offers art, group, and individual therapy, often with school lessons so that nobody falls behind. Many also hold family sessions.\n\nIt sits between an intensive outpatient programme, a few hours a week, and inpatient care on a ward. Ages, waiting times and lengths of stay differ from place to place, so it is worth asking a GP or school nurse what is available locally.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a centre\'s DBT page whose only group word is "you attend a DBT skills group" is weighed by the page model and read as group therapy',
    text: '# Dialectical Behaviour Therapy for Adults\n\nBrookfield Wellbeing Centre offers dialectical behaviour therapy to adults who feel their emotions very strongly and often act on them in ways they later regret.\n\nThe full course lasts six months. Alongside your own weekly therapy, you attend a DBT skills group with up to eight other adults, led by two of our clinicians. Together you cover mindfulness, coping with crises, managing emotions and asking for what you need, one module of eight weeks at a time.\n\nPlease plan to commit to the whole six months before you start. Homework is set each week, and you practise the skills between sessions.\n\nSessions are charged at our standard rate; ask about reduced fees. Please contact our intake team to arrange an assessment.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an overview of DBT where people "may also attend a DBT skills group" stays out',
    text: '# Dialectical Behaviour Therapy: An Overview\n\nDialectical behaviour therapy was developed for people who feel their emotions very strongly and often act on them in ways they later regret. It has been studied in many trials.\n\nA full course of the therapy usually lasts around six months. People typically see an individual therapist each week and may also attend a DBT skills group, where mindfulness, coping with crises, managing emotions and asking for what you need are taught.\n\nResearch suggests the approach can reduce self-harm and hospital admissions for many people, although it demands real commitment and practice between sessions.\n\nNot everyone can get it locally. Talk to your doctor or mental health team if you think it could help, and ask how long the waiting list is.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Our Bridge Programme", whose work is "a blend of activities including individual and group therapy", is a clinical programme of its own run in groups',
    text: '# Recovery Programmes at Larchmont Health\n\nLarchmont Health runs two programmes for adults going through a mental health crisis. Our Bridge Programme is the more intensive of the two.\n\nThe Bridge Programme is for adults who need daily support but can sleep safely at home. People usually attend for two to four weeks, on weekday mornings. The work is a blend of activities including individual and group therapy, medication review, and practical help with sleep and routine. A consultant psychiatrist, mental health nurses and an occupational therapist share the care.\n\nOur Follow-On Programme offers lighter weekly contact once the Bridge Programme ends.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer whose crisis day programme has "activities including individual and group therapy", with no "our" or "we", stays out',
    text: '# What Does a Crisis Day Programme Involve?\n\nA crisis day programme is for adults who need daily support but can sleep safely at home. People usually attend for two to four weeks, on weekday mornings.\n\nThe work is generally a blend of activities including individual and group therapy, medication review, and practical help with sleep and routine. A psychiatrist, nurses and an occupational therapist typically share the care, and the programme ends with a plan for what comes next.\n\nMany people find the programme tiring in its first week. Ask your GP or crisis team whether there is such a programme in your area.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a speech centre\'s Tuesday groups "for adults with aphasia", one of them a "Book Club", are its own groups: the book club vetoes nothing',
    text: '# Thornbury Speech Centre: Tuesday Groups\n\nThornbury Speech Centre supports adults who live with aphasia after a stroke. Our Tuesday groups give members a calm place to practise talking with people who understand.\n\nThe groups are for adults with aphasia who want to build confidence in conversation. Each one has up to seven members and is run by a speech and language therapist with a volunteer. There is a fee each term.\n\nWhen: Tuesdays, 10am to 11.30am. Where: Room 3, Thornbury Centre, 8 Quarry Road. Please register with the office before your first week.\n\nOur groups this term:\n- Conversation Group: news, sport, family and everyday life with aphasia.\n- Book Club: members read a short story at home and talk it over together on Tuesday.\n- Quiz Group: teams answer picture questions and take turns to explain their answers.\n',
    material: true,
  },
  {
    name: 'a village hall\'s Tuesday groups "for adults with an interest in stories", one of them a "Book Club", stay out',
    text: '# Thornbury Village Hall: Tuesday Groups\n\nThornbury Village Hall hosts Tuesday groups for neighbours who enjoy a chat and a cup of tea. Our Tuesday groups give members a calm place to meet people nearby.\n\nThe groups are for adults with an interest in stories, games and conversation. Each one has up to seven members and is run by a volunteer from the hall committee. There is a fee each term.\n\nWhen: Tuesdays, 10am to 11.30am. Where: Room 3, Thornbury Village Hall, 8 Quarry Road. Please register with the office before your first week.\n\nOur groups this term:\n- Conversation Group: news, sport, family and everyday village life.\n- Book Club: members read a short story at home and talk it over together on Tuesday.\n- Quiz Group: teams answer picture questions and take turns to explain their answers.\n',
    material: false,
    kind: null,
  },
  {
    name: '"the Loss & Healing Writing Group that I lead" is the writer\'s own group, and its writing group is the form of that group: group material',
    text: "# Your Questions About the Loss & Healing Writing Group\n\nSomeone emailed me this week about the Loss & Healing Writing Group that I lead twice a year, so I decided to answer here for everyone.\n\nYears ago I started a writing group after my brother died, because I needed somewhere to put the grief into words. I wrote alone for a long time before I realised other people wanted the same. I asked a few friends, and we met for the first time in my kitchen. I remember how nervous I felt.\n\nThese days about six of us meet online. I give three prompts, we write for half an hour, and anyone who wants to reads aloud. We listen and say what moved us; nobody comments on style.\n\nWhat is shared stays in the group. You are welcome to share your own words anywhere, but please keep other people's words private.\n",
    material: true,
  },
  {
    name: 'the same questions about "the Loss & Healing Writing Group that I joined", told in the past, stay a personal story',
    text: "# Your Questions About the Loss & Healing Writing Group\n\nSomeone emailed me this week about the Loss & Healing Writing Group that I joined two years ago, so I decided to answer here for everyone.\n\nI started writing after my brother died, because I needed somewhere to put the grief into words. I wrote alone for a long time before I realised other people wanted the same. I asked a few friends, and we met for the first time in my kitchen. I remember how nervous I felt.\n\nBack then about six of us met online. The leader gave three prompts, we wrote for half an hour, and anyone who wanted to read aloud. We listened and said what moved us.\n\nWhat was shared stayed in the group, and I kept other people's words private.\n",
    material: false,
    kind: null,
  },
  {
    name: '"the Riverside Poetry Writing Group that I lead", a pastime\'s group named for no loss, still stays out',
    text: "# Your Questions About the Riverside Poetry Writing Group\n\nSomeone emailed me this week about the Riverside Poetry Writing Group that I lead twice a year, so I decided to answer here for everyone.\n\nYears ago I started a writing group after I retired, because I needed somewhere to share my poems. I wrote alone for a long time before I realised other people wanted the same. I asked a few friends, and we met for the first time in my kitchen. I remember how nervous I felt.\n\nThese days about six of us meet online. I give three prompts, we write for half an hour, and anyone who wants to reads aloud. We listen and say what moved us; nobody comments on style.\n\nWhat is shared stays in the group. You are welcome to share your own words anywhere, but please keep other people's words private.\n",
    material: false,
    kind: null,
  },
  {
    name: '"Our local chapter" of "a national self-help organisation" is a support group of its own',
    text: '# Harbourlight Parents — Kenmore Chapter\n\n## Who We Are\n\nHarbourlight Parents is a national self-help organisation for mothers and fathers whose baby died before or soon after birth. Kenmore is one of about ninety chapters. Our local chapter is run entirely by bereaved parents who give their time as volunteers.\n\n## Why We Exist\n\nAfter a baby dies, parents can feel that the world has moved on without them. Harbourlight Parents offers friendship, understanding and hope to every family facing that loss.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the national body\'s own about page, with "about ninety chapters" and a chapter map, stays out',
    text: '# About Harbourlight Parents\n\nHarbourlight Parents is a national self-help organisation for mothers and fathers whose baby died before or soon after birth. It has about ninety chapters, each run entirely by bereaved parents who give their time as volunteers.\n\n## Why We Exist\n\nAfter a baby dies, parents can feel that the world has moved on without them. Harbourlight Parents offers friendship, understanding and hope to every family facing that loss.\n\nUse our chapter map to find the chapter closest to you.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a professional body\'s "Our local chapter", with "self-help books" on a shelf, stays out',
    text: '# Kenmore Chapter of the Society of Dental Hygienists\n\n## Who We Are\n\nThe Society of Dental Hygienists is a national professional body for dental hygienists and therapists. Kenmore is one of about ninety chapters. Our local chapter is run entirely by working hygienists who give their time as volunteers, and it keeps a shelf of self-help books on stress and burnout for members.\n\n## Why We Exist\n\nWe bring hygienists together for training evenings, talks from specialists and a yearly dinner.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a consent form headed "Definition of Group Counseling" and signed "I consent…", "I understand…", "I agree…" is the group\'s own form',
    text: '# Definition of Group Counseling\n\nGroup counseling brings a few people together with a trained counselor to work on shared concerns, such as worry, grief or conflict at home.\n\n## Agreement to Take Part\n\nI consent to group counseling with Birchwood Family Counseling. I understand that my counselor will first meet me for a short screening and may write brief notes after each session.\n\nI understand that:\n\n- I will come on time and treat other members with respect.\n- What members say in the group stays private, apart from the legal limits my counselor has explained.\n- I can ask my counselor how long the group runs and what it expects of me.\n- I agree that I may leave the group at any time and still be offered other help.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an article headed "Definition of Group Counseling" that only describes consent forms stays an article',
    text: '# Definition of Group Counseling\n\nGroup counseling brings a few people together with a trained counselor to work on shared concerns, such as worry, grief or conflict at home.\n\n## Consent before the first session\n\nMost counselors ask each new member to read and sign a consent form. Such forms usually cover screening, the notes a counselor keeps, and the legal limits of privacy. Members are often asked to come on time and to keep what others say private.\n\nIf anything in a form is unclear, it is worth asking about it before signing.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an article titled "Group Therapy Consent Forms: Definition and Examples" that quotes sample "I understand" lines stays an article',
    text: '# Group Therapy Consent Forms: Definition and Examples\n\nA consent form for group therapy sets out what members agree to before the first session. Here is a sample of the kind of wording practices use.\n\nSample wording: "I understand that what members share is confidential. I agree to arrive on time. I understand that my therapist keeps notes. I accept that the group has limits to confidentiality."\n\nPractices differ in what they include, so read your own form carefully and ask questions.\n',
    material: false,
    kind: null,
  },
];

describe('clinical and own groups named in forms the patterns did not count', () => {
  itReadsEach(clinicalOwnCases);
});

// Look-alikes with no way to come now: an account of a visit told in the past, groups spoken of in general, a report quoting once, a
// site's line on "one of our … groups", and a guide to writing agreements. Each beside a page that adds a way to come, which stays in.
const noWayNowCases: Case[] = [
  {
    name: "a parent's post on a parents' meeting attended \"a few evenings ago\", told in the past with no way to come now, is no group's page",
    text: "A few evenings ago we attended a parents' support group meeting at Lindale Junior School. Fewer families came than the organiser had hoped for, but the evening was very helpful to us.\n\nWith winter bugs and after-school clubs, it is hard for families to attend every month. I would ask the organisers of these meetings to keep offering them as long as some people still come. The group will never be large, but those who attend learn new things, share with each other and remember that they are not alone.\n\nThe guest speaker, one of several the organiser invites each month, worked for a program our youngest son had just started. We hadn't had a chance to meet the program staff, so it was good to ask questions and understand how it works. The other parents were glad to learn what might be available for their own children, because parents so often do not know what services exist.\n\nTo everyone who still organises group meetings this winter: thank you for helping families see what is out there. Many parents cannot get to evening meetings because they have no sitter or feel uneasy meeting people, so an online meeting now and then might bring more of them in.\n",
    material: false,
    kind: null,
  },
  {
    name: "the same post ending with the group's monthly day, time, library and the organiser's number is still that group's page",
    text: "A few evenings ago we attended a parents' support group meeting at Lindale Junior School. Fewer families came than the organiser had hoped for, but the evening was very helpful to us.\n\nWith winter bugs and after-school clubs, it is hard for families to attend every month. I would ask the organisers of these meetings to keep offering them as long as some people still come. The group will never be large, but those who attend learn new things, share with each other and remember that they are not alone.\n\nThe guest speaker, one of several the organiser invites each month, worked for a program our youngest son had just started. We hadn't had a chance to meet the program staff, so it was good to ask questions and understand how it works. The other parents were glad to learn what might be available for their own children, because parents so often do not know what services exist.\n\nThe group meets on the first Thursday of every month at 7 pm in the Lindale Junior School library. It is free, and you can ring the organiser, Rhea Shah, on 01632 960442 before your first visit.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a grief programme feature where the writer\'s father "took his last breath at 4:13 pm" and the writer "found my way to" a group is an account, not a group\'s page',
    text: "Around the world, After the Storm is there for people grieving the death of someone they love. It has hundreds of groups, and several are right here in Penrow County, from St Aidan's in Ravensby to Hill Chapel in Lindale.\n\nFaith gives us hope, and yet losing someone close is one of the heaviest things life asks us to carry. My father, Harold, took his last breath at 4:13 pm on a wet Sunday in March at Penrow General. What followed for me was months of tears, a fog that would not lift, and feelings I had never had before.\n\nI found my way to the After the Storm grief support group at St Aidan's on Wednesday evenings, then did the ten-week program again at Hill Chapel on Saturday mornings. I found gentle support there, a safe place, and a weekly video and workbook along with time to share.\n\nIn the group, some people connect at once; for others it is only a look of understanding, and some make friends for life. Tears are welcome. As I kept going, there was laughter too, weeks later, which nobody attending their first meeting can imagine.\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same feature followed by "Our \u2026 grief support group meets on Wednesday evenings" and a number to ring is still the group\'s page',
    text: "Around the world, After the Storm is there for people grieving the death of someone they love. It has hundreds of groups, and several are right here in Penrow County, from St Aidan's in Ravensby to Hill Chapel in Lindale.\n\nFaith gives us hope, and yet losing someone close is one of the heaviest things life asks us to carry. My father, Harold, took his last breath at 4:13 pm on a wet Sunday in March at Penrow General. What followed for me was months of tears, a fog that would not lift, and feelings I had never had before.\n\nOur After the Storm grief support group meets on Wednesday evenings from 6:45 to 8:15 pm in the hall at St Aidan's, Ravensby Road. It is free, and you can join in any week; ring Moira in the church office on 01632 960519.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a story titled "Group Therapy" of a brother who "found himself attending" a session in 1981 and "walked up to the desk to sign up" is no group\'s page',
    text: '# Group Therapy\n\nIn 1981, after a breakdown and a fortnight on the psychiatric ward at Carrick Hospital, my brother found himself attending a group therapy session in a church basement in Elmsworth.\n\nAs he walked up to the desk to sign up, the young intern running the group told him he could not participate because the room was already full. Only when my brother gave the name of the ward doctor who had told him to attend was he allowed to stay.\n\nThere were twelve other men in that room, each of them a former fisherman who had come through far worse than the intern could imagine. Each had been hurt more than once, and each had gone back to work anyway. The intern had never been out on a trawler or through anything like it, and to most of them he was a boy without manners.\n\nMost group therapy sessions set the chairs in a circle so that everyone feels equally welcome to take part. The intern moved them into rows, as if it were a classroom and he the teacher, and the men did not thank him for it.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same story ending "It still meets \u2026 on Tuesdays at 6 pm" with a number to sign up is still a therapy group\'s page',
    text: '# Group Therapy\n\nIn 1981, after a breakdown and a fortnight on the psychiatric ward at Carrick Hospital, my brother found himself attending a group therapy session in a church basement in Elmsworth.\n\nAs he walked up to the desk to sign up, the young intern running the group told him he could not participate because the room was already full. Only when my brother gave the name of the ward doctor who had told him to attend was he allowed to stay.\n\nThere were twelve other men in that room, each of them a former fisherman who had come through far worse than the intern could imagine. Each had been hurt more than once, and each had gone back to work anyway. The intern had never been out on a trawler or through anything like it, and to most of them he was a boy without manners.\n\nMost group therapy sessions set the chairs in a circle so that everyone feels equally welcome to take part. The intern moved them into rows, as if it were a classroom and he the teacher, and the men did not thank him for it.\n\nFour decades later, my brother co-leads that group himself with a psychologist from Carrick. It still meets in the church basement on Tuesdays at 6 pm, and new members are welcome: to sign up, ring the Carrick outpatient desk on 01632 960775.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a year-on news item about a recovery programme that "held its first meeting" and quotes a counsellor once, with no way to come, is no group\'s page',
    text: 'Bramwick recovery meetings one year on\n\nIt is a year since the Firm Footing recovery programme held its first meeting at the Bramwick Hub. Since then it has spread to five towns, and each week people in recovery attend group meetings across the county.\n\nCounsellor Kit Morrow, who helped set the programme up, explained: "Every member brings something. People come to the group, learn a few practical tools, and take them home.\n\n"It is not a therapy group. Nobody goes over their past; it is about today and staying on track."\n\nThere are no fixed targets for those who attend. Family members in recovery from a relative\'s drinking are also free to attend, and it is hoped a meeting for families will be set up soon.\n\nFirm Footing meetings are run by peers, and members can train as volunteer facilitators. Twelve people in the county have already finished the training, and four more are part way through it.\n',
    material: false,
    kind: null,
  },
  {
    name: "the same news item with the town's Thursday meetings and a number to ring is still the group's notice",
    text: 'Bramwick recovery meetings one year on\n\nIt is a year since the Firm Footing recovery programme held its first meeting at the Bramwick Hub. Since then it has spread to five towns, and each week people in recovery attend group meetings across the county.\n\nCounsellor Kit Morrow, who helped set the programme up, explained: "Every member brings something. People come to the group, learn a few practical tools, and take them home.\n\n"It is not a therapy group. Nobody goes over their past; it is about today and staying on track."\n\nThere are no fixed targets for those who attend. Family members in recovery from a relative\'s drinking are also free to attend, and it is hoped a meeting for families will be set up soon.\n\nFirm Footing meetings are run by peers, and members can train as volunteer facilitators. Twelve people in the county have already finished the training, and four more are part way through it.\n\nMeetings in Bramwick are on Thursdays at 7 pm at the Bramwick Hub, Tanner Lane. Anyone who would like to come along can ring the Hub on 01632 960391.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a news item titled with a recovery support group\'s name, whose programme "held its first meeting" and whose quoted counsellor speaks of "this group setting", is no group\'s page',
    text: 'Firm Footing recovery support group one year on\n\nKit Morrow, Lewis Hay and Ros Finch - Photo: Tolland Press -\n\nIt is a year to the day since the Firm Footing programme held its first meeting at the Bramwick Hub in Tolland.\n\nSince then it has spread to five towns in the county, with six meetings a week now happening from the coast to the hills.\n\nKit Morrow, a counsellor at the Hub, helped to set the programme up, and she talked about why it has worked so well.\n\n"At Firm Footing, people pick up practical tools for handling cravings that they can take home and use.\n\n"It is not a therapy group - nobody is going over their past - it is about today and about staying on track."\n\nThere are no fixed targets and no set sequence of steps for those who take part.\n\nFellow counsellor Lewis Hay explained: "I think of it like a rowing crew. Whoever is strongest that week sets the pace, and when they tire, someone else takes over.\n\n"So in this group setting, one person can carry the others for a while."\n\nRelatives and friends are also free to attend the meetings, and it is hoped a meeting just for families will be set up soon.\n\nUnlike many recovery programmes, Firm Footing meetings are run by peers, and members can train as volunteer facilitators. Twelve people in the county have already finished the training.\n',
    material: false,
    kind: null,
  },
  {
    name: "the same item's first half with Thursday meetings at the hub and a number to call is still the group's notice",
    text: 'Firm Footing recovery support group one year on\n\nKit Morrow, Lewis Hay and Ros Finch - Photo: Tolland Press -\n\nIt is a year to the day since the Firm Footing programme held its first meeting at the Bramwick Hub in Tolland.\n\nSince then it has spread to five towns in the county, with six meetings a week now happening from the coast to the hills.\n\nKit Morrow, a counsellor at the Hub, helped to set the programme up, and she talked about why it has worked so well.\n\n"At Firm Footing, people pick up practical tools for handling cravings that they can take home and use.\n\n"It is not a therapy group - nobody is going over their past - it is about today and about staying on track."\n\nMeetings in Bramwick are on Thursdays at 7 pm at the Bramwick Hub, Tanner Lane. Anyone who would like to come along can call the Hub on 01632 960391.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an article on "Support Group Rules" that speaks of "many support groups" and "most support groups", with no group of its own, is no group\'s page',
    text: 'Support Group Rules\nSupport groups give people a place to talk about how they feel and to be understood by others who have lived through something similar. There are groups for illness, loss, weight, addiction and much else. Each has its own purpose, but most follow a handful of common rules.\n\nKeeping things private\nIn many support groups the first rule is that whatever is said stays in the room. If you have contact with another member outside the group, you do not repeat what anyone shared, nor pass on names, addresses or other details. This rule comes first because members share things they would tell few others.\n\nAccepting one another\nFor most support groups it matters that members accept each other without judging, since judgement drives people away. Everyone gets a turn to speak and everyone may stay silent. Members do not talk about someone who is absent.\n\nAdvice\nSome groups are run by professionals, and there the person running the sessions is expected to guide and advise. Groups run by lay people usually ask members not to hand out advice, which can sound patronising even when it is kindly meant.\n\nTime and who may come\nAnother common rule is to start and finish on time. Some support groups do not let friends or relatives attend.\n',
    material: false,
    kind: null,
  },
  {
    name: 'one carers\' group\'s own rules, "Our support group" with its monthly day, time and hall, are still its page',
    text: 'Quayside Carers Support Group Rules\nOur support group gives carers in Quayside a place to talk about how they feel and to be understood by others who look after someone too. We meet on the second Tuesday of each month, 7 to 8:30 pm, at the Quayside Community Centre. These are the rules we agreed together.\n\nKeeping things private\nWhatever is said stays in the room. If you have contact with another member outside the group, you do not repeat what anyone shared, nor pass on names, addresses or other details.\n\nAccepting one another\nWe accept each other without judging. Everyone gets a turn to speak and everyone may stay silent. We do not talk about someone who is absent.\n\nAdvice\nThe group is run by carers, not professionals, so we ask members not to hand out advice, which can sound patronising even when it is kindly meant.\n\nTime and who may come\nWe start and finish on time. The group is free and open to any unpaid carer; call Greta on 01632 960234 before your first visit.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'advice on ground rules ("Support groups should\u2026", "A support group is any group\u2026") with a sample list in "we" is no group\'s page',
    text: 'Without agreed rules, groups drift and lose their purpose, so make sure everyone agrees to the rules from the start. Support groups should offer a calm, non-judging space, clear rules on privacy, and respect between members. In a support group there will be many different ideas about how members should relate to one another, inside the meetings and outside them. A support group is any group of people who come together to help one another with a shared difficulty.\n\nDrawing up the rules should be done together. Every group needs some basic rules if people are to keep coming back, so choose the ones that suit your group. A sample list might begin: for the group to work for everyone, we have some agreed rules. What is the aim of the support group? Be kind. Each of us takes part only as far as we feel comfortable. What is said in the group stays in the group. Phones are switched off. Nobody is pressed to speak.\n\nBy joining support groups, people find out that they are not the only ones facing their situation, and good rules help them feel safe enough to stay.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same advice followed by one group that uses the rules and meets monthly with an email to write to is still its page',
    text: 'Without agreed rules, groups drift and lose their purpose, so make sure everyone agrees to the rules from the start. Support groups should offer a calm, non-judging space, clear rules on privacy, and respect between members. In a support group there will be many different ideas about how members should relate to one another, inside the meetings and outside them. A support group is any group of people who come together to help one another with a shared difficulty.\n\nDrawing up the rules should be done together. Every group needs some basic rules if people are to keep coming back, so choose the ones that suit your group. A sample list might begin: for the group to work for everyone, we have some agreed rules. What is the aim of the support group? Be kind. Each of us takes part only as far as we feel comfortable. What is said in the group stays in the group. Phones are switched off. Nobody is pressed to speak.\n\nBy joining support groups, people find out that they are not the only ones facing their situation, and good rules help them feel safe enough to stay.\n\nAt the Ravensby Hearing Loss Support Group we use these rules. We meet on the last Monday of each month at 7 pm in the Ravensby Library meeting room; new members can email ravensbyhearing-loss@example.org.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a grief tai chi feature with the site\'s line "Find comfort in one of our bereavement support groups" is no group\'s page',
    text: 'Living with Loss \u203a\n\nTai Chi for the Bereaved (Even If You Have Never Tried It)\n\nEveryone in this tai chi class has one thing in common: they are all grieving someone.\n\nBefore Ines Varga starts today\'s class, she tells us about her husband, who died three years ago after a short illness. He was 52, and she was not ready to lose him.\n\nHer co-teacher, Tom Adair, goes next. His voice cracks as he tells us about his young son, who died a year ago this month. Ines says this class is a safe place to cry and to let out whatever comes up as we make our way through an hour of slow forms and breathing.\n\nThey tell their stories so that we know why they are fit to lead us. This is not like other classes. We are at Slow River Tai Chi for Grief, and the hall is full of people who have lost someone.\n\nLost someone close? Find comfort in one of our bereavement support groups.\n\n"I just kept turning up to practise," Ines tells me before class, explaining how tai chi helped her through her grief. She owns Slow River Studio and has taught for nine years, so it was natural to turn to it when she needed help.\n\n"It\'s about slowing down," Ines says. "It\'s about coming back to the breath and quietening all the questions that run through your head after a loss."\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same feature with "our bereavement support group, which meets every Monday at 6 pm" is still that group\'s page',
    text: 'Living with Loss \u203a\n\nTai Chi for the Bereaved (Even If You Have Never Tried It)\n\nEveryone in this tai chi class has one thing in common: they are all grieving someone.\n\nBefore Ines Varga starts today\'s class, she tells us about her husband, who died three years ago after a short illness. He was 52, and she was not ready to lose him.\n\nHer co-teacher, Tom Adair, goes next. His voice cracks as he tells us about his young son, who died a year ago this month. Ines says this class is a safe place to cry and to let out whatever comes up as we make our way through an hour of slow forms and breathing.\n\nThey tell their stories so that we know why they are fit to lead us. This is not like other classes. We are at Slow River Tai Chi for Grief, and the hall is full of people who have lost someone.\n\nLost someone close? Find comfort in our bereavement support group, which meets every Monday at 6 pm at Penrow Hospice; ring Elsa on 01632 960813.\n\n"I just kept turning up to practise," Ines tells me before class, explaining how tai chi helped her through her grief. She owns Slow River Studio and has taught for nine years, so it was natural to turn to it when she needed help.\n\n"It\'s about slowing down," Ines says. "It\'s about coming back to the breath and quietening all the questions that run through your head after a loss."\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'agreement snippets stitched with advice to whoever writes them ("Some pointers\u2026", "Therapists should\u2026", "begin by restating") are a guide, not one group\'s form',
    text: "Keep what is shared in the group within the group, and do not pass on names, stories or details to anyone outside it without clear permission. Share only what is needed, with those who need it.\n\nI will not tell anyone what you tell me in our sessions, or even that you see me for therapy, unless you first give me written permission. You may name anyone you wish me to speak to, and you may withdraw that permission at any time.\n\nAs a member of this group, I agree not to tell anyone outside the group anything that could identify another member. That includes names, appearance, life details and what was said between members.\n\nSome pointers for explaining this clearly to a new member: begin at the beginning; say what confidentiality means; explain the exceptions; stress trust; invite questions; cover harm to self or others, the safety of children, and court orders.\n\nTalking in a group can feel risky, so we ask you to keep everything said in this group private. By signing, you agree not to discuss anything shared, or how any member of this group reacted, with anyone outside the group.\n\nI understand that taking part in this support group means I agree to these terms so that everyone feels safe: Privacy: everything said in our group stays private, including members' stories and anything that could identify them.\n\nAgree clear rules within the group on why what is shared must stay private. Therapists should pass on a participant's information only where needed, and only with consent.\n\nIn the first session, begin by restating the agreement.\n",
    material: false,
    kind: null,
  },
  {
    name: "one carers' group's own confidentiality agreement, with its monthly day, time and centre and a signature line, is still its page",
    text: "Quayside Carers' Support Group: confidentiality agreement\n\nPlease read this before your first meeting and sign it with the facilitator. The group meets on the first Monday of each month at 7 pm at the Quayside Community Centre.\n\nAs a member of this group, I agree not to tell anyone outside the group anything that could identify another member. That includes names, appearance, life details and what was said between members.\n\nTalking in a group can feel risky, so we ask you to keep everything said in this group private. By signing, you agree not to discuss anything shared, or how any member of this group reacted, with anyone outside the group.\n\nI understand that taking part in this support group means I agree to these terms so that everyone feels safe: everything said in our group stays private, including members' stories and anything that could identify them.\n\nI understand that this group is not therapy, and that the facilitator is a fellow carer, not a counsellor.\n\nSigned: ____________________  Date: __________\n",
    material: true,
    kind: 'support',
  },
];

describe('look-alikes that give no way to come now, beside pages that give one', () => {
  itReadsEach(noWayNowCases);
});

// Look-alikes whose self-statement, opening or start is not the page's own group: the answer to "What is a … group?", one listed
// group's "This is…", an essay under a plural title with only the writer's "we", a fellowship's founding told as history, and a
// plural title over logistics said of groups in general; beside the groups' own pages that say the same.
const notItsOwnCases: Case[] = [
  {
    name: 'the answer to "What is a Stepfamily Support Group?" ("it is a support group for\u2026") under a plural title is an explainer, not a group\'s page',
    text: '# Support Groups for New Stepfamilies\n\nWhat is a Stepfamily Support Group?\n\nIn short, it is a support group for adults who are bringing two households together. Parents come together with the help of trained family workers to talk through how things stand. The group offers comfort and direction while everyone adjusts to new routines, and talk is frank and warm.\n\nParents are encouraged to tell their own stories and to pass on what has worked for them. The stepfamily support group rests on the idea that advice from people in the same position often lands better than advice from an expert alone.\n\nLooking ahead: the group helps each parent set goals for family life, such as:\n\nAgreeing house rules together\n\nMaking time for each child alone\n\nSpeaking kindly about the absent parent\n',
    material: false,
    kind: null,
  },
  {
    name: '"What is a support group? It is a support group where\u2026" on a circle\'s own page that meets every Monday at 7 pm is still its page',
    text: '# Monday Stepfamilies Circle\n\nWhat is a support group?\n\nIt is a support group where parents blending two families talk, listen and help one another. Nobody here is a counsellor, and the circle is not therapy.\n\nWe meet every Monday at 7 pm in the small hall at Brookside Community Centre. It is free; just come along.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a list of online groups, each a name on its own line then "This is\u2026", on a page with no "we" or "our", is no group\'s page',
    text: '# Support Groups\n\nLiving with a long-term bowel condition can wear down your mood as well as your body, and every kind of support helps.\n\n- Tell someone you trust, and be ready for mixed reactions at first.\n- Lean on friends, and look at the online support groups; some towns also hold support meetings.\n- Be gentle with yourself on bad days.\n\n## Online support groups and mailing lists\n\nMailList - GutTalk\nThis is for anyone who has a bowel condition or cares for someone who does. It is meant for information and encouragement.\n\nMailList - Northern IBD List\nThis is a Scottish based support group, a friendly place where members swap tips and personal stories about life with colitis.\n\nForum - ibd.chat\nThis is a message board for questions about treatment.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same layout under "We run two online groups of our own", one meeting by video at 7 pm, is still those groups\' page',
    text: '# Support Groups\n\nLiving with a long-term bowel condition can wear down your mood as well as your body. We run two online groups of our own, both free and moderated by volunteers who live with colitis themselves.\n\n## Our online groups\n\nGutTalk Evenings\nThis is a peer support group that meets by video on the first Thursday of each month at 7 pm. It is not medical advice.\n\nNorthern IBD List\nThis is a peer support group by email for members in the north. Write to us to join.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an essay titled "Stammering Support Groups" where "these adults are forming support groups" and "the groups we see appearing" is no group\'s page',
    text: 'Stammering Support Groups\nA short reflection by Tomas Reyes\nPlenty of people find that helping others is how they end up helping themselves. Sometimes a person only needs to hear that someone else knows how a blocked word feels.\nAcross the country, adults who stammer are reaching out to one another. These adults are forming support groups, in their towns and online, so that nobody has to face it alone.\nA good stammering support group can give you all of that, and as awareness spreads, so do the groups we see appearing.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same title and opening with "Our support group meets on the second Tuesday\u2026, 7 to 8:30 pm" is still that group\'s page',
    text: 'Stammering Support Groups\nA note from the Eastvale Speaking Circle\nThese adults are forming support groups all over the country, and ours is one of them: a free, peer-led circle for anyone who stammers.\nOur support group meets on the second Tuesday of each month, 7 to 8:30 pm, at Eastvale Library. You do not need to book; just come along. The circle is not speech therapy.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a fellowship\'s founding in 1987, when a nurse "started a group for others", is history, not news of a new group',
    text: '# Clutter Recovery Meetings\n\nHoarders and Clutterers Anonymous is a support group for people whose homes are overrun by things they cannot let go of. It was founded in Bristol in 1987: a retired nurse who had found help in another twelve-step fellowship applied the steps to her own hoard and started a group for others in the same situation.\n\nIt is open to anyone who wants to stop living under clutter. No diagnosis is needed.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the founding year beside "a member has started a new group", with no meeting given, is still news of one new group',
    text: '# Clutter Recovery Meetings\n\nHoarders and Clutterers Anonymous is a support group for people whose homes are overrun by things they cannot let go of. It was founded in Bristol in 1987. This spring a Harwick member has started a new group for newcomers in the town.\n\nIt is open to anyone who wants to stop living under clutter. No diagnosis is needed.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "the founding year beside the town group's Thursday 7 pm meeting at St Luke's Hall is still that group's page",
    text: "# Harwick Clutterers Anonymous\n\nHoarders and Clutterers Anonymous was founded in Bristol in 1987 as a fellowship for people whose homes are overrun by things. This spring a Harwick member has started a new group for newcomers.\n\nThe Harwick group meets every Thursday at 7 pm in the back room of St Luke's Hall, Mill Lane. There are no fees, and newcomers are always welcome.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a plural title over "some meet weekly, fortnightly or monthly" and "contact the local stroke association office" to find groups in your area is no group\'s page',
    text: '# Stroke Survivor Support Groups\n\nStroke survivor support groups offer information and company to people rebuilding their lives after a stroke. To find out about stroke support groups in your area, contact the local stroke association office.\n\nEvery group has its own style. Some support groups invite speakers, while others just chat; some meet weekly, fortnightly or monthly.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same title over "Our groups meet weekly: Mondays at 2 pm\u2026" is still those groups\' page',
    text: '# Stroke Survivor Support Groups\n\nOur stroke survivor support groups offer information and company to people rebuilding their lives after a stroke.\n\nOur groups meet weekly: Mondays at 2 pm at the Harwick Stroke Centre, and Wednesdays at 6:30 pm by video call. Some weeks we invite a speaker; other weeks we just chat.\n',
    material: true,
    kind: 'support',
  },
];

describe("look-alikes whose self-statement, opening or start is not the page's own group", () => {
  itReadsEach(notItsOwnCases);
});

// "Free" inside a host's name ("Grace Evangelical Free Church", "Harwick Free Library") is a name, not a price: it is no sign of a
// free group, and never quoted as the words a kind rests on.
describe('"Free" inside a name is no sign of a support group', () => {
  it('a circle that meets at "Grace Evangelical Free Church" and names no kind is not read as support on that word alone', () => {
    const r = lint(
      '# Tuesday Evening Circle\n\nOur circle for people living with chronic pain meets at Grace Evangelical Free Church on Tuesdays at 7 pm. Call Anna on 555-0142 to join.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, null, `evidence: ${r.kindEvidence.join(', ')}`);
    assert.deepEqual(
      r.problems.map((p) => p.rule),
      ['declare-kind'],
    );
  });
  it('the same circle that says "It is free" reads as support, and the evidence is that "free", not the name', () => {
    const r = lint(
      '# Tuesday Evening Circle\n\nOur circle for people living with chronic pain meets at Grace Evangelical Free Church on Tuesdays at 7 pm. It is free. Call Anna on 555-0142 to join.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'support');
    assert.deepEqual(r.kindEvidence, ['"free"']);
  });
  it("a circle whose members help one another reads as support on the peers' words, without quoting the church's name", () => {
    const r = lint(
      '# Tuesday Evening Circle\n\nThe circle meets at Grace Evangelical Free Church on Tuesdays at 7 pm. Members help one another, and volunteers host each meeting.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'support');
    assert.deepEqual(r.kindEvidence, ['"Members help one another"', '"volunteers"']);
  });
});

// Group pages the engine passed over: minutes or an archive over a group's own schedule told now in the first person plural, with
// its kind named (A); a dated news release that gives a new group's start date but no clock time (B); a founder's "I have set up a
// group…" under a title naming one group (C); a service's own "treatment groups" (D). Each beside a near-miss that keeps its reading.
const ownScheduleCases: Case[] = [
  {
    name: 'A: minutes of a group\'s own evening ("Minutes of Our 3 March Evening") whose writers say "We will go on meeting on the first Monday of every month" and name "the bereavement support group" are that group\'s page',
    text: '# Minutes of Our 3 March Evening\n\nNine of us met in the back room of the Wellmore Quaker House on 3 March. We caught up on how the winter had gone, and a few people talked about anniversaries that had been hard this year.\n\nWe talked about where the bereavement support group goes next, and settled two things.\n\nWe will go on meeting on the first Monday of every month, from 7 to 8:30 pm, in the same back room. Tea and biscuits stay on the table.\n\nTwice a year we will ask a guest to talk with us, and the other evenings stay for open sharing. Thanks to everyone who sent in ideas.\n\nOur next evening is 7 April. Anyone who has lost someone is welcome; come to the garden door.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a committee\'s minutes that name the support group\'s leaflet and give "Next committee meeting: 7 April" stay minutes',
    text: "# 3 March Committee Meeting Notes\n\nPresent: T. Amsel (chair), B. Okoro (treasurer), L. Petit (secretary).\nApologies: S. Ward.\n\n1. The notes of the February meeting were agreed.\n2. Treasurer's report: the room hire for the year is paid; the account holds £380.\n3. The chair said the bereavement support group's leaflet is out of date. L. Petit will ask for new prices.\n4. Any other business: none.\n\nNext committee meeting: 7 April, 6:30 pm, at the treasurer's house.\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same evening\'s minutes told in the past ("We met on the first Monday of every month that winter") stay minutes',
    text: '# Minutes of Our 3 March Evening\n\nNine of us met in the back room of the Wellmore Quaker House on 3 March. We caught up on how the winter had gone, and a few people talked about anniversaries that had been hard this year.\n\nWe talked about where the bereavement support group goes next, and settled two things.\n\nWe met on the first Monday of every month that winter, from 7 to 8:30 pm, in the same back room. Tea and biscuits stay on the table.\n\nTwice a year we will ask a guest to talk with us, and the other evenings stay for open sharing. Thanks to everyone who sent in ideas.\n\nOur next evening is 7 April. Anyone who has lost someone is welcome; come to the garden door.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same minutes naming no kind of group ("where the evenings go next") stay minutes: the kind would rest on no word of the page\'s',
    text: '# Minutes of Our 3 March Evening\n\nNine of us met in the back room of the Wellmore Quaker House on 3 March. We caught up on how the winter had gone, and a few people talked about anniversaries that had been hard this year.\n\nWe talked about where the evenings go next, and settled two things.\n\nWe will go on meeting on the first Monday of every month, from 7 to 8:30 pm, in the same back room. Tea and biscuits stay on the table.\n\nTwice a year we will ask a guest to talk with us, and the other evenings stay for open sharing. Thanks to everyone who sent in ideas.\n\nOur next evening is 7 April. Anyone who has lost someone is welcome; come to the garden door.\n',
    material: false,
    kind: null,
  },
  {
    name: 'A: a category archive whose one post is a leader\'s own, "We meet every other month on a Saturday morning at the Copper Kettle café", under "the Ashby lupus support group", is that group\'s page',
    text: '# Category: Support Groups\n\n## Say hello to Priya Lal, who now leads our Ashby support group\n\nWe spent an afternoon with Priya Lal, who has just taken on the Ashby lupus support group and would love to meet new people. To join or to ask her something first, write to the branch office.\n\n**How did you come to lead it?**\n\nWhen I was told I had lupus I knew nobody else who had it. I want the next person to find someone to talk to straight away.\n\n**When and where does the group get together?**\n\nWe meet every other month on a Saturday morning at the Copper Kettle café on Ashby high street. Once a year a rheumatology nurse comes along to answer questions.\n\n**What do you get from it?**\n\nFriends who understand being tired for no reason anyone can see. We share tips and we laugh a lot.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a category archive of three article teasers on support groups in general stays an archive',
    text: '# Category: Support Groups\n\n## What to ask before you go to your first support group\n\nGroups differ a great deal. Before you go, find out who leads the meetings, whether newcomers can just turn up, and how much you will be asked to say. Read more →\n\n## Online groups and the people they suit\n\nFor people who live far from a town, or who find a room of strangers daunting, an online forum may be an easier first step. Read more →\n\n## Why some hospitals host groups and others do not\n\nHospitals tend to host groups where a clinic already sees many patients with one condition, and lean on volunteers to run them. Read more →\n',
    material: false,
    kind: null,
  },
  {
    name: 'A: a co-leader\'s page, "We run it for an hour and a half, once a fortnight, at the Fernside wellbeing centre … We are open to more", that names the hearing voices support group is not overruled by the page model',
    text: 'Fernside Voices //// writing //// recovery //// links\n\nA peer group for people who hear voices\n\nI help to run a local group for people who hear voices, and I want to say something about it, but first a little about my own mental health.\n\nI have heard voices since my late teens and was given a diagnosis of psychosis. For years I believed the voices belonged to people around me. Slowly I came to understand them as part of my own mind, and since then they have lost most of their hold. They still come back when I am tired or worried, but mostly I can let them be.\n\nSome time ago I asked the local mental health team whether anyone there knew much about voices, and I was introduced to a community psychiatric nurse who was about to start a local hearing voices support group. She asked me to co-facilitate it with her. We run it for an hour and a half, once a fortnight, at the Fernside wellbeing centre. We chose the centre because it is not a hospital and feels less formal. It is an open group: nobody has to commit to coming, and it is only for people who hear voices or used to. Besides the two of us there are usually six or seven people. We are open to more.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same page naming no kind of group ("a local hearing voices group") is still overruled: its kind would rest on a model\'s guess, not the page\'s words',
    text: 'Fernside Voices //// writing //// recovery //// links\n\nA peer group for people who hear voices\n\nI help to run a local group for people who hear voices, and I want to say something about it, but first a little about my own mental health.\n\nI have heard voices since my late teens and was given a diagnosis of psychosis. For years I believed the voices belonged to people around me. Slowly I came to understand them as part of my own mind, and since then they have lost most of their hold. They still come back when I am tired or worried, but mostly I can let them be.\n\nSome time ago I asked the local mental health team whether anyone there knew much about voices, and I was introduced to a community psychiatric nurse who was about to start a local hearing voices group. She asked me to co-facilitate it with her. We run it for an hour and a half, once a fortnight, at the Fernside wellbeing centre. We chose the centre because it is not a hospital and feels less formal. It is an open group: nobody has to commit to coming, and it is only for people who hear voices or used to. Besides the two of us there are usually six or seven people. We are open to more.\n',
    material: false,
    kind: null,
  },
  {
    name: 'B: a dated news release with a byline, "Starting February 9, the balance clinic … will run a fortnightly support group", is that group\'s notice, with no clock time',
    text: 'January 14, 2022\n\nNew support group for people living with vertigo\n\nStarting February 9, the balance clinic at Kestrel Hospital will run a fortnightly support group for adults living with vertigo, the spinning and unsteadiness that can make walking, driving and work hard.\n\nby Tom Ellery\n\nThe idea came from a patient, Ruth Sandor, who has had vertigo for nine years and asked her physiotherapist whether other people found it as wearing as she did.\n\n"For years I thought I was the only one who felt like this," said Sandor.\n\nThe group will share practical tips on balance exercises from the clinic\'s physiotherapists, along with the understanding of others who live with the same dizziness.\n\n"Just hearing someone else put it into words has already helped," said Sandor.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a dated feature on the same group's first year, told in the past with no way to come, stays a news report",
    text: 'January 14, 2022\n\nVertigo support group looks back on its first year\n\nby Tom Ellery\n\nA year ago, a handful of patients met at Kestrel Hospital for the first meeting of a vertigo support group started by patient Ruth Sandor, who had lived with the condition for nine years.\n\n"For years I thought I was the only one who felt like this," said Sandor.\n\nMembers talked about swapping tips on balance exercises, and about the relief of being understood by others who live with the same dizziness.\n\n"Just hearing someone else put it into words helped more than I expected," said one member.\n',
    material: false,
    kind: null,
  },
  {
    name: 'C: "I have just set up a group for grandparents…" under the title "Support Group for Grandparents Raising Grandchildren" is that new group\'s page',
    text: "# Support Group for Grandparents Raising Grandchildren\n\nI have just set up a group for grandparents who have taken on the raising of their grandchildren.\n\nPlenty of grandparents never expected to be doing school runs and homework again in their sixties, and friends their own age do not always understand the tiredness or the worry about the children's parents.\n\nIt is an online group, where you can ask questions, swap ideas and find some company with people in the same position.\n\nPlease tell any grandparents you know who are bringing up grandchildren, and ask them to come along.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'the same title as a question over advice, "you could set up a small online group", is no group\'s page',
    text: '# Support Group for Grandparents Raising Grandchildren?\n\nA reader asked whether there is anything for grandparents who have taken on the raising of their grandchildren.\n\nMany grandparents did not expect to be doing school runs and homework again in their sixties, and friends their own age do not always understand the tiredness or the worry.\n\nIf you cannot find anything nearby, you could set up a small online group where grandparents can ask questions and swap ideas. Your local family centre may know of one first.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same title over "Years ago I started a group…", told in the past with no way to come, is no group\'s page',
    text: "# Support Group for Grandparents Raising Grandchildren\n\nYears ago I started a group for grandparents who had taken on the raising of their grandchildren.\n\nPlenty of grandparents never expected to be doing school runs and homework again in their sixties, and friends their own age do not always understand the tiredness or the worry about the children's parents.\n\nIt was an online group, where people could ask questions, swap ideas and find some company with people in the same position.\n\nIt closed when most of the children had grown up, and I still miss it.\n",
    material: false,
    kind: null,
  },
  {
    name: 'D: a programme\'s page on its "Parenting treatment groups" ("Our treatment groups follow a structured curriculum", an intake appointment, "Groups meet for at least thirty hours") reads as group therapy',
    text: "# Family Programme Information\n\n## Who the groups are for\n\nParenting treatment groups are for mothers, fathers and carers who have been asked by the court or by a social worker to complete a parenting course. They are meant for homes where there has been violence or neglect, or where the risk of it is high. Each parent first has an intake appointment with one of our family workers, so we can check the programme fits and whether other help is needed.\n\n## What we cover\n\nOur treatment groups follow a structured curriculum built on attachment and on how children learn from what they see. The longer format leaves time to work through each subject, so that habits can shift. Subjects include warmth, discipline without hitting, limits, the parent's own childhood, loss, sharing care with an ex-partner and handling stress. Groups meet for at least thirty hours in all.\n",
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a study\'s findings, "randomly assigned to a treatment group or a control group", name no group therapy',
    text: '# Findings of the Family Programme Study\n\n## How we ran the study\n\nParents sent by the family court were randomly assigned to a treatment group or a control group. Parents in the treatment group took part in a parenting course built on attachment; parents in the control group had the usual services. Every parent was assessed for an hour before and after.\n\n## What we found\n\nSix months on, parents in the treatment group scored higher on warmth and lower on harsh discipline than parents in the control group. The difference was modest but lasted to a year. Larger studies are needed.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a service\'s news ("Our treatment groups for parents have grown"), with no way into the groups now, names no group therapy',
    text: "# What's New at Riverside Family Services\n\nThis has been a busy year for Riverside Family Services. Our treatment groups for parents have grown, and we have welcomed two new family workers to the staff.\n\nIn the spring we moved into the old library building on Cole Street, which gives the treatment groups more room. Staff also completed a course on trauma-informed practice, and our annual picnic raised money for the toy library.\n\nWe are grateful to the county and to our donors for their support, and we look forward to another year of helping families.\n",
    material: false,
    kind: null,
  },
];

describe("a group's own schedule now under a minutes or archive title, a news release's start date, a founder's new group and treatment groups", () => {
  itReadsEach(ownScheduleCases);
});

// A kind's name as the subject of its own denied verb, a locator's wording, and trained staff who run a group.
const deniedSubjectLocatorStaffCases: Case[] = [
  {
    name: '"Group therapy is not just a support group" on a practice\'s group page names its own kind, not a support group',
    text: '# Groups at Fernbrook Counselling\n\nGroup therapy is not just a support group. In our groups, a psychologist helps members notice how they relate to one another, and members try out new ways of speaking up in a safe room.\n\nOur Tuesday group runs for twelve weeks. Each session costs $45, and some insurance plans cover it. Call Dr. Lena Ortiz, PsyD, on 555-0182 to arrange a first interview.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Our bereavement support group is not a substitute for counselling", with its day, place and "free", is that support group\'s page',
    text: '# Widowed Friends, Ashcombe\n\nOur bereavement support group is not a substitute for counselling. It is for anyone who has lost a husband, wife or partner, however long ago.\n\nWe meet on the second Thursday of each month at 2 pm in the Ashcombe Library reading room. It is free, and there is no need to book.\n\nVolunteers who have been widowed themselves host each meeting.\n',
    material: true,
    kind: 'support',
  },
  {
    name: '"This support group is not just for new fathers", with its Saturdays and centre, is that support group\'s page',
    text: '# Dads Together\n\nThis support group is not just for new fathers: dads of teenagers come too.\n\nWe meet every other Saturday at 10 am at the Parkside Family Centre, Orchard Road. Coffee is on us, and it costs nothing to come.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an explainer whose subjects are support groups in general ("Support groups are not a substitute…", "A support group is not group therapy") is still no group\'s page',
    text: '# Choosing a group\n\nSupport groups are not a substitute for treatment. A support group is not group therapy either: nobody there is your clinician.\n\nAsk your doctor which kind would suit you, and look for one that meets at a time you can manage.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Group therapy is not offered here" on a support group\'s flyer still denies group therapy',
    text: "# Stroke Survivors' Coffee Morning\n\nGroup therapy is not offered here. This is a support group run by survivors and their families, and it is free.\n\nWe meet on the first Monday of the month at 10:30 am in the Hillside Church hall. Just come along.\n",
    material: true,
    kind: 'support',
  },
  {
    name: '"This is not just a support group; it is a second family" on a widows\' circle is still a support group',
    text: "# Thursday Widows' Circle\n\nThis is not just a support group; it is a second family. Widows of any age meet for tea and talk on Thursdays at 2 pm in the St Bride's church room.\n\nIt is free, and it is run by members who have been widowed themselves.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'a news item on a course at several churches that sends readers to "find a program near you" is no group\'s page',
    text: 'HALVERTON, Mont. (KHLV) — A divorce recovery support group is starting up again across the Halverton valley. Several churches will open their halls this winter to host the ten-week Mended Roads course.\n\nThe course is for anyone whose marriage has ended, whatever the reason and however long ago. Mended Roads lets people work through the loss with a warm and patient group of others who have been there. You will learn how to talk about what happened and do some reading and reflection at home each week.\n\nVolunteer leaders who have been through a divorce themselves host the evenings and help people find their feet again. Everything shared stays private.\n\nThe course started twenty years ago in one town in Ohio and is now offered in every state. To find a program near you, open the course website.\n\nYou can also follow the link to see the courses starting in Halverton on January 14th and January 16th. Guidebooks start at $20. For more information on Mended Roads, follow the link.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same item that says "search by zip code to find the nearest host church" is no group\'s page',
    text: 'HALVERTON, Mont. (KHLV) — A divorce recovery support group is starting up again across the Halverton valley. Several churches will open their halls this winter to host the ten-week Mended Roads course.\n\nThe course is for anyone whose marriage has ended, whatever the reason and however long ago. Mended Roads lets people work through the loss with a warm and patient group of others who have been there. You will learn how to talk about what happened and do some reading and reflection at home each week.\n\nVolunteer leaders who have been through a divorce themselves host the evenings and help people find their feet again. Everything shared stays private.\n\nThe course started twenty years ago in one town in Ohio and is now offered in every state. Every program is listed on the course website: search by zip code to find the nearest host church.\n\nYou can also follow the link to see the courses starting in Halverton on January 14th and January 16th. Guidebooks start at $20. For more information on Mended Roads, follow the link.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same item for one church\'s group, with its Tuesdays, address and number, is still that group\'s notice though it also says "find a program near you"',
    text: 'HALVERTON, Mont. (KHLV) — A divorce recovery support group is starting up again at Halverton First Baptist Church. The church will host the ten-week Mended Roads course in its fellowship hall this winter.\n\nThe course is for anyone whose marriage has ended, whatever the reason and however long ago. Mended Roads lets people work through the loss with a warm and patient group of others who have been there. You will learn how to talk about what happened and do some reading and reflection at home each week.\n\nVolunteer leaders who have been through a divorce themselves host the evenings and help people find their feet again. Everything shared stays private.\n\nThe course started twenty years ago in one town in Ohio and is now offered in every state. To find a program near you elsewhere, open the course website and do a zip code search.\n\nThe Halverton group meets on Tuesdays at 7 pm from January 14th at the church, 210 Main Street. To sign up, call the church office at 555-0131.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a workshop "run by people who have been professionally trained" (mediators) is group material that never names its kind, not a peer group',
    text: 'A Fresh Start group is a one-morning workshop for parents who are living apart. Parents hear how a separation can feel to a child and learn what they can do to help their children feel secure in both homes.\n\nFresh Start groups are held at our Millgate and Dunsford family centres on the first Saturday of each month. You will be able to talk with other parents in the same position. Each group is hosted by two family workers, so you can also ask about arrangements with your former partner.\n\nSee our events page for the next dates. Upcoming Fresh Start group dates: Saturday 5th April and Saturday 3rd May.\n\nHow long is the group?\nParents attend one three-hour group. Groups usually run in pairs, one in the morning and one in the afternoon, so that both parents can come to a different group on the same day.\n\nWill my former partner be in my group?\nParents who have separated usually go to different groups.\n\nDo I have to talk about my own situation?\nThere is time to talk and to hear how other parents cope, but you decide how much you share. Everyone who attends is asked to keep the session confidential.\n\nWho leads the groups?\nFresh Start groups are run by people who have been professionally trained for this work. They are qualified family mediators or have supported separating families for many years.\n',
    material: true,
    kind: null,
  },
  {
    name: 'the same workshop "run by people who have been through a separation themselves", as volunteers, is still a peer group',
    text: 'A Fresh Start group is a one-morning workshop for parents who are living apart. Parents hear how a separation can feel to a child and learn what they can do to help their children feel secure in both homes.\n\nFresh Start groups are held at our Millgate and Dunsford family centres on the first Saturday of each month. You will be able to talk with other parents in the same position. Each group is hosted by two family workers, so you can also ask about arrangements with your former partner.\n\nSee our events page for the next dates. Upcoming Fresh Start group dates: Saturday 5th April and Saturday 3rd May.\n\nHow long is the group?\nParents attend one three-hour group. Groups usually run in pairs, one in the morning and one in the afternoon, so that both parents can come to a different group on the same day.\n\nWill my former partner be in my group?\nParents who have separated usually go to different groups.\n\nDo I have to talk about my own situation?\nThere is time to talk and to hear how other parents cope, but you decide how much you share. Everyone who attends is asked to keep the session confidential.\n\nWho leads the groups?\nFresh Start groups are run by people who have been through a separation themselves. They give their time as volunteers.\n',
    material: true,
    kind: 'support',
  },
];

describe("a kind's name whose own verb is denied, programmes near you, and groups run by trained staff", () => {
  itReadsEach(deniedSubjectLocatorStaffCases);
  it('"Other support groups are not led by clinicians" on a practice\'s page names others\' groups, not its own', () => {
    const r = lint(
      '# Groups at Fernbrook Counselling\n\nOther support groups are not led by clinicians. Our groups are: a psychologist helps members notice how they relate to one another.\n\nThe Tuesday group runs for twelve weeks. Each session costs $45. Call Dr. Lena Ortiz, PsyD, on 555-0182 to arrange a first interview.\n',
      { path: '/t.md' },
    );
    assert.notEqual(r.kind, 'support', `evidence: ${r.kindEvidence.join(', ')}`);
  });
});

// Explainers on practices' sites and blogs ("What to expect in your first group therapy session", "Top things to know about group
// therapy", advice columns, tips lists) name group therapy as a topic. Under a title naming the kind, or naming it again and again,
// an uncounted "session(s)" ties no reader's guide (a guide's title naming the kind, or "your first session") to a group, nor does a reader's-guide title's own word "group"; "it is … in group therapy" and
// "…, group therapy gives…" are no self-statements; "meet very different needs" is no meeting; "One more group therapy tip:" heads
// a tip, and "a client starting a group" is anyone's. The same pages from a group of their own keep their reading.
const explainerCases: Case[] = [
  {
    name: 'a blog\'s guide to a first group therapy session under "What Happens in a First Group Therapy Session", tied only by "session(s)", is no group\'s page',
    text: '# What Happens in a First Group Therapy Session\n\nWalking into a room of strangers can feel daunting. This post from the Birchwood Counselling blog sets out what a first session tends to look like.\n\n## The opening\n\nMost sessions begin with each person saying their first name. The therapist explains how the group keeps what is said in the room.\n\n## The middle\n\nPeople talk about what brought them, and others respond. Nobody is made to speak, and quiet listening is part of it too. A nervous feeling in your first session is common and passes with time.\n',
    material: false,
    kind: null,
  },
  {
    name: "the same guide from a practice whose Wednesday group meets at a time and place, with a number to ring, is still that group's page",
    text: '# What Happens in a First Group Therapy Session\n\nWalking into a room of strangers can feel daunting. Here is what a first session looks like in the Wednesday group at Birchwood Counselling.\n\n## The opening\n\nOur group meets every Wednesday from 5:30 to 7 pm at 22 Elm Street. Each session begins with each person saying their first name, and our therapist explains how the group keeps what is said in the room.\n\n## Joining\n\nRing us on 555-310-2290 to arrange a short chat before your first session.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a page with no title that tells the reader what "your first session" will be, naming group therapy three times and tied only by "session", is no group\'s page',
    text: 'I still recall sitting in the car park before my first session, half ready to drive home. Friends ask me now what group therapy was really like.\n\nMost people imagine group therapy as a spotlight on whoever talks. In truth a trained facilitator keeps the pace gentle, and each member chooses what to bring.\n\nYour first session will mostly be introductions. By the fourth session the faces are familiar and the stories start to link up. What stays with me from group therapy is how often the room laughed.\n',
    material: false,
    kind: null,
  },
  {
    name: "the same page where the writer now helps run the group, on Thursdays at 6 pm, is still that group's page",
    text: 'I still recall sitting in the car park before my first session, half ready to drive home. Friends ask me now what group therapy was really like.\n\nMost people imagine group therapy as a spotlight on whoever talks. In truth a trained facilitator keeps the pace gentle, and each member chooses what to bring.\n\nYour first session will mostly be introductions. By the fourth session the faces are familiar and the stories start to link up. What stays with me from group therapy is how often the room laughed.\n\nThese days I help run that group at the Northgate Clinic. It meets on Thursdays at 6 pm, and new members can join in any month.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a name line, "Spring Group Therapy for Young Adults", is still tied by "Sessions begin in March" on a page that is no reader\'s guide',
    text: 'Spring Group Therapy for Young Adults\n\nGroups help young adults practise new ways of coping alongside peers. Sessions begin in March.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'an explainer under "Your First Group Therapy Session" naming the kind again and again is not tied to a group by the guide title\'s word "group"',
    text: '# Your First Group Therapy Session\n\nStarting group therapy can feel like a leap. Knowing how your first session runs can make it easier.\n\n## Before you arrive\n\nIn group therapy, a few people sit down with a trained therapist to talk about what weighs on them. Hearing others can ease the sense of being alone.\n\n## During a session\n\nThe therapist welcomes everyone and sets out the ground rules. After that the session opens up, and group therapy often ends with a short round of thoughts.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a piece under "Top Things to Know About Group Therapy" whose only tie is "group therapy sessions" is no group\'s page',
    text: '# Top Things to Know About Group Therapy\n\nIf you have only ever thought of counselling as one-to-one, group therapy may be unfamiliar. Here are a few things worth weighing.\n\n## It often costs less\n\nBecause several people share the hour, each usually pays less than for a private session. Ask whether your plan covers group therapy.\n\n## It sits beside other help\n\nMany people keep their private sessions and add group therapy sessions alongside.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same piece on "the group we run", $45 a session, on Monday evenings, is still that group\'s page',
    text: '# Top Things to Know About Group Therapy\n\nIf you have only ever thought of counselling as one-to-one, group therapy may be unfamiliar. Here are a few things about the group we run at Ashdown Counselling.\n\n## It often costs less\n\nOur group is $45 a session, far below a private hour, and we accept most insurance.\n\n## It sits beside other help\n\nMany of our members keep their private sessions and come to the group on Monday evenings.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a guide whose only "meet" is groups "set up to meet very different needs" is no group\'s page (a need two words on is met, not a meeting)',
    text: '# What to Expect From Group Therapy\n\nCurious about group therapy? It is normal to feel unsure at the start. This article from the Fenwick Wellness blog covers how groups tend to work.\n\n## Different groups\n\nGroups vary a great deal, each set up to meet very different needs. Some build skills for low mood, while others give room to talk about a loss.\n\n## On the day\n\nCome a little early so you can settle. Feeling tense in your first session is common and usually eases after a couple of weeks.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same guide whose own groups meet every Monday evening and on the second Friday is still their page',
    text: '# What to Expect From Group Therapy\n\nCurious about group therapy? It is normal to feel unsure at the start. This article from the Fenwick Wellness blog covers how our groups work.\n\n## Our groups\n\nOur mood-skills group meets every Monday evening, and our bereavement group meets on the second Friday of the month. Each is set up to meet very different needs.\n\n## On the day\n\nCome a little early so you can settle. Feeling tense in your first session is common and usually eases after a couple of weeks.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"It is okay to stay quiet in group therapy at first" in an advice column is what one does in such groups, not what the page is',
    text: 'Letter: My doctor suggested a group, but I dread speaking up in front of people. Should I go?\n\nReply from Marcus Lee, LCSW: Many people feel exactly this. It is okay to stay quiet in group therapy at first. Realising others share your worries can lighten them.\n\nRemember that you decide what to share. Talk it through with your doctor first.\n',
    material: false,
    kind: null,
  },
  {
    name: '"The group I run at Oakfield Clinic is group therapy" in the same column is still its own word on its kind',
    text: 'Letter: My doctor suggested a group, but I dread speaking up in front of people. Should I go?\n\nReply from Marcus Lee, LCSW: Many people feel exactly this. The group I run at Oakfield Clinic is group therapy, and it is perfectly all right to say very little for the first few weeks. Realising others share your worries can lighten them.\n\nRemember that you decide what to share. Talk it through with your doctor first.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Compared with one-to-one work, where the hour is about one person, group therapy lets…" is a new clause about the kind, not what the page is',
    text: 'Some people open up best with one counsellor behind a closed door. Others find it easier among people who know the same struggle.\n\nCompared with one-to-one work, where the hour is about one person, group therapy lets each member see how others manage and try out new ways of responding.\n\nA skilled facilitator steers the talk and keeps it respectful. You choose how much to say.\n',
    material: false,
    kind: null,
  },
  {
    name: '"Our Friday afternoon group … is, in short, group therapy:" is still a group\'s word on its kind',
    text: 'Some people open up best with one counsellor behind a closed door. Others find it easier among people who know the same struggle.\n\nOur Friday afternoon group at Wrenfield House is, in short, group therapy: each member sees how others manage and tries out new ways of responding.\n\nA skilled facilitator steers the talk and keeps it respectful. You choose how much to say.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a tips list ending "One more group therapy tip:", with "a client starting a group" said of anyone, names no group of its own',
    text: '1. You may stay silent. Apart from your first name, nobody will push you to talk until you want to.\n2. It is cheaper. A seat in a group usually costs less than the same hour with a counsellor alone.\n3. It works with other care. A client starting a group often keeps seeing their own counsellor too.\n4. You meet people further along. Newcomers and people who are past the worst both have something to offer.\n\nOne more group therapy tip: try at least three meetings before you judge it.\n\nBy Helena Ortiz, LPC\n',
    material: false,
    kind: null,
  },
  {
    name: "the same tips list from a group that costs $30 a meeting and meets on Tuesdays at 7 pm is still that group's page",
    text: '1. You may stay silent. Apart from your first name, nobody will push you to talk until you want to.\n2. It is cheaper. Our group costs $30 a meeting, far less than the same hour with a counsellor alone.\n3. It works with other care. Members often keep seeing their own counsellor too.\n4. You meet people further along. Newcomers and people who are past the worst both have something to offer.\n\nOne more group therapy tip: try at least three meetings before you judge it. The group meets on Tuesdays at 7 pm at the Harbour Road office.\n\nBy Helena Ortiz, LPC\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Group therapy schedule: Tuesdays, 7 to 8:30 pm" still heads the group\'s own particulars',
    text: 'Feeling stuck with worry? Talking it through alongside others who understand can help.\n\nGroup therapy schedule: Tuesdays, 7 to 8:30 pm, at the Harbour Road office, led by Helena Ortiz, LPC.\n\nCall 555-884-1200 to book a short chat first.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: '"We are starting a group for new parents this spring" is still a group of the page\'s own',
    text: '1. You may stay silent. Apart from your first name, nobody will push you to talk until you want to.\n2. It is cheaper. A seat in a group usually costs less than the same hour with a counsellor alone.\n\nWe are starting a group for new parents this spring, run by Helena Ortiz, LPC, on Thursday mornings at the Harbour Road office.\n',
    material: true,
    kind: 'therapy',
  },
];

describe('explainers on group therapy tied only by "session(s)", a guide title, a preposition or a label, beside groups\' own pages', () => {
  itReadsEach(explainerCases);
  it('on a page that speaks of \'your first session\' under a bare kind title, "Group Therapy", the kind named again and again is still tied by that title', () => {
    const r = lint(
      '# Group Therapy\n\nStarting group therapy can feel like a leap. Knowing how your first session runs can make it easier.\n\n## Before you arrive\n\nIn group therapy, a few people sit down with a trained therapist to talk about what weighs on them. Hearing others can ease the sense of being alone.\n\n## During a session\n\nThe therapist welcomes everyone and sets out the ground rules. After that the session opens up, and group therapy often ends with a short round of thoughts.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupReason, 'it speaks of group therapy again and again');
    assert.equal(r.kind, 'therapy');
  });
  it('"The circle I run … is a form of group therapy" is still the page\'s own word on its kind', () => {
    const r = lint(
      'Letter: My doctor suggested a group, but I dread speaking up in front of people. Should I go?\n\nReply from Marcus Lee, LCSW: Many people feel exactly this. The circle I run at Oakfield Clinic is a form of group therapy, and nobody is pushed to speak before they are ready. Realising others share your worries can lighten them.\n\nRemember that you decide what to share. Talk it through with your doctor first.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupReason, 'it says it is group therapy');
    assert.equal(r.kind, 'therapy');
  });
});

// A denial that runs on through a short aside in brackets: "not a bereavement (loss and grief) or therapy group". (Not one the aside
// holds: its negation ends with its bracket.)
const asideCases: Case[] = [
  {
    name: 'a support group that says it is "not a grief (bereavement) or therapy group" denies both: support, and no conflict',
    text: '# Support Group for Families After a Road Death\n\nFamilies who have lost someone on the roads meet on the first Monday of each month at 7 pm in the library annex.\n\nOur support group meetings are not a grief (bereavement) or therapy group. They are a place to talk with people who know this loss.\n',
    kind: 'support',
  },
  {
    name: 'the same denial over a circle that names no kind, "not a counselling service (one to one) or a therapy group", reads as support',
    text: '# Evening Circle for Stroke Survivors\n\nWe meet every Thursday at 6 pm at the community hall, and anyone is welcome.\n\nThe circle is not a counselling service (one to one) or a therapy group.\n',
    kind: 'support',
  },
  {
    name: 'an aside that holds a negation of its own does not carry it past its bracket: "The Tuesday group (no drop-ins) is a therapy group"',
    text: '# Tuesday Group\n\nThe Tuesday group (no drop-ins) is a therapy group led by a licensed psychologist: eight weekly sessions at $50 each.\n',
    kind: 'therapy',
  },
];

describe('a denial that runs on through an aside in brackets', () => {
  itReadsEach(asideCases);
});

// Hosts who say they have lived it rather than being experts: "We are not experts, but we've been there".
const livedItCases: Case[] = [
  {
    name: 'hosts who say "We are not experts, but we\'ve been there", over a ministry that meets on Sundays, run a support group',
    text: "# Widowed Parents Ministry\n\nThis ministry is for anyone raising children after losing a spouse. Two parents who were widowed young lead it.\n\nWe are not experts, but we've been there. Our group meets every Sunday at 6 pm in the parish hall, with a meal and child care.\n",
    kind: 'support',
  },
  {
    name: 'hosts who "have all been where you are" lead a support group too',
    text: '# Dads After Loss\n\nA circle for fathers who have lost a baby. We have all been where you are. Our group meets on the last Tuesday of the month at 7 pm in the church hall.\n',
    kind: 'support',
  },
  {
    name: 'a clinician who says "I\'ve been there" of her own past still runs a therapy group',
    text: "# Postpartum Therapy Group\n\nI am a licensed psychologist and I've been there myself. This is a therapy group: eight weekly sessions, $45 each, billed to insurance.\n",
    kind: 'therapy',
  },
  {
    name: 'a page on experts in general, "we are not experts on tax law", with no group of its own, is no group\'s page',
    text: '# About This Blog\n\nWe are not experts on tax law, but we have been there with our own returns. Here we post what we learn each spring.\n',
    material: false,
    kind: null,
  },
];

describe('hosts who have lived it, not experts', () => {
  itReadsEach(livedItCases);
});

// Writing about a group taken in only by a weak route (a title or an opening sentence naming a kind, news of a new group), with no
// group of its own and no way to come now: a news feature, a forum post, a student paper's item. A way to come, a fee or a course
// length keeps the page a group's.
const weakRouteNoWayInCases: Case[] = [
  {
    name: 'a local feature on a mother who set up "a new support group", with no time, place or contact, is no group\'s page',
    text: '# Hearing Loss No Barrier for Ashby Mum\n\nA new support group for people with hearing loss has been set up in Ashby by a local mother of two.\nDana Whitlock lost most of the hearing in one ear after an illness and felt cut off from friends and work.\nShe grew up on a farm outside the town and trained as a nurse before her illness changed her plans.\nHer husband and two children helped her learn to lip-read, and her employer moved her to a quieter office.\nShe spent months reading about the condition and writing to doctors before deciding others needed somewhere to turn.\nDana now also speaks at schools about the small changes that help.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same feature that ends "anyone who would like to come along can ring Dana on…" is the group\'s notice',
    text: '# Hearing Loss No Barrier for Ashby Mum\n\nA new support group for people with hearing loss has been set up in Ashby by a local mother of two.\nDana Whitlock lost most of the hearing in one ear after an illness and felt cut off from friends and work.\nShe grew up on a farm outside the town and trained as a nurse before her illness changed her plans.\nHer husband and two children helped her learn to lip-read, and her employer moved her to a quieter office.\nShe spent months reading about the condition and writing to doctors before deciding others needed somewhere to turn.\nAnyone who would like to come along can ring Dana on 01632 960123.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a forum reply that opens "A support group for autistic adults runs somewhere in my county" and asks who has been is no group\'s page',
    text: '# Re: anyone been to the local meetup?\n\nA support group for autistic adults runs somewhere in my county, I think, though I have never been.\nI keep meaning to look into it but the idea of walking into a room of strangers puts me off.\nI moved here two years ago for work and still know hardly anyone outside the office.\nMy sister thinks I should just go once and leave early if it is too much, which is probably good advice.\nMost weekends I walk the dog along the canal and listen to podcasts about trains and old railway lines.\nHas anybody here tried one of these and found it worth the nerves?\nI would rather start something around board games or trains where talking is optional.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same reply that gives the day, time and library where it meets is taken in',
    text: '# Re: anyone been to the local meetup?\n\nA support group for autistic adults runs somewhere in my county, I think, though I have never been.\nI keep meaning to look into it but the idea of walking into a room of strangers puts me off.\nI moved here two years ago for work and still know hardly anyone outside the office.\nMy sister thinks I should just go once and leave early if it is too much, which is probably good advice.\nMost weekends I walk the dog along the canal and listen to podcasts about trains and old railway lines.\nHas anybody here tried one of these and found it worth the nerves?\nIt meets on Thursday evenings at 7 pm in the library on Mill Street, if anyone wants to come with me.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a college paper\'s item headed "Spring Group Therapy Sessions Return", on demand and surveys with no way to come, is no group\'s page',
    text: '# Spring Group Therapy Sessions Return\n\nGroup therapy is back at the college this term as more students look for help with stress and low mood.\nStaff said demand rose sharply over the autumn, with waiting lists for one-to-one appointments growing.\nThe counselling team has grown by two posts since last year, and evening appointments were added in October.\nStudent union officers said they had pushed for more help with exam stress for some time.\nNational surveys show a steady rise in students reporting anxiety over the past decade.\nThe college hopes the groups will ease pressure on individual counsellors.\n',
    material: false,
    kind: null,
  },
  {
    name: 'the same item that gives a ten-week course and a fee per session is read as the group therapy it offers',
    text: '# Spring Group Therapy Sessions Return\n\nGroup therapy is back at the college this term as more students look for help with stress and low mood.\nStaff said demand rose sharply over the autumn, with waiting lists for one-to-one appointments growing.\nThe counselling team has grown by two posts since last year, and evening appointments were added in October.\nStudent union officers said they had pushed for more help with exam stress for some time.\nIt runs as a ten-week course, and the fee is $20 per session for students.\nThe college hopes the groups will ease pressure on individual counsellors.\n',
    material: true,
    kind: 'therapy',
  },
];

describe('writing about a group, taken in only by a weak route, with no way to come now', () => {
  itReadsEach(weakRouteNoWayInCases);
});

// Look-alikes taken in as a group's page (lookalike2): a calendar of groups in towns across several states, each entry a "Town, ST"
// line naming its group (the page's "our meetings" in one host's entry notwithstanding), and an article's "This is exactly where
// group therapy can…", which says where such groups help, not what the page is; with the group pages they must not pass over.
const acrossStatesCases: Case[] = [
  {
    name: 'a national calendar of caregiver support groups, each a "Town, ST:" line in a different state, is a directory of others\' groups',
    text: "Oct\n7\nTue\nBrookfield, OH: Caregiver Support Group @ Maple Court Library\nOct 7 @ 1:00 pm\nDunmore, PA: Memory Loss Support Group @ Grace Chapel\nOct 7 @ 6:30 pm\n\nAt our support group meetings people share what the week has been like and pick up practical tips.\n\nOct\n8\nWed\nEaston, MD: Family Caregivers Support Group @ Easton Senior Hall\nOct 8 @ 10:00 am\nKeene, NH: Parkinson's Care Partners Group @ Elm House\nOct 8 @ 2:00 pm\nSalem, OR: Dementia Caregivers Support Group @ Willow Clinic\nOct 8 @ 7:00 pm\n",
    material: false,
    kind: null,
  },
  {
    name: 'the same directory written as a bulleted list of towns and groups is still a directory',
    text: '# Find a group near you\n\n- Ames, IA: Grief Support Group, first Monday at 7 pm\n- Butte, MT: Widowed Persons Group, Tuesdays at 10 am\n- Casper, WY: Loss of a Spouse Support Group, second Thursday at 6 pm\n- Dover, DE: Bereaved Parents Group, third Wednesday at 7 pm\n',
    material: false,
    kind: null,
  },
  {
    name: 'one support group whose members come "from Camden, NJ, Chester, PA, Wilmington, DE and Elkton, MD", in one sentence, is still its page',
    text: '# Tri-State Stroke Survivors Support Group\n\nOur free peer support group draws members from Camden, NJ, Chester, PA, Wilmington, DE and Elkton, MD.\n\nWe meet on the second Tuesday of each month at 6:30 pm at Riverside Hall, 14 Oak St. Call Pat at 302-555-0144.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a provider's own support groups in four towns of one state, each on its own line, are still its groups' page",
    text: '# Our caregiver support groups\n\nWe run free peer support groups across the state. Call our office at 614-555-0120 to ask about any of them.\n\n- Akron, OH: Caregiver Support Group, first Monday at 6 pm\n- Dayton, OH: Caregiver Support Group, second Tuesday at 10 am\n- Toledo, OH: Caregiver Support Group, third Wednesday at 7 pm\n- Xenia, OH: Caregiver Support Group, fourth Thursday at 1 pm\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'an article\'s "This is exactly where group therapy can be a real help" names no group of the page\'s own',
    text: '# Living with long-term pain\n\nPain that never lets up can wear down mood, sleep and friendships alike. Many people feel nobody around them understands.\n\nThis is exactly where group therapy can be a real help on the way to feeling better.\n\nMeeting others who live with the same thing can ease shame and loneliness, and people often pick up new ways of coping from one another.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a post\'s "That is precisely why group therapy works for so many people" names none either',
    text: '# Why talking in a circle helps\n\nPeople who hide their struggles tend to believe they are the only ones.\n\nHearing someone else say the same thing out loud can change that. That is precisely why group therapy works for so many people who have felt alone.\n\nIt can take a few weeks before new members feel ready to speak.\n',
    material: false,
    kind: null,
  },
  {
    name: '"This group is really group therapy, led by two psychologists" still says what the page\'s group is',
    text: '# Tuesday Evening Group\n\nThis group is really group therapy, led by two clinical psychologists. Sessions run for twelve weeks and cost $45 each.\n\nWe meet at 6 pm in Suite 4. Call 555-0190 for an intake.\n',
    material: true,
    kind: 'therapy',
  },
];

describe('directories of groups across several states, and "is exactly where group therapy…"', () => {
  itReadsEach(acrossStatesCases);
});

// An explainer of levels of care under a kind's title (lookalike2): "see our page on support groups" is the site's page, not a group
// of its own, and "Typically a group meeting once a week in a clinic" describes a level of care in general; with the group pages that
// say the same of their own group.
const levelsExplainerCases: Case[] = [
  {
    name: 'an explainer titled "Group Therapy for Anxiety" with "see our page on peer support groups" and levels of care "Typically a group meeting weekly in a clinic" is no group\'s page',
    text: '# Group Therapy for Anxiety\n\nAnxiety often calls for professional help, and many people also find it useful to be part of a group.\n\nHearing others describe the same fears can make them feel less strange. For other options, see our page on peer support groups and helplines.\n\nTherapy groups are led by professionals and may be paid for by insurance.\n\n- Outpatient group: typically a group meeting once a week in a clinic.\n- Intensive group: usually groups meeting three mornings a week in a hospital.\n',
    material: false,
    kind: null,
  },
  {
    name: 'a clinic\'s own group, "Typically, our group meets every Monday at the Elm Street clinic", is still its page',
    text: '# Group Therapy for Anxiety\n\nTypically, our group meets every Monday at the Elm Street clinic. It is led by a licensed psychologist and costs $40 a session.\n\nCall 555-0160 to book an assessment.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a group\'s page that says "This article about our support group was written by members" is still its own group',
    text: "# Riverton Carers' Support Group\n\nOur support group meets on the first Tuesday of every month at 7 pm in the Riverton Library. It is free and run by carers.\n\nThis page about our group was written by members. Call Sam on 555-0101.\n",
    material: true,
    kind: 'support',
  },
];

describe('explainers of levels of care: "our page on support groups", "typically a group meeting weekly in a clinic"', () => {
  itReadsEach(levelsExplainerCases);
});

// A practitioner's page for a structured group, whose words ("groups", "set", "went", "mental health") read to the page model as
// writing about groups: the leader telling the reader, in the first or second person and the future, what happens in this group
// makes it that group's page. Near misses: quoted, told in the past, in the third person, denied, in a code block.
const OWN_GROUP_PLAN_BODY =
  'Twelve Week Adult Sibling Loss Groups\nHas the death of a brother or sister left you feeling unseen? Do friends expect you to have moved on by now? Would it help to sit with others who know that particular grief? If so, group therapy may be a good fit for you!\nThis structured twelve week* group is set out around the Bridges model of grief work, made popular by Ruth Ellery. The group is set in three parts:\nPART 1: The Family Before and After\nFor the first month of this group, members set the family as it was before the death side by side with the family as it is now, to understand what went on and what went missing. This part leans on worksheets, and there is usually something to try at home.\nPART 2: The Memory Map\nOver the next months, each member builds a memory map of the sibling they lost and presents it, a chance to say what went unsaid. I think of the map as a family picture drawn around mental health and loss, where we tell what went on from where we stand. We look at how grief passes through generations of a family, follow patterns, and try to see how loss has shaped the family system.\nPART 3: Carrying Them Forward\nIn the last month, members take part in a remembrance challenge.\n';
const ownGroupPlanCases: Case[] = [
  {
    name: '"In this group we\'ll lean on worksheets": the leader tells the reader what happens in the group, so the page is that group\'s',
    text: OWN_GROUP_PLAN_BODY.replace('This part leans on worksheets', "In this group we'll lean on worksheets"),
    material: true,
    kind: 'therapy',
  },
  {
    name: '"During our group, you will\u2026" says the same in the second person',
    text: OWN_GROUP_PLAN_BODY.replace('This part leans on worksheets', 'During our group, you will lean on worksheets'),
    material: true,
    kind: 'therapy',
  },
  {
    name: '"Throughout this grief group we will\u2026" says the same',
    text: OWN_GROUP_PLAN_BODY.replace('This part leans on worksheets', 'Throughout this grief group we will lean on worksheets'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'without such a sentence the page reads as writing about groups',
    text: OWN_GROUP_PLAN_BODY,
    material: false,
    kind: null,
  },
  {
    name: "the sentence inside a quotation attributed to someone is the speaker's, not the page's",
    text: OWN_GROUP_PLAN_BODY.replace(
      'This part leans on worksheets',
      '"In this group we\'ll lean on worksheets," Ruth Ellery says. This part leans on worksheets',
    ),
    material: false,
    kind: null,
  },
  {
    name: 'told in the past ("we leaned on") it is what a group did',
    text: OWN_GROUP_PLAN_BODY.replace('This part leans on worksheets', 'In this group we leaned on worksheets'),
    material: false,
    kind: null,
  },
  {
    name: 'in the third person ("members will") it is not the leader\'s own voice',
    text: OWN_GROUP_PLAN_BODY.replace('This part leans on worksheets', 'In this group, members will lean on worksheets'),
    material: false,
    kind: null,
  },
  {
    name: 'a denial ("we won\'t") says nothing of what happens there',
    text: OWN_GROUP_PLAN_BODY.replace('This part leans on worksheets', "In this group we won't lean on worksheets"),
    material: false,
    kind: null,
  },
  {
    name: 'inside a code block it is no prose of the page',
    text: OWN_GROUP_PLAN_BODY + "\n```\nIn this group we'll lean on worksheets.\n```\n",
    material: false,
    kind: null,
  },
];

describe("the leader's own voice on what happens in this group", () => {
  itReadsEach(ownGroupPlanCases);
});

// A clinic's own programme or group offered in the words clinics use: therapy "delivered in groups" and led by its clinicians, a
// course named on a line of its own and "taught in a small group", an intake before joining, new members taken in as places open;
// beside explainers, formats, places, the past tense, quotations and code.
const CLINIC_PROGRAMME = (body: string) =>
  `# Elmstead Hospital Behavioural Services\n\nThe evening programme is a structured outpatient program that lets adults keep living at home while they recover. It treats depression, anxiety and problem drinking ${body}. Most patients attend the program three evenings each week, for about three hours each time. Its sessions are led by a licensed clinician, such as a licensed professional counselor or a clinical psychologist.\n\nA psychiatrist meets every patient on admission and reviews their medication for as long as they remain in the program.\n`;
const NAMED_COURSE = (line: string) =>
  `Skip to main content\n\nFind a Doctor\n\nSleeping Well with Long-Term Illness\n\nPoor sleep and long-term illness often feed one another, and good care looks at both. Behavioural methods can help you fall asleep sooner, wake less in the night and feel more rested during the day.\n\nAt the Ashcombe Centre for Behavioural Medicine these services are provided by licensed psychologists trained in sleep medicine:\n\nIndividual sleep therapy\n\nWorking one-to-one with a psychologist, you build a plan of your own that looks at your habits, worries and routines around sleep, drawing on cognitive behavioural therapy for insomnia and relaxation training.\n\nBetter Sleep Skills Course\n\n${line}\n`;
const COMMENTS_THEN_GROUPS = (tail: string) =>
  `Reach us\n\nRiverside Health wellbeing line\n\nWhat members say\n\nHere is what people who took part have told us about Riverside Health's therapy groups:\n\nI came in tense and I left knowing I could breathe again.\n\nI was wary of the group at first, but I found it really worked for me.\n\nThe group made me look honestly at how I treat myself.\n\nThe facilitators were patient and wise.\n\nWellbeing groups\n\nGroup therapy\n\nGroup therapy is a form of counselling in which up to eight people meet together, often with a shared concern such as low mood, worry or grief.\n\nLow Mood Group\n\nThe Low Mood Group is an ongoing group for adults who live with depression.\n\nWorry Skills Group\n\nThis eight-week group teaches skills for easing anxiety.\n\nPlease look through the groups below and see whether one of them fits you.\n\nGood to know\n\n${tail}\n`;
const ONGOING_GROUP = (s: string) =>
  `# Group Psychotherapy\n\nGroup psychotherapy can go alongside individual work, or stand on its own as an effective and more affordable choice.\nIt suits adults who struggle with low mood, shyness, anger or trouble getting close to others.\nIt is not suitable for anyone currently misusing alcohol or drugs, or in acute crisis.\n\n## How the group works\n\nHow members act and feel in the group mirrors, in important ways, how they act and feel elsewhere. So the group becomes a place to look at the patterns people bring to their relationships, and a safe place to notice feelings and put them into words. The therapist helps this along.\nMembers agree to talk about what matters in their lives. They are encouraged to say what they think and feel about one another and about what happens in the room.\n\n## Structure\n\nThe group has up to nine members and the therapist, and it meets weekly for ninety minutes. ${s}\n`;
const FREE_PROGRAMME = `# Carers Together\n\nCarers Together is a programme run by the Family Care Programme at Linden Hospice. Carers Together offers free, expert support to people looking after someone with a life-limiting illness. Weekly meetings are facilitated by social workers, psychologists and nurses who work at the hospice. Every session is held as a group. Meetings last an hour and take place on Wednesdays at 10 am in the Garden Room at Linden Hospice. We ask everyone who takes part to keep what is shared in the room confidential. Please arrive on time, because people can join a session only in its first ten minutes.\n`;

const clinicsOwnProgrammeCases: Case[] = [
  {
    name: 'a hospital\'s evening programme whose psychotherapy is "delivered in groups", its sessions led by a licensed clinician, is a clinical programme of its own',
    text: CLINIC_PROGRAMME('chiefly through psychotherapy delivered in groups'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same programme with its therapy "provided in small groups" is one too',
    text: CLINIC_PROGRAMME('chiefly through talking therapy provided in small groups'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same programme with its therapy "offered in groups of eight or fewer" is one too',
    text: CLINIC_PROGRAMME('mostly through therapy offered in groups of eight or fewer'),
    material: true,
    kind: 'therapy',
  },
  {
    name: "the same programme with no word of groups is no group's page",
    text: CLINIC_PROGRAMME('chiefly through psychotherapy and medication'),
    material: false,
    kind: null,
  },
  {
    name: 'the same programme whose therapy is "delivered one-to-one or in groups" names a group only as a format',
    text: CLINIC_PROGRAMME('chiefly through psychotherapy delivered one-to-one or in groups'),
    material: false,
    kind: null,
  },
  {
    name: 'therapy "provided in group homes" is a place to live, not a programme run in groups',
    text: CLINIC_PROGRAMME('chiefly through psychotherapy provided in group homes across the county'),
    material: false,
    kind: null,
  },
  {
    name: 'an explainer that speaks of "IOPs" and "many programs" is no programme of its own, however it says "the program"',
    text: `# Day and Evening Treatment\n\nAn intensive outpatient program is a structured program that does not need an overnight stay. IOPs treat depression, anxiety and substance use chiefly through psychotherapy delivered in groups. Most patients attend the program three days each week, for about three hours each time. Its sessions are led by a licensed clinician, such as a licensed professional counselor or a clinical psychologist. Many programs also offer family sessions.\n\nA psychiatrist usually meets every patient on admission and reviews medication for as long as they remain in the program.\n`,
    material: false,
    kind: null,
  },
  {
    name: '"delivered in groups" inside a code block is no prose of the page',
    text: CLINIC_PROGRAMME('chiefly through psychotherapy and medication') + '\n```\nTherapy is delivered in groups.\n```\n',
    material: false,
    kind: null,
  },
  {
    name: 'a course named on a line of its own, "In this course, taught in a small group", under a page whose services "are provided by licensed psychologists", is a clinical programme of its own',
    text: NAMED_COURSE('In this course, taught in a small group, participants learn ways to settle the mind at night and to reset their sleep pattern.'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a programme named on its own line that "is held in a group" is one too',
    text: NAMED_COURSE('This program is held in a group: participants learn ways to settle the mind at night and to reset their sleep pattern.').replace(
      'Better Sleep Skills Course',
      'Better Sleep Skills Program',
    ),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same course "taught one-to-one or in a small group" names a group only as a format',
    text: NAMED_COURSE('In this course, taught one-to-one or in a small group, participants learn ways to settle the mind at night.'),
    material: false,
    kind: null,
  },
  {
    name: "the same course with no word of a group is no group's page",
    text: NAMED_COURSE('In this course participants learn ways to settle the mind at night and to reset their sleep pattern.'),
    material: false,
    kind: null,
  },
  {
    name: 'members\' comments told in the past, above a provider\'s groups whose intake is said now ("Everyone completes an intake appointment before joining a group"), leave its groups its own',
    text: COMMENTS_THEN_GROUPS('Everyone completes an intake appointment before joining a group.'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same comments with "caffeine intake" asked about name no intake into a group, and give no way in',
    text: COMMENTS_THEN_GROUPS('We ask about your daily caffeine intake at the first session.'),
    material: false,
    kind: null,
  },
  {
    name: 'while "Everyone completes an intake before joining a group" is the first step in, said now',
    text: COMMENTS_THEN_GROUPS('Everyone completes an intake before joining a group.'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'the same comments with the intake told in the past ("I had an intake appointment before I joined") are an account that gives no way in',
    text: COMMENTS_THEN_GROUPS('I had an intake appointment before I joined the group.'),
    material: false,
    kind: null,
  },
  {
    name: 'a therapy group\'s page that says "new members are added when a place becomes free" is that ongoing group\'s own',
    text: ONGOING_GROUP('It is ongoing, and new members are added when a place becomes free.'),
    material: true,
    kind: 'therapy',
  },
  {
    name: '"we welcome new members as spaces open" says the same',
    text: ONGOING_GROUP('The group runs year-round; we welcome new members as spaces open.'),
    material: true,
    kind: 'therapy',
  },
  {
    name: '"in an open group, new members join as places open up" is said of open groups in general',
    text: ONGOING_GROUP('In an open group, new members join as places open up.'),
    material: false,
    kind: null,
  },
  {
    name: 'told in the past ("new members joined as places opened up") it says nothing of now',
    text: ONGOING_GROUP('Last year new members joined as places opened up.'),
    material: false,
    kind: null,
  },
  {
    name: "inside a quotation attributed to a therapist it is not the page's own word",
    text: ONGOING_GROUP('"New members join as places open up," one therapist wrote.'),
    material: false,
    kind: null,
  },
  {
    name: 'without it, a therapy page with no way to come now is writing about groups',
    text: ONGOING_GROUP('It is ongoing.'),
    material: false,
    kind: null,
  },
  {
    name: 'a free programme "held as a group", facilitated by social workers and psychologists, that names neither kind is its own page of unclear kind (declare-kind)',
    text: FREE_PROGRAMME,
    material: true,
    kind: null,
  },
  {
    name: "a clinic's page on its one-to-one programme that mentions a group once, as somewhere else to go later, is no group's page",
    text: '# Individual Therapy at Marlow Clinic\n\nOur individual therapy program pairs each adult with a licensed psychologist for twelve weekly appointments. The program is delivered by our licensed psychologists in private rooms at the clinic, and each plan is built around what you want to change. Fees are set on a sliding scale, and most insurers cover the program.\n\nAfter the program ends, some clients choose to join a community group run by a local charity.\n',
    material: false,
    kind: null,
  },
];

describe("a clinic's own programme run in groups, its intake and an ongoing group's new members", () => {
  itReadsEach(clinicsOwnProgrammeCases);
});

// A service's page on its own groups: the kinds of group it runs under a heading, groups of its own named as examples under two of
// them, and a first step in (an intake or screening meeting, or those interested meeting a counselor first). An explainer of group
// types names no groups of its own and gives no way in; a directory has no heading over kinds.
const OWN_TYPES_LIST =
  '## Kinds of Group Counselling\n\n' +
  '- **Process groups** look at how members come across to one another.\n  For example: Graduate Process Group, Open Process Group\n' +
  '- **Skills groups** teach ways to steady strong feelings.\n  For example: Calm Under Pressure Group, Sleep Better Group\n';
const ownGroupTypesCases: Case[] = [
  {
    name: 'kinds of group counselling with groups of its own named under each, after "interested students meet with the group leader first", is the service\'s page',
    text:
      '# Fenmoor Student Wellbeing\n\nThe Fenmoor University Counselling Service runs small groups for students.\n\n' +
      'Students who are interested meet with the group leader first, to talk over whether the group will suit them.\n\n' +
      OWN_TYPES_LIST,
    material: true,
  },
  {
    name: 'the same with an intake appointment as the first step',
    text:
      '# Fenmoor Student Wellbeing\n\nThe Fenmoor University Counselling Service runs small groups for students. Every group starts with an intake appointment.\n\n' +
      OWN_TYPES_LIST,
    material: true,
  },
  {
    name: 'the same kinds and names with no first step in stay an overview of group types',
    text: '# Fenmoor Student Wellbeing\n\nThe Fenmoor University Counselling Service thinks about groups in several ways.\n\n' + OWN_TYPES_LIST,
    material: false,
  },
  {
    name: 'one kind with named groups is no list of its own group types',
    text:
      '# Fenmoor Student Wellbeing\n\nStudents who are interested meet with the group leader first.\n\n## Kinds of Group Counselling\n\n' +
      '- **Process groups** look at how members come across to one another.\n  For example: Graduate Process Group, Open Process Group\n- **Skills groups** teach ways to steady strong feelings.\n',
    material: false,
  },
  {
    name: 'groups named in lower case ("For example: graduate process group") are no names of its own groups',
    text:
      '# Fenmoor Student Wellbeing\n\nThe Fenmoor University Counselling Service runs small groups for students. Every group starts with an intake appointment.\n\n' +
      OWN_TYPES_LIST.replace(/For example: (.*)/g, (_, names: string) => 'For example: ' + names.toLowerCase()),
    material: false,
  },
  {
    name: 'while the label in capitals ("FOR EXAMPLE: Graduate Process Group") still introduces names of its own groups',
    text:
      '# Fenmoor Student Wellbeing\n\nThe Fenmoor University Counselling Service runs small groups for students. Every group starts with an intake appointment.\n\n' +
      OWN_TYPES_LIST.replace(/For example/g, 'FOR EXAMPLE'),
    material: true,
  },
  {
    name: 'the first step asked as a question ("Do interested students meet with the group leader first?") is no way in',
    text: '# Fenmoor Student Wellbeing\n\nDo students who are interested meet with the group leader first?\n\n' + OWN_TYPES_LIST,
    material: false,
  },
  {
    name: "the first step inside a quotation attributed to someone is the speaker's, not the page's",
    text:
      '# Fenmoor Student Wellbeing\n\n"Students who are interested meet with the group leader first," Dr Hale wrote in 2009, describing another campus.\n\n' +
      OWN_TYPES_LIST,
    material: false,
  },
];

describe("a service's kinds of group, with groups of its own named and a first step in", () => {
  itReadsEach(ownGroupTypesCases);
});

// The consent form members of its groups are asked to sign: "Group Informed Consent … please sign this form below".
const GROUP_CONSENT_BODY =
  'Thank you for your interest in our groups at Alder Street Practice. The groups are a place to talk with others who face similar worries.\n\n' +
  'Members keep what is said in the room to themselves, and attend each week if they can.\n\n';
const groupConsentCases: Case[] = [
  {
    name: 'a "Group Informed Consent" page that asks the reader to sign below is its groups\' own form',
    text: '# Group Informed Consent\n\n' + GROUP_CONSENT_BODY + 'If you agree, please sign and date this form below.\n',
    material: true,
  },
  {
    name: '"Consent for Group Treatment" with "by signing below" is its groups\' own form',
    text: '# Consent for Group Treatment\n\n' + GROUP_CONSENT_BODY + 'By signing below you show that you have read these terms.\n',
    material: true,
  },
  {
    name: 'the heading with no request to sign stays unread',
    text: '# Group Informed Consent\n\n' + GROUP_CONSENT_BODY,
    material: false,
  },
  {
    name: 'a template\'s heading ("Sample Group Informed Consent") is no one group\'s form',
    text: '# Sample Group Informed Consent\n\n' + GROUP_CONSENT_BODY + 'If you agree, please sign and date this form below.\n',
    material: false,
  },
  {
    name: '"please sign in at the front desk" asks the reader to arrive, not to sign the form',
    text: '# Group Informed Consent\n\n' + GROUP_CONSENT_BODY + 'Please sign in at the front desk each week.\n',
    material: false,
  },
  {
    name: 'while "please read and sign this form" beside "sign up for a start date" still asks for a signature',
    text: '# Group Informed Consent\n\n' + GROUP_CONSENT_BODY + 'Please read and sign this form, and sign up for a start date at the desk.\n',
    material: true,
  },
  {
    name: 'a request to sign denied ("please do not sign") binds no one',
    text: '# Group Informed Consent\n\n' + GROUP_CONSENT_BODY + 'This copy is for your records: please do not sign it.\n',
    material: false,
  },
  {
    name: 'a request to sign only inside a code block is no prose of the page',
    text: '# Group Informed Consent\n\n' + GROUP_CONSENT_BODY + '```\nplease sign and date this form below\n```\n',
    material: false,
  },
];

describe('the consent form members of its groups sign', () => {
  itReadsEach(groupConsentCases);
});

// A café, a club or a lunch club of its own that meets at a set time, asks people living with a difficulty to come and has volunteers
// at its heart: a group for a life difficulty, though it never names a kind (a carers' café, a stroke club). A coffee shop, a feature
// on such cafés, a pastime's club, and the same words in the past, denied, quoted, in code, in front matter or in a link are not.
const SUNDAY_CAFE = (
  welcome: string,
  opens = 'The café opens on the second Sunday of every month, from 2pm until 4pm, in the Larch Road church hall.',
  helpers = 'Three of our volunteers set out the tea and cake and keep an eye on everyone.',
): string =>
  `# Sunday Afternoons at Larch Road\n\n${opens} ${helpers}\n\n${welcome}\n\nSome months a guest comes to talk or play music. Donations towards the tea are welcome.\n`;

const careGatheringCases: Case[] = [
  {
    name: 'a volunteer-run café that opens monthly and welcomes anyone caring for a relative with dementia is a support group',
    text: SUNDAY_CAFE('Anyone who cares for a relative with dementia is very welcome, together with the person they look after.'),
    material: true,
    kind: 'support',
  },
  {
    name: 'the same café put another way ("people living with memory problems … are warmly welcome") is one too',
    text: SUNDAY_CAFE('People living with memory problems, and those looking after them, are warmly welcome.'),
    material: true,
    kind: 'support',
  },
  {
    name: "a local news item on a stroke club's outing that gives its meeting days and a number to ring for anyone affected by a stroke is the club's notice",
    text:
      'Members of the Tollbridge Stroke Club enjoyed a picnic by the river last week.\nThe club meets on the second and fourth Tuesdays of each month at the Tollbridge Scout Hut.\n' +
      'It is run by volunteers, and new faces are always wanted.\nAnyone who has been affected by a stroke and wants to come along can phone Joan on 555-0142.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'a lunch club cooked by volunteers that anyone living with Parkinson\'s "can come along" to is a support group',
    text:
      '# Friday Lunch Club\n\nOur lunch club meets every Friday at 12.30pm in the Weir Street community room. A volunteer team cooks a hot meal and there is plenty of time to talk.\n\n' +
      "Anyone living with Parkinson's, and their partners, can come along: just ring Dev on 555-0188 the week before.\n",
    material: true,
    kind: 'support',
  },
  {
    name: 'said with "anybody" ("Anybody looking after a parent with dementia is welcome") it is the same welcome',
    text: SUNDAY_CAFE('Anybody looking after a parent with dementia is welcome, and so is the parent.'),
    material: true,
    kind: 'support',
  },
  {
    name: 'said with "everybody who" ("Everybody who has been bereaved can drop in") it is one too',
    text: SUNDAY_CAFE('Everybody who has been bereaved, recently or long ago, can drop in for a chat.'),
    material: true,
    kind: 'support',
  },
  {
    name: 'denied with "anybody" ("Sadly, anybody living with dementia is not welcome …") it asks no one to come',
    text: SUNDAY_CAFE('Sadly, anybody living with dementia is not welcome without a carer, as we have no trained staff.'),
    material: false,
    kind: null,
  },
  {
    name: 'a free drop-in named with a singular possessive, "the Carer\'s Café", where carers back each other up, is a group for a life difficulty',
    text:
      "# Tuesday afternoons for carers\n\nSt Anne's Church runs the free Carer's Café for anyone with caring duties, paid or unpaid, as a place where carers can support each other.\n\n" +
      'It meets next on Tuesday 14 May from 2pm to 3.30pm in the church hall, Mill Lane. Tea and cake are on the house. For details, phone 555-0171.\n',
    material: true,
    kind: 'support',
  },
  {
    name: 'the same with a curly apostrophe ("Carer’s Café") is one too',
    text:
      "# Tuesday afternoons for carers\n\nSt Anne's Church runs the free Carer’s Café for anyone with caring duties, paid or unpaid, as a place where carers can support each other.\n\n" +
      'It meets next on Tuesday 14 May from 2pm to 3.30pm in the church hall, Mill Lane. Tea and cake are on the house. For details, phone 555-0171.\n',
    material: true,
    kind: 'support',
  },
  {
    name: "a feature on carer's cafés in general, with no café of its own and no way to come, is not group material",
    text: "# The rise of the carer's café\n\nA carer's café is now found in many towns, researchers say, and the ones they visited were often run by churches. Carers told them the cafés gave them a break.\n",
    material: false,
    kind: null,
  },
  {
    name: "a café's own page that welcomes everyone and talks of its menu is no group's",
    text: SUNDAY_CAFE('Everyone is welcome, and dogs are allowed on the terrace. Our menu changes with the seasons.'),
    material: false,
    kind: null,
  },
  {
    name: "a coffee shop that welcomes people living with dementia, with trained staff and no volunteers, is no group's page",
    text: SUNDAY_CAFE(
      'Anyone living with dementia is welcome, with or without a carer.',
      'Our café is open every day from 8am until 5pm on Larch Road.',
      'Our staff have all done dementia awareness training, and the cake is baked on the premises.',
    ),
    material: false,
    kind: null,
  },
  {
    name: 'a feature on coffee mornings for carers in general, with no café of its own and no way to come, is not group material',
    text: '# Why coffee mornings matter\n\nCoffee mornings for carers take place in church halls up and down the country, often run by volunteers. Anyone who looks after someone with dementia is welcome at them, researchers say, and many carers find them a lifeline.\n',
    material: false,
    kind: null,
  },
  {
    name: "a chess club's page is a pastime's, even where it welcomes people affected by a stroke",
    text: SUNDAY_CAFE(
      'Anyone who has been affected by a stroke is welcome to join our walking group on the way there.',
      'The chess club meets on the second Sunday of every month, from 2pm until 4pm, in the Larch Road church hall.',
    ),
    material: false,
    kind: null,
  },
  {
    name: 'told in the past ("the café opened…", "was welcome") it is a story of a café that has ended',
    text: SUNDAY_CAFE(
      'Anyone who cared for a relative with dementia was welcome, together with the person they looked after.',
      'The café opened on the second Sunday of every month, from 2pm until 4pm, in the Larch Road church hall.',
    ),
    material: false,
    kind: null,
  },
  {
    name: 'denied ("are not welcome without a carer") it asks no one living with a difficulty to come',
    text: SUNDAY_CAFE('Sadly, people living with dementia are not welcome without a carer, as we have no trained staff.'),
    material: false,
    kind: null,
  },
  {
    name: "quoted, as words a visitor heard elsewhere, it is not the page's own welcome",
    text: SUNDAY_CAFE('"Anyone who cares for a relative with dementia is welcome," a visitor told us she had been told elsewhere.'),
    material: false,
    kind: null,
  },
  {
    name: "in a code block it is not the page's prose",
    text: SUNDAY_CAFE('```\nAnyone who cares for a relative with dementia is very welcome.\n```'),
    material: false,
    kind: null,
  },
  {
    name: "in front matter it is not the page's prose",
    text: '---\nnote: Anyone who cares for a relative with dementia is very welcome.\n---\n' + SUNDAY_CAFE('Everyone is welcome.'),
    material: false,
    kind: null,
  },
  {
    name: "in a link it is not the page's prose",
    text: SUNDAY_CAFE('Read more at https://example.org/anyone-who-cares-for-a-relative-with-dementia-is-welcome today.'),
    material: false,
    kind: null,
  },
];

describe('a café, a club or a lunch club of its own for people living with a difficulty, with no kind named', () => {
  itReadsEach(careGatheringCases);
});

// A group's own page that names no kind, with two or more independent clinical signs (members as a service's clients, the law's
// limits on the leaders' confidence, individual therapy at the same service, a treating clinician, diagnosis or insurance billing)
// and no sign of a peer group: treatment led by a clinician is plain, so group therapy. One sign alone, or a sign of peers, is not.
const RIVERBEND = (extra: string): string =>
  'Group Guidelines\n\nThese guidelines are how members of Riverbend groups take part. Every member signs them before the first meeting.\n\n' +
  'As a member, I agree not to tell anyone outside the group who else attends.\n\n' +
  extra;
const clinicalSignCases: Case[] = [
  {
    name: "what a client tells the leaders, and the law's exceptions to their confidence, read as group therapy",
    text: RIVERBEND('Leaders may not repeat what a client tells them, except as the law allows or under a court subpoena.\n'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'what a client tells the leaders is one clinical sign alone: the kind stays open',
    text: RIVERBEND('Leaders may not repeat what a client tells them.\n'),
    material: true,
    kind: null,
  },
  {
    name: "client records kept by the leaders and individual counselling at the centre's initials read as group therapy",
    text: RIVERBEND('Leaders keep client records private. If I also see someone for individual counselling at RCS, that stays between us.\n'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'what clients say and a subpoena as a limit on confidence read as group therapy',
    text: RIVERBEND('Leaders will not pass on what clients share, except where the law requires it, as with a subpoena.\n'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a diagnosis required to join and client records kept by the leaders read as group therapy',
    text: RIVERBEND('A diagnosis is required to join. Leaders keep client records private.\n'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'a member\'s "individual therapist" and legal and ethical exceptions read as group therapy',
    text: RIVERBEND('There are legal and ethical exceptions to what leaders keep private. My individual therapist may speak with the group leader.\n'),
    material: true,
    kind: 'therapy',
  },
  {
    name: 'one clinical sign alone (client records) leaves the kind open',
    text: RIVERBEND('Leaders keep client records private.\n'),
    material: true,
    kind: null,
  },
  {
    name: 'two clinical signs beside members helping one another are not read as group therapy by the signs',
    text: RIVERBEND('Leaders keep client records private, except as the law requires. Members help one another through hard weeks.\n'),
    material: true,
    kind: 'support',
  },
  {
    name: 'a member who is "not just a patient" is no clinical client',
    text: RIVERBEND('You are not just a patient records number here. There are legal and ethical exceptions to what leaders keep private.\n'),
    material: true,
    kind: null,
  },
  {
    name: 'individual counselling "at home" is not at the service',
    text: RIVERBEND('Some of us do individual counselling at home online. Leaders keep client records private.\n'),
    material: true,
    kind: null,
  },
  {
    name: 'a peer group a nurse visits, at a hospital, with one clinical word, is not read as group therapy',
    text: RIVERBEND('We meet in the hospital chapel. A nurse visits now and then to answer questions. Leaders keep client records private.\n'),
    material: true,
    kind: null,
  },
  {
    name: "a hospital's support group with clinical signs stays a support group",
    text: RIVERBEND('This is a support group at Lakeside Hospital. Leaders keep client records private, except as the law requires.\n'),
    material: true,
    kind: 'support',
  },
  {
    name: "clinical signs in a code block are not the page's words",
    text: RIVERBEND('```\nclient records; individual counselling at RCS; subpoena\n```\n'),
    material: true,
    kind: null,
  },
  {
    name: "clinical signs in a link address are not the page's words",
    text: RIVERBEND('See https://example.org/client-records/individual-counselling-at-the-centre/subpoena for more.\n'),
    material: true,
    kind: null,
  },
  {
    name: "clinical signs in front matter are not the page's words",
    text: '---\nnote: client records, individual counselling at the centre, subpoena\n---\n' + RIVERBEND(''),
    material: true,
    kind: null,
  },
];

describe('a group of its own with no kind words and two or more independent clinical signs', () => {
  itReadsEach(clinicalSignCases);
});

// A title that names a group heads a wiki entry or an explainer as often as the group's own page: the bare word "sessions", said of
// such groups in general, is no logistics of a group of its own. A day, a time, a place or a way to join still is.
const titledGroupSessionsCases: Case[] = [
  {
    name: 'a wiki entry titled with a kind of group, whose only logistics is "sessions" said of such groups in general, is not',
    text: '# Recovery Circle\n\nA recovery circle is a gathering where people who have been through a hard experience talk it over together. Recovery circles usually include discussion, group therapy or individual sessions in which members reflect on what happened.\n\nSee also: peer support, talking therapies.\n',
    material: false,
    kind: null,
  },
  {
    name: 'an explainer titled with a group name, "such groups may offer sessions with a counsellor", is not',
    text: "# Men's Sharing Group\n\nWhat is a men's sharing group? It is a gathering where men talk about what weighs on them, in confidence. Such groups may offer sessions with a counsellor or a group therapy evening, and they differ from one town to another.\n",
    material: false,
    kind: null,
  },
  {
    name: "the same title on a group's own page, with its day, time and place, stays a therapy group",
    text: '# Bereavement Therapy Group\n\nOur bereavement therapy group is led by a licensed clinical psychologist. Sessions are held every Thursday from 6 to 7:30 pm at the Elm Street clinic. Call 555-0148 to arrange an intake interview.\n',
    material: true,
    kind: 'therapy',
  },
  {
    name: "a support group's own page under its name, with a meeting time and a contact, stays a support group",
    text: '# Recovery Circle\n\nThe Recovery Circle is a free peer support group for people rebuilding their lives after addiction. We meet on the first Monday of each month at 7 pm in the library meeting room. Contact Sam at 555-0149.\n',
    material: true,
    kind: 'support',
  },
];

describe('a title naming a group over sessions said of such groups in general', () => {
  itReadsEach(titledGroupSessionsCases);
});
