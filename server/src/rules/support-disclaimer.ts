import { anyOf, WORD_END } from '../engine/patterns';
import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle } from '../engine/fix';
import { CARE_GIVEN, HOSTS_NOT_CLINICIANS, NO_HEALTH_ADVICE, NOT_REPLACING_CARE, SEEKING_CARE_BEFORE, THERAPY_WORD } from '../engine/vocab';
import { containsWording, extraMatches, fixOrSuggestion, kindSettled } from './shared';
import { textAfter, textBefore, type Match } from '../engine/document';
import { negatedBefore } from '../engine/assess';
import { fold } from '../engine/text';

// "Non-clinical" says it on its own. (Not as the second half of a pair that spans both, "medical or non-medical tests", "clinical and
// non-clinical staff": the pair names everything, and says nothing of what the group is.)
const NON_CLINICAL = /(?<!\b(?:clinical|therapy|therapeutic|medical)\s*(?:or|and|&|\/)\s*)\bnon-?(?:clinical|therapy|therapeutic|medical)\b/gi;
// The same in Spanish, as bilingual flyers say it: "No es terapia", "no somos terapeutas", "no es un servicio clínico".
const NO_TERAPIA =
  /\bno\s+(?:es|somos|son)\s+(?:una?\s+)?(?:terapia|terapeutas|psic[oó]logos|profesionales|servicio\s+cl[ií]nico|grupo\s+de\s+terapia)(?![\p{L}])/giu;

// Denials that say nothing of what the group is: "we do not recommend or endorse any therapies",
// "you do not need to be in therapy to attend".
const NOT_ABOUT_THE_GROUP = anyOf(
  [
    // (Or what members cannot get, or what others will not pay for: "many members cannot afford therapy", "cannot access
    // counselling", "some insurers do not pay for light therapy".)
    String.raw`\b(?:recommend|endorse|prescribe|advise|need|needs|have\s+to|has\s+to|required?|discuss|judge|ask\s+about|stop|quit|afford|access|pay\s+for|reimburse)\b[^.;!?]{0,60}$`,
    // A therapy word as the time of something else that is denied: "the hair may not grow back after treatment", "she could not
    // work during chemotherapy".
    String.raw`\b(?:after|before|during|following|until)\s+(?:(?:the|their|his|her|your|any|a)\s+)?(?:[\w'’-]+\s+)?$`,
    // What members are or were, not what the group is: "many are no longer in treatment", "some members are not in therapy".
    String.raw`\bno\s+longer\b[^.;!?]{0,30}$`,
    // What others cannot do in the member's place: "your partner can hold your hand, but they cannot go through the treatment for
    // you", "no one else can undergo the treatment for you".
    String.raw`\b(?:(?:they|he|she|family|friends|others)\b[^.;!?]{0,20}?(?:can(?:not|['’]t)|could(?:\s+not|n['’]t))|(?:nobody|no\s+one)(?:\s+else)?\s+(?:can|could))` +
      String.raw`\s+(?:go\s+through|face|undergo|endure|sit\s+through)\b[^.;!?]{0,30}$`,
    String.raw`\b(?:members|people|participants|attendees|many|some|others)\s+(?:who\s+)?(?:are|were|may\s+be)\s+not\b[^.;!?]{0,30}$`,
    // The second half of a pair that spans both: "clinical and non-clinical staff", "medical or non-medical care".
    String.raw`\b(?:clinical|therapy|therapeutic|medical)\s*(?:or|and|&|\/)\s*non-?$`,
    // What someone does not see, feel or know, with the therapy word further on in what they perceive: "they don't see themselves in
    // the people around them in treatment", "many don't feel understood by those who have not had counselling". (Not what the group
    // is seen as: "we do not see this circle as therapy".)
    String.raw`(?:\bnot|n['’]t|\bnever)\s+(?:(?:always|really|even|yet|often|usually|ever)\s+)?(?:see|sees|saw|seeing|feel|feels|felt|notice|know|knew|recogni[sz]e|relate)\b` +
      String.raw`(?:(?!\bas\b|\bnot\b|n['’]t\b|\bno\b|\bnever\b)[^.;!?]){0,80}$`,
    // ("They are not in therapy" is about members; "they are not a substitute for psychotherapy" is about the groups.)
    String.raw`\bthey\s+(?:are|were|may\s+be)\s+not\s+(?:(?:currently|yet|always|ready\s+for|in|on|receiving|getting|seeing|under)\b)[^.;!?]{0,30}$`,
    // Care that people lack or lacked, not what the group gives: "women who may not have found a proper diagnosis", "some of us have
    // never had counselling", "anyone who hasn't received treatment", "many of us didn't get a diagnosis for years", "people who do not
    // have a diagnosis yet". (Not what members will not get here, "members will not receive counselling", "members do not get therapy at
    // our meetings"; nor where another denial comes between: "some of us have never had counselling and the group does not offer it".)
    String.raw`\b(?:who|members|people|those|anyone|many|most|some|others|women|men|parents|families|patients|sufferers|of\s+us)\s+` +
      String.raw`(?:(?:(?:may|might|could)\s+(?:not|never)\s+(?:yet\s+|ever\s+)?have|(?:have|has|had)\s+(?:not|never)|(?:have|has|had)n['’]t|never)\s+` +
      String.raw`(?:yet\s+|ever\s+|previously\s+)?(?:had|found|got|gotten|received|sought|obtained|been\s+(?:given|offered))` +
      String.raw`|(?:did\s+(?:not|never)|didn['’]t)\s+(?:yet\s+|ever\s+)?(?:have|get|find|receive|seek|obtain)` +
      String.raw`|(?<=\bwho\s+)(?:(?:may|might|could|do|does)\s+not|(?:do|does)n['’]t)\s+(?:yet\s+)?have)` +
      String.raw`\b(?:(?!\b(?:not|never|no|cannot|without)\b|n['’]t\b)[^.;!?]){0,40}$`,
  ],
  'i',
);

// A ground rule for members, not a word on what the group is: "Do not give medical advice", "Please don't offer a diagnosis",
// "Members should never give treatment advice". (What members are told not to make or use the group, a substitute for care, still
// disclaims: "Do not use this group as a substitute for therapy", "Please do not make this circle a substitute for your doctor".)
// What a ground rule tells members not to do, up to the care word: give, offer, share, recommend, make… (not "give up"; not what they
// are told not to make the group, "a substitute for", which disclaims).
const RULE_FOR_MEMBERS = String.raw`(?:giv(?!e\s+(?:up|in)\b)|offer|provid|shar|recommend|suggest|mak)\w*\b(?:(?!\b(?:substitute|replace|replacement|instead|place)\b)[^.;!?]){0,40}$`;
const GROUND_RULE = anyOf(
  [
    String.raw`^[\W_]*(?:please\s+)?(?:do\s+not|don['’]t|never|avoid)\s+${RULE_FOR_MEMBERS}`,
    String.raw`\b(?:members|participants|attendees|everyone|no\s+one|nobody)\s+(?:should|must|may|are\s+asked\s+to|is\s+asked\s+to)\s+(?:not|never)\s+` +
      RULE_FOR_MEMBERS,
  ],
  'i',
);

// "Not a substitute for X" disclaims only where X is care: "not a replacement for counseling or medical care", not "not a
// replacement for the recovery meetings you may already attend".
const REPLACES = /^(?:substitut|replacement)/i;
// (Within its own clause: "not a substitute for other 12-Step programs, but our tools can help" replaces no care.)
const CARE_REPLACED = new RegExp(String.raw`^(?:(?!\s(?:but|though|although|while|whereas|yet)\b)[^.;!?]){0,60}?\b${CARE_GIVEN}\b`, 'i');

// A therapy word with its object ("a diagnosis of dyslexia", "treatment for lupus") denied only by the predicate after it disclaims
// where its clause speaks of the group giving it: "Treatment for any condition is not offered here", "Diagnosis of any kind is not
// part of the group". Said of the thing itself, "A diagnosis of dyslexia is not the end of the road", it says nothing of the group.
const DENIED_AFTER =
  /^\s+(?:of|for|with)\s+[^.;:!?]{0,50}?(?:\b(?:is|are|was|were|will\s+be|would\s+be|be|shall\s+be|can\s+be)\s+(?:not|never)\b|\b(?:isn't|aren't|won't\s+be|wasn't|weren't)(?![\w'])|\b(?:do|does|will)\s+(?:not|never)\b|\b(?:doesn't|don't|won't)(?![\w']))/i;
// The clause runs to its stop, or to a clause joined on: "Therapy is not for everyone, but…".
const CLAUSE = /^(?:(?![.;:!?]|,\s*(?:and|but|so|though|although|while|yet)\b|\s[—–-]\s).)*/;
const OF_THE_GROUP = new RegExp(
  String.raw`\b(?:groups?|circles?|meetings?|sessions?|gatherings?|caf[eé]s?|we|our|us|here|facilitators?['’]?|leaders?['’]?|hosts?|volunteers?|members|peers?|offer(?:ed)?|provide[ds]?|given|available|done|practi[sc]ed|included|involved|delivered|part|happens?|take\s+place|takes\s+place|occurs?|role|remit|scope|purpose|aim|goal|focus|job|function|point|intention|service)${WORD_END}`,
  'i',
);
/** Is a negated therapy word, with its object, denied only after it, in a clause that says nothing of the group? */
function deniedOfItself(m: Match): boolean {
  const before = textBefore(m);
  const after = fold(textAfter(m));
  return DENIED_AFTER.test(after) && !OF_THE_GROUP.test(CLAUSE.exec(after)![0]) && !negatedBefore(fold(before + m.text), before.length);
}

export default defineRule(
  {
    id: 'support-disclaimer',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support-group flyer says plainly that the group is not therapy or a clinical service.',
    // A fix when the kind is declared or named by the document; a suggestion when it is only inferred from signals.
    fixable: true,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    const denied =
      model.first(
        THERAPY_WORD,
        (m) =>
          m.stance === 'negated' &&
          !NOT_ABOUT_THE_GROUP.test(textBefore(m)) &&
          !(GROUND_RULE.test(textBefore(m)) && !REPLACES.test(m.text)) &&
          // (Nor care people do not seek: "many farmers will not seek out mental health care".)
          !SEEKING_CARE_BEFORE.test(textBefore(m)) &&
          (!REPLACES.test(m.text) || CARE_REPLACED.test(textAfter(m))) &&
          !deniedOfItself(m),
      ) !== undefined;
    const nonClinical = [
      ...model.find(NON_CLINICAL),
      ...model.find(NO_TERAPIA),
      ...model.find(HOSTS_NOT_CLINICIANS),
      ...model.find(NOT_REPLACING_CARE),
      ...model.find(NO_HEALTH_ADVICE),
    ].some((m) => m.stance !== 'question');
    if (denied || nonClinical || containsWording(ctx, config.wording.disclaimer) || extraMatches(ctx).length) return;
    const at = ctx.titleRange();
    ctx.report({
      ...at,
      message: 'This support-group flyer never says the group is not therapy or a clinical service. Readers may take it for treatment; add a plain disclaimer.',
      ...fixOrSuggestion(kindSettled(ctx), fixOf('Insert the support-group disclaimer under the title', insertUnderTitle(model, config.wording.disclaimer))),
    });
  },
);
