import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle, replaceSentence } from '../engine/fix';
import { FREE } from '../engine/vocab';
import { isOnlyAbout, onePerSentence, quote, wordCount, saidOfTherapy } from './shared';

const CHARGE = new RegExp(
  String.raw`\b(?:fees?|co-?pays?|co-?insurance|deductibles?|prices?|(?<!(?:low|reduced|no|sliding)[-\s])costs?(?![-\s]+benefit)|tuition|billed|billing|invoiced?|self-?pay|private[-\s]pay|out[-\s]of[-\s]pocket|sliding[-\s]scale)\b|\binsurance\b|\bcharge[sd]?\b(?<!in\s+charge)|\bpay(?:ment)?\s+(?:for|per|of|is|a)\b|[$€£]\s?\d+(?:[.,]\d\d)?|\b\d+\s?(?:dollars|usd|eur|euros)\b`,
  'gi',
);
const REQUIRED_DONATION = /\b(?:required|mandatory|minimum|compulsory)\s+donations?\b|\bdonations?\b[^.;!?]{0,30}\b(?:required|mandatory|expected|due)\b|\bmust\s+(?:donate|make\s+a\s+donation)\b/gi;
const BILLING = /\b(?:accept|bill|cover|co-?pay|in-network|out-of-network|claims?|reimburs|plans?|take|submit)/i;
const INVITED = /\bdonat(?:e|ion|ions)\b|\bsuggested\b|\boptional\b|\bwelcome\b|\bappreciated\b/i;
const ANY_COST = /\bfees?\b|\bcosts?\b|\bcharge\b|\binsurance\b|[$€£]\s?\d|\bprice\b|\bpay\b|\bdonations?\b/gi;
// Prices of other things than attending.
// "Free parking", "free coffee": free things, not free attendance.
const FREE_THING = /^free\s+(?:parking|coffee|snacks|refreshments|child\s*care|wi-?fi|lunch|dinner|breakfast|food|books?|materials|resources|valet|transportation|shuttle|screening|consult(?:ation)?|call|phone|evaluation|assessment|intake|t-shirts?|gifts?)\b/i;
const ELSEWHERE = /\bparking\b|\bbus\b|\btransit\b|\bmetro\b|\bcaf[eé]\b|\bfundrais|\braised\b|\bbooks?\s+(?:for\s+sale|cost)\b/i;

export default defineRule(
  {
    id: 'support-free',
    kind: 'support',
    defaultSeverity: 'warning',
    description: 'A support group is free: no fee, insurance or required donation, and the flyer says what attending costs.',
    fixable: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    const required = model.affirmed(REQUIRED_DONATION).filter((m) => !/\b(?:never|not|no)\b|n't/i.test(m.text));
    const charges = [...model.affirmed(CHARGE), ...(ctx.extra ? model.affirmed(ctx.extra) : [])].filter((m) => {
      const s = m.sentence.text;
      if (saidOfTherapy(m)) return false;
      // "**What it costs.** Nothing at all.": the next sentence answers the label.
      const next = m.block.sentences[m.block.sentences.indexOf(m.sentence) + 1];
      if (next && /^[\W_]*(?:nothing|none|zero|free|no\s+(?:cost|charge|fee)|\$\s?0\b)/i.test(next.text)) return false;
      // "Parking costs $3" prices something else; look only at what leads up to the match.
      if (ELSEWHERE.test(s.slice(0, m.index - m.sentence.from + m.text.length))) return false;
      // A heading "Cost" is a label, not a charge; its section says what it costs.
      if (m.block.type === 'heading' && wordCount(m.sentence) <= 4) return false;
      // Insurance as a topic ("insurance fights") is not billing.
      if (/^insurance$/i.test(m.text) && !BILLING.test(s)) return false;
      // "$5 suggested donation", "donations welcome" invite; they do not charge.
      return !(INVITED.test(s) && !required.some((r) => r.sentence === m.sentence));
    });
    const found = onePerSentence([...required, ...charges].sort((a, b) => a.start - b.start));
    for (const m of found) {
      // A table row is not a sentence to replace: the table would break.
      const inTable = m.block.type === 'cell';
      const short = !inTable && isOnlyAbout(m.sentence, 14);
      const edit = replaceSentence(model, m.sentence, config.wording.free);
      const fix = fixOf('Replace with the free-attendance wording', edit);
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${quote(m.text)}: support groups are free to attend. A donation for the room or refreshments may be invited, never required, and no fee or insurance is involved.`,
        fix: short ? fix : undefined,
        suggestions: short || inTable ? undefined : [fix],
      });
    }
    if (found.length) return;
    const saysCost = model.find(FREE).some((m) => m.stance !== 'question' && !FREE_THING.test(m.sentence.text.slice(m.index - m.sentence.from))) || model.find(ANY_COST).some((m) => m.stance !== 'question');
    if (saysCost) return;
    ctx.report({
      ...ctx.titleRange(),
      severity: 'information',
      message: 'The flyer never says what attending costs. Say that the group is free, so nobody has to guess or stay away.',
      fix: fixOf('Insert the free-attendance wording under the title', insertUnderTitle(model, config.wording.free)),
    });
  },
);
