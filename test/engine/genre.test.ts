// Writing about groups that is not a group's own material (templates, research, job posts,
// reviews, syllabi) is known by several of its own words together; one alone proves nothing.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseDocument } from '../../server/src/engine/parse';
import { DocumentModel } from '../../server/src/engine/document';
import { genreOf } from '../../server/src/engine/kind';

const genre = (text: string) => genreOf(new DocumentModel(parseDocument(text)));

describe("genres that are not a group's own material", () => {
  const cases: Array<[string, string]> = [
    [
      'a blank template',
      '# Group Agreement\n\nI, ____________, agree to keep what members of [Group Name] share within the group.\n\nSigned: ____________ Date: [Date]\n',
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
      'a job posting',
      '# Support Group Facilitator\n\nResponsibilities: lead two caregiver support groups a week.\n\nQualifications: two years of group experience.\n\nHow to apply: send a letter.\n',
    ],
    [
      'a review',
      '# Book review: Rooms Full of Chairs\n\nThe author spent a year in a grief support group. Readers who have sat in such a circle will know the book at once.\n',
    ],
    [
      'a guide to starting a group',
      '# Start a Group in Your Town\n\nNo group near you? You could start your very own support group for parents of children with diabetes.\n\n## Spread the word\n\nPrint flyers for the clinic and the library. At your first meeting, keep it simple.\n',
    ],
    [
      'a course syllabus',
      '# Group Counseling: Theory and Practice\n\nCourse description: the history of group therapy. Students will lead a practice group; assignments are due weekly.\n',
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

  it('one word of a genre alone proves nothing: a flyer that mentions a study or a form is still a flyer', () => {
    const flyer =
      '# Caregiver Support Group\n\nA free, peer-led support group for family caregivers; it is not therapy. A study found that caregivers feel less alone in groups like ours. We meet every Tuesday at 6 pm; the sign-in sheet has a line for [Name] if you like.\n';
    assert.equal(genre(flyer), null);
    const r = lint(flyer, { path: '/t.md' });
    assert.equal(r.kind, 'support');
    assert.equal(r.groupMaterial, true);
  });

  it("a group's own page that says plainly what it is stays group material even in a genre's words", () => {
    const text =
      '# Our group\n\nThis group is a support group. Responsibilities of members: listen. Requirements: none. How to apply: just come along, every Monday at 7 pm.\n';
    assert.equal(genre(text), 'a job posting');
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, true);
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
  ]) {
    it(`"${title}" heads an article about the kind, not a group's own page`, () => {
      assert.equal(lint(`# ${title}${body}`, { path: '/t.md' }).groupMaterial, false);
    });
  }
  it('a group named in its title, with its own words, stays a flyer', () => {
    const r = lint('# Caregiver Support Group\n\nOur support group meets every Tuesday at 6 pm. It is free, peer-led and not therapy.\n', { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
  });
  it('"this page will guide you" is not a guide\'s title', () => {
    const r = lint(
      '# Group Therapy at Northside\n\nThis page will guide you through our groups. Our therapy groups meet weekly and are led by licensed psychologists.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'therapy');
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

describe('a practice speaking of its own group therapy', () => {
  it('"Group therapy gives…" at a sentence\'s start opens the page\'s own group (practices write of their service so)', () => {
    const text =
      '# Groups at Harbour Counselling\n\nGroup therapy gives clients a place to work on what troubles them alongside others. ' +
      'Groups run for ten weeks with two of our therapists.\n';
    const r = lint(text, { path: '/t.md' });
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });
  it('a plural ("Therapy groups are…") is still the kind in general', () => {
    const text = '# Finding Your Feet\n\nTherapy groups are one option among many. Ask your doctor which might suit you.\n';
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, false);
  });
});

describe('a page that weighs both kinds in general', () => {
  it('"Support groups help. Group therapy helps too." speaks of both kinds in general: no kind is read from it', () => {
    const text = '# Where to Turn\n\nSupport groups help many people. Group therapy helps others. Your doctor can tell you more.\n';
    assert.equal(lint(text, { path: '/t.md' }).groupMaterial, false);
  });
});

describe('the kind as a topic or in general, in more words', () => {
  const material = (body: string) => lint(`# Paying for Care\n\n${body}\n`, { path: '/t.md' }).groupMaterial;
  it('the object of "for", "about" or "than" is a topic: "Coverage for group therapy is…", "More intensive than support groups"', () => {
    assert.equal(material('Coverage for group therapy is set by each plan. The amount you pay for group therapy depends on your deductible.'), false);
    assert.equal(material('Bereavement counselling is more intensive than support groups and tailored to you.'), false);
  });
  it('a modal or a word of frequency makes it the kind in general: "Group therapy can bring…", "Sometimes group therapy is…"', () => {
    assert.equal(material('Group therapy can bring a lot of feedback. Sometimes group therapy is more effective than talking alone.'), false);
  });
  it('the same words with a group of its own still read as group material', () => {
    const r = lint(
      '# Tuesday Anxiety Group\n\nGroup therapy can bring a lot of feedback. Our group meets on Tuesdays at 6 pm with a licensed psychologist.\n',
      {
        path: '/t.md',
      },
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });
});

describe("a method's group named as the subject", () => {
  it('"The DBT skills group is adapted for teens…" opens the page\'s own group therapy', () => {
    const r = lint(
      '# Teen Programme\n\nThe DBT skills group has been adapted to the needs of teenagers. Group members learn to notice and name feelings. Each term runs 12 weeks with a licensed therapist.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });
  it('"The second part of DBT is the weekly skills group" describes the method, not a group of the page', () => {
    const r = lint('# Paying for Treatment\n\nThe second part of DBT is the weekly skills training group, which works like a class. Prices vary by city.\n', {
      path: '/t.md',
    });
    assert.equal(r.groupMaterial, false);
  });
});

describe('a group of its own, told by who runs it', () => {
  it('"The current group will be run by a psychotherapist" with DBT words is group therapy', () => {
    const r = lint(
      '# Teen DBT\n\nDBT teaches skills for strong feelings. The current group will be run by a psychotherapist and will focus on getting along with others.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });
});

describe('a question that takes the kind as given', () => {
  it('"Is this grief therapy group right for me?" names the page\'s own group therapy, even beside grief support groups', () => {
    const r = lint(
      '# New group beginning in March\n\n(Mondays 6:30 to 8 pm)\n\nIs this grief therapy group right for me?\n\nGrief support groups are usually open to anyone at any time. This group is closed after the second week.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'therapy');
  });
  it('"Is a support group right for me?" takes nothing as given', () => {
    const r = lint('# Finding Help\n\nIs a support group right for me? Many people find one helpful.\n', { path: '/t.md' });
    assert.equal(r.groupMaterial, false);
  });
});

describe('a group that denies being therapy', () => {
  it('is read as support even when its other words lean clinical (a fee for a workbook, classes, a curriculum)', () => {
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
});

describe('peer support as a benefit, not a name', () => {
  it('"group discussions to foster learning and peer support" in an ACT group does not make it a support group', () => {
    const r = lint(
      '# ACT for Chronic Pain\n\nAcceptance and Commitment Therapy (ACT) helps people live well with pain. This group helps you build a life around your values. The program includes group discussions to foster learning and peer support.\n',
      { path: '/t.md' },
    );
    assert.equal(r.kind, 'therapy');
  });
  it('"We offer peer support for new parents" still names the kind', () => {
    const r = lint('# New Parents\n\nWe offer peer support for new parents every Friday at 10 am in the library. It is free.\n', { path: '/t.md' });
    assert.equal(r.kind, 'support');
  });
});

describe('a bare plural title', () => {
  it('"Support Groups" over general sentences, with no group of its own and no logistics, is an article', () => {
    const r = lint(
      '# Support Groups\n\nDementia caregiver support groups bring together people who look after someone with memory loss. These are places to listen and share.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
  });
  it('"Support Groups" over a group of its own is that group\'s page', () => {
    const r = lint('# Support Groups\n\nOur caregiver support group meets on the first Monday of each month at 6 pm. Everyone is welcome.\n', {
      path: '/t.md',
    });
    assert.equal(r.kind, 'support');
  });
});

describe('"this" as a pronoun', () => {
  it('"This is where support groups come in" is not a group of the page\'s own', () => {
    const r = lint(
      '# Life After Stroke\n\nRecovery can feel lonely. This is where support groups come in: survivors who understand can share what helped them.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
  });
});

describe('a flyer for one group with a section comparing the kinds', () => {
  it('is judged as that group (title names one group of one kind), not exempted as a comparison', () => {
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
  it('a page titled with both kinds side by side is still a comparison', () => {
    const r = lint(
      '# Support Group or Group Therapy?\n\nA support group is led by peers and is free. Group therapy is a clinical service run by a licensed therapist, usually for a fee.\n',
      { path: '/t.md' },
    );
    assert.equal(r.groupMaterial, false);
  });
});
