// Kind resolution: front matter, then config globs, then the words; the source is
// reported. Comparison pages and documents that are not group material stay silent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, lint, mergeConfig, type Kind, type KindSource } from '../../server/src/engine';
import { SUPPORT_NAME } from '../../server/src/engine/vocab';

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
const UNCLEAR = '# Tuesday Night Group\n\nA place to talk about grief with others who understand. Room 2, 7 pm.\n';

function kindOf(text: string, opts: { path?: string; kinds?: Record<string, Kind> } = {}) {
  const config = opts.kinds ? mergeConfig(defaultConfig(), { kinds: opts.kinds }) : undefined;
  const r = lint(text, { path: opts.path, config });
  return { kind: r.kind, source: r.kindSource, groupMaterial: r.groupMaterial, comparison: r.comparison, rules: r.problems.map((p) => p.rule) };
}

describe('kind resolution', () => {
  describe('front matter', () => {
    for (const kind of ['support', 'therapy'] as const) {
      it(`group: ${kind}`, () => {
        const r = kindOf(`---\ngroup: ${kind}\n---\n${UNCLEAR}`);
        assert.equal(r.kind, kind);
        assert.equal(r.source, 'front-matter');
        assert.ok(!r.rules.includes('declare-kind'));
      });
    }

    it('beats a config glob and the words', () => {
      const r = kindOf('---\ngroup: therapy\n---\n# Grief Support Group\n\nThis is a peer support group. Free.\n', {
        path: 'flyers/support/a.md',
        kinds: { 'flyers/support/**': 'support' },
      });
      assert.equal(r.kind, 'therapy');
      assert.equal(r.source, 'front-matter');
    });

    it('with CRLF and a BOM', () => {
      assert.equal(kindOf('\uFEFF' + crlf(`---\ngroup: support\n---\n${UNCLEAR}`)).source, 'front-matter');
    });

    it('an unknown value: kind-unknown, never declare-kind', () => {
      const r = kindOf('---\ngroup: Support\n---\n' + UNCLEAR);
      assert.equal(r.kind, null);
      assert.equal(r.source, null);
      assert.ok(r.groupMaterial);
      assert.deepEqual(r.rules, ['kind-unknown']);
    });

    it('a declared kind is linted even on a comparison page', () => {
      const r = kindOf(
        '---\ngroup: support\n---\n# Support groups vs. group therapy\n\nSupport groups are free and peer-led. Group therapy has a fee and a licensed leader.\n',
      );
      assert.equal(r.kind, 'support');
      assert.equal(r.comparison, true);
      assert.ok(r.groupMaterial);
    });

    it('"group:" in a fenced code block is not front matter', () => {
      assert.equal(kindOf('# Notes\n\n```yaml\n---\ngroup: support\n---\n```\n').kind, null);
    });

    it('front matter that is not valid YAML: a notice, no kind from it', () => {
      const r = kindOf('---\n: [\n---\n# Notes\n');
      assert.equal(r.kind, null);
      assert.deepEqual(r.rules, ['grouplint']);
    });

    it('unclosed front matter: a notice', () => {
      assert.deepEqual(kindOf('---\ngroup: support\n').rules, ['grouplint']);
    });
  });

  describe('config globs', () => {
    it('give the kind when front matter does not', () => {
      const r = kindOf(UNCLEAR, { path: 'flyers/therapy/tuesday.md', kinds: { 'flyers/therapy/**': 'therapy' } });
      assert.equal(r.kind, 'therapy');
      assert.equal(r.source, 'config');
    });

    it('beat the words', () => {
      const r = kindOf('# Grief Support Group\n\nThis is a peer support group. Free.\n', {
        path: 'flyers/therapy/a.md',
        kinds: { 'flyers/therapy/**': 'therapy' },
      });
      assert.equal(r.kind, 'therapy');
      assert.equal(r.source, 'config');
    });

    it('without a path, globs do not apply', () => {
      assert.equal(kindOf(UNCLEAR, { kinds: { '**': 'support' } }).kind, null);
    });
  });

  describe('inferred from the words', () => {
    const cases: Array<[string, string, Kind | null]> = [
      ['a support-group title', '# Grief Support Group\n\nWe meet Tuesdays at 7 pm. Free, peer-led, drop-in.\n', 'support'],
      [
        'a therapy-group title with fee and licensed leader',
        '# Anxiety Therapy Group\n\nAn 8-week group led by a licensed psychologist. $60 per session, insurance accepted.\n',
        'therapy',
      ],
      ['"This is group therapy"', '# Tuesday Group\n\nThis is group therapy. We meet weekly. $50 per session.\n', 'therapy'],
      ['"This is a support group"', '# Tuesday Circle\n\nThis is a support group. We meet weekly.\n', 'support'],
      ['a DBT skills group with fee and licensed leader', '# DBT Skills Group\n\nWeekly, 12 weeks, led by a licensed therapist, $40 per session.\n', 'therapy'],
      [
        "a denial of therapy is a support group's disclaimer",
        '# Tuesday Circle\n\nThis is not group therapy. We meet weekly to share and listen. Free.\n',
        'support',
      ],
      [
        '"a non-clinical group, not therapy" denies both: a support group',
        '# Tuesday Circle\n\nThis is a non-clinical group, not therapy. We meet every Tuesday at 7 pm at the library. Free.\n',
        'support',
      ],
      [
        '"a non-therapy group" is no statement of therapy',
        '# Tuesday Circle\n\nThis is a non-therapy group for widows. We meet every Tuesday at 7 pm at the library. Free.\n',
        'support',
      ],
      [
        '"a non-profit support group": "non-" denies only the word it is joined to',
        '# Tuesday Circle\n\nThis is a non-profit support group for widows. We meet every Tuesday at 7 pm. Free.\n',
        'support',
      ],
      [
        'peer support as what group therapy gives ("Group therapy provides peer support") names no support group',
        '# Grief Group\n\nGroup therapy provides peer support and professional guidance. Led by a licensed counselor. Ten weeks. $60 per session.\n',
        'therapy',
      ],
      [
        '"offers peer support sessions" still names the support sessions it runs',
        '# Grief Circle\n\nThe charity offers peer support sessions run by trained volunteers. Tuesdays, 7 pm. Free.\n',
        'support',
      ],
      [
        '"group therapy rather than a support group" is group therapy',
        '# Grief Group\n\nThis is group therapy rather than a support group. Led by a licensed counselor. Ten weeks. $60 per session.\n',
        'therapy',
      ],
      [
        '"a peer support group rather than therapy" is a support group',
        '# Grief Circle\n\nWe are a peer support group rather than therapy. Tuesdays, 7 pm. Free.\n',
        'support',
      ],
      [
        '"no longer a support group" is no support group',
        '# Grief Group\n\nThis is group therapy. It is no longer a support group. Led by a licensed counselor. Ten weeks. $60 per session.\n',
        'therapy',
      ],
      [
        '"more structured than a support group" compares, and names no support group of its own',
        '# Grief Group\n\nThis is group therapy. It is more structured than a support group. Led by a licensed counselor. Ten weeks. $60 per session.\n',
        'therapy',
      ],
      [
        '"a good complement to therapy, not a substitute" sets therapy beside the group, and names no therapy of its own',
        '# Anxiety Peer Support Group\n\nEvery other Monday, 7 pm, Room 12. Free. The group is a good complement to therapy, not a substitute for it.\n',
        'support',
      ],
      [
        '"the group is cheaper than therapy" compares',
        '# Anxiety Peer Support Group\n\nEvery other Monday, 7 pm. Free. Members sometimes say that the group is cheaper than therapy.\n',
        'support',
      ],
      [
        '"a fellowship of men and women who share their experience"',
        '# Tuesday Night Group\n\nWe are a fellowship of men and women who share their experience with one another. Room 2, Tuesdays 7 pm.\n',
        'support',
      ],
      ['"a mom-to-mom group"', '# Tuesday Night Group\n\nA mom-to-mom group for new mothers. Room 2, Tuesdays 7 pm.\n', 'support'],
      ['"not a support group; it is group therapy"', '# Tuesday Circle\n\nThis is not a support group; it is group therapy. We meet weekly.\n', 'therapy'],
      ['a blockquote body', '# Grief Support Group\n\n> We meet weekly. Free.\n', 'support'],
      ['Spanish: grupo de apoyo', '# Grupo de apoyo\n\nEste es un grupo de apoyo entre pares. Nos reunimos cada martes. Gratis.\n', 'support'],
      ['French: groupe de soutien', '# Groupe de parole\n\nUn groupe de soutien. Chaque mardi à 19 h. Gratuit.\n', 'support'],
      ['Spanish: terapia de grupo', '# Terapia de grupo\n\nTerapia de grupo para adultos. Cada martes. $40.\n', 'therapy'],
      ['CRLF', crlf('# Tuesday Circle\n\nThis is a peer support group, not therapy. We meet weekly. Free.\n'), 'support'],
      ['BOM and emoji', '\uFEFF# Tuesday Circle 🙂\n\nThis is a peer support group, not therapy. We meet weekly. Free.\n', 'support'],
      ['questions are not evidence', '# Tuesday Circle\n\nIs this group therapy? Is this a support group? Join us Tuesdays.\n', null],
    ];
    for (const [name, text, kind] of cases) {
      it(`${name} → ${kind}`, () => {
        const r = kindOf(text);
        assert.equal(r.kind, kind);
        assert.equal(r.source, kind ? ('inferred' as KindSource) : null);
        assert.ok(r.groupMaterial, 'group material');
        if (!kind) assert.deepEqual(r.rules, ['declare-kind']);
      });
    }

    it('words in code, links targets and front matter are not evidence', () => {
      const r = kindOf(
        '---\ntitle: Grief support group\n---\n# Tuesday Night Group\n\nA place to talk about grief. Room 2, 7 pm. `support group` [more](https://example.org/support-group)\n',
      );
      assert.equal(r.kind, null);
      assert.deepEqual(r.rules, ['declare-kind']);
    });
  });

  describe('silent documents', () => {
    const silent: Array<[string, string]> = [
      [
        'docs: a comparison explainer',
        "# Support groups and group therapy: what's the difference?\n\nSupport groups are free and peer-led. Group therapy is led by a licensed\ntherapist and usually has a fee.\n",
      ],
      [
        'a comparison with "vs."',
        '# Support groups vs. group therapy\n\nSupport groups are free and peer-led. Group therapy has a fee and a licensed leader.\n',
      ],
      [
        'a comparison with a heading per kind',
        '# Group therapy or a support group: which is right for you?\n\n## Support groups\n\nPeer-led, free.\n\n## Group therapy\n\nLed by a licensed therapist; there is a fee.\n',
      ],
      ['staff meeting notes', '# Staff meeting, 12 May\n\n- New phone system goes live in June\n- Room 2 is booked on Tuesdays\n'],
      ['team notes', '# Team meeting notes\n\n- Q3 budget\n- Hiring\n'],
      ['a book club', '# Book Club\n\nWe meet every Tuesday at 7 pm to discuss a novel.\n'],
      ['a README', '# grouplint\n\nA linter for support-group and group-therapy flyers.\n\n## Install\n\nRun `npm install`, then open a folder of flyers.\n'],
      ['a flyer only inside a code block', '# Notes\n\n```\n# Grief Support Group\nWe meet weekly. Free.\n```\n'],
      [
        'news of a support group that has wound up',
        '# Support group folds after four decades\n\nA support group for people with lupus has wound up after forty years because no new volunteers came forward to run it.\n\n' +
          'Members marked the end with a farewell tea on Tuesday.\n',
      ],
      [
        'an article titled "Finding a … Support Group: First Steps"',
        '# Finding a Stroke Caregiver Support Group: First Steps\n\nCaring for someone after a stroke can leave you tired and lonely.\n\n## Begin With the Rehab Team\n\n' +
          'Therapists and nurses often know of support groups that meet at the clinic, in the community, or online.\n\n- Ask your rehab nurse whether there are family groups you can join.\n',
      ],
      [
        'an explainer under "What is Group Therapy?" long enough for the page model',
        'What is Group Therapy?\n\nGroup therapy is a kind of therapy in which several people with shared concerns meet regularly with a trained therapist to talk ' +
          'through their troubles, tell their stories and back each other up. The therapist guides the group and helps each member look at feelings, habits and ties ' +
          'with others.\n\nGroup therapy can help with many issues, such as worry, low mood, drinking, strained relationships and past harm. It can offer a safe, ' +
          'caring setting where people feel heard and learn from one another.\n\nGroup therapy can happen face to face or over video, and groups come in many sizes. ' +
          "It can be an affordable way to get help, since members gain from the shared wisdom of the room and the therapist's input.\n",
      ],
      [
        'an article for clinicians: "Video group therapy has rarely been tried by most clinicians"',
        'Video group therapy\n\nAs the outbreak spreads, clinicians are moving their groups onto video.\n\nVideo group therapy has rarely been tried by most clinicians, ' +
          'so the ethics are still settling.\n\nRead your code of ethics and keep good records.\n',
      ],
      ['an empty document', ''],
      ['blank lines', '   \n\n'],
    ];
    for (const [name, text] of silent) {
      it(name, () => {
        const r = kindOf(text);
        assert.equal(r.kind, null);
        assert.equal(r.source, null);
        assert.equal(r.groupMaterial, false);
        assert.deepEqual(r.rules, []);
      });
    }

    // A member-run club whose page says what is believed or found of group therapy: no therapy group of its own.
    for (const [name, opening] of [
      ['what is widely held of group therapy', 'Group therapy alongside other patients is widely held to help people after throat surgery.'],
      ['what research suggests of group therapy', 'Research suggests that group therapy helps people after throat surgery.'],
    ]) {
      it(`${name} does not make a member-run club group therapy`, () => {
        const r = kindOf(`# The New Voice Club\n\n${opening} Our club brings patients and their families together every month.\n`);
        assert.notEqual(r.kind, 'therapy');
        assert.deepEqual(
          r.rules.filter((id) => id.startsWith('therapy-')),
          [],
        );
      });
    }
    // A solo practitioner's page that explains the kinds and then describes a group of their own, in the first person singular.
    for (const own of [
      'I lead a friendship support group for men who want closer friends.',
      'My friendship support group for men meets to practise making and keeping close friends.',
    ]) {
      it(`a practitioner's own group in the first person ("${own.slice(0, 30)}…") is judged as that group, not as a comparison`, () => {
        const r = kindOf(
          '# Inside a Friendship Support Group\n\nGroup therapy can add to the work you do in individual therapy, and insurance may cover it.\n\n' +
            'There are many types of group therapy; a support group is one of the gentlest kinds, where people ' +
            `meet to talk about something they share.\n\n${own}\n`,
        );
        assert.equal(r.groupMaterial, true);
        assert.equal(r.comparison, false);
      });
    }
    it('a member\'s "in my support group I learned…" on an article about the kinds is no group of the page\'s own', () => {
      const r = kindOf(
        '# What I learned\n\nSupport groups can help people with grief. In my support group I learned to breathe again. Group therapy is another option.\n',
      );
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(r.rules, []);
    });
    it('comparison pages report comparison: true', () => {
      assert.equal(kindOf(silent[1][1]).comparison, true);
      assert.equal(kindOf(silent[3][1]).comparison, false);
    });

    it("the seed (a practice's explainer on both kinds) is a comparison", () => {
      const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'seed-comparison.txt'), 'utf8');
      const r = kindOf(text);
      assert.equal(r.kind, null);
      assert.equal(r.comparison, true);
      assert.deepEqual(r.rules, []);
    });
  });

  describe('a support group that also offers group therapy or counselling', () => {
    it('a page calling its groups support groups that also offers group counselling of its own is of unclear kind: kind-conflict quotes both', () => {
      const text =
        '# Bereavement Support\n\nOur bereavement support groups meet on the second Tuesday of each month at 6 pm. ' +
        'We also offer individual and group counseling with our licensed counselors; call 555-0100.\n';
      const r = lint(text, { path: '/t.md' });
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, null);
      assert.deepEqual(
        r.problems.map((p) => p.rule),
        ['kind-conflict'],
      );
      assert.match(r.problems[0].message, /names both kinds \("bereavement support groups", then "group counseling"\) and never says which one its group is/);
    });
    it('a support-group page whose next sentence opens by naming the group therapy it also runs is of unclear kind', () => {
      const r = kindOf(
        '# Teen Support Group\n\nThis support group meets on Wednesdays at 4 pm. Group therapy is also offered on Fridays by our psychologists.\n',
      );
      assert.equal(r.kind, null);
      assert.deepEqual(r.rules, ['kind-conflict']);
    });
    it('a support-group title over "this is a place for group therapy as well" is of unclear kind too', () => {
      const r = kindOf(
        '# Teen Support Group\n\nThis support group meets on Wednesdays at 4 pm. Our psychologists also run group therapy for teens on Fridays.\n',
      );
      assert.equal(r.kind, null);
      assert.deepEqual(r.rules, ['kind-conflict']);
    });
    for (const [why, text] of [
      [
        'group therapy members attend elsewhere',
        '# Widowed Parents Support Group\n\nA free peer support group. We meet on the first Monday at 7 pm. Some members also attend group therapy elsewhere.\n',
      ],
      [
        'a referral to group therapy',
        '# Widowed Parents Support Group\n\nA free peer support group. We meet on the first Monday at 7 pm. The facilitator can give you a referral to group therapy.\n',
      ],
      [
        'a denial of group therapy',
        '# Widowed Parents Support Group\n\nA free peer support group; this is not group therapy. We meet on the first Monday at 7 pm.\n',
      ],
      [
        'a clinical method named for its activities',
        "# Divorce Support Group\n\nOur support group meets on Sundays at 5 pm. This season we'll practise DBT skills each week.\n",
      ],
    ] as const) {
      it(`a support group with ${why} stays a support group`, () => {
        assert.equal(kindOf(text).kind, 'support');
      });
    }
  });

  describe('a fellowship the page points its readers to', () => {
    it("a treatment centre's family group that gives information about Al-Anon reads as therapy, not as a fellowship's meeting", () => {
      const r = kindOf(
        '# Family Program\n\nOur family group meets every Wednesday evening for eight weeks at the treatment center. Sessions are led by our licensed ' +
          'addiction counselors and cover communication, boundaries and relapse warning signs. Families also receive information about Al-Anon and other 12-step programs.\n',
      );
      assert.equal(r.kind, 'therapy');
    });
    it('a programme that encourages attendance at Al-Anon and invites an Al-Anon speaker is not named a support group by it', () => {
      const r = kindOf(
        '# Concerned Persons Group\n\nThe Concerned Persons Group is a programme of group therapy held on Tuesday evenings for ten weeks. An Al-Anon speaker ' +
          'visits once to encourage attendance at Al-Anon. Sessions are led by a psychotherapist.\n',
      );
      assert.equal(r.kind, 'therapy');
    });
    for (const [why, text] of [
      [
        'its own Al-Anon meeting',
        "# Thursday Night Al-Anon\n\nOur Al-Anon family group meets every Thursday at 7 pm in the church hall. Anyone affected by someone else's drinking is welcome.\n",
      ],
      [
        'a peer circle in the spirit of the 12-step programs',
        '# Recovery Circle\n\nWe are a peer-run recovery circle in the spirit of the 12-step programs such as Alcoholics Anonymous. We meet on Mondays at 6 pm; it is free.\n',
      ],
    ] as const) {
      it(`${why} stays a support group`, () => {
        assert.equal(kindOf(text).kind, 'support');
      });
    }
  });

  describe("an online peer community's own rules", () => {
    it("a caregivers' forum's community guidelines are a support group's material, and read as support", () => {
      const text =
        '# Community Guidelines\n\nWelcome to our online community for people caring for a partner with dementia. Members come here to share experiences ' +
        'and support each other through the stress of caregiving.\n\n- Be kind: everyone is at a different point.\n- Keep what members share about their ' +
        'families in the community.\n- Our volunteer moderators may remove posts that break these rules.\n';
      const r = lint(text, { path: '/t.md' });
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
      assert.ok(r.problems.some((p) => p.rule === 'support-disclaimer'));
    });
    it("an open-source project's community guidelines stay silent", () => {
      const text =
        '# Community Guidelines\n\nOur community is a place where contributors help each other ship better software. Members should be respectful in ' +
        'issues and posts; moderators may lock threads. Share experiences with the build tools in the forum, and report bugs on the tracker.\n';
      const r = lint(text, { path: '/t.md' });
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(
        r.problems.map((p) => p.rule),
        [],
      );
    });
  });

  describe('meetings of its own at a time', () => {
    it('"Meetings begin at 3:00 p.m." on a page for bereaved parents is a group\'s own page', () => {
      const r = kindOf(
        '# What to Expect\n\nParents who have lost a child come to share their grief and support one another. Come whenever you feel ready; someone ' +
          'will greet you at the door. Meetings begin at 3:00 p.m. and end around 5. There is no charge.\n',
      );
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
    });
    it("a neighbours' association whose meetings begin at 7 pm is no group material", () => {
      const r = kindOf(
        '# Oak Park Neighbours Association\n\nMeetings begin at 7 pm in the school library. We discuss parking, the summer fair and the budget.\n',
      );
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(r.rules, []);
    });
  });

  describe('a kind named only in a question, over a group of its own', () => {
    it('"What is group therapy like?" answered by "This is a discussion group led by a program therapist" is group therapy', () => {
      const r = kindOf(
        'What is group therapy like?\n\nThis is a discussion group led by a program therapist. It helps patients find the problems that brought them into ' +
          'hospital. This group encourages patients to see the choices they make each day.\n',
      );
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'therapy');
    });
    it('"What is group therapy like?" over an explainer with no group of its own stays silent', () => {
      const r = kindOf(
        'What is group therapy like?\n\nGroup therapy usually brings six to ten people together with one or two therapists. Members talk about what troubles ' +
          'them and learn from one another. Research shows it can help as much as individual therapy.\n',
      );
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(r.rules, []);
    });
  });

  describe('bare "therapy" names the group\'s kind only when said of the group', () => {
    for (const [name, text] of [
      [
        '"this is your therapy" on a page of one-to-one counselling',
        '# Counselling for adults\n\nI offer one-to-one counselling in Leeds. If you are struggling, this is your therapy: a space of your own. Sessions are 50 minutes, £60.\n',
      ],
      [
        '"it\'s a sign that psychotherapy could help" on a page of one-to-one work',
        "# When to seek help\n\nIf worry keeps you awake, it's a sign that psychotherapy could help. I see clients one to one on Tuesdays. £70 per session.\n",
      ],
    ]) {
      it(`${name} is no group therapy`, () => {
        const r = kindOf(text);
        assert.equal(r.groupMaterial, false);
        assert.deepEqual(r.rules, []);
      });
    }
    for (const opening of ['This group is psychotherapy for adults with depression.', 'It is therapy, not a support group.']) {
      it(`"${opening}" still says the group is therapy`, () => {
        const r = kindOf(`# Thursday Group\n\n${opening} We meet weekly for ten weeks, led by a licensed psychologist, $40.\n`);
        assert.equal(r.kind, 'therapy');
        assert.ok(!r.rules.includes('therapy-statement'));
      });
    }
    // "Group" with no article, as clinicians name their own group to its members, opening a sentence, a line or a bullet.
    for (const opening of [
      'Group is therapy, and it asks something of everyone.',
      '* Group is a form of psychotherapy.',
      'Please be on time. Group is really therapy, not a chat.',
    ]) {
      it(`"${opening}" says the group is therapy`, () => {
        const r = kindOf(`# Thursday Group\n\n${opening}\n\nWe meet on Thursdays at 7 pm in Room 4.\n`);
        assert.equal(r.kind, 'therapy');
        assert.ok(!r.rules.includes('therapy-statement'));
      });
    }
    for (const [name, line] of [
      ['"Group is not therapy" denies it', 'Group is not therapy; it is a place to talk.'],
      ['"Support group is therapy for me" is a member\'s word on a support group', 'Support group is therapy for me, one of us likes to say.'],
      ['"group is therapy" inside a code block is no prose', '```\nGroup is therapy.\n```'],
    ]) {
      it(`${name}: not read as group therapy`, () => {
        const r = kindOf(`# Thursday Group\n\n${line}\n\nWe meet on Thursdays at 7 pm in Room 4.\n`);
        assert.notEqual(r.kind, 'therapy');
      });
    }
  });
  it('a group named "Finding Your Voice" with meetings of its own is a group, not an article', () => {
    assert.equal(kindOf('# Finding Your Voice Group\n\nOur group meets Tuesdays at 7 pm. Free; peer support, not therapy.\n').kind, 'support');
  });
  it('a long own name, "Our Harbor Valley Cardiac Support Group welcomes families", is the page\'s own group; "our work with many local support groups" is not', () => {
    const own = kindOf(
      'Our Harbor Valley Cardiac Support Group welcomes families of patients in our heart unit.\n\nThe group offers friendship and a listening ear.\n\nMeeting details are shared on admission.\n',
    );
    assert.equal(own.groupMaterial, true);
    assert.equal(own.kind, 'support');
    assert.equal(
      kindOf('# Harbor Valley News\n\nOur work with many local support groups continues this year. The hospital thanks its donors.\n').groupMaterial,
      false,
    );
  });
  describe('peer support as a benefit, not a name', () => {
    for (const line of [
      'Members benefit from companionship, peer support, help with goals and outings.',
      'The programme includes peer support and outings.',
      'Members gain friendship, mutual aid and a daily routine.',
    ]) {
      it(`"${line.slice(0, 40)}…" names no kind: declare-kind`, () => {
        const r = kindOf(
          `# Riverbend Day Programme\n\nOur group meets every weekday at Larchfield Hospital for adults after a stroke.\n\n${line}\n\nCost: $6 per day.\n`,
        );
        assert.equal(r.kind, null);
        assert.deepEqual(r.rules, ['declare-kind']);
      });
    }
    it('"a friendly, mutual aid group" and "we offer peer support" still name a support group', () => {
      assert.equal(kindOf('# Riverbend Circle\n\nThis is a friendly, mutual aid group for widows. We meet Mondays. Free.\n').kind, 'support');
      assert.equal(kindOf('# Riverbend Circle\n\nWe offer peer support for widows every Monday. Free.\n').kind, 'support');
    });
  });
  describe('a page that denies both kinds', () => {
    it('"not a traditional support group, nor is it group therapy" names neither: declare-kind, not a support group', () => {
      const r = kindOf(
        '# The Lantern Circle\n\nWe meet on Zoom every Tuesday at 7 pm. Contact me to sign up and get the link.\n\n' +
          'The Lantern Circle is not a traditional support group, nor is it group therapy. We pass a talking stick and each person speaks in turn.\n',
      );
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, null);
      assert.deepEqual(r.rules, ['declare-kind']);
    });
    it("denying therapy alone still reads as a support group's disclaimer", () => {
      const r = kindOf('# The Lantern Circle\n\nWe meet on Zoom every Tuesday at 7 pm. Contact me to sign up. The circle is not group therapy; it is free.\n');
      assert.equal(r.kind, 'support');
    });
  });
  describe('a new group announced in the passive', () => {
    it('"a Patient Support Group has been started by our social work team" announces a group of its own', () => {
      const r = kindOf(
        '# Patient Support\n\nMany people feel low after a cancer diagnosis. A Patient Support Group has been started by our social work team. Walk-ins are welcome.\n',
      );
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
    });
  });
  describe('"we have a group for…"', () => {
    it('a counselling agency that "has a group for teens and adults" with a workbook and weekly sessions is group material, not a support group', () => {
      const r = kindOf(
        '# Moral Reconation Therapy\n\nMRT is a cognitive-behavioural treatment used by courts and treatment programmes. We have a group for teens and ' +
          'adults. Participants work through a workbook with homework, and most complete it in 20 to 30 weekly group sessions.\n',
      );
      assert.equal(r.groupMaterial, true);
      // (It names no kind in so many words: therapy from its signals, or declare-kind.)
      assert.notEqual(r.kind, 'support');
    });
    it('"we have a group of volunteers" is no group of its own', () => {
      const r = kindOf('# About Us\n\nWe have a group of volunteers who deliver meals to older neighbours every Friday.\n');
      assert.equal(r.groupMaterial, false);
    });
  });
  describe('support joined with the company a group gives', () => {
    it('"a support and social group", "a support & friendship group" name a support group', () => {
      for (const page of [
        '# Harbourside Friends\n\nHarbourside Friends is a support and social group for people living with MS and their partners. We meet on the first ' +
          'Thursday of each month at 2 pm in the library meeting room, and everyone is welcome.\n',
        'Riverbend Carers Circle is a support & friendship group run by volunteers for people caring for a relative with dementia. It meets every other ' +
          'Wednesday morning at the community hall.\n',
      ]) {
        const r = kindOf(page);
        assert.equal(r.groupMaterial, true, page);
        assert.equal(r.kind, 'support', page);
      }
    });
    it('denied, "not a support and social group", it names no group of that kind', () => {
      const r = kindOf(
        '# Evening Choir\n\nOur choir is not a support and social group; it is a choir. Rehearsals are on Mondays at 7 pm, and members pay a termly subscription.\n',
      );
      assert.notEqual(r.kind, 'support');
    });
  });

  describe('support joined with company, for a product or a software project', () => {
    it('a product\'s or a project\'s "support and social group" names no support group', () => {
      const names = (t: string) => (t.match(new RegExp(SUPPORT_NAME.source, SUPPORT_NAME.flags)) ?? []).length;
      assert.equal(names('Join the customer support and social group for owners of the R2 router.'), 0);
      assert.equal(names('Contributors have a support and social group on Discord for questions about the build.'), 0);
      assert.equal(names('The Acme support and information group answers questions about firmware.'), 0);
      assert.equal(names('Harbourside Friends is a support and fellowship group for widows.'), 1);
    });
  });

  describe('a German self-help group by its name', () => {
    it('"Selbsthilfegruppe" and "Selbsthilfe-Gruppen" name a support group; "Selbsthilfe" alone does not', () => {
      const names = (t: string) => (t.match(new RegExp(SUPPORT_NAME.source, SUPPORT_NAME.flags)) ?? []).length;
      assert.equal(names('Eine neue Selbsthilfegruppe für Angehörige trifft sich montags.'), 1);
      assert.equal(names('Alle Selbsthilfe-Gruppen der Stadt auf einen Blick.'), 1);
      assert.equal(names('Hilfe zur Selbsthilfe für Familien.'), 0);
    });
  });

  describe('meetings named by their initials', () => {
    it('"SOAR meetings", named again with their time, place and whom they are for, are a group\'s own meetings', () => {
      const r = kindOf(
        'SOAR Meetings\n\nSOAR meetings are held every Tuesday from 7 to 8:30 pm at Grace Church, 12 Elm Street, for parents whose children struggle with ' +
          'addiction. SOAR meetings are free, confidential and open to any parent who needs support.\n',
      );
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
    });
    it('a volunteer team\'s initials before "meetings", with no word of care, name no group to check', () => {
      const r = kindOf(
        'CERT Meetings\n\nCERT meetings are held every Tuesday at 7 pm at the fire station. CERT meetings cover radio practice, first aid drills and the ' +
          'rota for the summer fair.\n',
      );
      assert.equal(r.groupMaterial, false);
      assert.deepEqual(r.rules, []);
    });
    it("a parent-teacher body's meetings are no group material", () => {
      const r = kindOf('PTA Meetings\n\nPTA meetings are held every month at 6 pm in the school hall. PTA meetings decide the budget and support the staff.\n');
      assert.equal(r.groupMaterial, false);
    });
  });
});

describe('a clinical group members agree to join', () => {
  it("a group therapy contract the member signs is that group's own page, of its kind", () => {
    const r = kindOf(
      'Interpersonal Group Therapy Contract\n\nBy signing this contract, I take a place in the Thursday group run by Dr Imani Osei.\n\nI agree to attend every session for the first ten weeks and to tell the group before any absence. I agree to pay for each session I book, whether or not I come. I agree that what other members say stays in the room, and that the group is where I bring any contact with them outside it.\n\nWhen I decide to leave I will say so in group and come to three more sessions.\n',
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });
  it("a practice's \"Agreements and Fees\" page for its skills course, in the reader's voice, is the course's own", () => {
    const r = kindOf(
      'Agreements and Fees\nThere are two ways to take part.\nThe skills course only: you agree to see an individual therapist of your own at least twice a month while you attend. You agree to come every week for the whole 20-week course.\nThe combined route is group and individual CBT therapy with one of our psychologists: you agree to a weekly individual session beside the weekly skills group.\nAn intake appointment of one hour costs $150, and course fees are not refunded once a module starts.\n',
    );
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'therapy');
  });
  it('an article on what therapy-group contracts usually hold, which binds no one, is not taken in', () => {
    const r = kindOf(
      '# What goes into a group therapy contract?\n\nMany clinicians write a contract for their groups. Such contracts often cover attendance, fees and confidentiality. Researchers have found that clear contracts help members stay longer, though some therapists prefer a spoken agreement.\n',
    );
    assert.equal(r.groupMaterial, false);
  });
  it('a contract title with the agreeing only quoted, or only once, is not enough', () => {
    const r = kindOf(
      'Group Therapy Agreement\n\nWriters on group work have long argued about contracts. One author quotes a member who said "by signing, I felt trapped". Few groups today ask for a written agreement at all, and the reasons vary between countries.\n',
    );
    assert.equal(r.groupMaterial, false);
  });
});
