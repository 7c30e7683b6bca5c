import { anyOf } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { CLINICIAN, FEE, FREE, SELF_SUPPORT, SELF_THERAPY } from '../engine/vocab';
import { freeInAName } from '../engine/free-name';
import { bothKindsAtOnceInOtherLanguage } from '../engine/languages';
import { declareKindSuggestions, kindsNamed, quote, SUPPORT_CALLED_CARE } from './shared';
import { textBefore, type DocumentModel, type Match } from '../engine/document';

// "This is not therapy" said of the group itself (not "not a substitute for individual therapy").
const DENIES_THERAPY = anyOf([
  String.raw`\b(?:this|it|our\s+group|the\s+group|this\s+group|this\s+program|we)\s*(?:is|are|'s|'re)\s+not\s+(?:a\s+)?(?:form\s+of\s+)?(?:group\s+)?` +
    String.raw`(?:psycho)?therapy(?:\s+group)?\b`,
  String.raw`\bis\s+not\s+(?:a\s+)?clinical\s+service\b`,
  String.raw`\bnot\s+(?:a\s+)?therapy\s+group\b`,
]);
const DENIAL_INSIDE = /\b(?:not|no|never|rather\s+than|instead\s+of|unlike|nor)\b|n't/i;
// One group as both kinds, in the page's own words: support groups as a type of group therapy,
// a support group that provides counselling or treatment, one intake and fee for both.
const SUPPORT = String.raw`(?:peer\s+)?support\s+groups?`;
const THERAPY = String.raw`(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+groups?|group\s+counsel(?:l)?ing|counsel(?:l)?ing\s+groups?)`;
const BOTH_AT_ONCE = anyOf([
  String.raw`\b${SUPPORT}\s+(?:is|are)\s+(?:a|one|another)?\s*(?:type|form|kind|variety)s?\s+of\s+${THERAPY}`,
  // "This support group is one of the group therapy services we offer".
  String.raw`\b${SUPPORT}\s+(?:is|are)\s+(?:one|part)\s+of\s+(?:the|our|its|their)\s+(?:[\w-]+\s+)?${THERAPY}`,
  String.raw`\b(?:types|forms|kinds)\s+of\s+${THERAPY}\s+(?:include|includes|are|such\s+as|we\s+offer)\b[^!?]{0,900}?\b${SUPPORT}\b`,
  String.raw`\b(?:types|forms|kinds)\s+of\s+${THERAPY}\b[^.;!?]{0,100}?\b${SUPPORT}\b`,
  // (Also with what the counselling is for: "Our support group provides grief counseling in a group setting"; not peer counselling.)
  String.raw`\b${SUPPORT}\s+(?:that\s+|which\s+|where\s+(?:licensed\s+)?(?:counsel(?:l)?ors|therapists)\s+)?(?:also\s+)?(?:provides?|offers?|delivers?)\s+(?:group\s+` +
    String.raw`|individual\s+|professional\s+|(?!(?:peer|no|not|free)\b)[\w-]+\s+)?(?:counsel(?:l)?ing|(?:psycho)?therapy|treatment)\b`,
  String.raw`\b(?:therapy|counsel(?:l)?ing)\s+(?:and|&|or|\/)\s+support\s+groups?\b[^.;!?]{0,80}?\b(?:intake|fees?|insurance|co-?pay|billed)\b`,
  String.raw`\bsupport\s+(?:and|&|or|\/)\s+(?:therapy|counsel(?:l)?ing)\s+groups?\b[^.;!?]{0,80}?\b(?:intake|fees?|insurance|co-?pay|billed)\b`,
  // Both kinds named in full, then one intake or fee said to hold for both: "support groups and therapy groups all start with an
  // intake", "every group, support or therapy, starts with the same intake interview", "both kinds of group cost $40 a session".
  // (Without "both", "all", "every", "same"… the fee may be one kind's alone: "free support groups and therapy groups, which are billed".)
  String.raw`\b(?:${SUPPORT}\s+(?:and|&|or|\/)\s+${THERAPY}|${THERAPY}\s+(?:and|&|or|\/)\s+${SUPPORT})\b[^.;!?]{0,60}?\b(?:both|all|alike|each|every|same|either)\b` +
    String.raw`[^.;!?]{0,60}?\b(?:intake|fees?|insurance|co-?pay|billed|charged?|costs?)\b`,
  String.raw`\b(?:every|each|all|both)\s+(?:of\s+(?:our|the)\s+)?(?:[\w-]+\s+)?groups?\b,?\s+(?:whether\s+)?` +
    String.raw`(?:(?:peer\s+)?support\s+(?:or|and)\s+(?:therapy|counsel(?:l)?ing)|(?:therapy|counsel(?:l)?ing)\s+(?:or|and)\s+(?:peer\s+)?support)\b` +
    String.raw`[^.;!?]{0,120}?\b(?:intake|fees?|insurance|co-?pay|billed|charged?|costs?)\b`,
  String.raw`\bboth\s+(?:kinds|types|sorts)\s+of\s+groups?\s+(?:require|need|start|begin|cost|charge|are\s+(?:billed|charged))\b[^.;!?]{0,80}?` +
    String.raw`\b(?:intake|fees?|insurance|co-?pay|billed|charged?|costs?|\$\s?\d)`,
  // Both kinds as one offering with one clinical leader: "Therapy and support groups are facilitated by health care professionals".
  String.raw`\b(?:(?:therapy|counsel(?:l)?ing)\s+(?:and|&|\/)\s+support|support\s+(?:and|&|\/)\s+(?:therapy|counsel(?:l)?ing))\s+groups\s+(?:are|will\s+be)\s+` +
    String.raw`(?:all\s+)?(?:facilitated|led|run|co-?facilitated)\s+by\s+(?:our\s+)?(?:[\w-]+\s+){0,2}?(?:professionals?|clinicians?|therapists?|counsel(?:l)?ors?|psychologists?|social\s+workers?)\b`,
  // Both kinds as the subject of one singular description: "Group therapy and support groups are a safe setting where…", "Support
  // groups & group therapy are a space for…" (not "are two different things", nor "are both helpful").
  String.raw`\b(?:${THERAPY}\s+(?:and|&)\s+${SUPPORT}|${SUPPORT}\s+(?:and|&)\s+${THERAPY})\s+(?:is|are)\s+an?\s+(?!(?:different|distinct|separate)\b)(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:setting|space|place|service|program(?:me)?|format|way|form|environment|opportunity)\b`,
  // "a peer support group and a group therapy program in one", "both a support group and group therapy"
  String.raw`\b(?:both\s+)?(?:an?\s+)?${SUPPORT}\s+(?:and|&)\s+(?:an?\s+)?${THERAPY}(?:\s+(?:program|service)s?)?\s+(?:in\s+one|at\s+once|combined)\b`,
  String.raw`\bboth\s+(?:an?\s+)?${SUPPORT}\s+and\s+(?:an?\s+)?${THERAPY}`,
  String.raw`\bboth\s+(?:an?\s+)?${THERAPY}\s+and\s+(?:an?\s+)?${SUPPORT}`,
  // Counselling given by way of support groups: "offers bereavement counseling through regularly scheduled support groups",
  // "counselling is provided in the form of peer support groups".
  String.raw`\b(?:offers?|provides?|delivers?|offered|provided|delivered|given)\s+(?:[\w-]+\s+){0,2}?(?:counsel(?:l)?ing|(?:psycho)?therapy|treatment)\s+` +
    String.raw`(?:(?:is|are)\s+(?:offered|provided|delivered|given)\s+)?(?:through|via|by\s+means\s+of|in\s+the\s+form\s+of)\s+(?:[\w-]+\s+){0,3}?${SUPPORT}\b`,
  String.raw`\b(?:counsel(?:l)?ing|(?:psycho)?therapy|treatment)\s+(?:is|are)\s+(?:offered|provided|delivered|given)\s+(?:through|via|by\s+means\s+of|in\s+the\s+form\s+of)\s+` +
    String.raw`(?:[\w-]+\s+){0,3}?${SUPPORT}\b`,
  // "The Riverside Support Group is also a therapy group", "… Support Group, a psychotherapy programme". (A support group called a
  // counselling or treatment programme or service is SUPPORT_CALLED_CARE's case below.)
  String.raw`\b${SUPPORT}\b,?\s+(?:is\s+)?(?:also\s+)?(?:a|an|our)\s+(?:[\w-]+\s+){0,4}?(?:(?:psycho)?therapy\s+(?:program(?:me)?|group|service)` +
    String.raw`|(?:counsel(?:l)?ing|treatment)\s+group)s?\b`,
  // Members of a support group who get counselling in it: "This support group allows grieving parents to … get group counselling from a professional".
  String.raw`\b${SUPPORT}\s+(?:allows?|enables?|lets|helps?)\b[^.;!?]{0,80}?\b(?:get|receive|access|obtain)\s+(?:free\s+)?(?:group\s+|professional\s+)?` +
    String.raw`(?:counsel(?:l)?ing|(?:psycho)?therapy)\b`,
  // "Group counseling … is part of the support group meetings", "our support groups include group counseling".
  String.raw`\b${THERAPY}\b[^.;!?]{0,60}?\b(?:is|are)\s+(?:a\s+|the\s+)?(?:regular\s+)?part\s+of\s+(?:the\s+|our\s+|each\s+)?${SUPPORT}`,
  String.raw`\b${SUPPORT}\s+(?:meetings?\s+)?(?:include|includes|involve|involves)\s+(?:[\w-]+\s+){0,3}?${THERAPY}`,
  // "UCS offers a wide variety of free group treatment, including workshops, support groups and therapy groups": support groups as group treatment.
  String.raw`\b(?:offers?|provides?)\s+(?:[\w-]+\s+){0,5}?(?:group\s+(?:treatment|counsel(?:l)?ing|(?:psycho)?therapy)|(?:counsel(?:l)?ing|therapy)\s+groups)\s*,?\s+` +
    String.raw`(?:including|such\s+as)\b[^.;!?]{0,120}?\b${SUPPORT}\b`,
  // "The broader concept of group therapy can be taken to include … support groups": the kind taken to include the other.
  String.raw`\b${THERAPY}\s+(?:can\s+be\s+(?:taken|understood|seen)\s+to\s+|may\s+)?(?:include|includes|encompass|encompasses)\b[^.;!?]{0,120}?\b${SUPPORT}\b`,
  // "Groups can generally be divided into therapy groups, support groups, psychoeducational groups…": the practice's groups sorted into kinds.
  String.raw`\bgroups\s+(?:can|may|are)\s+(?:generally\s+|broadly\s+|usually\s+)?(?:be\s+)?(?:divided|grouped|classified|sorted|split)\s+into\b[^.;!?]{0,120}?\b${SUPPORT}\b`,
  // "Groups may be psychotherapeutic, psychoeducational or support groups": support as one form of the practice's groups.
  String.raw`\bgroups\s+(?:may|can|might|could|will)\s+be\s+[^.;!?]{0,60}?\b(?:psycho)?(?:therapeutic|therapy|psychoeducational|process)\b[^.;!?]{0,60}?\b${SUPPORT}\b`,
]);
// The group as the subject of a sentence that gives counselling or therapy ("The group also offers grief counseling"; not peer
// counselling, a referral, individual sessions elsewhere, or therapy dogs).
const GROUP_PROVIDES_CARE = anyOf([
  String.raw`(?:^|(?<=[.!?]\s+)|(?<=\n))[\W_]*(?:the|this|our)\s+(?:[\w'’-]+\s+){0,2}?group\s+(?:also\s+|itself\s+)?(?:provides?|offers?|gives?|delivers?)\s+` +
    String.raw`(?:(?!(?:peer|no|not|free|individual|one-to-one|one-on-one|referrals?|information)\b)[\w-]+\s+){0,2}?(?:counsel(?:l)?ing|(?:psycho)?therapy)\b` +
    String.raw`(?!\s+(?:dogs?|animals?|pets?|referrals?)\b)`,
  // What each of its meetings holds: "Each meeting will include games, chair yoga, counselling and singing", "Our sessions include
  // group counselling". (Not "information about counselling", nor a referral.)
  String.raw`(?:^|(?<=[.!?]\s+)|(?<=\n))[\W_]*(?:the|this|our|each|every)\s+(?:[\w'’-]+\s+){0,2}?(?:meetings?|sessions?|gatherings?)\s+(?:will\s+|also\s+)*` +
    String.raw`(?:include|includes|feature|features)\s+(?:(?!(?:peer|no|not|free|individual|one-to-one|one-on-one|referrals?|information|details|leaflets)\b)[\w-]+,?\s+){0,6}?` +
    String.raw`(?:and\s+)?(?:group\s+)?(?:counsel(?:l)?ing|(?:psycho)?therapy)\b(?!\s+(?:dogs?|animals?|pets?|referrals?)\b)`,
]);
// A title that joins the kinds as one offer ("Support & Therapy Groups"), on a page that charges for them.
const BOTH_TITLE = new RegExp(
  String.raw`\bsupport\s+(?:and|&|\+)\s+(?:therapy|counsel(?:l)?ing)\s+groups?\b|\b(?:therapy|counsel(?:l)?ing)\s+(?:and|&|\+)\s+support\s+groups?\b`,
  'gi',
);
// "We offer several types of group therapy:" followed by a list with a support group in it.
const TYPES_OF_THERAPY = new RegExp(
  String.raw`\b(?:types|kinds|forms)\s+of\s+${THERAPY}(?:\s+(?:we|our\s+[\w-]+|the\s+[\w-]+)\s+(?:offers?|runs?|provides?))?\s*:?\s*$`,
  'gi',
);
// Under such a lead, a type described in a paragraph that opens with its name: "Support groups bring together students with…".
const OPENS_WITH_SUPPORT = new RegExp(String.raw`^(?:[\p{L}'’&-]+\s+){0,2}?${SUPPORT}\s+(?!(?:are\s+not|aren['’]t|is\s+not|isn['’]t)\b)[\p{L}]`, 'iu');
const SUPPORT_NAMED = new RegExp(String.raw`\b${SUPPORT}\b`, 'i');
// "Each group is led by licensed clinicians. Common group formats include:" with a peer-led group in the list.
const GROUP_FORMATS = /\b(?:group\s+formats|(?:types|kinds)\s+of\s+groups)\s+(?:include|we\s+offer|offered)\s*:?\s*$/gi;
const CLINICAL_LEAD = /\b(?:licensed|clinicians?|therapists?|psychologists?|counsel+ors?|(?:group\s+)?(?:psycho)?therapy)\b/i;
const SUPPORT_ITEM = new RegExp(String.raw`\b${SUPPORT}\b|\bpeer[-\s]led\s+groups?\b|\bmutual[-\s](?:aid|support|help)\b`, 'i');

// "Counseling and Psychological Services offers a variety of counseling groups", then a section headed "Support Groups".
const VARIETY_OF_THERAPY = new RegExp(
  String.raw`\b(?:offers?|provides?|runs?|has)\s+(?:a\s+(?:wide\s+)?(?:variety|range|number)\s+of|several|many|various)\s+(?:different\s+)?` +
    String.raw`(?:counsel(?:l)?ing|therapy|psychotherapy)\s+groups\b`,
  'gi',
);
// One of the types named on a line of its own: "• Support Groups", "Support Groups" as a section's heading.
// (Pasted lists may double the marker: "• • Cognitive behavioral groups".)
const BULLET = /^(?:[•·▪◦‣*–-]\s*)+/;
const SUPPORT_NAME_LINE = new RegExp(String.raw`^(?:[\p{L}'’&-]+\s+){0,3}${SUPPORT}[\W_]*$`, 'iu');

// Groups that are somewhere else than the page's own: "Community Support Groups", "other support groups nearby".
const OTHER_PLACE = String.raw`community|local|other|outside|external|off-campus|nearby|national`;
const OTHER_PLACE_WORD = new RegExp(String.raw`\b(?:${OTHER_PLACE})\b`, 'i');

/** The lead naming the types of group counselling, and the support group listed among them. */
function supportListedAsTherapy(model: DocumentModel): { lead: Match; item: string } | undefined {
  const leads = [...model.affirmed(TYPES_OF_THERAPY), ...model.affirmed(GROUP_FORMATS).filter((m) => CLINICAL_LEAD.test(m.block.text))];
  for (const lead of leads) {
    const i = model.blocks.indexOf(lead.block);
    const list = model.blocks[i + 1]?.listStart;
    if (list !== undefined) {
      for (let j = i + 1; j < model.blocks.length && model.blocks[j].listStart === list; j++) {
        const item = SUPPORT_ITEM.exec(model.blocks[j].text);
        if (item) return { lead, item: item[0] };
      }
    }
  }
  // Or each type in a paragraph of its own under the lead, up to the next heading or short heading line.
  for (const lead of model.affirmed(TYPES_OF_THERAPY)) {
    const i = model.blocks.indexOf(lead.block);
    for (const b of model.blocks.slice(i + 1, i + 9)) {
      if (model.headings.includes(b)) break;
      const opening = OPENS_WITH_SUPPORT.exec(b.text.trim());
      if (opening && !OTHER_PLACE_WORD.test(opening[0])) return { lead, item: SUPPORT_NAMED.exec(b.text)![0] };
    }
  }
  // Text pasted from a web page keeps its types as "•" lines or short headings, not a Markdown list:
  // after a lead, a line that is only a support group's name lists support groups among the types.
  for (const lead of [...leads, ...model.affirmed(VARIETY_OF_THERAPY)]) {
    const i = model.blocks.indexOf(lead.block);
    for (const b of model.blocks.slice(i + 1, i + 61)) {
      // (One line per block, or several lines of one block; a type may be a label before its description: "• Support groups: They can help…".)
      for (const raw of b.text.split('\n')) {
        const line = raw.replace(BULLET, '').trim();
        const name = /^([^:]{1,60}):\s/.exec(line)?.[1] ?? line;
        // ("Community Support Groups", "Other support groups nearby" head referrals elsewhere.)
        if (SUPPORT_NAME_LINE.test(name) && !OTHER_PLACE_WORD.test(name)) return { lead, item: name };
      }
    }
  }
  return undefined;
}

/** The page states a fee and never that anything is free. */
function charges(model: DocumentModel): boolean {
  if (model.firstAffirmed(FREE, (m) => !freeInAName(m)) !== undefined) return false;
  return model.affirmed(FEE).some((m) => !/^(?:pay|paid)$/i.test(m.text));
}

/** The title joins both kinds as one offer and the page charges (see charges). */
function chargedJointTitle(model: DocumentModel): Match | undefined {
  const named = model.find(BOTH_TITLE).find((m) => m.block === model.title);
  return named && charges(model) ? named : undefined;
}

/**
 * A support group called a counselling or treatment programme ("the Harbour Grief Support Group, a free counselling programme"),
 * as both kinds: on a page that does not read as a support group, or that charges for it and names a clinician. On a page that reads
 * as a support group otherwise, it is a support group framed as care: support-no-therapy-claims reports it.
 */
function supportCalledCareAsBoth(model: DocumentModel, kind: string | null): Match | undefined {
  const called = model.affirmed(SUPPORT_CALLED_CARE)[0];
  if (!called || kind !== 'support') return called;
  return charges(model) && model.affirmed(CLINICIAN).length > 0 ? called : undefined;
}

const NOT_SELF = /substitut|replace|instead|in\s+place|individual|crisis|emergenc/i;

// A group's own name that calls it a support group: "the Dissertation Support Group", "General Support
// Group:", "Therapy Support Groups". A name in capitals is one of the page's own offerings, not support
// groups in general.
const NAMED_SUPPORT_GROUP = /\b(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}Support\s+Groups?\b/gu;
// A name passed on rather than offered: a referral, another organisation, the community's groups.
const ELSEWHERE = new RegExp(
  String.raw`\b(?:refer(?:s|red|ral)?|recommend\w*|communities|${OTHER_PLACE}|resources?|such\s+as|like|NAMI|DBSA|Anonymous|Al-?Anon|chapters?)\b`,
  'i',
);

/**
 * On a page that reads as group therapy, one of its groups named as a support group ("We offer
 * several therapy groups …, including the Dissertation Support Group"; a "General Support Group"
 * in its list of groups): that group is offered as both kinds.
 */
function namedSupportGroupOnTherapyPage(model: DocumentModel): Match | undefined {
  // (A title naming a support group over a therapy text: see titleContradicted.)
  return namedOwnGroup(model, NAMED_SUPPORT_GROUP);
}

/** A group's name that the page offers as its own: not its title, not passed on, compared or denied. */
function namedOwnGroup(model: DocumentModel, name: RegExp, also: (m: Match) => boolean = () => true): Match | undefined {
  return model
    .find(name)
    .find(
      (m) =>
        m.stance === 'affirmed' &&
        m.block !== model.title &&
        !ELSEWHERE.test(m.text) &&
        !ELSEWHERE.test(textBefore(m)) &&
        !/\b(?:vs\.?|versus|or|not)\s*$/i.test(textBefore(m)) &&
        also(m),
    );
}

// A group's own name that calls it a therapy group: "Isolation Therapy Group", "Social Therapy Group".
// ("Group Therapy", and individual, family or couples therapy, are services, not a group's name. "… Counseling Group" is
// more often a practice than a group, so it is left out.)
const NAMED_THERAPY_GROUP = /\b(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}(?:Therapy|Psychotherapy)\s+Groups?\b(?!\s*,?\s*(?:LLC|L\.L\.C|Inc|PLLC|P\.?C\b|Ltd))/gu;
const NOT_A_NAME = /^(?:(?:The|A|An|Our|This|Your|Group|Individual|Family|Couples?)\s+)+(?:Therapy|Psychotherapy)/;
// A practice named as host or place: "Hosted by the Bay Therapy Group", "at Harbor Therapy Group", "Organizer: …".
const HOST_BEFORE = /\b(?:by|at|from|with|contact|call|visit|organi[sz]er:?|host:?)\s+(?:the\s+)?$/i;

/**
 * On a page that reads as a support group, its group named as a therapy group ("join a virtual COVID-19
 * Isolation Therapy Group" under "… hosts virtual support group"): that group is offered as both kinds.
 */
function namedTherapyGroupOnSupportPage(model: DocumentModel): Match | undefined {
  return namedOwnGroup(model, NAMED_THERAPY_GROUP, (m) => !NOT_A_NAME.test(m.text) && !HOST_BEFORE.test(textBefore(m)));
}

export default defineRule(
  {
    id: 'kind-conflict',
    kind: 'any',
    defaultSeverity: 'error',
    description: 'A document does not present one group as both a support group and group therapy.',
    fixable: false,
    // Only where no kind is declared and the page names both: declaring one, as declare-kind offers, is the author's choice.
    hasSuggestions: true,
  },
  (ctx) => {
    const { model, kind, kindSource } = ctx;
    if (!kind || kindSource === 'inferred') {
      // Undeclared: the page's own words make one group both kinds.
      const why = 'Support groups are free, peer-led and keep no records; group therapy is a clinical service. Say which this group is.';
      // (In another language, the sentence that engine/languages.ts reads as making the one group both kinds, whichever reading took
      // the page in.)
      const atOnce =
        model.affirmed(BOTH_AT_ONCE)[0] ?? supportCalledCareAsBoth(model, kind) ?? ctx.inferred?.bothKindsAtOnce ?? bothKindsAtOnceInOtherLanguage(model);
      const listed = atOnce ? undefined : supportListedAsTherapy(model);
      if (listed) {
        const { lead, item } = listed;
        ctx.report({
          start: lead.start,
          end: lead.end,
          message: `${quote(item)} is listed among ${quote(lead.text)}: a support group offered as a kind of group counselling or therapy. ${why}`,
        });
        return;
      }
      const both = atOnce ?? chargedJointTitle(model);
      if (both) {
        ctx.report({ start: both.start, end: both.end, message: `${quote(both.text)} presents one group as both a support group and therapy. ${why}` });
        return;
      }
      // On a page read as a support group, the group itself said to give counselling or therapy in a sentence of its own: "Our grief
      // support group meets on Tuesdays. The group also offers grief counseling to anyone who needs it."
      const provides = kind === 'support' ? model.affirmed(GROUP_PROVIDES_CARE)[0] : undefined;
      if (provides) {
        ctx.report({
          start: provides.start,
          end: provides.end,
          message: `${quote(provides.text)} says the support group gives counselling or therapy itself: one group presented as both kinds. ${why}`,
        });
        return;
      }
      // One of the page's own groups named as the other kind than the page reads as.
      const named = kind === 'support' ? namedTherapyGroupOnSupportPage(model) : kind === 'therapy' ? namedSupportGroupOnTherapyPage(model) : undefined;
      if (named) {
        const evidence = ctx.inferred?.evidence[0];
        // (The words the page's kind rests on may be said of another group on the same page: the message says so, and what to do.)
        const against =
          kind === 'support'
            ? 'names a group of this page a therapy group, but the page reads as a support group'
            : 'names a group of this page a support group, but the page reads as group therapy';
        ctx.report({
          start: named.start,
          end: named.end,
          message:
            `${quote(named.text)} ${against}${evidence ? ` (it says ${quote(evidence)})` : ''}. ` +
            `If the page offers two groups, say plainly which is which, or give each its own document. ${why}`,
        });
        return;
      }
      // No kind read, and the page names both kinds, neither passed on, compared or defined ("our bereavement support groups …
      // we also offer group counselling"): which kind its group is, or which of its groups is which, is not said. Conflicting
      // words, not too few (declare-kind's case).
      // (Each kind under its own heading says which group is which: declare-kind's case.)
      if (!kind && !ctx.inferred?.kindsInSections) {
        const { support, therapy } = kindsNamed(ctx, true);
        if (support.length && therapy.length) {
          const [first, second] = support[0].start < therapy[0].start ? [support[0], therapy[0]] : [therapy[0], support[0]];
          const say = (m: Match) => quote(m.text.replace(/\s+/g, ' '));
          ctx.report({
            start: second.start,
            end: second.end,
            message: `This page names both kinds (${say(first)}, then ${say(second)}) and never says which one its group is, or which group is which. ${why}`,
            suggestions: declareKindSuggestions(model),
          });
          return;
        }
      }
      // The title names one kind and the text says of itself it is the other.
      const contradicted = ctx.inferred?.titleContradicted;
      if (contradicted && model.title) {
        // (The side is the one the title was read as, not guessed from the words against it: "Grief Therapy Group" over
        // "this is a peer support group for people in counselling" names therapy in the title, support in the body.)
        const { match, title } = contradicted;
        const titleSays = title === 'support' ? 'a support group' : 'group therapy';
        const textSays = title === 'support' ? 'therapy' : 'a support group';
        ctx.report({
          start: match.start,
          end: match.end,
          message: `The title names ${titleSays}, but ${quote(match.text)} says the group is ${textSays}. ${why}`,
        });
      }
      return;
    }
    const where = kindSource === 'front-matter' ? 'front matter' : 'configuration';
    if (kind === 'support') {
      const m = model.first(SELF_THERAPY, (x) => x.stance === 'affirmed' && !NOT_SELF.test(x.text) && !DENIAL_INSIDE.test(x.text));
      if (m) {
        ctx.report({
          start: m.start,
          end: m.end,
          message: `The ${where} says this is a support group, but ${quote(m.text)} says it is group therapy. Decide which it is: a group cannot be both.`,
        });
      }
      return;
    }
    const denial = model.find(DENIES_THERAPY).find((x) => !NOT_SELF.test(x.sentence.text.slice(x.index - x.sentence.from)));
    const peer = model.first(SELF_SUPPORT, (x) => x.stance === 'affirmed' && !DENIAL_INSIDE.test(x.text));
    const m = denial ?? peer;
    if (m) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `The ${where} says this is group therapy, but ${quote(m.text)} says it is ${m === denial ? 'not' : 'a support group'}. Decide which it is: a group cannot be both.`,
      });
    }
  },
);
