import { defineRule, fixOf } from '../engine/rule';
import { FEE, FREE } from '../engine/vocab';
import { freeInAName } from '../engine/free-name';
import { textAfter, textBefore } from '../engine/document';
import { belowKind, extraMatches } from './shared';
import { placeholderLine } from './placeholder';

const COMPARED_AFTER = /^\s+(?:of|for)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:\w+\s+)?(?:less|lower|cheaper|more|higher)\b/i;
const POINTER_BEFORE =
  /\b(?:(?:information|details|questions)\s+(?:on|about|regarding)\s+|see\s+(?:our|the)?\s*|(?:page|link|tab)\s+(?:[\w&-]+\s+){0,3}?)(?:(?:group|session|our)\s+)?$|\b(?:schedules?|times?)\s+(?:and|&)\s+$/i;

const PAY_FOR_SESSIONS =
  /^\s+(?:(?:for|per)\s+(?:(?:each|every|all|any|the|your|missed|cancel+ed|unattended|whole|full|entire|a)\s+){0,2}(?:(?:group|therapy|weekly|\d+|[\w-]+-week)\s+){0,2}(?:sessions?|groups?|meetings?|classes|months?|weeks?|modules?|blocks?|series|course|programmes?|programs?|cycles?|terms?)|(?:in\s+advance|up\s+front|upfront|monthly|weekly|at\s+(?:each|every|the\s+(?:start|end|beginning|close)\s+of)\b))\b/i;

// How members pay, said without a fee word: a public payer or plan ("We accept Medicaid", "OHIP covers this group"), a network
// ("in-network with most plans"), a superbill, health or employee accounts, or nothing to pay.
const PAYMENT = new RegExp(
  [
    String.raw`\b(?:Medicaid|Medicare|Medi-Cal|TRICARE|OHIP|MSP)\b`,
    // "Covered by the provincial health plan", "covered by your provincial plan".
    String.raw`\bcovered\s+by\s+(?:the\s+|your\s+)?(?:provincial|state|public|national)\s+(?:health\s+)?(?:plan|insurance|scheme)\b`,
    // (Not "a built-in network of support".)
    String.raw`(?<![\w-])(?:in|out[-\s]of)[-\s]network\b`,
    String.raw`\bsuperbills?\b`,
    String.raw`\b(?:HSA|FSA)\b`,
    String.raw`\bEAP\s+(?:sessions?|benefits?|plans?|programs?|programmes?)\b`,
    String.raw`\b(?:nothing\s+to\s+pay|pay\s+nothing|no\s+out-of-pocket)\b`,
    // The payer named by who it is, paying: "most insurers will pay for the group", "health insurers cover it", "reimbursed by your
    // insurer", "check with your insurer". (Not an insurer only named: "we do not work with insurers".)
    String.raw`\binsurers?\b[^.;:!?,]{0,40}?\b(?:pay|pays|paid|cover|covers|covered|reimburse[sd]?|reimbursement)\b` +
      String.raw`|\b(?:paid|covered|reimbursed|billed|bill|claim)\s+(?:(?:for\s+)?by|to|from|with|through)\s+(?:[\w-]+\s+){0,2}?insurers?\b` +
      String.raw`|\bcheck\s+with\s+(?:your\s+)?insurers?\b`,
  ].join('|'),
  'gi',
);

const NO_COST_ASSESSMENT =
  /^(?:no[-\s]+(?:cost|charge)|cost[-\s]free|at\s+no\s+(?:cost|charge))[,\s]+(?:(?:confidential|initial|free|brief|private|phone|telephone)\s*,?\s+)*(?:assessments?|consultations?|consults?|screenings?|evaluations?|intakes?|phone\s+calls?)\b/i;
const ASSESSMENT_BEFORE =
  /\b(?:assessments?|consultations?|consults?|screenings?|evaluations?)\s+(?:(?:is|are)\s+)?(?:(?:offered|provided|available|done|given)\s+)?(?:(?:at\s+)?no[-\s]+)?$/i;

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
        // ("Pay" alone may be attention; paying for the sessions is fee information, with or without an amount: "to pay for every session
        // whether I attend or not", "you pay per session", "pay for the whole block in advance".)
        (!/^pay$/i.test(m.text) || PAY_FOR_SESSIONS.test(textAfter(m))) &&
        m.stance !== 'question' &&
        // (Nor "Free" inside a name: "Grace Evangelical Free Church".)
        !freeInAName(m) &&
        // (Nor something free beside the group: "a free 20-minute pre-group conversation", "free parking".)
        !/^free\s+(?:(?:\d+|fifteen|twenty|thirty)[-\s]?min(?:ute)?s?\s+)?(?:pre-?group\s+|initial\s+|introductory\s+|online\s+)?(?:(?:[\w-]+\s+){0,2}?(?:taster|trial|information|introductory|drop-in\s+information)\s+(?:sessions?|classes|evenings?|webinars?)|parking|screening|consult|call|phone|evaluation|assessment|intake|coffee|snacks|information|orientation|conversation|chat|interview|meeting\s+with)/i.test(
          m.sentence.text.slice(m.index - m.sentence.from),
        ) &&
        // (Nor an assessment or consultation before the group at no cost: "a no-cost, confidential assessment", "assessments are offered
        // at no cost".)
        // (The "cost" of "no-cost" is read from its "no".)
        !NO_COST_ASSESSMENT.test((/(?:\bat\s+)?\bno[-\s]+$/i.exec(textBefore(m))?.[0] ?? '') + m.sentence.text.slice(m.index - m.sentence.from)) &&
        !ASSESSMENT_BEFORE.test(textBefore(m)) &&
        // A cost compared, not stated: "at lower cost to families than individual counselling".
        !/\b(?:lower|less|reduced|higher|greater|fraction\s+of\s+the)\s+$/i.test(textBefore(m)) &&
        // Nor one said to be less than something else ("the price of group therapy is significantly less than…"), or a pointer to
        // the fees somewhere else ("for information on fees", "the link Group Schedules and Fees").
        !COMPARED_AFTER.test(textAfter(m)) &&
        !POINTER_BEFORE.test(textBefore(m)),
    );
    if (said || model.find(PAYMENT).some((m) => m.stance !== 'question') || extraMatches(ctx).length) return;
    ctx.report({
      ...ctx.titleRange(),
      message: 'The flyer does not say what the group costs. Give the fee and whether it is private pay or billed to insurance.',
      suggestions: [
        fixOf('Insert a fee line to fill in', placeholderLine(model, ['Fee: ', 'amount', ' per session (', 'private pay or insurance', ').'], belowKind(ctx))),
      ],
    });
  },
);
