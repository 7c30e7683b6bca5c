import { anyOf, WORD_END } from '../engine/patterns';
import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle, replaceSentence } from '../engine/fix';
import { COSTS_NOTHING, DONATION, FOOD_AND_DRINK, FREE, NOTHING_AS_VALUE } from '../engine/vocab';
import { belowKind, onePerSentence, quote, suggestion, wordCount, saidOfTherapy } from './shared';
import { textAfter, textBefore, type Match } from '../engine/document';
import { freeInAName } from '../engine/free-name';
import type { Sentence } from '../engine/parse';
import { saysCostInOtherLanguage } from '../engine/languages';

const CHARGE = anyOf([
  String.raw`\b(?:fees?|co-?pays?|co-?insurance|deductibles?|prices?|(?<!(?:low|reduced|no|sliding)[-\s])costs?(?![-\s]+benefit)|tuition|billed|billing` +
    String.raw`|invoiced?|self-?pay|private[-\s]pay|out[-\s]of[-\s]pocket|sliding[-\s]scale)\b`,
  String.raw`\binsurance\b`,
  // (Not "in charge of setup", "take charge of their own recovery", "an emotionally charged time", "charged with feeling".)
  String.raw`\bcharge[sd]?\b(?<!(?:in|take|takes|taking|took)\s+charge)(?<!\b(?:emotionally|highly|politically|fully|deeply|electrically|re)[-\s]?charged)` +
    String.raw`(?!\s+of\s+(?:their|your|his|her|our|my|its)\b)(?!\s+(?:with|atmosphere|topics?|issues?|subjects?|conversations?|emotions?|feelings?|moments?|times?|memories)\b)`,
  String.raw`\bpay(?:ment)?\s+(?:for|per|of|is|a)\b`,
  // (Not "$0" or "$0.00": nothing to pay.)
  String.raw`[$€£]\s?(?!0+(?:[.,]0+)?(?![\d.,]))\d+(?:[.,]\d\d)?`,
  String.raw`\b\d+\s?(?:dollars|usd|eur|euros)\b`,
  // A membership that must be paid for: "requires a paid-up membership", "a membership that is paid up", "membership dues". (Not
  // "we have all paid our dues": a life lived, not a price.)
  String.raw`\bpaid(?:[-\s]up)?\s+memberships?\b|\bmemberships?\s+(?:that|which)\s+(?:is|are|has\s+been)\s+paid\b|(?<!\bpaid\s+(?:their|your|his|her|my|our)\s+)\b(?:membership\s+)?dues\b`,
]);
// Money as what members talk about or help each other with, not a charge: "Members swap tips on insurance appeals and medical
// bills", "Caregivers share how they handle copays", "carpool to share gas costs".
const MONEY_AS_TOPIC =
  /\b(?:shares?|swap|swaps|talk(?:s|ing)?\s+about|discuss(?:es|ing)?|tips\s+(?:on|about|for)|handle|handles|deal(?:s|ing)?\s+with|navigat(?:e|es|ing)|cop(?:e|es|ing)\s+with|questions\s+about|help\s+with|advice\s+(?:on|about))\b[^.;!?]{0,50}$/i;
const REQUIRED_DONATION = anyOf([
  String.raw`\b(?:required|mandatory|minimum|compulsory)\s+donations?\b`,
  String.raw`\bdonations?\b[^.;!?]{0,30}\b(?:required|mandatory|expected|due)\b`,
  String.raw`\bmust\s+(?:donate|make\s+a\s+donation)\b`,
  // A contribution of money that is required: "Suggested contribution: $10 (required to attend)", "a required contribution of $5".
  String.raw`\bcontributions?\b[^.;!?]{0,10}[$€£]\s?\d[^.;!?]{0,30}\b(?:required|mandatory|expected|due)\b`,
  String.raw`\b(?:required|mandatory|minimum|compulsory)\s+(?:financial\s+)?contributions?\s+(?:of\s+)?[$€£]\s?\d`,
]);
// What a cost verb says attending costs, when that is nothing: "It costs nothing", "costs you nothing but an evening", "costs members
// not a penny", "costs absolutely nothing".
const COSTS_NOTHING_AFTER =
  /^\s+(?:(?:you|them|members|anyone|attendees|participants|families|carers|caregivers)\s+)?(?:(?:absolutely|precisely|exactly)\s+)?(?:nothing|not\s+(?:a\s+(?:penny|cent|dime|thing|single\s+(?:penny|cent|dime))|anything|one\s+(?:penny|cent)))\b/i;
// A bare cost word: as a label ("Cost:", a table's column head), or answered in the same breath ("The cost is free").
const COST_WORD = /^(?:fees?|costs?|prices?|charges?)$/i;
// A table's delimiter row on the next line (its header row is the line before).
const TABLE_DELIMITER_NEXT = /^[ \t]*\r?\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?:\r?\n|$)/;
// Said of something bought there, not of the group (see the charges below).
// (Or "your own" alone, the thing named before: "stay for a drink at the kiosk (pay for your own)".)
const FOR_OWN_PURCHASE =
  /^\s+(?:for\s+)?(?:(?:your|their|his|her|our)\s+own\s+)?(?:whatever\s+you\s+(?:order|eat|drink|buy)|food|drinks?|meals?|coffee|tea|lunch|dinner|breakfast|parking|snacks|refreshments|raffle\s+tickets?)\b|^\s+(?:for\s+)?(?:your|their|his|her|our)\s+own\s*(?:[).,;!?]|$)/i;
const BILLING = /\b(?:accept|bill|cover|co-?pay|in-network|out-of-network|claims?|reimburs|plans?|take|submit)/i;
// (Also "a basket for anyone who would like to contribute to the cost of the room".)
// ("Dinner is available for $5 if you want it": an extra one may take.)
const INVITED =
  /\bdonat(?:e|ion|ions)\b|\bsuggested\b|\boptional\b|\bvoluntary\b|\bwelcome\b|\bappreciated\b|\bif\s+you\s+(?:want|wish|would\s+like)\s+(?:it|one|them|some)\b|\b(?:would\s+like|wish(?:es)?|care|want(?:s)?|choose(?:s)?)\s+to\s+(?:contribute|chip\s+in|give)\b/i;
// A contribution given freely, said in the clause that names the cost: "we pass a hat at the end for the costs of the hall",
// "people are urged to back any costs of the room out of generosity", "pitch in toward the hall costs if they are able", "give whatever
// you can". (Ability after the giving: "if possible, arrive early, and the fee is $5" asks nothing of money.)
const SUBJECT = String.raw`(?:you|they|we|members|people|one|anyone|someone|everyone|folks|each\s+(?:person|member))`;
const COSTS = String.raw`(?:the\s+|our\s+|any\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|expenses|rent|hire|bills?)`;
// (Not "give feedback", "contribute to the discussion", "help with setup": no money.)
const GIVE =
  String.raw`(?:giv(?:e|es|ing)(?!\s+(?:feedback|thanks|up|in|way|back|out|notice|a\s+(?:hand|talk|lift|call|ring|reading)|(?:your|their|his|her)\s+(?:names?|views|opinions?|apologies))\b)` +
  String.raw`|contribut(?:e|es|ing)(?!\s+(?:to\s+(?:the\s+)?(?:discussions?|conversations?|talks?|sharing)|ideas|thoughts|stories)\b)|donat(?:e|es|ing)|(?:chip|pitch)(?:s|ped|ping)?\s+in` +
  String.raw`|(?:back|cover)(?:s|ing)?\s+${COSTS}|help(?:s|ing)?\s+(?:out\s+)?(?:(?:with|toward|towards)\s+${COSTS}|cover|pay)` +
  String.raw`|put(?:s|ting)?\s+(?:something|a\s+little|money|a\s+coin)\s+in(?:to)?|pay(?:s|ing)?)`;
const ABLE = String.raw`(?:(?:if|when|where|as)\s+(?:${SUBJECT}\s+)?(?:(?:are|is|['’]re|feels?|can|could)\s+)?(?:able|can|could|possible|in\s+a\s+position|afford\s+(?:it|to))|(?:those|anyone|whoever|members|people|everyone)\s+(?:who\s+(?:can|are\s+able|is\s+able|feel\s+able)|able))\b(?!\s+(?:to\s+)?(?:attend|come|join|make|get|stay|be|bring|arrive|take\s+part|show|prove|share|speak|talk|volunteer|read|drive|host|lead|set\s+up)\b)`;
const GIVEN_FREELY = new RegExp(
  [
    String.raw`\bpass(?:es|ed|ing)?\s+(?:round\s+|around\s+)?(?:a|the)\s+(?:hat|basket|plate|jar|tin|pot|kitty|bowl|bucket)\b`,
    String.raw`\b(?:hat|basket|plate|jar|tin|pot|kitty|bowl|bucket)\s+(?:(?:is|gets|will\s+be)\s+passed|(?:goes|go|is\s+sent|is\s+handed)\s+(?:round|around))\b`,
    String.raw`\bwhip[-\s]?round\b|\b(?:free[-\s]?will|love)\s+offering\b|\b(?:gratefully|gladly|thankfully)\s+(?:received|accepted)\b`,
    String.raw`\b(?:contributions?|gifts?|offerings?)\b[^.;!?]{0,40}?\b(?:are|is)\s+(?:(?:always|warmly|most)\s+)?(?:invited|encouraged|welcomed)\b`,
    String.raw`\bout\s+of\s+(?:(?:their|your|his|her|our|one['’]s|pure|sheer)\s+)?(?:own\s+)?(?:generosity|goodwill|good\s+will|kindness)\b`,
    String.raw`\b(?:pay|give|contribute|donate|put\s+in|offer)\s+what(?:ever)?\s+${SUBJECT}\s+(?:can|are\s+able|wish|like|want|choose|feel)\b`,
    String.raw`\bwhatever\s+${SUBJECT}\s+(?:can|are\s+able\s+to|feel\s+able\s+to)(?:\s+(?:afford|spare|manage|give|contribute|pay))?(?=\s*(?:[,.;:!?)]|$|to(?:wards?)?\b|for\b|in(?:to)?\b|and\b))`,
    String.raw`\b${GIVE}\b(?:[^.;!?]|\.(?=\d)){0,60}?${ABLE}`,
    String.raw`${ABLE},?\s+(?:afford\s+(?:it|to)\s+)?(?:please\s+)?${GIVE}\b`,
  ].join('|'),
  'i',
);
// Asked or urged to give, with no sum named: "we ask members to pitch in toward the hall costs", "everyone is invited to contribute
// to the room". (A sum asked of each, "Members are asked to contribute $5 a week", "Everyone chips in £2", is still a charge.)
const ASKED_TO_GIVE = new RegExp(
  String.raw`\b(?:ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|request(?:s|ed|ing)?)\s+(?:that\s+(?:[\w'’-]+\s+){1,3}?|(?:[\w'’-]+\s+){0,3}?to\s+)` +
    String.raw`(?:(?:kindly|please|consider)\s+)?(?:giv(?:e|ing)|contribut(?:e|ing)|donat(?:e|ing)|(?:back|support|cover)\s+${COSTS}|help\s+(?:out\s+)?(?:(?:with|toward|towards)\s+${COSTS}|cover|pay\s+for)` +
    String.raw`|put\s+(?:something|a\s+little)\s+in)\b|\bask(?:s|ed|ing)?\s+for\s+(?:a\s+)?(?:small\s+|modest\s+)?(?:contribution|gift|offering)s?\b|\b(?:chip|pitch)(?:s|ped|ping)?\s+in\b`,
  'i',
);
const SUM = /[$€£]\s?\d|\b\d+\s?(?:dollars|pounds|euros|usd|eur)\b/i;
const freelyGiven = new WeakMap<Sentence, Array<[number, number]>>();
/** Is the match in a clause that invites a freely given contribution? The sentence's clauses are read once, however many matches. */
function givenFreely(m: Match): boolean {
  let spans = freelyGiven.get(m.sentence);
  if (!spans) {
    spans = [];
    for (const clause of m.sentence.text.matchAll(/[^;]+/g)) {
      const text = clause[0];
      if (GIVEN_FREELY.test(text) || (ASKED_TO_GIVE.test(text) && !SUM.test(text))) spans.push([clause.index!, clause.index! + text.length]);
    }
    freelyGiven.set(m.sentence, spans);
  }
  const at = m.index - m.sentence.from;
  return spans.some(([from, to]) => from <= at && at < to);
}
// Words that say something about what attending costs ("in charge of setup", "pay attention" and a
// volunteer's "without pay" do not).
const ANY_COST = anyOf([
  String.raw`\bfees?\b`,
  String.raw`\bcosts?\b`,
  String.raw`(?<!\bin\s)\bcharge\b(?!\s+of\b)`,
  String.raw`\binsurance\b`,
  String.raw`[$€£]\s?\d`,
  String.raw`\bprice\b`,
  String.raw`(?<!\bwithout\s)\bpay\b(?!\s+(?:attention|tribute|respects|homage|it\s+forward)\b)`,
  DONATION,
]);
// A cost that is answered in the same breath: nothing to pay, or met by someone else.
const PAID_FOR_AFTER =
  /^\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:(?:fully|entirely|completely|all|always)\s+)?(?:free\b|waived\b|covered\b|met\s+by\b|paid\s+(?:for\s+)?by\b|funded\b|sponsored\b|underwritten\b)/i;
const PAID_FOR_BEFORE =
  /\b(?:covers?|covered|cover(?:ing)?|meets?|waives?|waived|absorbs?|sponsors?|underwrites?|funds?)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+|its\s+)?(?:[\w-]+\s+){0,2}?$/i;
// A money word in the list of what a cost met by someone else includes: "the branch will cover the whole cost of the training,
// including materials, fees, lunches and travel". (Only in that clause: "we cover the room; members pay a fee of $5" still charges.)
const IN_COVERED_LIST =
  /\b(?:covers?|covered|covering|meets?|waives?|waived|absorbs?|pays?\s+for|paid\s+for|funds?|funded)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+|its\s+|their\s+)?(?:(?:whole|entire|full|total)\s+)?(?:costs?|expenses?)\b[^.;:!?()]{0,60}?,?\s+(?:including|such\s+as|like|incl\.?)\s+[^.;:!?()]{0,80}$/i;
// Money the group receives or a cost in general, not what attending costs: "has been given money by a local trust to help with its
// costs", "a grant to help cover its running costs", "Hospital costs for people with heart failure are a third higher", an online
// gift to the charity.
const RECEIVED =
  /\b(?:given|gave|received|awarded|granted|won|thank(?:s|ed|ing)?)\b[^.;!?]{0,60}\b(?:money|grants?|funds?|funding|donations?|cheque|check|[$€£]\s?\d)|\bgrants?\b|\bfunding\b|\bfunded\s+by\b|\brunning\s+costs\b|\bsponsor(?:ed|ship)\b/i;
const STATISTIC =
  /\b(?:billions?|millions?|per\s*cent|percent|a\s+(?:third|quarter|half)\s+(?:higher|more)|economy|economic|society|taxpayers?|the\s+NHS|health\s*care\s+systems?|nationally)\b|\d\s*%/i;
const GIFT_TO_ORGANISATION =
  /\b(?:make\s+a\s+(?:donation|gift)|donate\s+(?:online|here|now|today|to)|to\s+donate\b|online\s+(?:donations?|gifts?)|gift\s+aid|legacy|fundrais)/i;
const ABOUT_ATTENDING = /\b(?:attend\w*|meetings?|sessions?|door|room|refreshments|coffee|tea|basket|each\s+time|per\s+(?:meeting|session|week))\b/i;
// A charity's appeal to the reader, as sites print it under every post: "Your donation will help us run a helpline and local groups",
// "your generous gift means…". A gift to the body's work, unless it names the group's own meetings or their place ("Your donation
// helps pay for the hall", "your gift keeps our group going").
const APPEAL_TO_READER =
  /\byour\s+(?:(?:kind|generous|regular|monthly|small)\s+)?(?:donations?|gifts?)\s+(?:today\s+)?(?:will|can|could|would|helps?|makes?|means?|allows?|enables?|funds?|keeps?|supports?)\b/i;
const OWN_GROUP_OR_PLACE = /\b(?:this|our|the)\s+(?:group|circle|meeting)\b|\b(?:hall|venue|rent|hire)\b/i;
// Care the group is not, as what something costs: "Counseling costs a lot", "private therapy can cost".
const OTHER_CARE_BEFORE =
  /\b(?:counsel+ing|(?:psycho)?therapy|treatment|medications?|rehab|prescriptions?)\s+(?:(?:can|could|may|often|usually|sometimes)\s+)?$/i;
// Other care as what someone pays for: "most insurers do not pay for light therapy", "the plan pays for the medication". (Not things bought
// for the group's own use, "pay for therapy workbooks".)
const OTHER_CARE_AFTER =
  /^\s+(?:(?:the|your|their|his|her|any|most|some|light|private|individual|one-to-one|professional|ongoing|further|medical)\s+){0,3}(?:counsel+ing|(?:psycho)?therap(?:y|ies)|treatments?|medications?|drugs|rehab|prescriptions?|surgery|surgeries)\b(?![-\s]+(?:materials?|workbooks?|books?|supplies|kits?|sessions?\s+(?:here|with\s+us)|groups?)\b)/i;
/** Money words in a sentence that says nothing of what attending costs. */
function moneyNotForAttending(m: Match): boolean {
  const s = m.sentence.text;
  const priced = /[$€£]\s?\d/.test(s);
  // The amount of a grant or award the group received: "started with a €2500 grant from the council", "a grant of £800".
  if (
    /^[\s\d,.]*(?:grants?|awards?|cheques?|checks?|bursar(?:y|ies))\b/i.test(textAfter(m)) ||
    /\b(?:grants?|awards?|cheques?|checks?)\s+of\s+$/i.test(textBefore(m))
  )
    return true;
  // What other care costs, said in general: "Counseling costs a lot", "therapy can be expensive and costs add up".
  if (COST_WORD.test(m.text) && !priced && OTHER_CARE_BEFORE.test(textBefore(m))) return true;
  // Who pays for other care, not what attending costs: "many insurers do not pay for light therapy".
  // (The charge reads "pay for"; the question whether a cost is said at all reads "pay", with "for" after it.)
  if (!priced && /^pay(?:ment)?(?:\s+for)?$/i.test(m.text)) {
    const rest = /\sfor$/i.test(m.text) ? textAfter(m) : /^\s+for\b([\s\S]*)/i.exec(textAfter(m))?.[1];
    if (rest !== undefined && OTHER_CARE_AFTER.test(rest)) return true;
  }
  // The price of a loss, not of a meeting: "we have all paid the ultimate price", "carers pay a heavy price".
  if (!priced && /\b(?:paid|pay|pays|paying)\s+(?:the|a\s+(?:heavy|high|terrible|steep))\s+(?:ultimate\s+|highest\s+)?price\b/i.test(s)) return true;
  // A question the reader is advised to ask of a group: "Ask what attending costs", "find out whether there is a fee".
  if (
    !priced &&
    /\b(?:ask(?:ing)?|find\s+out|check|enquire|inquire)\s+(?:(?:them|the\s+(?:group|leader|facilitator|organi[sz]er))\s+)?(?:what|how\s+much|whether|if|about)\b[^.;!?]{0,40}$/i.test(
      textBefore(m),
    )
  )
    return true;
  if (/[$€£]\s?[1-9]/.test(s) && !RECEIVED.test(s)) return false;
  if (STATISTIC.test(s) && !priced) return true;
  if (RECEIVED.test(s) && COST_WORD.test(m.text)) return true;
  // Gifts the group was given, thanked for or received, "We thanked two supporters for their donations", say nothing of attending.
  if (RECEIVED.test(s) && /^donations?$/i.test(m.text) && !ABOUT_ATTENDING.test(s)) return true;
  return (GIFT_TO_ORGANISATION.test(s) || (APPEAL_TO_READER.test(s) && !OWN_GROUP_OR_PLACE.test(s))) && !ABOUT_ATTENDING.test(s);
}
// "Cost" as part of a word describing something else, "a low-cost complement to professional care", "a cost-effective option": a
// word on attending only in a sentence about the meetings ("our meetings are low-cost").
const COST_IN_COMPOUND_BEFORE = /\b(?:low|lower|high|higher)-$/i;
const COST_IN_COMPOUND_AFTER = /^-(?:effective|efficient|saving|benefit)\b/i;
const OF_ATTENDING = /\b(?:groups?|meetings?|sessions?|circles?|gatherings?|attend\w*|join\w*|admission|entry|membership)\b/i;
function costAsModifier(m: Match): boolean {
  return (
    /^costs?$/i.test(m.text) &&
    (COST_IN_COMPOUND_BEFORE.test(textBefore(m).slice(-8)) || COST_IN_COMPOUND_AFTER.test(textAfter(m).slice(0, 12))) &&
    !OF_ATTENDING.test(m.sentence.text)
  );
}
// Prices of other things than attending.
// "Free parking", "free coffee", "a free supper": free things, not free attendance.
const FREE_THING = anyOf(
  [
    String.raw`^free\s+(?:(?:educational|printed|print|online|written|downloadable|information(?:al)?|helpful)\s+){0,2}(?:${FOOD_AND_DRINK}|parking|child\s*care|wi-?fi|books?|materials|resources|valet` +
      String.raw`|transportation|shuttle|screening|consult(?:ation)?|call|phone|evaluation|assessment|intake|t-shirts?|gifts?|leaflets?|booklets?|brochures?|guides?)\b`,
    // Free as a manner of sharing: "a barrier to free, authentic and ongoing sharing".
    String.raw`^free(?:,|\s+and)?\s+(?:authentic|honest|frank|flowing|uninhibited|spontaneous)\b|^free[-\s]flowing\b`,
  ],
  'i',
);
// "Free" said of attending: a word on its own or before "and", "of charge", "to attend" ("It is free.", "Free and open
// to all"), or in a sentence about the group or attending ("Entry is free for all"). "A free association exercise", "a free matching website" in
// a member's story are other things.
const FREE_ALONE = /^\s*(?:$|[.!,;:)\]*_—–-]|and\b|&|of\s+charge|to\s+(?:attend|join|all|everyone|anyone|participate|come|the\s+public))/i;
const ATTENDING = new RegExp(
  String.raw`\b(?:groups?|meetings?|sessions?|circles?|gatherings?|caf[eé]s?|class(?:es)?|programs?|programmes?|attend\w*|join\w*|participat\w*|admission|entry|entrance|open\s+to|everyone|anyone|welcome|costs?|charges?|fees?)${WORD_END}`,
  'i',
);
// The group's own room, space or events as what is free: "this parents' room is free with no booking needed", "our events are free for
// members". (Not "the room hire", "the car park": the word before the verb must be the place or the events themselves.)
const OWN_PLACE_FREE =
  /(?<!\b(?:if|when|whenever|whether|until|unless|while)\s+)\b(?:this|our|the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:space|room|drop-ins?|events?|mornings?|evenings?|afternoons?)\s+(?:is|are)\s+(?:(?:always|also|completely|totally|entirely|all)\s+)?$/i;
// "Free" as leave, after a verb of roaming that it ends: "let your imagination run free and…", "where inhibitions run free", "the
// kids roam free". (Not of the group's own meetings, "the evenings run free, and…", nor a price, "sessions run free of charge", "runs
// free monthly groups".)
const RUN_FREE_BEFORE = /\b(?:run|runs|ran|running|roam|roams|roamed|roaming)\s+$/i;
const RUN_FREE_ENDS = /^free\s*(?:$|[.,;:!?)]|(?:and|as|with|in|through)\b)/i;
const GROUP_RUNS_BEFORE =
  /\b(?:groups?|meetings?|sessions?|circles?|gatherings?|class(?:es)?|evenings?|mornings?|afternoons?|nights?|events?|programs?|programmes?|caf[eé]s?|drop-ins?|it|this|they|we)\s+(?:(?:all|also|always|still)\s+)?(?:run|runs|ran|running)\s+$/i;
function roamsFree(m: Match): boolean {
  const before = textBefore(m).slice(-80);
  return (
    RUN_FREE_BEFORE.test(before) &&
    !GROUP_RUNS_BEFORE.test(before) &&
    RUN_FREE_ENDS.test(m.sentence.text.slice(m.index - m.sentence.from, m.index - m.sentence.from + 20))
  );
}
function freeOfAttending(m: Match): boolean {
  if (!/^free\b/i.test(m.text)) return true;
  if (freeInAName(m)) return false;
  if (roamsFree(m)) return false;
  // ("A manual to download for free": something to read, not the meetings.)
  if (/\b(?:download(?:ed)?|read|print(?:ed)?|stream(?:ed)?|watch(?:ed)?|view(?:ed)?|borrow(?:ed)?)\s+(?:[\w'’-]+\s+){0,2}?for\s+$/i.test(textBefore(m)))
    return false;
  // ("This is a free opportunity to connect": the sentence is about the group itself.)
  // (A line that opens with it is a label's value: "Free (workbooks provided)", "Free for enrolled students".)
  if (!/\p{L}/u.test(textBefore(m))) return true;
  return (
    FREE_ALONE.test(textAfter(m)) ||
    ATTENDING.test(m.sentence.text) ||
    /^\W*(?:this|it)\s+(?:is|was)\b/i.test(m.sentence.text) ||
    (OWN_PLACE_FREE.test(textBefore(m).slice(-80)) && /^\s*(?:$|[.!,;:)\]—–-]|and\b|&|for\b|to\b|with\b)/i.test(textAfter(m)))
  );
}
// Things served or laid on at a meeting, not the meeting: "Coffee and cake are free", "parking is free".
const EXTRA = new RegExp(
  String.raw`\b(?:${FOOD_AND_DRINK}|parking|car\s*parks?|child\s*care|babysitting|cr[eè]che|wi-?fi|transport(?:ation)?|shuttles?|bus\s+fares?)\b`,
  'i',
);
// Words that make a phrase more than a thing served: a clause ("coffee is free, there is"), the group itself ("it", "everything"),
// or a group named for its food ("Tea and Talk", "the coffee morning", "the Supper Club").
const NOT_A_THING =
  /\b(?:is|are|was|were|be|been|there|here|we|you|they|he|she|i|it|its|this|that|these|everything|anything|has|have|had|do|does|did|gets?|got|will|can|may|as|so|talk|chat|chats|conversation|sympathy|company|companionship|natter|mornings?|afternoons?|evenings?|nights?|club|bunch|social|support|drop-?in|catch-?up|meet-?up|events?|workshops?|courses?|retreats?|entry|entrance|membership|attendance)\b/i;
/** "the supper", "coffee and cake", "tea at the library": a short phrase naming only things served, not the group. */
function namesOnlyExtras(phrase: string): boolean {
  // (An opening "For first-time guests," or "After the meeting," says for whom or when, not what.)
  const np = phrase
    .replace(/^[\W_]+/, '')
    .replace(/^(?:for|at|after|before|during|on|in|from|with|following|to)\b[^,]{0,60},\s*/i, '')
    .trim();
  return np.split(/\s+/).length <= 10 && EXTRA.test(np) && !NOT_A_THING.test(np) && !ATTENDING.test(np);
}
// What comes between a thing and its being free: "are", "is always", "are served", "is provided at no", "'s", a label's colon
// (and "is served free of" before the charge in "free of charge").
const TO_FREE = new RegExp(
  String.raw`^(.*?)(?:\s+(?:is|are|was|were|(?:will|would|should|can)\s+be|stays?|remains?|comes?)` +
    String.raw`(?:\s+(?:always|also|all|both|completely|totally|entirely|absolutely|usually|still|too|of\s+course))*|['’]s)?` +
    String.raw`(?:\s+(?:served|provided|offered|available|included|given|supplied|laid\s+on|handed\s+out|on\s+offer))?` +
    String.raw`(?:\s+(?:for|at|with|without|at\s+no|of\s+no|no|free\s+of))?[*_\s]*(?:[:—–-][*_\s]*)?$`,
  'i',
);
// A thing had or eaten free: "first-time guests get their supper free", "kids eat free".
const GOT_FREE = /\b(?:gets?|getting|got|receives?|received|receiving|enjoys?|(?:is|are)\s+given)\s+([^.;:!?]{1,60}?)\s+(?:for\s+)?$/i;
const EAT_FREE = /\b(?:eats?|eating|dines?|dining)\s+(?:for\s+)?$/i;
// Attending named as free alongside: "coffee is free, as is the group", "and so are the meetings", "like the meetings".
// (Not "coffee is free and the group meets Mondays": the group is said to do something else.)
const ALSO_ATTENDING =
  /^[\s,]*(?:too\s*,?\s*)?(?:and\s+so\s+(?:is|are)|(?:as|so)\s+(?:is|are)|(?:just\s+)?like|as\s+well\s+as|along\s+with|together\s+with|and)\s+(?:the\s+|our\s+|all\s+|its\s+|every\s+)?(?:[\w-]+\s+)?(?:groups?|meetings?|sessions?|circles?|gatherings?|attendance|admission|entry|membership)\b(?!\s+(?:meets?|will|has|have|starts?|begins?|runs?|(?:is|are)\s+(?!too\b|also\b|free\b)))/i;
// Things handed out or posted, not the meetings: "the welcome box we post out is free of charge", "Our starter packs are free". The
// phrase opens with such a thing (after a few words that describe it) and names nothing else beside it.
const A_THING =
  /^(?:the|our|a|an|this|these|those|each|every|any|your|their|its)?\s*(?:[\w'’-]+\s+){0,2}?(?:kits?|packs?|box(?:es)?|packets?|packages?|materials|books?|booklets?|leaflets?|brochures?|handbooks?|manuals?|workbooks?|resources|t-shirts?|bags?|gifts?|hampers?|parcels?|downloads?|(?:volunteer|facilitator|leader|host)s?['’]?\s+training)\b/i;
function namesOnlyAThing(phrase: string): boolean {
  const np = phrase
    .replace(/^[\W_]+/, '')
    .replace(/^(?:once|when|after|before|if|as\s+soon\s+as|while|since|for|at|on|in|from|with|to)\b[^,]{0,80},\s*/i, '')
    .trim();
  return np.split(/\s+/).length <= 12 && A_THING.test(np) && !/,|\b(?:and|&|plus|as\s+well\s+as|along\s+with)\b/i.test(np);
}
/**
 * Free or costing nothing, said of food, drink or parking and not of attending: "Coffee and cake are free", "For first-time guests,
 * the supper is free", "Refreshments are provided at no cost", "there is no charge for refreshments". (An invited donation "for
 * refreshments" still says what attending costs.)
 */
function saidOfExtras(m: Match): boolean {
  if (!/^(?:free|no[-\s]+(?:cost|charge|fee)|at\s+no|without|costs?|charges?|fees?|cost-free)\b/i.test(m.text)) return false;
  // Only a few words either side are read: the engine stays linear on a run-on paragraph.
  const at = m.index - m.sentence.from;
  // (A sentence wrapped over several lines is read as one line: "every meeting\nis free".)
  const before = m.sentence.text.slice(Math.max(0, at - 120), at).replace(/\s+/g, ' ');
  const after = m.sentence.text.slice(at + m.text.length, at + m.text.length + 80).replace(/\s+/g, ' ');
  if (ALSO_ATTENDING.test(after)) return false;
  // The whole of a bracket just after a thing served: "each evening begins with supper (at no charge), followed by the group", "a
  // light lunch (free)". The few words before the bracket name what is free. ("The group meetings (at no charge)" name the group.)
  const open = before.lastIndexOf('(');
  if (open >= 0 && /^\s*(?:(?:it['’]?s|is|are|at|of|for|no|free)\s+)*$/i.test(before.slice(open + 1)) && /^\s*\)/.test(after)) {
    const lead = /[^,;:.!?()—–]*$/.exec(before.slice(0, open))![0].trim().split(/\s+/).slice(-3).join(' ');
    if (lead && namesOnlyExtras(lead)) return true;
  }
  const forWhat = /^\s*(?:for|on)\s+([^.;:!?,]{1,60})/i.exec(after);
  if (forWhat && namesOnlyExtras(forWhat[1])) return true;
  if (EAT_FREE.test(before)) return true;
  const got = GOT_FREE.exec(before);
  if (got && namesOnlyExtras(got[1])) return true;
  // The phrase before the verb, from the start of its clause: after "and" or "but" that follows a clause of its own ("Supper is
  // served free, and lunch is provided for free"), not one inside a list ("Meetings, coffee and cake are free").
  const toFree = TO_FREE.exec(before);
  if (!toFree) return false;
  const subject = toFree[1].split(/[;:(—–]/).pop()!;
  const joined =
    /^(.*?\b(?:is|are|was|were|be|will|can|has|have|had|meets?|runs?|gathers?|starts?|begins?|ends?|opens?)\b.*?)(?:,\s*|\s+)(?:and|but|while|whereas|so|yet)\s+(.*)$/i.exec(
      subject,
    );
  const clause = joined ? joined[2] : subject;
  return namesOnlyExtras(clause) || namesOnlyAThing(clause);
}
// "It" that stands for a tool named at the end of the sentence before, not the group: "We meet on a video call platform. It costs
// nothing and needs no account", "Download the app. It is free." What the tool costs says nothing of attending.
const TOOL_AT_END = /\b(?:platform|app|application|software|website|browser|plug-?in|extension|zoom|skype|whatsapp|discord|(?:microsoft\s+)?teams)\W*$/i;
const IT_OPENS = /^\W*(?:it|this)\s*(?:['’]s\b|\b(?:is|costs?|will\s+cost|comes?)\b)/i;
// (Unless the sentence speaks of coming: "We meet on Zoom. It costs nothing to join.")
const OF_COMING =
  /\b(?:groups?|meetings?|sessions?|attend\w*|join\w*|come|coming|participat\w*|take\s+part|taking\s+part|membership|members|everyone|anyone)\b/i;
function saidOfATool(m: Match): boolean {
  if (!IT_OPENS.test(m.sentence.text) || OF_COMING.test(m.sentence.text)) return false;
  const sentences = m.sentence.block.sentences;
  const i = sentences.indexOf(m.sentence);
  return i > 0 && TOOL_AT_END.test(sentences[i - 1].text);
}
// A sentence that opens by saying it costs nothing: "Nothing at all.", "Free."
const NOTHING_FIRST = new RegExp(String.raw`^[\W_]*?${COSTS_NOTHING}`, 'i');
// (A café only as the place where something else is had or bought, "drinks in the cafe are free", "lunch at the hospital café":
// not a café that is the group itself, "the menopause cafe is free", "everyone is welcome at our memory café, and it is free".)
const ELSEWHERE = new RegExp(
  String.raw`\bparking\b|\bchild\s*care\b|\brespite(?:\s+care)?\b|\bbabysitting\b|\bcr[eè]che\b|\bfor\s+the\s+(?:walks?|outings?|trips?|meals?|lunch(?:es)?|dinners?)\b|\bbus\b|\btransit\b|\bmetro\b|\b(?:at|in|from)\s+(?!our\b)(?:the\s+|a\s+)?(?:(?!(?:memory|menopause|dementia|death|grief|bereavement|carers?|wellbeing|well-being|peer|support)\b)[\w'’-]+\s+){0,2}?caf[eé]${WORD_END}|\bfundrais|\braised\b|\bbooks?\s+(?:for\s+sale|cost)\b|\b(?:gave|presented|handed\s+over)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?donations?\b`,
  'i',
);
/**
 * "Parking costs $3", "respite care is available for an additional fee", "at the fair we raised $400", "the group gave a donation of £100": money for something else (only what leads
 * up to the match is read). Giving a donation to attend ("each member gives $5") is not: only a gift already made is elsewhere.
 */
// (And a donation the organisation received, "a generous donation from Community Windpower", or a price said of something
// named just after it.)
const pricesSomethingElse = (m: Match): boolean =>
  ELSEWHERE.test(m.sentence.text.slice(0, m.index - m.sentence.from + m.text.length)) ||
  (/donation/i.test(m.text) && /^\s+(?:from|by)\s+(?:the\s+)?\p{Lu}/u.test(textAfter(m))) ||
  // ("No charge is made for the walks": what follows names the other thing.)
  /^[^.;!?]{0,20}?\bfor\s+(?:the\s+)?(?:walks?|outings?|trips?|meals?|lunch(?:es)?|dinners?|parking|child\s*care)\b/i.test(textAfter(m));

export default defineRule(
  {
    id: 'support-free',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support group is free: no fee, insurance or required donation, and the flyer says what attending costs.',
    // What attending costs is a fact only the practice knows: every edit is a suggestion.
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    const required = model.affirmed(REQUIRED_DONATION).filter((m) => !/\b(?:never|not|no)\b|n't/i.test(m.text));
    const charges = [...model.affirmed(CHARGE), ...(ctx.extra ? model.affirmed(ctx.extra) : [])].filter((m) => {
      const s = m.sentence.text;
      if (saidOfTherapy(m)) return false;
      // "**What it costs.** Nothing at all.": the next sentence answers the label.
      const next = m.block.sentences[m.block.sentences.indexOf(m.sentence) + 1];
      if (next && NOTHING_FIRST.test(next.text)) return false;
      // "**COST** · No charge.", "Fee — none": the value beside the label answers it.
      const after = textAfter(m);
      if (NOTHING_AS_VALUE.test(after)) return false;
      // "It costs nothing", "Coming costs you nothing", "costs members not a penny": the cost said, as nothing.
      if (/^costs?$/i.test(m.text) && COSTS_NOTHING_AFTER.test(after)) return false;
      // "You pay for whatever you order", "members pay for their own lunch": the price of food or parking, not of the group.
      if (FOR_OWN_PURCHASE.test(after)) return false;
      if (pricesSomethingElse(m) || moneyNotForAttending(m)) return false;
      // A heading "Cost" is a label, not a charge; its section says what it costs.
      if (m.block.type === 'heading' && wordCount(m.sentence) <= 4) return false;
      // So is "Cost" on a line of its own in pasted text, the answer on the line below ("Cost\nThere is no charge…").
      if (COST_WORD.test(m.text) && /^[\W_]*$/.test(textBefore(m)) && /^[^\S\n]*:?[^\S\n]*(?:\n|$)/.test(after)) return false;
      // So is a table's column head "Cost" ("| When | Where | Cost |" over a delimiter row): the cells below say it.
      if (m.block.type === 'cell' && COST_WORD.test(m.text) && TABLE_DELIMITER_NEXT.test(model.text.slice(m.block.end, m.block.end + 300))) return false;
      // Insurance as a topic ("insurance fights") is not billing.
      if (/^insurance$/i.test(m.text) && !BILLING.test(s)) return false;
      if (MONEY_AS_TOPIC.test(textBefore(m))) return false;
      // A cost answered as nothing, or met by someone else: "The cost is free", "costs are covered by a grant", "a grant covers the cost".
      if (COST_WORD.test(m.text) && (PAID_FOR_AFTER.test(after) || PAID_FOR_BEFORE.test(textBefore(m)))) return false;
      // So is one in the list of what a cost met by someone else includes ("cover the whole cost of the training, including … fees").
      if (IN_COVERED_LIST.test(textBefore(m).slice(-200))) return false;
      // A cost compared, not charged: "It costs less than therapy".
      if (/^\s*(?:much\s+|far\s+|a\s+lot\s+)?(?:less|more|lower|higher)\s+than\b/i.test(after)) return false;
      // "$5 suggested donation", "donations welcome", "we pass a hat for the hall" invite; they do not charge.
      return !((INVITED.test(s) || givenFreely(m)) && !required.some((r) => r.sentence === m.sentence));
    });
    const found = onePerSentence([...required, ...charges].sort((a, b) => a.start - b.start));
    for (const m of found) {
      // A label/value line keeps its label ("- **Cost:** …"); a table row gets no edit (it would break).
      const edit = replaceSentence(model, m.sentence, config.wording.free, asValue);
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          `${quote(m.text)}: support groups are free to attend. ` +
          'A donation for the room or refreshments may be invited, never required, and no fee or insurance is involved.',
        suggestions: suggestion('Replace with the free-attendance wording', edit),
      });
    }
    if (found.length) return;
    const saysCost =
      model.first(
        FREE,
        (m) =>
          m.stance !== 'question' &&
          !FREE_THING.test(m.sentence.text.slice(m.index - m.sentence.from)) &&
          freeOfAttending(m) &&
          !saidOfExtras(m) &&
          !saidOfATool(m) &&
          !pricesSomethingElse(m) &&
          !(/donation/i.test(m.text) && moneyNotForAttending(m)),
      ) !== undefined ||
      // (Money raised or spent on something else says nothing of attending.)
      model.find(ANY_COST).some(
        (m) =>
          m.stance !== 'question' &&
          !pricesSomethingElse(m) &&
          !moneyNotForAttending(m) &&
          !saidOfExtras(m) &&
          !saidOfATool(m) &&
          !costAsModifier(m) &&
          // (Nor money as a matter members talk about or get help with, as the charges above read it: "the social workers can
          // help with work, insurance and money worries", insurance with no word of billing.)
          !(/^insurance$/i.test(m.text) && !BILLING.test(m.sentence.text)) &&
          !MONEY_AS_TOPIC.test(textBefore(m)),
      );
    if (saysCost || saysCostInOtherLanguage(model)) return;
    ctx.report({
      ...ctx.titleRange(),
      severity: 'information',
      message: 'The flyer never says what attending costs. Say that the group is free, so nobody has to guess or stay away.',
      // The flyer never said it is free, and it may not be: a person decides.
      suggestions: [fixOf('Insert the free-attendance wording', insertUnderTitle(model, config.wording.free, undefined, belowKind(ctx)))],
    });
  },
);

/**
 * The free wording as the value of a "Cost:" label, so it answers the label: "This group is
 * free. A donation … never expected." becomes "Free. A donation … never expected."
 */
function asValue(wording: string): string {
  const opening = /^\s*(?:this|the|our)\s+(?:group|circle|meeting)\s+is\s+free(?:\s+of\s+charge)?\s*[.!]\s*/i.exec(wording);
  if (opening) return `Free. ${wording.slice(opening[0].length)}`.trim();
  return /^[\W_]*(?:free|no\b|none\b|nothing\b|gratis\b)/i.test(wording) ? wording : `Free. ${wording}`;
}
