// Which kind of group a document is for: declared in front matter, mapped by a config
// glob, or inferred from the words. Inference weighs the title most, then affirmative
// statements, then the surrounding signals (fees, licensed leaders, free, peer-led).
import { negatedBefore } from './assess';
import { freeInAName } from './free-name';
import { oncePer } from './once';
import type { Kind, KindSource } from './types';
import type { DocumentModel, Match } from './document';
import type { ProseBlock, Sentence } from './parse';
import { isBulletParagraph, isNavigationBlock, textBefore, textAfter } from './document';
import {
  datedOwnMeetings,
  disownsListings,
  genreWithWords,
  MEETING_NOTICE,
  MEETS_ON_A_DATE,
  OTHERS_DIRECTORY,
  PHONE_NUMBER as PHONE_NUMBERS,
  REGULAR_MEETING_AT,
  REPORTED_SPEECH,
  RUNS_THE_GROUP,
  SOFTWARE_DOCS,
  STUDENT_ESSAY,
  TOLD_IN_PAST,
} from './genre';
import { learnedKind } from './learned';
import { otherLanguageArticleTitle, readOtherLanguage, type OtherLanguage } from './languages';
import {
  PAGE_MODEL_MARGIN,
  PAGE_MODEL_MIN_CHARS,
  PAGE_MODEL_RESCUE_MARGIN,
  PAGE_MODEL_RESCUE_MIN_WORDS,
  PAGE_RESCUE_DOUBT,
  PAGE_MODEL_WEAK_MARGIN,
  pageOpening,
  pageOpeningLength,
  readPage,
  readPageRescue,
  readPageKind,
  type PageReading,
} from './page-model';
import { anyOf, MONTH_NAME, PHONE_NUMBER, WEEKDAY, WORD_END } from './patterns';
import {
  CLINICIAN,
  CONTRAST_WITHIN,
  offeredAsOwn,
  CLOCK,
  CLOCK_TIME,
  DATE,
  DONATION,
  DROP_IN,
  COMPARISON,
  FELLOWSHIP,
  formatInCapitals,
  formatNamesGroup,
  OWN_GROUP,
  SEEKING_CARE_BEFORE,
  VISITED_GROUP,
  GROUPS_RUN,
  OWN_GROUP_RUN,
  GROUPS_MEET_REGULARLY,
  OWN_GROUPS_SAID,
  SELF_SUPPORT,
  SELF_THERAPY,
  FEE,
  FREE,
  HOSTS_NOT_CLINICIANS,
  WE_GIVE_NO_CLINICAL_CARE,
  NOT_REPLACING_CARE,
  INSURANCE,
  kindNameOfOrganisation,
  LOGISTICS,
  MEETING_DAY,
  NOTHING_AS_VALUE,
  SPECIFIC_LOGISTICS,
  SUPPORT_NAME,
  THERAPY_FORMAT,
  METHOD_GROUP,
  THERAPY_NAME,
  THERAPY_WORD,
  SITE_THINGS,
  SAME_SENTENCE,
} from './vocab';

export interface KindResolution {
  kind: Kind | null;
  source: KindSource | null;
  /** Does the document announce or describe a group at all? */
  groupMaterial: boolean;
  /** Does it compare the kinds rather than announce one group? */
  comparison: boolean;
  scores: { support: number; therapy: number };
  /** The words the inferred kind rests on (at most three), for messages, hovers and the status bar. */
  evidence: string[];
  /** Was the kind named by the learned model rather than the patterns? */
  learned: boolean;
  /** Why the text reads as group material, or null when it does not. */
  groupReason: string | null;
  /**
   * Why a text that speaks of groups is not read as group material ("it reads as an article: …"), so a
   * writer whose flyer is passed over can see why; null for group material, a comparison, or text that
   * never speaks of a group (a README).
   */
  notGroupReason: string | null;
  /**
   * The title names one kind and the text says of itself it is the other ("Support Groups" over
   * "we offer therapeutic groups"): the statement that contradicts the title, and the kind the title names, for kind-conflict.
   */
  titleContradicted?: { match: Match; title: Kind };
  /**
   * Groups of both kinds offered under headings of their own ("Therapy groups", then "Peer support drop-ins"): the two
   * headings. The page is a programme of several groups, not one group, and no one kind holds for it.
   */
  kindsInSections?: [string, string];
  /** The page's language, when it is not English and was read in it (see engine/languages.ts). */
  language?: OtherLanguage;
  /** In another language, the sentence whose own words make the page's one group both kinds (kind-conflict's, not declare-kind's). */
  bothKindsAtOnce?: Match;
}

// The page's own sessions of one kind: "is holding eight free online support group sessions", "hosts weekly
// group therapy sessions".
const ownSessions = (kindWords: string) =>
  anyOf([
    String.raw`\b(?:(?:is|are|will\s+be)\s+(?:holding|hosting|offering|running)|holds|hosts|offers|runs|will\s+(?:hold|host|offer|run|have))\s+` +
      String.raw`(?:[\w'’-]+\s+){0,6}?${kindWords}\s+(?:sessions|meetings)\b`,
  ]);
const OWN_SUPPORT_SESSIONS = ownSessions(String.raw`(?:peer\s+)?support\s+group`);
const OWN_THERAPY_SESSIONS = ownSessions(String.raw`(?:group\s+therapy|therapy\s+group|group\s+counsel(?:l)?ing)`);

// Articles about a kind in general: "How to find…", "…: things you need to know", "Finding the right…".
const ARTICLE_TITLE_SOURCES = [
  // A claim about a kind's groups in general, as a title: "Hearing loss support groups can make a real difference", "Why peer
  // support groups often work". (Not the page's own: "Our support groups can help".)
  // (Or a present-tense claim of what such groups do, "Addiction support groups help families", "Why peer support groups work".)
  // (After a topic and a colon, a clause and a comma, or a dash too: "Hearing loss: how support groups can help", "After a stroke,
  // support groups can be a lifeline". A group's own title names itself there and speaks as "we": "Pellow Support Group: how we can help".)
  String.raw`(?:^\W*|[:,–—]\s+)(?:(?!(?:our|my|the|this|these|its|their)\b)[\p{L}'’-]+\s+){0,3}?(?:support|therapy|self-help|peer)\s+groups\s+(?:can|may|might|could|often|really|help|work|benefit|ease|improve|reduce|matter)\b`,
  String.raw`^study\b`,
  String.raw`\bstudy\s+(?:finds|shows|suggests)\b`,
  String.raw`\bwhat\s+to\s+know\b`,
  String.raw`\bbefore\s+(?:joining|you\s+join)\b`,
  String.raw`\bhow\s+to\b`,
  String.raw`^how\s+[\p{L}' -]{0,40}\bgroups?\s+(?:help|work|can)\b`,
  String.raw`[:,–—]\s+how\s+(?:(?!(?:our|my|the|this|these|its|their)\b)[\p{L}'’-]+\s+){0,4}?groups?\s+(?:help|work|can)\b`,
  String.raw`\bthings\s+(?:you\s+)?(?:need|should)\s+to\s+know\b`,
  String.raw`\bfactors\s+to\s+consider\b`,
  String.raw`\btips\s+(?:for|on|to)\b`,
  String.raw`\b(?:a|the|ultimate|complete|beginner'?s)\s+guide\b`,
  String.raw`\bbenefits\s+of\b`,
  String.raw`\bdefinition\b`,
  String.raw`\bfinding\s+the\s+right\b`,
  // "Finding a Stroke Caregiver Support Group: First Steps", "…: Where to Start".
  String.raw`^\W*finding\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:support\s+groups?|therapy\s+groups?|group\s+therapy|therapists?|counsel+ors?)\b[^:]*:`,
  String.raw`:\s*(?:(?:your\s+)?first\s+steps|where\s+to\s+(?:start|begin))\W*$`,
  String.raw`\bwikipedia\b`,
  String.raw`^\W*(?:\d+|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:\w+\s+)?(?:benefits|reasons|questions|ways|things|tips|signs|myths|facts` +
    String.raw`|steps|mistakes|lessons)\b`,
  String.raw`^\W*(?:opinion|review|case(?:\s+(?:study|[\d.]+))?|research\s+summary|member\s+faq|policy\s+brief|episode\s*\d*|editorial|commentary` +
    String.raw`|letters?\s+to\s+the\s+editor|job\s+opening|now\s+hiring)\s*[:·—–-]`,
  String.raw`\b(?:quick|practical|complete|step-by-step|short|brief|simple|essential)\s+guide\b`,
  String.raw`\bguide\s+(?:to|for)\b`,
  String.raw`\bquestions\s+to\s+ask\b`,
  // "Gambling Support Groups And What They Do", "Understanding Group Psychotherapy", "Group Therapy Explained".
  String.raw`\b(?:and|:)\s+(?:what|how|why)\s+(?:they|it)\s+(?:do|does|are|is|work|works|offer|offers|help|helps|can)\b`,
  String.raw`^\W*understanding\s+(?:[\p{L}'’-]+\s+){0,2}?(?:support\s+groups?|group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+groups?|group\s+counsel+ing)\b`,
  String.raw`\b(?:groups?|(?:psycho)?therapy|counsel+ing|meetings?)\s+explained\b`,
  String.raw`\b(?:the\s+)?(?:steps|ways)\s+to\s+(?:start|form|run|find|choose|lead|create|organi[sz]e)\b`,
  // What a kind costs, a study's title, an organisation's help for groups.
  String.raw`\bhow\s+much\b|\bcosts?\s+(?:of\b|guide\b|in\s+\d{4})`,
  String.raw`:\s*an?\s+(?:study|survey|review|analysis|trial)\b|\b(?:systematic|scoping|literature)\s+review\b|\b(?:pilot|qualitative|quantitative|cohort)\s+study\b`,
  String.raw`^\W*how\s+we\s+(?:help|support)\b`,
  String.raw`^\W*(?:is|are|does|do|should|can|which|why)\b[^?]*\?\W*$`,
  // "What Are Support Groups for Anxiety? (1/2)": the kind in general, as a plural. ("What is group therapy?"
  // heads a practice's own page as often as an explainer.)
  String.raw`^\W*what\s+are\s+(?:[\p{L}'’-]+\s+){0,2}?(?:support|therapy)\s+groups\b[^?]*\?(?:\s*\(\d+\s*\/\s*\d+\))?\W*$`,
];
export const ARTICLE_TITLE = anyOf(ARTICLE_TITLE_SOURCES, 'iu');
// The same test in two parts, for speed: V8 runs this long case-insensitive pattern several times slower with
// the u flag than without it (a few microseconds a title). Only the alternatives that name letters by property
// (\p{L}) need the flag; without it the others match the same in any text that holds neither ſ nor K (U+017F,
// U+212A, which fold to s and k only under the u flag): all their own letters are ASCII.
const ARTICLE_TITLE_PLAIN = anyOf(
  ARTICLE_TITLE_SOURCES.filter((s) => !s.includes(String.raw`\p{`)),
  'i',
);
const ARTICLE_TITLE_PROPERTY = anyOf(
  ARTICLE_TITLE_SOURCES.filter((s) => s.includes(String.raw`\p{`)),
  'iu',
);
const FOLDS_UNDER_U = /[\u017f\u212a]/;
// A title that opens with a definition, as a form's first section does: "Definition of Group Counseling", "Definitions". (Not an
// article's "Group Therapy Consent Forms: Definition and Examples".)
const DEFINITION_TITLE = /^[\W_]*definitions?\b/i;
/** ARTICLE_TITLE.test(text), faster (test/engine/article-title.test.ts holds them to the same answers). */
export function isArticleTitle(text: string): boolean {
  if (FOLDS_UNDER_U.test(text)) return ARTICLE_TITLE.test(text);
  return ARTICLE_TITLE_PLAIN.test(text) || ARTICLE_TITLE_PROPERTY.test(text);
}
// A report or guide on starting or running one: "Starting An Ostomy Support Group", "Running a Peer Group: The Basics". (A member
// announcing the group they are starting, "Starting a monthly group for dads", gives its day and time.)
// An invitation to found one is the same: "Start a Chapter in Your Community".
// (After a guide's own name for itself too: "A 20-Point Checklist for Starting a Carers Group", "36 Step Checklist for Starting a
// Support Group", "Checklist of 36 Steps to Starting…", "Toolkit on Setting Up a Peer Group"; and with two verbs, "Starting and
// Running a Support Group".)
const STARTING_VERB = String.raw`(?:starting|running|leading|facilitating|forming|setting\s+up|creating|organi[sz]ing|sustaining)`;
const STARTING_TITLE = new RegExp(
  String.raw`^\W*(?:(?:(?:an?|the)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?(?:checklists?|toolkits?|tool\s+kits?|handbook|workbook|manual|primer|guide(?:lines|book)?|starter\s+(?:kit|pack)|steps|tips|ideas|advice)\s+(?:for|to|on)\s+|\d+\s+)?` +
    String.raw`(?:${STARTING_VERB}(?:\s+(?:and|&|or)\s+${STARTING_VERB})?\s+(?:an?|your)\s+(?:new\s+)?(?:[\p{L}'’-]+\s+){0,3}?groups?\b|(?:why\s+)?(?:start|found|form|set\s+up)\s+(?:an?|your)\s+(?:own\s+|new\s+|local\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:groups?\b|chapter\s+in\s+your\b))`,
  'iu',
);
// Words that make a heading or sentence about the kind in general: "Why…", "What is…", "The benefits of…".
const ARTICLE_LEAD = anyOf(
  [
    String.raw`\b(?:why|what|how|when|where|importance|benefits?|advantages?|steps|types|kinds|elements|role|power|value|understanding|finding|choosing` +
      String.raw`|versus|vs|difference|between)\b`,
  ],
  'i',
);
// Whose group: "our support group", "this therapy group", "the support groups at St Anne's".
// "… is a …", "… are essentially …", "… Confidentiality Agreement is a legal contract": a definition.
const DEFINITION_AFTER = anyOf(
  [
    String.raw`^(?:\s+(?!for\b|of\b|in\b|at\b|on\b|with\b|to\b|meets?\b|will\b)[\p{L}-]+){0,3}?\s*(?:is|are|refers?\s+to|means?|involves?|consists?\s+of)\s+(?:an?|the|essentially` +
      String.raw`|usually|typically|often|generally|simply|when|where|one|any)\b`,
  ],
  'iu',
);
// One word of description that opens a sentence, with the sentence's capital, before a kind's name ("Small group counseling…",
// "Adolescent group therapy…"; not "Your", "Each" or a day), and what the sentence then says of the kind in general: "…is an essential part of a
// school counseling program", "…is one of the best tools we have", "…is a form of treatment". ("Adolescent group therapy is a ten-week
// program" offers one.)
const MODIFIER_OPENS = /^[\W_]*(?!(?:Your|Each|Every|All|Any|Some|That|Those|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)\p{Lu}\p{Ll}[\p{Ll}-]*\s+$/u;
const KIND_IN_GENERAL_AFTER =
  /^\s+(?:is|are|can\s+be)\s+(?:(?:an?|one\s+of\s+the)\s+(?:(?:very|really|most|so|especially|particularly)\s+)?(?:essential|important|key|effective|powerful|valuable|great|useful|vital|integral|crucial|proven|common|popular|efficient|wonderful|excellent|fantastic|best|core)\b|(?:an?\s+)?(?:form|type|kind|mode)\s+of\b)/i;
// News of the group itself after its name: "… is beginning!", "… will meet monthly", "… starts in March".
const ANNOUNCED_AFTER =
  /^\s+(?:(?:is|are)\s+(?:now\s+)?(?:beginning|starting|forming|launching|returning|resuming|re-?opening|back)\b|(?:is|are)\s+going\s+to\s+(?:meet|begin|start)\b|will\s+(?:meet|begin|start|resume|be\s+held)\b|(?:begins|starts|resumes|returns)\s+(?:on|in|this|next|again|monthly|weekly)\b)/i;
// A modal or a word of frequency after the name: "Group therapy can help…", "Support groups often…".
const GENERIC_AFTER =
  /^\s+(?:can|may|might|could|often|usually|typically|generally|tends?\s+to|has\s+been|have\s+been|has\s+long|(?:has|have)\s+(?:rarely|seldom|never|not\s+yet|increasingly|widely)\s+been|(?:is|are)\s+still\s+(?:new|rare|uncommon))\b/i;
const OWN_DETERMINER = /\b(?:our|this|these|the|my|its|their)\b/i;
const GENERAL_BELIEF =
  /^[^.;!?]*?\b(?:is|are)\s+(?:widely|generally|often|commonly|usually|now)\s+(?:held|thought|believed|considered|regarded|seen|recogni[sz]ed|known|found|accepted)\b/i;
const FINDINGS_BEFORE =
  /\b(?:research|studies|evidence|experts?|trials?|reviews?)\s+(?:suggests?|shows?|finds?|found|says?|indicates?|confirms?)\s+(?:that\s+)?$/i;
const ENDED_AFTER =
  /^[^.;!?]*?\b(?:has|have)\s+(?:now\s+|finally\s+)?(?:wound\s+up|folded|disbanded|closed(?:\s+(?:down|its\s+doors))?|ceased(?:\s+meeting)?|shut\s+down|come\s+to\s+an\s+end)\b/i;
// A question about a kind of group as a first line: "Does Insurance Cover Group Therapy?", "Is Group Counseling For You?"
// (not "Are you grieving?", which a flyer opens with).
const QUESTION_ABOUT_A_KIND =
  /^[\W_]*(?:is|are|does|do|should|can|which|why|what|how|when)\b[^?]{0,80}\b(?:support\s+groups?|group\s+(?:psycho)?therapy|group\s+counsel+ing|therapy\s+groups?|group\s+psychological\s+therapy|intensive\s+outpatient\s+(?:programs?|programmes?|treatment)|IOPs?)\b[^?]{0,40}\?[\W_]*$/i;
// A group's own name, defined at a sentence's start: "Multi-Family Adolescent Group is a four-month program", "Tuesday
// Circle is a small group for…", "Teen Dialectical Behavior Therapy (DBT) Skills Group is a structured environment where…".
// (Capitals matter: "a support group is a gathering" is the kind in general; so is "A Support Group is a place…".)
const NAMED_GROUP_DEFINED =
  /(?:^|(?<=[.!?:]\s+))(?!(?:An?|Any|Each|Every)\s)(?:(?:\p{Lu}[\p{L}'’&-]*|\(\p{Lu}{2,6}\))\s+){1,6}(?:Group|Circle)\s+is\s+(?:a|an)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:program(?:me)?|group|course|class|series|circle|environment|space|place|forum)\b/gu;
// The same with a name that holds no group word, the group word after "is a": "Steady Ground is a virtual talking circle that uses
// video calls…", "Open Door is a weekly group where…". (Not an article, a pronoun or the kind itself before it, "It is a circle
// that…", "The Compassionate Friends is a national group…", "Support Groups is a…"; nor "a group of…", which an organisation is.)
// (Also with no article before a kind's name, as a page written in a second language may put it: "Harbour Lights is peer support
// group for people living with anxiety".)
const NAMED_OFFERING_DEFINED =
  /(?:^|(?<=[.!?:]\s+))(?!(?:An?|The|Any|Each|Every|This|That|These|Those|It|There|Our|Your|Their|Group|Groups|Support|Therapy|Peer|Circle|Circles)\s)(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}is\s+(?:(?:a|an)\s+(?:(?!(?:type|kind|form|way|national|international|worldwide|global)\b)[\p{L}\d'’-]+\s+){0,3}?(?:group|circle)|(?:(?:peer|mutual)[-\s]+)?(?:support|self[-\s]help)\s+(?:group|circle))\s+(?:that|which|where|for|to)\b/gu;
// A title that is a programme's own name and the day it runs: "KinDay: March 8, 2025", "Family Fun Day – Saturday, 8 March 2025".
// (Its name in capitals, see CAPITALISED_NAME: "Sibling news: March 8, 2025" heads a newsletter's item.) Its own dated session only
// where the page defines that name as a day or an event for someone (see PROGRAMME_DAY_DEFINED).
const DATED_NAME_TITLE = new RegExp(
  String.raw`^[\W_]*((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*[:–—-]\s*(?:${WEEKDAY},?\s+)?(?:the\s+)?(?:${DATE})(?:,?\s+\d{4})?[\W_]*$`,
  'iu',
);
const CAPITALISED_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u;
// A programme's own name defined, at a sentence's start, as a day or an event for someone, as a name for many such days: "KinDays are a
// lively Saturday made just for brothers and sisters", "A KinDay is a day where…". (Not a one-off's name, "Open Day is a morning for
// families": see namesManyDays.)
const PROGRAMME_DAY_DEFINED =
  /(?:^|(?<=[.!?:]\s+))((?:An?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(is|are)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{L}*days?|mornings?|afternoons?|evenings?|weekends?|events?|programmes?|programs?|workshops?|camps?|sessions?|gatherings?)\s+(?:[\p{L}-]+\s+){0,3}?(?:for|where)\b/gu;
/** Is the name defined as one of many such days: "A KinDay is…", "KinDays are…"? */
const namesManyDays = (name: string, verb: string): boolean => (verb === 'are' ? /s$/.test(name) : /^An?\s/.test(name));
/** A programme's name as the title and the page define it, for comparing them: "A KinDay" and "KinDays" are "kinday". */
const programmeName = (name: string): string =>
  name
    .replace(/^(?:an?|the)\s+/i, '')
    .replace(/s$/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
// A programme of the page's own, named in its own voice, whose sessions under that name recur: "we are glad to offer a programme called
// SibTime…", then "In the SibTime sessions, usually held monthly, …" (see ownProgrammeSessions). It speaks of a group of its own
// without the word "group", for the page model to weigh. (An article on such programmes in general names none of its own.)
const OWN_PROGRAMME_CALLED =
  /\b(?:[Ww]e|[Oo]ur)\b[^.!?\n]{0,80}?\bprogram(?:me)?\s+(?:called|named|known\s+as)\s+["“‘']?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/gu;
const NAMED_SESSIONS_RECUR =
  /\b((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+sessions?\b,?\s+(?:(?:usually|typically|normally|generally)\s+)?(?:held|offered|run|meeting)\s+(?:once\s+a\s+(?:week|month|fortnight)|twice\s+a\s+month|monthly|weekly|fortnightly|every\s+(?:week|month|fortnight|other\s+week))\b/gu;
// A member speaking as one who signs: "I understand…", "I agree to…", "I consent to…", "I choose what I share".
const MEMBER_CONSENT = /\bI\s+(?:(?:fully|also)\s+)?(?:understand|agree|acknowledge|consent|accept|choose|give\s+(?:my\s+)?(?:permission|consent))\b/g;
// What ties a page to a group of its own (see anchored in inferKind): its own voice, a length, somewhere to call or write.
// ("US" in capitals is a country.)
const OWN_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/g;
// A "we" or "our" that is the writer's or the site's, not a group's hosts: "the groups we see springing up", "we have listed the
// best-known groups", "we'll look at…", "our article library", "see our page on support groups", "subscribe to our newsletter". (Read on the words just after it, and
// just before it. Not "we find": a practice's "We find it is not right for everyone" speaks from its own work.)
const WRITERS_VOICE_AFTER =
  /^\s*(?:(?:see|saw|know|hear|read|discuss|explore|cover|review)\b|(?:have|['’]ve)\s+(?:listed|gathered|compiled|seen|found|heard|read|reviewed)\b|(?:will|['’]ll)\s+(?:look|discuss|explore|cover|review)\b|(?:full\s+)?(?:publications?|articles?|site|website|library|newsletters?|blog|readers?|editors?|privacy|terms|cookies?)\b|(?:web\s*)?pages?\s+(?:on|about)\b)/i;
const WRITERS_VOICE_BEFORE = /\b(?:join|subscribe\s+to|sign\s+up\s+for)\s+$/i;
/** Is an OWN_VOICE match the writer's or the site's voice (see WRITERS_VOICE_AFTER)? */
function writersVoice(m: Match): boolean {
  return WRITERS_VOICE_AFTER.test(textAfter(m).slice(0, 40)) || WRITERS_VOICE_BEFORE.test(textBefore(m).slice(-30));
}
const RUNS_FOR =
  /\b(?:runs?|lasts?|meets?\s+for)\s+(?:for\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:weeks|sessions|months)\b/gi;
// A heading that is one group's name ("ANXIETY & MOOD DISORDER GROUP"), not a topic ("What happens in a support group").
const GROUP_NAME_HEADING =
  /^[\W_]*(?!(?:what|how|why|when|where|who|which|is|are|can|do|does|should|about|types?|kinds?|finding|choosing|joining|starting)\b)(?:(?!(?:in|of|a|an|the|to|for|about|from|with|your|my|vs)\b)[\p{L}&'’-]+\s+){1,5}group[\W_]*$/iu;
// A heading that is only the kind's name: "Support Group", "Peer Support Groups".
const BARE_KIND_HEADING = /^[\W_]*(?:peer\s+)?support\s+groups?[\W_]*$/i;
// A clinical service named as what a group sits beside, just before it: "meant to complement mental health services", "works
// alongside counselling services".
const BESIDE_SERVICE = /\b(?:complement(?:s|ed|ing)?|complementary\s+to|supplement(?:s|ed|ing)?|alongside)\s+(?:[\w'’-]+\s+){0,2}$/i;
const WHERE_TO_WRITE =
  /\b(?:call|phone|ring|e-?mail|text|contact)\s+(?:us|me|a\s+leader|the\s+(?:office|leader|facilitator|clinic|centre|center)|our)\b|\b\d{3}[-.\s)]+\d{3}[-.\s]\d{4}\b|@[\w-]+\.[\w.]+/gi;
// The writers' own group meeting at a place, in the first person: "we meet at two centres in the county", "we now meet in the church
// hall". (Not "we meet in person", "we meet in small groups", "we meet at 7pm": no place.)
const WE_MEET_AT =
  /\bwe\s+(?:now\s+|currently\s+|still\s+|also\s+|usually\s+)?meet\s+(?:at|in)\s+(?!(?:person|small|smaller|groups?|pairs|online|the\s+middle|\d)\b)(?:the\s+|a\s+|an\s+|our\s+)?[\w'’-]/gi;
// The organisers' own meetings, how they are held, in their own voice and with no weekday (see organisersOwnVoice in inferKind):
// "our meetings take place in a different town each time", "our monthly meet-ups are held in cafés", "one bigger meeting every three
// months" (said beside a "we" or an "our": not "several groups now hold one bigger meeting every three months"). (A bare "we meet at
// two libraries" in a founder's story is not enough alone: see meetsAndWritesAsUs.)
const OWN_VOICE_MEETINGS = new RegExp(
  String.raw`\bour\s+(?:[\w'-]+\s+){0,2}?(?:meetings|meet-?ups|gatherings|get-togethers)\s+(?:(?:usually|normally|always|now|generally)\s+)?(?:take\s+place|are\s+held|happen|rotate|move)\b` +
    String.raw`|\b(?:one|a)\s+(?:[\w'-]+\s+){0,3}?(?:meeting|meet-?up|gathering|get-together)\s+every\s+(?:two|three|four|six|other|\d{1,2})\s+(?:week|month|fortnight)s?\b`,
  'gi',
);
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|us)\b/;
// A way to join by writing to the writer, asked of those who would join, in one sentence: "anyone who would like to join the
// group can drop me a line by email", "if you want to join or learn more, check us out", "interested in joining? Contact us" is two
// sentences and is not. (Not joining a mailing list or a newsletter.)
const JOIN_BY_WRITING =
  /\b(?:interested\s+in\s+joining|(?:would\s+like|wish|want)\s+to\s+join)\b(?!\s+(?:our|the|my)\s+(?:mailing|e-?mail|newsletter))[^.!?\n]{0,100}?\b(?:send\s+(?:me|us)\s+an?\s+e-?mail|e-?mail\s+(?:me|us)|contact\s+(?:me|us)|get\s+in\s+touch(?!\s+with\s+(?!(?:me|us)\b))|check\s+us\s+out|call\s+(?:me|us)|message\s+(?:me|us)|drop\s+(?:me|us)\s+a\s+line)\b/gi;
// An events page's pager, each a line of its own: "Earlier Event: June 3", "Later Event: June 9", "Previous event:".
const EVENT_PAGER = /^[\W_]*(?:earlier|later|previous|next)\s+event\s*:/gim;
// A named organisation offering groups in the third person, as the last words of a paragraph over a list of them: "Cedar Bend
// Counseling and Recovery currently offers the following groups:" (see orgListsOwnGroups). Not a sort of place in general, "Each
// clinic offers these groups:", nor a kind's types, "Common types of therapy groups include the following:".
const ORG_OFFERS_GROUPS =
  /(?!(?:Each|Every|This|That|These|Those|It|Which|Who|She|He|Many|Most|Some|Any|A|An)\s)(?:\p{Lu}[\p{L}'&.-]*\s+(?:(?:and|&|of|for|the|in)\s+)?){1,7}(?:currently\s+|now\s+|also\s+)?(?:offers|runs|provides|facilitates)\s+(?:the\s+following|these|several|a\s+(?:number|variety|range)\s+of)\s+(?:[\p{L}-]+\s+){0,2}?groups\s*:/gu;
/**
 * Does a named organisation list groups of its own (ORG_OFFERS_GROUPS opening its sentence and ending its paragraph, then two or
 * more list items, or lines typed with bullets, that each name a group)? "Cedar Bend … currently offers the following groups:", "•
 * First Steps – A mixed group for…": its own groups, told in the third person as an organisation's page tells them.
 */
function orgListsOwnGroups(model: DocumentModel): boolean {
  for (const m of model.affirmed(ORG_OFFERS_GROUPS)) {
    if (!/^[\W_]*$/.test(textBefore(m)) || m.block.text.slice(m.index + m.text.length).trim() !== '') continue;
    const blocks = model.blocks;
    let items = 0;
    for (let j = blocks.indexOf(m.block) + 1; j < blocks.length && items < 2; j++) {
      const b = blocks[j];
      if (b.listStart !== undefined) items += /\bgroups?\b/i.test(b.text) ? 1 : 0;
      else if (isBulletParagraph(b.text)) items += b.text.split('\n').filter((l) => /\bgroups?\b/i.test(l)).length;
      else break;
    }
    if (items >= 2) return true;
  }
  return false;
}
// A service's heading over the kinds of groups it runs: "Kinds of Group Counseling", "Types of Groups We Offer", "Our Group Types".
// (A heading, a short line of its own: an explainer's sentence "the main types of group therapy are…" is not one.)
const GROUP_TYPES_HEAD =
  /^[\W_]*(?:(?:our|the)\s+)?(?:(?:kinds|types|forms)\s+of\s+(?:group\s+(?:counsel+ing|(?:psycho)?therapy|treatment)|(?:counsel+ing\s+|therapy\s+|support\s+)?groups)(?:\s+(?:we|that\s+we)\s+(?:offer|run|provide))?|group\s+(?:types|kinds|offerings))[\W_]*$/i;
// Under one type, the service's own groups of that type named as examples: "For example: Bounce Back Group, Handling Stress Group",
// "Examples: Grief Support Group". Each a name in capitals ending in "Group(s)", after a label for examples or current groups.
// (The label in any case; the name's words in capitals, so the name is read without the i flag.)
const EXAMPLE_GROUPS_LABEL =
  /(?:^|\n)[\t ]*(?:[-*•·]\s*)?(?:for\s+(?:example|instance)|examples?|e\.g\.|current(?:ly\s+offered)?\s+groups?|groups?\s+(?:offered|running)(?:\s+now)?)\s*:\s*/giu;
const CAPITALISED_GROUP_NAME =
  /^(?:(?:[Tt]he\s+)?\p{Lu}[\p{L}'’&-]*\s+(?:(?:and|And|AND|&|of|Of|OF|for|For|FOR|with|With|WITH|in|In|IN)\s+)?){1,6}(?:Groups?|GROUPS?)\b/u;
const namesExampleGroups = (text: string): boolean =>
  [...text.matchAll(EXAMPLE_GROUPS_LABEL)].some((m) => CAPITALISED_GROUP_NAME.test(text.slice(m.index + m[0].length)));
/** Is the match the page's own claim of now: neither denied nor asked, not told in the past, not inside a quotation? */
const affirmedNow = (m: Match): boolean => m.stance !== 'negated' && m.stance !== 'question' && !toldInPast(m) && !insideQuotation(m);
// A first step into the service's groups: an intake or screening meeting, or those interested meeting a group's facilitator first
// ("Once a student says they are interested, they meet the facilitator to go over the details"). (Not a referral elsewhere.)
const FIRST_STEP_IN = anyOf([
  String.raw`\b(?:pre-?group|screening|intake)\s+(?:meeting|interview|appointment|session|consultation|call)s?\b`,
  String.raw`\binterested\b[^.!?]{0,60}?\b(?:meets?|sits?\s+down|talks?|speaks?)\s+(?:with\s+)?(?:the|a|our|one\s+of\s+(?:the|our))\s+(?:group\s+)?(?:facilitators?|leaders?|therapists?|clinicians?|counsel+ors?)\b`,
]);
/**
 * Does a service list the kinds of groups it runs, with groups of its own named under two of them, and give a first step in (an
 * intake, a meeting with the facilitator first)? "Kinds of Group Counseling", then "• Process Groups … Examples: Graduate Student
 * Process Group", "• Support Groups … Examples: Grief Support Group": a counselling centre's page on its own groups, not an
 * explainer of group types (which names no groups of its own and gives no way in) nor a directory (no heading over kinds).
 */
function serviceListsOwnGroupTypes(model: DocumentModel): boolean {
  for (const head of model.headings) {
    if (!GROUP_TYPES_HEAD.test(head.text)) continue;
    let named = 0;
    for (const b of model.blocks.slice(model.blocks.indexOf(head) + 1)) {
      if (model.headings.includes(b)) break;
      if (namesExampleGroups(b.text)) named++;
    }
    if (named >= 2 && model.find(FIRST_STEP_IN).some(affirmedNow)) return true;
  }
  return false;
}
// The consent form members of its groups sign, under a title or heading that names it: "Group Informed Consent", "Consent for Group
// Therapy", "Group Counseling Consent Form". (The kind of care named beside "consent" makes it a group's form, not a site's cookies;
// a guide's or a template's heading, "Writing a Group Consent Form", "Sample Group Therapy Consent", is no one group's form.)
const GROUP_CONSENT_HEAD =
  /^[\W_]*(?!(?:writing|drafting|creating|how|sample|templates?|examples?|model)\b)(?:[\p{L}'’-]+\s+){0,3}?(?:(?:group|therapy|counsel+ing|treatment)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:informed\s+)?consent(?:\s+(?:form|agreement))?|(?:informed\s+)?consent\s+(?:form\s+)?(?:for|to)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:group|therapy|counsel+ing|treatment)(?:\s+[\p{L}'’-]+){0,2})[\W_]*$/iu;
// The reader asked to sign it: "please sign this consent form below", "signing below", "you will sign the form". (Not a guide's
// "ask each member to sign this form": the guide's reader is the clinician, not a member.)
const SIGN_THIS_FORM =
  /\b(?:please|kindly)\s+(?:read\s+and\s+)?sign\b(?![\s-]*(?:up|in)\b)|\bsign(?:ing)?\s+below\b|\b(?:you|I)\s+(?:will\s+|must\s+|need\s+to\s+|can\s+)?sign\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?form\b/gi;
/** Is the page the consent form for its own groups, which the reader is asked to sign (see GROUP_CONSENT_HEAD, SIGN_THIS_FORM)? */
function ownGroupConsentForm(model: DocumentModel): boolean {
  return [model.title, ...model.headings].some((h) => h !== undefined && GROUP_CONSENT_HEAD.test(h.text)) && model.find(SIGN_THIS_FORM).some(affirmedNow);
}
// A way to reach the writers, in the first person: "email me", "contact us", "call us". (Not a number or an address alone: an article
// gives an organisation's too.)
const WRITE_TO_US = /\b(?:call|phone|ring|e-?mail|text|contact|message|write\s+to)\s+(?:us|me)\b/gi;
// The page speaks as the one who runs groups: "I presently facilitate a support group", "At Social Sparks, we strive…".
const PROVIDER_VOICE =
  /\b(?:I|[Ww]e)\s+(?:presently\s+|currently\s+|also\s+|now\s+)?(?:facilitate|run|lead|offer|host|provide|strive|hold)\b(?!\s+(?:(?:a|an|some|short|brief|these|the\s+following)\s+)*(?:descriptions?|notes|summar(?:y|ies)|overviews?|lists?|links?|information|guides?|reviews?|thoughts)\b)|\b[Aa]t\s+\p{Lu}[\p{L}'’&-]+(?:\s+\p{Lu}[\p{L}'’&-]+){0,3},\s+we\b/gu;
// Listings of groups in a place: "Support Groups in Franklin, MA", "Therapy groups near you".
// ("Directory" itself is a NOT_A_FLYER_TITLE word.) Case matters: a place is capitalised.
// An encyclopaedia or dictionary entry is headed by the kind's bare name in sentence case ("Support
// group", "self-help groups", "Group therapy"); a group's own page writes it as a name ("Support Group").
const ENTRY_TITLE =
  /^[\W_]*(?:(?:[Pp]eer\s+)?[Ss]upport\s+g|[Ss]elf-help\s+g|[Mm]utual[-\s]aid\s+g)roups?[\W_]*$|^[\W_]*[Gg]roup\s+(?:therapy|psychotherapy|counsel+ing)[\W_]*$/;
// (For a listing, a place that is not an organisation's own house: "Group Therapy in Donnybrook Centre" is where its groups meet.)
// (A title in title case puts a capital on the setting too: "Group Therapy in Adolescent Substance Use Treatment" is no place.)
const DIRECTORY_TITLE =
  /\b(?:[Gg]roups|[Gg]roup\s+[Tt]herapy|[Mm]eetings)\s+(?:in|near|around)\s+(?:you\b|your\s+area\b|(?!(?:Adolescent|Adult|Child|Children|Teen|Youth|Substance|Addiction|Recovery|Treatment|Cancer|Eating|Mental|Primary|Schools?|College|University|Couples|Famil(?:y|ies)|Women|Men|Rehab|Residential|Outpatient|Inpatient|Prisons?|Dementia|Palliative|Hospice|Grief|Practice|Clinical|Community|Care)\b)\p{Lu}(?![\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:Centre|Center|Clinic|Practice|Hospital)\b)|\d{4,5}\b)/u;
// The words between a group's article and its kind's name: "a gender-affirming and arts-based ".
const DESCRIBED_AFTER_ARTICLE = /\b(?:a|an|our|this|my)\s+(?:[\p{L}\p{N}'’*_-]+\s+){1,4}$/iu;
const SELF_OPENING = /^[\W_]*(?:(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:a|an|our|this|the|my)\s+)?(?:[\p{L}\p{N}'’*_-]+\s+){0,4}$/iu;
// After "people who", what makes them staff, not peers: "run by people who have been specially trained", "… who are qualified
// mediators", "… who work as counsellors". ("Run by people who have been through it" is still run by peers.)
const STAFF_AFTER_PEOPLE_WHO =
  String.raw`\s+(?:(?:have\s+been|are|were)\s+(?:(?:specially|specifically|professionally|fully|clinically|all)\s+)?(?:trained|qualified|accredited|registered|licensed|employed)\b` +
  String.raw`|(?:are|work\s+as)\s+(?:(?:experienced|qualified|trained)\s+)?(?:professionals|staff|clinicians|therapists|counsell?ors|mediators)\b)`;
// Patterns handed to the document model must be module constants: it caches matches per pattern.
// Run by its own members: "peer-led", "run entirely by people who stutter", "hosted by members in turn", "run by its members".
const PEER_RUN_SOURCES = [
  String.raw`\bpeer[-\s]+(?:led|run|facilitated)\b`,
  String.raw`\b(?:hosted|run|led|organi[sz]ed|facilitated|moderated|coordinated)\s+(?:(?:entirely|only|completely|fully|wholly|solely|exclusively)\s+)?by\s+` +
    String.raw`(?:(?:our\s+|its\s+(?:own\s+)?|the\s+group['’]s\s+|fellow\s+|trained\s+|group\s+)?(?:members|peers)|people\s+who(?!${STAFF_AFTER_PEOPLE_WHO})|survivors|parents\s+who)\b`,
  String.raw`\bby\s+people\s+who\s+[\w'’ -]{1,40}\bfor\s+people\s+who\b`,
  // Members helping one another in the group: "members of the group can help you", "your peers in the group cheer you on",
  // "members help one another". (Not a clinician's "group members give feedback", said of therapy groups too: the help must be
  // the members' own and given to each other or to you.)
  String.raw`\b(?:(?:other\s+)?members|(?:your\s+)?peers)\s+(?:of|in)\s+the\s+group\s+(?:can\s+|will\s+|often\s+)?(?:help|support|cheer|encourage)\b`,
  String.raw`\bmembers\s+(?:help|support|encourage)\s+(?:one\s+another|each\s+other)\b`,
];
const PEER_RUN = anyOf(PEER_RUN_SOURCES);
// Signs of a peer group, weaker than being run by its members: volunteers, parents hosting, lived experience, drop-ins.
const PEER_SIGNAL = anyOf([
  ...PEER_RUN_SOURCES,
  DROP_IN,
  String.raw`\blived\s+experience\b`,
  // Meeting people in the same situation: "chat with those with the same condition". ("Others who understand" is said of
  // therapy groups too.)
  String.raw`\b(?:others|people|those)\s+(?:with\s+the\s+same\s+(?:condition|diagnosis|illness|experience)|going\s+through\s+the\s+same)`,
  // Members helping one another: "we meet to offer each other support", "we try to help one another".
  // (Said of the page's own members, "we …": "a group that meets to support one another" in general defines the kind.)
  String.raw`\bwe\s+(?:[\w'’-]+\s+){0,3}?(?:(?:support|help|encourage)\s+(?:each\s+other|one\s+another)\b|offer\s+(?:each\s+other|one\s+another)\s+(?:support|encouragement)\b)`,
  // ("Volunteer-run" and "run by volunteers" too.) (Not volunteers who only help someone else lead, "directed by a speech-language
  // pathologist, with help from student volunteers", "assisted by volunteers": helpers say nothing of who the group is.)
  String.raw`\bvolunteers?\b(?<!\b(?:help|assistance)\s+(?:from|of)\s+(?:(?:our|some|two|a\s+few|trained|student|local)\s+)?volunteers?|\bassisted\s+by\s+(?:(?:our|some|two|a\s+few|trained|student|local)\s+)?volunteers?)`,
  String.raw`\b(?:hosted|run|led)\s+(?:entirely\s+)?by\s+parents\b`,
  // No professionals among them, said in other words: "No professionals, just us", "not run by professionals", "facilitated by
  // fellow survivors", "peers supporting peers", "there are no experts here".
  String.raw`\bno\s+(?:professionals|experts|doctors|therapists|counsel(?:l)?ors)\b(?!\s+(?:are|is)\s+(?:needed|required))|\bnot\s+(?:run|led)\s+by\s+professionals\b`,
  String.raw`\b(?:led|run|hosted|facilitated)\s+by\s+fellow\s+[\w-]+\b|\bpeers\s+(?:supporting|helping)\s+peers\b`,
  // The hosts as people who have lived it, not as experts: "We are not experts, but we've been there", "we have been where you are".
  // (Said by "we", the hosts; not "I've been there", which a clinician writing of their own past says too.)
  String.raw`\bwe(?:['’]re|\s+are)\s+not\s+(?:the\s+)?experts\b|\bwe(?:['’]ve|\s+have)\s+(?:all\s+)?been\s+(?:there|where\s+you\s+are)(?![\w-])`,
]);
// The page comes from a clinical service: "Counseling and Psychological Services", "a behavioral health clinic".
const CLINICAL_SERVICE = anyOf(
  [
    String.raw`\b(?:counsel(?:l)?ing|psychological|mental\s+health|behaviou?ral\s+health|psychiatric|psychotherapy)\s+(?:(?:and|&)\s+[\p{L}]+\s+)?(?:services?|cent(?:er|re)s?|clinics?|practices?|associates)\b`,
  ],
  'giu',
);
// The same name run into the next word, as a crawl glues a site's breadcrumb to a page's title: "Student Counseling CenterGroup
// Guidelines". (Case-sensitive: a name in capitals run into a capitalised word, never "counseling centered on".)
const CLINICAL_SERVICE_RUN_ON =
  /(?<![\p{L}\p{N}])(?:Counsel(?:l)?ing|Psychological|Mental\s+Health|Behaviou?ral\s+Health|Psychiatric|Psychotherapy)\s+(?:Services?|Cent(?:er|re)s?|Clinics?)(?=\p{Lu}\p{Ll})/gu;
// Confidentiality with the limits a clinician's duties set: "exceptions to confidentiality", "as required by law", "mandated
// reporter". A support group's members keep each other's confidence; only a clinical service has legal limits to state.
const LEGAL_CONFIDENTIALITY = anyOf([
  String.raw`\b(?:exceptions?\s+to|limits?\s+(?:of|to)|limitations?\s+(?:of|to))\s+confidentiality\b`,
  String.raw`\bmandated\s+report(?:er|ers|ing)\b|\bduty\s+to\s+(?:warn|protect)\b`,
  // The leaders' duty of confidence as the law's, in other words: "group leaders are legally and ethically bound to protect members'
  // confidentiality", "counselors are required by law to keep what you share confidential". (Not members "bound by our circle
  // agreement", a peer rule; nor a duty denied: "members are not legally bound to keep it confidential".)
  String.raw`(?<!\b(?:not|never|no)\s+|n['’]t\s+)(?<!\b(?:not|never|no)\s+(?:ethically|professionally)\s+(?:and|&)\s+)\b(?:(?:ethically|professionally)\s+(?:and|&)\s+)?(?:legally|by\s+law)(?:\s+(?:and|&)\s+(?:ethically|professionally))?\s+` +
    String.raw`(?:bound|obligated|obliged|required)\s+to\s+(?:protect|maintain|keep|preserve|respect|hold)\b[^.;!?]{0,60}?\bconfidential`,
  String.raw`(?<!\b(?:not|never)\s+|n['’]t\s+)\b(?:bound|obligated|obliged|required)\s+by\s+law\s+to\s+(?:protect|maintain|keep|preserve|respect|hold)\b[^.;!?]{0,60}?\bconfidential`,
]);
// Independent clinical signs for a group's own page that names no kind (see clinicalFamilies in inferKind). Each is a family;
// two or more families, and no sign of a peer group, make treatment led by a clinician plain.
// Members as a clinical service's clients or patients: "client communications", "what clients say", "our patients in the group".
// (Not a quoted or denied label, "not simply a 'pain patient'", nor a business's "clients and customers".)
const CLINICAL_CLIENTS = anyOf([
  String.raw`(?<!\b(?:not|never|no)\s+(?:(?:just|simply|only|merely)\s+)?(?:an?\s+)?["“'‘]?(?:[\w-]+\s+)?)\b(?:clients?|patients?)\s+(?:communications?|information|records?|files?)\b`,
  // (Also "what a client tells them", "anything a patient reveals".)
  String.raw`\b(?:what|anything)\s+(?:the\s+|a\s+)?(?:clients?|patients?)\s+(?:say|says|said|share|shares|shared|disclose|discloses|disclosed|tell|tells|told|reveal|reveals|revealed)\b`,
  String.raw`\b(?:our|its|the\s+(?:centre|center|clinic|practice)['’]s)\s+(?:clients|patients)\s+(?:in|who\s+(?:join|attend))\s+(?:the|our|a)\s+groups?\b`,
]);
// The law's limits on the leaders' confidence, in the words a clinical service's agreements use: "the legal and ethical exceptions
// are", "a court subpoena", "except as the law allows". (Members keeping one another's confidence is a peer rule too.)
const LEGAL_LIMITS = anyOf([
  String.raw`\blegal\s+(?:and\s+ethical\s+)?exceptions?\b|\b(?:court\s+)?subpoena(?:s|ed)?\b`,
  String.raw`\bexcept\s+(?:as|where|when)\s+(?:the\s+law\s+(?:allows|permits|requires)|(?:required|permitted)\s+by\s+(?:the\s+)?law)\b`,
]);
// Individual therapy at the same service: "if I am getting individual counseling at the centre", "my individual therapist".
const INDIVIDUAL_THERAPY_HERE = anyOf([
  String.raw`\bindividual\s+(?:counsel(?:l)?ing|therapy|psychotherapy)\s+(?:at|with|through)\s+(?:us\b|our\s+(?:centre|center|clinic|practice|service|agency)\b|(?:the|this)\s+(?:centre|center|clinic|practice|service|agency)\b)`,
  String.raw`\b(?:my|your|their)\s+individual\s+(?:therapist|counsel(?:l)?or|clinician)\b`,
]);
// (The service by its initials, "individual counselling at NTC": case-sensitive, so "at home" is not a service.)
const INDIVIDUAL_THERAPY_AT_INITIALS = /\b[Ii]ndividual\s+(?:counsel(?:l)?ing|therapy|psychotherapy)\s+(?:at|with|through)\s+[A-Z]{2,6}\b(?![a-z])/g;
// Diagnosis and insurance billing for the group: "a diagnosis is required", "billed to your insurance".
const DIAGNOSIS_OR_BILLING = anyOf([
  String.raw`\b(?:diagnosis|diagnosed)\s+(?:is|are)\s+(?:required|needed)\b|\brequires?\s+a\s+(?:formal\s+)?diagnosis\b`,
  String.raw`\b(?:billed?|billing)\s+(?:to\s+)?(?:your\s+|most\s+)?${INSURANCE}|${INSURANCE}\s+(?:is\s+)?(?:accepted|billed|covers?)\b`,
]);
// A website's own policies ("Privacy Policy", "Cookie Policy") are not a group's rules for its members.
const SITE_POLICY = String.raw`(?:privacy|cookie|editorial|website|data(?:\s+protection)?)\s+polic(?:y|ies)`;
const SITE_POLICY_HEAD = new RegExp(String.raw`\b${SITE_POLICY}\b`, 'i');
const POLICY_HEAD = /\b(?:polic(?:y|ies)|group\s+(?:agreements?|contracts?|guidelines|expectations|rules|norms)|ground\s+rules|code\s+of\s+conduct)\b/i;
// The agreement or contract a clinical group's members sign, named as the group's own: "Group Therapy Agreement", "Group
// Confidentiality Agreement", "Psychotherapy Group Contract", or a practice's joining terms, "Agreements and Fees".
const MEMBERS_AGREEMENT_HEAD =
  /^[\W_]*(?:[\p{L}'’-]+\s+){0,3}?(?:(?:group\s+(?:therapy|psychotherapy|counsel(?:l)?ing|confidentiality|participation|membership|treatment)|(?:psychotherapy|therapy|counsel(?:l)?ing|treatment)\s+group)\s+(?:agreements?|contracts?)|agreements?\s+(?:and|&)\s+fees)[\W_]*$/iu;
// The member, or the reader about to join, agreeing to those terms: "I agree to pay for every session", "you agree to come weekly",
// "By joining, members agree…", "By signing below, I confirm…". (Affirmed only: "you do not agree" binds no one.)
const MEMBER_AGREES =
  /\b(?:I|you|members|participants|clients|each\s+member|all\s+members|everyone)\s+(?:(?:also|fully|hereby|each)\s+)?(?:agrees?|commit|commits|consents?)\s+to\b|\b[Bb]y\s+(?:signing|joining)\b/g;
const PARTICIPANTS_OF_GROUPS =
  /\b(?:participants|members)\b[^.;!?]{0,80}\b(?:groups?|program(?:me)?|class\s+sessions?)\b|\b(?:groups?|program(?:me)?)\b[^.;!?]{0,80}\b(?:participants|members)\b/gi;
const WEEKS = /\b\d{1,2}[-\s]weeks?\b|\b(?:six|eight|ten|twelve)[-\s]weeks?\b/gi;
// A clinical programme or course of the page's own, run in groups: "The programme is held … in groups of around eight people",
// "MBCT is a group-based course", "through the use of therapeutic groups".
// (Or said of itself: "This is an eight week course", "It is a 10-session programme".)
// (Or run by the page's own service, or defined at a sentence's start: "We run two programmes for small groups of patients", "An
// eight-week programme for adults with persistent pain".)
// (Or defined by its own name, one to three capitalised words opening a sentence: "Brightpath is an online treatment program".)
const OWN_PROGRAMME =
  /(?:\b(?:(?:the|our|this)\s+|(?:this|it)\s+is\s+an?\s+|(?=is\s+an?\s)(?<=(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,2}\s+)is\s+an?\s+|we\s+(?:also\s+)?(?:run|offer|provide|deliver)\s+)|(?:^|(?<=[.!?:]\s+)|(?<=\n))an?\s+(?=[\p{L}\d-]+\s+(?:[\p{L}\d-]+\s+)?(?:programme|program|course)\s+for\b))(?:[\p{L}\d-]+\s+){0,3}?(?:programmes?|programs?|course)\b(?!\s+(?:of\s+study|director|manager|coordinator))/giu;
// A programme's own name on a line of its own, one to five capitalised words before "Program", "Programme" or "Course": "Chronic Pain
// Skills Program", "Intensive Outpatient Programme". Its section then speaks of it as "this program".
const PROGRAMME_NAME_HEAD = /^[\W_]*(?:\p{Lu}[\p{L}\d&'’-]*\s+){1,5}(?:Program(?:me)?|Course)[\W_]*$/u;
// An ongoing group of the page's own taking in new members now, as places free up: "new members join as places open up", "new
// participants are added when a space becomes available", "we welcome new members whenever a spot opens". (Not said of open groups in
// general, "in an open group, new members can join at any time": see NEW_MEMBERS_IN_GENERAL, hedgedGeneral.)
const NEW_MEMBERS_AS_PLACES_OPEN =
  /\bnew\s+(?:members|participants|clients|patients)\s+(?:(?:are\s+|get\s+)?(?:join|added|admitted|welcomed|accepted|brought\s+in|invited)|join)\b[^.;!?]{0,30}?\b(?:as|when|whenever|once)\s+(?:an?\s+|the\s+)?(?:places?|spaces?|spots?|openings?|seats?|vacancies|vacancy)\s+(?:open|opens|become|becomes|free|frees|arise|arises|come|comes)\b|\b(?:we|the\s+group|each\s+group)\s+(?:add|adds|admit|admits|welcome|welcomes|take|takes)\s+(?:in\s+)?new\s+members\s+(?:as|when|whenever|once)\s+(?:an?\s+|the\s+)?(?:places?|spaces?|spots?|openings?|seats?|vacancies|vacancy)\b/gi;
const NEW_MEMBERS_IN_GENERAL = /\b(?:an?|in|with)\s+(?:open|ongoing|rolling)(?:[-\s]+(?:ended|enrol(?:l)?ment|admission))?\s+groups?\b|\bopen\s+groups\b/i;
const OWN_CLINICAL_PROGRAMME = 'it describes a clinical programme of its own that is run in groups';
// Programmes spoken of in general, as an explainer or a directory does: "IOPs treat…", "many programs offer…", "programs usually
// last…". (Not the page's own, "our IOPs", "its programmes".)
const PROGRAMMES_IN_GENERAL =
  /\b(?:IOPs|PHPs)\b|\b(?:many|most|some|such|other|all)\s+(?:[\w-]+\s+)?(?:programs|programmes)\b|\b(?:programs|programmes)\s+(?:typically|usually|often|generally|may|can|tend|vary)\b/gi;
const CLINICIAN_PROVIDES_BEFORE =
  /\b(?:provided|offered|given)\s+(?:[\w-]+\s+){0,3}?by\s+(?:(?:the|our|a|an|two|three|trained|licensed|experienced|qualified)\s+){0,2}$/i;
const OWN_PROGRAMMES_BEFORE = /\b(?:our|its|their|these|both)\s+(?:[\w'’-]+\s+){0,3}$/i;
// (A programme's own small groups, where its members practise its skills: "weekly small groups where members rehearse the skills
// from that week", "you practise each skill in weekly small groups". Not a church's "weekly small groups where members study a
// passage", nor a treatment "delivered in weekly small groups" in general.)
const SMALL_GROUPS_WEEKLY = String.raw`\b(?:weekly|daily|twice-weekly|fortnightly)\s+small\s+groups\b`;
const PRACTISE_SKILLS = String.raw`\b(?:practi[cs]e|rehearse|role-?play|learn|build|apply|use)\s+(?:[\w'’-]+\s+){0,3}?skills?\b`;
const RUN_IN_GROUPS = anyOf([
  String.raw`${SMALL_GROUPS_WEEKLY}\s+(?:where|in\s+which)\s+(?:members|participants|patients|clients|you)\s+${PRACTISE_SKILLS}`,
  String.raw`${PRACTISE_SKILLS}\s+(?:[\w'’-]+\s+){0,3}?in\s+${SMALL_GROUPS_WEEKLY}`,
  // Skills practised "in a group setting", said to the reader in the programme's own voice: "we will teach you the skills and let
  // you practise them with others in a group setting". (Not "CBT can also be given in a group setting", said of the treatment.)
  // (The verb first, so the sentence before it is looked at only beside one.)
  String.raw`\b(?:practi[cs]e|practi[cs]ing|rehearse)\b(?<=\b(?:we|you)\b${SAME_SENTENCE}{0,130})(?<=\bskills?\b${SAME_SENTENCE}{0,130})\s+(?:[\w'’-]+\s+){0,5}?in\s+a\s+(?:small\s+)?group\s+setting\b`,
  String.raw`\bin\s+(?:small\s+)?groups\s+of\b`,
  // "In a safe and nurturing small group setting": the programme's own work, done in a small group.
  String.raw`\bin\s+an?\s+(?:[\w'’-]+,?\s+){0,4}?small[-\s]group\s+(?:setting|format|environment)\b`,
  // "We run two programmes for small groups of patients", "Groups of up to ten meet on Tuesday mornings".
  String.raw`\b(?:programmes?|programs?|courses?|sessions?)\s+for\s+(?:small\s+)?groups\s+of\b`,
  String.raw`\bgroups\s+of\s+(?:up\s+to\s+|about\s+|around\s+|no\s+more\s+than\s+|between\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)` +
    String.raw`(?:\s+(?:people|patients|adults|members|participants))?\s+(?:meet|work|run)\b`,
  // "Working in a small group of up to ten adults, you will learn…".
  String.raw`\bin\s+a\s+(?:small\s+)?group\s+of\s+(?:up\s+to\s+|about\s+|around\s+|no\s+more\s+than\s+|between\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`,
  String.raw`\bgroup[-\s]based\s+(?:course|programme|program|treatment|therapy|intervention)\b`,
  String.raw`\b(?:therapeutic|treatment|skills|process)\s+groups\b`,
  String.raw`\bgroup\s+(?:sessions|programme|program|course|format)\b`,
  // "The programme includes presentations on relevant topics and group discussion", "a relapse-prevention group work programme".
  // (Group work as a subject taught, "the course introduces group work", is not.)
  String.raw`\b(?:includes?|including|and|with|through|involves?|followed\s+by)\s+(?:[\w-]+\s+){0,4}?group\s+discussions?\b|\bgroup\s+work\s+(?:programmes?|programs?|sessions?)\b`,
  String.raw`\b(?:introductory|weekly|daily)\s+group\s+session\b`,
  // "delivered face to face, to a group of individuals", "taught in a small group", "offered in a group setting", "psychotherapy
  // delivered in groups", "held in a group". (Not a place that bears the word, "provided in a group home", "held in the group room".)
  String.raw`\b(?:delivered|run|offered|provided|taught|facilitated|held)\s+(?:[\w-]+[,\s]+){0,3}?(?:to|in|as)\s+(?:a\s+)?(?:small\s+|closed\s+)?groups?\b(?![-\s]+(?:homes?|rooms?|spaces?|practices?|houses?)\b)`,
  // A course with facilitators of its own: "please see one of the course facilitators".
  String.raw`\b(?:course|programme|program)\s+facilitators?\b`,
]);
// Group therapy named as one of the things a programme's work includes, just before its name: "a mix of therapeutic work including
// individual and group therapy", "the programme involves group and family counselling". Counted only for a programme of the page's
// own, in its own voice (see ownVoiceProgramme): an explainer says the same of such programmes in general.
const AMONG_ACTIVITIES_BEFORE =
  /\b(?:includ(?:e|es|ing)|involv(?:e|es|ing)|consists?\s+of|combin(?:e|es|ing)|such\s+as|offer(?:s|ing)?|provid(?:e|es|ing))\s+(?:[\w'’/-]+,?\s+){0,5}$/i;
// A service or level of care set out under its own label in capitals, at a line's start: "DAY TREATMENT – A structured program…",
// "INTENSIVE OUTPATIENT: Several group sessions…", "**EDUCATION GROUPS** – …". Three or more make a provider's menu of services, each
// its own "program", not one programme of the page's own. (Only labels naming care: a flyer's "WHEN:", "WHERE:" and "COST:" rows are
// none.)
const SERVICE_LABEL =
  /^[\W_]*(?:\p{Lu}{2,}[\s/&-]+){0,4}?(?:TREATMENT|OUTPATIENT|INPATIENT|RESIDENTIAL|DETOX(?:IFICATION)?|AFTERCARE|HOSPITALI[SZ]ATION|PROGRAMS?|PROGRAMMES?|SERVICES?|COUNSEL(?:L)?ING|THERAPY|EDUCATION|GROUPS|CARE)(?:[\s/&-]+\p{Lu}{2,}){0,4}[*_]{0,3}\s*(?:[–—:]|-\s)/gmu;
const SERVICES_MENU_LABELS = 3;
const SELF_DECLARED = /\b(?:this|our)\s+(?:group|circle|program)\s+is\s+(?:a\s+)?(?:group\s+therapy|therapy\s+group|support\s+group|peer\s+support)\b/gi;
const PATIENT_LEAFLET = /\bpatient\s+information\b|\binformation\s+for\s+(?:patients|service\s+users|clients)\b|\bpatient\s+leaflet\b/i;
// Titles of a record or a report ("Committee: Meeting Notes, 14 October", "Research Summary: Group CBT…", "README"): a page of another
// sort, and one the page model may not take for a group's own (see RECORD_TITLE). ("Minutes", not a session's "90 minutes".)
// (Minutes or a meeting's notes, by themselves: see MINUTES_TITLE.)
const MINUTES_WORDS = String.raw`(?<!(?:\d|\b(?:few|several|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety))[\s-]*)minutes|meeting\s+notes`;
const RECORD_WORDS =
  String.raw`${MINUTES_WORDS}|agenda|committee\s+notes` +
  String.raw`|research\s+(?:summary|digest|brief)|literature\s+review|evidence\s+(?:summary|review|brief)|readme|changelog|release\s+notes`;
const NOT_A_FLYER_TITLE = anyOf(
  [
    String.raw`\b(?:${RECORD_WORDS}|press\s+release|newsroom|announces|receives|grant|hiring|jobs?|positions?|(?<!(?:early|mid|late|second)[-\s])careers?|vacanc(?:y|ies)|resources|directory` +
      String.raw`|volunteer\s+(?:opportunit(?:y|ies)|roles?|positions?)|role\s+description|resource\s+(?:guide|list)|(?:co-?)?facilitators?\s+(?:wanted|needed)` +
      String.raw`|(?:room|venue|hall)\s+(?:hire|rental|bookings?)|hire\s+charges` +
      String.raw`|documentation|configur(?:e|ing|ation)|biography|bio|our\s+(?:team|staff)|${SITE_POLICY}|annual\s+report` +
      String.raw`|terms|templates?|manual` +
      // A student's paper, a report on a programme, a book for those who run groups, money given: "AA Meeting Reflection Paper",
      // "Evaluation of the Carers' Peer Support Group Pilot", "Support Group Facilitator Handbook", "County Awards $400,000 to…".
      String.raw`|reflection(?:\s+paper)?|essay|evaluation|handbook|(?:facilitat(?:or|ion)|leader['’]?s?)\s+guide|awards|funds|funding)\b`,
    String.raw`^[a-z]+(?:-[a-z]+)+$`,
  ],
  'i',
);
// A title of money alone: "Fees", "Billing Policies", "Medicare Rebate", "Fees, Cancellations and Rebates", "Insurance & Payment".
const MONEY_TITLE =
  /^[\W_]*(?:(?:our|session|group|therapy|counsel+ing|medicare|private)\s+)?(?:fees?|billing|rebates?|insurance|payments?|pricing|rates|costs?)(?:\s+polic(?:y|ies))?(?:\s*(?:,|&|and|\/)\s*(?:(?:medicare|private)\s+)?(?:fees?|billing|rebates?|insurance|payments?|polic(?:y|ies)|cancell?ations?|charges|pricing|rates))*[\W_]*$/i;
// "Consider joining a support group", "many hospices offer support groups": in passing.
const PASSING = anyOf(
  [
    String.raw`\b(?:about|consider|considering|find|finding|ask|try|joining|attend|attending|recommend|suggest|like|such|other|many|some|local|any|your` +
      String.raw`|their|his|her|or|and|offers?|lists?|includes?)\b`,
    // "You may hesitate to join a support group": any group, not this one ("join our group" is this one).
    String.raw`\bjoin\s+(?:an?|one)\b`,
  ],
  'i',
);
// Before a name, a leader's experience or training: "has extensive experience providing individual, couples, family and …".
const LEADER_EXPERIENCE =
  /\b(?:has|have|with|years\s+of|extensive|brings?)\s+(?:[\w-]+\s+){0,3}?experience\b[^.;:!?]*$|\b(?:experienced|trained|background|speciali[sz](?:es|ing))\s+in\b[^.;:!?]*$/i;
// A kind named only as what something else is likened to, with a modal: "taking part in a writing circle can function as group
// therapy", "the evenings may serve as a kind of group psychotherapy", "you could call it a form of group therapy". (What might work
// as therapy, or might be called it, is not said to be it.)
const LIKENED_BEFORE =
  /\b(?:can|may|could|might)\s+(?:also\s+|even\s+|often\s+|sometimes\s+)?(?:(?:function|serve|act|work)\s+(?:much\s+)?(?:as|like)\s+|(?:call|consider|describe|see|regard|think\s+of)\s+(?:it|this|them|these|those|that|(?:our|the|these|this)\s+[\w'’-]+)\s+(?:as\s+)?)(?:(?:an?|the)\s+)?(?:(?:form|kind|type|sort)\s+of\s+)?$/i;
// A kind named only as what the other kind is more than, in a sentence whose subject is the other kind: "Group therapy is not just a
// support group", "Group therapy is more than a support group". It compares the kinds; it names no group of the page's own.
const MORE_THAN_KIND_BEFORE =
  /(?:\bgroup\s+(?:psycho)?therapy|\b(?:psycho)?therapy\s+groups?|\bgroup\s+counsel(?:l)?ing|\bsupport\s+groups?)\s+(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?(?:just|only|merely|simply|more\s+than|much\s+more\s+than)\s+(?:(?:an?|your|the)\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// A kind's name as the subject of its own clause, whose verb is denied: "Our grief support group is not a substitute for counselling",
// "This support group is not for professionals", "Group therapy is not for everyone". The denial is of what follows; the name still
// names the group (as OWN_SUBJECT reads "our group doesn't meet in August"). (Not a denial that it is offered: "Group therapy is not
// offered here", "support groups are not available at this site". Nor others' groups: "Other support groups are not free".)
const KIND_SUBJECT_BEFORE = /(?:^|[.;:!?]|\b(?:and|but|so)\b)[\s"'*_(]*(?:(?:our|this|the|a|an|my|their|its)\s+)?(?:[\w'’-]+\s+){0,2}$/i;
const KIND_VERB_DENIED =
  /^\s*(?:(?:is|are|was|were|does|do)\s+not\b|isn['’]t\b|aren['’]t\b|doesn['’]t\b|don['’]t\b)(?!\s+(?:(?:currently|yet|now|always|usually|being)\s+)?(?:offered|available|provided|running|run|held|meeting|happening|included|part\s+of|on\s+offer|what\s+we|something\s+we|a\s+service\s+we|offer|provide|run|hold|exist|meet)\b)/i;
/** How far either side of a kind's name its subject's words and its verb are read (a sentence may be a whole run-on paragraph). */
const SUBJECT_REACH = 60;
/** A kind's name denied only as the subject of its own denied verb (see KIND_SUBJECT_BEFORE) is affirmed; any other match is as found. */
function affirmDeniedSubject(m: Match): Match {
  if (m.stance !== 'negated') return m;
  return deniedSubject(m) ? { ...m, stance: 'affirmed' } : m;
}
/** The reading of affirmDeniedSubject, which it draws from the match's own sentence alone: once per match (see oncePer). */
const deniedSubject = oncePer((m: Match): boolean => {
  const at = m.index - m.sentence.from;
  const text = m.sentence.text;
  // (A slice cut from a longer sentence starts with "…": its first word is no clause's.)
  const before = at > SUBJECT_REACH ? `…${text.slice(at - SUBJECT_REACH, at)}` : text.slice(0, at);
  if (!KIND_SUBJECT_BEFORE.test(before) || OTHERS_BEFORE.test(before) || negatedBefore(text, at)) return false;
  const end = at + m.text.length;
  return KIND_VERB_DENIED.test(text.slice(end, end + SUBJECT_REACH));
});
// A group where clinicians bring their own cases: a Balint group, a peer, case or clinical consultation group, a peer supervision
// or reflective practice group. Its clinical words ("patients", "clients", the leaders' "MD", a fee with CME credit) are the
// members' work, not a sign that the group treats them.
const CLINICIANS_CASE_GROUP =
  /\bBalint\b|\b(?:peer|case|clinical)\s+consultation\s+groups?\b|\bpeer\s+supervision\s+groups?\b|\breflective\s+practice\s+groups?\b/gi;
// Before a clinician, the words that make them the one who leads or delivers the group's work: "coached on the spot by the
// therapists", "run by two psychologists", "delivered by our licensed counsellors".
const CLINICIAN_LEADS_BEFORE =
  /\b(?:led|co-?led|run|facilitated|co-?facilitated|delivered|conducted|coached|taught|guided)\s+(?:[\w-]+\s+){0,3}?by\s+(?:(?:the|our|a|an|two|three|trained|licensed|experienced|qualified)\s+){0,2}$/i;
/**
 * "the Lighthouse Counseling Group", "Bay Area Therapy Group": a practice's name, not a group. So is one that goes on to an
 * organisation's noun, wherever it stands: "The Group Psychotherapy Society of Lakeside runs…" (see kindNameOfOrganisation).
 */
function isOrgName(m: Match): boolean {
  if (!/^(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(m.text.replace(/\s+/g, ' '))) return false;
  if (kindNameOfOrganisation(m)) return true;
  const before = textBefore(m);
  return /\p{Lu}[\p{L}'’&.-]*\s+$/u.test(before) && before.trim().split(/\s+/).length > 1 && !/^(?:#|\W)*$/.test(before);
}
// Lines that are not the page's prose and name no group of its own: a coursework cover's course code and title ("COUN610 Group
// Counseling, Spring 2025", "Course: Group Therapy Methods (COUN610)"), a site menu's labels pasted as short lines ("Home: Welcome", then "Support group").
// (Capitals as written: "Call 0800" is no course code.)
const COURSE_CODE_LINE =
  /^[\W_]*(?:\p{Lu}{2,5}\s?\d{3,4}\p{Lu}?\b|(?:[Cc]ourse|[Mm]odule|COURSE|MODULE)(?:\s+(?:[Tt]itle|[Nn]ame|[Cc]ode))?\s*:)|\(\p{Lu}{2,5}\s?\d{3,4}\p{Lu}?\)/u;
const MENU_LABEL =
  /^[\W_]*(?:home|about(?:\s+us)?|contact(?:\s+us)?|welcome|services|resources|blog|news|events|donate|faqs?|get\s+involved|our\s+team|log\s*in|sign\s+in|menu|shop)\b/i;
// (Worked out once per block: its lines' starts, which of them are course lines, and whether it is a menu.)
const labelLines = new WeakMap<ProseBlock, { starts: number[]; course: boolean[]; menu: boolean }>();
/**
 * The tests of a support name (in inferKind) that read only the match and its own block: once per match (see oncePer; a page names
 * its groups hundreds of times).
 */
const supportNameHere = oncePer(
  (m: Match): boolean =>
    !(BARE_PEER_SUPPORT.test(m.text) && GIVEN_AS_BENEFIT.test(textBefore(m)) && !OWN_OFFER_BEFORE.test(textBefore(m))) &&
    !onLabelLine(m) &&
    // (Nor is the group a disclaimer says does not replace care denied its kind: "no self-help group could replace them [the
    // counsellors]", "This support group does not replace your own doctor".)
    !(m.stance === 'negated' && REPLACING_AFTER.test(m.sentence.text.slice(m.index - m.sentence.from + m.text.length).slice(0, 60))) &&
    // (Nor are others denied its kind: "DA is not meant to be a substitute for other 12-Step programs" says nothing against its own.)
    !(m.stance === 'negated' && OTHERS_BEFORE.test(textBefore(m).slice(-40))) &&
    // (Nor what group therapy is said to be more than: see MORE_THAN_KIND_BEFORE.)
    !MORE_THAN_KIND_BEFORE.test(textBefore(m).slice(-120)),
);
/** Does a match of THERAPY_WORD deny the page therapy (in inferKind)? Its own sentence alone says: once per match (see oncePer). */
const deniesTherapyHere = oncePer((m: Match): boolean => {
  const before = textBefore(m);
  return (
    m.stance === 'negated' &&
    !/^medical\s/i.test(m.text) &&
    !/\bmedical\s+$/i.test(before) &&
    // (Nor does one denying a separate service: "Members do not see Dana for individual therapy while the group is running".)
    !/\b(?:individual|one[-\s](?:to|on)[-\s]one|private|outside|separate)\s+$/i.test(before) &&
    // (Nor care that people do not seek: "many farmers will not seek out mental health care".)
    !SEEKING_CARE_BEFORE.test(before)
  );
});

function onLabelLine(m: Match): boolean {
  let facts = labelLines.get(m.block);
  if (!facts) {
    const lines = m.block.text.split('\n');
    const starts: number[] = [];
    let at = 0;
    for (const l of lines) {
      starts.push(at);
      at += l.length + 1;
    }
    const shown = lines.map((l) => l.trim()).filter(Boolean);
    const menu =
      m.block.type === 'paragraph' &&
      shown.length >= 2 &&
      shown.every((l) => l.split(/\s+/).length <= 6 && !/[.!?]$/.test(l)) &&
      shown.some((l) => MENU_LABEL.test(l));
    facts = { starts, course: lines.map((l) => COURSE_CODE_LINE.test(l)), menu };
    labelLines.set(m.block, facts);
  }
  if (facts.menu) return true;
  // (The match's line, by binary search on the lines' starts.)
  let lo = 0;
  let hi = facts.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (facts.starts[mid] <= m.index) lo = mid;
    else hi = mid - 1;
  }
  return facts.course[lo];
}
// A group offered beside the page's own work, not as what the page is: "we also provide a parents' support group", "I facilitate a
// range of support groups and workshops too".
const SIDE_OFFER = /\b(?:we|I)\s+(?:\w+\s+)?also\b|\b(?:too|as\s+well)[.!]?\s*$/i;
/** Is the sentence a side offer (SIDE_OFFER)? Asked once per sentence, however many names it holds. */
const sideOffer = oncePer((sentence: Sentence): boolean => SIDE_OFFER.test(sentence.text));
const THERAPY_SIGNAL = anyOf([
  String.raw`\b(?:clinical|progress)\s+notes\b`,
  String.raw`\bintake\b`,
  String.raw`\bscreening\b`,
  String.raw`\bassessment\b`,
  INSURANCE,
  String.raw`\bsuperbill\b`,
  String.raw`\bco-?pay\b`,
  String.raw`\bdeductible\b`,
  String.raw`\b(?:in|out-of)-network\b`,
  String.raw`\bpre-group\b`,
  String.raw`\bapply\b`,
  String.raw`\bapplication\b`,
]);
// (A café is a group's word too, "Hatherley Memory Café", but alone it is as often a coffee shop's: see titleGroup.)
const GROUP_WORD_TITLE = /\bgroups?\b|\bcircles?\b|\bgatherings?\b|\bmeet-?ups?\b|\bgrupo\b|\bgroupe\b/i;
const GROUP_TITLE = new RegExp(String.raw`${GROUP_WORD_TITLE.source}|\bcaf[eé]${WORD_END}`, 'i');
const GROUP_INVITE = anyOf([
  String.raw`\b(?:starting|launching|forming|hosting|running|introducing|join(?:ing)?\s+(?:us|our))\s+(?:a|an|our|the|my)?\s*` +
    String.raw`(?:[\w'’-]+\s+){0,3}(?:group|circle)\b`,
  // (Also with commas between the words that describe it: "a free, confidential group for adults".)
  String.raw`\b(?:our|a|the|this)\s+(?:[\w'’-]+,?\s+){0,3}(?:group|circle)\s+(?:meets|gathers|is\s+(?:a|for|open)|for|where|to\s+(?:talk|share|connect))\b`,
]);
// A group named by the difficulty it is for, with no kind: "community grief groups", "a caregivers' group", "the Bereavement Café".
const CARE_GROUP_FOR = String.raw`(?:grie(?:f|ving)|bereave(?:d|ment)|loss|widow(?:ed|s|ers)?|caregiver(?:['’]s|s['’]?|['’])?|carer(?:['’]s|s['’]?|['’])?|cancer|dementia|alzheimer'?s|parkinson'?s|stroke|ostomy|recovery|addiction|anxiety|depression|trauma|survivors'?|suicide\s+loss)`;
const CARE_GROUP = anyOf([String.raw`\b${CARE_GROUP_FOR}\s+(?:[\w'’-]+\s+)?(?:groups?|caf[eé]s?|circles?|drop-ins?)(?![\w-])(?<!\bsupport\s+groups?)`]);
// A life difficulty's name just before a pastime's group, as one name: "Grief & Trauma Writing Group", "a bereavement walking group".
const CARE_NAME_BEFORE = new RegExp(String.raw`\b${CARE_GROUP_FOR}\s+(?:(?:and|&)\s+[\w'’-]+\s+)?$`, 'i');
// A café named for a life stage or a condition: "a menopause cafe", "the Memory Café", "a death café". A group for a life difficulty
// when it recurs, "on the second Tuesday of every month", "every Wednesday" (see RECURRING); a one-off evening of one is an event.
const CONDITION_CAFE = new RegExp(String.raw`\b(?:(?:peri-?)?menopaus(?:e|al)|memory|death)\s+caf[eé]s?${WORD_END}`, 'gi');
// A café, a club or a coffee morning of its own open at a set time: "The café opens on the first Saturday of every month", "Our
// lunch club is open from 11am", "The coffee morning runs every Tuesday". (Said now: a café that "opened" is a story's. A coffee
// shop says the same; see WELCOMES_THOSE_WITH_A_DIFFICULTY for what makes it a group's.)
const OWN_CAFE_OPENS = anyOf([
  String.raw`\b(?:the|our|this)\s+(?:[\w'’-]+\s+){0,2}?(?:caf[eé]|coffee\s+morning|club|social)\s+(?:(?:usually|also|now|still)\s+)?(?:opens|is\s+open|runs|takes\s+place|is\s+held|meets|gets\s+together)\b[^.;!?]{0,60}?(?:${CLOCK}|${MEETING_DAY})`,
]);
// Whom its meetings are for, as people living with a difficulty, asked to come: "Anyone who looks after someone with memory loss is
// welcome", "anyone caring for a person living with dementia is welcome to come along", "Anyone who has been affected by a stroke and
// would like to join can ring Pat". (A coffee shop welcomes everyone; an explainer says such people "may find" groups helpful.)
const WELCOMES_THOSE_WITH_A_DIFFICULTY = anyOf([
  String.raw`\b(?:anyone|anybody|everyone|everybody|people|those|all)\s+(?:who\s+(?:(?:has|have)\s+been\s+|is\s+|are\s+)?|(?:caring|looking\s+after|living|affected|touched)\s+)` +
    String.raw`(?:[\w'’-]+\s+){0,6}?(?:${CARE_GROUP_FOR}|memory\s+loss|memory\s+problems|bereaved|illness|disabilit(?:y|ies)|autism|(?:mental|long-term)\s+(?:health|condition)s?)\b` +
    String.raw`[^.;!?]{0,60}?\b(?:(?:is|are)\s+(?:(?:very|most|always|warmly|more\s+than)\s+)?welcome|(?:can|may|should)\s+(?:come|join|ring|call|phone|contact|drop\s+in)|would\s+like\s+to\s+(?:join|come))\b`,
]);
// Others in the same position as the reader: "meet others who understand", "other parents in the same boat", "people going through
// the same". (Said of a café, it is a group's; a coffee shop does not say it.)
const OTHERS_WHO_KNOW =
  /\b(?:others|other\s+[\w'’-]+|people|those)\s+(?:who\s+(?:understand|know\s+what|have\s+been\s+there|get\s+it)|in\s+the\s+same\s+(?:boat|situation|position)|going\s+through\s+the\s+same)\b/gi;
// A schedule that recurs: "monthly", "once a fortnight", "every Thursday", "each month", "the last Friday of each month".
const RECURRING = anyOf([
  String.raw`\b(?:weekly|fortnightly|monthly|once\s+a\s+(?:week|fortnight|month)|twice\s+a\s+(?:week|month)|each\s+(?:week|month)|every\s+(?:other\s+)?(?:week|fortnight|month))\b`,
  String.raw`\b(?:every|each)\s+(?:other\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
  String.raw`\b(?:first|second|third|fourth|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+of\s+(?:the|each|every)\s+month\b`,
]);
// One group, named as new or as just started, launched or founded by someone: "Jodi has recently started the Leeton Autism
// Social and Support Group", "a new support group for parents", "the group is being founded by…", "St Gregory's launches a
// grief group". A report of one group's start is that group's news, however it is told. (Advice on how to start one, "to start
// a support group", a new study of groups and a new thing of a site's, "the new online Group Noticeboard", are not.)
// (Not after "to", "you", "can", "how"…: "how to start a group", "you can launch a group".)
const NOT_ADVICE = String.raw`(?<!\b(?:to|you|can|could|should|would|might|may|how)\s)`;
const NOT_A_GROUP_WORD = String.raw`(?!(?:study|studies|report|survey|research|paper|article|review|analysis|book|guide|trial|data|law|policy|funding|grant)\b)`;
// The writer's own group about to start, in the first person only, as a practitioner tells of the group she is about to run: "my
// upcoming women's process group", "recruiting for our new teen group". (Not "my next group session", a member's own next meeting.
// Counted only with the writer offering it, see MY_NEW_GROUP: a member may look forward to "my upcoming support group" too.)
const MY_UPCOMING_GROUP = String.raw`\b(?:my|our)\s+(?:upcoming|forthcoming)\s+(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,4}?group\b(?!\s+(?:of|therapy|psychotherapy|counsel|sessions?|meetings?|${SITE_THINGS})\b)`;
const RECRUITING_FOR_MY_GROUP = String.raw`\b(?:recruiting|accepting\s+(?:new\s+)?(?:members|referrals|applications|participants))\s+for\s+(?:my|our)\s+(?:(?:upcoming|forthcoming|next|new)\s+)?(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,4}?group\b`;
// The writer about to start a group of their own, in the first person and the future or the present: "I will be starting a group
// for couples weighing divorce", "we're launching a new group for teen girls this spring", "I am opening a group in March". (Not
// "a group of…", nor a member beginning "group therapy"; the writer is starting it, not joining it.)
const WRITER_STARTING_GROUP = String.raw`\b(?:I|we)(?:\s+will\s+be|\s+shall\s+be|['’]ll\s+be|\s+am|['’]m|\s+are|['’]re)\s+(?:(?:soon|now|also|shortly)\s+)?(?:starting|launching|opening|forming|beginning)\s+(?:up\s+)?(?:a|an|my|our)\s+(?:new\s+)?(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,4}?group\b(?!\s+(?:of|therapy|psychotherapy|counsel|sessions?|meetings?|${SITE_THINGS})\b)`;
// The writer's own group to start on a stated date, in the plain future: "I will start a carers' support group online on Sunday,
// 20 September, at 5 pm", "we're going to launch a new group on Tuesday 4 March". The date, in the same sentence, makes it news of
// one group starting, not a wish or a how-to's step ("I will start a group when I can", "you will start a group by…").
const WRITER_STARTING_ON_A_DATE =
  String.raw`\b(?:I|we)(?:\s+will|\s+shall|['’]ll|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+are\s+going\s+to|['’]re\s+going\s+to)\s+(?:(?:soon|now|also|then|finally)\s+)?` +
  String.raw`(?:start|launch|open|form|begin|host|set\s+up)\s+(?:up\s+)?(?:a|an|my|our)\s+(?:new\s+)?(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,4}?group\b` +
  String.raw`(?!\s+(?:of|therapy|psychotherapy|counsel|sessions?|meetings?|${SITE_THINGS})\b)` +
  String.raw`(?=${SAME_SENTENCE}{0,80}?(?:${DATE}|\b(?:on|this|next)\s+${WEEKDAY}\b))`;
const NEW_GROUP = anyOf([
  String.raw`\b(?:a|the|this|its|their|her|his)\s+new(?:ly[-\s](?:formed|launched|established|created))?\s+(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,4}?group\b(?!\s+(?:of|therapy|psychotherapy|counsel|${SITE_THINGS})\b)`,
  String.raw`${NOT_ADVICE}\b(?:has|have|had)\s+(?:recently\s+|just\s+)?(?:started|launched|formed|set\s+up|founded|established|created|begun)\s+(?:the|a|an|her|his|their)\s+` +
    String.raw`(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,6}?group\b`,
  String.raw`\bgroup\s+(?:is|was|will\s+be|has\s+(?:just\s+|recently\s+)?been)\s+(?:being\s+)?(?:founded|launched|formed|set\s+up|started|established)\b`,
  String.raw`${NOT_ADVICE}\b(?:launches|launched|starts|started|opens|opened|forms|formed)\s+(?:a|an|its|their)\s+(?:new\s+)?` +
    String.raw`(?:${NOT_A_GROUP_WORD}[\w'’-]+\s+){0,4}?group\b`,
  // Told as it happens, the group under its own name: "Harbor Lane Counseling is launching STEADY: Adult ADHD Therapy Group for
  // Beginners", "the hospice is launching Open Hearts, a grief support group". (A word or more between, a name's colon, "&" or
  // comma among them, but no preposition: not "is opening up about her group" or "is forming a bond with the group"; nor "is
  // starting group therapy", one member beginning it.)
  String.raw`${NOT_ADVICE}\b(?:is|are)\s+(?:now\s+)?(?:launching|starting|opening|forming)\s+` +
    String.raw`(?:(?!(?:up|out|back|with|about|to|for|in|into|on|at|of|from|by|part)\b)${NOT_A_GROUP_WORD}[\w'’:&-]+,?\s+){1,6}?group\b` +
    String.raw`(?!\s+(?:of|therapy|psychotherapy|counsel\w*|sessions?|meetings?|leaders?|facilitators?|members?|rooms?|work|${SITE_THINGS})\b)`,
]);
// A cohort already under way, "the new group" named by a later day, week or session of its course: "Day three with the new group",
// "Week 4 of the new group", "our second session with the new group". A session's notes tell of it so; it is no news of a start.
// (Only after the first: "Week one of the new group begins on 3 March" still tells of one starting.)
const LATER_SESSION_OF =
  /\b(?:(?:day|week|session|meeting|class)\s+(?:[2-9]|1[0-9]|two|three|four|five|six|seven|eight|nine|ten)|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+(?:day|week|session|meeting|class))\s+(?:of|with|for|in)\s+$/i;
// A founding told with its year: "was founded in Leeds in 1981", "established on May 3, 1976", "In 1938, two members founded…".
// (Tested on a paragraph's text.)
const FOUNDING_YEAR =
  /\b(?:founded|established|formed|started|began|created)\b[^.!?]{0,60}?\b(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:1[89]\d\d|20[0-2]\d)\b|\b(?:[Ii]n|[Ss]ince)\s+(?:the\s+(?:early|late|mid)\s+)?(?:1[89]\d\d|20[0-2]\d)s?,?\s+(?:[^.!?]{0,60}?)\b(?:founded|established|formed|started)\b/;
const START_VERB_PAST = /\b(?:started|launched|formed|founded|opened|established|created)\b/i;
const HAS_STARTED = /\b(?:has|have|had)\s+(?:recently\s+|just\s+)?(?:started|launched|formed|founded|opened|established|created)\b/i;
const HAS_BEFORE = /\b(?:has|have|had)\s+(?:recently\s+|just\s+)?$/i;
/**
 * A group started long ago, told as history: a start in the simple past ("started a group for others", "formed a group"; not "has
 * started", not "a new group") in a paragraph that gives a founding year (FOUNDING_YEAR). No news of one new group starting.
 */
function foundingHistory(m: Match): boolean {
  return (
    START_VERB_PAST.test(m.text) &&
    !HAS_STARTED.test(m.text) &&
    !HAS_BEFORE.test(textBefore(m).slice(-30)) &&
    !/\bnew(?:ly)?\b/i.test(m.text) &&
    FOUNDING_YEAR.test(m.sentence.block.text)
  );
}
// A group spoken of as one the reader would be in: "the group", "group members", "after group on Tuesday".
const GROUP_REF = anyOf([
  String.raw`\b(?:the|this|our|your|each|every|a\s+new)\s+group\b(?!\s+(?:of\s+(?:companies|hospitals|practices)|therapy|psychotherapy|counsel))`,
  String.raw`\bgroup\s+(?:members?|sessions?|meetings?|participants?|leaders?|facilitators?|agreement|rules|norms|process)\b`,
  String.raw`\b(?:in|from|of|to|after|before|end\s+of|during)\s+group\b(?!\s+(?:therapy|psychotherapy|counsel|setting|settings|format|work|of)\b)`,
  // The writers calling themselves a group: "We are a group of people who hear voices", "we're a small group of parents".
  String.raw`\bwe(?:\s+are|['’]re)\s+(?:a|an)\s+(?:(?:small|friendly|informal|local|peer|volunteer)\s+)?group\s+of\b`,
]);
// A group spoken of by its capitalised name: "The Bereavement Group at the hospice aims to…", "the First Time Mums group".
const NAMED_GROUP_REF = /\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[Gg]roup|Circle|Caf[eé]|Club)(?![\p{L}\p{N}])/gu;
// Meetings of the page's own spoken of by their name, again and again: "Open Door meetings are not counselling", "Open Door meetings:
// frequently asked questions". (Two capitalised words at least, or one name in capitals, "PAWS meetings"; not a board's, a committee's,
// a school's or an annual general meeting.)
const NAMED_MEETINGS =
  /(?<![\p{L}\p{N}'’-])(?!(?:The|Our|This|These|Those|Your|Their|Its|All|Some|Many|Most|Monthly|Weekly|Annual|General|Board|Committee|Staff|Team|Council|Town|Public|Business|Trustees?|Management|Planning|Members?|Past|Upcoming|Future|Recent)\s)((?:\p{Lu}[\p{L}'’-]*\s+){2,3}|(?!(?:AGM|PTA|PTO|HOA|IEP|ARD|SEC|UN|EU)\s)\p{Lu}{2,6}\s+)(?:[Mm]eetings|[Gg]et-togethers|[Cc]offee\s+[Mm]ornings|[Dd]rop-[Ii]ns)(?![\p{L}\p{N}])/gu;
// A get-together of the page's own, defined at a sentence's start or after its name: "A monthly get-together for anyone affected by
// cancer", "Coffee & Company is a relaxed weekly morning for new parents".
const GATHERING_DEFINED =
  /\ban?\s+(?:[\p{L}-]+\s+){0,2}?(?:weekly|monthly|fortnightly|regular|twice-monthly|friendly|relaxed|informal)\s+(?:[\p{L}-]+\s+)?(?:get-together|meet-?up|morning|evening|afternoon|drop-in|gathering|caf[eé]|coffee\s+morning)s?\s+(?:for|where)\b/giu;
// The page's own gathering defined at a sentence's start by whom it is for: "This sitting evening is for people in any kind of
// recovery", "Our Thursday drop-in is open to anyone caring for a relative". (Counted only on a page whose meetings recur: a one-off
// evening of remembrance, "This evening is for anyone who has lost someone", is an event's. See ownMeetings.)
const GATHERING_FOR =
  /\b(?:this|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:get-together|meet-?up|morning|evening|afternoon|night|drop-in|gathering|caf[eé]|coffee\s+morning)\s+is\s+(?:open\s+to|for)\s+(?:people|anyone|everyone|those|adults|men|women|parents|mothers|fathers|mums|moms|dads|carers|caregivers|families|relatives|survivors|widows|widowers|veterans|students|teens|young\s+people)\b/giu;
// A chat that recurs, as a group's own gathering is named: "This is a monthly chat on the first Monday via Zoom", "A fortnightly chat
// for carers", "Coffee and chat every Tuesday in the library". (Only where it recurs: not "a quick chat with our nurse", "a friendly
// chat"; nor coffee and chat every morning, as a café serves it. See ownMeetings for whose it is.)
const RECURRING_CHAT = anyOf(
  [
    String.raw`\ban?\s+(?:[\p{L}-]+\s+){0,2}?(?:weekly|monthly|fortnightly|bi-?weekly|twice-monthly|regular)\s+(?:[\p{L}-]+\s+)?chat\s+(?:for|where|on|via|over|every|each)\b`,
    String.raw`\b(?:coffee|tea|cuppa|cake)\s+(?:and|&|n['’]?)\s+(?:a\s+)?chat\s+(?:(?:every|each)\s+(?:other\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|fortnight|month)\b|(?:weekly|fortnightly|monthly)\b|on\s+(?:the\s+(?:first|second|third|fourth|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)`,
  ],
  'giu',
);
// Groups its writers set up, in the first person, ending in a kind's name: "we establish peer-led support groups" (see OWN_GROUP).
const WE_SET_UP_KIND = /^we\s+(?:[\w'’&-]+\s+){1,6}?(?:(?:peer|mutual)[-\s]+(?:support|aid|help)|support|self[-\s]help|therapy)\s+(?:groups|circles)$/i;
// Money that is a donation's, not a fee: the donation just before it in the same clause ("a donation of $5 to $10", "donations toward
// our costs") or just after it ("a $5 suggested donation")…
const DONATION_BEFORE = new RegExp(String.raw`${DONATION}[^.;:,!?]{0,30}$`, 'i');
const DONATION_AFTER = new RegExp(String.raw`^[^.;:,!?]{0,25}?${DONATION}`, 'i');
// …unless the sentence says it must be given: "a donation of $5 is required", "a minimum donation of $10".
const DONATION_REQUIRED = /\b(?:requir(?:e|es|ed)|must|mandatory|compulsory|minimum|expected|due)\b/i;
// A chapter of the page's own, in its own voice, in the singular: "our local chapter", "our own chapter", "our chapter meets…". (Not
// a national body's "our chapters" or "your local chapter": see OUR_CHAPTERS, LOCAL_CHAPTER_OF.) Counted as a group of its own only
// with SELF_HELP_BODY on the page: a professional association or a club has local chapters too.
const OUR_OWN_CHAPTER = /\bour\s+(?:local|own)\s+chapter\b|\bour\s+chapter\s+(?:meets|meetings?|members|holds|hosts|gathers)\b/gi;
// A body that says it is one of self-help or mutual aid: "a national self-help, mutual assistance organisation", "a mutual aid
// network". (Not self-help as a topic: "self-help books", "self-help resources".)
const SELF_HELP_WORDS = String.raw`(?:self[-\s]help|mutual[-\s]+(?:assistance|aid|help|support)|peer[-\s]support)`;
const SELF_HELP_BODY = new RegExp(
  String.raw`\b${SELF_HELP_WORDS}(?:,?\s+(?:and\s+)?${SELF_HELP_WORDS})?\s+(?:organi[sz]ations?|groups?|networks?|societ(?:y|ies)|associations?|charit(?:y|ies)|fellowships?|movements?|bod(?:y|ies))\b`,
  'gi',
);
// Groups of the page's own, in the plural: "our groups", "these groups", "all of our groups", "the groups meet".
const OUR_GROUPS = /\b(?:our|these|all\s+(?:of\s+)?(?:our|the))\s+groups\b|\bthe\s+groups\s+(?:are|will|meet|run|start|begin|take)\b/gi;
// A class or programme that meets: "The class meets for six Saturdays", "the programme takes place every Tuesday".
const CLASS_MEETS = /\b(?:the|this|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:class(?:es)?|programmes?|programs?|course)\s+(?:meets?|runs?|is\s+held|takes\s+place)\b/giu;
// The shape of the page's own meetings: "The monthly meeting lasts about 90 minutes", "meetings run an hour".
const MEETING_SHAPE = anyOf([
  String.raw`\b(?:the|our|each)\s+(?:monthly|weekly|bi-?weekly|twice-monthly|fortnightly)\s+meetings?\s+(?:lasts?|runs?|begins?|starts?|is\s+held)\b`,
  String.raw`\bmeetings?\s+(?:last|lasts|run|runs)\s+(?:for\s+)?(?:about\s+|around\s+|approximately\s+)?(?:an?\s+hour|\d{2,3}\s+minutes|\d(?:\.\d)?\s+hours?)\b`,
  // Who runs the regular meeting: "The monthly sharing meeting is facilitated by a grieving parent".
  String.raw`\b(?:the|our|each)\s+(?:monthly|weekly|bi-?weekly|twice-monthly|fortnightly)\s+(?:[\w-]+\s+)?meetings?\s+(?:is|are)\s+(?:facilitated|led|hosted|run|chaired|co-?facilitated)\s+by\b`,
]);
// A report of one group's meetings, in the third person, with the place or time in the same sentence: "they meet at Kingdon
// House on the first Saturday of every month, between 3.30pm and 5.30pm".
const MEETS_AT = anyOf([
  String.raw`\b(?:they|members|the\s+group)\s+(?:will\s+)?meets?\s+(?:at|in|on|every|each|monthly|weekly|twice)\b[^.;!?]{0,80}?(?:${CLOCK}|${MEETING_DAY})`,
  // Those the group is for, meeting at a set time: "Kids who have had a parent die meet every other Thursday, 6:30 to 8:15 p.m.",
  // "Bereaved parents meet on the second Monday at 7 pm".
  String.raw`\b(?:kids|children|teens|parents|caregivers|carers|families|widows|widowers|survivors|veterans|women|men|mothers|fathers|moms|dads)\b[^.;!?]{0,60}?\b(?:meet|gather|get\s+together|come\s+together)\s+(?:at|in|on|every|each|monthly|weekly|twice|the)\b[^.;!?]{0,80}?(?:${CLOCK})`,
  // A chapter's or a group's schedule, reported: "will hold its next monthly meeting Sunday, Nov. 15, at 2 p.m.", "Meetings will be
  // held the third Sunday of every month" (not "many meetings are held on…", said of meetings in general).
  String.raw`\bwill\s+hold\s+its\s+(?:next\s+|first\s+)?(?:monthly\s+|weekly\s+|regular\s+)?meeting\b[^.;!?]{0,60}?(?:${CLOCK}|${MEETING_DAY})|(?<!\b(?:many|most|some|such|other|these|those|all)\s)\bmeetings\s+will\s+be\s+held\s+(?:on\s+)?(?:the|every|each)\b[^.;!?]{0,60}?(?:${CLOCK}|${MEETING_DAY}|month|week)`,
]);
// The page's own people meeting on a day of their own that recurs, told plainly with no word "group": "On the second Sunday of every
// month, mothers of young people in prison meet for lunch and support each other", "we plan to meet for coffee once a month". (Counted
// only with a recurring day in the sentence, see RECURRING_IN, and not hedged or said of many places, see PEOPLE_MEET_HEDGED and
// PLACES_IN_GENERAL: "In many towns, mothers … meet every month" is such circles in general. Nor in the past, "gathered", "met": a
// story's.) (Not those who meet another, "parents meet with the key worker each month", nor meeting a need.)
const PEOPLE_MEET =
  /\b(?:we|mothers|fathers|parents|mums|moms|dads|grandmothers|grandparents|widows|widowers|women|men|carers|caregivers|families|survivors|veterans|siblings|ladies|members)\b(?:\s+(?!(?:who|that|which|whose|can|could|may|might|should|must|would|to|often|usually|sometimes|typically|generally|used)\b)[\w'’-]+){0,8}?\s+(?:(?:will|also|now|still|regularly)\s+|(?:are\s+)?plan(?:ning)?\s+to\s+)?(?:meet|gather|get\s+together|come\s+together)\b(?!\s+(?:(?:the|their|your|its)\s+)?needs?\b|\s+with\s+(?:the|your|a|an|their|his|her|our)\b)/gi;
const RECURRING_IN = new RegExp(RECURRING.source, 'i');
// Hedges before the meeting or among the people, as of such gatherings in general: "many", "some", "often", "such", "may".
const PEOPLE_MEET_HEDGED = /\b(?:many|some|most|often|usually|typically|sometimes|generally|may|might|can|could|should|tend\s+to|such|other)\b/i;
// Many places, as of such gatherings in general: "across the country", "nationwide", "all over the world".
const PLACES_IN_GENERAL =
  /\b(?:across|around|throughout|all\s+over)\s+(?:the\s+)?(?:country|nation|world|globe|region|state|uk|us)\b|\bnationwide\b|\bworldwide\b/i;
// Who a group is for, as people who join it: "opens to new participants", "members share".
const GROUP_MEMBERSHIP = /\b(?:participants|members)\b/gi;
// Words of care: what a group for help with a life difficulty talks about.
const CARE = anyOf([
  String.raw`\b(?:grie(?:f|ving)|bereave\w*|loss|mourning|cop(?:e|ing)|recovery|sobriety|addiction|illness|diagnos[ie]s|anxiety|depression|trauma|emotions?|carers?` +
    String.raw`|feelings|healing|caregiv\w*|mental\s+health|well-?being|stress|symptoms?|skills|confidential\w*|hear(?:s|ing)?\s+voices|psychosis|bipolar|dementia` +
    String.raw`|cancer|autism|disabilit(?:y|ies)|chronic\s+(?:pain|illness))\b`,
  // What members bring to one another: "a warm, supportive environment", "share experiences, concerns and successes".
  String.raw`\b(?:supportive|encouragement|isolat(?:ed|ion)|lonel(?:y|iness)|struggles|(?:share|sharing)\s+(?:their\s+|your\s+|our\s+)?(?:experiences|concerns|stories))\b`,
]);
// Groups that are not about care: work, study and hobby groups, and a body's meetings with the public.
const OTHER_KINDS_OF_GROUP = [
  // (And a body's committees: "the Carers Reference Group meets every eight weeks to consider quality", "Trust governance groups".)
  String.raw`\b(?:working|user|focus|study|reading|writing|interest|steering|advisory|project|play|task|product|design|running|walking|hiking|knitting|book` +
    String.raw`|reference|governance|oversight|liaison` +
    String.raw`|chess)\s*groups?\b`,
  String.raw`\b(?:book|reading|writing|running|walking|hiking|knitting|chess|garden(?:ing)?)\s+clubs?\b`,
  String.raw`\bcircle\s*ci\b`,
  // A council's or an agency's meetings with the public: "public input meetings on a planned recovery hub", "public hearings".
  String.raw`\bpublic\s+(?:input\s+|information\s+|consultation\s+|planning\s+|comment\s+)?(?:meetings?|hearings?|consultations?)\b`,
  // (Or the community's: "community input meetings about services", "community listening sessions", "community feedback forums".)
  String.raw`\bcommunity\s+(?:input|consultation|listening|feedback|engagement|needs\s+assessment)\s+(?:meetings?|sessions?|forums?|hearings?)\b`,
];
// The same groups, or words of work and software about a group ("group project", "group chat", a job's "group lead", an app's
// "Group settings"): a page with any of them is not read as a group of care on the patterns alone.
const NOT_A_CARE_GROUP = anyOf([
  ...OTHER_KINDS_OF_GROUP,
  // (A job's "group lead", not "a discussion group lead by a therapist", a slip for "led by".)
  // ("Group settings" of an app, not treatment "used individually and in group settings".)
  String.raw`\bgroup\s+(?:project|chat|policy|leads?(?!\s+by\b))\b|(?<!\b(?:in|and|or|within|small|virtual|clinical)\s+(?:a\s+)?)\bgroup\s+settings\b`,
]);
// Only what the groups are: the page model may still take in a circle of its own that has a "private group chat".
const OTHER_KIND_OF_GROUP = anyOf(OTHER_KINDS_OF_GROUP);

const NOT_A_CARE_IN = new RegExp(NOT_A_CARE_GROUP.source, 'i');
// A pastime's word for one group, "walking group", "knitting group": on a page whose group is named for a life difficulty ("a
// bereavement group", "Walking Through Grief Group"), said of the one group ("the walking group", "our knitting group", "a grief
// walking group"; see ONE_GROUP_BEFORE), it is the form that group takes, not a group of another kind. (Not in the plural, "art and
// book groups", as a centre lists its other groups; nor a bare timetable label, "Knitting Group 2pm"; nor a club.)
const FORM_OF_THE_GROUP = /^(?:walking|hiking|running|knitting|book|reading|writing|gardening)\s*group$/i;
const ONE_GROUP_BEFORE = /\b(?:the|our|this|its|a|an)\s+(?:[\w'’-]+\s+){0,2}$/i;
// A pastime's group or club (of OTHER_KINDS_OF_GROUP): not a work group, a body's, a play group or a study group.
const PASTIME_GROUP = /^(?:book|reading|writing|running|walking|hiking|knitting|chess|garden(?:ing)?)\s*(?:groups?|clubs?)$/i;
// The page's own groups said to be for people with a condition: "The groups are for people with aphasia", "our clubs for adults
// living with dementia", "these groups for those recovering from a stroke". A pastime's group among them, "Book Club: members
// read…", is one of those groups, not a group of another kind. (Not "for people with a love of stories": no condition.)
const CONDITION = String.raw`(?:aphasia|dysphasia|stroke|dementia|alzheimer['’]?s|parkinson['’]?s|multiple\s+sclerosis|motor\s+neurone?\s+disease|huntington['’]?s|(?:acquired\s+)?brain\s+injur(?:y|ies)|head\s+injur(?:y|ies)|memory\s+(?:loss|problems)|sight\s+loss|hearing\s+loss|deafness|blindness|cancer|autism|learning\s+disabilit(?:y|ies)|(?:physical\s+)?disabilit(?:y|ies)|chronic\s+(?:pain|illness|fatigue)|long[-\s]term\s+(?:health\s+)?conditions|mental\s+(?:health\s+(?:problems|conditions|difficulties|issues)|illness)|depression|anxiety|bipolar(?:\s+disorder)?|psychosis|schizophrenia|eating\s+disorders?|epilepsy|diabetes|arthritis|fibromyalgia|COPD|lung\s+(?:disease|conditions)|heart\s+(?:disease|conditions|failure)|long\s+covid|addictions?|HIV|lupus|ME\/CFS)`;
const GROUPS_FOR_CONDITION = new RegExp(
  String.raw`\b(?:the|our|these|this|its|each)\s+(?:[\w'’-]+\s+){0,3}?(?:groups?|clubs?|circles?)\b[^.;!?\n]{0,40}?\bfor\s+(?:(?:local|young|older)\s+)?(?:people|adults|individuals|those|anyone|men|women|survivors|members)\s+` +
    String.raw`(?:(?:who\s+are\s+)?living\s+with|with|affected\s+by|who\s+have(?:\s+had)?|recovering\s+from)\s+(?:an?\s+)?${CONDITION}\b`,
  'gi',
);

// A drop-in or a club of the page's own, which meets as a group does: "Our drop-in program gives…", "The drop-in meets every
// Wednesday", "Drop-in sessions are held on Mondays", "our Saturday club meets at the scout hut". (Not a service's "drop-in
// clinic" or "drop-in centre"; a club only as it meets.)
const MEETS_AS_A_GROUP = String.raw`\s+(?:(?:will|also|now|usually|still)\s+)?(?:meets?|gathers?|gets?\s+together|comes?\s+together|(?:is|are)\s+held|takes?\s+place|runs?\s+(?:every|each|on|weekly|fortnightly|monthly|twice|once))\b`;
// A club by its own capitalised name, perhaps with its town after it, whose meetings recur: "Chat Club Harwick will be held weekly",
// "Harwick Men's Club meets every Tuesday". (Case-sensitive: a name, and a schedule after the verb.)
const NAMED_CLUB_MEETS =
  /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]*\s+){1,3}Club(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:(?:will|also|now|usually|still)\s+)?(?:meets?|gathers?|(?:is|are|will\s+be)\s+held|takes?\s+place|runs?)\s+(?:every|each|on|weekly|fortnightly|monthly|twice|once)\b/gu;
const OWN_DROP_IN_OR_CLUB = anyOf([
  String.raw`\b(?:our|this)\s+(?:[\w'’-]+\s+){0,3}?drop-ins?\b(?!-|\s+(?:cent(?:re|er)s?|clinics?|services?|hours|appointments?|vaccinations?|testing)\b)`,
  String.raw`\bdrop-ins?(?:\s+(?:programmes?|programs?|sessions?|groups?|meetings?|mornings?|afternoons?|evenings?|nights?|caf[eé]s?))?${MEETS_AS_A_GROUP}`,
  // Defined as one: "Harbour Lights is a free drop-in for young people".
  String.raw`\b(?:is|are)\s+an?\s+(?:[\w'’-]+\s+){0,3}?drop-in\s+(?:for|where)\b`,
  String.raw`\b(?:the|our|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?club${MEETS_AS_A_GROUP}`,
]);
// Members giving one another support, or peers who do: "supportive peers", "we lean on one another", "peer support", "mutual
// support", "help one another through rough patches".
const PEER_GIVING = [
  // Support that goes both ways among the members: "to share in giving and receiving support", "we give and get support".
  String.raw`\b(?:giv(?:e|es|ing)|offer(?:s|ing)?)\s+and\s+(?:receiv(?:e|es|ing)|get(?:s|ting)?)\s+(?:mutual\s+|emotional\s+|peer\s+)?support\b`,
  String.raw`\b(?:peer|mutual)[-\s]+support\b`,
  String.raw`\bsupportive\s+(?:and\s+[\w-]+\s+|[\w-]+\s+)?(?:peers?|fellow\s+[\w-]+)\b`,
  String.raw`\b(?:support|supports|supporting|encourage|encourages|encouraging|lean\s+on|(?:are|is)\s+there\s+for)\s+(?:each\s+other|one\s+another)\b`,
  String.raw`\b(?:help|helps|helping|get|gets|getting)\s+(?:each\s+other|one\s+another)\s+through\b`,
  String.raw`\b(?:offer|offers|offering|give|gives|giving)\s+(?:each\s+other|one\s+another)\s+(?:support|encouragement)\b`,
];
// Members helping one another with anything: "members help one another", "we look out for each other" (a club's members help one
// another with woodwork too).
const PEERS_HELPING = String.raw`\b(?:help|helps|helping|look\s+out\s+for)\s+(?:each\s+other|one\s+another)\b`;
// Members talking, listening and keeping company with one another: "the men talk to each other about what is going on", "we listen
// and are listened to", "we walk with each other through whatever comes up", "we come together as a community to speak our losses".
// Words of CARE that speak of the group's own way of working ("sharing", "supportive", "skills", "confidential"), and those a
// hobby's group promises as well ("well-being", "stress"): neither names a difficulty (see supportFlavoured).
const CARE_OF_THE_GROUP = /^(?:shar|supportive|skills|confidential)/i;
const CARE_A_HOBBY_OFFERS = /^(?:well|stress)/i;
// A sign of peers, and of support only beside a word of care (see supportFlavoured): a Rotary club's members "talk to each other
// about local projects" too. (Not talking with someone else, "come together to talk with a counsellor", nor sharing a meal or news.)
const PEER_TALK_SOURCES = [
  String.raw`\b(?:talk|talks|talking|speak|speaks|speaking|open(?:s|ing)?\s+up)\s+(?:(?:openly|honestly|freely)\s+)?(?:to|with)\s+(?:each\s+other|one\s+another)\b`,
  String.raw`\b(?:walk|walks|walking)\s+(?:with|alongside|beside)\s+(?:each\s+other|one\s+another)\b`,
  String.raw`\blisten(?:s|ing)?\s+(?:to\s+(?:each\s+other|one\s+another)\b|and\s+(?:(?:be|are|is|being)\s+)?listened\s+to\b)`,
  // (Of their own lives: "to speak our losses", "to talk about how they are doing", "to share their stories"; not "to share the joy of
  // music", "to talk about the plans for the road", "to talk with a counsellor".)
  String.raw`\b(?:come|comes|coming|gather|gathers|gathering)\s+together\s+(?:as\s+(?:an?\s+)?[\w'’-]+\s+)?to\s+(?:share|speak|talk|tell)` +
    String.raw`(?:\s+(?:openly\s+|honestly\s+)?(?:about|of)\b)?(?:\s+(?:our|their|your|his|her|what|how|stories|experiences|memories|feelings)\b|\s*(?:[,.;:!?]|$|and\b))`,
];
const PEER_TALK = anyOf(PEER_TALK_SOURCES);
const PEER_FLAVOUR = anyOf([...PEER_GIVING, PEERS_HELPING, ...PEER_TALK_SOURCES]);
// Support as what a group gives its members, in words other than a kind's name: the above, "a place for friendship and support",
// "emotional support". (Not "technical support", "the support and understanding of the parish".)
const SUPPORT_FLAVOUR = anyOf([
  ...PEER_GIVING,
  String.raw`\b(?:emotional|moral)\s+support\b`,
  String.raw`\b(?:friendship|companionship|fellowship|encouragement|understanding|comfort|company)(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)(?:mutual\s+|emotional\s+)?support\b`,
  String.raw`\bsupport(?<!\b(?:the|their|its)\s+support)(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)(?:friendship|companionship|fellowship|encouragement|understanding|comfort|company)\b`,
]);
// The same said more plainly, which a club for a pastime or a skill says too ("members help one another with code", "swap stories",
// "offers support with job applications"): support only beside a word of care.
const SUPPORT_FLAVOUR_PLAIN = anyOf([
  PEERS_HELPING,
  String.raw`\b(?:share|shares|sharing|swap|swaps|swapping|exchange|exchanges|exchanging)\s+(?:(?:their|your|our|his|her|personal|own|lived)\s+){0,2}(?:experiences?|stories)\b`,
  String.raw`\b(?:offers?|offering|gives?|giving|provides?|providing|finds?|finding|receives?|receiving)\s+(?:(?!(?:the|our|their|its|financial|technical|tech|legal|customer|product)\b)[\w'’-]+\s+){0,3}?support\b` +
    String.raw`(?!\s+(?:from\b|(?:for|to)\s+(?:the|our|their|its|local)\s+(?:club|team|school|charity|campaign|project|events?|fundraiser)\b))`,
  String.raw`\b(?:place|space|somewhere)\s+(?:[\w'’-]+\s+){0,3}?(?:for|to\s+(?:find|get))\s+support\b`,
]);
// A sport by its bare name is the group's own pastime only where it is named twice, in a heading, or beside the words of a group or a
// game in its paragraph (read a few hundred characters either side): "Our club meets on Sundays… rugby". Named once in passing, "men
// are raised on the rugby pitch, in the office or on the road", it is no pastime of the group (see supportFlavoured).
const SPORT = /\b(?:football|soccer|rugby|cricket|netball|basketball|hockey|baseball|softball|volleyball|five-a-side|athletics)\b/gi;
const SPORT_OF_GROUP =
  /\b(?:groups?|clubs?|teams?|members?|meets?|meetings?|sessions?|leagues?|class(?:es)?|join|players?|squads?|play|plays|playing|matches|training)\b/i;
function sportOfGroup(model: DocumentModel): boolean {
  const named = model.affirmed(SPORT);
  return (
    named.length >= 2 ||
    named.some(
      (m) =>
        m.block === model.title ||
        m.block.type === 'heading' ||
        SPORT_OF_GROUP.test(
          `${m.block.text.slice(Math.max(0, m.index - 400), m.index)} ${m.block.text.slice(m.index + m.text.length, m.index + m.text.length + 400)}`,
        ),
    )
  );
}
// A pastime, a class, work or worship: a club or group for one offers support too ("the players support one another", "a friendly,
// supportive class"), and it is no group of care. (A sport's bare name: see SPORT.)
const PASTIME = anyOf([
  String.raw`\b(?:fixtures|tournaments?|players|(?:our|the|head|team)\s+coach(?:es)?|training\s+nights?|match\s+days?|league\s+(?:games?|matches|fixtures|tables?|standings|nights?|seasons?)|(?:sunday|football|soccer|darts|pool|bowling|cricket|netball|rugby|basketball|hockey|softball|baseball)\s+leagues?)\b`,
  String.raw`\b(?:board|card|video|tabletop)\s+games?\b|\bgames?\s+(?:nights?|evenings?|afternoons?|clubs?|caf[eé]s?)${WORD_END}`,
  String.raw`\b(?:walking|hiking|running|cycling|swimming|yoga|pilates|knitting|craft|crafts|sewing|quilting|photography|painting|pottery|gardening|singing` +
    String.raw`|dance|dancing|chess|bridge|quiz|book|reading|writing|film|cooking|baking|sports?)\s+(?:clubs?|groups?|class(?:es)?|sessions?|nights?|teams?|meet-?ups?)\b`,
  String.raw`\b(?:the|our|this)\s+(?:[\w'’-]+\s+){0,2}?(?:class(?:es)?|course|lessons?)\s+(?:meets?|runs?|(?:is|are)\s+(?:held|taught)|takes?\s+place)\b`,
  String.raw`\b(?:networking|research\s+(?:group|team|project)s?|bible\s+study|prayer\s+(?:groups?|meetings?)|home\s+groups?|worship)\b`,
]);
// A group that meets to pray, worship or study scripture: "the Prayer Group", "our rosary group", "a Bible study", "the weekly prayer
// meeting", "we gather on Wednesdays to pray the Rosary", "meets every Tuesday … for an hour of prayer". On a page with no word of
// support, care or therapy it is a church's group of another kind, as a book club is (see worshipOnly in inferKind). (Not a room
// "used for worship" that some group meets in.)
const WORSHIP = anyOf([
  String.raw`\b(?:prayer|rosary|bible|scripture|praise|worship|intercessory|intercession|devotional|novena|adoration)\s+(?:study\s+)?` +
    String.raw`(?:groups?|meetings?|circles?|ministr(?:y|ies)|fellowships?)\b`,
  String.raw`\b(?:bible|scripture|gospel)\s+stud(?:y|ies)\b|\blectio\s+divina\b`,
  String.raw`\b(?:pray|prays|praying|recite|recites|reciting|say|says|saying)\s+the\s+(?:holy\s+)?rosary\b`,
  String.raw`\b(?:meets?|gathers?|(?:comes?|gets?)\s+together)\b[^.;!?]{0,120}?(?<!\b(?:used|aside|reserved|place|space|room|hall|house|building)\s)\b(?:to|for)\s+` +
    String.raw`(?:(?:an?\s+)?(?:hour|evening|morning|afternoon|night|time)\s+of\s+)?` +
    String.raw`(?:pray|prayer|worship|praise|adoration|the\s+rosary|(?:study|read)\s+(?:the\s+)?(?:bible|scriptures?|gospels?))\b`,
]);
// Words of support given to members, beside those of SUPPORT_FLAVOUR: "spiritual support", "a supportive community", "pastoral care".
const SUPPORT_GIVEN =
  /\b(?:emotional|moral|spiritual|pastoral|mutual|peer|practical)\s+(?:support|care)\b|\bsupportive\b|\b(?:care|comfort)\s+(?:and|&)\s+support\b|\bsupport\s+(?:and|&)\s+(?:care|comfort)\b/gi;
// (Also the programme brands that run as fellowships do, in meetings or classes held by local hosts: Recovery Dharma, Refuge Recovery,
// DivorceCare, GriefShare.)
const FELLOWSHIP_NAME =
  /\banon\b|anonymous|\b(?:12|twelve)[-\s]step|al-?anon|alateen|nar-?anon|smart\s+recovery|celebrate\s+recovery|recovery\s+dharma|refuge\s+recovery|\bdivorce\s*care\b|\bgrief\s*share\b/i;
// A fellowship's initials in brackets, as a meeting's name carries them; written as the fellowships write them (not "(CA)" or
// "(GA)", which name states).
const FELLOWSHIP_IN_BRACKETS = /\((?:AA|Al-Anon|Alateen|Nar-Anon|CoDA|SLAA)\)/g;
// Words before a fellowship's name that point readers to it rather than name the page's own meetings. (Or name it as the pattern
// of something else: "help modeled after the principles of Alcoholics Anonymous", "Patterned after AA", "often compared with
// Alcoholics Anonymous", "the Twelve Steps of AA".)
const POINTED_TO =
  /\b(?:(?:patterned|modell?ed|based|built|fashioned)\s+(?:after|on|upon)|similar(?:ly)?\s+to|compared\s+(?:with|to)|adapted\s+from|(?:principles|steps|traditions|model|example|format)\s+(?:of|used\s+by|developed\s+by|popularized\s+by)|information\s+(?:about|on)|info\s+(?:about|on)|attendance\s+(?:at|of)|attend(?:ing)?|referrals?\s+to|refer(?:red|s)?\s+(?:you\s+)?to|introduc\w+\s+(?:\w+\s+){0,3}to|encourag\w+\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:attend|join|try)|recommend\w*|such\s+as|including|e\.g\.|like)\s+(?:(?:an?|the|local|nearby|other)\s+)?(?:[\w'’-]+\s+){0,4}$/i;
// An online community's rules, and the words of one: its own community or forum, its members and moderators, and peers who
// help one another.
const ONLINE_PEER_COMMUNITY = 'it sets out the rules of its own online peer community';
const COMMUNITY_RULES_HEAD =
  /\b(?:community|forum|forums|chat\s*room|chatroom|message\s+board|discussion\s+boards?)\s+(?:guidelines|rules|etiquette|standards|agreement|code\s+of\s+conduct)\b|\bhouse\s+rules\b/i;
const OWN_COMMUNITY = /\b(?:our|this)\s+(?:[\w'’-]+\s+){0,2}?(?:community|forums?|chat\s*room|chatroom|discussion\s+boards?|message\s+boards?)\b/gi;
const COMMUNITY_MEMBERS = /\b(?:members?|moderat(?:ors?|ed|ion|ing)|posts?|posting)\b/gi;
const ONE_ANOTHER =
  /\b(?:peer[-\s]+support|mutual\s+support|support(?:ing)?\s+(?:each\s+other|one\s+another)|supportive|(?:help|helping)\s+(?:each\s+other|one\s+another)|connect\s+with\s+other|shar(?:e|ing)\s+(?:your\s+|their\s+|personal\s+)?experiences?)\b/gi;
// A self-statement hedged as what such groups tend to be: "These are often for practicing therapy".
const HEDGED = /\b(?:often|usually|typically|sometimes|generally|may|might|can|could|tend\s+to)\b/i;
// Nor is one said of something in general: "This is where a robust group therapy consent form becomes essential" (or "is exactly
// where", "is just why": an adverb between), "The cornerstone of
// any treatment plan is psychotherapy", "The DBT process is comprised of group therapy".
// Nor a leader's training: "The art therapist is trained in psychotherapy", "our facilitators are qualified in group counselling";
// nor what a piece of writing is for: "The purpose of this article is to show the importance that group therapy…";
// nor a claim that opens a clause of its own, "The fact is that group therapy can help", "the good news is that therapy groups work".
const GENERAL_SELF =
  /\b(?:is|are)\s+(?:(?:exactly|precisely|just|also|partly|largely|really|perhaps|probably|often|usually|typically|generally|simply)\s+)?(?:where|when|why|how|what)\b|\bany\b|^the\s+(?:[\w-]+\s+)?(?:process|model|approach|method|framework)\s+(?:is|are)\s+(?:comprised|composed|made\s+up)\b|\b(?:is|are)\s+(?:(?:fully|highly|specially|professionally)\s+)?(?:trained|qualified|certified|accredited|registered|experienced|skilled|specialising|specializing)\s+(?:in|as)\b|\b(?:purpose|aim|goal|objective|focus)\s+of\s+this\s+(?:article|paper|chapter|study|review|essay|post)\b|\b(?:is|are)\s+that\s/i;

// Nor the kind named as the object of a preposition, "It is all right to say little in group therapy", "it is normal to feel shy
// during group therapy": what one does in such groups, not what the page is. ("Of" still names it after a kind, a number or a course of,
// "This is a form of group therapy", "we run a small number of therapy groups", "a programme of group therapy held on Tuesdays",
// "ten weeks of group therapy".)
const NAME_AFTER_PREPOSITION =
  /\b(?:in|into|to|for|about|from|with|through|during|after|before|than|(?<!\b(?:forms?|kinds?|types?|sorts?|parts?|modes?|styles?|number|range|variety|series|couple|set|mix|selection|host|lots?|menu|choice|programmes?|programs?|courses?|blocks?|cycles?|rounds?|weeks|months|hours|sessions)\s)of)\s+(?:(?:a|an|the|your|their|some)\s+)?(?:[\w'’-]+\s+)?(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+groups?|group\s+counsel+ing)\s*$/i;
// Nor the kind as the subject of a clause of its own after a comma, "Unlike private counselling, where the focus is one client, group
// therapy gives…": the "is" before the comma says nothing of the page. (See NEW_CLAUSE_AFTER: the words just after the name.)
const NEW_CLAUSE_AFTER =
  /^\s+(?:is|are|was|were|provides?|offers?|allows?|gives?|helps?|involves?|can|may|might|will|has|have|lets?|creates?|brings?|works?|focuses|consists?|includes?)\b/i;

/** A method's group counts only with its initials in capitals, and a group word near them (see formatNamesGroup). */
const writtenAsAcronym = (m: Match): boolean => formatInCapitals(m.text) && formatNamesGroup(m);

const isTitle = (model: DocumentModel) => (b: { type: string }) => b === model.title;
// "This group was mostly retired teachers" after the writer's own visit to a group ("my sister took me to a grief support group",
// "I went to a carers' meeting") is the group visited, told in the past: not the page's own. (Not its history, "This group was
// started in 2010", nor the present, "This group meets every Monday".)
const TOLD_AS_VISITED =
  /^\s+(?:was|were|had|wasn't|weren't|hadn't|felt|seemed|looked)\b(?!\s+(?:(?:first|originally|only|just|officially)\s+)?(?:started|founded|formed|born|set\s+up|created|established|launched|begun|organi[sz]ed|renamed|registered|incorporated)\b)/i;

// Starting a group as advice to the reader, not the page's own news: "starting a support group yourself is easier than…",
// "Tips for starting a group: forming a support group takes…". (Not "I'm starting a support group in Halden".)
const START_VERB = /^(?:start|starting|form|forming|organi[sz]e|organi[sz]ing|launch|launching|begin|beginning)\b/i;
const YOURSELF_AFTER = /^\s*(?:yourself|on\s+your\s+own)\b/i;
const ADVICE_LEAD_BEFORE = /^[\W_]*$|[:;]\s*$|\b(?:how\s+to|tips\s+(?:for|on)|steps\s+(?:to|for))\s+$/i;
const JUDGED_AFTER = /^\s*(?:[\w'’-]+\s+){0,3}?(?:is|isn['’]t|can\s+be|takes|requires|needs)\b/i;
// (Or told to the reader, an imperative opening its sentence: "Start a grief support group for students who…". Not the gerund, "Starting
// a new group in March…", nor a heading in capitals.)
const IMPERATIVE_START = /^(?:Start|Form|Launch|Begin|Organi[sz]e)\s/;
const startAsAdvice = (m: Match): boolean =>
  START_VERB.test(m.text) &&
  (YOURSELF_AFTER.test(textAfter(m)) ||
    (ADVICE_LEAD_BEFORE.test(textBefore(m)) && JUDGED_AFTER.test(textAfter(m))) ||
    (IMPERATIVE_START.test(m.text) && /^[\W_]*$/.test(textBefore(m))));

/** Is a quotation left open at the end of `before` (more “ than ”, or an odd number of straight quotes)? */
function quotationOpenAt(before: string): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 0x22) straight++;
  }
  return curly > 0 || straight % 2 === 1;
}
/** Is the match inside an open quotation in its paragraph? */
function insideQuotation(m: Match): boolean {
  return quotationOpenAt(m.sentence.block.text.slice(0, m.index));
}

/**
 * Is the match inside a quotation opened on its own line? (A news story's paragraph run together over several lines may open a
 * quotation that a later line, in the reporter's voice again, never closes: '"We just have a good time.' then 'Anyone who… can ring
 * Pat'.)
 */
function quotedOnItsLine(m: Match): boolean {
  const before = m.sentence.block.text.slice(0, m.index);
  return quotationOpenAt(before.slice(before.lastIndexOf('\n') + 1));
}
/** Is the match said of now: not told in the past, not inside a quotation, not a post's stamp? */
function saidNow(m: Match): boolean {
  return !toldInPast(m) && !insideQuotation(m) && !onPostStamp(m);
}
/**
 * Its group's next meeting on a date, its meetings' day and place as a notice gives them, its first or next meeting or its start
 * told with a date ("will hold its first meeting … on April 8", "Beginning on March 3rd, the centre will host…"), or readers
 * invited to its own meetings (see MEETS_ON_A_DATE, MEETING_NOTICE, datedOwnMeetings).
 */
function datedOrInvitedOf(model: DocumentModel): boolean {
  return (
    model.affirmed(MEETS_ON_A_DATE).length > 0 ||
    model.affirmed(MEETING_NOTICE).length > 0 ||
    model.affirmed(INVITED_TO_OUR_MEETINGS).length > 0 ||
    datedOwnMeetings(model).length > 0
  );
}
/**
 * Does the page give a way in a reader can use now: an invitation, groups meeting now, a dated meeting or readers invited to its
 * meetings, a number or address to write to, a day, time or sign-up, the providers' voice, "our meetings take place…"? None of them
 * told in the past, inside a quotation or a post's stamp, and no clock time that is a moment in a story (see oddMinute).
 */
function wayInNowOf(model: DocumentModel, bareMeeting = true): boolean {
  const now = (ms: Match[]) => ms.some((m) => saidNow(m) && !oddMinute(m));
  return (
    now(model.find(PRESENT_INVITATION)) ||
    now(model.find(GROUPS_NOW)) ||
    datedOrInvitedOf(model) ||
    now(model.find(WAY_TO_COME).filter((m) => bareMeeting || !/^(?:meets|gathers)$/i.test(m.text))) ||
    now(model.find(SPECIFIC_LOGISTICS)) ||
    now(model.find(PROVIDER_VOICE)) ||
    now(model.affirmed(OWN_VOICE_MEETINGS))
  );
}
/**
 * Does the page offer its groups now: they meet ("Groups meet for 24 hours in all"), readers are invited or sign up, they have a day
 * or a time, a dated meeting, or a first step in (an intake)? None told in the past or inside a quotation. (A programme's news
 * telling what it has done gives none of them. Read only for a page that names "treatment groups".)
 */
function offersGroupsNow(model: DocumentModel): boolean {
  const now = (ms: Match[]) => ms.some((m) => m.stance !== 'negated' && m.stance !== 'question' && saidNow(m) && !oddMinute(m));
  return (
    now(model.find(GROUPS_NOW)) ||
    now(model.find(PRESENT_INVITATION)) ||
    now(model.find(SPECIFIC_LOGISTICS)) ||
    now(model.find(INTAKE_STEP)) ||
    datedOrInvitedOf(model)
  );
}
const INTAKE_STEP = /\bintake\b/gi;
// An intake as a step the reader takes ("completes an intake", "an intake appointment"), not what one takes in ("caffeine intake").
const INTAKE_AS_STEP = /\b(?:an|the|your|our)\s+intake\b|\bintake\s+(?:meeting|interview|appointment|assessment|session|form|call)s?\b/gi;
// An own group's match that opens with a past occasion: "held its inaugural meeting", "hosted their annual group".
const PAST_OCCASION = /^(?:hosted|held|ran)\b/i;
// Just before "our … groups": "one of", "many of", "none of".
const SOME_OF_BEFORE = /\b(?:one|many|some|several|most|none)\s+of\s+$/i;
// An invitation earlier in the sentence: "come along to any of", "join one of".
const INVITED_BEFORE = /\b(?:come|join|attend|visit|welcome|try|drop\s+in|go\s+along)\b[^.!?]*$/i;
// Anyone at all just before "starting a group", "joining a group": "a client starting a group often keeps…", "people joining a group
// may…". A member beginning one, said of anyone: no group of the page's own.
const GENERIC_PERSON_BEFORE =
  /\b(?:an?|any|every|each|the\s+typical)\s+(?:person|client|patient|member|newcomer|participant|individual|adult|one)\s+$|\b(?:someone|anyone|people|clients|patients|members|newcomers|participants|individuals)\s+$/i;
/** The page's own groups (see ownGroupsSaid), less "this group was…" after a visit the writer tells of, starting one as advice, and
 * one inside a reported quotation. */
// A flyer's fields for its group's time and place, each opening a line with its label and a value after it: "When: 1 hour, once a
// week", "Where: the Oak Room (online)". (Read on the page's blocks, outside code; not a question, "When?", nor a label with nothing
// after it.)
const WHEN_FIELD = /(?:^|\n)[\t ]*(?:[-*•·]\s*)?(?:\*\*)?when(?:\*\*)?\s*:(?:\*\*)?[\t ]*[\p{L}\p{N}]/iu;
const WHERE_FIELD = /(?:^|\n)[\t ]*(?:[-*•·]\s*)?(?:\*\*)?where(?:\*\*)?\s*:(?:\*\*)?[\t ]*[\p{L}\p{N}]/iu;
function whenAndWhereFields(model: DocumentModel): boolean {
  return model.blocks.some((b) => WHEN_FIELD.test(b.text)) && model.blocks.some((b) => WHERE_FIELD.test(b.text));
}
function ownGroupsOf(model: DocumentModel): Match[] {
  // (Nor groups in the bare plural in a sentence on how such groups run, "Typically, groups meet for an hour or two each week": see
  // hedgedGeneral.)
  let own = ownGroupsSaid(model).filter((m) => !startAsAdvice(m) && !(/^(?:groups|meetings|circles)\s/i.test(m.text) && hedgedGeneral(m)));
  // (Nor a member starting or joining a group, said of anyone, "a client starting a group often keeps…": see GENERIC_PERSON_BEFORE.)
  own = own.filter((m) => !(/^(?:starting|beginning|joining)\b/i.test(m.text) && GENERIC_PERSON_BEFORE.test(textBefore(m).slice(-40))));
  // (Nor an organisation's occasion told in the past, "held its inaugural meeting", "hosted their annual group", on a page that gives
  // no way to come now: a report of what was, not a group a reader can join.)
  if (own.some((m) => PAST_OCCASION.test(m.text)) && !wayInNowOf(model)) own = own.filter((m) => !PAST_OCCASION.test(m.text));
  // (Nor "one of our grief support groups", "many of our groups": some of a network's groups, not one group of the page's own. Not
  // an invitation to them, "come along to any of our meetings", "join one of our groups": see INVITED_TO_OUR_MEETINGS.)
  own = own.filter((m) => !(/^our\s.*s$/i.test(m.text) && SOME_OF_BEFORE.test(textBefore(m).slice(-20)) && !INVITED_BEFORE.test(textBefore(m).slice(-60))));
  // (Nor one inside a quotation the page attributes to someone, '"The point of our group is…," says Mira': the speaker's group, in
  // the speaker's voice, on a page that reports it. Only where the page reports speech, in that paragraph or twice or more.)
  const quoted = own.filter(insideQuotation);
  if (quoted.length) {
    const reported = model.find(REPORTED_SPEECH);
    const attributed = new Set(reported.map((r) => r.sentence.block));
    own = own.filter((m) => !(quoted.includes(m) && (reported.length >= 2 || attributed.has(m.sentence.block))));
  }
  if (!own.some((m) => /^this\s/i.test(m.text))) return own;
  let firstVisit = Infinity;
  for (const v of model.find(VISITED_GROUP)) if (v.stance !== 'negated' && v.stance !== 'question' && v.start < firstVisit) firstVisit = v.start;
  if (firstVisit === Infinity) return own;
  return own.filter((m) => {
    if (m.start < firstVisit || !/^this\s/i.test(m.text)) return true;
    // (Only the words just after it: a long sentence is not copied for each match.)
    const at = m.index - m.sentence.from + m.text.length;
    return !TOLD_AS_VISITED.test(m.sentence.text.slice(at, at + 80));
  });
}

// Readers invited, in the page's own voice, to its meetings: "you are welcome to attend our meetings", "come along to one of our
// meetings". (Quoted, as an entry quotes a fellowship, it is no invitation of the page's: the words in quotation marks are not
// affirmed.)
const INVITED_TO_OUR_MEETINGS = anyOf([
  String.raw`\b(?:welcome|invited|free)\s+to\s+(?:attend|join|come\s+(?:along\s+)?to|visit|try)\s+(?:any\s+(?:of\s+)?|one\s+of\s+)?our\s+(?:[\w'’-]+\s+){0,2}?(?:meetings?|groups?|circles?|gatherings?)\b`,
  String.raw`\b(?:come|join\s+us)\s+(?:along\s+)?(?:to|at)\s+(?:any\s+(?:of\s+)?|one\s+of\s+)?our\s+(?:[\w'’-]+\s+){0,2}?(?:meetings?|groups?|circles?|gatherings?)\b`,
]);

// The Twelve Steps or Traditions, and a fellowship's own words for itself beside them: the word "fellowship", its initials. (Not a
// state's after an address's comma: "Los Angeles, CA".)
const TWELVE_STEPS = /\b(?:twelve|12)[-\s]+(?:steps?|traditions?)\b/gi;
const FELLOWSHIP_OWN_WORDS = /\b[Ff]ellowship\b|(?<!,\s*)\b(?:AA|NA|CA|GA|OA|SAA|SLAA|CMA|CoDA|FA|HA|EDA|ACA|DA)\b/g;
// A group as the other way of giving one-to-one work, just before or after the group word: "individual or small group sessions",
// "individually or in a small group", "one-to-one or in a group", "in a small group or one to one".
const ONE_TO_ONE = String.raw`(?:individual(?:ly)?|one[-\s](?:to|on)[-\s]one|1[-:]1|1[-\s]to[-\s]1|on\s+(?:their|your|his|her)\s+own)`;
const FORMAT_BEFORE = new RegExp(String.raw`\b${ONE_TO_ONE}(?:\s+sessions?)?,?\s+(?:or|and\/or|\/)\s+(?:in\s+)?(?:an?\s+)?(?:small\s+)?$`, 'i');
const FORMAT_AFTER = new RegExp(String.raw`^(?:\s+(?:sessions?|settings?|work|format))?,?\s+(?:or|and\/or|\/)\s+(?:in\s+)?(?:an?\s+)?${ONE_TO_ONE}\b`, 'i');
// (Or within the words found: "offered one-to-one or in a group".)
const FORMAT_WITHIN = new RegExp(String.raw`\b${ONE_TO_ONE}(?:\s+sessions?)?,?\s+(?:or|and\/or|\/)\s+(?:in\s+)?(?:an?\s+)?(?:small\s+)?groups?\b`, 'i');
/** Is the group word the other way of giving one-to-one work (FORMAT_BEFORE or FORMAT_AFTER beside it)? */
const asOtherFormat = (m: Match): boolean => FORMAT_BEFORE.test(textBefore(m).slice(-60)) || FORMAT_AFTER.test(textAfter(m).slice(0, 60));
const ADVICE_ON_FINDING = 'advice on finding a group';
// A pointer to an organisation's local chapter by its name ("contact your local Coeliac Families Network chapter"), and the same
// organisation's groups spoken of as its own ("the Coeliac Families Network's own groups", "Coeliac Families Network groups are run
// by…") or the page's chapters as its own ("our local chapters").
const LOCAL_CHAPTER_OF =
  /\b(?:contact|call|ask|reach|get\s+in\s+touch\s+with)\s+(?:your|the|a)\s+(?:local|nearest|closest)\s+((?:\p{Lu}[\p{L}'’&-]*\s+){1,5})(?:chapter|branch|office|affiliate)s?\b/u;
const OUR_CHAPTERS = /\bour\s+(?:[\w'’-]+\s+){0,2}?(?:chapters|branches|affiliates)\b/i;
/** Does the page send readers to a local chapter of the organisation whose own groups it describes? */
function pointsToOwnChapters(model: DocumentModel): boolean {
  const text = model.blocks.map((b) => b.text).join('\n');
  const org = LOCAL_CHAPTER_OF.exec(text)?.[1]?.trim();
  if (!org) return OUR_CHAPTERS.test(text);
  const name = org
    .replace(/^the\s+/i, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(
    String.raw`\b${name}['’]s\s+(?:own\s+)?(?:[\p{L}'’-]+\s+){0,2}?groups\b|\b${name}\s+(?:[\p{L}'’-]+\s+){0,2}?groups\s+(?:are|programme|program)\b|\bgroups\s+(?:are|is)\s+(?:run|facilitated|hosted|organi[sz]ed)\s+by\s+(?:the\s+)?${name}\b`,
    'iu',
  ).test(text);
}
// A sentence that opens with the people a group is for, referred into it by its kind's name: "Pupils are referred to small group
// counseling", "Clients are referred to the therapy group". (Not "Members who need more are referred to…", "can be referred to…".)
const REFERRED_INTO_BEFORE =
  /^[\W_]*(?:(?:the|our|all|new)\s+)?(?:students|pupils|children|kids|teens|young\s+people|clients|patients|participants|members|residents|adults)\s+(?:are|is)\s+referred\s+(?:in)?to\s+(?:(?:the|a|an|our)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
// …unless a place or service elsewhere follows: "…referred to group therapy at the county clinic", "…with another provider".
const REFERRED_ELSEWHERE_AFTER =
  /^[^.;!?]*?\b(?:at|with|through|via|in)\s+(?:(?:the|a|an|another|other|their|your|local|nearby|outside)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:clinics?|hospitals?|services?|cent(?:re|er)s?|practices?|agenc(?:y|ies)|providers?|therapists?|counsel+ors?)\b|\b(?:elsewhere|outside|externally|another|other)\b/iu;
// An item of a list of services, between commas or after the list's lead: "These include individual counseling, support groups,
// tutoring and snacks", "we offer support groups, meals and a clothing bank".
const SERVICE_ITEM_BEFORE = /(?:[,;]|\b(?:include|includes|including|such\s+as|offers?|offering|provides?|providing))\s+$/i;
// (An item may carry a few words on whom it is with or for: "support groups with other teen parents, and…".)
const SERVICE_ITEM_AFTER = /^(?:\s+(?:with|for|of)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*(?:[,;]|(?:and|or|&)\s)/i;
// Others of a kind, just before its name: "other 12-Step programs", "other local support groups".
const OTHERS_BEFORE = /\bother\s+(?:[\w'’-]+\s+)?$/i;

const notTitle = (model: DocumentModel) => (b: { type: string }) => b !== model.title;

// A kind of group named as what someone aims to bring about, earlier in its clause: "the team's goals are to help bring them together
// in support groups", "we hope to start a bereavement support group", "our mission is to connect families with support groups".
// (Read on the words just before the name: the aim, a verb of making or bringing, then at most a few words without a stop. A reader's
// wish, "if you want to connect with others, a support group…", is no one's aim for a group: not read here.)
const AIMED_AT_BEFORE = new RegExp(
  String.raw`\b(?:(?:goals?|aims?|hopes?|plans?|dreams?|visions?|mission|objectives?|ambitions?)\s+(?:is|are|was|were|will\s+be)|` +
    String.raw`(?:hopes?|hoping|hoped|plans?|planning|planned|aims?|aiming|aimed|intends?|intending|intended|strives?|striving)|` +
    String.raw`(?:work(?:s|ing)?|strives?|striving)\s+towards?)\s+` +
    String.raw`(?:to\s+(?:help\s+)?(?:start|set\s+up|form|create|establish|launch|organi[sz]e|develop|build|grow|bring|get|connect|link|gather|offer|run|expand)|` +
    String.raw`(?:starting|setting\s+up|forming|creating|establishing|launching|bringing|connecting|offering))\b[^.;:!?]{0,80}$`,
  'i',
);

// A café gathering named as the page's own, "a Memory Café is…", "the next Memory Café", "the cafés will…": a group word.
const CAFE_REF = /\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]his|[Nn]ext|[Ee]ach)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}Caf[eé]s?(?![\p{L}])|\b[Tt]he\s+caf[eé]s\b/gu;
// Levels of care a treatment guide compares: "partial hospitalization (PHP)", "an intensive outpatient program (IOP)".
const LEVELS_OF_CARE =
  /\b(?:partial\s+hospitali[sz]ation|PHPs?|intensive\s+outpatient|IOPs?|(?:standard|general|traditional)\s+outpatient|residential\s+(?:care|treatment)|inpatient)\b/gi;
const levelOf = (text: string): string =>
  /^(?:php|partial)/i.test(text) ? 'php' : /^(?:iop|intensive)/i.test(text) ? 'iop' : /outpatient/i.test(text) ? 'op' : 'residential';
// A provider offering the reader its own group of a named kind, with a modal or without: "We may offer you online group therapy", "we
// offer you a weekly support group". Its group's shape, said to the reader in the same section: "You will have up to 5 sessions", "We
// invite up to 10 people to each group" (see offersOwnGroupToReader). A service that only refers elsewhere, "we can refer you to group
// therapy near you", offers none.
const OFFERS_YOU_GROUP =
  /\bwe\s+(?:(?:may|can|will|might|could|usually|normally|also)\s+)?offer\s+you\s+(?:[\w-]+\s+){0,2}?(?:group\s+(?:therapy|psychotherapy|counsel(?:l)?ing)|(?:therapy|support)\s+groups?)\b/gi;
const GROUP_SHAPE_TO_YOU =
  /\byou(?:['’]ll|\s+will)\s+(?:usually\s+|normally\s+)?(?:have|be\s+offered|attend)\s+(?:up\s+to\s+)?\d{1,2}\s+(?:weekly\s+|fortnightly\s+|group\s+)?sessions\b|\bup\s+to\s+\d{1,2}\s+(?:people|members|participants|patients)\b/gi;
// A launch's title names the groups it starts where they meet: "Launching Carers' Support Groups in Dunmore". Not a directory.
const LAUNCH_TITLE = /^[\W_]*(?:launching|introducing|announcing|now\s+(?:open|forming)|new)\b/i;
// A provider's own programme page asks its readers to enrol with it, as an imperative opening a sentence or a line ("Enroll here,
// and…", "Enrol today"), and sets out its own schedule on a line of its own ("3 to 5 days per week, 3 hours per day"). A guide to
// levels of care says "if you enroll in one" and gives hours in its sentences.
// A question in the reader's own voice, as one about to join asks it: "can I", "what if I", "do I have to", "should I" (read only as a
// question; see asksAboutThisGroup).
const READER_ASKS = /\b(?:(?:can|may|do|does|should|must|will|could|am)\s+I|if\s+I|I\s+(?:miss|join|need|have\s+to))\b/g;
const ENROL_WITH_US = /(?:^|(?<=[.!?:]\s+)|(?<=\n))[\W_]*(?:please\s+)?enrol(?:l)?\s+(?:here|now|today|with\s+us)\b/gi;
const OWN_SCHEDULE_LINE = /(?:^|(?<=\n))[\W_]*\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s+(?:days|hours)\s+(?:per|a|each)\s+(?:week|day)\b/gi;
// A practitioner's own group about to start, in the first person (MY_UPCOMING_GROUP, RECRUITING_FOR_MY_GROUP), and the writer
// offering it (WRITER_OFFERS_GROUP): "recruiting for my upcoming process group", "the group I will be offering this autumn". That is
// the news of one new group starting, and the page is that group's, whatever it says of such groups in general.
// The page's own group named by its kind in the first person plural: "our postpartum support group", "our pregnancy and postpartum
// support groups", "our adolescent therapy group" (see namesOwnKindGroupAsUs). Not a partner's or a network's, "our partner support
// groups", "our local support groups".
const OUR_KIND_GROUP = anyOf([
  String.raw`\bour\s+(?:(?!(?:other|partner|partners|sister|affiliated|local|many|all|member|network|of|with|for|to|in|from|about)\b)[\w'’-]+\s+){0,4}?` +
    String.raw`(?:(?:peer\s+)?support|self-help|therapy|psychotherapy|counsell?ing)\s+groups?\b(?!\s+(?:leaders?|facilitators?|directory|finder|network|programs?|programmes?|services|${SITE_THINGS})\b)`,
]);
// The leader telling the reader what happens in the page's own group, in the first or second person and the future: "In this group
// we'll work through handouts", "During our group, you will practise one skill a week". A feature or an explainer tells of such groups
// in the third person or the past; a member's story says what the group did. (Not "the group": a reporter retells a leader so.)
const OWN_GROUP_PLAN = anyOf([
  String.raw`\b(?:in|during|throughout|within|across)\s+(?:this|our)\s+(?:[\w'’-]+\s+){0,2}?group\b,?\s+(?:we|you)(?:['’]ll\b|\s+will\b|\s+are\s+going\s+to\b)`,
]);
const MY_NEW_GROUP = anyOf([MY_UPCOMING_GROUP, RECRUITING_FOR_MY_GROUP, WRITER_STARTING_GROUP, WRITER_STARTING_ON_A_DATE]);
const WRITER_OFFERS_GROUP = anyOf([
  WRITER_STARTING_GROUP,
  WRITER_STARTING_ON_A_DATE,
  String.raw`\b(?:recruiting|accepting\s+(?:new\s+)?(?:members|referrals|applications|participants))\s+for\s+(?:my|our)\b`,
  String.raw`\bthe\s+group\s+(?:I|we)\s+(?:will\s+be\s+|am\s+|['’]m\s+|are\s+|['’]re\s+|will\s+)(?:offering|running|leading|facilitating|starting|opening)\b`,
]);
// A page of many hosts' listings: a community calendar or a "what's happening" column, where a support group or a fellowship's
// meeting is one dated entry among others' bingo, dances, blood drives and lodge meetings; or a directory of other organisations'
// groups, each at its own street address. Neither is a group's own page, however plainly each entry gives its time (see
// othersListing). Its numbers, addresses and datelines are found through the document model, which keeps each block's matches; only
// on a page that may be a listing are its lines read, in one pass per block, kept while the block is unchanged, so an edit re-reads
// only the blocks it touched.
const MONTH_WORD = String.raw`${MONTH_NAME}\.?`;
// A line that is only a day or a date: "TUESDAY", "Thursday, May 2", "Dec. 27th". (Tried on short lines only.)
const DAY_HEAD_LINE = new RegExp(
  String.raw`^[\W_]*(?:${WEEKDAY}s?(?:,?\s+${MONTH_WORD}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)?|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?[\W_]*$`,
  'i',
);
// A line dated as an entry is: a clock time, noon or a weekday ("7 p.m.", "Thursdays").
const DATED_LINE = new RegExp(String.raw`\b\d{1,2}(?:[:.]\d\d)?\s*(?:(?:am|pm)\b|a\.m\.|p\.m\.)|\bnoon\b|\b${WEEKDAY}s?\b`, 'i');
// A street address, as US and UK listings print it: "218 Elm St.", "44 Ridge Road", "9 N. Harbor Drive". (Capitals as written.)
const STREET_ADDRESS =
  /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th)),?\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Blvd|Boulevard|Ln|Lane|Ct|Court|Way|Pl|Place|Pike|Hwy|Highway|Terrace|Parkway|Pkwy)\b/gu;
// (The same, and a telephone number, for testing one line.)
const LINE_ADDRESS = new RegExp(STREET_ADDRESS.source, 'u');
const LINE_PHONE = new RegExp(PHONE_NUMBER);
// A place's dateline opening a news brief, at the start of a line: "MILL CREEK — …", "OAKMONT – …".
const PLACE_DATELINE = /^[ \t]*(\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,}){0,2})(?:,[ \t]+\p{Lu}[\p{L}.]{1,5})?[ \t]+[—–-]\s/gmu;
// A town and its state, as a listing of groups across the country heads each entry: "Fairfax, VA:", "Lake City, FL", "St. Cloud, MN".
// (US states' postal codes, in capitals as written; not followed by a full stop and a word, "Orlando, FL. He moved…" aside, which a
// listing's entry would not be either way.)
const US_STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const STATE_AFTER_COMMA = /,[ \t]+[A-Z]{2}\b/;
const TOWN_AND_STATE = new RegExp(String.raw`\b\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2},[ \t]+(?:${US_STATE_CODES})\b(?![.'’-]?\p{L})`, 'gu');
/**
 * Groups in four towns or more across three states or more, each on a line of its own naming its town and a group: a listing of
 * groups across the country, no one host's page of its own groups. Not one sentence naming several towns, "our group draws members
 * from Camden, NJ, Chester, PA…": lines are told apart by block and offset. Read in every block, a pasted menu's too: a calendar's
 * capitalised entries, with no full stop among them, read as one (see isNavigationBlock). Why, or undefined.
 */
function townsAcrossStates(model: DocumentModel): string | undefined {
  const towns = new Set<string>();
  const states = new Set<string>();
  const entries = new Set<string>();
  model.blocks.forEach((b, k) => {
    const text = b.text;
    // (A cheap test first: a state's two capitals after a comma. Most blocks have none, and this runs on every block at every edit.)
    if (!STATE_AFTER_COMMA.test(text)) return;
    for (const m of text.matchAll(TOWN_AND_STATE)) {
      const from = text.lastIndexOf('\n', m.index) + 1;
      let to = text.indexOf('\n', m.index);
      if (to < 0) to = text.length;
      const line = text.slice(from, to);
      if (!(GROUP_WORDS.test(line) || FELLOWSHIP_INITIALS.test(line) || KIND_NAME_LINE.test(line))) continue;
      towns.add(m[0].toLowerCase().replace(/\s+/g, ' '));
      states.add(m[0].slice(-2));
      entries.add(`${k}:${from}`);
    }
  });
  if (entries.size < 4 || towns.size < 4 || states.size < 3) return undefined;
  return `${entries.size} groups listed in ${towns.size} towns across ${states.size} states`;
}
// A roundup's lead on a place's options: "Around Dunmore there are a few choices for stroke support", "here are some local groups".
// (Looked for only where ROUNDUP_WORDS are: "has", "have" and "there are" are everywhere.)
const ROUNDUP_WORDS = /\b(?:options|choices|places\s+to\s+turn|here\s+are)\b/gi;
const ROUNDUP_LEAD =
  /\b(?:has|have|there\s+are)\s+(?:several|many|a\s+few|a\s+number\s+of|plenty\s+of|lots\s+of)\s+(?:options|choices|places\s+to\s+turn)\s+for\s+(?:[\w'’-]+\s+){0,2}?(?:support|groups?)\b|\bhere\s+are\s+(?:some|several|a\s+few)\s+(?:local\s+|area\s+)?(?:[\w'’-]+\s+){0,2}?(?:support\s+groups|groups)\b/gi;
// The names of a kind of group, a fellowship or a group for a life difficulty an entry may hold (found through the document model,
// whose matches each block keeps), and a group named in other words: a fellowship's initials, "this group", "we meet". An entry of
// this sort is a group's, not another host's event.
const KIND_NAMES = [SUPPORT_NAME, THERAPY_NAME, FELLOWSHIP, CARE_GROUP];
// (The same, to test one line: see townsAcrossStates.)
const KIND_NAME_LINE = new RegExp(KIND_NAMES.map((re) => `(?:${re.source})`).join('|'), 'i');
const GROUP_WORDS = /\bgroups?\b|\b(?:we|you)\s+meet\b|\bour\s+meetings?\b|\bsupport\s+meetings?\b|\banonymous\b|\b(?:al|nar)-?anon\b|\balateen\b/i;
const FELLOWSHIP_INITIALS = /\b(?:AA|NA)\b/;
// A listing's own words: "Community Calendar", "goings-on", "what's happening", "Around town", "these organizations and clubs
// meet", "events can be submitted".
const LISTING_WORDS =
  /\b(?:community\s+(?:calendar|events|briefs|bulletin(?:\s+board)?|notes|happenings)|calendar\s+of\s+events|events?\s+calendar|goings[-\s]on|what['’]s\s+happening|around\s+(?:the\s+)?town|area\s+(?:events|calendar))\b|\b(?:these|the)\s+(?:organi[sz]ations|clubs)\s+(?:and\s+(?:clubs|organi[sz]ations|groups)\s+)?meet\b|\bevents?\s+(?:can|may|must|should)\s+be\s+(?:submitted|delivered|e-?mailed)\b|\bdeadline\s+for\s+(?:events|submissions|listings)\b/gi;
// A brief's headline: "Garden club to hold plant sale", "Euchre night set for Thursday". (Tried on short lines with no stop.)
const BRIEF_HEADLINE = /\b(?:to\s+(?:meet|hold|host|serve|hear|present|offer|gather)|(?:set|slated|planned|scheduled)\s+for)\b/i;
const PAGE_OWN_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/;
const FOUR_WORDS = /^(?:\S+\s+){3}\S/;

/** A block's lines as a listing's entries (see othersListing). */
interface ListingEntries {
  /** Lines that are only a day or a date. */
  dayHeads: number;
  briefHeads: number;
  /** Dated lines (a time or a weekday) naming a group of any sort, and those naming none: other hosts' events. */
  datedGroups: number;
  datedOthers: number;
  /** Lines with a time, a weekday, a phone number or a street address that name a group: its kind, a fellowship, or "this group". */
  groupEntries: number;
}
const entriesOfBlocks = new WeakMap<ProseBlock, ListingEntries>();
/** The block's entries, `named` the offsets in its text of the names of kinds found in it (see KIND_NAMES). */
function listingEntries(b: ProseBlock, named: number[] | undefined): ListingEntries {
  let t = entriesOfBlocks.get(b);
  if (t) return t;
  t = {
    dayHeads: 0,
    briefHeads: 0,
    datedGroups: 0,
    datedOthers: 0,
    groupEntries: 0,
  };
  const text = b.text;
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    const at = from;
    from = to + 1;
    if (line.length === 0) continue;
    if (line.length <= 40 && DAY_HEAD_LINE.test(line)) {
      t.dayHeads++;
      continue;
    }
    if (line.length <= 100 && !/[.!?]/.test(line) && BRIEF_HEADLINE.test(line)) t.briefHeads++;
    const dated = DATED_LINE.test(line);
    const digits = /\d/.test(line);
    if (!(dated || (digits && (LINE_PHONE.test(line) || LINE_ADDRESS.test(line)))) || !FOUR_WORDS.test(line)) continue;
    const namesGroup = (named !== undefined && named.some((i) => i >= at && i < to)) || GROUP_WORDS.test(line) || FELLOWSHIP_INITIALS.test(line);
    if (namesGroup) t.groupEntries++;
    if (dated) {
      if (namesGroup) t.datedGroups++;
      else t.datedOthers++;
    }
  }
  entriesOfBlocks.set(b, t);
  return t;
}
// A day or a time told in the past, in a clause of its own: "one man who came on the first Thursday", "the café was open every
// Tuesday". A story's day, not a notice's. (Not where the clause goes on in the present or the future before it: "opened last spring
// and is open every Thursday", "began in 2019 and still meets on Mondays". Nor a bare "-ed", which may be an adjective: "Registered
// members meet every Monday".)
const PAST_IN_CLAUSE =
  /\b(?:was|were|had|came|went|opened|launched|ran|began|started|closed|attended|joined|facilitated|hosted)\b(?![^.;:!?]*\b(?:is|are|will|can|may|has|have|meets?|runs?|continues?|gathers?|opens?|starts?|begins?|takes\s+place|now|still|currently|come|join|call|ring|contact|please)\b)[^.;:!?]{0,80}$/i;
// Or a person's clause in the past: "he entered the hall to sign up", "we attended a parents' meeting at the school", "my own brother,
// Tom, took his last breath at 2:17 pm". A person ("I", "we", "he", "she", "they", or "my/his/her/their" and a few words), then a verb
// in the past, with no verb of the present after it in the clause ("we moved to the library and meet…").
const PERSONAL_PAST_IN_CLAUSE =
  /\b(?:(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+,?\s+){1,3})(?:(?:then|first|finally|also|just|once|eventually|later|soon|never)\s+)?(?!(?:need|feed|speed|proceed|exceed|succeed|breed|bleed|shed|embed)\b)(?:[a-z]{2,}ed|took|found|went|came|got|sat|felt|knew|saw|met|made|left|gave|told|said|thought|began|brought|heard|kept|lost|spent|wrote|became|drove|stood|fell)\b(?![^.;:!?]*\b(?:is|are|will|can|may|has|have|meets?|meeting|runs?|continues?|gathers?|opens?|starts?|begins?|takes\s+place|now|still|currently|come|join|call|ring|contact|please|leads|hosts|facilitates|offers|welcomes|holds)\b)[^.;:!?]{0,80}$/;
// Or an organisation's occasion in the past, "held its inaugural meeting at …" ("holds its" is the present).
const HELD_ITS_IN_CLAUSE = /\bheld\s+(?:its|their)\b(?![^.;:!?]*\b(?:is|are|will|meets?|now|still|currently)\b)[^.;:!?]{0,80}$/i;
function toldInPast(m: Match): boolean {
  const before = textBefore(m).slice(-100);
  return PAST_IN_CLAUSE.test(before) || PERSONAL_PAST_IN_CLAUSE.test(before) || HELD_ITS_IN_CLAUSE.test(before);
}
/** A clock time whose minutes are not a multiple of five ("12:52 pm", "3:17"): a moment in a story or a stamp, not a meeting's time. */
function oddMinute(m: Match): boolean {
  const x = /\d[:.](\d\d)\b/.exec(m.text);
  return x !== null && Number(x[1]) % 5 !== 0;
}
// The writer's, or a relative's, visit to a group, told in the past (besides VISITED_GROUP): "I landed at GriefShare", "my husband
// found himself attending a group therapy session", "then took the 12-week program", "signed up for a knitting group". (Or a visitor's
// report of a day out to one: "we set off to visit the women's circle", "I spent a morning with the carers' team".)
const VISIT_TOLD =
  /\b(?:(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:[\w'’-]+\s+){1,2})(?:(?:first|finally|eventually|once|then|also|reluctantly|nervously|recently|later)\s+)?(?:attended|joined|visited|tried|went\s+(?:along\s+)?to|came\s+to|set\s+(?:off|out)\s+to\s+(?:visit|see|meet)|spent\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+)?(?:day|morning|afternoon|evening|week)\s+with|landed\s+at|signed\s+up\s+for|sat\s+in\s+on|(?:started|began|kept)\s+(?:going\s+to|attending)|found\s+(?:him|her|my|our|them)sel(?:f|ves)\s+(?:attending|at|in)|found\s+(?:my|our|his|her|their)\s+way\s+(?:to|into)|ended\s+up\s+(?:at|in)|took\s+(?:part\s+in\s+)?(?:the|a|an|my|our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:program(?:me)?|class|course|sessions?))\b/g;
// The clauses of a story: a person and a verb in the past ("I found", "we attended", "he entered", "she had").
const STORY_CLAUSE =
  /\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:\w+ly|then|first|finally|also|just|once|never)\s+)?(?!(?:need|feed|speed|proceed|exceed|succeed|breed|bleed|shed|embed)\b)(?:[a-z]{2,}ed|took|found|went|came|got|sat|felt|knew|saw|met|made|left|gave|told|said|thought|began|brought|heard|kept|lost|spent|wrote|became|was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)(?![\w'’])/g;
// Words to whoever writes or leads an agreement, not to a member: "Here are some guidelines that can help you explain…", "Therapists
// should limit…", "start by reaffirming the agreement", "a sample agreement".
const GUIDE_TO_WRITER = anyOf([
  String.raw`\bhere\s+are\s+(?:some\s+)?(?:[\w'’-]+\s+){0,2}?(?:guidelines|tips|pointers|suggestions|steps)\b`,
  String.raw`\b(?:therapists|facilitators|group\s+leaders|counsell?ors|clinicians)\s+should\b`,
  String.raw`\b(?:start|begin)\s+by\s+(?:re)?(?:affirming|stating|restating|reviewing|explaining)\b`,
  String.raw`\b(?:sample|example|template)\s+(?:confidentiality\s+)?(?:agreements?|forms?|contracts?|rules)\b`,
]);
// Such groups counted as many (see GENERIC_GROUPS): "many support groups", "most peer support groups", "in most groups", "some groups
// meet…", "any support group".
const GROUPS_MANY = [
  String.raw`\b(?:many|most|some|all|other|such|these|those)\s+(?:[\w'’-]+\s+){0,2}?(?:support|self-help|peer|therapy|grief|bereavement|lay)\s+groups\b`,
  String.raw`\b(?:in|for)\s+(?:many|most|some)\s+groups\b`,
  String.raw`\b(?:some|other|many|most)\s+groups\s+(?:are|offer|have|meet|may|can|focus|follow|use|allow|ask)\b`,
  String.raw`\bany\s+(?:support|therapy|self-help)\s+group\b`,
];
// Such groups as what a sentence is about: "support groups should…", "A support group is any group of…", "Support groups offer…".
const GROUPS_AS_SUBJECT = [
  String.raw`\b(?:support|therapy|self-help)\s+groups\s+(?:should|can|may|might|often|tend\s+to|usually|typically|generally|are\s+(?:a|an|usually|often|typically|generally)\b)`,
  String.raw`\ba\s+(?:support|therapy|self-help)\s+group\s+is\s+(?:a|an|any)\b`,
  String.raw`(?:^|[.!?]\s)(?:support|self-help|therapy|peer[-\s]support)\s+groups\s+(?:are|bring|offer|provide|help|give|differ|fill|exist|vary|range|serve|can|may|typically|usually|often)\b`,
  // Group therapy as a practice, with no article, the subject of a claim about it: "Group therapy is one of the core parts of…",
  // "group therapy can help your recovery", "that group therapy helps". (Not "This group therapy is…", "our group therapy": a
  // determiner makes it one group.)
  String.raw`(?<!\b(?:this|that|our|the|my|your|its|their|a|an)\s+)\bgroup\s+(?:psycho)?therapy\s+(?:is\s+one\s+of|can|may|might|helps|works|tends\s+to|has\s+been\s+shown|improves|is\s+(?:often|usually|typically|generally|widely))\b`,
];
// Such groups after a preposition: "in support groups", "about self-help groups".
const IN_SUCH_GROUPS = String.raw`\b(?:in|of|for|to|about|into|within|across|between|like)\s+(?:support|self-help|therapy|peer[-\s]support|mutual[-\s]aid)\s+groups\b`;
// Joining one, as advice to anyone: "before joining a support group", "when you join a new support group", "people choosing a
// therapy group".
const JOINING_ONE = [
  String.raw`\b(?:before|when|after|if)\s+(?:you\s+)?(?:join(?:ing)?|attend(?:ing)?|choos(?:e|ing)|find(?:ing)?)\s+a\s+(?:new\s+)?(?:support|therapy|self-help)\s+group\b`,
  String.raw`\bpeople\s+(?:joining|attending|choosing)\s+a\s+(?:support|therapy|self-help)\s+group\b`,
];
// Groups spoken of in general, as an explainer or a list of rules speaks of them; a group's own page speaks of its one group.
const GENERIC_GROUPS = anyOf([...GROUPS_MANY, ...GROUPS_AS_SUBJECT, IN_SUCH_GROUPS, ...JOINING_ONE], 'gim');
const MANY_HOSTS_CALENDAR = "a calendar of many hosts' events";
/**
 * Is the page a listing of many hosts' doings rather than a group's own page? Either a calendar (its dated entries, three or more,
 * mostly other hosts' events, with two signs of many hosts, among them many places: three street addresses, two place datelines, or
 * three phone numbers on a page that calls itself a listing) or a directory of other organisations' groups (three or more at three or
 * more street addresses, none in the page's own voice, or a roundup's lead on a place's options over two or more). Its genre and the
 * words that say why. (Read only for a page otherwise taken for group material: see inferKind.)
 */
function othersListing(model: DocumentModel): { genre: string; why: string } | undefined {
  // Many hosts' places: numbers to ring, street addresses and datelines, told apart as written ("218 Elm St." and "218 Elm Street"
  // are one street), and a roundup's lead (not a host's own, "Our hospital has several options for stroke support"). Found through
  // the document model, whose matches each block keeps: most pages give too few of them for a listing, and their lines are never read.
  // (Numbers to ring count only on a page that calls itself a listing, or beside other places: they are looked for last.)
  const distinct = (re: RegExp, key: (t: string) => string) => new Set(model.find(re).map((m) => key(m.text)));
  const addresses = distinct(STREET_ADDRESS, (t) =>
    t
      .toLowerCase()
      .split(/[\s,.]+/, 2)
      .join(' '),
  );
  const datelines = distinct(PLACE_DATELINE, (t) => t.replace(/[\s—–-]+$/, '').trim());
  // Towns in several states, each on a line of its own that names a group: a listing of groups across the country, whatever one
  // host's entry says of "our meetings" (see townsAcrossStates).
  const across = townsAcrossStates(model);
  const roundupLead = model.mentions(ROUNDUP_WORDS) && model.find(ROUNDUP_LEAD).some((m) => !PAGE_OWN_VOICE.test(m.sentence.text));
  const listingWords = model.mentions(LISTING_WORDS);
  const places = addresses.size >= 3 || datelines.size >= 2 || roundupLead || across !== undefined;
  if (!places && !listingWords) return undefined;
  const phones = distinct(PHONE_NUMBERS, (t) => t.replace(/\D+/g, '').slice(-7));
  if (!places && phones.size < 3) return undefined;
  const blocks = model.blocks.filter((b) => !isNavigationBlock(b));
  const named = new Map<ProseBlock, number[]>();
  for (const re of KIND_NAMES)
    for (const m of model.find(re)) {
      const at = named.get(m.block);
      if (at) at.push(m.index);
      else named.set(m.block, [m.index]);
    }
  let dayHeads = 0;
  let briefHeads = 0;
  let datedGroups = 0;
  let datedOthers = 0;
  let groupEntries = 0;
  for (const b of blocks) {
    const t = listingEntries(b, named.get(b));
    dayHeads += t.dayHeads;
    briefHeads += t.briefHeads;
    datedGroups += t.datedGroups;
    datedOthers += t.datedOthers;
    groupEntries += t.groupEntries;
  }
  // A directory of other organisations' groups: each at its own street address, none the page's own ("we", "our", "us").
  if (groupEntries >= 3 && addresses.size >= 3 && !model.mentions(OWN_VOICE))
    return { genre: OTHERS_DIRECTORY, why: `${groupEntries} groups listed at ${addresses.size} different street addresses, none in the page's own voice` };
  // (Or groups in towns across several states, each on a line of its own: see townsAcrossStates.)
  if (across) return { genre: OTHERS_DIRECTORY, why: across };
  if (roundupLead && groupEntries >= 2) return { genre: OTHERS_DIRECTORY, why: `a roundup of a place's options, ${groupEntries} groups listed` };
  // A calendar: its dated entries mostly other hosts' events. (An organisation's own page of its several groups is mostly groups; a
  // single group's notice beside one other brief has too few others.)
  if (datedOthers < 3 || datedOthers <= datedGroups) return undefined;
  const manyNumbers = phones.size >= 3;
  // Many places: three street addresses or two place datelines, or numbers to ring for many hosts on a page that calls itself a
  // listing. (A centre's or a parish's own week of activities is at one address, whatever numbers it gives for each of them.)
  if (addresses.size < 3 && datelines.size < 2 && !(manyNumbers && listingWords)) return undefined;
  const signs: string[] = [];
  if (manyNumbers) signs.push(`${phones.size} numbers to ring`);
  if (addresses.size >= 3) signs.push(`${addresses.size} street addresses`);
  if (datelines.size >= 2) signs.push(`${datelines.size} place datelines`);
  if (dayHeads >= 2) signs.push(`${dayHeads} day or date headings`);
  if (briefHeads >= 3) signs.push(`${briefHeads} brief headlines`);
  if (listingWords) signs.push("a listing's own words");
  if (signs.length < 2) return undefined;
  const groups = `${datedGroups} ${datedGroups === 1 ? "group's" : "groups'"}`;
  return { genre: MANY_HOSTS_CALENDAR, why: `${datedOthers} dated entries of other sorts beside ${groups}; ${signs.join(', ')}` };
}
// A support group named as a ministry (see SUPPORT_NAME): "the Grief Support Ministry will meet…".
const SUPPORT_MINISTRY = /\bministr(?:y|ies)$/i;
// A parish team that serves the bereaved, not a group of them: it serves the funeral meal, helps plan the funeral or asks for
// volunteers. A "Bereavement Support Ministry" on such a page is no support group's name.
const SERVING_TEAM = anyOf([
  String.raw`\bfuneral\s+(?:mass(?:es)?|liturg(?:y|ies)|receptions?|luncheons?|lunch(?:es)?|meals?|dinners?|planning)\b|\bplan(?:s|ning)?\s+(?:the|a|their)\s+funeral\b`,
  String.raw`\bbereavement\s+(?:receptions?|luncheons?|lunch(?:es)?|meals?|dinners?)\b`,
  String.raw`\b(?:to|please|want\s+to|like\s+to)\s+volunteer\b|\bvolunteers\s+(?:are\s+)?(?:always\s+)?(?:needed|wanted|welcome)\b|\bnew\s+volunteers\b`,
]);
// A question that defines the kind, as a paragraph or a heading of its own: "What is a Separated Parents Support Group?".
const DEFINING_QUESTION = /^[\W_]*what\s+(?:is|are)\s+(?:an?\s+)?[^?\n]{0,60}?\bgroups?\s*\?[\W_]*$/i;
// The same question just before a sentence, in its paragraph.
const DEFINING_QUESTION_BEFORE = /what\s+(?:is|are)\s+(?:an?\s+)?[^?]{0,60}?\bgroups?\s*\?\s*$/i;
// One entry of a list of groups: a name on a line of its own, then "This is…" ("Prairie HepC List\nThis is a Canadian based…").
const ENTRY_THEN_THIS = /^[^\n]{2,80}\n\s*this\s+(?:is|group)\b/i;
/**
 * Is a self-statement said of something other than the page's own group? The answer to a question that defines the kind ("What
 * is a Divorce Recovery Support Group?" then "…, it is a support group for…"), in the paragraph after it or after it in the same
 * one; or one entry's description in a list of groups, each a name on its own line and then "This is…", two such entries or more,
 * on a page with no voice of its own ("we", "our", "us": a provider's page of its own groups, each under its name, speaks so).
 */
function notOwnSelfStatement(model: DocumentModel, m: Match): boolean {
  if (/^(?:[\w'’,-]+\s+){0,4}?it\b/i.test(m.text)) {
    const block = m.sentence.block;
    const before = block.text.slice(0, m.sentence.from);
    const i = model.blocks.indexOf(block);
    const prev = i > 0 ? model.blocks[i - 1] : undefined;
    if ((prev && DEFINING_QUESTION.test(prev.text.trim()) && before.length < 40) || DEFINING_QUESTION_BEFORE.test(before)) return true;
  }
  if (!/^this\b/i.test(m.text) || !/^[\W_]*$/.test(textBefore(m)) || !ENTRY_THEN_THIS.test(m.sentence.block.text) || model.mentions(OWN_VOICE)) return false;
  let entries = 0;
  for (const b of model.blocks) if (ENTRY_THEN_THIS.test(b.text) && ++entries >= 2) return true;
  return false;
}
/** A model's reading's words, quoted for a reason: ` ("group", "attend")`, or nothing. */
function quotedEvidence(reading: PageReading): string {
  return reading.evidence.length ? ` (${reading.evidence.map((w) => `"${w}"`).join(', ')})` : '';
}

export function inferKind(model: DocumentModel): KindResolution {
  const english = inferEnglishKind(model);
  if (english.groupMaterial || english.comparison || english.kind) {
    // A page in another language that the English patterns took in by a name it shares with English ("terapia de grupo"), under a
    // title that calls it a guide, a study or an article in its own language: writing about groups, as it is when read in that language.
    const titled = english.groupMaterial && !english.comparison ? otherLanguageArticleTitle(model) : undefined;
    if (!titled) return english;
    return {
      ...english,
      kind: null,
      source: null,
      groupMaterial: false,
      evidence: [],
      groupReason: null,
      notGroupReason: `it reads as an article: its title, in ${titled}, calls it a guide, a study or an article about groups`,
      titleContradicted: undefined,
      kindsInSections: undefined,
    };
  }
  // A page in another language that the English patterns could not read: one group's own page if its own words say so there.
  const other = readOtherLanguage(model);
  if (!other) return english;
  return {
    ...english,
    kind: other.kind,
    source: other.kind ? 'inferred' : null,
    groupMaterial: true,
    evidence: other.evidence,
    groupReason: other.reason,
    notGroupReason: null,
    language: other.language,
    ...(other.bothAtOnce ? { bothKindsAtOnce: other.bothAtOnce } : {}),
  };
}

function inferEnglishKind(model: DocumentModel): KindResolution {
  // Without a title block, a first line run into the text below it that reads as a heading (runInHeading: not a sentence that lost
  // its full stop) is the title for the title's words too: "Staff Support Groups for Care Home Teams\nCalm, private spaces…". Its
  // words are the title's, not the body's.
  const runIn = model.title ? undefined : model.runInHeading;
  const inRunIn = (m: Match): boolean => runIn !== undefined && m.sentence.block === runIn.block && m.sentence.from === runIn.from;
  const title: { text: string } | undefined = model.title ?? runIn;
  const inTitle = (re: RegExp): Match[] =>
    model.title ? model.find(re, isTitle(model)) : runIn ? model.find(re, (b) => b === runIn.block).filter(inRunIn) : [];
  const body = notTitle(model);
  let serving: boolean | undefined;
  const servingMinistry = (m: Match): boolean => SUPPORT_MINISTRY.test(m.text) && (serving ??= model.mentions(SERVING_TEAM));

  // (Peer support given as a benefit is no name of a group: "Group therapy gives patients peer support", "the programme builds mutual
  // aid".)
  // (A name whose own verb is denied still names the group: see affirmDeniedSubject.)
  let supportNames = model
    .find(SUPPORT_NAME, body)
    .map(affirmDeniedSubject)
    .filter((m) => !inRunIn(m))
    .filter(supportNameHere)
    // (Nor a ministry that serves the bereaved at funerals: see SERVING_TEAM.)
    .filter((m) => !servingMinistry(m));
  // (A leader's experience is no name of this group: "Moore has extensive experience providing individual, couples, family and
  // group therapy".)
  // (Nor is a kind something is likened to: "a writing circle can function as group therapy", nor what a support group is said to be
  // more than.)
  let therapyNames = model
    .find(THERAPY_NAME, body)
    .map(affirmDeniedSubject)
    .filter(
      (m) =>
        !inRunIn(m) &&
        !isOrgName(m) &&
        !LEADER_EXPERIENCE.test(textBefore(m)) &&
        !onLabelLine(m) &&
        !LIKENED_BEFORE.test(textBefore(m).slice(-80)) &&
        !MORE_THAN_KIND_BEFORE.test(textBefore(m).slice(-120)),
    );
  // A service's own "treatment groups" name group therapy for the kind reading (see TREATMENT_GROUPS; the rules still ask for a plain
  // "group therapy"), on a page that is no study of such groups (see TRIAL_ARMS) and that offers them now (see offersGroupsNow): a
  // programme's news page, telling what it has been doing, names them with no way in.
  const treatmentGroups = model.find(TREATMENT_GROUPS, body).filter((m) => m.stance === 'affirmed' && !inRunIn(m) && !onLabelLine(m));
  if (treatmentGroups.length > 0 && !model.mentions(TRIAL_ARMS) && offersGroupsNow(model))
    therapyNames = [...therapyNames, ...treatmentGroups].sort((a, b) => a.start - b.start);
  // (A method the group's tools come from is not the group's name: "tools based in CBT", "inspired by DBT".)
  const formats = model
    .find(THERAPY_FORMAT, body)
    .filter((m) => !inRunIn(m))
    .filter(writtenAsAcronym)
    .filter(
      (m) =>
        !/\b(?:(?:based|rooted|grounded|founded)\s+(?:in|on|upon)|inspired\s+by|drawn\s+from|draws?\s+on|borrow\w*\s+from)\s+(?:the\s+)?$/i.test(textBefore(m)),
    );
  // (Nor the name as the word before those who lead or run such groups, "Support Group Leaders Gather for a Day of Training": the
  // title is about those people, not a group. See ROLE_AFTER_NAME.)
  const titleSupport = inTitle(SUPPORT_NAME).filter((m) => m.stance !== 'negated' && !servingMinistry(m) && !ROLE_AFTER_NAME.test(textAfter(m)));
  // (A method's bare initials in a question, "What Is CBT?", head an explainer of the method, not a group.)
  const titleTherapy = [
    ...inTitle(THERAPY_NAME),
    ...inTitle(THERAPY_FORMAT)
      .filter(writtenAsAcronym)
      .filter((m) => !(/^[A-Z-]+$/.test(m.text) && /\?[\W_]*$/.test(title!.text)))
      // (Not "ACT Scores for College Admission" or "CPT Code 90834": those two are also a test and a billing code.)
      .filter((m) => !/^(?:ACT|CPT)$/.test(m.text) || /\b(?:group|therap|counsel|skills|matrix)/i.test(title!.text)),
  ].filter((m) => m.stance !== 'negated');
  // The comparison exemption is for pages with no group of their own: a flyer with a schedule,
  // a sign-up or "our group" that also explains the difference is judged as that group.
  // (A question about "this group" or "our group", "Will you be a fit for this group?", takes the group as given.)
  // A page's groups and how they run, said plainly at the start of a sentence ("Meetings are led by trained peers", "These
  // groups are open and free"): an organisation's page on its own programme, told in the third person. (Not on a page that
  // names both kinds: there "The sessions are led by a licensed therapist" and "The meetings are open to anyone" explain each.)
  const namesBothKinds = [supportNames, therapyNames].every((ms) => ms.some((m) => m.stance === 'affirmed'));
  const opensSentence = (m: Match) => /^[\W_]*$/.test(textBefore(m));
  const groupsRun = !namesBothKinds && model.affirmed(GROUPS_RUN).some(opensSentence);
  // (Groups meeting at a stated frequency, "Groups for both men and women run every week", count too, but the page model may
  // still overrule them.)
  const groupsMeet = !namesBothKinds && model.affirmed(GROUPS_MEET_REGULARLY).some(opensSentence);
  // A member's own consent or agreement, in the first person again and again ("I understand that I am enrolling in group
  // therapy", "I agree to keep…", "I choose what I share"): the group's own form, which a member signs.
  const memberSigns = model.affirmed(MEMBER_CONSENT).length >= 3;
  // The page is the agreement its own group's members sign, under a title or heading that names it (see MEMBERS_AGREEMENT_HEAD),
  // and binds them to it twice or more (see MEMBER_AGREES): a clinical group's terms of joining, whose members come by signing. Its
  // "I" and "we" are the member's, not a story's, and its words on attendance and payment read like an article's to the page model.
  const membersAgreement =
    [title?.text, ...model.headings.map((h) => h.text)].some((t) => t !== undefined && MEMBERS_AGREEMENT_HEAD.test(t)) &&
    model.affirmed(MEMBER_AGREES).filter((m) => !insideQuotation(m)).length >= 2;
  // Where and how often its group meets: "PAED get together once a month at Calder College". (Not groups in general: "Many meet
  // weekly, in libraries or community centres".)
  const meetsAtAPlace = model.affirmed(REGULAR_MEETING_AT).some((m) => !inGeneral(m));
  const ownGroups = ownGroupsOf(model);
  // What its own groups are, the day they meet or who leads them, said in its own voice: "Our groups are support groups only", "We
  // are a network of local support groups", "our chair started the first group, which still meets weekly on Thursdays",
  // "Facilitators are peers, … and we do not diagnose". Its voice is a "we" or "our" in the sentence, or its own groups in the first
  // person on the page ("our groups", "we meet"); an explainer says the same of groups in general, in the third person.
  const saysOwnGroups = (): boolean => {
    // (Or the groups its writers set up, in the first person and named by their kind: "we establish peer-led support groups in
    // schools". An explainer says what schools or others should set up, never "we establish".)
    if (ownGroups.some((m) => WE_SET_UP_KIND.test(m.text))) return true;
    // (Not an organiser quoted in someone else's story: '"Our groups are open to anyone," she said'.)
    const said = model.affirmed(OWN_GROUPS_SAID).filter((m) => !inGeneral(m) && !insideQuotation(m));
    if (said.length === 0) return false;
    if (ownGroups.some((m) => /^(?:our|we)\b/i.test(m.text))) return true;
    const voiced = new Set(model.find(OWN_VOICE).map((m) => m.sentence));
    return said.some((m) => voiced.has(m.sentence));
  };
  // Its group meeting at a place, told in the first person, with a way to reach the writers in the first person too: "we meet at two
  // centres in the county" and "please email me" on a founder's page for her own group. (An explainer or a member's story has
  // neither; an organisation's article on groups in general does not say "we meet at".)
  // (The way to write is often put as a condition, "If you would like to know more, please email me": not denied, it still stands.)
  const meetsAndWritesAsUs = (): boolean =>
    model.affirmed(WE_MEET_AT).length > 0 && model.find(WRITE_TO_US).some((m) => m.stance === 'affirmed' || m.stance === 'hypothetical');
  // The organisers of its own group in their own voice: how its meetings are held, in the first person with no weekday ("our
  // meetings take place in a different town each time", "one bigger meeting every three months", see OWN_VOICE_MEETINGS), or a way to
  // join it by writing to the writer ("anyone who would like to join can drop me a line"). Neither in the past, nor inside a
  // quotation, nor denied: a story quoting an organiser, a researcher's "many groups hold their meetings in cafés" are not its voice.
  // (Only on a page with a group of its own.)
  const organisersOwnVoice = (): boolean =>
    hasOwnGroup &&
    (model
      .affirmed(OWN_VOICE_MEETINGS)
      .some((m) => !toldInPast(m) && !insideQuotation(m) && (!/^(?:one|a)\s/i.test(m.text) || FIRST_PERSON_PLURAL.test(m.sentence.text))) ||
      // (The match runs from the wish to join to the way to write: a "not" inside it, "should not email me", denies it too.)
      model
        .find(JOIN_BY_WRITING)
        .some((m) => m.stance !== 'negated' && m.stance !== 'question' && !/\b(?:not|never)\b|n't\b/i.test(m.text) && !insideQuotation(m)));
  // The page names its own group by kind in the first person plural in two sentences or more, said now and in its own voice ("That is
  // what our postpartum support groups offer", "She also leads Little Steps, our new mothers' support group"): the page of the group's
  // hosts, however long the story it tells before. (Not "one of our support groups", not inside a quotation, not told in the past.)
  const namesOwnKindGroupAsUs = (): boolean =>
    new Set(
      model
        .affirmed(OUR_KIND_GROUP)
        .filter((m) => !insideQuotation(m) && !toldInPast(m) && !SOME_OF_BEFORE.test(textBefore(m).slice(-20)))
        .map((m) => m.sentence),
    ).size >= 2;
  // Its group's next meeting on a date, or readers invited to its own meetings: see datedOrInvitedOf.
  const datedOrInvited = (): boolean => datedOrInvitedOf(model);
  // A reporter's story about a group, not the group's notice: it quotes people twice or more ('"…," said Jane', '"…," she recalled',
  // "according to Hart, …": see REPORTED_SPEECH) and gives a reader no way to come. No group of its own (no "our group" or "this
  // group", day, time, place or sign-up), no invitation ("join us", "the group meets…", "new members are welcome"), no next meeting
  // on a date, no one to ring or write to (see WAY_TO_COME). A news story that tells readers when and where the group meets, or
  // how to join it, is that group's notice, as reviewers read it. (noWayToCome: the page gives a reader no way to come.)
  const noWayToCome = (): boolean =>
    !hasOwnGroup && !model.mentions(PRESENT_INVITATION) && !model.mentions(GROUPS_NOW) && !datedOrInvited() && !model.mentions(WAY_TO_COME);
  const reportedOnly = (): boolean => !hasOwnGroup && model.find(REPORTED_SPEECH).length >= 2 && noWayToCome();
  // A kind named as one part of an event's programme, "Sharing circles are also a part of the conference", on a page with no group of
  // its own and no way to come (as reportedOnly): the event's session.
  // (The names found already are looked at first: most pages name no kind so, and are searched no further.)
  const eventItem = (): Match | undefined => {
    if (hasOwnGroup) return undefined;
    const item = [...supportNames, ...therapyNames].find((m) => m.stance === 'affirmed' && PART_OF_EVENT_AFTER.test(textAfter(m)));
    return item !== undefined && noWayToCome() ? item : undefined;
  };
  // A drop-in or a club of its own that meets is a meeting of its own, as a group is. (Not words on groups for the page model to
  // read, see groupWords: a youth club's or a games club's own page reads as a group's too.)
  const ownDropInOrClub = model.affirmed(OWN_DROP_IN_OR_CLUB).length > 0 || model.affirmed(NAMED_CLUB_MEETS).length > 0;
  // A title of a programme's name and the day it runs, over a body that defines that name as a day or an event for someone: that
  // day's own page (see DATED_NAME_TITLE).
  const datedProgrammeTitle = (): boolean => {
    const named = title && DATED_NAME_TITLE.exec(title.text)?.[1];
    if (!named || !CAPITALISED_NAME.test(named)) return false;
    const name = programmeName(named);
    return model
      .affirmed(PROGRAMME_DAY_DEFINED, body)
      .some((m) => namesManyDays(m.groups[0] ?? '', m.groups[1] ?? '') && programmeName(m.groups[0] ?? '') === name);
  };
  // A local chapter of its own, of a body of self-help or mutual aid (see OUR_OWN_CHAPTER): a group of its own, and a support group.
  const ownChapter = model.affirmed(OUR_OWN_CHAPTER).length > 0 && model.affirmed(SELF_HELP_BODY).length > 0;
  const hasOwnGroup =
    ownChapter ||
    groupsRun ||
    ownDropInOrClub ||
    memberSigns ||
    groupsMeet ||
    ownGroups.length > 0 ||
    // (Not a post's own date line, "Posted Mar 3 2010 9:15am": the time it was posted, not a meeting's.)
    model.first(SPECIFIC_LOGISTICS, (m) => !onPostStamp(m) && !toldInPast(m) && !oddMinute(m)) !== undefined ||
    meetsAtAPlace ||
    model.affirmed(NAMED_GROUP_DEFINED).length > 0 ||
    model.affirmed(NAMED_OFFERING_DEFINED).length > 0 ||
    model.find(OWN_GROUP).some((m) => m.stance === 'question' && /^(?:this|our)\s+group\b/i.test(m.text)) ||
    datedProgrammeTitle() ||
    orgListsOwnGroups(model) ||
    serviceListsOwnGroupTypes(model) ||
    ownGroupConsentForm(model);
  // Those the page's own group is for, referred into it by a kind's name, "Pupils are referred to small group counseling by their
  // teachers": the stance reads any "referred" as a referral elsewhere (see assess.ts), but on a page with a group of its own that
  // names no kind otherwise, said plainly (no "can be", no place after it), it names the page's own kind.
  if (hasOwnGroup && !supportNames.some((m) => m.stance === 'affirmed') && !therapyNames.some((m) => m.stance === 'affirmed'))
    therapyNames = therapyNames.map((m) =>
      m.stance === 'hypothetical' && REFERRED_INTO_BEFORE.test(textBefore(m)) && !REFERRED_ELSEWHERE_AFTER.test(textAfter(m).slice(0, 80))
        ? { ...m, stance: 'affirmed' }
        : m,
    );
  // A kind's plural name as one item of a list of a place's services, "These include individual counseling, support groups, tutoring,
  // art supplies and snacks": one service among others, not a group of the page's own. When every name of a kind on the page is so,
  // and nothing else speaks of a group (no group word in the title, no "the group", "our groups", "group members", no fellowship),
  // the page names no kind and describes no group: it is the place's page.
  const listedService = (m: Match): boolean =>
    /s$/i.test(m.text) &&
    SERVICE_ITEM_BEFORE.test(textBefore(m).slice(-60)) &&
    SERVICE_ITEM_AFTER.test(textAfter(m).slice(0, 60)) &&
    (m.sentence.text.match(/[,;]/g)?.length ?? 0) >= 2;
  const named = [...supportNames, ...therapyNames].filter((m) => m.stance === 'affirmed');
  const onlyListedServices =
    named.length > 0 &&
    named.every(listedService) &&
    !(title && GROUP_TITLE.test(title.text)) &&
    ownGroups.length === 0 &&
    !model.mentions(GROUP_REF) &&
    !model.mentions(OUR_GROUPS) &&
    !model.mentions(NAMED_GROUP_REF) &&
    !model.mentions(FELLOWSHIP) &&
    formats.every((m) => m.stance !== 'affirmed');
  if (onlyListedServices) {
    supportNames = supportNames.filter((m) => m.stance !== 'affirmed');
    therapyNames = therapyNames.filter((m) => m.stance !== 'affirmed');
  }
  // A page with a group of its own is judged by what it says of that group: the names of either kind in a section that sets the
  // kinds side by side ("What is the difference between group therapy and a support group?", "## How is this different from group
  // therapy?") are the explanation's, whether or not the page names its own kind elsewhere (if it does not, the signals or
  // declare-kind decide).
  if (hasOwnGroup) {
    const outside = (m: Match) => !model.inComparingSection(m.block);
    supportNames = supportNames.filter(outside);
    therapyNames = therapyNames.filter(outside);
  } else {
    // A page with no group of its own (no "our group", day, time or sign-up) that names a kind only as what someone aims to bring
    // about names no group: a hospital team's goal "to bring patients together in support groups" is no support group's page. (With a
    // group of its own, "…and the first one starts on Tuesday at 6 pm", the aim names its kind.)
    const aimedAt = (m: Match) => AIMED_AT_BEFORE.test(textBefore(m).slice(-160));
    supportNames = supportNames.filter((m) => !aimedAt(m));
    therapyNames = therapyNames.filter((m) => !aimedAt(m));
  }
  // A title that sets the kinds side by side ("Support group vs. therapy group") makes the page a
  // comparison even when it mentions groups of its own.
  const comparisonTitle = titleSupport.length > 0 && titleTherapy.length > 0 && COMPARISON.test(title!.text) && !selfDeclared(model);
  COMPARISON.lastIndex = 0;
  // A title that names one group of one kind ("Caregiver Support Group", "DBT Skills Group for Teens")
  // is the page's own group: a section comparing the kinds below it does not make the page a comparison.
  const titleNamesOwnGroup =
    !!title &&
    titleSupport.length > 0 !== titleTherapy.length > 0 &&
    !/\bgroups\b/i.test(title.text) &&
    !isArticleTitle(title.text) &&
    !NOT_A_FLYER_TITLE.test(title.text);
  let comparison =
    comparisonTitle ||
    (!hasOwnGroup && !titleNamesOwnGroup && isComparison(model, title?.text, titleSupport.length > 0, titleTherapy.length > 0, supportNames, therapyNames));

  // The text says what the group is: "This is group therapy", "We are a peer support group",
  // or a sentence opening by naming it ("A support group for caregivers", "GriefShare is a
  // 13-week support group", "I'm starting a new moms support group").
  // (What such groups tend to be is not what this one is: "These are often for practicing therapy": see HEDGED.)
  const selfTherapyAt = model.firstAffirmed(
    SELF_THERAPY,
    (m) =>
      !/\b(?:not|never)\b|n['’]t\b|substitut|individual/i.test(m.text) &&
      !CONTRAST_WITHIN.test(m.text) &&
      !HEDGED.test(m.text) &&
      !GENERAL_SELF.test(m.text) &&
      !NAME_AFTER_PREPOSITION.test(m.text) &&
      !(m.text.includes(',') && NEW_CLAUSE_AFTER.test(textAfter(m))) &&
      !sideOffer(m.sentence),
  );
  // "It offers peer support" is a benefit (group therapy offers it too), not a name: only "is a peer support group" names the kind.
  // (Nor the answer to "What is a … group?", nor one listed group's "This is…": see notOwnSelfStatement.)
  const selfSupportAt = model.firstAffirmed(
    SELF_SUPPORT,
    (m) =>
      !/\b(?:not|never)\b|n['’]t\b/i.test(m.text) &&
      !CONTRAST_WITHIN.test(m.text) &&
      !HEDGED.test(m.text) &&
      !/\b(?:offers?|provides?)\b.*\b(?:peer[-\s]+support|mutual[-\s]+(?:aid|help))$/i.test(m.text) &&
      !sideOffer(m.sentence) &&
      !notOwnSelfStatement(model, m),
  );
  const selfTherapy = selfTherapyAt !== undefined;
  const selfSupport = selfSupportAt !== undefined;
  // A name at a sentence's start, with no determiner, before a verb: "Support groups offer…".
  const leadsInGeneral = (m: Match): boolean => {
    const before = textBefore(m);
    const after = textAfter(m);
    return !OWN_DETERMINER.test(before) && /^[\W_]*(?:[\p{L}'’-]+\s+){0,2}$/u.test(before) && /^,?\s+\p{Ll}/u.test(after);
  };
  // The name as a plural, or as the word before a plural ("Peer led recovery groups offer…").
  const plural = (m: Match): boolean => /s$/i.test(m.text) || /^\s+(?:[\p{L}'’-]+\s+){0,2}(?:groups|circles|meetings)\s+\p{Ll}/u.test(textAfter(m));
  const supportInGeneral = supportNames.some((m) => m.stance === 'affirmed' && /s$/i.test(m.text) && leadsInGeneral(m));
  // A plural with no determiner of its own, anywhere in a sentence: "kinds of groups, including support groups".
  const pluralInGeneral = (m: Match): boolean => /s$/i.test(m.text) && !OWN_DETERMINER.test(textBefore(m));
  const logistics = model.mentions(LOGISTICS);
  // Logistics other than the bare word "sessions" (uncounted): a day, a time, a place, a sign-up, whom to contact.
  let pastSessions: boolean | undefined;
  const beyondSessions = (): boolean =>
    (pastSessions ??= logistics && model.first(LOGISTICS, (m) => !/^sessions?$/i.test(m.text) || COUNTED_BEFORE.test(textBefore(m).slice(-40))) !== undefined);
  const opensWith = (m: Match) => {
    // A name followed by news of the group itself ("A Caregivers' Support Group is beginning!", "The Grief Support Group will
    // meet monthly") announces it, capitals or not.
    if (m.stance === 'affirmed' && SELF_OPENING.test(textBefore(m)) && ANNOUNCED_AFTER.test(textAfter(m))) return true;
    if (isOrgName(m)) return false;
    // (Nor a second offering beside the page's own work: "I also facilitate several support groups".)
    if (sideOffer(m.sentence)) return false;
    const before = textBefore(m);
    // A question about "this grief therapy group", "our support group" or "the support group" takes its kind as given.
    if (m.stance === 'question') return /\b(?:this|our|the)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(before);
    if (m.stance !== 'affirmed') return false;
    const after = textAfter(m);
    // (Nor the name before one word and a colon, a list item's label, "One last group therapy tip: …", "Group therapy options:": it
    // heads a tip or a list, not a group. "Group therapy schedule:", "Support group details:" still head the group's own.)
    if (LABEL_HEAD_AFTER.test(after)) return false;
    // (Nor the name as the word before those who lead or run such groups, "Support group leaders came from nine towns", "support
    // group leaders and members who wrote in": the sentence is about those people, not a group. See ROLE_AFTER_NAME.)
    if (ROLE_AFTER_NAME.test(after)) return false;
    // (Nor the kind named as one item of an event's programme, "Sharing circles are also a part of the conference": the event's
    // session, not a group of the page's own. See PART_OF_EVENT_AFTER.)
    if (PART_OF_EVENT_AFTER.test(after)) return false;
    // A heading of an article ("Why stroke support groups matter", "Importance of confidentiality
    // in group therapy") names the kind as a topic, not a group.
    if (
      ARTICLE_LEAD.test(before) ||
      /\b(?:in|of|on|to|into|within|inside|through|from|with|between|for|about|than)\s+(?:(?:an?|the|these|those|\p{Lu}[\p{L}'’-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,2})?$/u.test(
        // (Only the words just before the name matter; a sentence's capital first word is read as any other.)
        before.length > 120 ? before.slice(-120) : before.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()),
      )
    ) {
      return false;
    }
    // "Support groups offer…", "A support group is…": the kind in general, defined or praised, not
    // this page's group. A mass noun ("Group therapy helps…") is how a practice speaks of its own
    // service, unless the page speaks of support groups in general too (then it weighs the kinds).
    const determiner = OWN_DETERMINER.test(before);
    // (On a page that speaks of support groups in general and has no group of its own, "The support group also becomes somewhere
    // to turn" goes back to those groups: the kind, not a group of the page's own.)
    if (supportInGeneral && !hasOwnGroup && /^[\W_]*the\s+$/i.test(before)) return false;
    if (leadsInGeneral(m) && (plural(m) || supportInGeneral)) return false;
    // "Group therapy can bring…", "Sometimes group therapy is…": what the kind tends to do, not this group.
    if (!determiner && (GENERIC_AFTER.test(after) || /^[\W_]*(?:sometimes|often|generally|usually|typically|in\s+general),?\s+$/i.test(before))) return false;
    // What is believed or found of the kind ("Group therapy with others who share the disability is widely held to help…", "Research
    // suggests that group therapy helps…"), and news of a group ending ("A support group for people with lupus has wound up"): neither
    // offers a group.
    if (!determiner && GENERAL_BELIEF.test(after.slice(0, 120))) return false;
    if (FINDINGS_BEFORE.test(before)) return false;
    if (ENDED_AFTER.test(after.slice(0, 120))) return false;
    // (Also with a word or two of description, in lower case, and an aside: "A therapeutic process group, often called a process
    // group, is a form of…". A capitalised name defined so is a group's own, see NAMED_GROUP_DEFINED.)
    if (
      !determiner &&
      /^[\W_]*(?:[Aa]n?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?$/u.test(before) &&
      DEFINITION_AFTER.test(after.replace(/^\s*(?:\([^()]{1,80}\)|,[^,.;:!?]{1,80},)/, ''))
    )
      return false;
    // (Or after one word of description that opens the sentence, said of the kind in general: "Small group counseling is an
    // essential part of…".)
    if (!determiner && MODIFIER_OPENS.test(before) && KIND_IN_GENERAL_AFTER.test(after)) return false;
    // (Nor bare "peer support" told of as a practice that happens between people: "Peer support happens when mums…", "Peer support
    // is about…". "Peer support happens every Tuesday" is still a meeting's.)
    if (!determiner && BARE_PEER_SUPPORT.test(m.text) && PRACTICE_AFTER.test(after)) return false;
    // "Support network", "support space": words for support in general, not the name of a group.
    if (/\b(?:network|space)s?$/i.test(m.text)) return false;
    // Nor the things made for such groups: "support group flyers (free, peer-hosted groups)", "therapy group handouts", and the
    // paperwork for joining one: "group counseling consent forms", "support group sign-up sheets". (The name still counts toward
    // the page's kind: a flyer that sends its consent forms home names its kind all the same.)
    if (
      /^\s+(?:flyers?|posters?|handouts?|leaflets?|brochures?|materials|templates?|files|folders?|wording|(?:consent|permission|referral|intake|sign-?up|registration)\s+(?:forms?|slips?|letters?|sheets?))\b/i.test(
        after,
      )
    )
      return false;
    // A line that is only the name ("PARKINSON'S SUPPORT GROUP", "Group Therapy for Kids") heads what follows. The kind's
    // bare plural as a line ("Support Groups", "Peer Support Groups Overview") heads a topic as often as a page's own
    // groups: it needs a group of its own or the logistics of one, as such a title does. A line where other words follow
    // the name ("Facilitator qualifications (peer-led vs. professional)") is about something else.
    if (m.sentence.text.split(/\s+/).length <= 6 && !/[.!?]$/.test(m.sentence.text)) {
      if (!/^[\W_]*$/.test(after) && !/^\s+(?:for|at|in|with|on)\s+[^()]*$/i.test(after)) return false;
      return !(/s$/i.test(m.text) && !OWN_DETERMINER.test(before)) || hasOwnGroup || logistics;
    }
    // ("And" or "or" between the words that describe the group is no list of others: "GAIA is a gender-affirming and arts-based
    // therapy group".)
    return SELF_OPENING.test(before) && !PASSING.test(before.replace(DESCRIBED_AFTER_ARTICLE, (d) => d.replace(/\b(?:and|or)\s+/gi, '')));
  };
  const opensSupport = supportNames.some(opensWith);
  // A method's group ("The DBT skills group…", "Our ACT group meets…") opens as group therapy does.
  // (As the sentence's subject only: "the second part of DBT is the weekly skills group" describes a method.)
  const opensTherapy =
    therapyNames.some(opensWith) ||
    formats.filter((m) => /\b(?:group|class|program|course)s?$/i.test(m.text) && !/\b(?:is|are|was|were)\b/i.test(textBefore(m))).some(opensWith);

  let support = 0;
  let therapy = 0;
  if (selfTherapy) therapy += 3;
  if (selfSupport) support += 3;
  if (opensSupport) support += 2;
  if (opensTherapy) therapy += 2;
  if (titleSupport.length) support += 3;
  if (titleTherapy.length) therapy += 3;
  support += Math.min(3, supportNames.filter((m) => m.stance === 'affirmed').length);
  // A fellowship the page points its readers to ("information about Al-Anon", "encourage attendance at Al-Anon", "12-Step
  // program involvement", "(Al-Anon)") is a resource, not the page's own group: it does not name the page's kind.
  const pointedTo = (m: Match) =>
    POINTED_TO.test(textBefore(m)) ||
    /^\s*(?:speakers?|involvement|literature|meetings?\s+(?:nearby|in\s+the\s+community|elsewhere))\b/i.test(textAfter(m)) ||
    /\(\s*$/.test(textBefore(m));
  // (A title that names its fellowship in brackets, "Tuesday Night Serenity Group (AA)", is that fellowship's meeting.)
  const ownFellowship = [...model.affirmed(FELLOWSHIP).filter((m) => !pointedTo(m)), ...inTitle(FELLOWSHIP_IN_BRACKETS)];
  if (ownFellowship.length) support += 2;
  therapy += Math.min(3, therapyNames.filter((m) => m.stance === 'affirmed').length);
  therapy += Math.min(1.5, formats.filter((m) => m.stance === 'affirmed').length * 0.75);
  // A denial of therapy is a support group's disclaimer; a denial of "support group"
  // usually sets a therapy group apart from one.
  // (A doctor who "does not offer medical treatment" at a clinical programme's sessions denies medicine, not therapy.)
  // (Nor one that is the subject of its own denied verb, "Group therapy is not for everyone": see affirmDeniedSubject.)
  const deniedTherapy = model.find(THERAPY_WORD, body).map(affirmDeniedSubject).filter(deniesTherapyHere);
  // (A page that denies both, "not a traditional support group, nor is it group therapy", says what it is not, not which kind.)
  const deniesSupportName = supportNames.some((m) => m.stance === 'negated');
  const deniesTherapyName = therapyNames.some((m) => m.stance === 'negated');
  if (!(deniesSupportName && (deniedTherapy.length > 0 || deniesTherapyName))) {
    if (deniedTherapy.length) support += 1.5;
    if (deniesSupportName) therapy += 1;
    if (deniesTherapyName) support += 1;
  }

  // The surrounding signals: money and clinicians lean to therapy; free and peers to support.
  // (A label row that says it costs nothing, "Fee: None", is a word on cost, and no fee.)
  // (On a page with a group of its own, not the words of a section comparing the kinds: "Group therapy is led by a licensed
  // clinician, usually with a fee" describes the other kind.)
  const ownWords = (b: ProseBlock) => !(hasOwnGroup && model.inComparingSection(b));
  // (Nor money that is an invited donation's, "a donation of $5 to $10 helps a great deal, but everyone is welcome": a support
  // group's way with its room costs, as support-free reads it, not a fee.)
  const fees = model
    .affirmed(FEE, ownWords)
    .filter((m) => !/^(?:pay|paid)$/i.test(m.text) && !NOTHING_AS_VALUE.test(textAfter(m)))
    .filter(
      (m) => !((DONATION_BEFORE.test(textBefore(m).slice(-60)) || DONATION_AFTER.test(textAfter(m).slice(0, 60))) && !DONATION_REQUIRED.test(m.sentence.text)),
    );
  if (fees.length) therapy += 1;
  // (Not "Free" inside a name: "Grace Evangelical Free Church hosts the group".)
  if (model.firstAffirmed(FREE, (m) => !freeInAName(m), ownWords) !== undefined) support += 0.75;
  if (model.affirmed(CLINICIAN, ownWords).length) therapy += 0.75;
  // (Not where it is denied: "There are no volunteer duties".)
  if (model.affirmed(PEER_SIGNAL, ownWords).length) support += 0.5;
  // (Not where it is denied, "there is no intake procedure", nor a clinical service the group sits beside, "meant to complement
  // mental health services": neither is a sign that the group is clinical.)
  if (model.find(THERAPY_SIGNAL, ownWords).some((m) => m.stance !== 'negated')) therapy += 0.75;
  if (model.mentions(WEEKS, ownWords)) therapy += 0.5;
  if (
    [...model.find(CLINICAL_SERVICE, ownWords), ...model.find(CLINICAL_SERVICE_RUN_ON, ownWords)].some(
      (m) => m.stance !== 'negated' && !BESIDE_SERVICE.test(textBefore(m).slice(-60)),
    )
  )
    therapy += 0.75;
  if (model.mentions(LEGAL_CONFIDENTIALITY, ownWords)) therapy += 0.75;

  // Group material: a group is what the text is about, not a passing mention of one.
  // (A title that is a group's only as a café, "The Quayside Café", is a coffee shop's unless the page speaks of care, of a group
  // for a life difficulty, of support given or of meeting others in the same position: "Hatherley Memory Café" over "people living
  // with memory loss and those who care for them", "Parents Cafe" over "parents can meet others who understand".)
  const titleGroup =
    !!title &&
    GROUP_TITLE.test(title.text) &&
    !NOT_A_CARE_GROUP.test(title.text) &&
    (GROUP_WORD_TITLE.test(title.text) ||
      model.affirmed(CARE).length > 0 ||
      model.affirmed(CARE_GROUP).length > 0 ||
      model.affirmed(CONDITION_CAFE).length > 0 ||
      model.affirmed(SUPPORT_FLAVOUR).length > 0 ||
      model.affirmed(OTHERS_WHO_KNOW).length > 0);
  // A title that is one group's name ("New Parents Group", "Tuesday Circle"), not a word about groups ("Group Benefits 101").
  // ("Choosing a Group", "How to Find a Group" are advice about one.)
  const titleNamesAGroup =
    titleGroup &&
    /\b(?:group|circle|gathering|caf[eé]|grupo|groupe)[\W_]*$/i.test(title!.text) &&
    !/^[\W_]*(?:choosing|finding|joining|starting|running|leading|facilitating|forming|creating|organi[sz]ing|selecting|how|why|what|when|where|which|should|can|is|are|do|does)\b/i.test(
      title!.text,
    );
  // One event of its host's own calendar: under a title that is one group's name ("Riverstone Sharing Circle"), an events page's
  // pager, "Earlier Event: June 3" / "Later Event: June 9" (see EVENT_PAGER). Its page says where the group sits among its host's
  // events, as a notice does. (A blog's "Older Post / Newer Post" is an archive's, and is not one.)
  const hostsOwnEvent = (): boolean => titleNamesAGroup && model.mentions(EVENT_PAGER);
  // The title is only the kind's plural name, perhaps with whom it is for: "Support Groups", "Dementia Caregiver Support Groups".
  const pluralTitleOnly = !!title && /^[\W_]*(?:[\p{L}'’-]+\s+){0,3}support\s+groups[\W_]*$/iu.test(title.text) && !OWN_DETERMINER.test(title.text);
  // The title names support groups only in the plural, with no "our" or "the": "Support groups for widowed people".
  const titleNamesGroupsInGeneral = !!title && titleSupport.every((m) => /s$/i.test(m.text)) && !OWN_DETERMINER.test(title.text);
  // Minutes, news, job posts, resource lists and documentation talk about groups without
  // announcing one; only a plain self-statement makes them group material.
  // The title, or the first heading under a masthead ("Health Briefs", then "### Study: …").
  const firstHeading = model.headings.find((h) => h.type === 'heading');
  // Without a heading, a short first line run into the text below it (no blank line between) reads as
  // the page's title for telling articles, templates and listings from flyers.
  const first = model.lead?.sentences[0];
  const titleText = (model.title && titleRunOn(model, model.title)) ?? title?.text ?? model.runInTitle?.text;
  // Its hosts saying in the first person plural that they give no clinical care (see WE_GIVE_NO_CLINICAL_CARE), on a page that names
  // support groups: a peer group's own page or its questions and answers, however much its words read like an explainer's. (Not
  // asked, not inside a quotation, not told in the past: a story quoting a facilitator is not the group's voice.)
  let noClinicalCare: boolean | undefined;
  const weGiveNoClinicalCare = (): boolean =>
    (noClinicalCare ??=
      supportNames.some((m) => m.stance === 'affirmed') &&
      model.find(WE_GIVE_NO_CLINICAL_CARE).some((m) => m.stance !== 'question' && !insideQuotation(m) && !toldInPast(m)));
  // A first line that asks about a kind of group in general ("Does Insurance Cover Group Therapy?", "How Many Group Therapy
  // Sessions Does Medicare Cover?") heads an explainer, unless the page goes on to its own group or speaks as the one who
  // runs groups ("I facilitate a support group", "At Northside, we…"): then it is the first of that page's questions.
  // (A title that asks so, "# What Is a Support Group?", heads one too.)
  const asked = titleText === undefined ? first?.text : model.title?.text;
  // (Under a title, not on a page that speaks as "we" or "our": "# What Is Group Therapy?" over "A therapy group at our practice
  // is…" is the practice's own page.)
  const questionTitle =
    asked !== undefined &&
    asked.length <= 100 &&
    QUESTION_ABOUT_A_KIND.test(asked) &&
    !hasOwnGroup &&
    !model.mentions(PROVIDER_VOICE) &&
    (titleText === undefined || !model.mentions(OWN_VOICE)) &&
    // (Nor on a peer group's own questions and answers, whose hosts say they give no clinical care: see weGiveNoClinicalCare.)
    !weGiveNoClinicalCare()
      ? asked
      : undefined;
  // A "Patient & Family Resources" page that holds the centre's own groups, named by their kind, each at a clock time
  // ("Lung Cancer Support Group … 3-4:30 p.m. in the Podium A Conference Room"), is those groups' page.
  const ownGroupsUnderResources = () =>
    /^[\W_]*(?:[\p{L}&'’-]+\s+){0,3}resources[\W_]*$/iu.test(titleText ?? '') &&
    !/\b(?:community|local|other|external|additional|helpful|online|national)\b/i.test(titleText ?? '') &&
    model.find(CLOCK_TIME).length >= 2 &&
    [...supportNames, ...therapyNames].filter((m) => m.stance === 'affirmed').length >= 2;
  // The writers' own group meeting now at a stated recurrence, in the first person plural (see OWN_SCHEDULE_NOW), with its kind in
  // the writers' own words: one kind named on the page, as their own group ("the coming season of our support group") or beside an
  // invitation now ("newcomers are always welcome", see INVITED_NOW). Such a page is that group's own, whatever its minutes-like or
  // archive title or the page model says (see whyNotAFlyer and the page model's overrule below). (Not where the kind would rest only
  // on signals, a co-leader's profession or a site's menu, or on a model's guess: a page that names no kind is left as it was. Nor a
  // fellowship's "we meet weekly in halls across the country": many groups, see PLACES_IN_GENERAL.)
  let scheduleNow: boolean | undefined;
  const ownScheduleNow = (): boolean => (scheduleNow ??= scheduleSaidNow());
  const scheduleSaidNow = (): boolean => {
    const named = (ms: Match[]) => ms.filter((m) => m.stance === 'affirmed');
    const support = [...named(supportNames), ...ownFellowship];
    const therapy = named(therapyNames);
    return (
      support.length > 0 !== therapy.length > 0 &&
      model.affirmed(OWN_SCHEDULE_NOW).some((m) => saidNow(m) && !inGeneral(m) && !hedgedGeneral(m) && !PLACES_IN_GENERAL.test(m.sentence.text)) &&
      ([...support, ...therapy].some((m) => OWN_NAME_BEFORE.test(textBefore(m).slice(-60)) && !ROLE_AFTER_NAME.test(textAfter(m))) ||
        model.find(INVITED_NOW).some((m) => m.stance !== 'negated' && m.stance !== 'question' && saidNow(m)))
    );
  };
  // (A title of minutes or a meeting's notes and nothing else of another sort, not a committee's or a board's, over such a page: see
  // ownScheduleNow.)
  const ownMinutes = (t: string): boolean =>
    MINUTES_TITLE.test(t) && !NOT_A_FLYER_TITLE.test(t.replace(MINUTES_WORDS_ALL, ' ')) && !BODY_IN_TITLE.test(t) && ownScheduleNow();
  // Minutes, news, job posts, articles, listings and entries: the first test that holds, in words a writer can act on
  // (the same words say why such a text is passed over), or null for a page that may be a flyer.
  const quoted = (t: string) => `"${t.replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
  let notAFlyerGenre: string | undefined;
  const whyNotAFlyer = (): string | null => {
    if (titleText !== undefined && NOT_A_FLYER_TITLE.test(titleText) && !ownGroupsUnderResources() && !ownMinutes(titleText)) {
      // (A record or a report by its title, minutes or a research summary, is not taken for a group's page on its words alone.)
      if (RECORD_TITLE.test(titleText)) notAFlyerGenre = RECORD_OR_REPORT;
      return `its title, ${quoted(titleText)}, is that of another sort of page (news, minutes, a job, a list of resources, a manual)`;
    }
    // (A blog's, an archive's or a category's page, "Support Groups Articles and Episodes", "Category: Support Groups", lists posts on
    // a kind of group: see archiveTitle. Not when its post is a group's own, with its schedule now in its writers' voice: see
    // ownScheduleNow.)
    if (titleText !== undefined && archiveTitle(titleText) && !ownScheduleNow()) {
      notAFlyerGenre = ARCHIVE_OF_POSTS;
      return `its title, ${quoted(titleText)}, is that of ${ARCHIVE_OF_POSTS}`;
    }
    // (A page of fees for one group of its own, with its day or sign-up, is that group's.)
    if (titleText !== undefined && MONEY_TITLE.test(titleText) && !hasOwnGroup)
      return `its title, ${quoted(titleText)}, is that of a page of fees or billing, not of a group`;
    // (A provider's leaflet for its own patients, "A guide to group therapy – Patient information leaflet", is its service's page.)
    // (A title naming groups in a place is not a directory's when it launches them, or the page speaks of "our … group".)
    // (Nor is a fellowship's own list of its meetings, "SMART Recovery Meetings in Your Area" over "our local meetings".)
    const ownMeetingList = () =>
      titleSupport.some((m) => FELLOWSHIP_NAME.test(m.text)) &&
      ownGroups.some((m) => /^our\s+(?:[\w'’-]+\s+){0,2}?meetings$/i.test(m.text)) &&
      !disownsListings(model);
    const directoryTitle = (t: string) =>
      DIRECTORY_TITLE.test(t) && !LAUNCH_TITLE.test(t) && !ownGroups.some((m) => /^our\s/i.test(m.text)) && !ownMeetingList();
    // (Nor is a form the member signs, in the first person again and again, an article by a title that opens its definitions:
    // "Definition of Group Counseling" over "I understand…", "I agree…", "I consent…". See memberSigns.)
    if (
      titleText !== undefined &&
      ((isArticleTitle(titleText) && !(memberSigns && DEFINITION_TITLE.test(titleText))) || directoryTitle(titleText)) &&
      !PATIENT_LEAFLET.test(titleText)
    ) {
      notAFlyerGenre = ARTICLE_BY_TITLE;
      return `its title, ${quoted(titleText)}, reads as an article's or a directory's`;
    }
    if (titleText !== undefined && STARTING_TITLE.test(titleText) && model.affirmed(SPECIFIC_LOGISTICS).length === 0)
      return `its title, ${quoted(titleText)}, is that of a report or guide on starting or running a group`;
    // (A heading further down that asks the same, "How Does Group Therapy Work?", on a page with no group of its own, no day, time, place
    // or sign-up and no price: an explainer too.)
    // (Further down: not the title nor the first line, which the question-title reading below weighs with its own exceptions.)
    const firstLine = model.blocks.find((h) => h !== model.title);
    // (Looked for only when it could count: a long page's every block is tried. The question mark is the pattern's own, tested first.)
    const askingHead =
      questionTitle === undefined && !hasOwnGroup
        ? model.blocks.find(
            (h) =>
              h !== model.title &&
              h !== firstLine &&
              (h.type === 'heading' || (h.type === 'paragraph' && h.item === undefined)) &&
              h.text.includes('?') &&
              QUESTION_ABOUT_A_KIND.test(h.text.trim()) &&
              (h.type === 'heading' || h.text.trim().split(/\s+/).length <= 12),
          )
        : undefined;
    if (
      questionTitle === undefined &&
      askingHead &&
      !hasOwnGroup &&
      !model.mentions(SPECIFIC_LOGISTICS) &&
      !fees.some((m) => /\d/.test(m.text)) &&
      !saysOwnGroups()
    ) {
      notAFlyerGenre = ARTICLE_BY_TITLE;
      return `its heading, ${quoted(askingHead.text)}, asks about a kind of group in general, as an explainer does`;
    }
    if (questionTitle !== undefined) {
      notAFlyerGenre = ARTICLE_BY_TITLE;
      return `its ${titleText === undefined ? 'first line' : 'title'}, ${quoted(questionTitle)}, asks about a kind of group in general, as an explainer does`;
    }
    // (An entry never says "this is a peer support group", holds a group of its own or names a price.)
    // (Where its words are also those of a genre, a guide to starting a group under "Support groups", it is that genre's too: the page
    // model's rescue, which reads a how-to's words on a group as a group's own, does not then take it in.)
    if (ENTRY_TITLE.test(titleText ?? model.lead?.text ?? '') && !selfSupport && !selfTherapy && !hasOwnGroup && !fees.some((m) => /\d/.test(m.text))) {
      const entryGenre = genreWithWords(model);
      if (entryGenre) notAFlyerGenre = entryGenre.name;
      return 'it opens with the bare name of a kind of group, as an entry on that kind does';
    }
    if (firstHeading && firstHeading !== model.title && isArticleTitle(firstHeading.text))
      return `its first heading, ${quoted(firstHeading.text)}, reads as an article's`;
    // A short story of the writer's own time in a group, under a title in the first person ("My Year in Therapy", "What I
    // Learned in a Grief Support Group"), told in the past ("we met every Thursday", "it was free"): no group a reader can join.
    // (A founder's page that goes on in the present, "we meet on Mondays", "join us", is the group's own.)
    if (
      titleText !== undefined &&
      FIRST_PERSON_TITLE.test(titleText) &&
      model.find(TOLD_IN_PAST).length >= 2 &&
      !model.mentions(RUNS_THE_GROUP) &&
      !model.mentions(PRESENT_INVITATION)
    ) {
      notAFlyerGenre = 'a personal story';
      return `it reads as a personal story (${quoted(titleText)}, told in the past)`;
    }
    // A page with a genre's words (a study cited, a date line) that holds a group of its own at a
    // clock time ("Mondays, 6–7 pm") is a flyer that cites; the genre does not make it an article.
    // (So is one that gives its group's start or first meeting, with a date, in the future, in a sentence that names the group's kind:
    // "Beginning April 7, the hospital's audiology service will host a monthly support group…". See datedOwnMeetings.)
    const genre = genreWithWords(model);
    const startsOnADate = (): boolean =>
      datedOwnMeetings(model).some((m) => saidNow(m) && [...supportNames, ...therapyNames].some((n) => n.stance === 'affirmed' && n.sentence === m.sentence));
    // (An organisation's page on its own groups, "our support groups are meeting virtually", that tells a member's story below
    // them is not a personal story: one person telling theirs speaks of "our group", one group. Only with words of when, where or
    // how to join them: a member's reflection says "I tell them our meetings stay anonymous" of the fellowship's meetings.)
    const orgGroups = () =>
      ownGroups.some((m) => /^our\s+(?:[\w'’-]+\s+){0,3}?(?:groups|meetings|circles)$/i.test(m.text)) &&
      (model.mentions(PRESENT_INVITATION) || model.mentions(GROUPS_NOW) || model.mentions(CLOCK_TIME) || meetsAtAPlace);
    // (Nor is a programme's page on its own groups advice on finding one when it sends readers to its own chapters: "Parent
    // Support Groups are the Coeliac Families Network's own groups … contact your local Coeliac Families Network chapter".)
    if (genre && genre.name === ADVICE_ON_FINDING && pointsToOwnChapters(model)) return null;
    // (A directory that says its listings are others' to run, "check with the hosting organisation before you go", gives each
    // listed group's times as "this group meets…", "the group meets…": there only a group in the page's own voice, "our group", "we
    // meet", is its own.)
    const ownHere =
      genre && genre.name === OTHERS_DIRECTORY && disownsListings(model) ? ownGroups.filter((m) => /^(?:our|we|my|I)\b/i.test(m.text)) : ownGroups;
    if (
      genre &&
      // (A student's essay plans a group of its own, times and all: it is still coursework.)
      (genre.name === SOFTWARE_DOCS || genre.name === STUDENT_ESSAY || !(ownHere.length > 0 && (model.mentions(CLOCK_TIME) || startsOnADate()))) &&
      !(genre.name === 'a personal story' && orgGroups())
    ) {
      notAFlyerGenre = genre.name;
      return `it reads as ${genre.name} (${genre.words.map(quoted).join(', ')})`;
    }
    return null;
  };
  const notAFlyerWhy = whyNotAFlyer();
  const notAFlyer = notAFlyerWhy !== null;
  // The same name for the page's meetings, twice or more: "Open Door meetings".
  const meetingNames = model.find(NAMED_MEETINGS).map((m) => (m.groups[0] ?? '').trim().toLowerCase());
  const namedMeetings = meetingNames.some((n, i) => meetingNames.indexOf(n) !== i);
  // Why a text about groups is passed over (text that never speaks of a group needs no reason).
  // Where the page speaks of groups, affirmed: names of either kind (in the title too), fellowships, "the group", "our groups".
  // (Found once: both "does it speak of groups at all?" and "only once, in passing?" ask it.)
  let groupWordsFound: Match[] | undefined;
  const groupWords = (): Match[] =>
    (groupWordsFound ??= [
      ...[...supportNames, ...therapyNames, ...titleSupport, ...titleTherapy].filter((m) => m.stance === 'affirmed'),
      ...model.affirmed(FELLOWSHIP),
      ...model.affirmed(GROUP_REF),
      ...model.affirmed(NAMED_GROUP_REF),
      ...model.affirmed(CLASS_MEETS),
      ...model.affirmed(OUR_GROUPS),
      ...model.affirmed(CAFE_REF),
      ...(ownChapter ? model.affirmed(OUR_OWN_CHAPTER) : []),
      // (A clinical method's own group or class, "a DBT skills group", "CBT groups", "Group CBT", is a word on groups too: the page
      // model may then weigh it. Not the method alone, nor its programme or course: "We offer CBT", "a DBT program".)
      ...formats.filter((m) => m.stance === 'affirmed' && METHOD_GROUP.test(m.text)),
      // (A fellowship in its own words, on a page that works the Twelve Steps: "fellowship with others who know the problem",
      // "what DA freely gave us". Not a church's fellowship: no steps there.)
      ...(model.mentions(TWELVE_STEPS) ? model.affirmed(FELLOWSHIP_OWN_WORDS) : []),
    ]);
  // The page's one word on groups names the staff of some group: "your therapist may work with your doctor or group facilitators".
  const onlyGroupStaff = (): boolean =>
    !titleGroup && !namedMeetings && groupWords().length === 1 && /^group\s+(?:leaders?|facilitators?)$/i.test(groupWords()[0].text);
  // Its only words on groups name a group as a way its one-to-one service may be given: "Sessions can be individual or small group
  // sessions", "seen individually or in a small group". No group of its own is offered.
  const onlyGroupFormat = (): boolean => !titleGroup && !namedMeetings && groupWords().length > 0 && groupWords().every(asOtherFormat);
  // A programme of its own, named in its own voice, whose sessions under that name recur (see OWN_PROGRAMME_CALLED).
  const ownProgrammeSessions = (): boolean => {
    const names = model.affirmed(OWN_PROGRAMME_CALLED).map((m) => (m.groups[0] ?? '').toLowerCase());
    if (names.length === 0) return false;
    return model.affirmed(NAMED_SESSIONS_RECUR).some((m) => {
      const said = (m.groups[0] ?? '').toLowerCase();
      return names.some((n) => said === n || said.endsWith(` ${n}`));
    });
  };
  const whyNotGroup = (): string | null => {
    const speaksOfGroups =
      groupWords().length > 0 ||
      namedMeetings ||
      // (A title that names a group: "Bariatric Behavioral Modification Groups".)
      titleGroup ||
      onlyListedServices;
    // (A programme of its own named in its own voice, whose sessions recur, "a programme called SibTime… SibTime sessions, usually held
    // monthly", speaks of a group of its own without the word: the page model may then take it in. See OWN_PROGRAMME_CALLED.)
    if (!speaksOfGroups)
      return ownProgrammeSessions()
        ? (notAFlyerWhy ?? 'it describes a programme of its own whose sessions recur, but never calls it a group or says which kind of group it is')
        : null;
    if (notAFlyerWhy) return notAFlyerWhy;
    if (onlyListedServices) return 'it names a kind of group only as one item in a list of its services, not as a group of its own';
    // (A group of its own that names no kind: "These groups are open and free", "we meet on Tuesdays", and nothing on what
    // sort of group it is.)
    if (hasOwnGroup && !namesSupport && !namesTherapy)
      return 'it speaks of a group of its own but never says which kind it is: no kind of group named, and nothing saying it is peer-run or not therapy';
    return 'it speaks of groups but describes none of its own: no "our group" or "this group", no time and place to meet, no sign-up, no sentence saying what the group is';
  };
  // A group of its own, named by its kind: "our meetings" on a Narcotics Anonymous page, a
  // support group "held on the second Wednesday, 1–2 p.m.", "I am starting a support group".
  // A page that lists both kinds among its services has no one group of its own.
  // (A fellowship or "12-step programs" the page points to, see ownFellowship, names no kind of its own.)
  const namesSupport =
    supportNames.some((m) => m.stance === 'affirmed' && !(FELLOWSHIP_NAME.test(m.text) && pointedTo(m))) || ownFellowship.length > 0 || ownChapter;
  // Without the usual names, a group of its own that is peer-run or says it is not therapy reads as support.
  // (So do hosts who say they are no clinicians: "we are not therapists but we are very good listeners".)
  // (And a group that says it does not replace professional care: "no self-help group could replace them [the counsellors]".)
  const hostsNotClinicians = [...model.find(HOSTS_NOT_CLINICIANS, body), ...model.find(NOT_REPLACING_CARE, body)].filter((m) => m.stance !== 'question');
  // (Not where the page denies being a support group too: it then says what it is not, not which kind.)
  const deniesTherapy = (deniedTherapy.length > 0 && !deniesSupportName) || hostsNotClinicians.length > 0;
  // The group's own disclaimer, said of one group in the singular: "the group is not intended to replace professional treatment",
  // "This circle does not replace your GP", "the peer support group does not replace…". An explainer or a directory says it of such groups in general, in the plural: "support
  // groups are not intended to replace…".
  const ownDisclaimer = (): boolean =>
    hostsNotClinicians.some((m) => /^(?:group|circle)\s/i.test(m.text) && /\b(?:the|this|our)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(textBefore(m).slice(-60)));
  const ownMeetings =
    namedMeetings ||
    ownDropInOrClub ||
    model.affirmed(GATHERING_DEFINED).some((m) => /^[\W_]*(?:(?:\p{Lu}[\p{L}&'’-]*|&)\s+){0,4}(?:is\s+)?$/u.test(textBefore(m))) ||
    (model.affirmed(GATHERING_FOR).some((m) => /^[\W_]*$/.test(textBefore(m))) && model.mentions(RECURRING)) ||
    // (A recurring chat the same way, or as readers are asked to it: "Join us for coffee and chat every Tuesday".)
    model
      .affirmed(RECURRING_CHAT)
      .some(
        (m) => /^[\W_]*(?:(?:\p{Lu}[\p{L}&'’-]*|&)\s+){0,4}(?:is\s+)?$/u.test(textBefore(m)) || /\b(?:join\s+us|come\s+along)\s+for\s+$/i.test(textBefore(m)),
      ) ||
    ownGroups.some((m) =>
      /\b(?:groups?|meetings?|circles?|gatherings?|caf[eé]s?|coffee\s+mornings?)(?![\w-])|\bwe\s+(?:meet|gather|come\s+together|get\s+together)\b/i.test(
        m.text,
      ),
    ) ||
    // (Or its people meeting on a day that recurs, with no word for a group: see PEOPLE_MEET.)
    model
      .affirmed(PEOPLE_MEET)
      .some(
        (m) =>
          RECURRING_IN.test(m.sentence.text) &&
          !PEOPLE_MEET_HEDGED.test(`${textBefore(m)} ${m.text}`) &&
          !PLACES_IN_GENERAL.test(m.sentence.text) &&
          !toldInPast(m),
      );
  const peerRun = model.affirmed(PEER_RUN).length > 0;
  // A pastime's group that is one of the page's own groups for a life difficulty, not a group of another kind: one of its groups for
  // people with a condition ("Book Club" among "the groups … for people with aphasia"; see GROUPS_FOR_CONDITION), or the one group
  // named for a loss in a pastime's form, "the Grief & Trauma Writing Group", as the page names it again ("a writing group"; see
  // FORM_OF_THE_GROUP). (Work groups, a body's meetings, play groups and the words of work still rule the page out.)
  let forCondition: boolean | undefined;
  let careNamedPastime: boolean | undefined;
  const pastimeOfOwnCareGroup = (m: Match): boolean => {
    if (!PASTIME_GROUP.test(m.text)) return false;
    if ((forCondition ??= model.affirmed(GROUPS_FOR_CONDITION).some((g) => !inGeneral(g)))) return true;
    const before = textBefore(m).slice(-60);
    careNamedPastime ??= model.find(NOT_A_CARE_GROUP).some((n) => PASTIME_GROUP.test(n.text) && CARE_NAME_BEFORE.test(textBefore(n).slice(-60)));
    return careNamedPastime && (CARE_NAME_BEFORE.test(before) || (FORM_OF_THE_GROUP.test(m.text) && ONE_GROUP_BEFORE.test(before)));
  };
  let otherKind: boolean | undefined;
  const otherKindOfGroup = (): boolean => (otherKind ??= model.find(NOT_A_CARE_GROUP).some((m) => !pastimeOfOwnCareGroup(m)));
  const supportish = namesSupport || ((deniesTherapy || peerRun) && ownMeetings && !otherKindOfGroup());
  // (A fellowship's meeting called a "process group" once, on a page naming the fellowship more often, stays the fellowship's:
  // "SMART is a 'crosstalk' process group".)
  const formatsNamed = formats.filter((m) => m.stance === 'affirmed').length;
  const namesTherapy = therapyNames.some((m) => m.stance === 'affirmed') || (formatsNamed > 0 && formatsNamed >= ownFellowship.length);
  // Both kinds named again and again, with no plain word on which one this group is: the page
  // explains or lists both (a services page, a "vs." article), so it is judged as no one group.
  const affirmedCount = (ms: Match[]) => ms.filter((m) => m.stance === 'affirmed').length;
  if (
    !comparison &&
    !hasOwnGroup &&
    affirmedCount(supportNames) >= 2 &&
    affirmedCount(therapyNames) >= 2 &&
    !selfDeclared(model) &&
    !selfSupport &&
    !selfTherapy
  ) {
    comparison = true;
  }
  // (Peers running it, or a denial of therapy, stand for the support name only where no kind is named: a therapy group's
  // page may say members learn from peers.)
  // (A page of its own group that names its kind only in a question, "What is group therapy like? This is a discussion group led
  // by a program therapist", names it all the same.)
  const askedSupport = !namesSupport && !namesTherapy && supportNames.some((m) => m.stance === 'question');
  const askedTherapy = !namesSupport && !namesTherapy && therapyNames.some((m) => m.stance === 'question');
  const namesOneKind = namesSupport || namesTherapy ? namesSupport !== namesTherapy : askedSupport !== askedTherapy;
  const oneKind = namesOneKind || (!namesSupport && !namesTherapy && supportish);
  const ownGroup = oneKind && hasOwnGroup;
  // A group, drop-in or club of its own, of no named kind, said to give its members support in other words ("Tiny Steps, our
  // newest group… gives new fathers a place for friendship and support"): group material. (Not a pastime's, a sport's or a
  // class's: "the players support one another".) Its kind is support only with a sign of peers (see PEER_FLAVOUR).
  let flavoured: boolean | undefined;
  // A word of care that names a difficulty, not the group's own way of working (sharing, being supportive, skills, confidence);
  // with `notAHobbys`, nor the well-being or stress relief a hobby promises too.
  const careOfADifficulty = (notAHobbys: boolean): boolean =>
    model.affirmed(CARE).some((m) => !CARE_OF_THE_GROUP.test(m.text) && !(notAHobbys && CARE_A_HOBBY_OFFERS.test(m.text)));
  const supportFlavoured = (): boolean =>
    (flavoured ??=
      !namesSupport &&
      !namesTherapy &&
      ownMeetings &&
      (model.affirmed(SUPPORT_FLAVOUR).length > 0 ||
        // (Words of care other than the sharing itself, or skills: "isolated", "grief", "coping".)
        (model.affirmed(SUPPORT_FLAVOUR_PLAIN).length > 0 && careOfADifficulty(false)) ||
        // (Or members talking, listening and walking with one another, beside a word of a difficulty: not the well-being or the
        // stress relief a choir or a hobby promises too. See PEER_TALK.)
        (model.affirmed(PEER_TALK).length > 0 && careOfADifficulty(true))) &&
      !otherKindOfGroup() &&
      model.affirmed(PASTIME).length === 0 &&
      !sportOfGroup(model));
  const peersGiveSupport = (): boolean => supportFlavoured() && model.affirmed(PEER_FLAVOUR).length > 0;
  // No kind named at all, but a group the reader would join, spoken of again and again in words of
  // care ("after group on Tuesday", "group members", "the group focuses on coping"): group material of
  // unclear kind, left to the signals, the learned model or declare-kind.
  const unnamedCareGroup =
    !namesSupport &&
    !namesTherapy &&
    titleSupport.length === 0 &&
    titleTherapy.length === 0 &&
    model.affirmed(GROUP_REF).length >= 3 &&
    model.affirmed(CARE).length >= 2 &&
    // (A group the reader would join speaks to the reader or as "we", or says when it meets: writing for clinicians on how "group
    // members" react to a fee does none of these.)
    (model.mentions(READER_ADDRESSED) || logistics) &&
    !otherKindOfGroup();
  // A sentence that opens by naming the kind stands for the page's own group only where something ties the page to a group of
  // its own: a "we" or "our", a group named in the title, a meeting or sign-up, a fee, a length, a phone number or address to
  // write to, a question about "the group". An explainer or an overview of other organisations' groups has none of them.
  // (A title naming the kind needs one of them other than the title itself: "Types of Group Therapy" heads explainers.)
  // The hosts' own voice, "ask our team", "we meet" (not the writer's or the site's "we", "the groups we see appearing", "our article
  // library": see writersVoice).
  const hostsOwnVoice = (): boolean => model.find(OWN_VOICE).some((m) => !writersVoice(m));
  let besideLogistics: boolean | undefined;
  const anchorsBesideLogistics = (): boolean =>
    (besideLogistics ??=
      hasOwnGroup ||
      model.mentions(PROVIDER_VOICE) ||
      fees.some((m) => /\d/.test(m.text)) ||
      hostsOwnVoice() ||
      // (Not a heading that is only the kind's name, "Support Group": a blog post or a newsletter heads its piece on such groups so.)
      model.headings.some((h) => GROUP_NAME_HEADING.test(h.text) && !BARE_KIND_HEADING.test(h.text)) ||
      model.mentions(RUNS_FOR) ||
      model.mentions(WHERE_TO_WRITE));
  // (Not logistics in a sentence on how such groups usually run, "Sessions typically run 75 to 90 minutes, meeting weekly", "Most
  // groups meet monthly": see hedgedGeneral.)
  let plainLogistics: boolean | undefined;
  const anchoredBeyondTitle = (): boolean =>
    (plainLogistics ??= logistics && model.first(LOGISTICS, (m) => !hedgedGeneral(m)) !== undefined) || anchorsBesideLogistics();
  const askedOfItsOwn = (): boolean => [...supportNames, ...therapyNames].some((m) => m.stance === 'question' && /\b(?:the|this|our)\s+$/i.test(textBefore(m)));
  const anchored = (): boolean => anchoredBeyondTitle() || titleGroup || askedOfItsOwn();
  // On a reader's guide to group therapy, a title naming the kind, or the kind named again and again, needs a tie other than an
  // uncounted "session(s)": every guide to a first session says "your first session", "most sessions open with…". A reader's guide
  // is a page under a guide's title that names the kind (see GUIDE_TITLE: "What to Expect in Your First Group Therapy Session", "Top
  // Things You Should Know About Group Therapy"), or one that speaks of the reader's first session (see READERS_FIRST_SESSION). (Not
  // elsewhere: a group's own flyer under a name line, "Winter Group Therapy for Teens … Sessions start in January", ties itself so;
  // nor on the support side, where a flyer often ties itself by "contact" or "weekly" alone.)
  const guideTitle = !!title && GUIDE_TITLE.test(title.text) && (titleTherapy.length > 0 || /\bgroups?\b/i.test(title.text));
  let guide: boolean | undefined;
  const readersGuide = (): boolean => (guide ??= guideTitle || model.mentions(READERS_FIRST_SESSION));
  // (Logistics other than an uncounted "session(s)", not said of such groups in general, or a tie beside logistics: a subset of
  // anchoredBeyondTitle's.)
  let beyondSessionWord: boolean | undefined;
  const tiedBeyondSessions = (): boolean =>
    (beyondSessionWord ??=
      logistics &&
      model.first(LOGISTICS, (m) => (!/^sessions?$/i.test(m.text) || COUNTED_BEFORE.test(textBefore(m).slice(-40))) && !hedgedGeneral(m)) !== undefined) ||
    anchorsBesideLogistics();
  const anchoredBeyondTherapyTitle = (): boolean => anchoredBeyondTitle() && (!readersGuide() || tiedBeyondSessions());
  // (And on such a guide the guide's title is no tie of its own, though it holds the word "group". A bare kind title, "Group Therapy",
  // still is.)
  const anchoredTherapy = (): boolean => (!readersGuide() ? anchored() : anchoredBeyondTherapyTitle() || (titleGroup && !guideTitle) || askedOfItsOwn());
  // A sentence that opens with a kind's name needs more than "sessions", "weekly", "contact" or "intake", uncounted, to be the
  // page's own group: an explainer says "Sessions last ninety minutes" of group therapy in general.
  const anchoredOpening = (): boolean =>
    (logistics &&
      model.first(LOGISTICS, (m) => (!GENERIC_LOGISTICS.test(m.text) || COUNTED_BEFORE.test(textBefore(m).slice(-40))) && !hedgedGeneral(m)) !== undefined) ||
    anchorsBesideLogistics() ||
    // (Not a title that names support groups only in the plural, "Migraine Support Groups", "Support groups for carers": it heads an
    // essay on such groups as often as a group's page. See pluralTitleOnly, titleNamesGroupsInGeneral.)
    (titleGroup && !pluralTitleOnly && !(titleSupport.length > 0 && titleNamesGroupsInGeneral)) ||
    askedOfItsOwn();
  // A provider's menu of services or levels of care, each under its own label (see SERVICE_LABEL): its "the program…" under each
  // item are several programmes, not one of its own run in groups, and its words are a services page's, not one group's.
  let menu: boolean | undefined;
  const servicesMenu = (): boolean => (menu ??= model.find(SERVICE_LABEL).length >= SERVICES_MENU_LABELS);
  // Minutes, news, job posts and articles need the plainest words: "this group is a support group".
  // Why the text reads as group material (the first reason that holds), for hovers and tuning.
  // A guide comparing levels of care (PHP, IOP, outpatient), never in a provider's voice ("we", "our"): an explainer, not a
  // clinical programme of its own. Neither the own-programme reason nor the page model takes it in.
  let levels: boolean | undefined;
  const levelsExplainer = (): boolean =>
    (levels ??= new Set(model.find(LEVELS_OF_CARE).map((m) => levelOf(m.text))).size >= 2 && !model.mentions(OWN_VOICE) && !model.mentions(PROVIDER_VOICE));
  // A page whose kind rests on a fellowship's name alone (a title or an opening sentence naming Gamblers Anonymous, the fellowship
  // named again and again) is that fellowship's own page only with something of one meeting of its own: a group of its own (a day,
  // a clock time, "this group", a meeting at a place), a day that is not a story's past one ("every Thursday", not "a recent Tuesday
  // evening"), a meeting at a named venue, somewhere to write or call, a dated meeting or an invitation, or the voice of those who
  // hold the meetings ("our meetings", "we meet", "contact us"). A news report or an explainer on the fellowship names it in the
  // third person, and its "weekly meetings", "sessions", a debt of $26,000 or the writer's "we are taught" tie it to none.
  const fellowshipName = (m: Match): boolean => FELLOWSHIP_NAME.test(m.text);
  let fellowshipMeets: boolean | undefined;
  const fellowshipAnchored = (): boolean =>
    (fellowshipMeets ??=
      hasOwnGroup ||
      model.mentions(WHERE_TO_WRITE) ||
      // (Said of meetings in general, "Newcomers are welcome at most meetings", it is no host's: see hedgedGeneral.)
      model.affirmed(HOST_VOICE).some((m) => !hedgedGeneral(m)) ||
      // (Not a meeting at a venue told in the past, "held its inaugural meeting at the Leven centre": see toldInPast.)
      model.affirmed(MEETS_AT_VENUE).some((m) => !FELLOWSHIP_NAME.test(m.text) && !toldInPast(m)) ||
      datedOrInvited() ||
      model.firstAffirmed(LOGISTICS, (m) => /\d|day/i.test(m.text) && !PAST_DAY_BEFORE.test(textBefore(m).slice(-30)) && !onPostStamp(m)) !== undefined);
  // The writer's own group about to start, as the writer offers it: see MY_NEW_GROUP.
  let writersNew: boolean | undefined;
  const writersNewGroup = (): boolean =>
    (writersNew ??= model.affirmed(MY_NEW_GROUP).some((m) => !insideQuotation(m)) && model.affirmed(WRITER_OFFERS_GROUP).some((m) => !insideQuotation(m)));
  // The writer's own founding of a group, told as news now in the first person (see FOUNDED_BY_WRITER), under a title that names one
  // group of one kind, in the singular and not as a question: "Support Group for Brothers and Sisters of People with Epilepsy" over "I
  // have set up a relaxed online group where siblings can…". The title names the new group's kind.
  const foundedUnderTitle = (): boolean =>
    titleNamesOwnGroup &&
    [...titleSupport, ...titleTherapy].every((m) => !/s$/i.test(m.text)) &&
    !/\?/.test(title!.text) &&
    model.affirmed(FOUNDED_BY_WRITER).some(saidNow);
  // A programme of the page's own, named in its own voice: "Our Day Recovery Programme", "we run two programmes".
  const ownVoiceProgramme = (): boolean => model.affirmed(OWN_PROGRAMME).some((m) => /^(?:our|we)\b/i.test(m.text));
  // A programme named on a line of its own (see PROGRAMME_NAME_HEAD) whose section calls it "this program" and says it is run in groups:
  // "Chronic Pain Skills Program" over "In this program, held in a group, participants learn…". One programme of the page's own, named
  // once and spoken of once, as a services page sets out each of its programmes.
  const namedProgrammeInGroups = (): boolean => {
    const heads = new Set(
      model
        .affirmed(OWN_PROGRAMME)
        .map((m) => model.sectionHead(m.sentence.block))
        .filter((h): h is ProseBlock => h !== undefined && h !== model.title && PROGRAMME_NAME_HEAD.test(h.text.trim())),
    );
    return (
      heads.size > 0 &&
      model.affirmed(RUN_IN_GROUPS).some((m) => heads.has(model.sectionHead(m.sentence.block)!) && !asOtherFormat(m) && !FORMAT_WITHIN.test(m.text))
    );
  };
  const programmesInGeneral = (): boolean =>
    model.find(PROGRAMMES_IN_GENERAL).some((m) => m.stance !== 'negated' && !OWN_PROGRAMMES_BEFORE.test(textBefore(m).slice(-40)));
  // A café, a club or a drop-in of its own that meets at a set time, for people living with a difficulty whom it asks to come (see
  // WELCOMES_THOSE_WITH_A_DIFFICULTY), with volunteers or peers at its heart (see PEER_SIGNAL): a group for a life difficulty, as a
  // carers' café or a stroke club is, though it never names a kind. (Not a coffee shop's page, which welcomes everyone, nor a feature
  // on such cafés with no way to come, nor a pastime's club: see otherKindOfGroup, PASTIME and sportOfGroup.)
  const careGatheringOfItsOwn = (): boolean =>
    (ownMeetings || model.affirmed(OWN_CAFE_OPENS).some((m) => !insideQuotation(m))) &&
    model.affirmed(WELCOMES_THOSE_WITH_A_DIFFICULTY).some((m) => !quotedOnItsLine(m) && !toldInPast(m)) &&
    model.affirmed(PEER_SIGNAL).length > 0 &&
    model.affirmed(PASTIME).length === 0 &&
    !sportOfGroup(model);
  const reasons: Array<[string, () => boolean]> = notAFlyer
    ? [['it says of itself which kind it is', () => selfDeclared(model)]]
    : [
        // A bare plural title ("Support Groups") heads an article as often as a group's page: it needs
        // a group of its own or the logistics of one.
        [
          TITLE_SUPPORT,
          () =>
            // ("Peer Support Meetings" too: the title's name is the meetings'.)
            titleSupport.some((m) => GROUP_TITLE.test(m.text) || /anonymous|anon|alateen|recovery|share|\bmeetings?\b/i.test(m.text)) &&
            // (A title that names only a fellowship, "Gamblers Anonymous helps bettors…", heads news of it as often as its meeting's
            // page: see fellowshipAnchored.)
            (!titleSupport.every(fellowshipName) || fellowshipAnchored()) &&
            (!pluralTitleOnly || hasOwnGroup || logistics) &&
            // (Under a title naming support groups in the plural, "Support groups for widowed people", as explainers are headed
            // too, a "contact" that sends readers elsewhere, "Contact a local hospice to find a group nearby", ties it to none.)
            // (Nor logistics said of no one group: see ofNoOneGroup.)
            (titleNamesGroupsInGeneral
              ? anchorsBesideLogistics() || model.first(LOGISTICS, (m) => !sentElsewhere(m) && !ofNoOneGroup(m)) !== undefined
              : anchoredBeyondTitle()),
        ],
        // (A title alone is no group of the page's own: "Types of Group Therapy", "What to Expect in Group Therapy" head
        // explainers. Something on the page must tie it to a group of its own, as for a sentence that opens by naming the kind.)
        [TITLE_THERAPY, () => titleTherapy.length > 0 && anchoredBeyondTherapyTitle()],
        ['it says it is group therapy', () => selfTherapy],
        ['it says it is a support group', () => selfSupport],
        // (A sentence that opens by naming only a fellowship, "Gamblers Anonymous is a 12-step program…", needs a meeting of its
        // own: see fellowshipAnchored.)
        [OPENS_SUPPORT, () => opensSupport && anchoredOpening() && (supportNames.some((m) => !fellowshipName(m) && opensWith(m)) || fellowshipAnchored())],
        [OPENS_THERAPY, () => opensTherapy && anchoredOpening()],
        [
          'it invites readers to a group and says when or how to join',
          () =>
            (titleNamesAGroup || ((titleGroup || model.mentions(GROUP_INVITE)) && (hasOwnGroup || model.mentions(PROVIDER_VOICE)))) &&
            // (Under a title that is not one group's name, more than the word "sessions", uncounted, which says neither when nor how
            // to join: a consultancy's article on "Listening Circles" speaks of its "sessions" too.)
            // (Or, under a group's name, an events page's pager: see hostsOwnEvent.)
            // (Under a group's name too: a wiki entry or an explainer headed "Integration Group" says "such groups often involve
            // sessions" of every group of the kind.)
            (titleNamesAGroup ? beyondSessions() || hostsOwnEvent() : beyondSessions()) &&
            !otherKindOfGroup(),
        ],
        // (A focus group or a book club elsewhere on the page does not cancel a group of its own named by its kind.)
        [
          'it describes a group of its own',
          () => ownGroup && (!otherKindOfGroup() || (namesOneKind && ownGroups.some((m) => !NOT_A_CARE_IN.test(m.sentence.text)))),
        ],
        ['it describes, in words of care, a group the reader would join', () => unnamedCareGroup],
        // "Our psychodrama group is a closed group that opens to new participants twice a year": a group of its own, of no
        // named kind, that members join (its kind is left to the signals or to declare-kind).
        [
          'it describes a group of its own that members join',
          () =>
            !namesSupport &&
            !namesTherapy &&
            ownGroups.some((m) => /^(?:our|this)\b.*\bgroups?$/i.test(m.text)) &&
            model.mentions(GROUP_MEMBERSHIP) &&
            model.affirmed(CARE).length >= 1 &&
            !otherKindOfGroup(),
        ],
        // "This group helps you look at your relationship patterns. Co-led by two licensed psychologists. $40 per session.": a group
        // of its own, of no named kind, led by clinicians and charged for (its kind is left to the signals or to declare-kind).
        [
          'it describes a group of its own, led by clinicians and charged for',
          () =>
            !namesSupport &&
            !namesTherapy &&
            hasOwnGroup &&
            model.affirmed(CLINICIAN).some((m) => /\b(?:led|co-led|facilitated|co-facilitated|run|conducted)\s+by\b[^.;!?]{0,60}$/i.test(textBefore(m))) &&
            fees.length > 0 &&
            !otherKindOfGroup(),
        ],
        // A group's rules for its members: "Policies for participants", "Attendance and Cancellation Policy for Groups".
        [
          'it sets out the rules for members of its groups',
          () =>
            model.headings.some((h) => POLICY_HEAD.test(h.text) && !SITE_POLICY_HEAD.test(h.text)) &&
            // (Participants of a "program" with no group named, and no word of care, are a course's or a retreat's: "Participants who
            // leave the program early are not refunded" under a retreat's booking policies.)
            (model.affirmed(GROUP_REF).length > 0 ||
              model.find(PARTICIPANTS_OF_GROUPS).some((m) => /\bgroups?\b/i.test(m.text)) ||
              (model.mentions(PARTICIPANTS_OF_GROUPS) && model.affirmed(CARE).length > 0)) &&
            !otherKindOfGroup(),
        ],
        ['it sets out the terms its members agree to', () => membersAgreement && !otherKindOfGroup()],
        // The consent form for its own groups, which the reader is asked to sign ("Group Informed Consent … please sign this form").
        ['it is the consent form members of its groups sign', () => ownGroupConsentForm(model) && !otherKindOfGroup()],
        // An online peer community's own rules for its members ("Community Guidelines", "Carers Community Rules"): the online
        // form of a support group's agreement, when the community is one of people helping one another through a difficulty.
        [
          ONLINE_PEER_COMMUNITY,
          () =>
            [titleText, ...model.headings.map((h) => h.text)].some((t) => t !== undefined && COMMUNITY_RULES_HEAD.test(t)) &&
            model.mentions(OWN_COMMUNITY) &&
            model.mentions(COMMUNITY_MEMBERS) &&
            model.mentions(ONE_ANOTHER) &&
            model.affirmed(CARE).filter((m) => !/^confidential/i.test(m.text)).length >= 2 &&
            !otherKindOfGroup(),
        ],
        [
          'it announces a group for a life difficulty and says when or how to join',
          () =>
            !namesSupport &&
            !namesTherapy &&
            // (Or a café named for a life stage or a condition that recurs: see CONDITION_CAFE.)
            (model.affirmed(CARE_GROUP).length > 0 || (model.affirmed(CONDITION_CAFE).length > 0 && model.mentions(RECURRING)) || careGatheringOfItsOwn()) &&
            // (Not a day told in the past, in a write-up of a café that has ended: see toldInPast.)
            model.first(SPECIFIC_LOGISTICS, (m) => !toldInPast(m)) !== undefined &&
            // (A pastime's word for the one group, "the walking group sets off", is the form the group named for a loss takes: see
            // FORM_OF_THE_GROUP. Any other group of another kind on the page, or words of work, still rule it out.)
            model
              .find(NOT_A_CARE_GROUP)
              .every((m) => (FORM_OF_THE_GROUP.test(m.text) && ONE_GROUP_BEFORE.test(textBefore(m).slice(-60))) || pastimeOfOwnCareGroup(m)),
        ],
        [
          NEW_GROUP_STARTING,
          () =>
            // (Not a group started long ago, told as history, on a page with no group of its own: see foundingHistory.)
            (model.affirmed(NEW_GROUP).some((m) => !LATER_SESSION_OF.test(textBefore(m).slice(-40)) && !(!hasOwnGroup && foundingHistory(m))) ||
              writersNewGroup()) &&
            (namesSupport || namesTherapy || model.affirmed(CARE_GROUP).length > 0 || model.affirmed(CARE).length >= 2 || foundedUnderTitle()) &&
            !otherKindOfGroup(),
        ],
        [
          'it describes meetings of its own, when they are and what they are for',
          () =>
            !namesSupport &&
            !namesTherapy &&
            (ownMeetings || model.affirmed(MEETS_AT).length > 0) &&
            (model.mentions(SPECIFIC_LOGISTICS) ||
              (ownMeetings && model.affirmed(MEETING_SHAPE).length > 0) ||
              (ownMeetings && model.mentions(PROVIDER_VOICE) && model.affirmed(CARE).length >= 3)) &&
            model.affirmed(CARE).length >= 1 &&
            !otherKindOfGroup(),
        ],
        // A page that is not an article, a genre or a listing and names group therapy, as what it offers, three times or more.
        // (Support groups named only in general, as a plural with no "our" or "this", leave the page to group therapy.)
        [
          'it speaks of group therapy again and again',
          () =>
            (!supportish || supportNames.every((m) => m.stance !== 'affirmed' || pluralInGeneral(m))) &&
            ownFellowship.length === 0 &&
            affirmedCount(therapyNames) >= 3 &&
            anchoredTherapy() &&
            !otherKindOfGroup(),
        ],
        [
          OWN_CLINICAL_PROGRAMME,
          () =>
            !namesSupport &&
            ownFellowship.length === 0 &&
            (model.affirmed(OWN_PROGRAMME).length >= 2 || namedProgrammeInGroups()) &&
            // (Not a page that speaks of such programmes in general, "IOPs treat…", "many programs offer…": an explainer's "the
            // program" is any one of them. See PROGRAMMES_IN_GENERAL.)
            !programmesInGeneral() &&
            !levelsExplainer() &&
            !servicesMenu() &&
            // (Not a group named only as the other way to give one-to-one work, "with a clinician in a one-on-one or group format",
            // "offered one-to-one or in a group": see FORMAT_BEFORE.)
            (model.affirmed(RUN_IN_GROUPS).some((m) => !asOtherFormat(m) && !FORMAT_WITHIN.test(m.text)) ||
              // (Or group therapy named among what its own programme's work includes, in its own voice: see AMONG_ACTIVITIES_BEFORE.)
              (ownVoiceProgramme() &&
                therapyNames.some((m) => m.stance === 'affirmed' && !asOtherFormat(m) && AMONG_ACTIVITIES_BEFORE.test(textBefore(m).slice(-80))))) &&
            (model.affirmed(CLINICIAN).length > 0 ||
              model.mentions(THERAPY_SIGNAL) ||
              model.mentions(CLINICAL_SERVICE) ||
              model.affirmed(THERAPY_WORD).length > 0) &&
            !otherKindOfGroup(),
        ],
        // A fellowship describing its own meetings ("NA meetings", "NA members") by name, more than in passing.
        // (Not a fellowship named as the pattern of something else, "modeled after the principles of Alcoholics Anonymous", and only
        // with a meeting of its own: see fellowshipAnchored.)
        [
          'a fellowship describes its own meetings',
          () => model.affirmed(FELLOWSHIP).filter((m) => !pointedTo(m)).length >= 2 && !namesTherapy && anchored() && fellowshipAnchored(),
        ],
        [SUPPORT_FLAVOURED, supportFlavoured],
      ];
  let groupReason = reasons.find(([, holds]) => holds())?.[0] ?? null;
  // Whether the page describes a clinical programme of its own run in groups, when an earlier, weaker reason took it in (a sentence
  // opening "The group therapy sessions are…"): the vetoes of weak reasons and the page model's overrule leave such a programme be.
  let programmeHeld: boolean | undefined;
  const ownClinicalProgramme = (): boolean =>
    (programmeHeld ??= groupReason === OWN_CLINICAL_PROGRAMME || (reasons.find(([r]) => r === OWN_CLINICAL_PROGRAMME)?.[1]() ?? false));
  let notGroupReason = groupReason || comparison ? null : whyNotGroup();
  // A group that says it is not a support group and names no other kind, nor denies being therapy, is some other sort of group: a
  // patients' council ("the group is not a support group and we focus on how to improve care"), a campaign, a committee.
  const saysNotASupportGroup =
    groupReason !== null && deniesSupportName && !namesSupport && !namesTherapy && !selfTherapy && deniedTherapy.length === 0 && !selfDeclared(model);
  if (saysNotASupportGroup) {
    groupReason = null;
    notGroupReason = 'it says its group is not a support group, and names no other kind of group it is';
  }
  // A community calendar of many hosts' events with a group's meeting among them, or a directory of other organisations' groups
  // (see othersListing): a listing, not a group's own page, however plainly each entry gives its time. Only the page's plain word
  // on itself, "this group is a support group", takes it back in, as for any other genre; nor does the page model (a calendar's
  // "every", "each month", "p.m." read to it as a group's). (Read only for a page otherwise taken in.)
  let listing: { genre: string; why: string } | null | undefined;
  const listingOf = () => (listing === undefined ? (listing = othersListing(model) ?? null) : listing);
  const listed = groupReason !== null && !notAFlyer && !selfDeclared(model) ? listingOf() : null;
  if (listed) {
    notAFlyerGenre = listed.genre;
    groupReason = null;
    notGroupReason = `it reads as ${listed.genre} (${listed.why})`;
  }
  // A prayer group, a rosary or a Bible study (see WORSHIP), on a page with no word of support, care, grief, recovery or therapy: a
  // group of another kind, however plainly it gives its time and place. (A church's grief group, a faith-based recovery group or a
  // fellowship's meeting that opens with a prayer has such words.)
  let worship: boolean | undefined;
  const worshipOnly = (): boolean =>
    (worship ??=
      !namesSupport &&
      !namesTherapy &&
      !selfSupport &&
      !selfTherapy &&
      !opensSupport &&
      !opensTherapy &&
      titleSupport.length === 0 &&
      titleTherapy.length === 0 &&
      ownFellowship.length === 0 &&
      model.affirmed(WORSHIP).length > 0 &&
      !model.mentions(FELLOWSHIP) &&
      !model.mentions(THERAPY_WORD) &&
      !deniesTherapy &&
      // (Not the weakest words of care, said of a prayer group too: "skills", "prayer requests are kept confidential".)
      !model.affirmed(CARE).some((m) => !/^(?:skills|confidential)/i.test(m.text)) &&
      model.affirmed(CARE_GROUP).length === 0 &&
      model.affirmed(SUPPORT_FLAVOUR).length === 0 &&
      model.affirmed(SUPPORT_FLAVOUR_PLAIN).length === 0 &&
      model.affirmed(SUPPORT_GIVEN).length === 0 &&
      model.affirmed(CLINICIAN).length === 0);
  // (And the reason a page with such a group is not group material, where it would only say that it names no kind.)
  if ((groupReason || (notGroupReason && !notAFlyerWhy && !saysNotASupportGroup && !listed)) && worshipOnly()) {
    groupReason = null;
    notGroupReason = 'its group meets to pray, worship or study scripture, with no word of support, care or therapy';
  }
  // The learned reading of the page (engine/page-model.ts) overrules the patterns' answer to "a group's own page, or
  // writing about groups?" when it is sure: the patterns know sentences, the model how whole pages of each sort read.
  // It never makes group material of a text that does not speak of groups (a README), nor decides a comparison.
  // (With too little prose for the model, the patterns' answer stands.)
  // A provider offering the reader its own group of a named kind, with the group's shape in the same section: see OFFERS_YOU_GROUP.
  const offersOwnGroupToReader = (): boolean => {
    const offers = model.affirmed(OFFERS_YOU_GROUP);
    if (offers.length === 0) return false;
    const sections = new Set(offers.map((m) => model.sectionHead(m.block) ?? m.block));
    return model.affirmed(GROUP_SHAPE_TO_YOU).some((m) => sections.has(model.sectionHead(m.block) ?? m.block));
  };
  // A group's own questions and answers: a question about "this group" or "our group" in the singular ("How can I tell if this group
  // fits me?"), among two or more the reader asks in the first person ("What happens if I miss a week?", "Can I stay anonymous?"), none
  // of them quoted. An explainer asks of such groups in general, "Is a support group right for me?".
  const asksAboutThisGroup = (): boolean =>
    model.find(OWN_GROUP).some((m) => m.stance === 'question' && /^(?:this|our)\s+group\b/i.test(m.text) && !insideQuotation(m)) &&
    model.find(READER_ASKS).filter((m) => m.stance === 'question' && !insideQuotation(m)).length >= 2;
  // A clinical programme of the page's own, run in groups (OWN_CLINICAL_PROGRAMME), whose work is led or delivered by clinicians, "the
  // group therapy sessions are run by a licensed clinician", "delivered by licensed psychologists", and that speaks of programmes only
  // in the singular: an explainer of such programmes speaks of "IOPs" and "programs" in general (see PROGRAMMES_IN_GENERAL).
  // (Or provided by them: "these services are provided by licensed psychologists".)
  const clinicianLedOwnProgramme = (): boolean =>
    ownClinicalProgramme() &&
    model
      .affirmed(CLINICIAN)
      .some(
        (m) => (CLINICIAN_LEADS_BEFORE.test(textBefore(m).slice(-60)) || CLINICIAN_PROVIDES_BEFORE.test(textBefore(m).slice(-60))) && !insideQuotation(m),
      ) &&
    !programmesInGeneral();
  let opening: string | undefined;
  const pageText = () => (opening ??= pageOpening(model.blocks));
  // (Most flyers are shorter than the models read: their opening is then not even joined.)
  const enoughProse = pageOpeningLength(model.blocks) >= PAGE_MODEL_MIN_CHARS;
  if (enoughProse && !comparison && (groupReason || notGroupReason)) {
    const reading = readPage(pageText());
    const words = quotedEvidence(reading);
    // A page taken for a group's own only because a sentence opens with a kind's name, or its title names a support group,
    // with nothing of a group of its own (no "our group", day, time or sign-up), rests on the weakest evidence the
    // patterns accept: the model overrules it when less sure (on the tuning pages: two explainers passed over, no page lost).
    const weakly = !hasOwnGroup && (groupReason === OPENS_SUPPORT || groupReason === OPENS_THERAPY || groupReason === TITLE_SUPPORT);
    // The rescue model's second opinion (see PAGE_RESCUE_DOUBT) weighs here too, on a page that gives a reader no way to come now
    // (no invitation, day or time, sign-up, date, or the hosts' own voice; see wayInNowOf): a feature, a how-to for those who would
    // start a group, a parent's blog post on the group she joined or a trade item on a programme's growth names a group of its own
    // as plainly as its page does, and the page model, which learned from earlier sets richer in groups' pages, reads their words on
    // it as a group's. The rescue model, slower to call a page a group's own, doubts them. (On the tuning pages: five such pages
    // passed over, no group's page lost; the team's documents read as before.)
    // (Not on a page that says in the present what its own group is or who runs it, "The Lighthouse Group is a peer support group
    // for adults who were in care", "The group is facilitated by two psychotherapists", "Our fellowship is led by members": an
    // "About us", a history or a therapy group's own page, which gives no time because it has none to give, or names its funders and
    // partners in the words of a trade item. A feature, a how-to or a member's post tells what a group did, or what groups do.)
    let doubt: PageReading | undefined;
    const saysWhatOwnGroupIs = (): boolean => selfSupport || selfTherapy || model.affirmed(OWN_GROUP_RUN).some((m) => opensSentence(m) && !insideQuotation(m));
    const secondOpinionDoubts = (): boolean => {
      if (wayInNowOf(model) || saysWhatOwnGroupIs()) return false;
      doubt = readPageRescue(pageText());
      return doubt.logOdds < PAGE_RESCUE_DOUBT;
    };
    // (Nor does it overrule a page that says plainly how its own groups run, "These groups are free and confidential",
    // "Meetings are led by trained peers": an organisation's page on its programme reads, word by word, much like an
    // article on such groups.)
    // (Nor a page that says where and how often its group meets, "meets on the third Thursday at the Mill Lane Hall": a report
    // that gives that is the group's notice, as reviewers read it.)
    // (Nor a page that says in its own voice what its groups are, when they meet or who leads them, "Our groups are support
    // groups only", "we meet every other Monday evening": a network of groups on its own page reads much like an article.)
    // (Nor a page that sets out the steps into its own group, in its own voice: "We cannot admit people whose main needs lie
    // elsewhere", "We ask you to sign an agreement", "your application with the application fee": an admission rule's words,
    // "only", "mental health", read like an article's.)
    // (Nor one whose group meets next on a stated date, or that invites its readers to "our meetings": see MEETS_ON_A_DATE.)
    if (
      reading.enough &&
      groupReason &&
      !groupsRun &&
      !memberSigns &&
      !membersAgreement &&
      // (Nor the consent form its members are asked to sign: see ownGroupConsentForm.)
      !ownGroupConsentForm(model) &&
      !meetsAtAPlace &&
      (reading.logOdds <= -(weakly ? PAGE_MODEL_WEAK_MARGIN : PAGE_MODEL_MARGIN) || secondOpinionDoubts()) &&
      !saysOwnGroups() &&
      !setsOutOwnAdmission(model) &&
      !datedOrInvited() &&
      !meetsAndWritesAsUs() &&
      // (Nor one whose organisers speak of its meetings, or of joining it, in their own voice: see organisersOwnVoice.)
      !organisersOwnVoice() &&
      // (Nor one of its host's own events, under the group's name: see hostsOwnEvent.)
      !hostsOwnEvent() &&
      // (Nor one whose writers say when their group meets now, at a recurrence, and name its kind: see ownScheduleNow.)
      !ownScheduleNow() &&
      // (Nor a provider's own programme page that asks readers to enrol with it beside a schedule line of its own: see ENROL_WITH_US.)
      !(model.affirmed(ENROL_WITH_US).length > 0 && model.affirmed(OWN_SCHEDULE_LINE).length > 0) &&
      // (Nor a practitioner's post on the group she is about to run, in the first person, whatever it says of such groups in
      // general: see MY_NEW_GROUP.)
      !writersNewGroup() &&
      // (Nor one whose leader tells the reader, in the future, what happens in this group: see OWN_GROUP_PLAN.)
      !model.affirmed(OWN_GROUP_PLAN).some((m) => !insideQuotation(m)) &&
      // (Nor one that names its own group by kind in the first person plural, twice or more: see namesOwnKindGroupAsUs.)
      !namesOwnKindGroupAsUs() &&
      // (Nor a provider's page that offers the reader its own group of a named kind and says how many sessions or people it has:
      // see OFFERS_YOU_GROUP. A hospital's appointments page reads, word by word, like writing about services.)
      !offersOwnGroupToReader() &&
      // (Nor a page that names its kind and says, of its own one group, that it does not replace professional care: see ownDisclaimer.)
      !(namesSupport && ownDisclaimer()) &&
      // (Nor a group's own questions and answers, which ask about "this group" or "our group" as a reader about to join would: see
      // asksAboutThisGroup. An explainer's questions are about such groups in general.)
      !asksAboutThisGroup() &&
      // (Nor a clinical programme of the page's own, run in groups, whose work is led or delivered by its clinicians: see
      // clinicianLedOwnProgramme. A hospital's page on its programme reads, word by word, like an explainer of such programmes.)
      !clinicianLedOwnProgramme() &&
      // (Nor a page whose hosts say, in the first person plural, that they give no clinical care, beside support groups it names: see
      // weGiveNoClinicalCare. A peer group's own page of rules and answers reads, word by word, like an explainer.)
      !weGiveNoClinicalCare()
    ) {
      groupReason = null;
      notGroupReason =
        doubt === undefined
          ? `its words read as writing about groups rather than one group's own page${words}`
          : `it gives a reader no way to come now (no time and place, no sign-up, no one to contact), and its words read as writing about groups rather than one group's own page${quotedEvidence(doubt)}`;
    } else if (
      reading.words >= PAGE_MODEL_RESCUE_MIN_WORDS &&
      !groupReason &&
      // (Nor a page the patterns know as another sort of writing, a genre or an article by its title: an explainer's or a news
      // report's words on a group are a group page's words, told by someone else.)
      notAFlyerGenre === undefined &&
      // (Nor a provider's menu of services or levels of care: a services page reads, word by word, much like one programme's.)
      !servicesMenu() &&
      // (Nor a page whose groups are play, hobby or work groups: "weekly playgroups", "our walking group".)
      !model.affirmed(OTHER_KIND_OF_GROUP).some((m) => !pastimeOfOwnCareGroup(m)) &&
      // (Nor a prayer group's, a rosary's or a Bible study's, with no word of care: see worshipOnly.)
      !worshipOnly() &&
      // (Nor a page whose one word on groups is the staff of some group: "your therapist may work with your doctor or group
      // facilitators" on a page about one-to-one care. The model reads appointment words, "attend", "every", "each", as a group's.)
      !onlyGroupStaff() &&
      // (Nor one whose words on groups only say its one-to-one work may be given in a group: see onlyGroupFormat.)
      !onlyGroupFormat() &&
      // (Nor one whose only names of a kind are items in a list of its services: see onlyListedServices.)
      !onlyListedServices &&
      // (Nor a group that has just said it is no support group: the model would read its words back into one.)
      !saysNotASupportGroup &&
      // (Nor a guide comparing levels of care: see levelsExplainer.)
      !levelsExplainer() &&
      // (Nor a page with no group of its own that sends its readers elsewhere to find one, "To find the times and locations of the
      // churches offering it, visit…", "search for classes near you": its words on the programme read as a group's, but its groups
      // are others' to find. See SENDS_ELSEWHERE.)
      !(!hasOwnGroup && model.affirmed(SENDS_ELSEWHERE).length > 0) &&
      reading.logOdds >= PAGE_MODEL_RESCUE_MARGIN &&
      // (Nor one the rescue model, which learned from later pages, reads as writing about groups: see PAGE_RESCUE_DOUBT.)
      readPageRescue(pageText()).logOdds >= PAGE_RESCUE_DOUBT &&
      // (Nor a page with no group of its own that asks and answers what such a group is: "What is a Divorce Recovery Support
      // Group?" heads an explainer. See DEFINING_QUESTION.)
      !(!hasOwnGroup && model.blocks.some((b) => DEFINING_QUESTION.test(b.text.trim()))) &&
      // (Nor a fellowship's explainer that gives its founding year and no meeting of its own: see FOUNDING_YEAR, fellowshipAnchored,
      // which holds on any page with a group of its own.)
      !(model.mentions(FELLOWSHIP) && !fellowshipAnchored() && model.blocks.some((b) => FOUNDING_YEAR.test(b.text))) &&
      // (Nor a calendar of many hosts' events or a directory of others' groups: see othersListing.)
      !listingOf()
    ) {
      // (Nor a news story or a feature about a group, quoting its members and organisers, with no way to come: see reportedOnly.
      // The model reads their words on the group, "members", "each month", "come along", as the group's own.)
      const reported = reportedOnly();
      const programmeItem = reported ? undefined : eventItem();
      if (reported) {
        const said = model
          .find(REPORTED_SPEECH)
          .slice(0, 2)
          .map((m) => quoted(m.text.replace(/^[\s"“”'‘’,.:;!?…]+|[\s,.:;]+$/g, '')));
        notGroupReason = `it reads as a story about a group, quoting people (${said.join(', ')}), that gives a reader no way to come: no time and place, no sign-up, no one to contact`;
      } else if (programmeItem !== undefined) {
        // (Nor an event's page that names its kind as one item of its programme, "Sharing circles are also a part of the
        // conference", with no group of its own and no way to come: see PART_OF_EVENT_AFTER. The model reads the programme's words,
        // "sessions", "together", "alone", as a group's.)
        notGroupReason = `it names ${quoted(programmeItem.text)} as one part of an event's programme, and describes no group of its own and no way to come`;
      } else {
        groupReason = `${PAGE_MODEL_RESCUE}${words}`;
        notGroupReason = null;
      }
    }
  }
  // For a member's or relative's account, a way in is more than a day or a time told of some group ("there is another group on
  // Tuesdays", "they both start at 5:30pm", "we have lunch every other Tuesday"): an invitation or the hosts' voice, a number or address
  // to write to, a dated meeting, groups meeting now or a meeting at a named place, none of them told in the past (see saidNow).
  const wayInForAccount = (): boolean => {
    const now = (ms: Match[]) => ms.some(saidNow);
    return (
      now(model.find(PRESENT_INVITATION)) ||
      now(model.find(WAY_TO_COME).filter((m) => !/^(?:meets|gathers)$/i.test(m.text))) ||
      datedOrInvited() ||
      now(model.find(PROVIDER_VOICE)) ||
      now(model.affirmed(OWN_VOICE_MEETINGS)) ||
      now(model.affirmed(HOST_VOICE)) ||
      now(model.find(GROUPS_NOW)) ||
      now(model.affirmed(MEETS_AT_VENUE)) ||
      // (Or the first step into the provider's own groups, said now: "Everyone completes an intake before starting a group". Members'
      // comments above a hospital's groups tell of the past; its intake is a way in now.)
      (hasOwnGroup && now(model.affirmed(INTAKE_AS_STEP)))
    );
  };
  // An account told in the past: a visit to a group (VISITED_GROUP, VISIT_TOLD) and two clauses of a story, or four such clauses. (Not
  // inside a quotation: a report quotes its people telling their own stories.)
  const toldAsAccount = (): boolean => {
    const clauses = model.find(STORY_CLAUSE).filter((m) => !insideQuotation(m)).length;
    if (clauses >= 4) return true;
    return (
      clauses >= 2 &&
      (model.find(VISITED_GROUP).some((m) => m.stance !== 'negated' && m.stance !== 'question' && !insideQuotation(m)) ||
        model.find(VISIT_TOLD).some((m) => !insideQuotation(m)))
    );
  };
  // Taken in only by a title or an opening sentence naming the kind, by news of one new group, or by the page model's rescue.
  const weakRoute = (reason: string): boolean =>
    reason === OPENS_SUPPORT ||
    reason === OPENS_THERAPY ||
    reason === TITLE_SUPPORT ||
    reason === TITLE_THERAPY ||
    reason === NEW_GROUP_STARTING ||
    reason.startsWith(PAGE_MODEL_RESCUE);
  const unsaid = !notAFlyer && !selfDeclared(model) && !selfSupport && !selfTherapy;
  if (groupReason && unsaid && !membersAgreement && toldAsAccount() && !wayInForAccount()) {
    // A member's or a relative's account of a group visited, told in the past, that gives a reader no way to come now.
    groupReason = null;
    notGroupReason = 'it tells, in the past, of a visit to a group, and gives a reader no way to come now: no time and place, no sign-up, no one to contact';
  } else if (groupReason && unsaid && !hasOwnGroup && weakRoute(groupReason) && model.find(GENERIC_GROUPS).length >= 2 && !wayInNowOf(model)) {
    // An explainer of groups in general ("many support groups", "support groups should…"), with no group of its own and no way to
    // come, taken in only by a weak route.
    groupReason = null;
    notGroupReason =
      'it speaks of such groups in general ("many support groups", "support groups should…"), describes no group of its own and gives no way to come';
  } else if (
    groupReason &&
    unsaid &&
    !hasOwnGroup &&
    weakRoute(groupReason) &&
    // (Not the page model's own rescue: a group's own short page in the present, with no time or contact, reads as its words do.)
    !groupReason.startsWith(PAGE_MODEL_RESCUE) &&
    // (Only on a page long enough for the page model: a short flyer or a name line gives no more than its kind, and is its group's.)
    enoughProse &&
    // (Not a page that gives its group's fee or its length in weeks, "an eight-week course", "$40 a session": a provider's own offer,
    // whose contact details sit elsewhere on its site.)
    fees.length === 0 &&
    !model.mentions(WEEKS) &&
    // (Nor one that speaks in its hosts' own voice, "ask our team", "we": a story, a forum post or an essay speaks of the group in
    // the third person. Nor one with other marks of a group's own page that the page model's overrule keeps too: the writer's own
    // upcoming group, a provider's group offered to the reader with its shape, a programme of its own whose sessions recur.)
    !hostsOwnVoice() &&
    !writersNewGroup() &&
    !offersOwnGroupToReader() &&
    !ownProgrammeSessions() &&
    // (Nor one that describes a clinical programme of its own run in groups, led by its clinicians: see clinicianLedOwnProgramme.)
    !clinicianLedOwnProgramme() &&
    // (Nor one whose group takes in new members now as places open up: an ongoing group's own page, see NEW_MEMBERS_AS_PLACES_OPEN.)
    // (Its "when a place becomes free" reads to the stance as a denial, as "the group is free" does: only a denial before it counts.)
    !model
      .find(NEW_MEMBERS_AS_PLACES_OPEN)
      .some(
        (m) =>
          m.stance !== 'question' &&
          !/\b(?:no|not|never)\s+$|n['’]t\s+$/i.test(textBefore(m).slice(-12)) &&
          saidNow(m) &&
          !hedgedGeneral(m) &&
          !NEW_MEMBERS_IN_GENERAL.test(m.sentence.text),
      ) &&
    // (Nor one set out as a flyer's fields, "When: one hour, once a week" and "Where: online", each on a line of its own: see
    // WHEN_FIELD. An article or a forum post does not label its lines so.)
    !whenAndWhereFields(model) &&
    // (A bare "meets" or "gathers" is no way in here: a story says "the club gathers in cafés", a forum post "it meets weekly".)
    !wayInNowOf(model, false)
  ) {
    // A news feature, a forum thread, an explainer or a practice's essay taken in only by a weak route (a title or an opening
    // sentence naming a kind, news of a new group), with no group of its own (no "our group", "this group", day,
    // time, place or sign-up) and no way to come now: writing about a group, not the group's material.
    notGroupReason =
      'it names a kind of group but describes none of its own and gives a reader no way to come now (no time and place, no sign-up, no one to contact)';
    groupReason = null;
  } else if (groupReason && unsaid && model.find(GUIDE_TO_WRITER).length >= 2 && !wayInNowOf(model)) {
    // Agreement wording stitched together with advice to those who write or lead agreements: a guide or a template, not one group's
    // own form.
    groupReason = null;
    notGroupReason =
      'it gives advice on writing or leading a group agreement ("here are some guidelines…", "therapists should…"), with no group of its own to come to';
  } else if (
    groupReason &&
    unsaid &&
    !hasOwnGroup &&
    groupReason.startsWith(PAGE_MODEL_RESCUE) &&
    model.find(REPORTED_SPEECH).length >= 1 &&
    !wayInNowOf(model)
  ) {
    // The page model's rescue of a report that quotes someone even once, with no group of its own and no way to come now (the rescue's
    // own guard, reportedOnly, asks for two quotations).
    groupReason = null;
    notGroupReason = 'it reads as a report about a group, quoting people, with no group of its own and no way to come now';
  }
  const groupMaterial = groupReason !== null;
  // (Or a sentence that opens by naming the group as the other kind: "Therapy Group for Family Caregivers is offered…"
  // under a "Caregiver Support Group" title.)
  const opensNamingGroup = (names: Match[]) => names.find((m) => opensWith(m) && /\bgroup$/i.test(m.text));
  // (Or the page's own sessions named as the other kind: "is holding eight free online support group sessions" under
  // "Virtual Grief Counseling Group".)
  // (A second offering beside the titled one, "the centre also hosts support group meetings for families", is not the same group.)
  const ownSessionsAs = (re: RegExp) => model.affirmed(re).find((m) => !/\b(?:also|separate(?:ly)?|too|as\s+well)\b/i.test(m.sentence.text));
  // (Or, under a title that names group counselling or therapy, a body that names its own groups only the other way: "# Small Group
  // Counseling", then "the sessions will run as support groups". Not a second offering beside it, "we also run support groups".)
  const bodyNamesOnly = (names: Match[], others: Match[]) =>
    others.some((m) => m.stance === 'affirmed')
      ? undefined
      : names.find(
          (m) =>
            m.stance === 'affirmed' &&
            /\bgroups?$/i.test(m.text) &&
            offeredAsOwn(m, model) &&
            !/\b(?:also|separate(?:ly)?|too|as\s+well|other|another|additional|more)\b/i.test(m.sentence.text),
        );
  const against = (title: Kind, match: Match | undefined) => (match ? { match, title } : undefined);
  const titleContradicted =
    groupMaterial && !comparison
      ? titleSupport.length && !titleTherapy.length && !selfSupport && !/therap|counsel/i.test(title!.text)
        ? against('support', selfTherapyAt ?? opensNamingGroup(therapyNames) ?? ownSessionsAs(OWN_THERAPY_SESSIONS))
        : titleTherapy.length && !titleSupport.length && !selfTherapy && !/\bsupport\b/i.test(title!.text)
          ? against(
              'therapy',
              selfSupportAt ?? opensNamingGroup(supportNames) ?? ownSessionsAs(OWN_SUPPORT_SESSIONS) ?? bodyNamesOnly(supportNames, therapyNames),
            )
          : undefined
      : undefined;

  // The page's own group is a clinicians' case group: one its title names, or named again in the text ("The Harbour Balint
  // Circle…"; not a therapy page that says once its psychologist also leads a Balint group).
  let caseGroup: boolean | undefined;
  const clinicianCaseGroup = (): boolean =>
    (caseGroup ??= inTitle(CLINICIANS_CASE_GROUP).length > 0 || model.find(CLINICIANS_CASE_GROUP, body).filter((m) => m.stance !== 'negated').length >= 2);
  // (A treating clinician: a therapist, psychologist, psychiatrist, "clinicians" or a licensed one. Not a social worker or a
  // counsellor alone, who as often host a support group that names no kind.)
  // How many independent families of clinical signs the page's own words carry (see CLINICAL_CLIENTS): each counts once.
  const clinicalFamilies = (): number =>
    [
      // (Clients named under a denied verb are still the service's clients: "leaders may not reveal client communications"; and
      // individual therapy in a member's "if I am in individual counselling at the centre" is still the service's.)
      model.find(CLINICAL_CLIENTS, ownWords).length > 0,
      model.mentions(LEGAL_LIMITS, ownWords) || model.mentions(LEGAL_CONFIDENTIALITY, ownWords),
      [...model.find(INDIVIDUAL_THERAPY_HERE, ownWords), ...model.find(INDIVIDUAL_THERAPY_AT_INITIALS, ownWords)].some((m) => m.stance !== 'negated'),
      model.affirmed(DIAGNOSIS_OR_BILLING, ownWords).length > 0,
      model
        .affirmed(CLINICIAN, ownWords)
        .some((m) => /therapist|psycholog|psychiatr|clinician|licensed/i.test(m.text) && !/\bindividual\s+$/i.test(textBefore(m))),
    ].filter(Boolean).length;
  const clinicianLeads = (): boolean =>
    model
      .affirmed(CLINICIAN, ownWords)
      .some((m) => /therapist|psycholog|psychiatr|clinician|licensed/i.test(m.text) && CLINICIAN_LEADS_BEFORE.test(textBefore(m).slice(-80)));

  // What the text says it is decides; the signals only weigh in when it says nothing,
  // or says both (then the title, weighted most, tips it).
  const namedSupport = selfSupport || opensSupport || titleSupport.length > 0;
  const namedTherapy = selfTherapy || opensTherapy || titleTherapy.length > 0;
  let kind: Kind | null = null;
  let evidence: string[] = [];
  const quoteOf = (ms: Match[]) =>
    ms
      .filter((m) => m.stance === 'affirmed')
      .slice(0, 2)
      .map((m) => m.text.replace(/\s+/g, ' '));
  // (A chapter of its own names its kind by the body's words for itself: "self-help", "mutual assistance". See ownChapter.)
  const chapterOf = (): string[] => (ownChapter ? quoteOf(model.affirmed(SELF_HELP_BODY)) : []);
  // (Only a page that names both kinds somewhere can have a section of each.)
  const kindsInSections =
    groupMaterial && !comparison && (supportNames.length > 0 || titleSupport.length > 0) && (therapyNames.length > 0 || titleTherapy.length > 0)
      ? sectionsOfBothKinds(model)
      : undefined;
  // A clinical programme of the page's own, run in groups (OWN_CLINICAL_PROGRAMME), that names neither kind and carries signals of both
  // that the signals cannot weigh (clinicians facilitating, and "free", "support"): its nature is not plain on its own words, so
  // neither learned model leans it to one kind; declare-kind asks.
  const programmeOfBothSignals = (): boolean => groupReason === OWN_CLINICAL_PROGRAMME && support > 0 && therapy > 0;
  if (groupMaterial && !comparison) {
    if (kindsInSections) {
      // A centre's groups of both kinds, each kind under its own heading: no one kind is the page's; declare-kind says why.
      evidence = [...kindsInSections];
    } else if (groupReason === ONLINE_PEER_COMMUNITY && !namesTherapy) {
      // An online community of peers helping one another, under its own rules, is a support group in its online form.
      kind = 'support';
      evidence = quoteOf(model.find(ONE_ANOTHER));
    } else if (
      namedSupport &&
      !selfTherapy &&
      !titleTherapy.length &&
      namesSupport &&
      therapyNames.some((m) => m.stance === 'affirmed' && offeredAsOwn(m, model)) &&
      !deniesTherapy
    ) {
      // Called a support group (by its title or a sentence about itself), yet group therapy or group counselling is named, not
      // denied, as something the page itself offers ("our bereavement support groups … individual and group counseling"): pages that
      // offer both kinds, or one group as both. No one kind settles it; declare-kind asks. (A support group using a clinical
      // method's skills, "we'll practise DBT skills", names no therapy group: it stays a support group, with its problems.)
    } else if (selfSupport && selfTherapy) {
      // The page says of its own groups that one is a support group and one is group therapy ("This is group therapy… The Tuesday
      // circle is a peer support group, not therapy"): groups of both kinds, no one kind for the page.
    } else if (namedSupport !== namedTherapy) {
      kind = namedSupport ? 'support' : 'therapy';
      evidence =
        kind === 'support' ? [...quoteOf(titleSupport), ...quoteOf(supportNames)] : [...quoteOf(titleTherapy), ...quoteOf(therapyNames), ...quoteOf(formats)];
    } else if (!namesSupport && !namesTherapy && clinicianCaseGroup()) {
      // A clinicians' case group (a Balint group, a peer consultation group) that is the page's own and names neither kind: its
      // clinical words are the members' work, so neither the signals nor the learned models decide; declare-kind asks.
    } else if (support >= 2 && support - therapy >= 1.5) {
      kind = 'support';
      evidence = [...quoteOf(supportNames), ...chapterOf(), ...quoteOf(model.find(FELLOWSHIP)), ...quoteOf(model.find(FREE).filter((m) => !freeInAName(m)))];
    } else if (therapy >= 2 && therapy - support >= 1.5) {
      kind = 'therapy';
      evidence = [...quoteOf(therapyNames), ...quoteOf(formats), ...quoteOf(model.find(CLINICIAN)), ...quoteOf(fees)];
    } else if (
      !namesSupport &&
      !namesTherapy &&
      support === 0 &&
      (therapy >= 1.5 || (therapy >= 1 && clinicianLeads()) || (therapy > 0 && clinicianLedOwnProgramme()))
    ) {
      // No kind named, but clinical signals and nothing of a support group: a counselling service's
      // group whose leaders are therapists reads as group therapy (and therapy-statement asks it to say so).
      // (A clinician named as the one who leads or delivers the work, "coached by the therapists", "run by two psychologists",
      // weighs half a point more than one named in passing: a 12-week course they deliver is treatment led by a clinician.)
      // (So is a clinical programme of the page's own, run in groups, whose clinicians lead or provide its work, with no sign of a
      // support group: see clinicianLedOwnProgramme.)
      kind = 'therapy';
      evidence = [
        ...quoteOf(model.find(CLINICIAN)),
        ...quoteOf(model.find(CLINICAL_SERVICE)),
        ...quoteOf(model.find(CLINICAL_SERVICE_RUN_ON)),
        ...quoteOf(model.find(LEGAL_CONFIDENTIALITY)),
        ...quoteOf(fees),
      ];
    } else if (!namesSupport && !namesTherapy && support === 0 && !peersGiveSupport() && clinicalFamilies() >= 2) {
      // No kind named and no sign of a support group, but two or more independent clinical signs: members called clients or
      // patients, the law's limits on the leaders' confidence, individual therapy at the same service, a clinician, diagnosis or
      // insurance billing. Treatment led by a clinician is plain, so it is group therapy (and therapy-statement asks it to say so).
      // (One clinical word alone, a nurse who visits or a hospital that hosts, leaves the kind to the other readings.)
      kind = 'therapy';
      evidence = [
        ...quoteOf(model.find(CLINICAL_CLIENTS, ownWords)),
        ...quoteOf(model.find(LEGAL_LIMITS, ownWords)),
        ...quoteOf(model.find(INDIVIDUAL_THERAPY_HERE, ownWords)),
        ...quoteOf(model.find(INDIVIDUAL_THERAPY_AT_INITIALS, ownWords)),
      ];
    } else if (namesSupport !== namesTherapy) {
      // Named by one kind only, whatever the other signals: a support group that charges a fee
      // is a support group with a problem, not a group of unclear kind.
      kind = namesSupport ? 'support' : 'therapy';
      evidence =
        kind === 'support' ? [...quoteOf(supportNames), ...chapterOf(), ...quoteOf(model.find(FELLOWSHIP))] : [...quoteOf(therapyNames), ...quoteOf(formats)];
    } else if (askedSupport !== askedTherapy && hasOwnGroup) {
      // Named only in a question, over a group of its own: "What is group therapy like? This is a discussion group…".
      kind = askedSupport ? 'support' : 'therapy';
      evidence = (askedSupport ? supportNames : therapyNames)
        .filter((m) => m.stance === 'question')
        .slice(0, 2)
        .map((m) => m.text.replace(/\s+/g, ' '));
    } else {
      // The patterns see a group and some words of a kind but cannot weigh them. A page that
      // denies being therapy reads as support (the denial is a support group's disclaimer, and the
      // evidence); otherwise the learned model may weigh all the words. A page with no kind words
      // at all stays unclear (declare-kind).
      if (deniesTherapy) {
        kind = 'support';
        evidence = [...deniedTherapy.map((m) => `not ${m.text.replace(/\s+/g, ' ')}`), ...hostsNotClinicians.map((m) => m.text.replace(/\s+/g, ' '))].slice(
          0,
          2,
        );
      } else if (!namesSupport && !namesTherapy && therapy === 0 && (support > 0 || peersGiveSupport())) {
        // No kind named, not one clinical sign (no fee, clinician, intake, course length, clinical service or legal limit
        // to confidentiality), and a sign of support ("Fee: None", volunteers, members helping one another, "supportive peers"
        // in a group of its own that gives support): a support group, on the words that say so.
        kind = 'support';
        evidence = [...quoteOf(model.find(FREE).filter((m) => !freeInAName(m))), ...quoteOf(model.find(PEER_SIGNAL))];
        // (Not the same words twice: "Members help one another", then "help one another".)
        if (peersGiveSupport())
          evidence.push(...quoteOf(model.find(PEER_FLAVOUR)).filter((q) => !evidence.some((e) => e.toLowerCase().includes(q.toLowerCase()))));
      } else if (!namesSupport && !namesTherapy && (support > 0 || therapy > 0.75) && !programmeOfBothSignals()) {
        // (Here both kinds are named or neither is. When both are named for the page's own groups, a support group and
        // a therapy group, or one group called both, there is no single kind for the model to lean to: declare-kind says so.)
        const learned = learnedKind(
          model.blocks
            .filter((b) => !isNavigationBlock(b))
            .map((b) => b.text)
            .join('\n'),
        );
        if (learned) {
          return {
            kind: learned.kind,
            source: 'inferred',
            groupMaterial,
            comparison,
            scores: { support, therapy },
            evidence: dedupe(learned.evidence),
            learned: true,
            groupReason,
            notGroupReason,
            titleContradicted,
          };
        }
      }
    }
  }
  // A group's own page that names neither kind, which the signals and the team's model left unclear: the page model of
  // the kind, trained on real groups' pages, may read it whole (a page naming both kinds for its own groups stays unclear).
  let pageLearned = false;
  if (
    enoughProse &&
    groupMaterial &&
    !comparison &&
    kind === null &&
    !namesSupport &&
    !namesTherapy &&
    !kindsInSections &&
    !clinicianCaseGroup() &&
    !programmeOfBothSignals()
  ) {
    const read = readPageKind(pageText());
    if (read) {
      kind = read.kind;
      evidence = read.evidence;
      pageLearned = true;
    }
  }
  return {
    kind,
    source: kind ? 'inferred' : null,
    groupMaterial,
    comparison,
    scores: { support, therapy },
    evidence: dedupe(evidence),
    learned: pageLearned,
    groupReason,
    notGroupReason,
    titleContradicted,
    ...(kindsInSections ? { kindsInSections } : {}),
  };
}

// A heading that offers one kind of group, by the kinds' own names: "Peer Support Meetups", "## Therapy groups", "Group Counselling".
// Not a question, a denial, a comparison, or groups elsewhere ("If you need group therapy", "Other support groups nearby").
const SUPPORT_HEADING = new RegExp(SUPPORT_NAME.source, 'i');
const THERAPY_HEADING = new RegExp(THERAPY_NAME.source, 'i');
const NOT_AN_OFFER_HEADING =
  /\?|\b(?:not|isn['’]?t|vs\.?|versus|differen\w*|compar\w*|or|if|need|looking|referr\w*|elsewhere|other|outside|community|local|nearby|national|what|why|how|when|which|who|by|hosted|organi[sz]e[dr]|sponsored)\b/i;

// A section that opens by naming its group's kind: "A peer support group run by parents…", "This is group psychotherapy led by…".
const SECTION_OPENS_SUPPORT =
  /^[\W_]*(?:(?:this|it)\s+is\s+)?(?:an?\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:peer[-\s]+support|support|self-help|mutual[-\s]aid)\s+(?:group|circle|meeting|evening|drop-in)/iu;
const SECTION_OPENS_THERAPY =
  /^[\W_]*(?:(?:this|it)\s+is\s+)?(?:an?\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}?(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+group|group\s+counsel+ing)\b/iu;

/** The first sentences of a heading's section, up to two blocks before the next heading (what the section says first). */
function sectionOpening(model: DocumentModel, h: ProseBlock): string {
  const i = model.blocks.indexOf(h);
  const out: string[] = [];
  for (const b of model.blocks.slice(i + 1, i + 3)) {
    if (b.type === 'heading') break;
    out.push(b.sentences[0]?.text ?? b.text);
  }
  // (Not a question or a denial: "Is this group therapy? No.")
  return out.find((t) => (SECTION_OPENS_SUPPORT.test(t) || SECTION_OPENS_THERAPY.test(t)) && !/\?|\b(?:not|no|unlike|isn['’]?t)\b/i.test(t)) ?? '';
}

/**
 * The first heading that offers support groups and the first that offers therapy groups, in page order, when a page has both.
 * (Headings written as headings, "## Therapy groups": a short line of pasted web text may be a group's name, a crumb or a link.)
 */
function sectionsOfBothKinds(model: DocumentModel): [string, string] | undefined {
  let support: string | undefined;
  let therapy: string | undefined;
  let first: string | undefined;
  for (const h of model.headings) {
    if (h.type !== 'heading') continue;
    const text = h.text.trim();
    if (text.length > 60 || NOT_AN_OFFER_HEADING.test(text)) continue;
    // (A heading that names no kind, "## Parent-to-Parent Evening", takes the kind its section opens by naming: "A peer support
    // group run by parents…".)
    let s = SUPPORT_HEADING.test(text);
    let t = THERAPY_HEADING.test(text);
    if (!s && !t) {
      const opening = sectionOpening(model, h);
      s = SECTION_OPENS_SUPPORT.test(opening);
      t = SECTION_OPENS_THERAPY.test(opening);
    }
    if (s === t || model.inComparingSection(h)) continue;
    if (s) support ??= text;
    else therapy ??= text;
    first ??= text;
  }
  if (!support || !therapy) return undefined;
  return first === support ? [support, therapy] : [therapy, support];
}

// A title in the first person singular: "My Year in Therapy", "What I Learned in a Support Group", "How I Found My People".
// (Also after a series' label and its colon: "Field Notes: My First Support Group".)
const FIRST_PERSON_TITLE = /^[\W_]*(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*:\s*)?(?:my|how\s+I|what\s+I|why\s+I|when\s+I|I)(?![\p{L}\p{N}_'’])/iu;
// Groups meeting now, where or how to join them: "Our support groups in Idaho are meeting online for now", "meetings are held in
// the church hall", "newcomers welcome". (Not "our meetings stay anonymous" or "are held in confidence": nothing of when or where.)
const GROUPS_NOW =
  /\b(?:groups?|meetings?|circles?)\s+(?:in\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?(?:meeting|(?:held|hosted)\s+(?:in|at|on|every|each|weekly|monthly)\b(?!\s+(?:confidence|trust|mind)\b)|running|taking\s+place|open\s+to)|meets?|take\s+place|takes\s+place)\b|\b(?:newcomers|new\s+members|visitors)\s+(?:are\s+)?(?:always\s+)?welcome\b/gi;
// The present tense of a group a reader can join: "we meet", "the group meets", "join us", "will meet", "sign up".
const PRESENT_INVITATION =
  /\b(?:we\s+(?:meet|gather|get\s+together)|(?:group|circle|class)\s+meets|(?:will|we['’]ll)\s+meet|join\s+us|sign\s+up|register|all\s+are\s+welcome|everyone\s+is\s+welcome)\b/gi;
// A way for a reader to come or to get in touch: a number to ring or an address to write to, someone named to ring or write to ("ring
// Tom Atherley on…", "email Joanne at…"), words to those who would join or come along ("Anyone who would like to join…", "welcome to
// come along", "interested in joining"), where to find out more, or where the group meets now. (A reporter's story about a group gives
// none of these.)
const WAY_TO_COME = new RegExp(
  [
    PHONE_NUMBER,
    String.raw`@[\w-]+\.[\w.]+`,
    String.raw`\b(?:[Cc]all|[Pp]hone|[Rr]ing|[Ee]-?mail|[Tt]ext|[Cc]ontact|[Ww]rite\s+to)\s+(?:us|me|our|the\s+(?:group|office|leader|facilitator|organi[sz]er|co-?ordinator|clinic|centre|center)\b|\p{Lu}\p{Ll}[\p{L}'’-]*\s+(?:\p{Lu}\p{Ll}[\p{L}'’-]*\s+)?(?:on|at)\b)`,
    String.raw`\b(?:who|[Ii]f\s+you|[Tt]hose)\s+(?:would\s+like|wish(?:es)?|want(?:s)?|are\s+interested|is\s+interested)\s+(?:to|in)\s+(?:join|come|attend|go\s+along|take\s+part|get\s+involved|find\s+out\s+more|joining|coming|attending|taking\s+part)\b`,
    String.raw`\b(?:welcome|invited)\s+to\s+(?:join|come|attend|drop\s+in|go\s+along)\b|\binterested\s+in\s+(?:joining|coming|attending)\b`,
    // (Or where it meets now, in the present: "The group now meets at the library", "gathers in the church hall".)
    // (Not "meets" as a noun, the subject of a verb of its own: "peer support meets take place online", "the meets are held monthly".)
    String.raw`\b(?:meets|gathers)\b(?!\s+(?:with\s+)?(?:others|other\s+people|people|new\s+people|someone|(?:the|their|your|his|her)\s+needs?|needs?)\b)` +
      String.raw`(?!\s+(?:(?:usually|often|now|also|still)\s+)?(?:take|took|are|were|happen|happened|have|had)\b)`,
    String.raw`\b(?:[Ff]or|[Tt]o\s+find\s+out)\s+more\s+(?:details|information)\b|\b[Ff]or\s+(?:further\s+)?(?:details|information)\b|\b[Tt]o\s+find\s+out\s+more\b`,
  ].join('|'),
  'gu',
);
// Peer support as something given, not a group's name: "Group therapy gives patients peer support", "builds mutual aid". (The page's
// own offer still names it: "We offer peer support for new parents".)
const BARE_PEER_SUPPORT = /^(?:peer[-\s]+support|mutual[-\s]+(?:aid|help))$/i;
const GIVEN_AS_BENEFIT =
  /\b(?:gives?|giving|offers?|offering|provides?|providing|brings?|bringing|builds?|building|fosters?|fostering|develops?|developing|encourages?|promotes?|creates?)\s+(?:(?:patients|members|clients|participants|people|them|you|everyone)\s+)?(?:[\w-]+\s+){0,2}$/i;
const OWN_OFFER_BEFORE = /\b(?:we|I)\s+(?:also\s+|now\s+|currently\s+)?(?:offer|provide|give|bring|run|host)\w*\s+(?:[\w-]+\s+){0,3}$/i;
// Peer support told of as a practice between people, just after it: "Peer support happens when mums…", "…occurs between…", "…is
// about…". (Not "happens every Tuesday".)
const PRACTICE_AFTER =
  /^\s+(?:(?:happens|occurs)\s+(?:when|whenever|where|between|among|amongst|naturally)|is\s+(?:about|based\s+on|rooted\s+in|built\s+on))\b/i;
// The reader spoken to ("you", "your"), or the group speaking for itself ("we stay for tea").
const READER_ADDRESSED = /\b(?:you|your|yours|yourself|we|us|our)\b/gi;
// A title that names a record or a report (RECORD_WORDS).
const RECORD_OR_REPORT = 'a record or a report';
const ARTICLE_BY_TITLE = 'an article by its title';
// A title that is an archive's, a blog's or a category's, in one of its parts (split at " | ", " – ", ": "): the part ends on the
// archive's word, "Support Groups Articles and Episodes", "Support Groups Blog", "Grief Archives", or is its label, "Category: …",
// "Posts tagged …", "Articles on group therapy". (Not when another part names one group: "Blog – Tuesday Carers Group" is a post
// of that group's own.)
const ARCHIVE_OF_POSTS = 'an archive of articles or posts';
const ARCHIVE_WORD = String.raw`(?:articles|posts|blogs?|episodes|podcasts?|archives?)`;
const ARCHIVE_PART = new RegExp(
  String.raw`^[\W_]*(?:(?:[\p{L}\d'’&-]+\s+){0,5}?${ARCHIVE_WORD}(?:\s+(?:and|&)\s+(?:[\p{L}'’-]+\s+)?(?:${ARCHIVE_WORD}|videos|news|stories|resources|events))?` +
    String.raw`|categor(?:y|ies)|tags?|tagged)[\W_]*$|^[\W_]*(?:articles|posts|blog\s+posts|episodes)\s+(?:on|about|tagged|filed\s+under)\s`,
  'iu',
);
const TITLE_PARTS = /\s+[|–—·•]\s+|\s+-\s+|\s*:\s+/;
const ONE_GROUP_PART = /\b(?:group|circle|caf[eé]|meeting|gathering)[\W_]*$/i;
function archiveTitle(titleText: string): boolean {
  const parts = titleText.split(TITLE_PARTS);
  const archive = parts.findIndex((p) => ARCHIVE_PART.test(p));
  return archive >= 0 && !parts.some((p, i) => i !== archive && ONE_GROUP_PART.test(p));
}
// A title broken over two short lines, as a cover sets it: the first ends on a word no title ends on ("Setting up a", then "Carer
// Support Group"; "A Guide to the", then "…"). The two lines are the title for telling guides, articles and listings from flyers.
const ENDS_OPEN = /\s(?:a|an|the|to|for|of|on|in|with|and|or|your|our|their|its|into|about|from)$/i;
function titleRunOn(model: DocumentModel, title: ProseBlock): string | undefined {
  if (!ENDS_OPEN.test(title.text.trimEnd())) return undefined;
  const next = model.blocks[model.blocks.indexOf(title) + 1];
  return next && model.headings.includes(next) && next.text.split(/\s+/).length <= 8 ? `${title.text.trimEnd()} ${next.text.trim()}` : undefined;
}
const RECORD_TITLE = new RegExp(String.raw`\b(?:${RECORD_WORDS})\b`, 'i');
// A title of minutes or a meeting's notes (MINUTES_WORDS), and the same words to strip from it before asking whether it is of another
// sort too ("Meeting Notes and Job Openings"); and a body's own meeting, a committee's or a board's, whose minutes are that body's.
const MINUTES_TITLE = new RegExp(String.raw`\b(?:${MINUTES_WORDS})\b`, 'i');
const MINUTES_WORDS_ALL = new RegExp(MINUTES_TITLE.source, 'gi');
const BODY_IN_TITLE = /\b(?:committee|board|council|trustees|steering|executive|staff|team|AGM|annual\s+general)\b/i;
// The writers' own group meeting now, or from now on, at a stated recurrence, in the first person plural: "We meet every other month
// on Sunday afternoons at the library", "We will keep meeting on the second Thursday of each month", "We run it … once a fortnight at
// the wellbeing centre", "our group meets on Tuesdays". (Not "we met…", "we used to meet…", "we would meet…", a guide's "you could
// meet weekly"; nor "we meet every new client": the recurrence is a time's, see RECURS.)
const RECURS = String.raw`(?:(?:every|each)\s+(?:other\s+|second\s+|third\s+)?(?:week|fortnight|month|weekend|morning|evening|afternoon|night|${WEEKDAY})|every\s+(?:two|three|four|six|\d{1,2})\s+(?:weeks|months)|(?:once|twice|three\s+times)\s+(?:a|per|each|every)\s+(?:week|fortnight|month)|weekly|fortnightly|monthly|bi-?weekly|bi-?monthly|(?:first|second|third|fourth|last)\s+${WEEKDAY}|on\s+${WEEKDAY}s)`;
const OWN_SCHEDULE_NOW = new RegExp(
  String.raw`\b(?:we|our\s+(?:[\w'’-]+\s+){0,2}?(?:group|meetings))\s+(?:(?:will|still|now|currently|usually|normally|also|generally|regularly)\s+){0,2}(?:(?:continue|keep|go\s+on)\s+(?:to\s+)?)?` +
    String.raw`(?:meet(?:s|ing)?|gather(?:s|ing)?|get\s+together|run\s+(?:it|the\s+group)|hold\s+(?:it|(?:our\s+)?meetings)|are\s+held|takes?\s+place)\b` +
    String.raw`[^.!?\n]{0,80}?\b${RECURS}\b`,
  'gi',
);
// Readers invited to the group now: "join us", "newcomers are always welcome", "everyone is welcome", "we are open to more".
const INVITED_NOW =
  /\bjoin\s+us\b|\b(?:all|everyone|everybody|anyone)\s+(?:is\s+|are\s+)?(?:always\s+|very\s+)?welcome\b|\b(?:newcomers|new\s+(?:members|faces|people)|visitors)\s+(?:are\s+)?(?:always\s+|very\s+|most\s+)?welcome\b|\bwe(?:\s+are|['’]re)\s+(?:always\s+|still\s+)?open\s+to\s+(?:more|new\s+(?:members|people|faces))\b/gi;
// The words just before a kind's name that make it the writers' own group: "our support group", "the Fairhaven thyroid support group".
const OWN_NAME_BEFORE = /\b(?:our|this|the|my|its)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
// The writer founding a group, in the first person, as news now: "I have set up a relaxed online group for siblings", "we've just
// started a group for…", "I recently launched a group…". (Not advice, "you could set up a group"; nor "Years ago I started a group";
// nor a group chat or a group of friends.)
const FOUNDED_BY_WRITER =
  /\b(?:I|[Ww]e)(?:(?:\s+have|['’]ve)(?:\s+(?:just|recently|now))?|\s+(?:just|recently))\s+(?:set\s+up|started|created|founded|launched|formed)\s+(?:a|an|our|my)\s+(?:[\w'’-]+\s+){0,3}?group\b(?!\s*(?:chat|text|page|account|call|of)\b)/g;
// A service's own clinical groups called "treatment groups": "Parenting treatment groups are for…", "Our treatment groups follow a
// curriculum…", "this treatment group". (Not a trial's arms, "the two treatment groups", "across treatment groups", nor the
// singular after "a" or "the": see TRIAL_ARMS for the page that holds them.)
const TREATMENT_GROUPS =
  /(?<!\b(?:two|three|four|both|across|between|among|all|several|control)\s+)\btreatment\s+groups\b|(?<=\b(?:our|this|these)\s+)treatment\s+group\b/gi;
// A study's arms: "a control group", "placebo", "randomly assigned", "randomised".
const TRIAL_ARMS = /\bcontrol\s+groups?\b|\bplacebo\b|\brandomi[sz]\w*|\brandomly\s+(?:assigned|allocated)\b|\bwait-?list(?:ed)?\s+(?:group|control)\b/gi;
// Groups in general, a few or many of them, just before: "Many meet weekly", "Most of these groups are run by peers", "some meet
// every other Monday evening". (Not "Most of our groups", "Many of us", "Most weeks the group meets".)
// (Or groups with a hedge, "These groups usually meet once a month in libraries": not "our groups usually meet". Or a hedge before
// "a group" or bare "groups", as a list of levels of care describes each: "Outpatient Group – Typically a group meeting once a week in
// a clinic"; not "Typically, our group meets…".)
const IN_GENERAL_BEFORE =
  /\b(?:many|most|some|such|several|few|other|others|any)\b(?:\s+(?!(?:the|this|our|its|their|his|her|we|us|it|they)\b)[\w'’-]+){0,3}\s*$|(?<!\bour\s+(?:[\w'’-]+\s+)?)\bgroups\s+(?:usually|typically|generally|often|normally|tend\s+to)\s+$|\b(?:usually|typically|generally|normally|often)\s*,?\s+(?:an?\s+(?:(?!(?:our|this|my|the|its|their)\b)[\w'’-]+\s+){0,2}?group|(?:(?!(?:our|this|my|the|its|their)\b)[\w'’-]+\s+){0,2}?groups)\s+$/i;
// (The few words before the match only: a run-on paragraph is one long sentence.)
function inGeneral(m: Match): boolean {
  const at = m.index - m.sentence.from;
  return IN_GENERAL_BEFORE.test(m.sentence.text.slice(Math.max(0, at - 60), at));
}
// A "contact" that sends readers to someone of their own choosing, or to find a group: "Contact a local hospice or a bereavement
// charity to find a group nearby", "contact your GP". (Not "contact your facilitator", "Contact the office", "Contact Jane to find a
// time".)
const CONTACT_ELSEWHERE =
  /^\s+(?:(?:a|an|any|one\s+of|your)\s+(?!(?:group|facilitator|leader|volunteer|host|co-?ordinator|member)s?\b))|\bto\s+find\s+(?:an?\s+(?:[\w'’-]+\s+){0,2}?groups?|(?:local\s+)?groups?|one\s+(?:near|in|close))\b/i;
// A page that sends its readers to another organisation's site or locator to find a group: "To find the times and locations of the
// congregations offering it, visit…", "search for classes near you", "find a program near you", "Once on their website, you can get
// connected with support groups", "Type in your zip code", "do a zip code search". (Read only on a page with no group of its own: a
// group's page may point to others' too.)
const SENDS_ELSEWHERE =
  /\bfind\s+(?:the\s+)?(?:(?:dates|days),?\s+)?times\s+and\s+(?:locations|places|venues)\b|\b(?:groups?|classes|meetings?|chapters?|programs?|programmes?|sites?|locations?)\s+(?:near|close\s+to)\s+you\b|\b(?:zip|post)\s*code\s+search\b|\bsearch\s+by\s+(?:zip|post)\s*code\b|\b(?:on|at|via|through)\s+their\s+(?:web\s*site|site)\b[^.!?\n]{0,80}?\b(?:groups?|meetings?|classes)\b|\b(?:your|a)\s+(?:zip|post)\s*code\b/gi;
// Or a sentence that sends readers to find groups where they live: "To find out about carer support groups in your area, contact the
// local carers' centre".
const FIND_IN_YOUR_AREA =
  /\bto\s+find\s+(?:out\s+about\s+)?(?:[\w'’-]+\s+){0,3}?groups?\s+(?:in|near|close\s+to)\s+(?:your|you)\b|\bcontact\s+(?:the|your)\s+local\b/i;
function sentElsewhere(m: Match): boolean {
  if (!/^contact$/i.test(m.text)) return false;
  const at = m.index - m.sentence.from + m.text.length;
  return CONTACT_ELSEWHERE.test(m.sentence.text.slice(at, at + 100)) || FIND_IN_YOUR_AREA.test(m.sentence.text);
}
// The voice of those who hold the meetings, about them (see fellowshipAnchored): "our meetings", "our fellowship", "we meet", "we
// welcome", "We are a fellowship of…", "We are recovering addicts who meet regularly", "join us"; or newcomers invited: "Newcomers are
// always welcome", "The weekly meeting is open to newcomers". (Not any "we" or "our": a reporter's "our betting-mad culture", "We
// are told from childhood", a blogger's "We'll give you a plan".)
const HOST_VOICE =
  /\bour\s+(?:[\w'’-]+\s+){0,3}?(?:groups?|meetings?|circles?|fellowship|chapter|intergroup|members)\b|\bwe\s+(?:(?:also|currently|now|still|regularly|usually|normally)\s+)?(?:meet|gather|welcome|invite)\b|\bwe\s+(?:are|['’]re)\s+(?:an?\s+(?:[\w'’-]+\s+){0,3}?(?:fellowship|group|circle|network)\b|(?:[\w'’-]+\s+){0,4}?(?:who|that)\s+(?:meet|gather|come\s+together|get\s+together)\b)|\bnewcomers\s+(?:are\s+)?(?:always\s+|very\s+)?welcomed?\b|\bopen\s+to\s+(?:all\s+)?newcomers\b|\bjoin\s+us\b/gi;
// A meeting at a named venue: "members meet at the Carriage House of Grace Church", "meets in St Anne's Hall". (Capitalised: "meets
// in the fellowship room of a church" names no place a reader could find.)
const MEETS_AT_VENUE =
  /\b(?:meets?|meeting|gathers?)\s+(?:[\w'’-]+\s+){0,4}?(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4}/gu;
// A day told as a past occasion in a story, just before it: "on a recent Tuesday evening", "last Thursday", "one Monday night".
const PAST_DAY_BEFORE = /\b(?:a\s+recent|last|that|one|this\s+past|the\s+previous|the\s+following)\s+$/i;
// A post's own date line: "Posted Mar 3 2010 9:15am", "Published on Tuesday, 4 May 2021, 09:15", "Posted by Jo Marsh on 12/03/2021".
// Its time is when it was posted, not a meeting's.
const POST_STAMP = new RegExp(
  String.raw`^[\W_]*(?:posted|published|updated|submitted|last\s+(?:updated|modified))\b(?:\s+by(?:\s+[\p{L}.'’-]+){1,3}?)?(?:\s+(?:on|at))?:?\s+` +
    String.raw`(?:\p{L}+,?\s+)?(?:${DATE}|\d{1,2}\s+may\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})`,
  'iu',
);
/** Is the match on a post's own date line (see POST_STAMP)? (A short line only: a sentence that begins "Updated…" and runs on is read as any.) */
function onPostStamp(m: Match): boolean {
  return m.sentence.text.length <= 120 && POST_STAMP.test(m.sentence.text);
}
// The kind's name, then one word in lower case and a colon: a list item's label, "One last group therapy tip:", "Group therapy
// options:". (Not a label for one group's own particulars: "schedule", "times", "details", "location".)
const LABEL_HEAD_AFTER = /^\s+(?!(?:group|groups|schedule|times?|dates?|hours|details|sessions?|meetings?|location)\b)\p{Ll}[\p{L}-]*\s*:/u;
// A kind's name as the word before the people who lead, run or help with such groups: "Support Group Leaders", "support group
// facilitators and volunteers", "Support Group Coordinator". (Not "members": "Support group members meet on the second Saturday" is a
// group speaking of itself.)
const ROLE_AFTER_NAME = /^[-\s]+(?:leaders?|facilitators?|co-?ordinators?|organi[sz]ers?|volunteers?|hosts|moderators?|trainers?|training|staff)\b/i;
// The kind named as one part of an event's programme: "Sharing circles are also a part of the conference", "…is an important part of
// our summer camp". (Not a part of a group's own meetings: "Sharing circles are a part of every meeting".)
const PART_OF_EVENT_AFTER =
  /^[^.!?]{0,60}?\b(?:is|are)\s+(?:also\s+)?(?:an?\s+)?(?:(?:integral|key|central|important|regular)\s+)?part\s+of\s+(?:the|our|this)\s+(?:[\w'’-]+\s+){0,2}?(?:conference|retreat|camp|summit|convention|symposium|festival)s?\b/i;
// A title that is a guide for the reader on the kind, not a group's name: a question or "how to" ("What to Expect in Group Therapy",
// "Should I Try Group Therapy?", "Understanding Group Therapy"), a reader's first time ("Your First Group Therapy Session"), "…Explained",
// "Things You Should Know About…", or a count of reasons, tips or benefits ("5 Benefits of Group Therapy", "Top Reasons to Try…").
const GUIDE_TITLE =
  /^[\W_]*(?:what|how|why|when|where|which|should|is|are|can|could|do|does|will|understanding|preparing|tips|your)\b|\byour\s+(?:very\s+)?first\b|\bexplained\b|\bthings\s+(?:you\s+)?(?:need|should)\s+(?:to\s+)?know\b|^[\W_]*(?:top\s+)?(?:(?:\d+|three|four|five|six|seven|eight|nine|ten)\s*)?(?:good\s+)?(?:reasons|things|tips|ways|benefits|signs|myths)\b/i;
// The reader's first session, in a guide that speaks to the reader: "your first session", "your very first group therapy session",
// "before your first group".
const READERS_FIRST_SESSION = /\byour\s+(?:very\s+)?first\s+(?:group\s+therapy\s+|group\s+|therapy\s+)?(?:session|meeting|group|day)\b/gi;
// Reasons for group material that rest on a name alone (see the page model's weaker margin).
const GENERIC_LOGISTICS = /^(?:sessions?|weekly|bi-?weekly|contact|intake)$/i;
// (Counted, they say how long the group runs: "over four weekly sessions".)
const COUNTED_BEFORE = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:weekly\s+)?$/i;
// A sentence on how such groups usually run, with a hedge of generality ("typically", "usually", "most groups", "groups can"), and
// no voice of the page's own ("we", "our", "this group", "the group meets every…"): its logistics are any group's, not the page's
// own. ("The group typically meets…" is left as one group's: a group's page says so of itself.)
const HEDGE_IN_SENTENCE =
  /\b(?:typically|usually|generally|normally|commonly|often|most\s+(?:[\w'’-]+\s+){0,2}?(?:groups|sessions|meetings|programs?|programmes?)|(?:groups|sessions)\s+(?:can|may|might|tend\s+to))\b/i;
const OWN_IN_SENTENCE = /\b(?:[Ww]e|[Oo]ur|us|[Tt]his\s+group|[Tt]he\s+group\s+(?:will|meets\s+(?:on|every)))\b/;
const hedgedSentence = oncePer((s: Sentence): boolean => HEDGE_IN_SENTENCE.test(s.text) && !OWN_IN_SENTENCE.test(s.text));
function hedgedGeneral(m: Match): boolean {
  return hedgedSentence(m.sentence);
}
// Groups in general set against one another: "Some support groups invite speakers, while others just talk", "some meet weekly".
const GROUPS_SET_AGAINST =
  /\b(?:some|other|others|many)\s+(?:[\w'’-]+\s+){0,2}?(?:groups|meetings)\b[^.!?]{0,80}\b(?:while|whereas)\s+others\b|\bsome\s+meet\b/i;
/** Logistics said of no one group: denied, hedged as how such groups usually run (see hedgedGeneral), or of groups set against one another. */
function ofNoOneGroup(m: Match): boolean {
  return m.stance === 'negated' || hedgedGeneral(m) || GROUPS_SET_AGAINST.test(m.sentence.text);
}
const OPENS_SUPPORT = 'a sentence opens by naming a support group';
const OPENS_THERAPY = 'a sentence opens by naming group therapy';
const TITLE_SUPPORT = 'its title names a support group';
const TITLE_THERAPY = 'its title names group therapy';
const NEW_GROUP_STARTING = 'it tells of one new group starting';
const PAGE_MODEL_RESCUE = "its words read as one group's own page";
const SUPPORT_FLAVOURED = 'it describes a group of its own that gives its members support';

function dedupe(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => (seen.has(w.toLowerCase()) ? false : (seen.add(w.toLowerCase()), true))).slice(0, 3);
}

// Definitions of a kind in general ("a support group is…", "group therapy is…"): a text
// that defines both kinds explains the difference rather than announcing a group.
const DEFINES_SUPPORT = /\b(?:peer\s+)?support\s+groups?\s*(?:is|are|means?|offers?)\b/giu;
const DEFINES_THERAPY = /\b(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+groups?)\s*(?:is|are|means?|offers?)\b/giu;

function isComparison(
  model: DocumentModel,
  titleText: string | undefined,
  titleSupport: boolean,
  titleTherapy: boolean,
  supportNames: Match[],
  therapyNames: Match[],
): boolean {
  const opens = (re: RegExp) =>
    model.find(re).some((m) => !/^\W*(?:this|our|it)\b/i.test(m.sentence.text) && /^[^\p{L}]*(?:an?|the)?\s*$/iu.test(textBefore(m)));
  if (opens(DEFINES_SUPPORT) && opens(DEFINES_THERAPY) && !selfDeclared(model)) return true;
  if (titleSupport && titleTherapy) {
    const t = titleText ?? '';
    COMPARISON.lastIndex = 0;
    if (COMPARISON.test(t)) return true;
  }
  // Headings for both kinds, and both discussed at length: an explainer, not a flyer.
  const headings = model.headings;
  const headed = (re: RegExp): boolean =>
    headings.some((h) => {
      re.lastIndex = 0;
      return re.test(h.text);
    });
  const both = headed(SUPPORT_NAME) && (headed(THERAPY_NAME) || /\bgroup\s+therapy\b/i.test(headings.map((h) => h.text).join('\n')));
  return both && supportNames.length >= 1 && therapyNames.length >= 1 && !selfDeclared(model);
}

// The steps into a group, as its own page sets them out: who it takes, an agreement to sign, an application and its fee, entry
// into the group. OWN_ADMISSION says them in the group's own voice, "We cannot admit…", "We ask you to sign…"; ADMISSION_STEP
// in any voice, "the application fee", "entry into the CBT group", "committed to the group". (Not what a practice takes as
// payment: "we do not accept insurance".)
const OWN_ADMISSION =
  /\b[Ww]e\s+(?:cannot|can\s*not|can['’]t|do\s+not|don['’]t|will\s+not|won['’]t|only)\s+(?:admit|accept|enrol+)\b(?!\s+(?:insurance|medicaid|medicare|credit|cards?|cash|payments?|checks?|cheques?)\b)|\b[Ww]e\s+ask\s+(?:you|each\s+(?:new\s+)?member|(?:new\s+)?members)\s+to\s+sign\b/g;
const ADMISSION_STEP =
  /\b(?:your|the)\s+application(?:\s+fee)?\b|\b(?:entry|entrance|admission)\s+(?:in)?to\s+the\s+(?:[\w-]+\s+){0,2}?group\b|\bcommitted\s+to\s+the\s+group\b/gi;

/**
 * Does the page set out the steps into its own group? One step in its own voice, and two in all: an admission page's rule, "for
 * adults with health anxiety only", reads like an article to the page model. (A clinic's note on what programmes elsewhere ask,
 * in the third person, "Some ask new members to sign", is no page of a group's own.)
 */
function setsOutOwnAdmission(model: DocumentModel): boolean {
  const own = model.find(OWN_ADMISSION).length;
  return own > 0 && own + model.find(ADMISSION_STEP).length >= 2;
}

// What a group is said not to replace, after its name (see NOT_REPLACING_CARE).
const REPLACING_AFTER =
  /^\s+(?:here\s+)?(?:(?:can|could|will|would)\s+(?:ever\s+)?|(?:does|do|will|can|could|would)\s*(?:not|n't)\s+|won't\s+|(?:can\s+|will\s+)?never\s+)?(?:replace|take\s+the\s+place\s+of|substitute\s+for)\b/i;
// The page's own group as the subject of a clause whose verb is denied: "Our group doesn't meet in August", "This circle is not
// a clinic". The denial is of what the group does; the group is still the page's own. (Not a denial before it: "This is not our
// group's page".)
const OWN_SUBJECT = /^(?:our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:groups?|circles?|meetings?)$/i;
const OPENS_CLAUSE = /(?:^|[.;:!?,]|\b(?:and|but|so))[\s"'*_(]*$/i;
const VERB_DENIED =
  /^\s*(?:(?:do|does|did|will|would|can|could|is|are|was|were|has|have|may|might|should|must)\s+(?:not|never)\b|(?:don't|doesn't|didn't|won't|wouldn't|can't|cannot|couldn't|isn't|aren't|wasn't|weren't|hasn't|haven't|shouldn't|never)(?![\w'-]))/i;

/** The page's own groups (OWN_GROUP): those affirmed, and an own group whose verb is denied (see OWN_SUBJECT). */
function ownGroupsSaid(model: DocumentModel): Match[] {
  return model.find(OWN_GROUP).filter((m) => {
    if (m.stance === 'affirmed') return true;
    if (m.stance !== 'negated' || !OWN_SUBJECT.test(m.text)) return false;
    // (Only the few words either side are read: a sentence may be a whole run-on paragraph.)
    const at = m.index - m.sentence.from;
    const text = m.sentence.text;
    return OPENS_CLAUSE.test(text.slice(Math.max(0, at - 20), at)) && VERB_DENIED.test(text.slice(at + m.text.length, at + m.text.length + 30));
  });
}

/** Does the text say of itself which kind it is ("this is group therapy")? */
function selfDeclared(model: DocumentModel): boolean {
  return model.affirmed(SELF_DECLARED).length > 0;
}

export type { KindSource };
