import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle } from '../engine/fix';
import { THERAPY_WORD } from '../engine/vocab';
import { containsWording, extraMatches } from './shared';

// Non-clinical on its own says it, as does denying that the leaders are clinicians.
const NON_CLINICAL = /\bnon-?(?:clinical|therapy|therapeutic|professional|medical)\b|\b(?:therapists?|clinicians?|counsel(?:l)?ors?|(?:mental\s+health\s+|medical\s+|licensed\s+)?professionals?|doctors|experts)\b/gi;

export default defineRule(
  {
    id: 'support-disclaimer',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support-group flyer says plainly that the group is not therapy or a clinical service.',
    fixable: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    const denied = model.find(THERAPY_WORD).some((m) => m.stance === 'negated');
    const nonClinical = model.find(NON_CLINICAL).some((m) => m.stance === 'negated' || /^non/i.test(m.text));
    if (denied || nonClinical || containsWording(ctx, config.wording.disclaimer) || extraMatches(ctx).length) return;
    const at = ctx.titleRange();
    ctx.report({
      ...at,
      message:
        'This support-group flyer never says the group is not therapy or a clinical service. Readers may take it for treatment; add a plain disclaimer.',
      fix: fixOf('Insert the support-group disclaimer under the title', insertUnderTitle(model, config.wording.disclaimer)),
    });
  },
);
