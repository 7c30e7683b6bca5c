import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle } from '../engine/fix';
import { THERAPY_NAME } from '../engine/vocab';
import { containsWording, extraMatches } from './shared';

// "Group counseling is a form of psychotherapy", "this is therapy", "a clinical service".
const IS_THERAPY = /\b(?:is|are|as)\s+(?:a\s+|an\s+)?(?:(?:form|type|kind)\s+of\s+)?(?:group\s+)?(?:psycho)?therapy\b|\bclinical\s+(?:group|service|treatment\s+group)\b|\b(?:psycho)?therapy\s+(?:in\s+a\s+)?group\s+(?:format|setting)\b/gi;

export default defineRule(
  {
    id: 'therapy-statement',
    kind: 'therapy',
    defaultSeverity: 'warning',
    description: 'A group-therapy flyer says in so many words that the group is therapy.',
    fixable: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    const stated = [...model.find(THERAPY_NAME), ...model.find(IS_THERAPY)].some((m) => m.stance === 'affirmed');
    if (stated || containsWording(ctx, config.wording.therapyStatement) || extraMatches(ctx).some((m) => m.stance === 'affirmed')) return;
    ctx.report({
      ...ctx.titleRange(),
      message:
        'This group-therapy flyer never says plainly that the group is therapy. A name like "skills group" is not enough; state it, e.g. "This is group therapy".',
      fix: fixOf('Insert the group-therapy statement under the title', insertUnderTitle(model, config.wording.therapyStatement)),
    });
  },
);
