// The learned reading of a page: a group's own material, or writing about groups? Trained on the labelled real pages'
// tuning parts and the team's documents, it overrules the patterns only when it is sure and the page gives it enough to read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  HELD_OUT,
  OUT,
  RESCUE_OUT,
  build,
  buildRescue,
  frozenGuides,
  labelsById,
  rescueExamples,
  rescuePageIds,
  trainingPages,
  teamDocuments,
  trainedOn,
} from '../../scripts/build-page-model';
import { isSealed, readLabels } from '../../scripts/eval-real';
import { features } from '../../server/src/engine/learned';
import {
  openingProse,
  PAGE_MODEL_CHARS,
  PAGE_MODEL_MARGIN,
  PAGE_MODEL_MIN_WORDS,
  PAGE_MODEL_RESCUE_MARGIN,
  PAGE_MODEL_RESCUE_MIN_WORDS,
  PAGE_MODEL_WEAK_MARGIN,
  PAGE_RESCUE_DOUBT,
  pageOpening,
  pageOpeningLength,
  readPage,
  readPageKind,
  readPageRescue,
} from '../../server/src/engine/page-model';
import { PAGE_KIND_MODEL, PAGE_MODEL } from '../../server/src/engine/page-model.generated';
import { PAGE_RESCUE_MODEL } from '../../server/src/engine/page-rescue-model.generated';
import { DocumentModel, lint, parseDocument } from '../../server/src/engine';

const ROOT = path.join(__dirname, '..', '..');
const PAGES = path.join(ROOT, '.realpages', 'pages');

// An essay about support groups that once reads like one group ("A support group usually meets in a public space…").
const ESSAY =
  '# Why People Look for Company in Hard Times\n\nSupport groups for people living with long-term illness have become a familiar part of the health landscape over the past thirty years. Researchers and writers have looked at why they spread so quickly, and what readers might expect before joining one.\n\nMany accounts describe the relief of hearing that others feel the same way. Some writers, though, warn that the quality of such gatherings varies a great deal from place to place, and that a poor fit can leave a person feeling more isolated than before.\n\nA support group usually meets in a public space such as a library or a community hall. Members take turns speaking, and nobody is asked to share more than they wish. Observers note that the model owes a great deal to the mutual-aid tradition of the early twentieth century, and to the self-help movement that followed it.\n\nCritics argue that such gatherings cannot replace professional care, and the evidence on outcomes is mixed. A number of surveys report that people value the sense of belonging above any particular result, while others find little measurable change in wellbeing over a year.\n\nAnyone considering this path might speak first with a doctor, read widely, and try more than one meeting before deciding whether it suits them.\n';
// A practice's explainer of group therapy in general, with no group of its own: the patterns take it on its opening
// sentence alone ("Group therapy brings a few people together…"), and the model leans, though not far, to writing about groups.
const EXPLAINER =
  "Group therapy brings a few people together with a psychologist, usually weekly, to talk through what troubles them. It is one of the oldest talking treatments, and studies suggest it helps many patients about as much as seeing a psychologist alone.\n\nSome people find that hearing others describe the same struggles eases shame and isolation. Others value honest feedback, something friends and family rarely give. Because the psychologist's time is shared, it often costs less than individual appointments.\n\nThere are several kinds. Some teach skills, such as coping with panic or managing anger. Others, often called process groups, look at how members relate to one another. Many are closed, so the same people take part from start to finish; some take newcomers at any point.\n\nIt is not right for everyone. Someone in crisis, or who finds it very hard to speak in front of others, may do better with individual appointments first, and the quality of any group depends a great deal on the skill of the professional who leads it.\n";
// A grief evening's page that never says "our group" or "this group": the patterns passed it over.
const EVENING =
  "# Grief and Loss Evenings at Hillside Library\n\nLosing someone close changes everything, and the weeks after a funeral can be the hardest. Please come along to a relaxed evening with other people who are grieving. Many group members say the evenings helped them through the first year.\n\nEvenings run on the first and third Tuesday of each month, from 7 to 8:30 pm, in the library's garden room. Come when you can; there is no need to attend every time. Tea and coffee are always ready.\n\nEach evening begins with a short welcome, and then people talk about whatever is on their minds: anniversaries, sleepless nights, paperwork, or a memory they want to share. You are welcome to listen and say nothing at all. What is said in the room stays in the room.\n\nTwo volunteers who have lost partners themselves host the evenings. They keep time and make sure everyone who wants to speak has a chance. There is no charge to participate, and you do not need to book in advance.\n\nQuestions? Please call the library desk on weekday mornings and ask about the grief evenings, or simply turn up on a Tuesday.\n";

/** A model's weights: between a hundred and a thousand, each a word or pair of words the engine reads, with a number. */
function assertWordsAndPairs(weights: Record<string, number>): void {
  const entries = Object.entries(weights);
  assert.ok(entries.length > 100 && entries.length <= 1000);
  for (const [f, w] of entries) {
    assert.deepEqual([...features(f)].includes(f), true, f);
    assert.equal(typeof w, 'number');
  }
}

describe('learned page model', () => {
  it('is what scripts/build-page-model.ts builds today (compared where every page it learned from is collected; elsewhere its team part is checked)', () => {
    // Pages collected again on a new machine may be fewer than it learned from (the corpus no longer returns some addresses):
    // then a rebuild would learn from other pages, and only the team part can be checked.
    const training = fs.existsSync(PAGES) ? trainingPages(PAGES).examples : undefined;
    const trained = /Trained on (\d+) pages of groups and (\d+) look-alikes/.exec(fs.readFileSync(OUT, 'utf8'));
    const sameCount = (xs: { group: boolean }[]) =>
      !!trained && xs.filter((x) => x.group).length === Number(trained[1]) && xs.filter((x) => !x.group).length === Number(trained[2]);
    if (training && sameCount(training)) {
      assert.equal(fs.readFileSync(OUT, 'utf8'), build(training), 'run: npm run build:page-model');
    } else {
      // Without those pages (a fresh clone, or fewer collected again), the header still says what it was trained on, the
      // team's documents among them.
      assert.ok(trained, 'the generated header names its training pages');
      const team = teamDocuments();
      assert.ok(Number(trained[1]) + Number(trained[2]) > team.length, 'trained on real pages besides the team documents');
    }
  });

  it('knows from a generated header how many pages it was trained on, so a rebuild from fewer collected texts stops instead of replacing it', () => {
    const team = teamDocuments();
    assert.equal(trainedOn(build(team)), team.length);
    assert.ok(trainedOn(fs.readFileSync(OUT, 'utf8')) > team.length);
    assert.equal(trainedOn('// no header here'), 0);
  });

  it("learns the project's guides from their frozen openings, not from docs/ as it is, so rewording a rule page moves no real page", () => {
    const guides = teamDocuments().filter((d) => d.id.startsWith('team:docs/'));
    const frozen = frozenGuides();
    assert.deepEqual(
      guides.map((d) => d.id.slice('team:docs/'.length)),
      Object.keys(frozen),
    );
    assert.ok(guides.length >= 15, `${guides.length} guides`);
    // Each frozen opening is the prose the model reads: no longer than it reads, and not empty.
    for (const [name, opening] of Object.entries(frozen)) assert.ok(opening.length > 200 && opening.length <= PAGE_MODEL_CHARS, name);
  });

  it('never learns from a sealed third, a set held out whole or gathered later, or a mixed page', () => {
    const held = [
      'tenth',
      'eighteenth',
      'twentieth',
      'twentyfirst',
      'twentysecond',
      'twentythird',
      'twentyfourth',
      'twentyfifth',
      'twentysixth',
      'twentyseventh',
      'twentyeighth',
      'twentyninth',
      'thirtieth',
    ].flatMap((f) => readLabels(path.join(ROOT, 'test', 'real', `labels-${f}.jsonl`)).map((l) => l.id));
    // A page relabelled in a later set is taken as its first set says, as the script reads them (the other labellers' relabellings aside).
    const first = new Map<string, string>();
    for (const f of fs
      .readdirSync(path.join(ROOT, 'test', 'real'))
      .filter((f) => /^labels.*\.jsonl$/.test(f) && !/-opinion/.test(f))
      .sort())
      for (const l of readLabels(path.join(ROOT, 'test', 'real', f))) if (!first.has(l.id)) first.set(l.id, l.kind);
    const ids = trainingPages(fs.existsSync(PAGES) ? PAGES : path.join(ROOT, 'test', 'real', 'no-pages-here')).examples.map((e) => e.id);
    assert.ok(held.length >= 800);
    assert.ok(
      ids.some((id) => id.startsWith('team:')),
      'the team documents are in',
    );
    for (const id of ids) {
      if (id.startsWith('team:')) continue;
      assert.ok(!isSealed(id), `sealed: ${id}`);
      assert.ok(!held.includes(id), `held out: ${id}`);
      assert.notEqual(first.get(id), 'mixed', `mixed: ${id}`);
    }
  });

  it('keeps only words and pairs of words, each a feature the engine reads, with a number', () => {
    assertWordsAndPairs(PAGE_MODEL.weights);
  });

  it("reads an essay about groups as writing about them, and a group's page as its own, with the words it rests on", () => {
    const essay = readPage(ESSAY);
    assert.ok(essay.enough && essay.logOdds <= -PAGE_MODEL_MARGIN, String(essay.logOdds));
    const evening = readPage(EVENING);
    assert.ok(evening.enough && evening.logOdds >= PAGE_MODEL_RESCUE_MARGIN, String(evening.logOdds));
    for (const r of [essay, evening]) {
      assert.ok(r.evidence.length > 0 && r.evidence.length <= 4);
      for (const w of r.evidence) {
        assert.ok(PAGE_MODEL.weights[w] * r.logOdds > 0, `${w} leans the way of the reading`);
        assert.match(w, /\p{L}/u, 'a word, not the bare number of a time or a price');
      }
    }
  });

  it("names the kind of a group's page on the words of the whole page, only when sure and given enough to read", () => {
    const evening = readPageKind(EVENING);
    assert.equal(evening?.kind, 'support');
    for (const w of evening!.evidence) assert.ok(PAGE_KIND_MODEL.weights[w] > 0, `${w} leans to support`);
    const clinic =
      'Each participant meets the clinician for an intake assessment before the first session, and a treatment plan is agreed. ' +
      'Sessions are weekly for twelve weeks and are led by a licensed clinical psychologist. Fees are billed to insurance where ' +
      'your plan covers outpatient mental health care; the clinic can provide a superbill. Notes are kept in your clinical record, ' +
      'and the limits of confidentiality, including mandated reporting, are explained at intake. Skills are practised between ' +
      'sessions with homework, and progress is reviewed with your individual therapist at the mid-point and at the end. ';
    const read = readPageKind(clinic.repeat(2));
    assert.equal(read?.kind, 'therapy');
    for (const w of read!.evidence) assert.ok(PAGE_KIND_MODEL.weights[w] < 0, `${w} leans to therapy`);
    assert.equal(readPageKind('Weekly sessions, licensed psychologist, insurance billed.'), undefined);
  });

  it('does not count on a short note, or on a page in a language it does not read', () => {
    assert.equal(readPage('Support group on Tuesday at 7 pm in the library. Please come along; tea is free.').enough, false);
    const spanish =
      'Grupo de apoyo para familias. Nos reunimos cada martes a las siete de la tarde en la biblioteca municipal. ' +
      'La entrada es libre y no hace falta inscribirse. Las personas voluntarias que lo organizan también perdieron a alguien. ';
    assert.equal(readPage(spanish.repeat(4)).enough, false);
  });

  it('reads only the opening of a long handout, as it was trained, without joining the whole of it', () => {
    const blocks = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} of the handout.`);
    const opening = openingProse(blocks);
    assert.equal(opening.length, PAGE_MODEL_CHARS);
    assert.ok(opening.startsWith('Paragraph 0 of the handout.\nParagraph 1 of the handout.'));
    assert.equal(openingProse(['One.', 'Two.']), 'One.\nTwo.');
  });

  it('knows how long the opening of a page is without joining it', () => {
    const handout = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} of the handout.`).join('\n\n');
    const menu = 'Home About Us Our Team Services Groups Events Contact Us Donate Now Blog News Resources Careers Privacy Terms';
    for (const text of ['', 'One line.', ESSAY, EXPLAINER, handout, `${menu}\n\n${ESSAY}`]) {
      const blocks = new DocumentModel(parseDocument(text)).blocks;
      assert.equal(pageOpeningLength(blocks), pageOpening(blocks).length, text.slice(0, 40));
    }
  });

  it("passes over an essay the patterns took for a group's page, and says why", () => {
    const r = lint(ESSAY);
    assert.equal(r.groupMaterial, false);
    assert.deepEqual(r.problems, []);
    assert.match(r.notGroupReason ?? '', /^its words read as writing about groups rather than one group's own page \("/);
  });

  it('overrules a page taken on a name alone when less sure, but not a page with a group of its own', () => {
    // (Its "usually weekly" alone anchors no group for the patterns; in the writer's own voice, "We find it is not right for
    // everyone", they take the page on the name that opens it, and the model decides.)
    assert.match(lint(EXPLAINER).notGroupReason ?? '', /^it speaks of groups but describes none of its own/);
    const voiced = EXPLAINER.replace('It is not right for everyone', 'We find it is not right for everyone');
    // Between the two margins: sure enough for a page the patterns took on a name alone, not for one with a group of its own.
    const reading = readPage(voiced).logOdds;
    assert.ok(reading < -PAGE_MODEL_WEAK_MARGIN && reading > -PAGE_MODEL_MARGIN, `log-odds ${reading}`);
    const r = lint(voiced);
    assert.equal(r.groupMaterial, false);
    assert.deepEqual(r.problems, []);
    assert.match(r.notGroupReason ?? '', /^its words read as writing about groups rather than one group's own page \("/);
    // The same page as a practice's own group ("Our group is one of the oldest talking treatments"), read the same way, stays its page.
    const own = voiced.replace('It is one of the oldest talking treatments', 'Our group is one of the oldest talking treatments');
    assert.ok(Math.abs(readPage(own).logOdds - reading) < 0.05);
    const o = lint(own);
    assert.equal(o.groupMaterial, true);
    assert.equal(o.kind, 'therapy');
  });

  it("takes a group's page the patterns passed over for what it is, and says on which words", () => {
    const r = lint(EVENING);
    assert.equal(r.groupMaterial, true);
    assert.equal(r.kind, 'support');
    assert.match(r.groupReason ?? '', /^its words read as one group's own page \("/);
    assert.deepEqual(
      r.problems.map((p) => p.rule),
      ['support-disclaimer'],
    );
  });

  it("leaves a page the patterns passed over as it is when the model leans to a group's page without being sure", () => {
    // A feature about a town's grief evenings, told from outside, that ends by saying anyone may come: the model leans to a
    // group's own page, short of its margin for deciding alone.
    const feature = [
      '# Grief and Loss Evenings',
      'Losing someone close changes everything, and the weeks after a funeral can be the hardest. For many people in the town, the library has become a place to meet others who are grieving. Many group members say the evenings helped them through the first year.',
      'The evenings began five years ago, when two volunteers who had lost partners asked the library for a room. Since then the idea has spread to other towns in the county, and librarians elsewhere have asked how it works.',
      'People talk about whatever is on their minds: anniversaries, sleepless nights, paperwork, or a memory they want to share. Researchers who have studied such gatherings say that simply being heard matters more than any advice.',
      'Not everyone finds them helpful. Some people prefer to grieve privately, and others need more than a conversation can give.',
      'Anyone is welcome to come along and listen; there is no need to say anything, and tea is always ready.',
    ].join('\n\n');
    const reading = readPage(feature);
    assert.ok(reading.enough && reading.logOdds > PAGE_MODEL_MARGIN && reading.logOdds < PAGE_MODEL_RESCUE_MARGIN, `log-odds ${reading.logOdds}`);
    const r = lint(feature);
    assert.equal(r.groupMaterial, false);
    assert.deepEqual(r.problems, []);
    assert.match(r.notGroupReason ?? '', /^it speaks of groups but describes none of its own/);
  });

  it("takes a short page in plain words for a group's own on fewer of the model's words, when it reads that sure", () => {
    // A roundtable's own page, long enough for the model but in words it mostly does not know, with nothing the patterns
    // accept (no "our group", day, time or sign-up).
    const roundtable = [
      "# Parkinson's Roundtable",
      "The roundtable brings adults living with Parkinson's, and the partners who look after them, around small tables to swap what helps. Exercise routines, sleep, tremor on cold mornings, medication timing, handwriting, tangled paperwork: everyone contributes tricks that worked for them. Most leave feeling less alone and more positive, as in the best peer support groups.",
      'Partners gather separately to share the strain of caring and trade practical tips. Nobody follows a script; the conversation goes where the members steer it, and anyone coming may simply listen until ready to speak. A longstanding member sits beside every newcomer.',
    ].join('\n\n');
    const reading = readPage(pageOpening(parseDocument(roundtable).blocks));
    assert.ok(reading.words >= PAGE_MODEL_RESCUE_MIN_WORDS && reading.words < PAGE_MODEL_MIN_WORDS && !reading.enough, `words ${reading.words}`);
    assert.ok(reading.logOdds >= PAGE_MODEL_RESCUE_MARGIN, `log-odds ${reading.logOdds}`);
    const r = lint(roundtable);
    assert.equal(r.groupMaterial, true);
    assert.match(r.groupReason ?? '', /^its words read as one group's own page \("/);
    assert.equal(r.kind, 'support');
    // The same page, comparing itself less warmly with "support groups", reads less sure: the patterns' answer stands.
    const hedged = roundtable.replace('adults living', 'people living').replace('every newcomer', 'each newcomer');
    const less = readPage(pageOpening(parseDocument(hedged).blocks));
    assert.ok(less.words < PAGE_MODEL_MIN_WORDS && less.logOdds < PAGE_MODEL_RESCUE_MARGIN, `log-odds ${less.logOdds}`);
    assert.equal(lint(hedged).groupMaterial, false);
  });

  it('never makes group material of a text that does not speak of groups, however it reads', () => {
    // The evening's page without a word of a group: flyer-like words alone are no group.
    const r = lint(EVENING.replace('Many group members say the evenings helped them through the first year.', ''));
    assert.equal(readPage(EVENING).logOdds >= PAGE_MODEL_RESCUE_MARGIN, true);
    assert.equal(r.groupMaterial, false);
    assert.deepEqual(r.problems, []);
  });

  it('leaves a kind given in front matter alone', () => {
    const r = lint(`---\ngroup: support\n---\n${ESSAY}`);
    assert.equal(r.kind, 'support');
    assert.equal(r.kindSource, 'front-matter');
  });
});

// A centre's advert for a paid facilitator of its parent groups, with a sentence on why members come: the page model reads its words
// ("group", "come", "every", "month") as a group's own page; the rescue model, which learned from later real pages, reads it as
// writing about groups.
const ADVERT = [
  '# Group Facilitator (part time)',
  'Riverside Family Centre is hiring a part-time facilitator for its weekly parent groups. The post is 12 hours a week, Tuesday and Thursday evenings, with some Saturday mornings each month.',
  'Members come for different reasons: some are alone at home with a new baby, others have issues with sleep, and even experienced parents find the first year full of surprises. You will welcome new members, keep time, and make sure everyone who wants to speak has a chance. You will plan each session with a co-facilitator, keep the room ready, and follow up with members who miss several weeks in a row.',
  'We are looking for someone with experience of running groups for parents, warmth, and patience. A background in community work is an advantage. Training is given in the first month, and you will have supervision every fortnight.',
  'The salary is pro rata on our community scale, with 25 days of annual leave. To apply, send a CV and a short letter by 30 April to the centre manager. Interviews will be held in the second week of May.',
].join('\n\n');

// A pastor's column on the church's own support group, with advice to churches starting one, and a parent's post on the group her
// family joined: both name a group of their own, neither gives a reader a way to come now. The page model leans to a group's own
// page; the rescue model doubts it. The same pages with a present meeting, a day, a time and someone to call, are the group's notice.
const PASTORS_NOTE =
  "# From the Pastor's Desk\n\nEvery few weeks a caller asks me about our divorce recovery support group, and I am glad they do. It began as a small idea at a deacons' meeting and has become one of the ways our church serves people who never set foot in a pew.\n\nMore and more churches around the county now host grief, divorce, cancer and parenting groups of their own. Many hesitate, even so, because they feel they have no trained staff. Our story may help. We began with two volunteers, a borrowed room and a box of tissues, and let the group find its own shape over the first long year.\n\nIf your congregation is weighing the same step, start small. Find two leaders rather than one, so that nobody carries it alone. Keep the evenings simple: a reading, a time to talk, a time to pray. Different groups need different things, and the people who come will show you what theirs is.\n\nWe never set out to replace counsellors or doctors. Our group is a place to be heard, and that has been enough to change a great many lives in this town.\n";
const PARENTS_POST =
  "# Finding Our People\n\nPosted by Dana, mum of two\n\nWe finally did it. After months of saying we would, my husband and I joined the local parents' support group for families of children with Down syndrome. Even the name put me off at first, as if we needed fixing, when our daughter is the happiest little girl around.\n\nThe first evening was different from anything I had pictured. Nobody cried into tissues. We sat around a long table and each family told its story: how we found out, who was there, what the doctors said. My husband met another dad who had served in the navy, and they talked for an hour.\n\nAt the end of the meeting the members let the organisers know which topics we want to learn about this year, from speech and feeding to finding the right preschool. Our group even has childcare, which is the reason we could both attend.\n\nI came home feeling lighter than I have in a long time. It is a small thing, a few hours in a church basement, but it felt like finding our people.\n";
const PASTORS_NOTE_WITH_MEETING =
  "# From the Pastor's Desk\n\nEvery few weeks a caller asks me about our divorce recovery support group, and I am glad they do. It began as a small idea at a deacons' meeting and has become one of the ways our church serves people who never set foot in a pew.\n\nMore and more churches around the county now host grief, divorce, cancer and parenting groups of their own. Many hesitate, even so, because they feel they have no trained staff. Our story may help. We began with two volunteers, a borrowed room and a box of tissues, and let the group find its own shape over the first long year.\n\nOur group meets every Tuesday at 7 pm in the church library, and anyone going through a separation is welcome. You do not need to be a member of the church; just come along, or call the office on 555-0187 first if you would like to talk.\n\nWe never set out to replace counsellors or doctors. Our group is a place to be heard, and that has been enough to change a great many lives in this town.\n";
const PARENTS_POST_WITH_MEETING =
  "# Finding Our People\n\nPosted by Dana, mum of two\n\nWe finally did it. After months of saying we would, my husband and I joined the local parents' support group for families of children with Down syndrome. Even the name put me off at first, as if we needed fixing, when our daughter is the happiest little girl around.\n\nThe first evening was different from anything I had pictured. Nobody cried into tissues. We sat around a long table and each family told its story: how we found out, who was there, what the doctors said. My husband met another dad who had served in the navy, and they talked for an hour.\n\nOur group meets on the last Thursday of every month at 6:30 pm at St Luke's church hall, with childcare in the room next door. New families are always welcome: email the organisers at hello@example.org and they will save you a seat.\n\nI came home feeling lighter than I have in a long time. It is a small thing, a few hours in a church basement, but it felt like finding our people.\n";

// A group's own "About" page and a therapy group's own page, neither with a time to come, both naming funders, partners and
// training in the words of a trade item: the rescue model doubts them, but each says in the present what its own group is and
// who runs it. The near miss tells the same therapy group's start in the past, as a report would.
const CARE_LEAVERS_ABOUT =
  "# About the Lighthouse Group\n\nThe Lighthouse Group is a peer support group for adults who were in care as children. It was set up in 2018 by care leavers working with the county council's leaving care service, and it is now an independent community group.\n\nThe group is funded by the council and the national lottery community fund. Its volunteers are trained by a national charity for care-experienced people, and a social worker from the leaving care service offers advice to the committee.\n\nMembers talk about the issues that matter to them: housing, money, family contact, mental health and what it is like to become a parent after growing up in care. The group has also campaigned successfully for better support for care leavers at the local college.\n\nThe group is not a statutory service and does not replace the help of social workers or health professionals.\n";
const TRAUMA_GROUP_PAGE =
  "# Trauma Recovery Group\n\nThe Trauma Recovery Group is a therapy group offered by the Women's Wellbeing Centre for women who have survived domestic abuse.\n\nThe group is facilitated by two qualified psychotherapists with specialist training in trauma. It follows a three-stage model: building safety and stability, processing the impact of abuse, and reconnecting with life and relationships.\n\nThe group is closed, so the same women meet together throughout the programme. This helps to build trust and a sense of belonging, which many survivors have lost.\n\nParticipants are offered an initial meeting with one of the therapists to talk about whether the group is right for them at this time. Women who are still in an abusive relationship are supported first through the centre's advocacy service.\n\nThe centre provides free childcare during sessions, and travel costs can be reimbursed. The group is funded by the local authority and the National Lottery.\n\nOur facilitators have completed training accredited by a national organisation, and a clinical psychologist from the regional health service reviews our safeguarding arrangements each year. A number of health professionals in the county tell their patients about us.\n";
const TRAUMA_GROUP_STARTED =
  "# Trauma Recovery Group\n\nThe Women's Wellbeing Centre started a trauma recovery group for women who have survived domestic abuse.\n\nWhen it began, the group was facilitated by two qualified psychotherapists with specialist training in trauma. It follows a three-stage model: building safety and stability, processing the impact of abuse, and reconnecting with life and relationships.\n\nThe group is closed, so the same women meet together throughout the programme. This helps to build trust and a sense of belonging, which many survivors have lost.\n\nParticipants are offered an initial meeting with one of the therapists to talk about whether the group is right for them at this time. Women who are still in an abusive relationship are supported first through the centre's advocacy service.\n\nThe centre provides free childcare during sessions, and travel costs can be reimbursed. The group is funded by the local authority and the National Lottery.\n\nOur facilitators have completed training accredited by a national organisation, and a clinical psychologist from the regional health service reviews our safeguarding arrangements each year. A number of health professionals in the county tell their patients about us.\n";

describe('rescue model (a second opinion on pages the patterns passed over)', () => {
  it('is what scripts/build-page-model.ts --rescue builds from its listed pages, where every one is collected; elsewhere its header counts them', () => {
    const at = (id: string) => path.join(PAGES, `${id}.md`);
    const ids = rescuePageIds();
    const generated = fs.readFileSync(RESCUE_OUT, 'utf8');
    if (ids.every((id) => fs.existsSync(at(id)))) {
      assert.equal(generated, buildRescue(rescueExamples((id) => fs.readFileSync(at(id), 'utf8')).examples), 'run: npm run build:page-model -- --rescue');
    } else {
      // On a fresh clone no text is collected: the header still says it learned from the listed pages and the team's documents.
      const labels = labelsById();
      const mixed = ids.filter((id) => labels.get(id)?.kind === 'mixed').length;
      assert.equal(trainedOn(generated), ids.length - mixed + teamDocuments().length);
    }
  });

  it('learns only from tuning parts of sets the patterns were tuned on: never a sealed third, a set held out whole, the newest set, or a mixed page', () => {
    const heldWhole = ['tenth', 'twentysecond', 'thirtieth', 'thirtyfirst', 'thirtyseventh', 'thirtyeighth', 'thirtyninth', 'fortyfirst', 'fiftythird'];
    const held = new Set(heldWhole.flatMap((f) => readLabels(path.join(ROOT, 'test', 'real', `labels-${f}.jsonl`)).map((l) => l.id)));
    const labels = labelsById();
    const ids = rescuePageIds();
    assert.ok(ids.length >= 1000, `${ids.length} pages`);
    assert.equal(new Set(ids).size, ids.length, 'each page once');
    for (const id of ids) {
      assert.ok(labels.has(id), `labelled: ${id}`);
      assert.ok(!isSealed(id), `sealed: ${id}`);
      assert.ok(!held.has(id), `held out: ${id}`);
      assert.notEqual(labels.get(id)!.kind, 'mixed', `mixed: ${id}`);
    }
    // Nor a page the page model may learn from (one labelled in a set it reads): the two models learn from different pages.
    const pageModelSets = fs.readdirSync(path.join(ROOT, 'test', 'real')).filter((f) => /^labels.*\.jsonl$/.test(f) && !HELD_OUT.has(f));
    assert.ok(pageModelSets.length >= 10);
    const pageModelIds = new Set(pageModelSets.flatMap((f) => readLabels(path.join(ROOT, 'test', 'real', f)).map((l) => l.id)));
    for (const id of ids) assert.ok(!pageModelIds.has(id), `also the page model's: ${id}`);
  });

  it('keeps only words and pairs of words, each a feature the engine reads, with a number', () => {
    assertWordsAndPairs(PAGE_RESCUE_MODEL.weights);
  });

  it("keeps an advert for a group's facilitator passed over, though the page model reads it as a group's own", () => {
    const opening = pageOpening(parseDocument(ADVERT).blocks);
    const page = readPage(opening);
    assert.ok(page.enough && page.logOdds >= PAGE_MODEL_RESCUE_MARGIN, `page model ${page.logOdds}`);
    const rescue = readPageRescue(opening);
    assert.ok(rescue.logOdds < PAGE_RESCUE_DOUBT, `rescue model ${rescue.logOdds}`);
    const r = lint(ADVERT);
    assert.equal(r.groupMaterial, false);
    assert.equal(r.kind, null);
    assert.deepEqual(r.problems, []);
    assert.doesNotMatch(r.groupReason ?? '', /read as one group's own page/);
  });

  it("still takes a group's page that both models read as its own, quoting the page model's words", () => {
    const opening = pageOpening(parseDocument(EVENING).blocks);
    assert.ok(readPageRescue(opening).logOdds >= PAGE_RESCUE_DOUBT);
    const r = lint(EVENING);
    assert.equal(r.groupMaterial, true);
    const words = readPage(opening)
      .evidence.map((w) => `"${w}"`)
      .join(', ');
    assert.equal(r.groupReason, `its words read as one group's own page (${words})`);
  });

  it('passes over a page that names a group of its own but gives a reader no way to come now, where the rescue model doubts it', () => {
    for (const text of [PASTORS_NOTE, PARENTS_POST]) {
      const opening = pageOpening(parseDocument(text).blocks);
      const page = readPage(opening);
      // (The page model alone would not overrule the patterns: it leans, if anything, to a group's own page.)
      assert.ok(page.enough && page.logOdds > -PAGE_MODEL_MARGIN, `page model ${page.logOdds}`);
      assert.ok(readPageRescue(opening).logOdds < PAGE_RESCUE_DOUBT, `rescue model ${readPageRescue(opening).logOdds}`);
      const r = lint(text);
      assert.equal(r.groupMaterial, false);
      assert.equal(r.kind, null);
      assert.deepEqual(r.problems, []);
      assert.match(r.notGroupReason ?? '', /^it gives a reader no way to come now .*writing about groups rather than one group's own page \("/);
    }
  });

  it('does not pass over a page with no way to come now that says in the present what its own group is or who runs it', () => {
    for (const [text, kind] of [
      [CARE_LEAVERS_ABOUT, 'support'],
      [TRAUMA_GROUP_PAGE, 'therapy'],
    ] as const) {
      const opening = pageOpening(parseDocument(text).blocks);
      // (The rescue model doubts it as it doubts the pastor's note: only what the page says of its own group keeps it.)
      assert.ok(readPageRescue(opening).logOdds < PAGE_RESCUE_DOUBT, `rescue model ${readPageRescue(opening).logOdds}`);
      const r = lint(text);
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, kind);
    }
  });

  it('still passes over the same therapy group told in the past, when it began and who ran it then', () => {
    const opening = pageOpening(parseDocument(TRAUMA_GROUP_STARTED).blocks);
    assert.ok(readPageRescue(opening).logOdds < PAGE_RESCUE_DOUBT, `rescue model ${readPageRescue(opening).logOdds}`);
    const r = lint(TRAUMA_GROUP_STARTED);
    assert.equal(r.groupMaterial, false);
    assert.equal(r.kind, null);
    assert.match(r.notGroupReason ?? '', /^it gives a reader no way to come now /);
  });

  // A therapy group's own questions and answers, whose opening reads to the rescue model like an explainer's (team-written).
  const groupFaq = (first: string): string =>
    [
      'Group Therapy: Your Questions Answered',
      "This page tells you about group therapy, where members' shared stories and a professional's guidance work together to help people recover. It covers how our groups are run, what a session looks like, and how we keep what is shared private. Whether group therapy is new to you or you are just thinking about it, we want you to know what lies ahead so you can start feeling ready.",
      `Q. ${first} A. Arrange a short free call to talk through your hopes and ask anything.`,
      'Q. What does a session look like? A. A check-in, a skills exercise, a guided talk and a closing round. Each week builds on the last.',
      'Q. How is privacy kept? A. Every member signs an agreement. What is said in group stays there, unless someone is in danger.',
      'Q. How long is each session? A. An hour, weekly, for eight weeks.',
      'Q. What if I miss a week? A. Missed weeks are not refunded, but you will get a summary of the exercises by email.',
      'Q. How many people take part? A. We keep numbers small, six to eight, so everyone is heard.',
      'Q. How is this unlike the free support groups in the area? A. A trained therapist runs these groups with methods drawn from research, with the main aim of change you can measure, not talk alone.',
      'Q. Can I bring a friend? A. Each member applies on their own.',
    ].join('\n');

  it("takes a group's own questions and answers, which ask about this group as a reader about to join would, though the rescue model doubts it", () => {
    for (const first of ['How do I know whether this group is right for me?', 'Is this group a good place to start if I have never tried therapy?']) {
      const text = groupFaq(first);
      assert.ok(readPageRescue(pageOpening(parseDocument(text).blocks)).logOdds < PAGE_RESCUE_DOUBT);
      const r = lint(text);
      assert.equal(r.groupMaterial, true, first);
      assert.equal(r.kind, 'therapy');
      assert.deepEqual([...new Set(r.problems.map((p) => p.rule))], ['therapy-fee']);
    }
  });

  it('still passes over the same questions asked of groups in general, or about this group only inside a quotation', () => {
    for (const text of [
      groupFaq('How do I know whether a group like this is right for me?'),
      groupFaq('How do I know whether group therapy is right for me?'),
      groupFaq('"Is this group right for me?" is what many ask. How do we answer?'),
    ]) {
      const r = lint(text);
      assert.equal(r.groupMaterial, false, text.split('\n')[2]);
      assert.match(r.notGroupReason ?? '', /^it gives a reader no way to come now /);
    }
  });

  it('still takes the same pages once they say when the group meets now and how to come', () => {
    for (const text of [PASTORS_NOTE_WITH_MEETING, PARENTS_POST_WITH_MEETING]) {
      const r = lint(text);
      assert.equal(r.groupMaterial, true);
      assert.equal(r.kind, 'support');
      assert.equal(r.notGroupReason, undefined);
    }
  });
});
