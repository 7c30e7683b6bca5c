import { defineRule } from '../engine/rule';
import { onePerSentence, quote } from './shared';

const LEADER = String.raw`(?:me|the\s+(?:group\s+)?(?:therapist|leader|facilitator|clinician)|your\s+group\s+(?:therapist|leader)|our\s+group\s+(?:therapist|leader)|the\s+same\s+(?:therapist|clinician))`;
const BOTH = new RegExp(
  String.raw`\b(?:see|seeing|sees|meet|meeting|work(?:ing)?\s+with)\s+${LEADER}\s+(?:individually|privately|one-on-one|1:1|for\s+individual|in\s+individual)\b|\b(?:see|seeing|sees|meet(?:ing)?\s+with|work(?:ing)?\s+with)\s+(?!(?:a|an|another|other|your\s+own|their\s+own|an?\s+outside)\b)(?:[\w.'-]+\s+){1,3}?(?:individually|privately|one-on-one|1:1|for\s+individual|in\s+individual)\b|\bindividual\s+(?:[\w-]+\s+)?(?:therapy|sessions?|counsel(?:l)?ing|work)\s+with\s+(?:${LEADER}|(?:Dr\.?\s+)?[A-Z][\w'-]+)\b|\b(?:current|existing|my|former|past)\s+(?:individual\s+)?clients\s+(?:are\s+)?(?:welcome|may\s+join|can\s+join|are\s+eligible|may\s+also)\b|\bmy\s+(?:current\s+|existing\s+)?individual\s+clients\b|\bboth\s+(?:group\s+and\s+individual|individual\s+and\s+group)\s+(?:therapy|sessions|counsel(?:l)?ing|work)\s+with\b|\b(?:also|already)\s+(?:see|seeing|sees|meet)\s+${LEADER}\b|\bin\s+addition\s+to\s+(?:your\s+)?individual\s+(?:therapy|sessions|counsel(?:l)?ing)\s+with\s+${LEADER}\b`,
  'gi',
);
const DISCUSSED = /\bpros\s+and\s+cons\b|\b(?:benefits|advantages)\s+and\s+(?:risks|drawbacks|disadvantages|downsides)\b|\b(?:risks|drawbacks|downsides)\s+and\s+benefits\b|\bconsent(?:ing)?\b|\binformed\s+choice\b|\bdiscuss(?:ed|ion)?\b[^.;!?]{0,80}\b(?:both|each|the\s+two|individual\s+and\s+group|group\s+and\s+individual|how|differences?|affect)\b/gi;

export default defineRule(
  {
    id: 'therapy-dual-relationship',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'Seeing the group therapist individually too is offered only with the pros, cons and consent discussed.',
    fixable: false,
    hasSuggestions: false,
  },
  (ctx) => {
    const { model } = ctx;
    const hits = [...model.find(BOTH), ...(ctx.extra ? model.find(ctx.extra) : [])].filter((m) => m.stance !== 'negated');
    // Consent mentioned for confidentiality alone does not discuss the two services.
    const discussed = model.find(DISCUSSED).some((m) => !/^consent/i.test(m.text) || /individual|both|each|two|dual|separate|services/i.test(m.sentence.text));
    if (!hits.length || discussed) return;
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${quote(m.text)}: members who also see the group's therapist individually should first discuss the pros and cons, how the two services differ, and what they consent to in each. Say that this happens.`,
      });
    }
  },
);
