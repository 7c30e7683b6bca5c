// Writing about groups that is not a group's own material (templates, research, job posts,
// reviews, syllabi) is known by several of its own words together; one alone proves nothing.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseDocument } from '../../server/src/engine/parse';
import { DocumentModel } from '../../server/src/engine/document';
import { genreOf, MEETING_NOTICE } from '../../server/src/engine/genre';

const genre = (text: string) => genreOf(new DocumentModel(parseDocument(text)));

describe("genres that are not a group's own material", () => {
  const cases: Array<[string, string]> = [
    [
      'a blank template',
      '# Group Agreement\n\nI, ____________, agree to keep what members of [Group Name] share within the group.\n\nSigned: ____________ Date: [Date]\n',
    ],
    [
      'a blank template',
      'Shared rules keep a circle safe, so many groups ask members to sign a promise of privacy.\n\nHere is a sample you can adapt:\n\nI, [insert name], agree that what members say at meetings of [Enter group name] stays there.\n\nSignature: ______________\n',
    ],
    [
      'an annual report',
      'Annual Report 2022–23\n\nCarers Circle Programme\n\nThis is the sixth year I have led the carers circle, and it is still the part of my work I value most. Members arrived worn out and left lighter.\n',
    ],
    [
      'an annual report',
      '# Year in Review\n\nOver this past year the bereavement group welcomed forty new members, and the volunteers who host it grew from three to seven.\n',
    ],
    [
      'research',
      '# Peer support and caregiver strain\n\nResearchers enrolled a sample of 212 caregivers in a randomised trial of a weekly support group. Findings: strain fell by 18% (p < 0.05).\n',
    ],
    [
      'research',
      '# Group CBT for sleep problems: a cross-sectional study\n\nReceived 4 March 2019. Accepted for publication 2 June 2019. Volume 11.\n\nMethods: twelve weekly group sessions were led by two psychologists.\n',
    ],
    [
      'research',
      'Introduction\n\nMutual aid among people with long-term pain is widely studied [1]. A growing body of research links it to lower isolation [2, 3]. ' +
        'Qualitative studies describe peer groups as places of recognition [4]. Peer support groups may meet in person or online [5].\n',
    ],
    [
      'research',
      '| Interventions |\nThe trial compares two arms: an intervention arm (a 10-week compassion-focused therapy group) and a wait-list comparison arm. ' +
        'All sessions are led by trained clinicians.\n\nPeople in the comparison arm are offered the same programme after the six-month follow-up.\n',
    ],
    [
      'research',
      '# Group Versus One-to-One Skills Training for Panic Disorder\n\nOriginal Investigation\n\nOBJECTIVE To compare panic symptoms after skills training given in groups of six to eight or one to one. ' +
        'DESIGN A randomized trial at two outpatient clinics; exclusion criteria were psychosis and current substance misuse. ' +
        'MAIN OUTCOMES AND MEASURES The primary outcome was the panic severity score at 12 weeks; analysis was by intention to treat.\n',
    ],
    [
      'a job posting',
      '# Support Group Facilitator\n\nResponsibilities: lead two caregiver support groups a week.\n\nQualifications: two years of group experience.\n\nHow to apply: send a letter.\n',
    ],
    [
      'a review',
      '# Book review: Rooms Full of Chairs\n\nThe author spent a year in a grief support group. Readers who have sat in such a circle will know the book at once.\n',
    ],
    [
      'a review',
      '# Running Bereavement Groups: A Facilitator Manual\n\nISBN 9780000000019\n\n184 pages · Publication date: June 2019 · Third Edition\n\nThe manual sets out ten weekly group therapy sessions for bereaved adults, with handouts for each.\n',
    ],
    [
      'a guide to starting or running a group',
      '# Start a Group in Your Town\n\nNo group near you? You could start your very own support group for parents of children with diabetes.\n\n## Spread the word\n\nPrint flyers for the clinic and the library. At your first meeting, keep it simple.\n',
    ],
    [
      'a guide to starting or running a group',
      '# Starting a Local Chapter\n\nYou can start a support group in a few steps.\n\n- Find three neighbours who would come\n- Identify a quiet, accessible meeting place\n- Publicize the meetings in the local paper\n',
    ],
    [
      'an encyclopaedia entry',
      '= Debtors Circle =\n\n- Founded: 1971\n- Headquarters: Leeds\n\nDebtors Circle (DC) is an international fellowship of people who meet to help one another stop running up debt.\n\n==History==\n\nThe first meeting was held in a church hall.\n',
    ],
    [
      'an encyclopaedia entry',
      "# Hearing Loss Circles\n\nHearing Loss Circles (HLC) is a national network of peer groups for adults who have lost their hearing.\n\nSee also\n\n- Peer support\n\nExternal links\n\n- The network's website\n",
    ],
    [
      'a shared copy of a document',
      '# Grief Support Group Handbook\n\nTotal Pages: 38 · File Type: pdf · 1,204 views · 87 downloads\n\nWelcome to the grief support group. We meet every Tuesday.\n',
    ],
    [
      'an article',
      'May 2, 2025\n\nBy Jonah P. Reyes\n\nSupport group meetings gave me somewhere to put the year. Everyone needs people who check in on them.\n',
    ],
    [
      'an article',
      'Group therapy for panic can change how people live with it. In this article we delve into how such groups work.\n\nContents\n\n- 1 Benefits\n- 2 Finding a group near you\n\nHere are some of the benefits of group therapy for panic.\n',
    ],
    [
      'guidance for clinicians',
      '# Training standards for grief counselors: a committee opinion\n\nA qualified grief counselor should be able to lead a bereavement group and refer members for assessment when needed.\n',
    ],
    [
      'a training for clinicians',
      "# Using CBT in Groups\n\nJoin Dr. Lee's workshop at our annual conference. This presentation will show how to bring CBT skills into your group practice.\n",
    ],
    [
      'a training for clinicians',
      '# Sociodrama Training Weekend\n\nA two-day training workshop for practising therapists who lead groups. Hours count towards certification in psychodrama; ' +
        'each trainee directs one session under supervision. Saturday and Sunday, 9 am to 5 pm, in the studio on Quay Street.\n',
    ],
    [
      'a training for clinicians',
      '# Frequently asked questions\n\nThe society is a network for mental health professionals who run groups. How do members earn certification as a group ' +
        'psychotherapist? Through training hours, supervision and an exam. Can trainees join? Yes: trainees pay half the fee.\n',
    ],
    [
      'guidance for clinicians',
      '# Consent for Group Therapy\n\nIn this guide we list what a consent form for group therapy should cover. Clinicians should explain the limits of confidentiality before the first session.\n',
    ],
    [
      'research',
      '# Process groups on campus\n\nCampus counselling centres have long run interpersonal process groups (Hale & Moreno, 2011). Theme groups came later, as Ortiz and Bell (2014) describe, and brief formats later still (Nguyen et al., 2019).\n',
    ],
    [
      'a guide to starting or running a group',
      '# Setting Up a Parent Group for a Rare Condition\n\nThese notes can be used to start and run a parent support group in a hospital or a church hall. Founders should agree early on who holds the contact list.\n',
    ],
    [
      'a guide to starting or running a group',
      '# The first year\n\nReasons to establish a carers group vary. Setting up a carers group takes a venue, a phone number and two people willing to share the work.\n\nLeading the group consists of keeping time and welcoming newcomers.\n',
    ],
    [
      'an article',
      '# Why groups help after a loss\n\nThis short article is aimed at families who are weighing up a bereavement group.\n\nKey takeaways\n\n- Group therapy for grief can ease isolation.\n- A support group is often free.\n',
    ],
    [
      'guidance for clinicians',
      '# Running group therapy that pays\n\nGroup therapy can bring three times the revenue of individual sessions. Many practices lose money on groups because billing codes differ from individual work.\n',
    ],
    [
      'a course syllabus',
      '# Group Counseling: Theory and Practice\n\nCourse description: the history of group therapy. Students will lead a practice group; assignments are due weekly.\n',
    ],
    [
      'a shared copy of a document',
      '# Bereavement Groups for Widowers\n\n41 downloads 9120 Views 3.4MB Size Report\n\nBereavement groups for widowers have been run in many places. Men in such groups often meet weekly.\n',
    ],
    [
      'an article',
      '# Group Therapy Session\n\nBy Priya Anand | March 3, 2021\n\nGroup therapy helps many people with panic. In this article, you will learn what a first session is like.\n',
    ],
    [
      'an article',
      '# Group Therapy Session\n\nBy Lena Marsh | October 4, 2022\n\nMany adults feel shy in company. Group therapy for social anxiety lets people practise being seen by others.\n',
    ],
    [
      'an article',
      'Updated June 2023 by: Sam Ortiz, LPC\n\nTable of Contents\n\nGroup therapy is a form of treatment in which one or two therapists meet with several clients at once.\n',
    ],
    [
      'guidance for clinicians',
      '# 90853: Group Psychotherapy\n\nUse this code for group psychotherapy. Each member is billed separately, and some payers limit group size.\n',
    ],
    [
      'a news report or an interview',
      'Speaking to the Valley Gazette during Carers Week, Odile Marsh, who founded the Fenwick stroke support group twelve years ago, said: "Carers need ' +
        'to hear that they are not alone."\n\nShe added: "Ask for help early."\n\nA volunteer, Tom Reyes, said the group had doubled in size since the pandemic.\n',
    ],
    [
      'a news report or an interview',
      'The Harbourside Parents Support Group organised a sponsored picnic at Quay Park on Saturday to raise awareness of childhood diabetes.\n\n' +
        '"We wanted families to see they are not on their own," Priya Nair said. "Every family here knows the night checks," she said.\n',
    ],
    [
      'a news report or an interview',
      'The Larkfield Herald\n\nNews › Community\n\nBy Wendy Cho, Staff Writer\n\nA coffee morning for people caring for a parent with dementia has outgrown the ' +
        'back room of St Luke\'s hall. "We started with five of us," said Imke Varga, 61, who set it up after her mother moved into a care home. "Now there are thirty," she added.\n',
    ],
    [
      'a news report or an interview',
      'A local stammering support group is giving teenagers a place to be heard. "I finally said my name without dreading it," says Owen Price, 15. "He talks more at home now," said Lina Price, his mother.\n\n' +
        "The group's organisers stressed that nobody is pushed to speak.\n",
    ],
    [
      'a news report or an interview',
      "# Launch of the Kestrel Lung Cancer Society\n\nThe society grew out of a small support group of twelve patients. It was launched by the hospital's chief " +
        'executive, and a local firm gave forty patients free wigs through it.\n',
    ],
    [
      'a news report or an interview',
      'Getting the Most From a Lupus Support Group\n\nMay 3rd, 2019\n\nWhat follows is an interview with Rhea Stone, a member of the Dunmore Lupus Support ' +
        'Group.\n\nWhat does your group offer?\nOur group has met for eleven years. The things we offer are tips and company.\n',
    ],
    [
      "a student's essay",
      '# Closed Therapy Group for Teens\n\nA closed group suits teenagers after a loss. Get your custom essay on this topic, just from $12/page.\n\n' +
        'The group will meet on Tuesdays, 5-6 pm, with a licensed counsellor. This therapy session plan lists the resources needed.\n',
    ],
    [
      "a student's essay",
      '# Planning a Parent Support Group\n\nThis paper proposes a support group for parents of children with diabetes (Lowe, 2014). Peer groups ease isolation ' +
        '(Marsh & Obi, 2019), and as Ortiz (2011) notes, members value practical tips.\n',
    ],
    [
      "a student's essay",
      '# Group Therapy for Nurses After the Pandemic\n\nIn this paper I describe a closed group I led for six ward nurses. We met twice a week for six weeks, ' +
        'and the nurses talked about exhaustion, guilt and how to rest.\n',
    ],
    [
      "a student's essay",
      '# Unit 5: Group Proposal\n\nYour group proposal should name the population you will serve, how you will screen members and what each of six ' +
        'sessions will cover. The group will meet on Thursdays, 3-4 pm.\n',
    ],
    [
      "a student's essay",
      '# A Bereavement Group for Teens\n\nThis proposed group is for students aged 13 to 16 who have lost a parent. It will meet after school on Mondays ' +
        'from 3:30 to 4:30 pm for eight weeks, led by the school counselor.\n',
    ],
    [
      'research',
      'The study has two arms: a 10-week compassion group and a waiting list control group. Sessions are led by trained facilitators.\n\n' +
        'Participants allocated to the waiting list are offered the same group once the follow-up data are in.\n',
    ],
    [
      'guidance for clinicians',
      '# Online Group Therapy\n\nVideo group therapy sessions now stand in for many in-person groups. Bill them under CPT code ' +
        '90853.\n\nCompetency in both group therapy and telehealth comes first, and the legal and ethical frameworks are still settling.\n',
    ],
    [
      'a guide to starting or running a group',
      '# A Brief for Oncology Social Workers\n\nAfter reading this brief you will be in a position to start a support group in your own setting. Support groups help people with cancer feel less alone.\n',
    ],
    [
      'a guide to starting or running a group',
      'When my mother fell ill I had nobody to talk to, so I began a carers group. I have since helped many others launch their own groups. ' +
        'Follow these steps and you will create a safe, welcoming and lasting support group in your town.\n',
    ],
    [
      'advice on finding a group',
      'You can find support groups through several routes. Here are some suggestions for finding the right one for you:\n\n' +
        '- Ask friends who have cared for someone.\n- Check with local faith organisations.\n- Talk to the social worker at your local hospital.\n' +
        '- Check how often the group meets and whether it suits you.\n',
    ],
    [
      "a directory of other organisations' groups",
      '# Support for people who stammer\n\nYou are not the only one. The British Stammering Association has local support groups in most regions, and ' +
        'Stamma Connect (SC) runs online support groups every week. Outside the UK, find a support organisation in your country through its national body.\n',
    ],
    [
      'a guide to starting or running a group',
      '# Running the evening\n\nOur chapters are support groups for adults who stammer. The first part of the meeting should be a welcome. ' +
        'Many groups go through introductions next, and some larger chapters prefer to split into two circles.\n',
    ],
    [
      'guidance for clinicians',
      '# Group sessions under a care plan\n\nGeneral practitioners may not be aware of the MBS items for group therapy with a psychologist. The item number ' +
        'pays $31 per patient, and sessions run for six weeks. GPs should refer new patients to the clinic for assessment.\n',
    ],
    [
      'guidance for clinicians',
      '# Notice\n\nWhen a referral is made to the psychology team, you may wish to consider making the patient aware that they could be invited ' +
        'to a group. The team currently runs three groups a year: this group teaches ways to manage low mood, and the sessions are led by a psychologist.\n',
    ],
    [
      'a personal story',
      '# Why Our Stroke Support Group Keeps Me Going\n\nThe week after my stroke I stayed indoors and I thought nobody would ever understand. My daughter found a ' +
        'support group at the library and I went along, mostly to please her. I sat near the door. A man called Des talked about his own rehab, and I laughed for the ' +
        'first time in months. I kept going every month. I learned that my tiredness was normal, and I made two friends who still phone me on bad days. ' +
        'If you have had a stroke, my advice is simple: find your people.\n',
    ],
    [
      'a personal story',
      'Four weeks into group therapy, and I am writing this down so I remember it. The first night I nearly left: I parked, I waited, and I walked in late. ' +
        'Our therapist asked me to say one true thing and I froze. By the third week I spoke first. Last Tuesday I cried in front of seven strangers and nobody looked away. ' +
        'I wanted to give up twice, but I came back, and my sister says I seem lighter.\n',
    ],
    [
      "a directory of other organisations' groups",
      'Oakfield Library\n\nCommunity groups\n\nThe library does not run or endorse any of the groups below; please contact each group directly before you go.\n\n' +
        'Widowed Friends: informal gatherings, 1st Monday, 10 am, Grace Church hall. Free.\n\nAnxiety Therapy Group: eight weeks with a licensed psychologist, $40 a session.\n',
    ],
    [
      'research',
      'Take part in a study\n\nWe are looking for adults with tinnitus to take part in a research study. People who take part will be randomly allocated to an eight-week ' +
        'mindfulness group course led by clinical psychologists or to a waiting list.\n',
    ],
    [
      "a directory of other organisations' groups",
      "What's on near you\n\nEach quarter we round up groups run by local organisations. We do not run these groups, so please contact each organiser directly.\n\n" +
        'Breathe Easy: a friendly group for people with lung conditions, second Monday at 2 pm. Free.\n',
    ],
    [
      "a meeting's minutes",
      'Hollybank Carers Network\n\nMinutes of the trustees\n\nPresent: A. Lowe (Chair), B. Singh, C. Duarte\nApologies: D. Reyes\n\n' +
        'The trustees discussed starting a support group for young carers. Proposed AL, seconded BS: to ask the coordinator for a plan. Date of next meeting: 4 June.\n',
    ],
    [
      "a meeting's minutes",
      'Group Programme Committee\n\nPresent: Ines (chair), Rafe, Tomas. Apologies: Jo.\n\n1. The carers support group keeps room B until June; it stays free.\n\n' +
        '2. The DBT therapy group keeps its sliding scale.\n\nAction items:\n\n- Rafe: ask the library about the room\n\nNext meeting: 11 November.\n',
    ],
    [
      'a training for clinicians',
      '# Screening for group: a checklist\n\n*Internal training handout. Not for distribution to clients.*\n\nUse this list in the pre-group interview for any of our ' +
        'therapy groups. Walk through confidentiality and its limits, and the fee for the group.\n\nWrite the recommendation for clinicians who lead the group.\n',
    ],
    [
      "a directory of other organisations' groups",
      "What's on this week: groups, clubs and meetings\n\nListings are submitted by the organisers. Please check with them before travelling.\n\n" +
        'TUESDAY\n\nBereavement Cafe, 2pm to 4pm, Oakfield Village Hall. Run by hospice volunteers for anyone grieving. Free.\n\n' +
        "WEDNESDAY\n\nDBT skills information evening, 6pm, Valley Psychology. The practice's new skills group (fee applies).\n\nTo add your event, email the desk by Tuesday.\n",
    ],
    [
      'a fundraising event',
      'Walk for Hope 5K\n\nRun or walk in memory of someone you have lost, and help fund the free support groups for families after a suicide that meet in three towns. ' +
        'Every dollar raised goes to the coalition. Registration opens at 8 am on Saturday; entry is $30.\n',
    ],
    [
      "a directory of other organisations' groups",
      'Local groups for people with MS\n\nThe groups below are run by independent organisations; the council lists them for information only. ' +
        'Please contact each group directly before you travel.\n\n' +
        'Harwick MS Friends: monthly meetings with tea, Castle Street church. Free.\n',
    ],
    [
      'a glossary entry',
      '**Therapy group** *(noun)*\n\nA small number of clients who meet with one or two licensed clinicians to work on their difficulties together. ' +
        'It is usually paid for by the session and bound by confidentiality and its legal limits.\n\n*Compare:* **support group**, a free gathering of peers.\n',
    ],
    [
      'a news report or an interview',
      "Riverside Health Trust has opened a peer support café in Eastwick for people living with Parkinson's and their carers.\n\nThe café was developed in 2019 after staff saw how isolated many patients felt once their therapy ended.\n\nLead nurse Omar Haddad said:\n“People tell us the café is the first place they have felt understood.”\nVolunteer Rita Moss said:\n“I look forward to every afternoon I spend there.”\n",
    ],
    [
      'a news report or an interview',
      "Riverside Health Trust has opened a peer support café in Eastwick for people living with Parkinson's and the people who care for them.\n\nThe café was developed in 2019 after staff saw how isolated many patients felt once their therapy ended.\n\n“People tell us the café is the first place they have felt understood,” said lead nurse Omar Haddad.\n\n“I look forward to every afternoon I spend there,” said volunteer Rita Moss.\n",
    ],
    [
      'a news report or an interview',
      'A support group has been set up in Farley for people coping with long Covid, where they can compare symptoms.\n\nJo Tranter, who went along after her diagnosis, told Radio Kestrel Evening News: "I don\'t know where I would be without it."\n\nThe meetings are held in Farley, a town hit hard by the virus.\n\nWhy not follow Radio Kestrel on Facebook and Instagram? You can also send story ideas to news@kestrel.example\n',
    ],
    [
      "a directory of other organisations' groups",
      'Family Support\n\nThe groups listed below are provided by a variety of local agencies, not by the council. Contact the host agency directly ' +
        'for the latest times.\n\nHope Circle (Eastvale Family Association)\n\nThis support group meets every Tuesday, 6:00-7:30 pm. Free.\n\n' +
        'New Dads Group (Northside Health Services)\n\nA peer group for fathers, on the second Saturday of the month at 10 am.\n',
    ],
    [
      "a directory of other organisations' groups",
      'Groups for families\n\nSeveral family groups meet around Eastvale. Always check with the host organisation before you go, as rooms change. ' +
        'If you know of a group that is not listed here, email the desk.\n\nKinship Carers (Eastvale Family Association)\n\n' +
        'This group meets every Wednesday, 10:00-11:30 am, at the Grove Centre.\n',
    ],
    [
      'a news report or an interview',
      'Library opens its doors to new carers\n\n  • By Ines Paloma\n\nThe town library now keeps an evening a month for carers, with stalls from the council and the hospital.\n\n' +
        '"Carers often find us last," said librarian Ruth Bell. "We want to be found first," said volunteer Sam Ode.\n',
    ],
    [
      "a directory of other organisations' groups",
      '# Heart Support Groups\n\nGetting over a heart attack is easier in company. Below, we have listed a few heart support groups for you to explore.\n\n## Pulse Walkers\n\nA walking club for people who have finished cardiac rehab, with a gentle route each Saturday morning. Sign up on their website.\n\n## Steady Beat Circle\n\nAn evening circle for partners of heart patients, with time to talk. More details are on their Facebook page.\n',
    ],
    [
      'a training for those who lead groups',
      'Running a support group is harder than it looks.\n\nFamilies living with a rare kidney disease rely on local support groups for news and for company. Yet many support group leaders feel worn out, or were never shown how to keep a meeting on track. To help them, and to encourage new leaders to start groups of their own, the Renal Friends Network has put together the STEADY Hosts course.\n\nThis eight-week training programme gives group leaders the skills and materials to feel more sure of themselves in the role. Each week covers one part of running a support group: planning a meeting, greeting newcomers, handling hard moments and looking after yourself.\n\nSessions are held by video call. At the end of the course, everyone who took part receives a certificate of completion.\n',
    ],
    [
      'research',
      'Objective: to see whether a weekly peer group for new fathers eases low mood. Method: 48 fathers (n = 48) joined one of six groups over a year. ' +
        'Results: mood scores fell in 62% of the men who came to four meetings or more. Conclusions: such groups seem acceptable and cheap to run.\n',
    ],
    [
      'research',
      '# A mindfulness group for carers\n\nBackground\n\nCarers report high stress.\n\nDesign: a pilot of eight weekly sessions in two GP surgeries.\n\n' +
        'Results: 31 of 40 carers (78%) finished the course.\n\nConclusion: a larger trial is warranted.\n',
    ],
    [
      'advice to practitioners on running groups',
      '# Running Better Groups in a Busy Practice\n\nGroup therapy fills a gap that one-to-one work cannot. As a clinician, you can see eight people in the hour you would give one. ' +
        'Make sure you screen each member before the first session, and keep notes on your clients the same way you would for individual work.\n',
    ],
  ];
  for (const [name, text] of cases) {
    it(`knows ${name}, and reads it as not group material`, () => {
      assert.equal(genre(text), name);
      const r = lint(text, { path: '/t.md' });
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(
        r.problems.filter((p) => p.rule !== 'grouplint').map((p) => p.rule),
        [],
      );
    });
  }

  it("groups' own pages that point to their own channels or say their leaders were trained are no directory and no training for leaders", () => {
    // (Each its own group in its own voice: "Sign up on our website", "Our walking group meets…"; "We meet…", beside its leaders'
    // "two-day training".)
    for (const flyer of [
      '# Heart Support Groups\n\nGetting over a heart attack is easier in company. These are the support groups we run ourselves, led by volunteers who have had heart trouble too.\n\n## Pulse Walkers\n\nOur walking group meets every Saturday at 10 am at the Mill Lane car park. Sign up on our website.\n\n## Steady Beat Circle\n\nOur circle for partners meets on the second Tuesday of the month, 7 to 8:30 pm, at the Grange Centre. Email us to come along.\n',
      "# Renal Friends Support Group, Harwick\n\nA free, peer-led support group for people living with a rare kidney disease and their families. It is not medical advice or therapy.\n\nWe meet on the first Wednesday of each month in the Lime Room at Harwick Library. No need to book; just come along.\n\nOur two group leaders both took the network's two-day training, so every meeting runs smoothly. Questions? Email Ana, one of our support group leaders.\n",
    ]) {
      assert.equal(genre(flyer), null, flyer);
      const r = lint(flyer, { path: '/t.md' });
      assert.equal(r.groupMaterial, true, flyer);
      assert.equal(r.kind, 'support', flyer);
    }
  });

  it('a date ("2024-03-15") or a word ending in "th" before "year" ("with year") is no year covered by a report', () => {
    for (const line of ['The circle met on 2024-03-15.', 'It was a with year I have loved.', 'It was both year that we have run it.']) {
      const text = `Annual Report\n\nCarers Circle Programme\n\n${line} Members arrived worn out and left lighter.\n`;
      assert.equal(genre(text), null, text);
    }
    for (const line of ['The circle met in 2023-24.', 'This is the twelfth year I have led the carers circle.']) {
      const text = `Annual Report\n\nCarers Circle Programme\n\n${line} Members arrived worn out and left lighter.\n`;
      assert.equal(genre(text), 'an annual report', text);
    }
  });

  it("a group's own page that links its annual report, or gives a filler's blank once, is still that group's page", () => {
    for (const flyer of [
      '# Riverside Carers Support Group\n\nA free, peer-led support group for unpaid carers; it is not therapy. We meet every Thursday at 7 pm in the Riverside Library. The past year brought us twelve new members.\n\nAnnual report\n',
      '# Riverside Carers Support Group\n\nA free, peer-led support group for unpaid carers; it is not therapy. We meet every Thursday at 7 pm in the Riverside Library. On the sign-in sheet, write [insert name] or just a first name.\n',
    ]) {
      assert.equal(genre(flyer), null, flyer);
      const r = lint(flyer, { path: '/t.md' });
      assert.equal(r.groupMaterial, true, flyer);
      assert.equal(r.kind, 'support', flyer);
    }
  });

  it('one word of a genre alone proves nothing: a flyer that mentions a study or a form is still a flyer', () => {
    const flyer =
      '# Caregiver Support Group\n\nA free, peer-led support group for family caregivers; it is not therapy. A study found that caregivers feel less alone in groups like ours. We meet every Tuesday at 6 pm; the sign-in sheet has a line for [Name] if you like.\n';
    assert.equal(genre(flyer), null);
    const r = lint(flyer, { path: '/t.md' });
    assert.equal(r.kind, 'support');
    assert.equal(r.groupMaterial, true);
  });

  it('a paper form, a newspaper or a handout is no student\'s paper speaking of itself: "this paper form", "featured in this paper", "this paper will"', () => {
    for (const flyer of [
      '# Anxiety Therapy Group\n\nThis therapy group meets on Mondays from 6 to 7:30 pm. To join, fill in this paper form and hand it to reception; the fee is $50 a session.\n',
      '# Widowed Friends\n\nThe Widowed Friends group, featured in this paper last spring, meets every Tuesday from 10 am to noon at the Ashby Library. It is a free support group.\n',
      '# Before Your First Session\n\nOur therapy group meets on Mondays from 6 to 7:30 pm. This paper will be kept in your file and read only by the group leaders.\n',
      '# Hillside Stroke Club\n\nThis group began after a proposal from members of the rehab class. We meet on the first Thursday of each month, 2 to 4 pm, and it is free.\n',
    ])
      assert.equal(genre(flyer), null, flyer);
  });

  it('a book\'s length alone is no book\'s record: a group whose members use a workbook "(160 pages)" is still a flyer', () => {
    const flyer =
      '# Steady Steps Group\n\nOur therapy group for adults with low mood meets every Monday at 6 pm for eight weeks, led by a clinical psychologist. Members work through the workbook *Small Steps* (160 pages) between sessions. The fee is $45 a session.\n';
    assert.equal(genre(flyer), null);
    const r = lint(flyer, { path: '/t.md' });
    assert.equal(r.kind, 'therapy');
    assert.equal(r.groupMaterial, true);
  });

  it('a group flyer that asks for a referral and promises to make members aware of the date is not guidance for clinicians', () => {
    const flyer =
      '# Low Mood Group\n\nThis is group therapy, led by a psychologist. Our group meets on Tuesdays at 6 pm for eight weeks. Ask your GP to make a ' +
      'referral; we will make you aware of the start date.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'therapy');
  });

  it("a counsellor's own group that speaks to teachers as one of them is not advice to practitioners when it gives its day, time and start date", () => {
    const flyer =
      '# Lunch Bunch Group Counseling\n\nTeachers: in my eight years as a school counselor I have found that a lunch group helps shy pupils most. If your students ' +
      'eat alone, send them my way. The group meets on Wednesdays at 12:10 for six weeks, starting February 4, in Room 12.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'therapy');
  });

  it('a flyer that asks members to contact the group directly is no directory', () => {
    const flyer =
      '# Tuesday Carers Group\n\nA free peer support group for carers; it is not therapy. We meet every Tuesday at 10 am in the library. Please contact the group directly with questions.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a flyer that points to a related group ("See also:") is no glossary entry', () => {
    const flyer =
      '# Widowed Parents Support Group\n\nA free, peer-led support group for parents raising children after a partner has died; it is not therapy. We meet on the first Thursday of the month at 7 pm in the library.\n\nSee also: our Saturday group for the children themselves.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a flyer with label rows and a short history is not an encyclopaedia entry', () => {
    const flyer =
      '# Stroke Survivors Support Group\n\n- **Type:** peer support group, not therapy\n- **Purpose:** to share what helps\n- **Founded:** 2009\n\nHistory\n\nMembers started the group after a hospital course ended. It is free; we meet on the first Monday at 2 pm.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a flyer that tells members they can help start a second group is not a guide to starting one', () => {
    const flyer =
      '# Parents of Teens Support Group\n\nA free peer support group; it is not therapy. We meet every Thursday at 7 pm in Room 3. Members who want to start a new group in their own town can ask the facilitator.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a therapy group flyer for referrers that says "workshop" once is not a training for clinicians', () => {
    const flyer =
      '# DBT Skills Group for Teens\n\nThis is group therapy: a 12-week skills workshop led by two licensed psychologists. Please refer your clients; the fee is $60 a session.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'therapy');
  });

  it('a process group for therapists themselves that says it is group therapy stays group therapy, though its hours count for training', () => {
    const flyer =
      '# Process Group for Therapists\n\nThis is group therapy for therapists: a space to look at your own reactions to the work. ' +
      'Led by Mara Quist, PhD, licensed psychologist. Thursdays 7 to 8:30 pm for ten weeks; $55 a session. The hours may count towards training requirements.\n';
    const r = lint(flyer, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });

  it('a process group for clinicians still in practicum is their group, not a training for clinicians', () => {
    const flyer =
      '# T-Group for Early-Career Clinicians\n\nThis process group is designed for pre-licensed clinicians who are already seeing clients in practicum or ' +
      'internship. Members work on their own reactions and relationships in the room. Led by Rosa Kim, LMFT. Wednesdays 6 to 7:30 pm, $45 a session.\n';
    assert.equal(genre(flyer), null);
    // ("Early-Career" in its title is no careers page either.)
    const r = lint(flyer, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });

  it('a paid CE workshop that teaches a method to therapists, session by session, stays no group material', () => {
    const page =
      '# RO DBT for Therapists: a CE Workshop\n\nThis four-session workshop teaches therapists to use RO DBT with over-controlled clients. Each session ' +
      'is live online on Tuesdays at 6 pm, $90 per session, and earns 3 CEUs. Participants practise skills in small groups and receive handouts.\n';
    const r = lint(page, { path: '/t.md' });
    assert.equal(genre(page), 'a training for clinicians');
    assert.equal(r.groupMaterial, false);
  });

  it("a provider's patient information leaflet titled as a guide is its own service's page", () => {
    const leaflet =
      '# A guide to group therapy – patient information leaflet\n\nThe psychotherapy department runs weekly therapy groups for adults referred by their ' +
      'care team. Each group has eight members and two group therapists, and meets for 90 minutes every week for a year.\n';
    const r = lint(leaflet, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
    const article =
      '# A guide to group therapy\n\nGroup therapy brings a few people together with a therapist. Many people find it helps as much as individual therapy.\n';
    assert.equal(lint(article, { path: '/t.md' }).groupMaterial, false);
  });

  it('a practice page that cites a study or two for its method is not research', () => {
    const page =
      '# Anxiety Therapy Group\n\nThis is group therapy for adults with social anxiety, led by a licensed psychologist. Groups like this help most members who attend (Reyes & Wong, 2018), as Amari (2020) also found. It runs for 10 weeks; the fee is $70 a session.\n';
    assert.equal(genre(page), null);
    assert.equal(lint(page, { path: '/t.md' }).kind, 'therapy');
  });

  it('a practice page that names a trial of its method, and who may join, is not research', () => {
    const page =
      '# Panic Skills Group\n\nThis is group therapy for adults with panic attacks, led by a licensed psychologist. The approach was tested in a randomized trial, ' +
      'where most members improved. Eligibility criteria include a referral from your doctor. It runs for 8 weeks; the fee is $60 a session.\n';
    assert.equal(genre(page), null);
    assert.equal(lint(page, { path: '/t.md' }).kind, 'therapy');
  });

  it('a course flyer that lists its aims and objectives, with a percentage, is not research', () => {
    const page =
      '# Living Well with Diabetes\n\nAims: to help you feel more confident with your condition.\n\nObjectives: by the end you will know how to plan meals.\n\n' +
      'Nine in ten people (90%) who came last year said it helped. Free, six weekly sessions on Tuesdays at 2 pm in the health centre.\n';
    assert.equal(genre(page), null);
  });

  it('a course flyer with three labels of its own ("Aims:", "Objectives:", "Design:") is not research; an abstract with its results is', () => {
    const flyer =
      '# Strong Hearts Rehab Class\n\nAims: to help you get moving again after a heart attack.\n\nObjectives: you will learn safe exercises and how to pace yourself.\n\n' +
      "Design: six weekly sessions of gentle exercise and a talk. About 85% of last year's group finished the course. Free, on Wednesdays at 11 am in the Willow Room.\n";
    assert.equal(genre(flyer), null);
    const abstract =
      '# Walking groups after cardiac rehabilitation\n\nAims: to see whether walking in a group keeps people active.\n\nDesign: a follow-up of 140 patients over one year.\n\n' +
      'Results: 62% of the walking group stayed active, against 41% of those who walked alone.\n';
    assert.equal(genre(abstract), 'research');
  });

  it('a support group notice that offers "coping methods" and gives a percentage is not research', () => {
    for (const page of [
      '# Tinnitus Support Group\n\nAbout 10% of adults live with tinnitus. Come and meet others, share coping methods and find out what help there is. ' +
        'The group meets on the first Monday of each month at 6 pm in the library. Free to attend.\n',
      'Hearing Loss Circle\n\nOne in five people (20%) over fifty has some hearing loss. We swap practical methods for busy rooms and noisy cafés. ' +
        'Join us every second Thursday at 10.30 am at the community centre.\n',
    ])
      assert.equal(genre(page), null, page);
  });

  it('"it will take place on <date> from <time>" is a meeting notice; without the hours, quoted in code, or denied it is none', () => {
    const notice = (text: string) => new DocumentModel(parseDocument(text)).affirmed(MEETING_NOTICE).length > 0;
    for (const line of [
      'It will take place on 4 March from 7pm to 9pm in the club room.',
      'It will be held on Tuesday 3 June at 10am at the library.',
      'It takes place on the 12th of October at 6.30 pm.',
    ])
      assert.ok(notice(line), line);
    for (const line of [
      'It will take place on 4 March, somewhere in town.',
      'It will take place in spring at 7pm.',
      'It will not take place on 4 March at 7pm after all.',
      '```\nIt will take place on 4 March from 7pm to 9pm.\n```',
    ])
      assert.ok(!notice(line), line);
  });

  it('a practice page with two numbered references is not research', () => {
    const page =
      '# Anxiety Therapy Group\n\nThis is group therapy for adults with social anxiety, led by a licensed psychologist. Groups like this help most members [1], ' +
      'and gains tend to last [2]. It runs for 10 weeks; the fee is $70 a session.\n';
    assert.equal(genre(page), null);
    assert.equal(lint(page, { path: '/t.md' }).kind, 'therapy');
  });

  it('a flyer announcing that members are setting up a new group, with its own meeting time, stays a flyer', () => {
    const flyer =
      '# Young Widows Support Group\n\nWe are setting up a new support group for young widows and widowers. It is free, peer-led and not therapy. Leaders should be members too, so tell us if you would help. We meet on the first Sunday of the month at 4 pm.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a group that says "we have opened" its own café, with its meeting time, is no news report', () => {
    const flyer =
      "# Eastwick Parkinson's Café\n\nWe have opened a peer support café for people living with Parkinson's and their carers. It was set up by members, and it is free. We meet every Wednesday from 2 pm at Eastwick Library.\n";
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).groupMaterial, true);
  });

  it('a group whose notice says "has been set up in Farley" and gives its meeting time stays its notice', () => {
    const flyer =
      '# Farley Long Covid Group\n\nA support group has been set up in Farley for people coping with long Covid. We meet every Tuesday at 2 pm in Farley Library, and newcomers are welcome.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a flyer with its own meeting time that tells readers how to choose the right group stays a flyer', () => {
    const flyer =
      '# Carers Support Group\n\nChoosing the right group matters, so ask your doctor if you are unsure. Our group meets on Mondays at 6 pm in the library; ' +
      'it is free, peer-led and not therapy.\n';
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it("a group's own page that names one other organisation's groups is not a directory", () => {
    const flyer =
      '# Stammering Peer Group, Leeds\n\nOur free peer group meets on the first Thursday at 7 pm; it is not speech therapy. ' +
      'The British Stammering Association has support groups in other towns too, and we are happy to pass on details.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it("a facilitator's page that tells her own story and quotes members' stories is the group's page, not a personal story", () => {
    const page =
      '# Finding Each Other: Infertility Support Group\n\nI currently facilitate a support group for women facing infertility; contact me if you would like to join. ' +
      'Before I trained, I went through five years of treatment myself, and I felt alone for most of it. Here is what members wrote:\n\n' +
      '> I joined after my second loss. I walked in shaking and I left lighter. I found women who knew exactly what I meant.\n\n' +
      '> I was scared to speak, but I listened, and I came back every month.\n';
    assert.equal(genre(page), null);
    assert.equal(lint(page, { path: '/t.md' }).kind, 'support');
  });

  it("an organisation's page on its own support groups with a member's story below them is the groups' page, not a personal story", () => {
    const page =
      '# Support Groups\n\nVolunteer-led support groups let people with scleroderma meet others who face the same challenges. Our support groups ' +
      "in Idaho and Washington are meeting online for now.\n\n## Dana's story\n\nWhen I was diagnosed I knew nobody with the disease. I searched for " +
      'months, I read everything, and I felt alone. Then I found a group. I went to my first meeting and I cried. I listened, I learned, and I made ' +
      'friends. My husband came with me the next time. I was scared of what the future held, but I left with hope. I have not missed a meeting since, ' +
      'and I now help my group welcome new members.\n';
    const r = lint(page, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
  });

  it('"my first support group meeting" in a member\'s story is no group she runs: the story stays a personal story', () => {
    const story =
      'After my brother died I could not sleep. I tried books, I tried walking, and I tried talking to my GP. In March I finally went to my first support group meeting ' +
      'at the hospice. I sat by the door, I cried, and I said nothing. I went back the next week, and I have gone every month since.\n';
    assert.equal(genre(story), 'a personal story');
  });

  it('"My support group meets…" at a sentence\'s start is a writer who runs the group, as "my support group meets" is', () => {
    const page =
      'When my son was diagnosed I felt alone and I stopped sleeping. I searched for other parents, I found none, and I decided to start a group myself. ' +
      'I booked a room at my church, I printed leaflets, and I waited. Four families came, and I learned more that night than I had in months. ' +
      'My support group meets on the first Saturday of each month.\n';
    assert.equal(genre(page), null);
  });

  it("a founder who tells how she set up her own group is the group's writer, not a personal story", () => {
    const stories = [
      'When my son was born early I felt lost and I barely slept. I searched online, I phoned the ward, and I cried most nights. I wanted other parents ' +
        'to talk to, but I found nobody near me. My partner listened, my mother tried, and I still felt alone. In the end I founded the Early Arrivals ' +
        "Parents Circle, and my circle still meets at the children's centre.\n",
      'I was diagnosed at forty and I felt completely alone. I looked for others, I found nothing nearby, and I read everything I could. I talked to my ' +
        'doctor, I joined two forums, and I waited for my turn at the clinic. So I created the Northside Adult ADHD Peer Support group for people like me, ' +
        'and my first worry was whether anyone would come.\n',
      'After the fire I felt that my wife carried more than I did. I listened to her, I watched her friends drift away, and I wondered who helped the ' +
        'spouses. I asked around my station, I called two chaplains, and I heard the same answer. That is the circle I started, so that my wife and ' +
        'others like her would have someone.\n',
    ];
    for (const story of stories) assert.equal(genre(story), null, story);
  });

  it('a member who tells of going to a group, or of the group she started attending, still tells a personal story', () => {
    const stories = [
      'After my brother died I could not sleep. I tried books, I tried walking, and I tried talking to my GP. My sister worried, my friends called, and ' +
        'I stopped answering. In March I started going to a grief group at the hospice. I sat by the door, I cried, and I said nothing. I went back the ' +
        'next week, and I kept going.\n',
      'After my brother died I could not sleep. I tried books, I tried walking, and I tried talking to my GP. My sister worried, my friends called, and ' +
        'I stopped answering. The group I started attending in March met at the hospice. I sat by the door, I cried, and I said nothing. I went back the ' +
        'next week, and I kept going.\n',
      // (Quoted from a news story, "I founded" of a business is no group.)
      'I lost my job in the spring and I panicked. I applied everywhere, I called everyone, and I heard nothing back. My savings shrank, my temper ' +
        'frayed, and I stopped sleeping. Then I founded a small bakery with my cousin, and I learned to get up at four. I joined a grief group later.\n',
    ];
    for (const story of stories) assert.equal(genre(story), 'a personal story', story);
  });

  it('"I need", "we proceed" in the present tense are not a story told in the past', () => {
    const text =
      'What I need from my group\n\nI need a place to talk. I need people who get it. I need my evenings to mean something. ' +
      'I need my family to rest. We proceed at my pace, and I need that too. Me, myself, my worries: I bring them all.\n';
    assert.notEqual(genre(text), 'a personal story');
  });

  it('a flyer that quotes one member looking back is not a personal story', () => {
    const flyer =
      '# Widowed Parents Support Group\n\nA free peer support group for parents raising children after a partner has died; it is not therapy. We meet on the second ' +
      'Saturday at 10 am. One member put it this way: "I felt lost when I came, I found friends, and I stayed."\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it('a news report on a support group is passed over, and its words on the group do not make it a flyer', () => {
    const report =
      'Families in Alder Bay have a new place to talk after a diagnosis of dementia. The Alder Bay Memory Support Group was launched by two local carers ' +
      'last spring and now draws thirty people a month.\n\n"Nobody told us what the first year would be like," Grace Obi said. "Here we tell each other," ' +
      'she added.\n\nHer co-founder, Sam Lind, said: "It is a support group, run by carers for carers, and the kettle is always on."\n';
    assert.equal(genre(report), 'a news report or an interview');
    const r = lint(report, { path: '/t.md' });
    assert.equal(r.groupMaterial, false);
    assert.deepEqual(r.problems, []);
  });

  it('an interview with a member, under an editor\'s byline, is passed over even where she says "our group"', () => {
    const interview =
      '# Living With Pain: Getting the Most From a Support Group\n\nBy Rosa Lindqvist, editor\n\nTeo Marsh, who belongs to the Hillcrest Back Pain ' +
      'Support Group, answered our questions.\n\nWhat does your group give its members?\nOur group has met for twelve years. We trade tips and laugh a lot.\n';
    assert.equal(genre(interview), 'a news report or an interview');
    assert.equal(lint(interview, { path: '/t.md' }).groupMaterial, false);
    // The group's own page, in the same words but with its meeting time, stays a support group.
    const own =
      '# Hillcrest Back Pain Support Group\n\nWhat does our group give its members?\nOur group has met for twelve years. We trade tips and laugh a lot. ' +
      'We meet the first Monday of each month at 7 pm.\n';
    assert.equal(genre(own), null);
    assert.equal(lint(own, { path: '/t.md' }).kind, 'support');
  });

  it('a report that says when the group will meet, or asks readers to join, is not passed over as news', () => {
    const notice =
      'Families in Alder Bay have a new place to talk after a diagnosis of dementia. The Alder Bay Memory Support Group was launched by two local carers ' +
      'last spring.\n\n"Nobody told us what the first year would be like," Grace Obi said. "Here we tell each other," she added. The group will meet on the ' +
      'first Monday of each month at the library, 7 pm.\n';
    assert.equal(genre(notice), null);
  });

  it("a flyer's own headings and a site's menu are no newspaper's style", () => {
    const flyer =
      'Home | News | Events | Contact\n\n# Stroke Carers Circle\n\nA free peer group for carers, hosted by volunteers and supported by hospital staff.\n\n' +
      '## Meeting Times\n\nSecond Tuesday, 2 pm, Ward 9 day room.\n\n"I came for the tea and stayed for the people," says Joan. "Worth the bus ride," says Del.\n';
    assert.equal(genre(flyer), null);
  });

  it('a flyer that announces its own launch and says when it meets is not a news report', () => {
    const flyer =
      '# Launch of the Harbour Carers Circle\n\nThe circle was founded by two carers in 2020 and is free and peer-led. We meet on Tuesdays at 7 pm in the Quay Room.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).groupMaterial, true);
  });

  it('a flyer\'s "By Appointment Only" line is no byline: with two members quoted it is still no news report', () => {
    const flyer =
      '# Memory Café\n\nBy Appointment Only\n\nA free peer support group for carers of people with dementia; it is not therapy. Call Jo on 555-0148 to book your first visit.\n\n' +
      '"It is the one afternoon I look forward to," said Ana Ruiz. "Nobody rushes you here," said Marc Dell.\n';
    assert.equal(genre(flyer), null);
  });

  it('a flyer that quotes two members is not a news report', () => {
    const flyer =
      '# Young Widowed Circle\n\nA free peer support group for people widowed before fifty; it is not therapy. We meet on Thursdays at 7 pm in the Elm Room.\n\n' +
      '"I stopped feeling like the only one," says Ana. "It is the one evening I look forward to," says Marc.\n';
    assert.equal(genre(flyer), null);
    assert.equal(lint(flyer, { path: '/t.md' }).kind, 'support');
  });

  it("a group's own page that says plainly what it is stays group material even in a genre's words", () => {
    const text =
      '# Our group\n\nThis group is a support group. Responsibilities of members: listen. Requirements: none. How to apply: just come along, every Monday at 7 pm.\n';
    assert.equal(genre(text), 'a job posting');
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, true);
  });
});

describe('why a text about groups is passed over', () => {
  it('names the genre and the words it was known by', () => {
    const r = lint(
      '# Why groups help after a loss\n\nThis short article is aimed at families weighing up a bereavement group.\n\nKey takeaways\n\n- A support group is often free.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
    assert.equal(r.notGroupReason, 'it reads as an article ("This short article is aimed", "Key takeaways")');
  });
  it('names a news report by its words, without the quotation marks its signs take in', () => {
    const r = lint(
      'The Fenwick stroke support group marked ten years on Sunday. Speaking to the Valley Gazette, Odile Marsh said: "Carers need to hear it."\n\n' +
        'She added: "Ask early."\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
    assert.equal(r.notGroupReason, 'it reads as a news report or an interview ("said", "Speaking to the Valley")');
  });

  it("names an article's title", () => {
    const r = lint('# 7 Benefits of Joining a Support Group\n\nSupport groups are usually free and led by volunteers.\n', { path: '/t.md' });
    assert.equal(r.notGroupReason, 'its title, "7 Benefits of Joining a Support Group", reads as an article\'s or a directory\'s');
  });
  it('says what a page about groups lacks when no genre explains it', () => {
    const r = lint('Support groups can ease the loneliness of caring for someone with dementia, and many are free.\n', { path: '/t.md' });
    assert.equal(r.groupMaterial, false);
    assert.match(r.notGroupReason ?? '', /^it speaks of groups but describes none of its own: no "our group"/);
  });
  it('says nothing for text that never speaks of a group, for group material, or for a comparison', () => {
    assert.equal(lint('# Build notes\n\nRun the build, then the tests.\n', { path: '/t.md' }).notGroupReason, undefined);
    assert.equal(
      lint('# Grief Support Group\n\nOur peer support group meets on Tuesdays at 7 pm. It is free and not therapy.\n', { path: '/t.md' }).notGroupReason,
      undefined,
    );
    const comparison = lint(
      '# Support group or group therapy?\n\nA support group is peer-led and free. Group therapy is led by a licensed clinician and has a fee. Support groups share experience; group therapy treats.\n',
      { path: '/t.md' },
    );
    assert.equal(comparison.comparison, true);
    assert.equal(comparison.notGroupReason, undefined);
  });
});

describe('article titles', () => {
  const body = '\n\nA support group brings together people who share a loss. Support groups are usually free and led by volunteers, and many meet weekly.\n';
  for (const title of [
    '7 Benefits of Joining a Support Group',
    'Opinion: What a Support Group Should Never Charge',
    'Is a Support Group Right for You?',
    'Finding a Caregiver Support Group: A Practical Guide',
    'Questions to Ask Before You Join a Support Group',
    'Grief Support Groups in Port Alder, OR',
    'Caregiver support groups near you',
    'What Are Support Groups for Panic? (1/2)',
  ]) {
    it(`"${title}" heads an article about the kind, not a group's own page`, () => {
      assert.equal(lint(`# ${title}${body}`, { path: '/t.md' }).groupMaterial, false);
    });
  }
  it('"… Explained" after any name of groups ("DBT Skills Groups Explained") heads an explainer', () => {
    const r = lint('# DBT Skills Groups Explained\n\nA skills group is a class where people learn DBT skills. Many clinics run one.\n', { path: '/t.md' });
    assert.equal(r.groupMaterial, false);
    assert.match(r.notGroupReason ?? '', /reads as an article's/);
  });
  it('a group named in its title, with its own words, stays a flyer', () => {
    const r = lint('# Caregiver Support Group\n\nOur support group meets every Tuesday at 6 pm. It is free, peer-led and not therapy.\n', { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
  });
  it('a title in title case that names a setting, not a place ("Group Therapy in Adolescent Substance Use Treatment"), is no directory', () => {
    const r = lint(
      "# Group Therapy in Adolescent Substance Use Treatment\n\nAt Harbor Youth Recovery, group therapy is part of every teen's treatment programme. " +
        'Our groups are led by licensed counselors and meet daily.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'therapy');
  });
  it('"this page will guide you" is not a guide\'s title', () => {
    const r = lint(
      '# Group Therapy at Northside\n\nThis page will guide you through our groups. Our therapy groups meet weekly and are led by licensed psychologists.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'therapy');
  });
});

describe('a first line that asks about a kind of group', () => {
  for (const first of [
    'Does Insurance Cover Group Therapy?',
    'Is Group Counseling For You?',
    'Should Your Teen Try a Therapy Group?',
    'How Many Group Therapy Sessions Does Medicare Cover?',
  ]) {
    it(`"${first}" heads an explainer of the kind, not a group's own page`, () => {
      const text = `${first}\n\nGroup therapy brings several people together with a trained therapist. Many people wonder what it costs and whether it would suit them.\n`;
      const r = lint(text, { path: '/t.md' });
      assert.equal(r.groupMaterial, false);
      assert.match(r.notGroupReason ?? '', /first line, "[^"]+", asks about a kind of group in general/);
    });
  }
  it('a flyer that opens with a question to the reader ("Are you grieving?") stays a flyer', () => {
    const r = lint(
      'Are you grieving the loss of a parent?\n\nOur grief support group meets every Tuesday at 6 pm at Grace Church. It is free and it is not therapy.\n',
      {
        path: '/t.md',
      },
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
  });
  it('a first question about the kind over a page that speaks as the one who runs the group stays group material', () => {
    const r = lint(
      'Why Join a Grief Support Group?\n\nI currently facilitate a support group for widows in the valley. Write to me if you would like to hear more.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
    const faq = lint(
      'Is my child ready for group therapy?\n\nAt Bright Steps, we place each child in a therapy group that suits them. The group therapy experience is built around play.\n',
      {
        path: '/t.md',
      },
    );
    assert.equal(faq.kind, 'therapy');
  });
  it('"What is group therapy?" over a practice\'s own page stays group therapy', () => {
    const r = lint(
      '# What Is Group Therapy?\n\nA therapy group at our practice is five to eight people and a licensed psychologist meeting weekly for 90 minutes.\n',
      {
        path: '/t.md',
      },
    );
    assert.equal(r.kind, 'therapy');
  });
});

describe("a web page's navigation above its title", () => {
  it('"Search", "Close this search box." and "Mobile menu open" are passed over: the title under them decides', () => {
    const text =
      'Search\n\nClose this search box.\n\nMobile menu open\n\nGroup Therapy for Teens – A Complete Guide for Parents\n\nGroup therapy is a form of treatment for several teens at once.\n';
    const r = lint(text, { path: '/t.md' });
    assert.equal(r.groupMaterial, false);
    assert.match(r.notGroupReason ?? '', /Complete Guide/);
  });
});

describe('the kind in general', () => {
  it('"Within a stroke support group, you will…" and "Support groups offer…" speak of the kind in general', () => {
    const text =
      '# Life After a Stroke\n\nWithin a stroke support group, you will meet people who understand. Stroke support groups offer practical tips and company.\n';
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, false);
  });
  it('"In our stroke support group, you will…" is the page\'s own group', () => {
    const text = '# Life After a Stroke\n\nIn our stroke support group, you will meet people who understand. Our support group meets every Monday at 10 am.\n';
    const r = lint(text, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
  });
});

describe('a call for volunteers', () => {
  const read = (text: string) => lint(text, { path: '/t.md' });
  it("a page that asks readers to volunteer as helpers, with the helpers' own process, is no group's own page", () => {
    const calls = [
      "# Why volunteer as a carers' circle host\n\nHosting a circle lets you give back. You will complete the volunteer training before your first session, " +
        'and we ask hosts to follow the peer support group guidelines at every meeting.\n',
      '# Drivers sought for village lunch club\n\nThe charity is appealing for local volunteers so that its monthly lunches for people living alone can begin. ' +
        'Anyone with a car is eligible to volunteer. Contact the coordinator on 01632 960 441.\n',
      '# Help run our bereavement support group\n\nWould you like to become a group facilitator? Volunteers are urgently needed to welcome people at our ' +
        'support group. Download the volunteer application form.\n',
    ];
    for (const text of calls) {
      assert.equal(genre(text), 'a call for volunteers', text);
      assert.equal(read(text).groupMaterial, false, text);
    }
  });
  it('one sign alone, or helpers only described, makes no call: "run by volunteers", "a volunteer driver collects you"', () => {
    const own = [
      '# Stroke Support Group\n\nOur peer support group is run by volunteers who have had a stroke. We meet every Tuesday at 2 pm in the library.\n',
      '# Friday Lunch Club\n\nA volunteer driver collects each guest from home and a volunteer host serves lunch. Interested in volunteering? Ring us.\n',
    ];
    for (const text of own) assert.notEqual(genre(text), 'a call for volunteers', text);
  });
  it("a call for helpers that also asks members to come stays that group's notice", () => {
    const text =
      "# Carers' Support Group\n\nVolunteers are needed to make the tea, and anyone interested in volunteering is welcome to ring us. " +
      'Anyone interested in helping or in attending the group can call 01632 960 118.\n';
    assert.notEqual(genre(text), 'a call for volunteers');
  });
  it("a group's own page that asks for helpers below its own meeting time stays the group's page", () => {
    const text =
      "# Parkinson's Peer Support Group\n\nOur support group meets on the first Monday of each month, 10:30 am to 12 noon, at the community hall. " +
      'All are welcome and it is free.\n\n## Want to volunteer?\n\nVolunteers are always needed to help set up the room.\n';
    const r = read(text);
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
  });
  it('a call that is denied or quoted in a code block is no call', () => {
    const text =
      '# Anxiety Support Group\n\nWe meet on Wednesdays at 7 pm. No volunteers are needed at present.\n\n```\nwhy volunteer as a host? volunteer training\n```\n';
    const r = read(text);
    assert.equal(r.groupMaterial, true);
  });
});

describe('a letter to an editor', () => {
  it('a letter that opens "To the Editor:" on a peer-led method is no group\'s page', () => {
    const text =
      '# Letters\n\nTo the Editor: The Hillside method is a peer-led programme that teaches members to notice anxious thoughts. ' +
      'In our clinic, patients who took part in it reported fewer admissions over two years.\n\nJ. Ortega, M.D.\nDepartment of Psychiatry\n';
    assert.equal(genre(text), 'a letter to an editor');
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, false);
  });
  it('a heading "Letter to the Editor" over a reader\'s view of support groups in general is one too', () => {
    const text =
      '## Letter to the Editor\n\nSupport groups gave my family more than any leaflet did, and I hope the council keeps funding them. ' +
      'They are peer-led and free, and nobody is turned away.\n\nMargaret Hale, Dunmore\n';
    assert.equal(genre(text), 'a letter to an editor');
  });
  it("a letter to the editor that gives one group's own meeting time and contact stays that group's notice", () => {
    const text =
      'To the editor:\n\nOur Stroke Survivors Support Group meets every second Tuesday at 7 pm in the Riverton Library. ' +
      'It is free and peer-led. Call Pat at 555-0144 to find out more.\n';
    assert.notEqual(genre(text), 'a letter to an editor');
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, true);
  });
  it('"to the editor" inside a sentence, or in a code block, is no letter', () => {
    const text =
      '# Riverton Grief Support Group\n\nWe wrote to the editor: of the paper last spring to thank them. Our free peer support group meets on Mondays at 6 pm.\n\n```\nTo the Editor:\n```\n';
    assert.notEqual(genre(text), 'a letter to an editor');
  });
  it('an article that calls itself one of a run ("In this first article…", "in this 4-part series we are exploring…") is an article', () => {
    const text =
      '# How Our Programme Works: Neighbourhood Carer Circles\n\nIn this 4-part series we are exploring the parts of our programme one by one. ' +
      'In this first article we look at the carer circles.\n\nCarer circles are peer self-help groups in small towns. Most meet once a month, ' +
      'and members swap advice and hear from project staff.\n';
    assert.equal(genre(text), 'an article');
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, false);
  });
  it('a course flyer that counts its own sessions ("in this 6-part series you will learn…") is no article series', () => {
    const text =
      '# Coping Skills Series\n\nIn this 6-part series you will learn ways to calm a racing mind. This is group therapy led by a licensed ' +
      'psychologist; it meets Tuesdays at 6 pm and costs $40 a session.\n';
    assert.notEqual(genre(text), 'an article');
    assert.equal(lint(text, { path: '/t.md' }).kind, 'therapy');
  });
  it('"this first article" inside a code block is no sign of an article on a group\'s own page', () => {
    const text =
      '# Riverside Carers Support Group\n\nWe are a free peer support group and we meet every Thursday at 2 pm in the Riverside library.\n\n' +
      '```\nIn this first article we look at carers\n```\n';
    assert.notEqual(genre(text), 'an article');
    assert.equal(lint(text, { path: '/t.md' }).kind, 'support');
  });
  it('an interview printed as questions with "Answer:" lines again and again, headed a Q&A, is an interview', () => {
    const text =
      '# Why Carers Need Support Groups\n\nWe bring you a short Q&A with a social worker who has run a memory clinic for years.\n\n' +
      'What do carers gain from a support group?\n\nAnswer: They learn from each other, feel less alone, and our group gives them a place to ask questions.\n\n' +
      'How did your own group begin?\n\nAnswer: A few families asked for one, and it grew from there.\n';
    assert.equal(genre(text), 'a news report or an interview');
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, false);
  });
  it('an "Answer:" label after a bullet or bold still counts, on its own line only', () => {
    const text =
      '# Why Carers Need Support Groups\n\nWe bring you a short Q&A with a social worker who has run a memory clinic for years.\n\n' +
      'What do carers gain from a support group?\n\n- Answer: They learn from each other and feel less alone.\n\n' +
      'How did your own group begin?\n\n**Answer:** A few families asked for one, and it grew from there.\n';
    assert.equal(genre(text), 'a news report or an interview');
    // (A label is read on its own line only: lines of punctuation before it do not join it. The leading marks a label may follow
    // exclude the line break, so no search runs from every line start across all the lines after it.)
    assert.equal(genre('# Notes\n\n?\n- \nAnswer is no.\n?\nanswer is yes\n'), null);
  });
  it('a group\'s own questions and answers with one "Answer:" line, or "A:" lines, is no interview', () => {
    const text =
      '# Riverside Carers Support Group: Q&A\n\nIs it free?\n\nAnswer: Yes, there is no charge, and it is not therapy.\n\n' +
      'When do you meet?\n\nA: Every Thursday at 2 pm in the Riverside library.\n\nWho can come?\n\nA: Anyone caring for a relative.\n';
    assert.notEqual(genre(text), 'a news report or an interview');
    assert.equal(lint(text, { path: '/t.md' }).kind, 'support');
  });
});

describe('a news item about a group that moved online, and an explainer on group therapy in general', () => {
  const read = (text: string) => lint(text, { path: '/t.md' });
  it('a story of a youth group that another body took online, under a news site\'s "Related Stories", is a news report', () => {
    for (const text of [
      'Teen peer support group finds new members on video\n\nWhen the library closed its doors, the Harbourside teen support group went online, and more members began to log in. ' +
        'The group, called Open Door, lets young people back each other up.\n\nRelated Stories\n',
      'Carers circle grows after going virtual\n\nLast spring the Millbrook Trust took its carers support group online, and attendance doubled. ' +
        'Members say they can join from a phone during a lunch break.\n\n## Related articles\n',
      'Bereavement group shifts to video\n\nThe hospice bereavement support group moved to Zoom in March and has kept meeting there since.\n\nRelated news\n',
    ]) {
      const r = read(text);
      assert.equal(r.groupMaterial, false, text);
      assert.match(r.notGroupReason ?? '', /^it reads as a news report or an interview/, text);
    }
  });
  it('a group\'s own page that says "we moved online", or gives its time, stays that group\'s page', () => {
    for (const text of [
      '# Harbourside Teen Support Group\n\nWe moved online during the pandemic and our group still meets on Zoom every Wednesday at 6 pm. Email hello@example.org for the link.\n\nRelated Stories\n',
      '# Carers Circle\n\nOur carers support group went virtual last year. Join us on Thursdays, 7–8 pm; it is free and peer-led.\n\nRelated news\n',
    ]) {
      assert.equal(read(text).groupMaterial, true, text);
    }
  });
  it('"moved online" inside a quotation, a code block or a URL alone makes no news report', () => {
    for (const text of [
      '# Teen Support Group\n\n```\nthe group moved online\n```\n\nWe meet on Mondays at 5 pm in the youth centre. Related Stories\n',
      "# Teen Support Group\n\nSee https://example.org/group-moved-online for last year's notes. We meet on Mondays at 5 pm in the youth centre.\n",
    ]) {
      assert.equal(read(text).groupMaterial, true, text);
    }
  });
  it("an explainer whose sentences make claims about group therapy in general is not a group's page", () => {
    for (const text of [
      'Introduction\n\nGroup therapy is one of the main parts of a day programme. The truth is that group therapy can speed recovery in several ways.\n\n' +
        'Insurers often require it, and group psychotherapy improves results from medication too.\n',
      'Why group therapy matters\n\nGroup therapy is one of the oldest forms of treatment. Group therapy can lower the cost of care, and group therapy helps people practise new skills.\n',
    ]) {
      const r = read(text);
      assert.equal(r.groupMaterial, false, text);
    }
  });
  it("a practice's own group that opens with a general sentence on group therapy, then gives its schedule and fee, stays therapy", () => {
    for (const text of [
      '# Anxiety Therapy Group\n\nGroup therapy is one of the most effective treatments for anxiety. Our eight-week group is led by a licensed psychologist and meets on Tuesdays, 6–7:30 pm. The fee is $60 per session.\n',
      '# Mood Skills Group\n\nThe fact is that group therapy can help. This group is group therapy, led by Dr. Ana Ruiz, on Thursdays at 5 pm; each session costs $45.\n',
    ]) {
      const r = read(text);
      assert.equal(r.groupMaterial, true, text);
      assert.equal(r.kind, 'therapy', text);
    }
  });
});
