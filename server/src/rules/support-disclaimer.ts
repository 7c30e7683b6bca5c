import { anyOf } from '../engine/patterns';
import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle } from '../engine/fix';
import { CARE_GIVEN, HOSTS_NOT_CLINICIANS, NOT_REPLACING_CARE, THERAPY_WORD } from '../engine/vocab';
import { containsWording, extraMatches, fixOrSuggestion, kindSettled } from './shared';
import { textAfter, textBefore } from '../engine/document';

// "Non-clinical" says it on its own.
const NON_CLINICAL = /\bnon-?(?:clinical|therapy|therapeutic|medical)\b/gi;
// The same in Spanish, as bilingual flyers say it: "No es terapia", "no somos terapeutas", "no es un servicio clínico".
const NO_TERAPIA =
  /\bno\s+(?:es|somos|son)\s+(?:una?\s+)?(?:terapia|terapeutas|psic[oó]logos|profesionales|servicio\s+cl[ií]nico|grupo\s+de\s+terapia)(?![\p{L}])/giu;

// Denials that say nothing of what the group is: "we do not recommend or endorse any therapies",
// "you do not need to be in therapy to attend".
const NOT_ABOUT_THE_GROUP = anyOf(
  [
    // (Or what members cannot get: "many members cannot afford therapy", "cannot access counselling".)
    String.raw`\b(?:recommend|endorse|prescribe|advise|need|needs|have\s+to|has\s+to|required?|discuss|judge|ask\s+about|stop|quit|afford|access)\b[^.;!?]{0,60}$`,
    // What members are or were, not what the group is: "many are no longer in treatment", "some members are not in therapy".
    String.raw`\bno\s+longer\b[^.;!?]{0,30}$`,
    String.raw`\b(?:members|people|participants|attendees|many|some|others)\s+(?:who\s+)?(?:are|were|may\s+be)\s+not\b[^.;!?]{0,30}$`,
    // ("They are not in therapy" is about members; "they are not a substitute for psychotherapy" is about the groups.)
    String.raw`\bthey\s+(?:are|were|may\s+be)\s+not\s+(?:(?:currently|yet|always|ready\s+for|in|on|receiving|getting|seeing|under)\b)[^.;!?]{0,30}$`,
  ],
  'i',
);

// "Not a substitute for X" disclaims only where X is care: "not a replacement for counseling or medical care", not "not a
// replacement for the recovery meetings you may already attend".
const REPLACES = /^(?:substitut|replacement)/i;
const CARE_REPLACED = new RegExp(String.raw`^[^.;!?]{0,60}?\b${CARE_GIVEN}\b`, 'i');

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
    const denied = model
      .find(THERAPY_WORD)
      .some((m) => m.stance === 'negated' && !NOT_ABOUT_THE_GROUP.test(textBefore(m)) && (!REPLACES.test(m.text) || CARE_REPLACED.test(textAfter(m))));
    const nonClinical = [...model.find(NON_CLINICAL), ...model.find(NO_TERAPIA), ...model.find(HOSTS_NOT_CLINICIANS), ...model.find(NOT_REPLACING_CARE)].some(
      (m) => m.stance !== 'question',
    );
    if (denied || nonClinical || containsWording(ctx, config.wording.disclaimer) || extraMatches(ctx).length) return;
    const at = ctx.titleRange();
    ctx.report({
      ...at,
      message: 'This support-group flyer never says the group is not therapy or a clinical service. Readers may take it for treatment; add a plain disclaimer.',
      ...fixOrSuggestion(kindSettled(ctx), fixOf('Insert the support-group disclaimer under the title', insertUnderTitle(model, config.wording.disclaimer))),
    });
  },
);
