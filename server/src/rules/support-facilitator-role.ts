import { anyOf } from '../engine/patterns';
import { sourceAt, textAfter, textBefore, type Match } from '../engine/document';
import { defineRule, fixOf } from '../engine/rule';
import { onePerSentence, quote, saidOfTherapy } from './shared';

const CREDENTIAL = String.raw`(?:LCSW|LICSW|LMSW|LPC|LPCC|LMHC|LMFT|MFT|LCPC|PsyD|Psy\.D\.?|PhD|Ph\.D\.?|MSW|RCC|RP|RSW|RPsych|MBACP|UKCP|LISW|LIMHP|LSW|LMHP)`;
const THERAPIST_LED = anyOf(
  [
    String.raw`\b(?:therapist|clinician|counsel(?:l)?or|psychologist|psychotherapist|clinically)[-\s]led\b`,
    String.raw`\bled\s+by:?\s+(?:a|an|our|the|two|experienced)?\s*(?:licensed|trained|clinical|professional|experienced|registered)?\s*` +
      String.raw`(?:mental\s+health\s+)?(?:therapists?|clinicians?|counsel(?:l)?ors?|psychologists?|psychotherapists?|social\s+workers?)\b`,
    String.raw`\bled\s+by:?\s+(?:Dr\.?\s+)?[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3},?\s+[^.;:!?\n]{0,40}?\b(?:${CREDENTIAL}|licensed|therapist` +
      String.raw`|psychologist|psychotherapist|counsel(?:l)?or|clinician|social\s+worker)\b`,
    String.raw`\byour\s+therapist\s+will\b`,
    // The same with the therapist named between commas: "Your therapist, Sam Lee, will run each session".
    String.raw`\byour\s+(?:therapist|psychotherapist|clinician|counsel(?:l)?or|psychologist)\s*,\s*(?:Dr\.?\s+)?[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3}` +
      String.raw`(?:\s*,\s*${CREDENTIAL})?\s*,\s*(?:will|leads?|runs?|facilitates?|guides?)\b`,
    // A leader who will diagnose or treat the members: "Sam Lee, LMFT, who will diagnose and treat members".
    String.raw`\bwho\s+(?:will\s+)?(?:diagnoses?|treats?)\s+(?:and\s+(?:diagnoses?|treats?)\s+)?(?:you|members|participants|attendees|everyone)\b`,
    // A therapist who screens and selects the members: "the therapist usually goes through an interview".
    String.raw`\b(?:the|our|a)\s+(?:therapist|clinician|psychologist|counsel(?:l)?or)\s+(?:usually\s+|first\s+|will\s+)?(?:interviews|screens|selects|assesses` +
      String.raw`|goes\s+through\s+an?\s+(?:interview|assessment))\b`,
    String.raw`\b(?:the|our|a)\s+(?:therapist|clinician|counsel(?:l)?or|psychologist)\s+will\s+(?:guide|lead|provide|treat|assess|diagnose|direct` +
      String.raw`|work\s+with\s+you\s+on)\b`,
    String.raw`\bguides?\s+(?:your\s+|the\s+|their\s+|members'?\s+)?treatment\b`,
    // "offer recommendations for treatment" (a referral elsewhere on request is not this: "treatment providers", "options").
    String.raw`\b(?:recommend(?:s|ed)?|recommendations?\s+(?:for|of|about))\s+(?:\w+\s+){0,2}?treatments?\b(?!\s+(?:providers?|options|programs?|centers?|centres?` +
      String.raw`|services|resources|elsewhere))`,
    // (Not the clinicians of someone else: "families learn to speak up with the clinicians who treat them", "your relative".)
    String.raw`\b(?:therapist|clinician|counsel(?:l)?or|psychologist)s?\s+(?:who\s+)?(?:treats?|diagnoses?|provides?\s+(?:therapy|treatment))\b` +
      String.raw`(?!\s+(?:them|him|her|their|his|your\s+(?:relative|loved\s+one|child|children|partner|spouse|parent|family\s+member)s?)\b)`,
  ],
  'giu',
);
const CLINICIAN_WORD = /therapist|clinician|counsel|psycholog|social\s+worker/i;

// A fronted "Led by <name>, <credential>" whose sentence goes on to name what is led, and it is not the group: an organisation, a
// network or a training programme behind it. "Led by Dana Lee, LCSW, the network trains volunteers to start groups", "…, the Hill
// Foundation offers…", "…, Pain Link offers an intensive training to volunteers". (The group itself, "Led by Dana Lee, LCSW, the group
// is a place to share", "…, Hope Circle meets on Tuesdays", is still presented as led by a clinician.)
const LED_BY_NAME = /^[Ll]ed\s+by:?\s+(?:Dr\.?\s+)?\p{Lu}/u;
const ORGANISATION_LED = new RegExp(
  String.raw`,\s+(?:(?:the|our|this|its|a|an)\s+)?(?:(?!(?:groups?|circles?|meetings?|sessions?)\b)[\p{L}'’.&-]+\s+){0,4}?` +
    String.raw`(?:network|organi[sz]ation|foundation|charity|association|society|institute|alliance|coalition|federation|non-?profit|agency` +
    String.raw`|(?:training|volunteer|leader|leadership|facilitator)\s+program(?:me)?|training)\s+(?:(?:also|now|currently)\s+)?` +
    String.raw`(?:is|was|has|will|offers|provides|trains|runs|operates|supports|prepares|equips|teaches|connects|helps|sponsors|funds|organi[sz]es` +
    String.raw`|coordinates|develops|serves|works|aims|started|began|launched|created|founded)\b`,
  'iu',
);
// (Or a body by its own name that trains: "…, Pain Link offers an intensive training to volunteers", "…, Pain Link trains volunteers";
// not a group's name, "Hope Circle offers…".)
const NAMED_BODY_TRAINS = new RegExp(
  String.raw`,\s+(?:[Tt]he\s+)?(?:(?!(?:Groups?|Circles?|Meetings?)\b)\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:(?:offers|provides|runs|gives|delivers|hosts)\s+` +
    String.raw`(?:an?\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?trainings?|trains\s+(?:new\s+|local\s+|peer\s+)?(?:volunteers|leaders|facilitators))\b`,
  'u',
);
/** Is the match a "Led by <name>, <credential>" opening a sentence that says what is led, and it is no group (see ORGANISATION_LED)? */
function leadsSomethingElse(m: Match): boolean {
  if (!LED_BY_NAME.test(m.text) || !/^[\W_]*$/.test(textBefore(m))) return false;
  const after = textAfter(m);
  return ORGANISATION_LED.test(after) || NAMED_BODY_TRAINS.test(after);
}

export default defineRule(
  {
    id: 'support-facilitator-role',
    kind: 'support',
    defaultSeverity: 'information',
    description: 'The leader of a support group hosts and facilitates; the flyer does not present them as doing therapy.',
    // Rewording who leads the group says something new about it: a suggestion, never a fix.
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model } = ctx;
    // "Led by Dana Lee, LCSW": the pattern is case-blind, so check the name is capitalised.
    const hits = model
      .find(THERAPIST_LED)
      .filter((m) => CLINICIAN_WORD.test(m.text) || /treat|guide/i.test(m.text) || /(?:[Ll]ed|LED)\s+(?:by|BY):?\s+(?:Dr\.?\s+)?\p{Lu}/u.test(m.text));
    // The practice's own phrases for this rule, and in another language the words that present the leader as doing therapy there
    // ("therapeutgeleid", "geleitet von einer Psychotherapeutin"): see engine/languages.ts.
    if (ctx.extra) hits.push(...model.find(ctx.extra));
    const affirmed = hits.filter((m) => m.stance === 'affirmed' && !saidOfTherapy(m) && !leadsSomethingElse(m)).sort((a, b) => a.start - b.start);
    for (const m of onePerSentence(affirmed)) {
      const led = /^([Ll])ed\s+by/.exec(m.text);
      // Only where "led by" is plain text in the source (not split by emphasis or a line break).
      const end = led ? sourceAt(m.block, m.index + led[0].length - 1) + 1 : m.start;
      const plain = led && /^[Ll]ed[ \t]+by$/.test(model.text.slice(m.start, end));
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          `${quote(m.text)} presents the leader as doing therapy here. ` +
          'In a support group even a licensed therapist only hosts and facilitates; say "facilitated by".',
        suggestions: plain
          ? [fixOf('Reword "led by" as "facilitated by"', { start: m.start, end, text: led![1] === 'L' ? 'Facilitated by' : 'facilitated by' })]
          : undefined,
      });
    }
  },
);
