// The words of the domain, shared by kind resolution and the rules. Patterns are ours
// (fixed at build time); phrases from configuration are always literal text.

const w = (source: string): RegExp => new RegExp(source, 'gi');

/** Names of a support group: "support group", "peer support", "mutual-aid group". */
export const SUPPORT_NAME = w(
  String.raw`(?<!\b(?:help|helps|helping|to)\s+)\b(?:(?:peer|family|caregiver|bereavement|grief|recovery|community|parent|online|virtual|in-person)[-\s]+)?support\s+(?:group|circle|meeting|gathering|network|space)s?\b|\bpeer[-\s]+(?:(?:led|run)\s+(?:group|circle|community)|support|circle|mentoring|community)\b|\bpeer[-\s]+(?:led|run|facilitated)\b|\bmutual[-\s]+(?:aid|help|support)\b|\bself[-\s]+help\s+(?:group|meeting)s?\b|\bsharing\s+circles?\b|\b12[-\s]step\s+(?:group|meeting|program)s?\b|\b(?:grupo|groupe)s?\s+de\s+(?:apoyo|soutien|parole)\b|\b(?:alcoholics|narcotics|cocaine|gamblers|overeaters|emotions|debtors|sex\s+addicts|crystal\s+meth|marijuana|co-dependents|adult\s+children)\s+anonymous\b|\bal-?anon\b|\bnar-?anon\b|\balateen\b|\bSMART\s+Recovery\b|\b(?:celebrate|refuge)\s+recovery\b|\brecovery\s+dharma\b|\b(?:twelve|12)[-\s]step\s+(?:fellowship|meeting)s?\b|\bfellowship\s+meetings?\b|\bNAMI\s+Connection\b|\bpeer[-\s]+to[-\s]+peer\b`,
);

/** Names of group therapy: "group therapy", "therapy group", "group psychotherapy". */
export const THERAPY_NAME = w(
  String.raw`\bgroup\s+(?:psycho)?therapy\b|\bgroup\s+(?:cognitive[-\s]behaviou?ral|dialectical[-\s]behaviou?r(?:al)?|acceptance[-\s]and[-\s]commitment|interpersonal|psychodynamic|art|music|exposure|schema|mindfulness[-\s]based|trauma[-\s]focused)\s+(?:psycho)?therapy\b|\b(?:psycho)?therapy\s+groups?\b|\bgroup\s+counsel(?:l)?ing\b|\bcounsel(?:l)?ing\s+groups?\b|\b(?:psycho)?therapeutic\s+groups?\b|\bgroup\s+treatment\b|\bclinical\s+groups?\b|\bterapia\s+(?:de\s+)?grupo\b|\bth[ée]rapie\s+de\s+groupe\b`,
);

/** Clinical group formats that say "therapy" without the word: "DBT skills group". */
export const THERAPY_FORMAT = w(
  String.raw`\b(?:DBT|CBT|ACT|EMDR|CPT|IPT|MBCT|MBSR|RO-DBT)\b(?:[-\s]+(?:skills|based|informed))?(?:\s+(?:training\s+)?(?:group|class|program|course)s?)?|\bskills\s+(?:training\s+)?groups?\b|\b(?:interpersonal\s+)?process\s+groups?\b|\bpsycho-?education(?:al)?\s+groups?\b|\bintensive\s+outpatient\b|\bIOP\b`,
);

/** "ACT group", not "the way we act": a THERAPY_FORMAT match counts only with its initials in capitals. */
export function formatInCapitals(text: string): boolean {
  return !/^(?:dbt|cbt|act|emdr|cpt|ipt|mbct|mbsr|ro-dbt|iop)\b/.test(text);
}

/** The words of the therapy a support flyer must deny, or a therapy flyer affirms. */
export const THERAPY_WORD = w(
  String.raw`(?<!\b(?:physical|speech|occupational|massage|respiratory|PT|OT|music|art|dance|recreational|recreation)[-\s]+)\b(?:psycho)?therap(?:y|ies|eutic\s+(?:service|treatment|intervention)s?)\b|\bcounsel(?:l)?ing\b|\bclinical(?:\s+(?:service|care|treatment|program|group|setting))?s?\b|\btreatment\b|\bmedical\s+(?:advice|care)\b|\b(?:professional|mental[-\s]health)\s+(?:care|help|services?|treatment|advice|support|counsel(?:l)?ing)\b|\bsubstitute\s+for\b|\breplacement\s+for\b|\bdiagnos(?:is|es|e|ing)\b`,
);

/** Self-statements of kind: "this is group therapy", "our group is a support group". */
const SELF = String.raw`\b(?:this|it|our|the|we|these)\b[^.;:!?]{0,40}?\b(?:is|are|'s|'re|offers?|provides?|runs?\s+as)\b[^.;:!?]{0,30}?`;
export const SELF_THERAPY = w(SELF + String.raw`(?:\bgroup\s+(?:psycho)?therapy\b|\b(?:psycho)?therapy\s+group\b|\bgroup\s+counsel(?:l)?ing\b|\bclinical\s+(?:service|group)\b|\b(?:psycho)?therapy\b)`);
export const SELF_SUPPORT = w(SELF + String.raw`(?:\b(?:peer\s+)?support\s+group\b|\bpeer[-\s]+(?:led|support)\b|\bmutual[-\s]+(?:aid|help))`);

/** Money asked of members. */
export const FEE = w(
  String.raw`\b(?:fees?|co-?pays?|co-?insurance|deductibles?|prices?|costs?(?!\s+(?:them|you|him|her|us|me|people|lives|their|your)\b)|charges?|tuition|payments?|pay|paid|billed|bill|billing|invoice|self-?pay|private[-\s]pay|out[-\s]of[-\s]pocket|sliding[-\s]scale)\b|\binsurance\b|[$€£]\s?\d+(?:[.,]\d\d)?|\b\d+\s?(?:dollars|usd|eur|euros)\b`,
);

/** Saying attending is free (or costs nothing but an invited contribution). */
export const FREE = w(
  [
    // "free", but not "free to ask", "feel free", "judgment-free", "free of judgment", "free time".
    String.raw`(?<![-\w]-|\bfeel\s|\bfeels\s|\bbreak\s|\bset\s)\bfree(?:\s+of\s+charge)?\b(?!-)(?!\s+(?:of(?!\s+charge)|from|time|will|spirit|yourself|themselves)\b)` +
      String.raw`(?!\s+to\s+(?!attend|join|participate|come|register|enroll|all\b|the\s+public|members|anyone|everyone|families|caregivers|patients|students|veterans|attendees|those|you\b))`,
    String.raw`\bno[-\s]+(?:cost|charge|fee|dues)s?\b`,
    String.raw`\bat\s+no\s+(?:cost|charge)\b`,
    String.raw`\bwithout\s+(?:cost|charge)\b`,
    String.raw`\bcost[-\s]free\b`,
    String.raw`\bno\s+one\s+(?:is\s+)?turned\s+away\b`,
    String.raw`\bgratis\b|\bgratuit[oe]?\b|\bsin\s+costo\b`,
    String.raw`\bdonations?\b`,
    String.raw`\bpay[-\s]what[-\s]you[-\s]can\b`,
    // Fellowships: "no dues or fees", "self-supporting through our own contributions".
    String.raw`\bself[-\s]supporting\b`,
    String.raw`\b(?:voluntary|own)\s+contributions?\b|\bcontributions?\s+(?:are\s+)?(?:voluntary|welcome|optional)\b`,
  ].join('|'),
);

/** Licensed or trained clinicians. */
export const CLINICIAN = w(
  String.raw`(?<!\b(?:physical|speech|occupational|massage|respiratory|PT|OT|SLP|music|art|dance|recreational|recreation)[-\s]+)\b(?:psycho)?therapists?\b|` +
    String.raw`\b(?:trained|professional|clinical)\s+(?:group\s+)?(?:facilitators?|leaders?|staff)\b|` +
    String.raw`\bpsychologists?\b|\bpsychiatrists?\b|\bcounsel(?:l)?ors?\b|\bclinicians?\b|\bsocial\s+workers?\b|\blicensed\b|\bcredential(?:s|ed)?\b|\b(?:LCSW|LICSW|LMSW|LPC|LPCC|LMHC|LMFT|MFT|LCPC|LCADC|CADC|PsyD|Psy\.D|PhD|Ph\.D|MSW|MD|RN|PMHNP|NCC|ATR-BC|RPT|CGP|LPC-S)\b`,
);

/** When, where, how to join: the logistics that make a text an announcement. */
export const LOGISTICS = w(
  String.raw`\bjoin\s+us\b|\bmeets?\b|\bmeeting\s+(?:every|on|weekly|monthly)\b|\bevery\s+(?:other\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:nights?|evenings?|mornings?|afternoons?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\bregist(?:er|ration)\b|\bsign\s+up\b|\brsvp\b|\bdrop[-\s]in\b|\ball\s+are\s+welcome\b|\bwhen\b\s*:|\bwhere\b\s*:|\blocation\b|\bzoom\b|\bcontact\b|\bweekly\b|\bbi-?weekly\b|\bmonthly\b|\bsessions?\b|\bintake\b|\benroll(?:ment|ing)?\b`,
);

/** A document that explains the difference between the kinds. */
export const COMPARISON = w(
  String.raw`\bvs\.?(?=\s)|\bversus\b|\bdifferen(?:ce|ces|t)\b|\bcompar(?:e|ed|ing|ison)\b|\bor\b|\band\b|\bunderstanding\b|\bchoosing\b|\bwhich\b`,
);

/**
 * A group of the page's own: "our meetings", "this group", "we meet", "the group will meet",
 * "I am starting a support group", "join us". Pages about groups in general have none.
 */
export const OWN_GROUP = w(
  [
    String.raw`\b(?:our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:groups?|meetings?|sessions?|circles?|gatherings?|classes)\b(?!\s+(?:therapy|psychotherapy|counsel|offerings|programs?|services|leaders?|facilitators?))`,
    String.raw`\bwe\s+(?:meet|gather|come\s+together|get\s+together|offer|host|run|hold|facilitate|welcome)\b`,
    String.raw`\b(?:groups?|meetings?|circles?)\s+(?:will\s+|typically\s+|usually\s+|generally\s+)?(?:meets?|gathers?)\b`,
    // "The group will meet", not "you will meet people who understand".
    String.raw`(?<!\b(?:you|they|members|people)\s+)\bwill\s+(?:meet|hold|host|be\s+held|start|begin|resume|run)\b`,
    String.raw`\b(?:is|are)\s+held\s+(?:on|every|each|at|in|the|weekly|monthly)\b`,
    String.raw`\b(?:form|start|starting|launch|launching|forming|begin|beginning|organi[sz]e|organi[sz]ing)\s+(?:a|an|my|our)\s+(?:[\w'’-]+\s+){0,3}?(?:group|meeting|circle)\b`,
    String.raw`\bjoin\s+(?:us|our)\b`,
    String.raw`\b(?:the|each|every)\s+group\s+(?:is|will\s+be)\s+(?:led|facilitated|co-?facilitated|co-?led|run)\s+by\b`,
  ].join('|'),
);

/** Logistics that only a real group has: a clock time, a weekday, a registration step (a phone number may be the organisation's). */
export const SPECIFIC_LOGISTICS = w(
  [
    String.raw`\b\d{1,2}(?::\d\d)?\s*(?:[-–]\s*\d{1,2}(?::\d\d)?\s*)?(?:am|pm|a\.m\.|p\.m\.)`,
    String.raw`\b(?:to\s+)?(?:register|rsvp|sign\s+up|enroll)\b|\bregistration\s+(?:is|form|required)\b`,
    String.raw`\b(?:first|second|third|fourth|last)\s+(?:and\s+(?:first|second|third|fourth|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\bevery\s+(?:other\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
  ].join('|'),
);

/** Twelve-step and other fellowships by name: a meeting of one is a support group. */
export const FELLOWSHIP = w(
  String.raw`\b(?:alcoholics|narcotics|cocaine|gamblers|overeaters|emotions|debtors|marijuana|nicotine|co-?dependents|adult\s+children\s+of\s+alcoholics)\s+anonymous\b|\bal-?anon\b|\balateen\b|\bnar-?anon\b|\b(?:AA|NA|CA|GA|OA)\s+(?:meetings?|groups?|members?|fellowship)\b|\bSMART\s+Recovery\b|\bCelebrate\s+Recovery\b`,
);
