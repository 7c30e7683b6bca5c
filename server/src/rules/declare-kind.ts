import { defineRule, fixOf } from '../engine/rule';
import { declareKind } from '../engine/fix';
import { KINDS } from '../engine/types';
import { formatInCapitals, SUPPORT_NAME, THERAPY_FORMAT, THERAPY_NAME } from '../engine/vocab';

export default defineRule(
  {
    id: 'declare-kind',
    kind: 'any',
    defaultSeverity: 'information',
    description: 'Group material whose kind cannot be told from its words declares it in front matter.',
    fixable: false,
    // Choosing a kind is the author's decision: suggestions only.
    hasSuggestions: true,
  },
  (ctx) => {
    if (ctx.kind || ctx.frontMatter.group !== undefined) return;
    // Say what was missing: no kind words at all, or words of both kinds and nothing to weigh them.
    const named = (re: RegExp) =>
      ctx.model
        .find(re)
        .filter((m) => m.stance === 'affirmed')
        .map((m) => m.text.replace(/\s+/g, ' '));
    const support = named(SUPPORT_NAME);
    const therapy = [...named(THERAPY_NAME), ...named(THERAPY_FORMAT).filter(formatInCapitals)];
    const missing =
      support.length && therapy.length
        ? `it names both kinds ("${support[0]}", "${therapy[0]}"), so which one this group is cannot be told from its words`
        : 'it never names its kind: no "support group", "peer support" or fellowship, and no "group therapy", "therapy group" or clinical skills group';
    ctx.report({
      ...ctx.titleRange(),
      message:
        `This reads as group material, but ${missing}. ` + 'Say which it is in the text, or declare it in front matter ("group: support" or "group: therapy").',
      suggestions: KINDS.map((k) =>
        fixOf(`Declare this a ${k === 'support' ? 'support group' : 'therapy group'} (front matter "group: ${k}")`, declareKind(ctx.model, k)),
      ),
    });
  },
);
