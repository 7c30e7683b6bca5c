import { defineRule, fixOf } from '../engine/rule';
import { FEE, FREE } from '../engine/vocab';
import { belowKind, extraMatches } from './shared';
import { placeholderLine } from './placeholder';

export default defineRule(
  {
    id: 'therapy-fee',
    kind: 'therapy',
    defaultSeverity: 'information',
    description: 'A group-therapy flyer says what it costs: the fee, private pay or insurance.',
    // A line with blanks to fill states facts only the practice knows: a suggestion (a snippet in the editor).
    fixable: false,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model } = ctx;
    // Any word on money counts, negated or not: "insurance is not accepted" is fee information.
    const said = [...model.find(FEE), ...model.find(FREE)].some(
      (m) =>
        !/^pay$/i.test(m.text) &&
        m.stance !== 'question' &&
        !/^free\s+(?:parking|screening|consult|call|phone|evaluation|assessment|intake|coffee|snacks)/i.test(
          m.sentence.text.slice(m.index - m.sentence.from),
        ) &&
        // A cost compared, not stated: "at lower cost to families than individual counselling".
        !/\b(?:lower|less|reduced|higher|greater|fraction\s+of\s+the)\s+$/i.test(m.sentence.text.slice(0, m.index - m.sentence.from)),
    );
    if (said || extraMatches(ctx).length) return;
    ctx.report({
      ...ctx.titleRange(),
      message: 'The flyer does not say what the group costs. Give the fee and whether it is private pay or billed to insurance.',
      suggestions: [
        fixOf('Insert a fee line to fill in', placeholderLine(model, ['Fee: ', 'amount', ' per session (', 'private pay or insurance', ').'], belowKind(ctx))),
      ],
    });
  },
);
