import { anyOf } from '../engine/patterns';
import { defineRule } from '../engine/rule';
import { removalOf, replaceSentence } from '../engine/fix';
import { containsWording, onePerSentence, quote, suggestion } from './shared';

const RECRUIT = anyOf(
  [
    String.raw`\b(?:book|schedule|request|set\s+up|arrange|reserve)\s+(?:a|an|your)?\s*(?:free|complimentary|private|individual|personal|1:1|one-(?:on|to)-one` +
      String.raw`|initial)?\s*(?:\d+[-\s]minute\s+)?(?:consult(?:ation)?|session|appointment|intake|call|(?:therapy|counsel(?:l)?ing)\s+session)s?\s+with\s+(?:me|us|her|him|them` +
      String.raw`|the\s+facilitator|our\s+facilitator|your\s+facilitator|(?:Dr\.?\s+)?[\p{Lu}][\p{L}'-]+)\b`,
    String.raw`\bbecome\s+(?:a|my|our|her|his|their)\s+(?:new\s+)?(?:individual\s+)?clients?\b`,
    String.raw`\bjoin(?:ing)?\s+(?:my|our|her|his)\s+caseload\b`,
    String.raw`\b(?:now\s+)?(?:accepting|taking)\s+new\s+(?:individual\s+)?clients\b`,
    String.raw`\bindividual\s+(?:therapy|counsel(?:l)?ing|sessions)\s+with\s+(?:me|the\s+facilitator|our\s+facilitator|your\s+facilitator)\b`,
    String.raw`\b(?:complimentary|free)\s+(?:\d+[-\s]minute\s+)?(?:consult(?:ation)?|discovery\s+call)s?\b`,
    String.raw`\bsee\s+me\s+(?:individually|privately|one-on-one|for\s+(?:therapy|counsel(?:l)?ing))\b`,
    String.raw`\bwork\s+with\s+me\s+(?:individually|one-on-one|privately)\b`,
    String.raw`\bcaseload\b`,
    String.raw`\bopenings?\s+(?:in|on|for)\s+(?:my|our)\s+(?:practice|schedule|calendar)\b`,
    String.raw`\b(?:for|taking|accepting|welcom(?:e|ing))\s+new\s+clients\b`,
    String.raw`\b(?:our|my|the)\s+(?:therapists?|clinicians?|counsel(?:l)?ors?|practice|team|facilitators?|group\s+leaders?|hosts?)\s+(?:also\s+)?` +
      String.raw`(?:offers?|provides?|sees?|has|have)\s+(?:individual|private|one-on-one|1:1)\b`,
    // "Our facilitator also sees clients privately": offered to the members (not a leader's biography, "who sees clients in Leeds").
    String.raw`\b(?:our|my|the)\s+(?:facilitators?|group\s+leaders?|hosts?|therapists?|counsel(?:l)?ors?)\s+also\s+(?:sees?|takes?|accepts?)\s+` +
      String.raw`(?:private\s+|individual\s+)?clients\b`,
    // "Ask her after the meeting about booking a session."
    String.raw`\b(?:ask|talk\s+to|speak\s+(?:to|with)|contact|email|call)\s+(?:me|her|him|them|the\s+facilitator|our\s+facilitator|your\s+facilitator)\b` +
      String.raw`[^.;!?]{0,60}?\b(?:book(?:ing)?|schedul(?:e|ing)|arrang(?:e|ing)|set(?:ting)?\s+up)\s+(?:a|an|your)?\s*(?:private|individual|personal|1:1|` +
      String.raw`one-on-one|first)?\s*(?:session|appointment|consult(?:ation)?)s?\b`,
    String.raw`\b\d+\s?%\s+off\b`,
    // Places kept in the host's own practice, and a first session given away: "slots free in his private counselling practice
    // especially for circle members", "your first one-to-one session with him is on the house".
    String.raw`\b(?:slots?|spaces?|places?|openings?|appointments?)\s+(?:free\s+|open\s+|available\s+|kept\s+)?(?:in|at)\s+(?:my|our|his|her|their)\s+` +
      String.raw`(?:own\s+)?(?:private\s+)?(?:counsel(?:l)?ing\s+|therapy\s+|psychotherapy\s+)?practice\b`,
    // (The session itself said to be free, not a free line named after it: "for an individual appointment, call the free helpline".)
    String.raw`\b(?:first\s+)?(?:one-(?:to|on)-one|individual|private|1:1)\s+(?:session|appointment|consultation)\s+(?:with\s+(?:me|her|him|them|us|(?:Dr\.?\s+)?[\w'-]+)\s+)?` +
      String.raw`(?:is|will\s+be|comes)\s+(?:free|on\s+the\s+house|half[-\s]price|discounted)\b`,
    String.raw`\bdiscount(?:s|ed)?\s+(?:on\s+)?(?:individual\s+|private\s+)?(?:counsel(?:l)?ing|therapy|sessions)\b`,
    String.raw`\bfirst\s+(?:pick|dibs|priority)\s+(?:of|on|for)\s+(?:my|our)\s+(?:openings|schedule|appointments|spots)\b`,
  ],
  'giu',
);

// The pattern is read without regard to case, so a name after "with" is checked here for its capital: "book a session with Dana"
// names the facilitator, "book an appointment with our dietitian" names other staff of the host.
function withNamedPerson(text: string): boolean {
  const after = /\bwith\s+((?:Dr\.?\s+)?[\p{L}'-]+)$/iu.exec(text)?.[1];
  if (after === undefined || /^(?:me|us|her|him|them)$/i.test(after)) return true;
  if (/\b(?:the|our|your)\s+facilitator$/i.test(text)) return true;
  return /^(?:Dr\.?\s+)?\p{Lu}/u.test(after);
}

export default defineRule(
  {
    id: 'support-no-client-recruitment',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support group does not invite its members to become clients of the facilitator.',
    // Replacing or removing what the practice offers is a person's decision: suggestions only.
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    // (A phrase the practice configured counts as written, whatever follows "with".)
    const hits = [...model.find(RECRUIT).filter((m) => withNamedPerson(m.text)), ...(ctx.extra ? model.find(ctx.extra) : [])]
      // A conditional offer ("if you'd like more, book a consult with me") still recruits.
      .filter((m) => m.stance !== 'negated');
    // The referral wording is offered while the flyer does not have it yet; removal always.
    const referred = containsWording(ctx, config.wording.referral);
    for (const m of onePerSentence(hits.sort((a, b) => a.start - b.start))) {
      const item = m.sentence.block.item?.only && m.sentence.block.sentences.length === 1;
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          `${quote(m.text)} invites members to become the facilitator's clients. ` +
          'Keep the group separate from private practice; offer referrals to another therapist on request instead.',
        suggestions: [
          ...(referred ? [] : suggestion('Replace with the referral wording', replaceSentence(model, m.sentence, config.wording.referral))),
          ...suggestion(item ? 'Remove this list item' : 'Remove this sentence', removalOf(model, m.sentence)),
        ],
      });
    }
  },
);
