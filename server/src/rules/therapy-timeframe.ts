import { anyOf, group } from '../engine/patterns';
import { defineRule, fixOf } from '../engine/rule';
import { belowKind, extraMatches } from './shared';
import { placeholderLine } from './placeholder';
import { textAfter, textBefore, type DocumentModel, type Match } from '../engine/document';
import { DROP_IN } from '../engine/vocab';

const MONTH = group([
  String.raw`jan(?:uary)?`,
  String.raw`feb(?:ruary)?`,
  String.raw`mar(?:ch)?`,
  String.raw`apr(?:il)?`,
  String.raw`may`,
  String.raw`june?`,
  String.raw`july?`,
  String.raw`aug(?:ust)?`,
  String.raw`sept?(?:ember)?`,
  String.raw`oct(?:ober)?`,
  String.raw`nov(?:ember)?`,
  String.raw`dec(?:ember)?`,
]);
// A number in words may carry its figure, as contracts write it: "three (3) months", "twelve (12) weeks".
const COUNT = String.raw`(?:\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four)(?:\s*\(\d{1,2}\))?)`;
// A count of days, in figures or words: "90 Day", "a four day program", "twenty-eight days".
const DAY_COUNT = String.raw`(?:\d{1,3}|${COUNT}|twenty-one|twenty-eight|thirty)`;
const TIMEFRAME = anyOf([
  // (Not "one-on-one meeting", "10 months old", "two weeks ago".)
  String.raw`(?<!-on-)\b${COUNT}[-\s]+(?:to[-\s]+${COUNT}[-\s]+)?(?:(?:consecutive|straight|successive)\s+)?(?:weeks?|sessions?|months?|meetings?|classes|(?<!\b(?:in|into|are|of)\s+\w+\s+)modules?|semanas|sesiones|semaines|séances)\b` +
    String.raw`(?!\s+(?:old|ago|postpartum|pregnant)\b)`,
  String.raw`\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:weeks|sessions|months)\b`,
  // A programme counted in days: "our 90 Day Intensive Group Program", "a 3-day intensive".
  String.raw`\b${DAY_COUNT}[-\s]days?\s+(?:(?:intensive|group|residential|therapy|treatment|inpatient|outpatient)\s+)*(?:programs?|programmes?|intensives?|courses?|workshops?|retreats?)\b`,
  // A length in years: "up to one year of structured help", "for a full year".
  String.raw`\bup\s+to\s+(?:a|one|${COUNT})\s+years?\s+of\b|\bfor\s+a\s+(?:full|whole)\s+year\b`,
  // "The programme runs for 28 days", "lasts twenty-one days".
  String.raw`\b(?:runs?|lasts?|takes?)\s+(?:for\s+)?${DAY_COUNT}\s+days\b`,
  // A curriculum laid out by week: "Week 1: Introduction", "Session 3 –".
  // (Also on a line of its own, "Week 1", or a line within a paragraph.)
  String.raw`(?:^|(?<=\n))\W*(?:week|session|module)\s+\d{1,2}\s*(?:[:–—-]|(?=\n|$))`,
  // Attendance as a weekly commitment: "Group meetings are a weekly commitment".
  String.raw`\bweekly\s+commitment\b`,
  // A count, or a range, with one word between: "10 weekly sessions", "eight fortnightly sessions", "between 5 to 10 therapy
  // sessions", "eight evening classes".
  // (Or two: "8 weekly 2-hour evening classes", "eight weekly two-hour sessions".)
  String.raw`\b${COUNT}(?:\s+to\s+${COUNT})?(?:\s+(?:weekly|fortnightly|bi-?weekly|monthly|consecutive|group|therapy|evening|morning|afternoon|` +
    String.raw`(?:\d{1,3}|one|two|three)[-\s](?:hour|minute)|\d(?:\.\d)?-hour|90-minute)){1,2}\s+(?:sessions?|meetings?|classes)\b`,
  // A count with a hedge before its noun: "30 (or more) concurrent sessions", "12 or more weekly sessions", "six or so weeks".
  String.raw`\b${COUNT}\s+\(?(?:or|and)\s+(?:more|longer|over|so)\)?\s+(?:(?:weekly|fortnightly|bi-?weekly|monthly|consecutive|concurrent|group|therapy|evening)\s+){0,2}` +
    String.raw`(?:weeks|sessions|months|meetings|classes)\b`,
  // A programme's length in days or years: "over three days", "consists of 21 days", "for at least a year", "a minimum of two years".
  String.raw`\b(?:over|all|consists\s+of|lasts)\s+${COUNT}\s+(?:consecutive\s+)?days\b`,
  String.raw`\b(?:at\s+least|a\s+minimum\s+of)\s+(?:a|one|two|three|\d)\s+years?\b(?!\s+(?:of|old|ago)\b)`,
  // A length in years said of the group or a member's stay: "The programme lasts one year", "Most members stay one to two
  // years", "a commitment of one year", "a year-long group", "meets for the academic year".
  // (Not "over the last 5 years".)
  String.raw`\b(?:lasts|(?:will|to|should|can|may)\s+last|runs?\s+for|stay(?:s|ing)?(?:\s+in\s+(?:the\s+)?group)?(?:\s+for)?|commit(?:s|ment)?\s+(?:of|for|to))\s+` +
    String.raw`(?:about\s+|around\s+|approximately\s+|up\s+to\s+)?(?:one|two|three|a|an|\d)(?:\s+(?:to|or)\s+(?:two|three|four|\d))?\s+(?:full\s+)?years?\b(?!\s+(?:of|old|ago)\b)`,
  String.raw`\byear[-\s]long\b`,
  // (Said of the group: "the group meets for the academic year"; not when groups are on offer, "throughout the school year, students may…".)
  String.raw`\b(?:meets?|runs?|lasts?|continues?)\s+(?:for|through(?:out)?|all|during)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:academic|school)\s+year\b`,
  // From one month to another ("From mid-September to early December", "April–June"), or a count of weekdays ("six Tuesdays").
  String.raw`\b(?:(?:early|mid|late)[-\s])?${MONTH}\s*(?:to|through|until|till|[-–])\s*(?:(?:early|mid|late)[-\s])?${MONTH}\b`,
  String.raw`\b${COUNT}\s+(?:consecutive\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
  String.raw`\[[^\]\n]{1,20}\][-\s]+(?:weeks?|sessions?|months?)\b`,
  // "An ongoing group", "an ongoing therapy group", "meets on an ongoing basis"; not a difficulty or a care that goes
  // on ("ongoing stress", "ongoing emotional challenges", "ongoing support"), which says nothing of how long the group runs.
  // (Also with a word or two between: "ongoing weekly individual therapy", "ongoing once-weekly individual psychotherapy" is care the
  // members are in; and a service given inside the group, "ongoing psychological consultation about your eating", "ongoing clinical
  // assessment", says nothing of how long it runs.)
  String.raw`\bon-?going\b(?!\s+(?:(?:weekly|once[-\s]weekly|twice[-\s]weekly|fortnightly|monthly|individual|regular|personal|private|one-to-one|one-on-one|outpatient|psychiatric|psychological|clinical|professional)\s+){0,3}(?:emotional|physical|mental|medical|health|stress|struggles?|challenges?|symptoms?|pain|grief|anxiety|depression|` +
    String.raw`issues?|problems?|concerns?|difficult(?:y|ies)|conflicts?|trauma|illness|conditions?|support|care|treatment|therapy|psychotherapy|counsell?ing|consultations?|assessments?|evaluations?|monitoring|supervision|research|recovery|needs?|` +
    String.raw`pandemic|covid(?:-19)?|coronavirus|crisis|situation|restrictions|war|(?:or|and)\s+(?:new|recurring|emerging|acute|future))\b` +
    String.raw`(?!\s+groups?\b))`,
  String.raw`\bopen[-\s]ended\b`,
  // A long-term group, said of the group itself: "our long-term process groups", "group counseling is the one form of long-term
  // treatment we offer", "the only option for longer-term treatment" (an ongoing stay). (Not care elsewhere: "those who need long-term treatment are referred on".)
  String.raw`\blong[-\s]term\s+(?:(?:therapy|process|psychotherapy|interpersonal|psychodynamic|counsell?ing|weekly|open)\s+){0,2}groups?\b` +
    String.raw`|\b(?:is|as|are)\s+(?:a|an|the|our)\s+(?:(?:one|only|main)\s+)?(?:(?:form|kind|type|option|choice)\s+(?:of|for)\s+)?long(?:er)?[-\s]term\s+(?:treatment|therapy|psychotherapy)\b`,
  String.raw`\brolling\s+(?:admission|enrollment|basis|entry)\b`,
  String.raw`\bcontinuous\s+enrollment\b`,
  String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`,
  // A date ("3/14", "3/14/2025"); not "24/7" (around the clock), nor the fraction of a mixed number ("1 1/2 hours", and in any
  // language: "1 1/2 Stunden", "1 1/2 time"), nor a fraction before an hour word in the languages engine/languages.ts reads.
  String.raw`\b(?<!\b\d{1,2}\s)(?!24\/7\b)\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b(?!\s*(?:hours?|hrs?|timer?|timmar|timme|stunden?|std|heures?|horas?|uur|ore)\b)`,
  String.raw`\b\d{4}-\d{2}-\d{2}\b`,
  String.raw`\b(?:spring|summer|fall|autumn|winter)\s+(?:\d{4}|session|semesters?|terms?|cohort|series)\b`,
  // A term as the group's length ("semester-long", "runs all term"), not "offered each semester".
  String.raw`\b(?:semester|term|quarter)[-\s]long\b|\b(?:for|through(?:out)?|all|during|the\s+whole|the\s+entire|until\s+the\s+end\s+of)\s+(?:the\s+)?` +
    String.raw`(?:(?:fall|spring|summer|winter|autumn|and|&)\s+){0,3}(?:semesters?|terms?|quarters?)\b`,
  // A group run as a cohort; not a "cohort study" cited.
  String.raw`\bcohort\b(?!\s+(?:study|studies|analysis|data)\b)`,
  String.raw`\bwithout\s+committing\s+to\s+a\s+(?:certain|set|fixed)\s+number\s+of\s+sessions\b`,
  String.raw`\bno\s+(?:set|fixed)\s+number\s+of\s+sessions\b`,
  String.raw`\bwhenever\s+(?:they|you)\s+(?:please|like|want|wish)\b`,
  DROP_IN,
  String.raw`\b\d{1,3}\s+(?:to\s+\d{1,3}\s+)?hours\s+of\s+(?:group|treatment|sessions?)\b`,
  String.raw`\bno\s+session\s+limits?\b|\bunlimited\s+(?:number\s+of\s+)?(?:group\s+)?sessions\b`,
  String.raw`\bno\s+limit\s+(?:to|on)\s+(?:the\s+)?(?:number\s+of\s+)?(?:group\s+)?sessions\b`,
  String.raw`\b(?:do|does)\s+not\s+have\s+a\s+session\s+limit\b`,
  // An open-ended stay, said as the member's commitment: "to remain in the group until the problems that brought you are resolved".
  String.raw`\b(?:remain|stay)\s+in\s+(?:the\s+)?group\s+until\b`,
  // Ongoing in other words: "has no end date", "stay a member for as long as you study here", "carries on from one year to the next".
  String.raw`\b(?:has|have|with)\s+no\s+(?:set\s+|fixed\s+)?end(?:\s+date)?\b`,
  String.raw`\b(?:stay|remain|be|attend|come)\s+(?:a\s+member\s+|in\s+(?:the\s+)?group\s+)?(?:for\s+)?as\s+long\s+as\s+(?:you|they|members?)\s+(?:like|wish|want|need|choose|find\s+it\s+helpful|study)\b`,
  String.raw`\bcarr(?:y|ies)\s+on\s+from\s+(?:one\s+)?(?:year|term|semester)\s+to\s+the\s+next\b`,
  String.raw`\b(?:six|eight|ten|twelve|\d{1,2})[-\s](?:consecutive\s+)?weeks?\s+commitment\b`,
  String.raw`\b(?:starts?|starting|begins?|beginning|runs?|running|through|until|ends?|ending)\s+(?:on\s+|in\s+)?${MONTH}\b`,
]);

// A date's figures or its month, as a post's date has them.
const DATE_LIKE = new RegExp(String.raw`\d|\b${MONTH}\b`, 'i');

// The page's own date ("Last Updated: 11/8/21", "Posted on March 3"), not the group's.
const PAGE_DATE = /\b(?:(?:last\s+)?(?:updated|modified|reviewed)|posted|published|copyright)\s*(?:on\s*)?:?\s*$|©\s*$/i;

// A count of sessions for something else than the group: an assessment or screening before it ("Assessment (1 session)",
// "the required one session screening"), or a limit on what insurance pays for ("rebates for up to 10 group sessions per calendar
// year"; but "the fee covers all eight sessions" is the group's length).
const OTHER_SESSIONS_BEFORE =
  /\b(?:assessments?|screenings?|intakes?|evaluations?|consultations?|pre-?treatment)\s*\(?\s*$|\b(?:assessment|intake|consultation)\b,?\s+(?:which|that)\s+(?:takes\s+place|runs?|lasts?)\s+(?:over|for)\s+$|\b(?:rebates?|covers?|covered|pays?|reimburse\w*|claims?)\s+(?:for\s+)?up\s+to\s+(?:[\w-]+\s+){0,2}$/i;
const OTHER_SESSIONS_AFTER = /^\s*(?:screenings?|assessments?|intakes?|evaluations?|consultations?)\b|^[^.;!?]{0,45}\bper\s+(?:calendar\s+)?year\b/i;
// Times that are not the group's length or dates: a deadline ("modify your booking up until two weeks prior to the start"), a
// news dateline ("IQALUIT (Feb 15/99)"), a date that is a line of its own (a post's date), admission "on a rolling basis", the
// dates of an insurance year ("per calendar year (1st of January to the 31st of December)").
// (Also a notice period: "Members give two weeks' notice before leaving".)
const DEADLINE_AFTER = /^\s*(?:prior\s+to|before\s+(?:the|your|a)\b|in\s+advance|ahead\s+of)\b|^['’]?s?\s+notice\b/i;
// A match that counts a length (weeks, sessions, a term…), not a date alone.
const LENGTH_WORD =
  /\b(?:weeks?|sessions?|months?|meetings?|classes|modules?|days?|semesters?|terms?|quarters?|cohort|series|semanas|sesiones|semaines|séances)(?![\p{L}])/iu;
const DEADLINE_BEFORE =
  /\b(?:on\s+or\s+before|no\s+later\s+than|(?:due|returned?|back|submitted|submit\s+it|apply|register|sign\s+up|deadline)\s+(?:\w+\s+)?(?:by|before)|deadline(?:\s+is)?:?)\s+(?:\w+,?\s+)?$/i;
const DATELINE_BEFORE = /^[\p{Lu}\s,.'’-]{3,}\(\s*$/u;
const INSURANCE_YEAR_BEFORE = /\b(?:calendar|financial|fiscal|tax|benefit|plan)\s+year\s*\([^)]*$/i;
const ADMISSION = /\b(?:admission|admitted|admits|enrol(?:l)?ment|referrals?|applications?)\b/i;
// A wait, not a length: "a waiting list of six months", "it may take between four and eight weeks to join a group" (but "it takes 24
// weeks to get through the full programme" is its length).
const ABOUT = String.raw`\s+(?:up\s+to\s+|between\s+|about\s+|around\s+|approximately\s+)?(?:\w+\s+(?:and|to|or)\s+)?$`;
const WAIT_BEFORE = new RegExp(String.raw`\bwait(?:s|ing)?(?:\s+list)?(?:\s+(?:of|is))?${ABOUT}`, 'i');
const TAKES_BEFORE = new RegExp(String.raw`\b(?:takes?|taking)${ABOUT}`, 'i');
const TO_JOIN_AFTER = /^\s+(?:to|before\s+you\s+can)\s+(?:join|start|begin|get\s+(?:into|a\s+place)|be\s+(?:placed|offered|seen|assessed|matched))\b/i;
// How often, not how long: "15 hours of group therapy each week", "three sessions with the client each week".
const PER_WEEK_AFTER = /^[^.;!?,]{0,30}?\b(?:each|every|per|a)\s+(?:week|day)\b/i;
const ONGOING_INDIVIDUAL_BEFORE =
  /\bindividual\s+(?:[\w-]+\s+)?(?:psychotherapy|therapy|treatment|counsel(?:l)?ing|sessions)\b[^.;!?]{0,80}?(?:\b(?:that|which)\s+(?:is|are|remains?|stays?)|\b(?:must|should|needs?\s+to|has\s+to)\s+(?:be|remain|stay))\s+(?:also\s+|still\s+)?$/i;
function ofSomethingElse(m: Match, model: DocumentModel): boolean {
  const before = textBefore(m);
  const after = textAfter(m);
  if (/\b(?:hours|sessions?)\b/i.test(m.text) && PER_WEEK_AFTER.test(after)) return true;
  if (DEADLINE_AFTER.test(after) || DATELINE_BEFORE.test(before) || INSURANCE_YEAR_BEFORE.test(before)) return true;
  // Sessions missed, not the programme's length: "members who miss 2 or more group sessions", "absent for three sessions".
  if (
    /\b(?:miss(?:es|ed|ing)?|skip(?:s|ped|ping)?|absent\s+(?:for|from)|absences?\s+(?:of|from))\s+(?:more\s+than\s+|over\s+|up\s+to\s+|any\s+)?$/i.test(before)
  )
    return true;
  // A date something is due by, not the group's: "return this form on or before Friday, October 22nd", "due back by 3 March".
  if (DEADLINE_BEFORE.test(before) && !LENGTH_WORD.test(m.text)) return true;
  // (A date alone on a line near the top is when the page was posted; a list of session dates further down is the group's.
  // A length alone, "12 weeks.", is the group's.)
  // (Only a date, with its figures or its month: "Ongoing." or "Drop-in" alone on a line is the group's.)
  if (
    !LENGTH_WORD.test(m.text) &&
    DATE_LIKE.test(m.text) &&
    /^[\W\d_]*$/.test(before + after.replace(/^[\s,]*\d{4}\b/, '')) &&
    model.blocks.indexOf(m.sentence.block) < 4
  )
    return true;
  if (/rolling/i.test(m.text) && ADMISSION.test(m.sentence.text)) return true;
  // The members' own individual therapy said to be ongoing, not the group: "you need to be in individual psychotherapy (begun a month
  // before the group starts) that is ongoing", "your individual therapy must be ongoing".
  if (/^on-?going$/i.test(m.text) && ONGOING_INDIVIDUAL_BEFORE.test(before)) return true;
  if (WAIT_BEFORE.test(before) || (TAKES_BEFORE.test(before) && TO_JOIN_AFTER.test(after))) return true;
  if (!/\b(?:sessions?|meetings?)\b/i.test(m.text)) return false;
  return OTHER_SESSIONS_BEFORE.test(before) || OTHER_SESSIONS_AFTER.test(after);
}

// A denied "ongoing" or drop-in, "this is not a drop-in group", "you can't just drop in", says what the group is not, not how long it
// runs.
const DROP_IN_ALONE = new RegExp(String.raw`^(?:${DROP_IN})$`, 'i');
// (So does a denied long-term group, "this is not a long-term group".)
const deniedOpenness = (m: Match): boolean =>
  m.stance === 'negated' && (/^on-?going$/i.test(m.text) || DROP_IN_ALONE.test(m.text) || /\blong[-\s]term\b/i.test(m.text));

export default defineRule(
  {
    id: 'therapy-timeframe',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'A group-therapy flyer gives its time frame: weeks, dates, a number of sessions, or ongoing.',
    // A line with blanks to fill states facts only the practice knows: a suggestion (a snippet in the editor).
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model } = ctx;
    if (
      model.find(TIMEFRAME).some((m) => m.stance !== 'question' && !deniedOpenness(m) && !PAGE_DATE.test(textBefore(m)) && !ofSomethingElse(m, model)) ||
      extraMatches(ctx).length
    )
      return;
    ctx.report({
      ...ctx.titleRange(),
      message: 'The flyer gives no time frame. Say how many weeks or sessions it runs, the dates, or that it is ongoing.',
      suggestions: [
        fixOf(
          'Insert a time-frame line to fill in',
          placeholderLine(model, ['Runs for ', 'number', ' weeks, from ', 'start date', ' to ', 'end date', '.'], belowKind(ctx)),
        ),
      ],
    });
  },
);
