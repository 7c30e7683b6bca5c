import { anyOf } from '../engine/patterns';
import { defineRule, fixOf } from '../engine/rule';
import { insertUnderTitle } from '../engine/fix';
import { THERAPY_NAME } from '../engine/vocab';
import type { Match } from '../engine/document';
import { isNavigationBlock, textAfter, textBefore } from '../engine/document';
import { containsWording, extraMatches, fixOrSuggestion, kindSettled } from './shared';

// "Group counseling is a form of psychotherapy", "this is therapy", "a clinical service".
// "It is a very active therapy", "the ACT group is a powerful psychotherapy": up to three words between,
// but not "a complement to therapy" or "a substitute for therapy".
const IS_THERAPY = anyOf([
  // ("As" of a comparison or a list is no statement: "as well as cognitive therapy-based exercises", "such as art therapy". Nor is a
  // method's adjective: "therapy-based", "therapy-informed".)
  String.raw`(?:\b(?:is|are)|(?<!\b(?:well|such|same|much|far|long|soon)\s)\bas)\s+(?:a\s+|an\s+)?(?:(?!(?:to|for|with|than|not|part|substitute|replacement|alternative|complement|addition|adjunct|preparation` +
    String.raw`|bridge|step|break)\b)[\w-]+\s+){0,3}?(?:(?:form|type|kind)\s+of\s+)?(?:group\s+)?(?:psycho)?therapy\b(?![-\s](?:based|informed|inspired|derived|oriented|trained)\b)` +
    // (Nor what an organisation is: "Birchwood Teens is a Dialectical Behavior Therapy program", "… is a family therapy practice".)
    String.raw`(?!\s+(?:\([A-Za-z-]+\)\s+)?(?:programs?|programmes?|practices?|clinics?|cent(?:er|re)s?|providers?|organi[sz]ations?|compan(?:y|ies)|offices?|services?)\b)`,
  String.raw`\bclinical\s+(?:group|service|treatment\s+group)\b`,
  String.raw`\b(?:psycho)?therapy\s+(?:in\s+a\s+)?group\s+(?:format|setting)\b`,
  // "We provide group-based psychotherapy".
  String.raw`\bgroup[-\s]based\s+(?:psycho)?therapy\b`,
  // Group therapy named with one-to-one work, the group first: "group and individual therapy", "Group plus Individual DBT therapy".
  String.raw`\bgroup\s+(?:and|plus|&|\+)\s+individual\s+(?:[\w-]+\s+)?(?:psycho)?therapy\b`,
]);

// A method, not the group: "ACT is a well-researched behavior therapy", "Cognitive Behavioral Therapy
// (CBT) is a type of therapy", "RO DBT is an evidence-based therapy". Saying what a method is does not say that this group is therapy.
const METHOD_SUBJECT = /^\W*(?:\b(?:CBT|DBT|ACT|EMDR|CPT|IPT|MBCT|MBSR|RO[-\s]DBT|CBT-?I)\b|[\p{L}\s-]*\btherapy\s*(?:\([\p{Lu}-]+\))?)\W*\s*$/iu;

// Nor a clause on a method the group uses, after its name: "Each session uses Acceptance and Commitment Therapy, which is a
// well-tested therapy for chronic pain", "It is based on CBT, which is an evidence-based therapy". What "which" is said of is the
// method. (Not "This class is an 8-week series, which is a structured therapy": there it is the class.)
const METHOD_ANTECEDENT =
  /(?:\b(?:CBT|DBT|ACT|EMDR|CPT|IPT|MBCT|MBSR|RO[-\s]DBT|CBT-?I)\b|\btherap(?:y|ies)\b)\s*(?:\([\p{Lu}-]+\))?(?:\s+(?:for|in|of)(?:\s+[\p{L}'’-]+){1,4})?(?:\s*,)?\s+(?:which|that)\s+$/iu;
// A form's caption: the kind's name before a document's noun ("Group Counseling Permission", "Group Therapy Referral Form"), or opening
// a line that runs into blanks to fill ("Group Counseling Permission Pupil ______"). It names the form, not what the group is.
const DOCUMENT_NOUN =
  /^\s+(?:(?:permission|consent|registration|enrol(?:l)?ment|application|agreement|release|waiver)(?:\s+(?:forms?|slips?|letters?|sheets?))?|(?:referral|sign-?up|intake)\s+(?:forms?|slips?|letters?|sheets?)|forms?|slips?)\b/i;
const INTO_BLANKS = /^[^.;!?]{0,60}?_{3,}/;
const asCaption = (m: Match): boolean => DOCUMENT_NOUN.test(textAfter(m)) || (/^[\W_]*$/.test(textBefore(m)) && INTO_BLANKS.test(textAfter(m)));

// The kind named as what a payer pays for, "most insurers that pay for group psychotherapy", "plans that cover group therapy": what is
// paid for, not what this group is.
const PAID_FOR = /\b(?:pay|pays|paid|paying|cover|covers|covered|covering|reimburse|reimburses|reimbursed)\s+(?:for\s+)?$/i;

export default defineRule(
  {
    id: 'therapy-statement',
    kind: 'therapy',
    defaultSeverity: 'warning',
    description: 'A group-therapy flyer says in so many words that the group is therapy.',
    // A fix when the kind is declared or named by the document; a suggestion when it is only inferred from signals.
    fixable: true,
    hasSuggestions: true,
  },
  (ctx) => {
    const { model, config } = ctx;
    const ofTheGroup = (m: Match) => !METHOD_SUBJECT.test(textBefore(m)) && !METHOD_ANTECEDENT.test(textBefore(m).slice(-120));
    // ("Group treatment" names the kind for the kind's sake, but is no plain statement that the group is therapy.)
    const plain = (m: Match) => !/^group\s+treatment$/i.test(m.text);
    // A statement is a sentence in prose: the kind's name in the title, a heading or a navigation line ("Home > Services > Group
    // Therapy") labels the page, it says nothing to the reader about this group.
    // (Nor does a label that opens a paragraph, "Group Counseling: brings people … together", heading what follows.)
    const asLabel = (m: Match) => /^[\W_]*$/.test(textBefore(m)) && /^[*_]*\s*:/.test(textAfter(m));
    // (Nor a first line that heads the page with no blank line under it, "Sunday Therapy Group\nWe meet…", unless it is a
    // sentence that lost its full stop: "This is group therapy\nWe meet…".)
    const runIn = model.runInHeading;
    const inProse = (m: Match) =>
      m.block !== model.title && m.sentence !== runIn && m.block.type !== 'heading' && !isNavigationBlock(m.block) && !asLabel(m) && !asCaption(m);
    const stated = [...model.find(THERAPY_NAME).filter((m) => plain(m) && !PAID_FOR.test(textBefore(m))), ...model.find(IS_THERAPY).filter(ofTheGroup)].some(
      (m) => m.stance === 'affirmed' && inProse(m),
    );
    if (stated || containsWording(ctx, config.wording.therapyStatement) || extraMatches(ctx).some((m) => m.stance === 'affirmed')) return;
    ctx.report({
      ...ctx.titleRange(),
      message:
        'This group-therapy flyer never says plainly that the group is therapy. ' +
        'A name like "skills group" is not enough; state it, e.g. "This is group therapy".',
      ...fixOrSuggestion(
        kindSettled(ctx),
        fixOf('Insert the group-therapy statement under the title', insertUnderTitle(model, config.wording.therapyStatement)),
      ),
    });
  },
);
