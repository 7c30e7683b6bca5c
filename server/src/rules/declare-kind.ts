import { defineRule } from '../engine/rule';
import { declareKindSuggestions, kindsNamed } from './shared';
import type { Match } from '../engine/document';

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
    // (Nor a page in another language whose own words make its group both kinds: kind-conflict's.)
    if (ctx.kind || ctx.frontMatter.group !== undefined || ctx.inferred?.bothKindsAtOnce) return;
    // Groups of both kinds, each under its own heading: a page of several groups, whose checks differ by kind.
    const sections = ctx.inferred?.kindsInSections;
    if (sections) {
      ctx.report({
        ...ctx.titleRange(),
        message:
          `This page offers groups of both kinds, each under its own heading ("${sections[0]}", "${sections[1]}"), so neither kind's ` +
          'checks can run on it. Give each kind of group its own document, or declare the kind in front matter ("group: support" or "group: therapy").',
        suggestions: declareKindSuggestions(ctx.model),
      });
      return;
    }
    // A page that offers groups of both kinds as its own is kind-conflict's to report. Otherwise say what was missing: no kind
    // words at all, or words of both kinds (one of them passed on, compared or defined) and nothing to weigh them.
    const own = kindsNamed(ctx, true);
    if (own.support.length && own.therapy.length) return;
    const { support, therapy } = kindsNamed(ctx);
    const say = (m: Match) => m.text.replace(/\s+/g, ' ');
    const missing =
      support.length && therapy.length
        ? `it names both kinds ("${say(support[0])}", "${say(therapy[0])}"), so which one this group is cannot be told from its words`
        : 'it never names its kind: no "support group", "peer support" or fellowship, and no "group therapy", "therapy group" or clinical skills group';
    ctx.report({
      ...ctx.titleRange(),
      message:
        `This reads as group material, but ${missing}. ` + 'Say which it is in the text, or declare it in front matter ("group: support" or "group: therapy").',
      suggestions: declareKindSuggestions(ctx.model),
    });
  },
);
