// The words of the domain, shared by kind resolution and the rules. Patterns are ours
// (fixed at build time); phrases from configuration are always literal text.

import { anyOf, MONTH_NAME as MONTH, WEEKDAY, WORD_END } from './patterns';
import { textAfter, type DocumentModel, type Match } from './document';
import type { ProseBlock } from './parse';
import { oncePer } from './once';

const w = (source: string): RegExp => new RegExp(source, 'gi');

// What "peer support" names when it is a job, a team, a training or a day, not a group: "Peer Support Facilitator", "peer support
// workers", "the peer support team", "peer support training", "a peer support day".
const PEER_SUPPORT_ROLE = String.raw`(?:facilitators?|co-?ordinators?|leads?|officers?|volunteers?|mentors?|champions?|practitioners?|navigators?|staff|team|roles?|training|days?|development|workers?|specialists?)`;

// Peer support as something a group gives, just before it: "the opportunity for peer support", "a chance for real peer support",
// "access to peer support", "the benefits of peer support".
const PEER_SUPPORT_GAINED = String.raw`\b(?:opportunit(?:y|ies)|chances?|access|benefits?)\s+(?:for|to|of)\s+(?:[\w'’-]+\s+){0,2}`;
// A body whose line of work is peer support, just after it: "a peer support organisation", "a peer-to-peer support charity".
const PEER_SUPPORT_BODY = String.raw`(?:organi[sz]ations?|charit(?:y|ies)|non-?profits?|agenc(?:y|ies)|foundations?|compan(?:y|ies)|providers?|movement)`;

/** Names of a support group: "support group", "peer support", "mutual-aid group". */
/**
 * Support joined with the company the group also gives, before "group" (or the pattern given for it): "a support and fellowship
 * group", "a support & social group". ("A friendship and support group" names "support group" already.) Not a product's or a
 * software project's: "the customer support and social group", "a support and social group on Discord".
 */
function supportAndCompany(group: string): string {
  return (
    String.raw`(?<!\b(?:technical|tech|customer|product|user|users|software|developer|community)\s+)` +
    String.raw`\bsupport\s+(?:and|&)\s+(?:fellowship|friendship|social|self-help|sharing)\s+${group}\b` +
    String.raw`(?!\s+(?:on|in)\s+(?:(?:our|the)\s+)?(?:forums?|Matrix|Discord|Slack|GitHub|mailing\s+lists?)\b)`
  );
}

export const SUPPORT_NAME = anyOf([
  String.raw`(?<!(?:^|[^\w-])(?:help|helps|helping|to)\s+)\b(?:(?:peer|family|caregiver|bereavement|grief|recovery|community|parent|online|virtual|in-person)` +
    String.raw`[-\s]+)?support\s+(?:group|circle|meeting|gathering|forum|network|space)s?\b`,
  // A support group by another noun, with its loss before "support": "the Grief Support Ministry will meet…", "the Bereavement
  // Support Series". (Not a parish's "Bereavement Ministry" that serves funerals, nor a "Funeral Support Ministry" meal team.)
  String.raw`\b(?:grief|bereavement|loss|widow(?:ed|s|ers)?)[-\s]+support\s+(?:ministr(?:y|ies)|series)\b`,
  // ("learning and peer support", "to foster peer support": support as a benefit, not a group's name.)
  // (Nor what a group gives its members, "group therapy provides peer support", "members receive peer support"; but "provides
  // peer support sessions" names them, and "We offer peer support" is the page's own.)
  String.raw`(?!(?<=\b(?:provides?|providing|gives?|giving|receives?|receiving|gains?|gaining)\s+)peer[-\s]+support\b` +
    String.raw`(?![-\s]+(?:groups?|sessions?|meetings?|circles?|programmes?|programs?|services?|networks?|workers?|specialists?)\b))` +
    // (Nor an item in a list of what members gain, "members benefit from companionship, peer support, help with goals", "it includes
    // peer support"; nor the practice or a topic, "the mutual peer support that grows between mums", "your experiences of peer
    // support", "a talk about peer support".)
    String.raw`(?<!\b(?:and|or|foster|fosters|fostering|encourage|encourages|build|builds|from|including|includes|include|as|mutual|of|about)\s+|,\s{0,3})` +
    // (Nor a job, a team, a training or a day named for it: "the Peer Support Coordinator", "other peer support workers", "a peer
    // support day".)
    String.raw`\bpeer[-\s]+(?:(?:led|run)\s+(?:group|circle|community)|support(?![-\s]+${PEER_SUPPORT_ROLE}\b)|circle` +
    String.raw`|mentoring|community)\b`,
  String.raw`\bpeer[-\s]+(?:led|run|facilitated)\b`,
  String.raw`(?<!\b(?:and|or|from|including|includes|include|as)\s+|,\s{0,3})\bmutual[-\s]+(?:aid|help|support)\b(?![-\s]+(?:groups?|meetings?|circles?|societ(?:y|ies)|networks?)\b)|\bmutual[-\s]+(?:aid|help|support)[-\s]+(?:groups?|meetings?|circles?|societ(?:y|ies)|networks?)\b`,
  String.raw`\bself[-\s]+help\s+(?:group|meeting)s?\b`,
  String.raw`\bsharing\s+circles?\b`,
  String.raw`\b12[-\s]step\s+(?:group|meeting|program)s?\b`,
  String.raw`\b(?:grupo|groupe)s?\s+de\s+(?:apoyo|soutien|parole)\b`,
  // German self-help groups: "Selbsthilfegruppe", "Selbsthilfe-Gruppen" (one word, as German writes it).
  String.raw`\bselbsthilfe-?gruppen?\b`,
  // Support joined with the company the group also gives: see supportAndCompany.
  supportAndCompany('groups?'),
  String.raw`\b(?:alcoholics|narcotics|cocaine|gamblers|overeaters|emotions|debtors|sex\s+addicts|crystal\s+meth|marijuana|co-dependents` +
    String.raw`|adult\s+children)\s+anonymous\b`,
  String.raw`\bal-?anon\b`,
  String.raw`\bnar-?anon\b`,
  String.raw`\balateen\b`,
  String.raw`\bSMART\s+Recovery\b`,
  String.raw`\b(?:celebrate|refuge)\s+recovery\b`,
  String.raw`\brecovery\s+dharma\b`,
  // (Also with its traditions named between: "a 12-Step, 12-Tradition fellowship".)
  String.raw`\b(?:twelve|12)[-\s]step(?:,?\s+(?:and\s+)?(?:twelve|12)[-\s]tradition)?\s+(?:fellowship|meeting)s?\b`,
  String.raw`\bfellowship\s+meetings?\b`,
  // "a fellowship of men and women who share their experience", and peers named by what they share: "a mom-to-mom group",
  // "parent-to-parent", "widow-to-widow".
  String.raw`\b(?:a|our|the)\s+fellowship\s+of\s+(?:men|women|people|parents|individuals|those|families|survivors|veterans)\b`,
  String.raw`\b(?:${[
    'mom',
    'mum',
    'mother',
    'dad',
    'father',
    'parent',
    'widow',
    'widower',
    'survivor',
    'veteran',
    'caregiver',
    'carer',
    'family',
    'woman',
    'patient',
    'sister',
    'brother',
    'person',
  ]
    .map((w) => `${w}-to-${w}`)
    .join('|')})\b`,
  String.raw`\bNAMI\s+Connection\b`,
  String.raw`\bpeer[-\s]+to[-\s]+peer\b`,
]);

/** Formats that share a list with "group" before "therapy": "group, individual and family therapy". */
const FORMAT_WORD = String.raw`(?:individual|family|families|couples?|marital|art|music|nutrition(?:al)?|recreational|recreation|expressive|experiential|occupational|equine|play|drama|dance|movement|multi-?family|medication|trauma|milieu)`;

/** Names of group therapy: "group therapy", "therapy group", "group psychotherapy". */
export const THERAPY_NAME = anyOf([
  String.raw`\bgroup\s+(?:psycho)?therapy\b`,
  // "Group & Individual Therapy", "group and family counseling": the group's kind shared with another format.
  String.raw`\bgroup\s+(?:and|&|\/|or)\s+(?:individual|family|couples?)\s+(?:(?:psycho)?therapy|counsel(?:l)?ing)\b`,
  // The same in a longer list: "group, individual and art therapy", "group, individual, and family therapies".
  String.raw`\bgroup,\s+(?:${FORMAT_WORD},\s+){0,3}${FORMAT_WORD},?\s+(?:and|&|or)\s+${FORMAT_WORD}\s+(?:(?:psycho)?therap(?:y|ies)|counsel(?:l)?ing)\b`,
  // With "group" second to last and a comma before the "and": "family, group, and individual therapy", as "family, group and
  // individual therapy" without it. (Only after another format and its comma: not "join our support group, and individual therapy…".
  // The word "group" first, so the look back runs only beside one.)
  String.raw`\bgroup(?<=\b${FORMAT_WORD},\s{1,3}group),\s+(?:and|&|or)\s+${FORMAT_WORD}\s+(?:(?:psycho)?therap(?:y|ies)|counsel(?:l)?ing)\b`,
  String.raw`\bgroup\s+(?:psycho)?therapies\b`,
  String.raw`\bgroup\s+(?:cognitive[-\s]behaviou?ral|dialectical[-\s]behaviou?r(?:al)?|acceptance[-\s]and[-\s]commitment|interpersonal|psychodynamic|art` +
    String.raw`|music|exposure|schema|mindfulness[-\s]based|trauma[-\s]focused|cognitive(?:[-\s]processing)?|(?:expressive|creative)\s+arts?|drama|dance(?:[-\s]movement)?` +
    String.raw`|play|sand\s?(?:play|tray)|narrative|(?:compassion|emotion|solution)[-\s]focused)\s+(?:psycho)?therapy\b`,
  String.raw`\b(?:psycho)?therapy\s+groups?\b`,
  // A method's name and its initials before "group": "cognitive behavioural therapy (CBT) group program".
  String.raw`\b(?:psycho)?therapy\s+\((?:[A-Z][A-Za-z]?-?){2,6}\)\s+groups?\b`,
  String.raw`\bgroup\s+counsel(?:l)?ing\b`,
  String.raw`\bcounsel(?:l)?ing\s+groups?\b`,
  String.raw`\b(?:psycho)?therapeutic\s+groups?\b`,
  String.raw`\btherapeutic\s+(?:process|skills|interpersonal|art|music|drama|psychodrama|psychoeducational)\s+groups?\b`,
  String.raw`\bgroup\s+treatment\b`,
  String.raw`\bclinical\s+groups?\b`,
  String.raw`\bterapia\s+(?:de\s+)?grupo\b`,
  String.raw`\bth[ée]rapie\s+de\s+groupe\b`,
]);

/** A clinical method's initials, as a pattern source. (Not MBSR: mindfulness-based stress reduction is a course, not a therapy.) */
const METHOD_INITIALS = String.raw`(?:DBT|CBT|ACT|EMDR|CPT|IPT|MBCT|RO-DBT)`;

/** Clinical group formats that say "therapy" without the word: "DBT skills group". */
export const THERAPY_FORMAT = anyOf([
  // (DBT's skills training is its group format: "DBT skills training" names one.)
  String.raw`\b${METHOD_INITIALS}\b(?:[-\s]+(?:skills|based|informed))?(?:\s+(?:training\s+)?(?:group|class|program(?:me)?|course)s?\b|(?<=\bDBT[-\s]+skills)\s+training\b)?`,
  // "Group CBT", "group-based DBT".
  String.raw`\bgroup(?:[-\s]+based)?\s+${METHOD_INITIALS}\b`,
  String.raw`\bskills[-\s]+(?:training[-\s]+)?groups?\b`,
  String.raw`\b(?:interpersonal\s+)?process\s+groups?\b`,
  String.raw`\bpsycho-?education(?:al)?\s+groups?\b`,
  String.raw`\bintensive\s+outpatient\b`,
  String.raw`\bIOP\b`,
]);

/**
 * A THERAPY_FORMAT match that names a method's own group or class: "DBT skills group", "CBT groups", "Group CBT". (Not the method
 * alone, its programme or course, nor a format with no method: "We offer CBT", "a DBT program", "skills group".)
 */
export const METHOD_GROUP = new RegExp(
  String.raw`^${METHOD_INITIALS}\b(?:[-\s]+(?:skills|based|informed))?\s+(?:training\s+)?(?:groups?|class(?:es)?)$|^group\s+${METHOD_INITIALS}$`,
  'i',
);

/**
 * "ACT group", not "the way we act" or "the Capacity Act 2015": a THERAPY_FORMAT match counts only with its initials all
 * in capitals.
 */
export function formatInCapitals(text: string): boolean {
  // (Wherever they stand in it: "group ACT", not "a group act of kindness".)
  const initials = /\b(?:dbt|cbt|act|emdr|cpt|ipt|mbct|ro-dbt|iop)\b/i.exec(text)?.[0];
  return initials === undefined || initials === initials.toUpperCase();
}

// A method's initials alone, or with "skills", "-based", "-informed": "CBT", "DBT skills".
const BARE_METHOD = new RegExp(String.raw`^${METHOD_INITIALS}(?:[-\s]+(?:skills|based|informed))?$`, 'i');
// A group of the paragraph's own, in words: "The current group will be run by…", "in group settings", "Our skills training class".
// (Not a support group, nor a business or a body named a group: "our peer support group practises CBT skills", "Harlow Medical Group".)
// (Nor one denied: "one to one, not in a group".)
const GROUP_WORD =
  /(?<!\b(?:support|peer|self-help|mutual[-\s]aid|medical|health|healthcare|practice|hospital|housing|working|study|focus|steering|advisory|reference|user|age)[-\s]+)(?<!\b(?:not|no|never|nor|without|than|instead\s+of)\s+(?:in\s+)?(?:an?\s+|small\s+)?)\b(?:groups?|class(?:es)?|circles?)\b/i;
const holdsGroupWord = oncePer((b: ProseBlock): boolean => GROUP_WORD.test(b.text));
/** A heading, or a short line of its own with no sentence's end (a title in text saved from a web page). */
const headingLike = (b: ProseBlock): boolean => b.type === 'heading' || (b.text.length <= 100 && !/[\n.!?]/.test(b.text.trim()));
/**
 * Does a THERAPY_FORMAT match name a group? A method's initials alone name the method, which one-to-one work uses too ("We offer
 * CBT for adults with panic attacks", "We offer DBT."): they name the group only with a group word near them, in their paragraph
 * ("Families learn DBT skills" after "Harbour Teens Group is a twelve-week program"), or, in a heading or a title, DBT's skills
 * (its group format: "Teen DBT: Skills for Adolescents").
 */
export function formatNamesGroup(m: Match): boolean {
  if (!BARE_METHOD.test(m.text)) return true;
  if (headingLike(m.block) && /\bDBT\b[\W_]+skills\b/i.test(m.block.text)) return true;
  return holdsGroupWord(m.block);
}

/** The words of the therapy a support flyer must deny, or a therapy flyer affirms. */
/**
 * Words just before a denied kind of care that make it care people do not seek, not what a group denies being: "many farmers will
 * not seek out mental health care", "newcomers rarely turn to counselling". (Not "you will not get therapy here": a disclaimer.)
 */
export const SEEKING_CARE_BEFORE =
  /\b(?:seek|seeks|seeking|sought|reach\s+out\s+(?:for|to)|turn\s+to|trust)\s+(?:out\s+)?(?:(?:any|the|professional|formal|traditional|western|their)\s+)?$/i;

export const THERAPY_WORD = anyOf([
  String.raw`(?<!\b(?:physical|speech|occupational|massage|respiratory|PT|OT|music|art|dance|recreational|recreation)[-\s]+)\b(?:psycho)?therap(?:y|ies` +
    String.raw`|eutic\s+(?:service|treatment|intervention)s?)\b`,
  String.raw`\bcounsel(?:l)?ing\b`,
  String.raw`\bclinical(?:\s+(?:service|care|treatment|program|group|setting))?s?\b`,
  String.raw`\btreatment\b`,
  String.raw`\bmedical\s+(?:advice|care)\b`,
  String.raw`\b(?:professional|mental[-\s]health)\s+(?:care|help|services?|treatment|advice|support|counsel(?:l)?ing|assistance)\b`,
  String.raw`\bsubstitut(?:e|ion)\s+for\b`,
  String.raw`\breplacement\s+for\b`,
  String.raw`\bdiagnos(?:is|es|e|ing)\b`,
]);

/**
 * Self-statements of kind: "this is group therapy", "our group is a support group". (An infinitive is no statement: "the use
 * of telehealth to provide group therapy".)
 */
// (A possessive is no "is": "the counselor's guidance, peer support…"; "it's", "this's", "that's" and "group's" after its
// subject are.)
const SELF = String.raw`\b(?:this|it|our|the|we|these)\b[^.;:!?]{0,40}?(?:\b(?:is|are|(?<!\bto\s+)(?:offers?|provides?|runs?\s+as))\b|(?<=\b(?:it|this|that|we|group|circle))['’](?:s|re)\b)[^.;:!?]{0,30}?`;
/** "We have several interpersonal therapy groups", "we run two support groups": what the page holds itself. */
const WE_HOLD = String.raw`\bwe\s+(?:currently\s+|also\s+|now\s+)?(?:have|run|host|hold|lead)\s+(?!(?:found|seen|learned|heard|been|had|noticed|to)\b)(?:[\w'’-]+,?\s+){0,4}?`;
/** A self-statement naming one of the names: SELF (or WE_HOLD), then any of them. */
const selfSays = (names: string[]): RegExp => w(`(?:${SELF}|${WE_HOLD})(?:${names.join('|')})`);
const SELF_THERAPY_NAMED = selfSays([
  String.raw`\bgroup\s+(?:psycho)?therapy\b`,
  // (Not "a non-therapy group", "a non-clinical group": the word joined to "non-" is denied.)
  String.raw`(?<!\bnon[-\s]?)\b(?:psycho)?therapy\s+groups?\b`,
  // "a twelve-week cognitive behavioural therapy (CBT) group": the method's name before its initials.
  String.raw`\b(?:cognitive[-\s]behaviou?ral|dialectical[-\s]behaviou?r(?:al)?|acceptance[-\s]and[-\s]commitment|interpersonal|schema|compassion[-\s]focused)\s+therapy\s+\((?:[A-Z][A-Za-z]?-?){2,6}\)\s+group\b`,
  String.raw`\bgroup\s+counsel(?:l)?ing\b`,
  String.raw`(?<!\bnon[-\s]?)\bclinical\s+(?:service|group)\b`,
]);
// Bare "therapy" names the group's kind only said straight of the group: "This group is psychotherapy", "It is therapy, not a
// support group". (Not "this is your therapy", "it's a sign that psychotherapy may help", "the work we do is psychotherapy" on a page
// of one-to-one work.)
const BARE_THERAPY_SELF = String.raw`\b(?:this|it|(?:the|this|our)\s+(?:[\w'’-]+\s+)?(?:group|circle))\s+(?:is|'s)\s+(?:(?:also|really|still|real|actual|a\s+form\s+of|a\s+kind\s+of)\s+)*(?<!\bnon[-\s]?)(?:psycho)?therapy\b`;
// "Group" with no article, as clinicians name their own group to its members ("Group is therapy", "Group is a form of psychotherapy"),
// said straight, opening a sentence, a line or a bullet. (Not "Support group is…", nor "group is going well": only its kind.)
const BARE_GROUP_IS_THERAPY = String.raw`(?<=(?:^|[.!?:•·*]|\n)[\t ]*)group\s+is\s+(?:(?:also|really|still|real|actual|a\s+form\s+of|a\s+kind\s+of)\s+)*(?<!\bnon[-\s]?)(?:psycho)?therapy\b`;
export const SELF_THERAPY = new RegExp(`${SELF_THERAPY_NAMED.source}|${BARE_THERAPY_SELF}|${BARE_GROUP_IS_THERAPY}`, SELF_THERAPY_NAMED.flags);
export const SELF_SUPPORT = selfSays([
  // (Not "the … support group model", "a support group facilitator": something about support groups.)
  String.raw`\b(?:peer\s+)?support\s+group\b(?!\s+(?:models?|movement|approach|format|research|literature|facilitators?|leaders?|training|directory|finder|listings?)\b)`,
  String.raw`\b(?:gathering|circle|community|group)\s+of\s+peers\b`,
  // ("X is a support and fellowship group", "Unsere Gruppe ist eine Selbsthilfegruppe": see SUPPORT_NAME and supportAndCompany.)
  supportAndCompany('group'),
  String.raw`\bselbsthilfe-?gruppe\b`,
  // (Not "a non-peer-led group".)
  // (Nor peer support as a benefit, "the biggest benefit of group therapy is the opportunity for peer support", or as an
  // organisation's line of work, "X is a national peer-to-peer support organization", "a peer support charity": see PEER_SUPPORT_GAINED
  // and PEER_SUPPORT_BODY.)
  String.raw`(?<!\bnon-)(?<!${PEER_SUPPORT_GAINED})\bpeer[-\s]+(?:led|support(?![-\s]+${PEER_SUPPORT_BODY}\b))\b`,
  String.raw`\bmutual[-\s]+(?:aid|help)`,
]);

/** Health insurance (not cover for a trip or a home: "we advise buying travel insurance"). */
export const INSURANCE = String.raw`(?<!\b(?:travel|holiday|trip|home|car|pet|event)\s)\binsurance\b`;

/** Money asked of members. (Not the idiom "avoid it at all costs", "at any cost".) */
export const FEE = anyOf([
  String.raw`\b(?:fees?|co-?pays?|co-?insurance|deductibles?|prices?|(?<!\bat\s+(?:all|any)\s+)costs?(?!\s+(?:them|you|him|her|us|me|people|lives|their|your)\b|\s+to\s+(?:their|his|her|the)\s+(?:famil|health|communit|econom|societ|NHS|taxpayer|employer)|[-\s]+(?:effective|efficient|benefit)|\s+of\s+living)|(?<!\b(?:take|takes|taking|took)\s+)charges?(?<!\bin\s+charge)|tuition` +
    String.raw`|payments?|pay|paid|billed|bill|billing|invoice|self-?pay|private[-\s]pay|out[-\s]of[-\s]pocket|sliding[-\s]scale)\b`,
  INSURANCE,
  // A rebate from Medicare or a health fund ("claim the Medicare or PHF rebate for each session").
  String.raw`\brebates?\b`,
  // "All sessions will be charged for", "charged at the usual rate" (not "charged with").
  String.raw`\bcharged\s+(?:for|at|per)\b`,
  String.raw`[$€£]\s?\d+(?:[.,]\d\d)?`,
  String.raw`\b\d+\s?(?:dollars|usd|eur|euros)\b`,
]);

// What the group does not replace, said of the group: "The support group does not replace your cardiology appointments, cardiac rehab
// or the advice of your own care team".
// (Also "These groups do not replace care from your own doctors", "Attending does not replace seeing a counselor", "Our group is not
// intended to replace medical or psychological care", "This group doesn't take the place of your regular diabetes care", "Coming here
// does not replace visits to your own nurse", "Our chats can never take the place of your nurse".)
// (What it may say it does not replace: care, and the people and visits that give it.)
export const CARE_GIVEN = String.raw`(?:appointments?|visits?|care|treatment|doctors?|nurses?|GPs?|physicians?|psychiatrists?|(?:psycho)?therap(?:y|ies|ists?)|counsel+(?:ing|ors?)|team|rehab|medical|psychological|psychiatric|professionals?|clinical|clinicians?|mental\s+health|health\s*care|help|advice|services?)`;
const GROUP_SUBJECT = String.raw`(?:groups?|it|this|we|they|meetings?|circles?|sessions?|attending|attendance|participation|participating|coming|going|joining|chats?|talks?|conversations?)`;
const GROUP_DOES_NOT = String.raw`\b${GROUP_SUBJECT}(?:\s+here)?\s+(?:(?:does|do|will|can|could|would)\s*(?:not|n['’]t)|won['’]t|(?:can\s+|will\s+)?never|(?:is|are)\s+not\s+(?:intended|meant|designed)\s+to)\s+`;
// (Or no group at all: "No support group can replace professional care", "no self-help group could take the place of a counsellor".)
const NO_GROUP = String.raw`\bno\s+(?:[\w'’-]+\s+){0,3}?(?:groups?|circles?|meetings?)\s+(?:(?:can|could|will|would)\s+(?:ever\s+)?)?`;
const REPLACE = String.raw`(?:replace|take\s+the\s+place\s+of|substitute\s+for)\b`;
// The people who give care, named before a "them" that stands for them.
const CARE_GIVERS = String.raw`(?:professionals|counsel+ors|(?:psycho)?therapists|doctors|nurses|GPs|physicians|psychiatrists|psychologists|clinicians)`;
/** The group saying it does not replace professional care: the support disclaimer in other words (see support-disclaimer). */
export const NOT_REPLACING_CARE = anyOf([
  String.raw`(?:${GROUP_DOES_NOT}|${NO_GROUP})${REPLACE}[^.;!?]{0,100}?\b${CARE_GIVEN}\b`,
  // "We thank the nurses and counsellors who cared for our families, and no self-help group could replace them". (The lookahead
  // first: the look back is tried only where a group or "no" starts.)
  String.raw`(?=\b(?:no|${GROUP_SUBJECT})\b)(?<=\b${CARE_GIVERS}\b[^.;!?]{0,150})(?:${GROUP_DOES_NOT}|${NO_GROUP})${REPLACE}\s+them\b`,
]);

// What is said to be beyond the group's advice, as the matters of medical advice: "your condition", "medical conditions", "symptoms or
// treatments", "medication". (Not advice of other sorts: "advice about benefit claims or housing".)
const HEALTH_MATTER =
  String.raw`(?:(?:any|your|their|his|her|a|an|individual|specific|particular|personal|medical|health|people['’]s|members['’])\s+){0,2}` +
  String.raw`(?:conditions?|symptoms?|diagnos[ie]s|illness(?:es)?|diseases?|treatments?|medications?|medicines?|health)\b`;
/**
 * The group or its hosts saying they cannot advise on health: "The group cannot give advice about medical conditions", "we do not
 * offer advice on your condition", "our volunteers can't advise on symptoms or treatment", "we cannot give medical, legal or financial
 * advice". Like a denied "medical advice" (see THERAPY_WORD), it says the group is no substitute for professional advice: the support
 * disclaimer in other words (read by support-disclaimer only, not as a sign of kind).
 */
export const NO_HEALTH_ADVICE = anyOf([
  String.raw`\b(?:${GROUP_SUBJECT}|facilitators?|volunteers|leaders?|hosts?|organi[sz]ers)(?:\s+here)?\s+` +
    String.raw`(?:(?:does|do|will|can|could|would)\s*(?:not|n['’]t)|can['’]t|won['’]t|(?:can\s+|will\s+)?never|(?:is|are)\s+(?:not\s+able|unable)\s+to)\s+` +
    String.raw`(?:(?:give|offer|provide)\s+(?:any\s+)?(?:(?:individual|personal|specific)\s+)?(?:advice\s+(?:about|on|regarding|concerning)\s+${HEALTH_MATTER}` +
    String.raw`|medical(?:\s*,\s*[\w-]+){0,3},?\s+(?:or|and|nor)\s+[\w-]+\s+advice\b)` +
    String.raw`|advise\s+(?:(?:you|anyone|members|people)\s+)?(?:about|on|regarding|concerning)\s+${HEALTH_MATTER})`,
]);

// A professional no one is, after "no": "no professional counsellors", "no psychologists or psychiatrists".
const NO_PROFESSIONAL = String.raw`(?:(?:licensed|trained|mental\s+health|professional|qualified)\s+)?(?:professionals?|therapists?|clinicians?|counsel(?:l)?ors?|psychologists?|psychiatrists?)(?:\s+(?:or|and)\s+[\w-]+)?`;

// The professions hosts say they are not: clinicians, and the helping professions beside them ("we are not social workers or
// health visitors" says as plainly that no professional runs it). (Not psychiatrists: "we are not psychiatrists" is a
// psychologist's word on prescribing.)
const NOT_CLINICIANS = String.raw`(?:clinicians|professionals|therapists|counsel(?:l)?ors|psychologists|doctors|social\s+workers|health\s+visitors|case\s*workers)`;

/**
 * A group's hosts saying, in the first person plural, that they give no clinical care: "we do not diagnose anyone", "we make no
 * diagnosis and give no treatment", "we don't offer treatment", "none of us is a licensed professional". A peer group's own page, its
 * questions and answers or its house rules say so of themselves; an explainer says it of such groups in the third person ("support
 * groups do not diagnose"), and a site's footer of its information, "we do not provide medical advice, diagnosis or treatment", names
 * advice first, which this leaves out.
 */
export const WE_GIVE_NO_CLINICAL_CARE = anyOf([
  String.raw`\bwe\s+(?:do\s+not|don['’]t|never|cannot|can['’]t|will\s+not|won['’]t)\s+(?:diagnose|treat)\b`,
  String.raw`\bwe\s+(?:do\s+not|don['’]t|never|will\s+not|won['’]t)\s+(?:offer|provide|give)\s+(?:any\s+)?(?:(?:medical|clinical|psychological)\s+)?(?:treatment|therapy|diagnos[ie]s)\b`,
  String.raw`\bwe\s+(?:make|give|offer|provide)\s+no\s+(?:(?:medical|clinical)\s+)?(?:diagnos[ie]s|treatment|therapy)\b`,
  String.raw`\bnone\s+of\s+us\s+(?:is|are)\s+(?:an?\s+)?(?:(?:degreed|licensed|qualified|trained|registered|certified|professional)\s+(?:or\s+)?){0,3}` +
    String.raw`(?:professionals?|clinicians?|therapists?|counsell?ors?|doctors?|psychologists?)\b`,
]);

/**
 * The hosts saying they are no clinicians ("we are not clinicians", "our facilitators are not therapists",
 * "we are survivors, not counsellors"): careful reviewers of real pages took it as the disclaimer in other words
 * (four of five pages that say it).
 */
export const HOSTS_NOT_CLINICIANS = anyOf([
  String.raw`\b(?:we|facilitators?|volunteers|leaders?|hosts?|moderators?|organi[sz]ers|the\s+users\s+here)\s+(?:are|is)\s+not\s+` +
    String.raw`(?:(?:trained|licensed|qualified|mental\s+health|medical)\s+)?${NOT_CLINICIANS}\b`,
  // (The group speaking of itself with a word before the profession: "We are not professional counselors", "we are not grief
  // counselors". A sentence on what the facilitators are, "Facilitators are trained volunteers, not counselors", describes them, not
  // the group: the team's flyer corpus and real-page reviewers both ask for the disclaimer there.)
  String.raw`\bwe\s+are\s+not\s+(?:(?:professional|certified|registered|grief|bereavement|trained|licensed|qualified)\s+){1,2}` +
    String.raw`${NOT_CLINICIANS}\b`,
  // No professional leads or attends: "No therapist or counselor is present", "no licensed professionals lead the meetings", "led by
  // peers rather than professionals", "not professionally led", "The group has no professional leader".
  // (Also "No professional counsellors are present", "No psychologists attend", "There are no therapists at our meetings", "there are
  // no professional psychologists or psychiatrists in the group", "No professional counsellors take part", "no psychologist is involved".)
  String.raw`\bno\s+${NO_PROFESSIONAL}\s+` +
    String.raw`(?:(?:is|are|will\s+be)\s+(?:present|there|in\s+attendance|involved)|attend|attends|lead|leads|run|runs|facilitate|facilitates|takes?\s+part)\b`,
  // The meetings said to have none: "the meetings do not include professional counsellors", "our groups don't involve any therapists".
  String.raw`\b(?:meetings?|groups?|sessions?|circles?)\s+(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+(?:include|involve|have)\s+(?:any\s+)?${NO_PROFESSIONAL}\b`,
  String.raw`\bthere\s+(?:is|are|will\s+be)\s+no\s+${NO_PROFESSIONAL}\s+(?:present\s+)?(?:at|in)\s+(?:the|our|this|any)\s+(?:[\w-]+\s+)?(?:group|meetings?|sessions?|circle)s?\b`,
  String.raw`\bled\s+by\s+(?:peers|volunteers|members)\s+rather\s+than\s+(?:by\s+)?professionals\b|\bnot\s+professionally\s+(?:led|run|facilitated)\b|\bno\s+professional\s+(?:leaders?|facilitators?)\b`,
  // A clinician host on their role here: "in this group she is your host, not your therapist"; "Nobody here is acting as your therapist".
  String.raw`\b(?:is|am|are)\s+(?:your|the\s+group['’]s)\s+(?:host|facilitator|guide)s?,?\s+not\s+(?:your|a)\s+(?:therapist|counsel(?:l)?or|clinician)\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:here\s+)?(?:is\s+)?(?:acting|acts)\s+as\s+(?:your|a)\s+(?:therapist|counsel(?:l)?or|clinician)\b`,
  String.raw`\bwe\s+are\s+(?:[\w'’-]+\s+){1,4}?(?:and\s+)?not\s+(?:clinicians|professionals|therapists|counsel(?:l)?ors)\b`,
  // "We are non-professionals who meet to share experiences", "the facilitators are lay people".
  String.raw`\b(?:we|facilitators?|volunteers|leaders?|hosts?|moderators?|organi[sz]ers)\s+(?:are|is)\s+(?:all\s+)?(?:a\s+)?(?:non-?professionals?|lay\s*(?:people|persons?|volunteers))\b`,
  String.raw`\bwe\s+are\s+[\w'’ -]{1,40},\s+not\s+(?:clinicians|professionals|therapists|counsel(?:l)?ors)\b`,
  // The host of a group speaking of themselves: "I'm not a professional, just a dad who has been there", "I am not a therapist".
  // "Nobody here is a professional", "none of us are therapists".
  String.raw`\b(?:nobody|no\s+one|none\s+of\s+us)\s+(?:here\s+)?(?:is|are)\s+(?:a\s+)?(?:(?:trained|licensed|qualified|mental\s+health)\s+)?` +
    String.raw`(?:(?:doctors?|nurses?)\s+(?:or|and)\s+)?(?:professionals?|clinicians?|therapists?|counsel(?:l)?ors?|psychologists?|doctors?|social\s+workers?|health\s+visitors?)\b`,
  // (Not "I'm not a doctor": a counsellor or psychologist says so of prescribing.)
  String.raw`\bI(?:'m|’m|\s+am)\s+not\s+(?:a\s+)?(?:(?:trained|licensed|qualified|mental\s+health)\s+)?` +
    String.raw`(?:clinician|professional|therapist|counsel(?:l)?or|psychologist)\b`,
]);

/** A donation to the group, as a pattern source; not a donation of eggs, blood or goods ("sperm or ovum donation", "food donations"). */
export const DONATION = String.raw`(?<!\b(?:ovum|egg|eggs|sperm|embryo|blood|organ|plasma|food|clothing|toy|book)\s+)\bdonations?\b`;
/** A value that says something costs nothing, as a pattern source: "none", "nothing", "free", "complimentary", "no charge", "$0" (not "$0.50"). */
export const COSTS_NOTHING = String.raw`(?:none|nothing|nil|zero|free|complimentary|n\/a|no\s+(?:cost|charge|fee)s?|[$£€]\s?0(?![.,]?\d*[1-9]))(?![\w])`;
/** A label row's separator, with any emphasis or punctuation, before its value: "Fee: ", "**Cost** — ", "COST · ". */
const ROW_VALUE = String.raw`[*_\s]*[:·—–|-][\W_]*?`;
/** What follows a cost label when its value says it costs nothing: "Fee: None", "**Cost** — nothing", "Price: $0". */
export const NOTHING_AS_VALUE = new RegExp(`^${ROW_VALUE}${COSTS_NOTHING}`, 'i');
/**
 * Food and drink served at a meeting, as a pattern source: "supper", "coffee and cake", "refreshments". Free food is not free
 * attendance ("Coffee and cake are free" says nothing of what the group costs).
 */
export const FOOD_AND_DRINK =
  String.raw`(?:food|drinks?|beverages?|meals?|suppers?|dinners?|lunch(?:es)?|breakfasts?|brunch(?:es)?|snacks?|refreshments?|coffee|teas?|cakes?` +
  String.raw`|cookies|biscuits|pastries|pizzas?|sandwiches|soups?|juices?|sodas?|soft\s+drinks|hot\s+chocolate|fruit|desserts?|treats|nibbles|doughnuts|donuts` +
  String.raw`|bagels|muffins|buffet)`;
/** Saying attending is free (or costs nothing but an invited contribution). */
export const FREE = anyOf([
  // "free", but not "free to ask", "feel free", "judgment-free" (or "judgment free", "drug and alcohol free"), "free of judgment",
  // "free time", "free association", a phone line's "toll free". (Nor "feel completely free", "feeling free": leave to act, not a price.)
  String.raw`(?<![-\w]-|\bfeel(?:s|ing)?\s+(?:(?:[a-z]+ly|very|so|quite|just|more)\s+)?|\bbreak\s|\bset\s|\b(?:judg(?:e)?ment|drug|alcohol|smoke|tobacco|nicotine|substance|stigma|pressure|shame|guilt|stress|worry|` +
    String.raw`pain|symptom|fragrance|scent|allergen|gluten|nut|sugar|distraction|clutter|barrier|hassle|risk|violence|abuse|debt|care|toll)\s)` +
    // (People who are free to join are let in, not told the price: "others are free to join or only the original members attend".)
    String.raw`(?<!\b(?:others|members|participants|people|newcomers|anyone|everyone|they|clients|patients|individuals)\s+(?:are|is|were|will\s+be)\s+)` +
    // (Nor "you are free to come and go": leave to move about during a meeting. "It is free to come and go" still prices it.)
    String.raw`\bfree(?:\s+of\s+charge)?\b(?!-)(?:(?<=\b(?:it|this|that)(?:\s+is|['’]s)\s+free)|(?!\s+to\s+come\s+(?:and|or|&)\s+go\b))(?!\s+(?:of(?!\s+charge)|from|time|will|spirit|association|standing|writing|flowing|form|style|rein|speech|yourself` +
    String.raw`|themselves)\b)(?!\s+to\s+(?!attend|join|participate|come|register|enroll|all\b|the\s+public|members|anyone|everyone|families|caregivers` +
    String.raw`|patients|students|veterans|attendees|those|you\b))`,
  String.raw`\bno[-\s]+(?:cost|charge|fee|dues)s?\b`,
  // A label row whose value says it costs nothing: "Fee: None", "**Cost** — nothing", "Price: $0".
  String.raw`\b(?:fees?|costs?|price|charges?)${ROW_VALUE}${COSTS_NOTHING}`,
  String.raw`\bat\s+no\s+(?:cost|charge)\b`,
  String.raw`\bwithout\s+(?:cost|charge)\b`,
  String.raw`\bcost[-\s]free\b`,
  String.raw`\bno\s+one\s+(?:is\s+)?turned\s+away\b`,
  String.raw`\bgratis\b|\bgratuit[oe]?\b|\bsin\s+costo\b`,
  DONATION,
  String.raw`\bpay[-\s]what[-\s]you[-\s]can\b`,
  // "Our meetings are pro bono": given free.
  String.raw`\bpro[-\s]bono\b`,
  // "It costs nothing", "there is never a fee", "we never charge", "you pay nothing".
  String.raw`\bcosts?\s+nothing\b|\bnever\s+(?:a\s+)?(?:fee|charge)\b|\bnever\s+charges?\b|\bpay\s+nothing\b`,
  // "Attendance is complimentary", "No payment is required".
  String.raw`\b(?:attendance|admission|entry|participation|it|the\s+(?:group|meeting|circle|session)s?)\s+(?:is|are)\s+complimentary\b`,
  String.raw`\bno\s+payment\s+(?:is\s+)?(?:required|needed|necessary|expected)\b`,
  // Fellowships: "no dues or fees", "self-supporting through our own contributions".
  String.raw`\bself[-\s]supporting\b`,
  String.raw`\b(?:voluntary|own)\s+contributions?\b|\bcontributions?\s+(?:are\s+)?(?:voluntary|welcome|optional)\b`,
]);

/** Licensed or trained clinicians. */
export const CLINICIAN = anyOf([
  String.raw`(?<!\b(?:physical|speech|occupational|massage|respiratory|PT|OT|SLP|music|art|dance|recreational|recreation)[-\s]+)\b(?:psycho)?therapists?\b`,
  String.raw`\b(?:trained|professional|clinical)\s+(?:group\s+)?(?:facilitators?|leaders?|staff)\b`,
  String.raw`\bpsychologists?\b`,
  String.raw`\bpsychiatrists?\b`,
  String.raw`\bcounsel(?:l)?ors?\b`,
  String.raw`\bclinicians?\b`,
  String.raw`\bsocial\s+workers?\b`,
  String.raw`\blicensed\b`,
  String.raw`\bcredential(?:s|ed)?\b`,
  String.raw`\b(?:LCSW|LICSW|LMSW|LPC|LPCC|LMHC|LMFT|MFT|LCPC|LCADC|CADC|PsyD|Psy\.D|PhD|Ph\.D|MSW|MD|RN|PMHNP|NCC|ATR-BC|RPT|CGP|LPC-S)\b`,
  // Credentials outside the United States: registered clinical counsellors and psychotherapists (Canada), BACP, UKCP and HCPC
  // registration (United Kingdom), registered psychologists and accredited mental health social workers (Australia).
  // (A regulator's name alone, "we adhere to HCPC guidelines", is no one's credential.)
  // (Two of them are also common initials, "the RP classes" for relapse prevention: those count only after a name and a comma or in
  // brackets, "Aoife Brennan, RP".)
  String.raw`\b(?:RCC|RSW|RPsych|MBACP|AMHSW|LCMHC|LCAT|LADC|CASAC|MT-BC)\b|\b(?:RP|CCC)\b(?<=(?:[A-Za-z.],|\()\s{0,3}(?:RP|CCC))`,
  // Associate and regional licences: "LAMFT", "ACSW", "LMHCA", "LCSW-C", "C.Psych" (Ontario), "CPsychol" (United Kingdom).
  String.raw`\b(?:LAMFT|AMFT|ACSW|LMHCA|LPCA|LPC-A|LCSW-C|CPsychol)\b|\bC\.\s?Psych\b`,
  // State licences of social workers and mental health practitioners: "LISW", "LISW-S" (Ohio, Iowa), "LIMHP" (Nebraska); and,
  // only after a name and a comma or in brackets as RP and CCC above, the shorter "LSW" (Illinois, Ohio) and "LMHP" (Nebraska).
  String.raw`\b(?:LISW|LIMHP)\b|\b(?:LSW|LMHP)\b(?<=(?:[A-Za-z.],|\()\s{0,3}(?:LSW|LMHP))`,
  // In Spanish, as bilingual flyers write it: "psicóloga licenciada", "terapeuta", "consejero", "trabajadora social".
  String.raw`\b(?:psic[oó]log[oa]s?|psicoterapeutas?|terapeutas?|consejer[oa]s?|trabajador(?:a|es|as)?\s+social(?:es)?)(?![\p{L}])`,
  String.raw`\b(?:BACP|UKCP|HCPC)[-\s](?:registered|accredited|member)\b|\b(?:registered|accredited)\s+(?:with|by)\s+(?:the\s+)?(?:BACP|UKCP|HCPC)\b`,
]);

/** Drop-in attendance ("a drop-in group", "you can drop in any week"), not "a significant drop in self-esteem". */
export const DROP_IN = String.raw`\bdrop-in\b|\b(?:can|may|could|to|please|welcome\s+to|free\s+to|just)\s+drop\s+in\b|\bdrop\s+in\s+(?:any|anytime|whenever|when|each|every|on|at)\b`;

/** A day of the month, as a pattern source: "14th March", "the 20th of December", "March 14th", "Nov. 3", "on 7 May" (not "8 may attend"). */
export const DATE = String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?${MONTH}|\d{1,2}\s+(?:of\s+)?(?!may\b)${MONTH}|(?<=\b(?:on|from|until|till|by|before|after|since)\s+)\d{1,2}\s+may|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b(?![:.]\d)`;
// Within one sentence: no stop but a point inside a number or a name ("7.30", "St.Anne's").
export const SAME_SENTENCE = String.raw`(?:[^.!?\n]|\.(?=\S))`;
const DAY_OR_DATE = String.raw`(?:${DATE}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:tonight|tomorrow)\b)`;
export const VENUE =
  String.raw`(?:(?:\b(?:at|in)|[,–—])\s+(?:the\s+|our\s+)?(?:[\w'’.-]+\s+){0,4}?(?:halls?|centre|center|church|chapel|cathedral|library|room|rooms|house|caf[eé]|school|college|university|hospital|hospice|clinic|surgery|pub|inn|club|clubhouse|pavilion|institute|lounge|offices?|building|museum|park|gardens?|studio|theatre|theater|hotel|temple|mosque|synagogue|hub|barn|annexe?|vestry|parish)${WORD_END}` +
  String.raw`|\b\d{1,4}\s+(?:[\w'’-]+\s+){1,2}(?:street|st|road|rd|lane|ln|avenue|ave|drive|way|close|crescent|place|square|terrace|grove|court|row|walk)\b)`;
/**
 * A time with no am or pm, as a pattern source: "at 7.30", "at 19:30", "from 6.45 to 8.15", in a sentence with a day or date and a
 * place ("We gather again on 14th March at 7.30 at the Hollins Community Hall"). (Not "version 7.30", a price "at £7.30", a verse
 * "John 3:16", "2.5", "a rate at 4.25%", "tea at 1.50 a cup".)
 */
const HOUR_MINUTES = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\w%£$€]|[.,:]\d)(?!\s*(?:%|per\s*cent|percent|dollars|euros|pounds|each\b|(?:a|an|per)\s))`;
const BARE_CLOCK =
  // (The time's own words first, so the day and place are looked for only beside one.)
  String.raw`\b(?=(?:at|from)\s+\d\d?[:.]\d\d)(?:(?<=${DAY_OR_DATE}${SAME_SENTENCE}{0,80})|(?=${SAME_SENTENCE}{0,80}?${DAY_OR_DATE}))(?:(?<=${VENUE}${SAME_SENTENCE}{0,80})|(?=${SAME_SENTENCE}{0,80}?${VENUE}))` +
  String.raw`(?<!\b(?:priced|valued|sold|costs?|costing|rates?|stood|stands|set|fixed|capped|charged|tickets?)\s+)` +
  String.raw`(?:at\s+${HOUR_MINUTES}|from\s+${HOUR_MINUTES}(?=\s*(?:[-–]|to|until|till)\s*\d))`;
/** When, where, how to join: the logistics that make a text an announcement. */
export const LOGISTICS = anyOf([
  String.raw`\bjoin\s+us\b`,
  // (Not meeting a need: "cannot always meet every need", "meets the criteria". Nor meeting people, "a chance to meet others who
  // understand", "meet other carers", "meet new friends": people met, not a meeting; "meets every other Tuesday" still is one. A need
  // or a goal may take two words before it: "to meet different personal goals".)
  String.raw`\bmeets?\b(?!\s+(?:with\s+)?(?:others|other(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)|people|new\s+(?:people|friends)|someone|like-minded)\b)(?!\s+(?:(?:the|their|your|his|her|its|our|every|all|each|any|these|those|such)\s+)?(?:(?:[\w'’-]+\s+){0,2}(?:needs?|demands?|criteria|requirements?|expectations?|goals?|targets?|deadlines?|standards?|challenges?|obligations?))\b)`,
  String.raw`\bmeeting\s+(?:every|on|weekly|monthly)\b`,
  // ("Each Thursday" as "every Thursday".)
  String.raw`\b(?:every|each)\s+(?:other\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
  // (Not someone's habit in a story, the day before another noun: "a Tuesday night crew expected them", "his Sunday morning table".)
  String.raw`(?<!\b(?:his|her|their)\s)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:nights?|evenings?|mornings?|afternoons?)\b` +
    String.raw`(?!\s+(?:crew|crowd|table|shift|dinners?|drinks|football|poker|games?|league|team|gang|friends|pals|mates|regulars|routine|ritual|habit|show|class\s+at\s+the\s+gym)\b)`,
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
  String.raw`\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)`,
  BARE_CLOCK,
  String.raw`\bregist(?:er|ration)\b`,
  String.raw`\bsign\s+up\b`,
  String.raw`\brsvp\b`,
  DROP_IN,
  String.raw`\ball\s+are\s+welcome\b`,
  String.raw`\bwhen\b\s*:`,
  String.raw`\bwhere\b\s*:`,
  String.raw`\blocation\b`,
  String.raw`\bzoom\b`,
  String.raw`\bcontact\b`,
  String.raw`\bweekly\b`,
  String.raw`\bbi-?weekly\b`,
  String.raw`\bmonthly\b`,
  String.raw`\bsessions?\b`,
  String.raw`\bintake\b`,
  String.raw`\benroll(?:ment|ing)?\b`,
]);

/** A document that explains the difference between the kinds. */
export const COMPARISON = anyOf([
  String.raw`\bvs\.?(?=\s)`,
  String.raw`\bversus\b`,
  String.raw`\bdifferen(?:ce|ces|t)\b`,
  String.raw`\bcompar(?:e|ed|ing|ison)\b`,
  String.raw`\bor\b`,
  String.raw`\band\b`,
  String.raw`\bunderstanding\b`,
  String.raw`\bchoosing\b`,
  String.raw`\bwhich\b`,
]);

/**
 * Things of a site or a business named for groups, after "group" or "meeting": "the Group Noticeboard", "group chat", "group
 * bookings", "meeting space". (A group of one's own is none of these.)
 */
export const SITE_THINGS = String.raw`areas?|spaces?|pages?|chats?|forums?|noticeboards?|boards?|exchanges?|swaps?|portals?|sections?|folders?|accounts?|photos?|walls?|emails?|newsletters?|bookings?|discounts?|rates?|tickets?|travel|tours?|insurance`;

/**
 * What "we offer" or "we run" offers when it is no group: a treatment, a method or a service named alone ("We offer DBT.", "we
 * offer EMDR for adults", "we offer one-to-one counselling", "we hold assessments"), with no group word after it in the sentence
 * ("we offer one-to-one and group therapy", "we offer CBT in small groups" offer groups).
 */
const OFFERED_NOT_A_GROUP =
  String.raw`\s+(?:(?!(?:and|or|for|to|with|of|in|on|at|by|from|about|as|plus)\b)(?![\w'’-]*?\bgroups?\b)[\w'’-]+\s+){0,3}?\(?` +
  String.raw`(?:${METHOD_INITIALS}|MBSR|ERP|counsel(?:l)?ing|(?:psycho)?therap(?:y|ies)|treatments?|individual|one[-\s](?:to|on)[-\s]one|1[-:]1|1[-\s]to[-\s]1|private` +
  String.raw`|assessments?|appointments?|consultations?|referrals?|information|advice|diagnos[ie]s|medication|screenings?|evaluations?|coaching|supervision)\b` +
  String.raw`(?![^.;!?\n]{0,80}?\b(?:groups?|group-based|circles?|class(?:es)?|caf[eé]s?|meetings?|gatherings?|workshops?|courses?|programmes?|programs?|drop-ins?)(?![\w-]))`;

// "gather" as drawing people together, its object just after it: "gather people", "gather like-minded individuals" (see OWN_GROUP).
const GATHERS_PEOPLE =
  String.raw`(?!\s+(?:(?:together|local|like-minded|many|all|the|other|fellow|diverse|different)\s+)?` +
  String.raw`(?:people|persons|individuals|members|participants|men|women|parents|families|folks|everyone|those|others|survivors|carers|caregivers)\b)`;
// "meets" as answering to something, just after it: "meets their real needs", "meets the needs of", "meets the criteria" (see OWN_GROUP).
const MEETS_A_NEED =
  String.raw`(?!\s+(?:(?:the|their|your|its|his|her|our|each|every|all|these|those|members['’]?|people['’]s)\s+(?:[\w'’-]+\s+){0,2}?)?` +
  String.raw`(?:needs?|requirements?|criteria|expectations?|standards?|goals?|demands?|interests)\b)`;
/**
 * A group of the page's own: "our meetings", "this group", "we meet", "the group will meet",
 * "I am starting a support group", "join us". Pages about groups in general have none.
 */
export const OWN_GROUP = anyOf([
  // (Not "this is where support groups…": "this" as a pronoun before a verb; nor before another verb: "This includes a taster session", "this explores…".)
  // (Nor a kind of group, "this type of support group", "this kind of group": groups of that kind in general.)
  // (Nor a page of the site's about groups, "see our page on support groups", "this article about therapy groups".)
  String.raw`\b(?:our|this)\s+(?:(?!(?:is|are|was|were|where|when|what|how|why|includes?|included|explores?|offers|provides|gives|shows|covers|helps|allows|means|features|contains|involves|makes|lets)\b|(?:types?|kinds?|sorts?|forms?|styles?)\s+of\b|(?:web\s*)?(?:pages?|articles?|posts?|blogs?|sections?|factsheets?|leaflets?)\s+(?:on|about)\b)[\w'’-]+\s+){0,3}?(?:groups?|meetings?|sessions?|circles?|gatherings?|classes|coffee\s+mornings?|get-togethers?|meet-?ups?|(?:bereavement|grief|memory|dementia|carers['’]?)\s+caf[eé]s?)${WORD_END}(?!\s+(?:therapy|psychotherapy|counsel` +
    String.raw`|offerings|programs?|services|leaders?|facilitators?` +
    // (Nor a way of working named for groups: "Our guided listening circle model", "our group approach", "this session format".)
    String.raw`|models?|methods?|approach(?:es)?|frameworks?|formats?|settings?|techniques?|curricul(?:um|a)` +
    // (Nor a thing of the site's named for groups: "this online Group Swap Area", "our group chat rules", "our meeting space".)
    String.raw`|${SITE_THINGS}))`,
  // A long own name: "Our Harbor Valley Cardiac Support Group welcomes families" (not "our work with local support groups").
  // (Nor a page of the site's on them, "see our page on peer support groups".)
  String.raw`\bour\s+(?:(?!(?:with|of|for|in|on|and|or|to|from|about|other|local|many|all|partner|partners|sister|affiliated|pages?|articles?|posts?|sections?)\b)[\w'’-]+\s+){3,5}?support\s+groups?\b`,
  // (Not a group offered beside the page's own work: "we also run a carers' support group"; "we also meet on Saturdays" is its own.)
  String.raw`\bwe\s+(?:(?:regularly|currently|now|still|usually|normally|typically)\s+)?(?:meet|gather|come\s+together|get\s+together|welcome)\b|\bwe\s+also\s+(?:meet|gather|come\s+together|get\s+together)\b`,
  // (Nor what is offered when it is a treatment named alone: "We offer CBT for adults", "we offer individual counselling".)
  // (With the meetings it holds, "we hold local meetings", so that they are its own meetings.)
  String.raw`\bwe\s+(?:(?:regularly|currently|now|still|usually|normally|typically)\s+)?(?:offer|host|run|hold|facilitate)\b(?!${OFFERED_NOT_A_GROUP})(?:(?:\s+(?:local|monthly|weekly|regular|informal|free|open|evening|daytime)){0,2}\s+(?:meetings|gatherings|get-togethers|meet-?ups)\b)?`,
  // A practitioner's own group in the first person singular: "I lead a friendship support group for men", "My friendship support
  // group for men meets on Thursdays". (Not a member's "in my support group I learned…": the group must meet, run or be led.)
  // (Not one beside her own work: "I also run…", "I facilitate a range of support groups and workshops too".)
  String.raw`\bI\s+(?:currently\s+|now\s+)?(?:lead|run|facilitate|co-?facilitate|host|offer)\s+(?:a|an|the|two|three|several|weekly|monthly)\s+(?:[\w'’-]+\s+){0,3}?groups?\b(?![^.!?\n]{0,200}?\b(?:too|as\s+well)\b)`,
  String.raw`\bmy\s+(?:[\w'’-]+\s+){0,3}?groups?\s+(?:for\s+(?:[\w'’-]+\s+){1,3}?)?(?:meets|runs|is\s+(?:held|open\s+to|limited))\b`,
  // Groups the page's writers set up themselves, in the bare plural: "we establish peer-led support groups in secondary schools", "we
  // set up and run carers' circles in each ward", "we organise monthly meetings for widowed parents". (Not a plan or advice, "we
  // must establish…", "experts suggest that schools establish…", "we help you set up groups": another word stands between "we" and
  // the verb. Nor "we form small groups", as a class or a workshop divides its people; nor "we organise meetings with councillors",
  // "we coordinate groups of volunteers".)
  String.raw`\bwe\s+(?:(?:also|now|currently|regularly|still)\s+)?(?:establish|set\s+up|organi[sz]e|start|coordinate|convene)(?:\s+(?:and|&)\s+(?:run|lead|facilitate|support))?\s+` +
    String.raw`(?:(?!(?:with|about|to|for|of|in|on|at|into|how|that|which|who|and|or|a|an|the|our|your|their|them|it|up)\b)[\w'’-]+\s+){0,3}?(?:groups|circles|meetings)\b(?!\s+(?:with|between|of)\b)`,
  // "We have a group for teens and adults", "we have two groups for carers".
  String.raw`\bwe\s+(?:(?:currently|also|now)\s+)?have\s+(?:a|an|two|three|several|weekly|monthly)\s+(?:[\w'’-]+\s+){0,2}?groups?\s+(?:for|that|which|where)\b`,
  // (Also "gets together", "comes together", "convenes".)
  // (A plural hedged, "These groups typically meet monthly", "groups usually meet in libraries", is groups in general: "the group
  // usually meets" is still one group's.)
  // (Nor "gather" with people as its object, "recovery groups gather people from every background": what groups draw together, not
  // a meeting. "Our group gathers every Monday", "gathers with other parents", still meets.)
  // (Nor "meets" as answering to something, "so that the group meets their real needs", "meets the standards": as in LOGISTICS.)
  String.raw`\b(?:(?:group|meeting|circle)\s+(?:will\s+|typically\s+|usually\s+|generally\s+)?|(?:groups|meetings|circles)\s+(?:will\s+)?)(?:meets?|gathers?${GATHERS_PEOPLE}|gets?\s+together|comes?\s+together|convenes?)\b${MEETS_A_NEED}`,
  // Each of the page's groups and how it runs: "Each group runs for 8 weeks, meets once a week", "each support group is facilitated by".
  String.raw`\beach\s+(?:[\w'’-]+\s+){0,2}?group\s+(?:runs|lasts|meets|is\s+(?:held|run|facilitated|led|limited))\b`,
  // (And its size, with a ceiling, when the sentence goes on to say who runs it: "Each group has up to 7 members and is facilitated by…".
  // Not a size in general, "groups usually have six to ten members"; nor a ceiling alone, as an explainer gives it of such groups:
  // "each group has no more than 10 members and meets weekly".)
  String.raw`\beach\s+(?:[\w'’-]+\s+){0,2}?group\s+(?:has|takes|holds|admits|includes)\s+(?:up\s+to|a\s+maximum\s+of|at\s+most|no\s+more\s+than)\s+` +
    String.raw`(?:\d{1,2}|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:members|participants|people|clients|patients|women|men|parents|adults)\b` +
    String.raw`(?=,?\s+and\s+is\s+(?:held|run|facilitated|co-?facilitated|led)\b)`,
  // The page's own meetings at a time: "Meetings begin at 3:00 p.m.", "Our monthly meetings start at 7".
  String.raw`\b(?:(?:our|the|chapter|monthly|weekly|regular)\s+){0,2}meetings\s+(?:begin|start|run|last)\s+(?:at|from|promptly)\s+\d`,
  // "The group will meet", not "you will meet people who understand" or "the therapist will hold the space".
  String.raw`(?<!\b(?:you|they|members|people)\s+)\bwill\s+(?:meet|hold(?!\s+(?:the\s+|a\s+)?(?:safe\s+)?space\b)|host|be\s+held|start|begin|resume|run)\b`,
  String.raw`\b(?:is|are)\s+held\s+(?:on|every|each|at|in(?!\s+(?:many|most|some|various|several|other|all|different)\b)|the|weekly|monthly|during|after|before|twice|once)\b`,
  // (The words between name the group, "a new café style local parent support group"; a clause between, "start a conversation
  // about how a group…", "begin a journey with a support group", is about something else.)
  // (Not a plan someone else put to the writer: "my counsellor suggested we start a short group". Nor one the reader would carry
  // out, "we can help you start a carers' group", "if you start a group", nor one only thought of, "I've thought about starting a
  // group here", "considering forming a circle": none is a group of the page's own.)
  String.raw`(?<!\b(?:suggested|proposed|recommended|advised|asked)\s+(?:that\s+)?(?:we|I|you|they|he|she)\s+)` +
    String.raw`(?<!\b(?:you|(?:thought|thinking)\s+(?:about|of)|considered|considering|contemplat(?:ed|ing))\s+)` +
    // (Nor one suggested to someone, "the school could start a dating support group", "churches should form a carers' group".)
    String.raw`(?<!\b(?:could|should|might|may|can|would|must|ought\s+to)\s+(?:also\s+|easily\s+|even\s+)?)` +
    // (Nor advice on what to do at one's start, "Before starting a new group, therapists should…", nor a circle of friends.)
    String.raw`(?<!\b(?:before|when|after|while|on)\s+)` +
    String.raw`\b(?:form|start|starting|launch|launching|forming|begin|beginning|organi[sz]e|organi[sz]ing)\s+(?:a|an|my|our|its|their)\s+` +
    String.raw`(?:(?!(?:with|about|to|for|of|in|on|at|into|how|that|which|who|and|or|a|an|the|our|your|their)\b)[\w'’\u00C0-\u024F-]+\s+){0,6}?` +
    String.raw`(?:group|meeting|(?<!\bsocial\s)circle)\b`,
  // An announcement that a group starts again: "has resumed its in-house bereavement support group meetings", "restarted our grief group".
  // ("Many hospices resumed their groups" is news about others.)
  String.raw`\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|relaunch(?:es|ed|ing)?)\s+(?:its|our|in-house)\s+(?:[\w'’-]+\s+){0,4}?(?:groups?|meetings?|circles?)\b`,
  // An organisation's own, in a report of it: "hosted their bi-annual support group for bereaved families", "runs its monthly grief café".
  String.raw`(?<!\b(?:many|most|some|several|other|all|few)\s+(?:[\w'’-]+\s+){0,2})\b(?:host(?:s|ed|ing)|run(?:s|ning)?|ran|hold(?:s|ing)?|held)\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:group|meeting|circle|caf[eé])s?(?![\w-])`,
  // A start date of its own: "group therapy sessions starting Monday", "groups beginning March 4", "starting 14th March".
  String.raw`\b(?:groups?|sessions?|classes|circles?|meetings?)\s+(?:starting|beginning|starts?|begins?)\s+(?:on\s+|this\s+|next\s+)?` +
    String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:the\s+)?${DATE})`,
  // "Groups now forming", "now enrolling for the spring group".
  String.raw`\b(?:groups?|circles?|classes)\s+(?:(?:is|are)\s+)?now\s+(?:forming|enrolling|starting|open)\b|\bnow\s+(?:forming|enrolling)\b`,
  String.raw`\bjoin\s+(?:us|our)\b`,
  // "The group is led by…", "The current group will be run by a psychotherapist", "Each group session is led by trained professionals".
  // (Also its sessions in the future tense, whatever names them: "These group sessions will be facilitated by a registered
  // psychologist", "Peer support group sessions will be led by a trained vet". A programme says who will run its sessions; an
  // explainer says who usually does, in the present: "group sessions are usually facilitated by…".)
  // (Not after a condition or a hedge in the same sentence, as an explainer puts it to the reader: "When you join a programme, group
  // sessions will be led by a trained colleague", "In a typical programme…".)
  String.raw`\b(?:group|circle)(?<!\b(?:if|when|whenever|once|typical|typically|usually|generally|often|most|many|any)\b[^.;:!?\n]{0,80})\s+(?:sessions?|meetings?)\s+will\s+be\s+(?:led|facilitated|co-?facilitated|co-?led|run|hosted)\s+by\b`,
  String.raw`\b(?:the|each|every)\s+(?:current\s+|next\s+|new\s+|fall\s+|spring\s+|summer\s+|winter\s+)?groups?(?:\s+(?:sessions?|meetings?))?\s+(?:is|are|will\s+be)\s+` +
    String.raw`(?:led|facilitated|co-?facilitated|co-?led|run)\s+by\b`,
]);

/**
 * The writer's own visit to a group, told in the past: "my sister took me to a grief support group", "I went along to a carers'
 * meeting", "we attended a bereavement circle", "my first meeting was in March". "This group was…" after it is that group, not
 * the page's own (see kind.ts).
 */
const VISITED_OBJECT = String.raw`(?:(?:a|an|the|her|his|their|my|our|one|some|this|that)\s+)?(?:[\w'’-]+\s+){0,4}?(?:groups?|meetings?|circles?|sessions?|caf[eé]s?)${WORD_END}`;
export const VISITED_GROUP = anyOf([
  String.raw`\b(?:took|brought|dragged)\s+(?:me|us)\s+(?:along\s+)?to\s+${VISITED_OBJECT}`,
  String.raw`\b(?:I|we)\s+(?:(?:first|finally|eventually|once|then|also|reluctantly|nervously)\s+)?(?:went|came|got|walked|wandered)\s+(?:along\s+|back\s+)?(?:to|into)\s+${VISITED_OBJECT}`,
  String.raw`\b(?:I|we)\s+(?:(?:first|finally|eventually|once|then|also|reluctantly|nervously)\s+)?(?:attended|joined|visited|tried|sat\s+in\s+on|(?:started|began)\s+(?:going\s+to|attending))\s+${VISITED_OBJECT}`,
  String.raw`\bmy\s+(?:very\s+)?first\s+(?:meeting|session|visit|night|evening)\s+(?:was|there\s+was)\b`,
]);

/**
 * A page's groups and how they run, said plainly at the start of a sentence, of groups it points to: "These groups are open
 * and free", "The meetings are led by trained peers", "All sessions are free of charge", "The gatherings take place in the
 * library". An explainer speaks of groups in general ("Groups are led by a trained facilitator"), hedges ("support groups
 * are usually led by…") or names the kind it explains; see kind.ts for the sentence start.
 */
export const GROUPS_RUN = anyOf([
  String.raw`\b(?:the|these|all|both)\s+(?:groups|meetings|gatherings|sessions)\s+(?:are\s+(?:(?:run|led|facilitated|co-?facilitated|hosted|held)\s+(?:by|in|at|on|every|each|twice|once|monthly|weekly)\b|open\s+to\b|free\b|open\b(?=\s*[,;:.]))|take\s+place\s+(?:in|at|on|every|each)\b)`,
]);

/**
 * One group of the page's own and who runs it, said plainly in the present at the start of a sentence, as its own page introduces
 * it: "The group is facilitated by two qualified psychotherapists", "Our fellowship is led by members in recovery", "The circle is
 * open to veterans of every branch". (Not "The group was started by…": a story's past. Said of groups in the plural, see GROUPS_RUN.)
 * It weighs only against the rescue model's doubt on a page with no way to come now; see kind.ts.
 */
export const OWN_GROUP_RUN = anyOf([
  String.raw`\b(?:the|our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:group|circle|club|fellowship|programme|program)\s+is\s+(?:(?:still\s+|entirely\s+|always\s+)?(?:run|led|facilitated|co-?facilitated|conducted|hosted)\s+by|open\s+to)\b`,
]);

/**
 * A page's groups for the people it names, meeting at a stated frequency, said at the start of a sentence: "Groups for both men
 * and women run every week", "Sessions for parents are held on Tuesdays". (Groups in general, "Sessions take place every week with
 * a therapist", are an explainer's as often as a programme's.) Unlike GROUPS_RUN it does not stand against the page model; see
 * kind.ts for the sentence start.
 */
export const GROUPS_MEET_REGULARLY = anyOf([
  String.raw`\b(?:groups|meetings|sessions)\s+for\s+[^.;!?\n]{1,40}?\s+(?:run|meet|are\s+held|take\s+place)\s+(?:every|each|weekly|twice|once|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b`,
]);

/**
 * What a page's own groups are, on which day they meet, or who leads them, as a group says it of itself: "Our groups are support
 * groups only", "Our groups are peer-led", "We are a network of local support groups", "which still meets weekly on Thursdays",
 * "we meet every other Monday evening", "Facilitators are peers", "our facilitators are volunteers who have been there". Said of
 * groups in general these are an explainer's too ("Most of these groups are run by peers"): kind.ts counts them only in the
 * page's own voice, a "we" or "our" in the sentence or its own groups in the first person, and never of groups in general.
 */
export const OWN_GROUPS_SAID = anyOf([
  // What its groups are, after a list's colon or a pronoun, as peer-led: "these are community-based, lived-experience groups run by a
  // peer leader", "they are groups facilitated by trained peer volunteers".
  String.raw`\b(?:these|they|all|both)\s+are\s+(?:[\w'’,-]+\s+){0,4}?groups?\s+(?:run|led|facilitated|co-?facilitated|hosted)\s+by\s+` +
    String.raw`(?:an?\s+)?(?:(?:trained|volunteer|fellow)\s+)?peers?(?:\s+(?:leaders?|facilitators?|workers?|supporters?|volunteers?))?\b`,
  // What its groups are: a kind, or peer-led.
  String.raw`\b(?:our|the|these|its)\s+(?:[\w'’-]+\s+){0,2}?(?:groups?|meetings|circles?|gatherings)\s+(?:is|are)\s+(?:(?:all|also|only|still)\s+)?(?:` +
    String.raw`(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:peer|mutual)[-\s]+(?:support|aid|help)|support|self[-\s]help|peer|therapy|psychotherapy|counsell?ing)\s+(?:groups?|circles?)\b` +
    String.raw`|(?:an?\s+)?group\s+(?:therapy|psychotherapy)\b` +
    String.raw`|(?:peer|volunteer|member|user)[-\s]+(?:led|run|facilitated)\b` +
    String.raw`|(?:led|run|facilitated|co-?facilitated|hosted)\s+by\s+(?:(?:trained|fellow|other|experienced|our(?:\s+own)?|its\s+own|their\s+own)\s+){0,2}(?:peers|volunteers|members)\b)`,
  // How its own groups are open, in the first person: "Our groups are open to anybody with these experiences", "All of our groups are
  // run as drop-ins", "our meetings are free", or what sort of place they are, "Our support groups are a safe space to talk…".
  // (The "our" says whose; "groups like these are usually open to…" is an explainer's. Not denied: "our groups are not a place to…".)
  String.raw`\b(?:all\s+(?:of\s+)?)?our\s+(?:[\w'’-]+\s+){0,2}?(?:groups|meetings|circles|gatherings|sessions)\s+(?:are|is)\s+(?:(?:all|also|always|still)\s+)?` +
    String.raw`(?:open\s+to\b|free\b|(?:run|held)\s+as\s+drop[-\s]?ins?\b|(?:an?\s+)?drop[-\s]?ins?\b` +
    String.raw`|(?:an?\s+)?(?:(?!(?:not|never|no)\b)[\w'’-]+\s+){0,3}?(?:space|place|environment|setting)\s+(?:to|for|where|in\s+which)\b)`,
  // What it is: "We are a network of local support groups", "we're a small peer support group".
  String.raw`\bwe(?:\s+are|['’]re)\s+(?:a|an)\s+(?:(?!(?:that|which|who|where|for|to|with|about|on|in|of|listing|directory|website|site|guide)\b)[\w'’,-]+\s+){0,3}?` +
    String.raw`(?:(?:(?:network|federation|family|association|alliance|collective|fellowship)\s+of\s+(?:(?!(?:that|which|who|for|to|with|about)\b)[\w'’,-]+\s+){0,3}?)?` +
    String.raw`(?:(?:peer|mutual)[-\s]+(?:support|aid|help)|support|self[-\s]help|peer)\s+(?:groups?|circles?)` +
    String.raw`|(?:network|federation|family|association|alliance|collective|fellowship)\s+of\s+(?:(?!(?:that|which|who|for|to|with|about)\b)[\w'’,-]+\s+){0,3}?(?:groups|circles))\b`,
  // The day it meets, with no place: "which still meets weekly on Thursdays", "meets every other Monday evening".
  String.raw`\b(?:meets?|gathers?|gets?\s+together|comes?\s+together|runs?|(?:is|are)\s+held|takes?\s+place)\s+` +
    String.raw`(?:(?:still|now|usually|normally|weekly|fortnightly|monthly|regularly|once\s+a\s+(?:week|fortnight|month)|twice\s+a\s+month),?\s+){0,2}` +
    String.raw`(?:on\s+)?(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:and\s+(?:first|second|third|fourth|last)\s+)?${WEEKDAY}|(?:every|each)\s+(?:other\s+)?${WEEKDAY}|${WEEKDAY}s|${WEEKDAY}\s+(?:evenings|mornings|afternoons|nights))\b`,
  // Who leads them, as peers: "Facilitators are peers", "our facilitators are volunteers who have been there".
  String.raw`\b(?:facilitators?|group\s+leaders?|leaders|hosts)\s+(?:are|is)\s+(?:(?:all|also|themselves)\s+)?(?:(?:trained|unpaid|experienced)\s+)?` +
    String.raw`(?:peers?|volunteers?|members?(?!\s+of\b)|fellow\s+[\w'’-]+|(?:people|men|women|parents|carers|widows|widowers)\s+who\s+(?:have|had|were|are)\b|not\s+(?:paid\s+)?(?:professionals|therapists|counsell?ors|clinicians))\b` +
    String.raw`|\b(?:facilitators?|group\s+leaders?|leaders|hosts)\s+(?:have|has)\s+(?:all\s+)?(?:lived\s+experience|been\s+there|been\s+through)\b`,
]);

/**
 * A clock time or a span of one, as a pattern source for longer phrases: "7 pm", "6:30-8 p.m.", "9.30am" (as British pages
 * write it), a span of minutes with no am or pm, "12:30-2:00", and a bare time beside a day and a place (BARE_CLOCK).
 */
export const CLOCK = String.raw`\b\d{1,2}(?:[:.]\d\d)?\s*(?:[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*)?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\s*[-–]\s*\d{1,2}:\d\d\b|${BARE_CLOCK}`;
export const CLOCK_TIME = anyOf([CLOCK]);
/** A group's day, as a pattern source: "the first Saturday", "second and fourth Tuesday", "every other Monday". */
export const MEETING_DAY =
  String.raw`\b(?:(?:first|second|third|fourth|last)\s+(?:and\s+(?:first|second|third|fourth|last)\s+)?|(?:every|each)\s+(?:other\s+)?)` +
  String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`;
/** Logistics that only a real group has: a clock time, a weekday, a registration step (a phone number may be the organisation's). */
export const SPECIFIC_LOGISTICS = anyOf([
  CLOCK,
  String.raw`\b(?:to\s+)?(?:register|rsvp|sign\s+up|enroll)\b`,
  String.raw`\bregistration\s+(?:is|form|required)\b`,
  MEETING_DAY,
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
]);

/** Twelve-step and other fellowships by name: a meeting of one is a support group. */
export const FELLOWSHIP = anyOf([
  String.raw`\b(?:alcoholics|narcotics|cocaine|gamblers|overeaters|emotions|debtors|marijuana|nicotine|co-?dependents` +
    String.raw`|adult\s+children\s+of\s+alcoholics|sex\s+addicts|sex\s+and\s+love\s+addicts|love\s+addicts|crystal\s+meth|heroin|pills|workaholics` +
    String.raw`|clutterers|underearners|families|dual\s+recovery|recovering\s+couples|chemically\s+dependent|survivors\s+of\s+incest` +
    String.raw`|food\s+addicts(?:\s+in\s+recovery)?|compulsive\s+eaters|anorexics\s+and\s+bulimics|eating\s+disorders|sexaholics|sexual\s+compulsives)\s+anonymous\b`,
  String.raw`\bal-?anon\b`,
  String.raw`\balateen\b`,
  String.raw`\b(?:nar|gam|s|coda)-?anon\b`,
  String.raw`\b(?:AA|NA|CA|GA|OA|SAA|SLAA|CMA|CoDA|FA|HA|EDA|ACA|DA)\s+(?:meetings?|groups?|members?|fellowship)\b`,
  String.raw`\bSMART\s+(?:Recovery|meetings?)\b`,
  // Secular mutual-aid fellowships, peer-run as the twelve-step ones are.
  String.raw`\bLifeRing(?:\s+Secular\s+Recovery)?\b|\bWomen\s+for\s+Sobriety\b|\bSecular\s+Organi[sz]ations\s+for\s+Sobriety\b|\b(?:Refuge\s+Recovery|Recovery\s+Dharma)\b`,
  String.raw`\bCelebrate\s+Recovery\b`,
  // Church-hosted video programmes of peers, run as support groups.
  String.raw`\b(?:GriefShare|Grief\s+Share|DivorceCare|Divorce\s+Care|DivorceCare\s+4\s+Kids|Surviving\s+the\s+Holidays)\b`,
]);

// A kind's name that is not the page's own offer. Set against the other kind: "the group is different from a typical support
// group", "support groups vs. group therapy". Defined in general: "group therapy is a clinical service run by a licensed
// therapist". Found or sent to elsewhere: "some members also attend group therapy elsewhere", "ask us for a referral to group
// therapy", "therapy groups are listed on another page".
export const CONTRAST_INSIDE =
  /\b(?:different|differs|distinct)\s+from\b|\bunlike\b|\bas\s+opposed\s+to\b|\bcompared\s+(?:to|with)\b|\bother\s+than\b|\bvs\.?(?!\w)|\bversus\b/i;
/**
 * Within a self-statement, the words that set one kind against the other or beside it: the above, and "rather than", "instead of",
 * "no longer", "more structured than", "a complement to" ("This is group therapy rather than a support group" says nothing of a
 * support group of its own; "The group is a good complement to therapy" says nothing of therapy of its own).
 */
export const CONTRAST_WITHIN = new RegExp(
  CONTRAST_INSIDE.source +
    String.raw`|\brather\s+than\b|\binstead\s+of\b|\bno\s+longer\b|\b(?:more|less)\s+(?!than\b)[\w-]+\s+than\b|\b(?:cheaper|better|easier|shorter|longer|smaller|larger|safer)\s+than\b` +
    // Set beside therapy: "a good complement to therapy", "an adjunct to therapy", "as helpful as therapy", "a place to start before therapy".
    String.raw`|\b(?:complement|adjunct|addition|supplement|alternative|bridge|preparation|stepping[-\s]stone|prelude)\s+(?:to|for)\b|\bas\s+[\w-]+\s+as\b|\bbefore\b`,
  'i',
);
const DEFINED_AFTER = /^\s*(?:is|are|means?|involves?|refers?\s+to)\s+(?:a|an|the|when|where|led|run|usually|typically|often|generally)\b/i;
const OFFERED_ELSEWHERE =
  /\b(?:elsewhere|another\s+page|refer(?:s|red|ral|rals)?|recommend\w*|outside|other\s+(?:pages?|providers?|services|agencies|organi[sz]ations|practices)|in\s+the\s+community|(?:members|participants|some|many)\s+(?:also\s+|may\s+also\s+)?(?:attend|go\s+to|join|see|are\s+in))\b/i;

/**
 * Does the page offer the kind this name names as its own (not set against the other kind, defined in general, offered
 * elsewhere, or named in a section that compares the kinds: "How is this different from group therapy?")?
 */
export function offeredAsOwn(m: Match, model: DocumentModel): boolean {
  return (
    !DEFINED_AFTER.test(textAfter(m)) &&
    !CONTRAST_INSIDE.test(m.sentence.text) &&
    !OFFERED_ELSEWHERE.test(m.sentence.text) &&
    !model.inComparingSection(m.block)
  );
}

// An organisation's noun after a kind's name in capitals, within two more capitalised words: "The Group Psychotherapy Association
// of …", "Lakeside Group Therapy Center", "the Group Counseling Institute". (Not "Services" or "Clinic": "our Group Therapy
// Services" and "the Group Therapy Clinic" are as often the page's own groups as a body's name.)
const ORG_NOUN_AFTER_KIND =
  /^\s+(?:\p{Lu}[\p{L}'’]*\s+){0,2}(?:Association|Society|Institute|Academy|Federation|Foundation|Council|Network|Associates|Alliance|Guild|Collective|Cent(?:er|re))\b/u;

/**
 * Is this kind's name, written in capitals, the start of an organisation's name ("The Group Psychotherapy Society of Lakeside runs
 * free peer support groups")? The body it names is the host, not the page's group.
 */
export function kindNameOfOrganisation(m: Match): boolean {
  return /^(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(m.text.replace(/\s+/g, ' ')) && ORG_NOUN_AFTER_KIND.test(textAfter(m).slice(0, 80));
}
