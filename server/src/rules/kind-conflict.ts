import { defineRule } from '../engine/rule';
import { SELF_SUPPORT, SELF_THERAPY } from '../engine/vocab';
import { quote } from './shared';

// "This is not therapy" said of the group itself (not "not a substitute for individual therapy").
const DENIES_THERAPY = /\b(?:this|it|our\s+group|the\s+group|this\s+group|this\s+program|we)\s*(?:is|are|'s|'re)\s+not\s+(?:a\s+)?(?:form\s+of\s+)?(?:group\s+)?(?:psycho)?therapy(?:\s+group)?\b|\bis\s+not\s+(?:a\s+)?clinical\s+service\b|\bnot\s+(?:a\s+)?therapy\s+group\b/gi;
const DENIAL_INSIDE = /\b(?:not|no|never|rather\s+than|instead\s+of|unlike|nor)\b|n't/i;
const NOT_SELF = /substitut|replace|instead|in\s+place|individual|crisis|emergenc/i;

export default defineRule(
  {
    id: 'kind-conflict',
    kind: 'any',
    defaultSeverity: 'error',
    description: 'A document declared as one kind does not say it is the other.',
    fixable: false,
  },
  (ctx) => {
    const { model, kind, kindSource } = ctx;
    // Only a declared kind can be contradicted; an inferred one already weighed the words.
    if (!kind || kindSource === 'inferred') return;
    const where = kindSource === 'front-matter' ? 'front matter' : 'configuration';
    if (kind === 'support') {
      const m = model.find(SELF_THERAPY).find((x) => x.stance === 'affirmed' && !NOT_SELF.test(x.text) && !DENIAL_INSIDE.test(x.text));
      if (m) {
        ctx.report({
          start: m.start,
          end: m.end,
          message: `The ${where} says this is a support group, but ${quote(m.text)} says it is group therapy. Decide which it is: a group cannot be both.`,
        });
      }
      return;
    }
    const denial = model.find(DENIES_THERAPY).find((x) => !NOT_SELF.test(x.sentence.text.slice(x.index - x.sentence.from)));
    const peer = model.find(SELF_SUPPORT).find((x) => x.stance === 'affirmed' && !DENIAL_INSIDE.test(x.text));
    const m = denial ?? peer;
    if (m) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: `The ${where} says this is group therapy, but ${quote(m.text)} says it is not. Decide which it is: a group cannot be both.`,
      });
    }
  },
);
