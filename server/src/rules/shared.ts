// Small helpers the rule modules share.
import { anyOf } from '../engine/patterns';
import type { RuleContext } from '../engine/rule';
import type { DocumentModel, Match } from '../engine/document';
import { textBefore } from '../engine/document';
import { otherLanguageOf } from '../engine/languages';
import type { Sentence } from '../engine/parse';
import type { Edit, Fix } from '../engine/types';
import { fixOf, phrasePattern } from '../engine/rule';
import { declareKind } from '../engine/fix';
import { KINDS } from '../engine/types';
import {
  FELLOWSHIP,
  formatInCapitals,
  formatNamesGroup,
  kindNameOfOrganisation,
  offeredAsOwn,
  SELF_SUPPORT,
  SELF_THERAPY,
  SUPPORT_NAME,
  THERAPY_FORMAT,
  THERAPY_NAME,
} from '../engine/vocab';

// A support group called a counselling or treatment programme or service, in apposition or as what it is: "the Harbour Grief
// Support Group, a free eight-week counselling programme", "our carers' support group is also a counselling service". The group
// is named and run as a support group; the page frames it as care (support-no-therapy-claims), and it is both kinds only where
// the page's other words make it so (kind-conflict: a fee charged and a clinician). (Not "is not a counselling programme", nor a
// therapy group or programme, which names the other kind outright: kind-conflict's BOTH_AT_ONCE.)
export const SUPPORT_CALLED_CARE = anyOf([
  String.raw`\b(?:peer\s+)?support\s+groups?\b,?\s+(?:(?:is|are)\s+)?(?:also\s+)?(?:a|an|our|one\s+of\s+our)\s+(?:[\w'’-]+\s+){0,4}?` +
    // (Not a phrase set before a sentence of its own: "Beside the support group, a counselling service is open on weekdays".)
    String.raw`(?:counsel(?:l)?ing|treatment)\s+(?:program(?:me)?|service)s?\b(?!\s+(?:is|are|was|were|will|can|may|runs?|opens?|meets?|offers?|provides?|has|have)\b)`,
]);

/** Does the configured wording appear in the prose (so the statement is present)? */
export function containsWording(ctx: RuleContext, wording: string): boolean {
  // As a literal pattern it goes through the model's per-block match cache.
  const re = phrasePattern([wording.replace(/[*_`]/g, '')]);
  return !!re && ctx.model.mentions(re);
}

/** Matches of the practice's extra phrases for this rule, whatever their stance. */
export function extraMatches(ctx: RuleContext): Match[] {
  return ctx.extra ? ctx.model.find(ctx.extra) : [];
}

/** Number of words in a sentence. */
export function wordCount(s: Sentence): number {
  return s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Is the sentence only about the matched thing (short, a single item, not a list of things)? */
export function isOnlyAbout(s: Sentence, maxWords = 12): boolean {
  if (wordCount(s) > maxWords) return false;
  const rest = s.text.replace(/^[^:]{0,30}:\s*/, '');
  return !/[,;]|\band\b.*\band\b/i.test(rest);
}

/** Keep the first match per sentence. */
export function onePerSentence(matches: Match[]): Match[] {
  const seen = new Set<Sentence>();
  return matches.filter((m) => (seen.has(m.sentence) ? false : (seen.add(m.sentence), true)));
}

/** Join a list of quoted words for a message. */
export function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

// A sentence about group therapy in general, on a support flyer that explains the difference:
// "Group therapy is a clinical service and costs $40", "In group therapy, members get homework".
const THERAPY_AS_SUBJECT = anyOf(
  [
    String.raw`\b(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+groups?|group\s+counsel(?:l)?ing|(?:a|the)\s+(?:licensed\s+|trained\s+)?therapist` +
      String.raw`|(?<!\b(?:our|my)\s+)(?:therapists|clinicians))\b(?:\s+[\w'’-]+){0,3}?\s+(?:is|are|offers?|provides?|involves?|uses?|means?|costs?|charges?|keeps?|takes?|may|can` +
      String.raw`|will|often|usually|typically|bills?|gives?|leads?|runs?|includes?)\b`,
    String.raw`\b(?:in|unlike|with|during)\s+(?:a\s+)?(?:group\s+)?(?:psycho)?therapy(?:\s+groups?)?\b`,
  ],
  'i',
);

/** Is the match said of group therapy in general, not of this support group? */
export function saidOfTherapy(m: Match): boolean {
  if (THERAPY_AS_SUBJECT.test(textBefore(m))) return true;
  // "Group therapy is a clinical service. It often includes homework.": the pronoun carries the subject on.
  const sentences = m.block.sentences;
  const at = sentences.indexOf(m.sentence);
  const opensWithPronoun = /^[\W_]*(?:it|they)\b/i.test(m.sentence.text) || /\bleads?\s+it\b/i.test(m.sentence.text);
  return at > 0 && opensWithPronoun && THERAPY_AS_SUBJECT.test(sentences[at - 1].text);
}

// ---- fixes and suggestions -----------------------------------------------------------

// What may come before the name in a sentence that opens by naming the group: nothing
// ("Peer support for caregivers"), an article and a few words ("A weekly", "Our free"),
// an invitation ("Join our", "I'm starting a new moms"), or the group's own name, on its
// own ("PARKINSON'S SUPPORT GROUP", "Millbrook Grief Support Group") or before "is a".
const OPENS_WITH_NAME = anyOf(
  [
    String.raw`^[\W_]*(?:(?:(?:join|welcome\s+to|introducing|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:starting|launching|forming|hosting|running` +
      String.raw`|opening))\s+)?(?:a|an|our|this|the|my)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3})?$`,
  ],
  'iu',
);
const PROPER_NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){1,4}`;
const NAMED = new RegExp(String.raw`^[\W_]*${PROPER_NAME}(?:(?:is|are)\s+(?:a|an|our|the)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3})?$`, 'u');
// A clinical format as the name of a group ("DBT skills group"), not a method in passing ("we use DBT skills").
const FORMAT_AS_NAME = /\b(?:groups?|class(?:es)?|programs?|courses?|training|outpatient|IOP)$/i;

/**
 * May a statement of the document's own kind (the support disclaimer, "this is group
 * therapy") be a fix, applied without a person looking? Only when the kind is the author's:
 * declared in front matter or configuration, or named by the document itself, in its title,
 * in a statement of what it is ("this is a peer support group") or in a sentence that opens
 * by naming it ("A DBT skills group for adults"). A kind read only from signals (a fee, a
 * licensed leader, "free", "drop-in", the learned model) gets the statement as a suggestion.
 */
export function kindSettled(ctx: RuleContext): boolean {
  if (ctx.kindSource === 'front-matter' || ctx.kindSource === 'config') return true;
  if (ctx.kindSource !== 'inferred' || !ctx.kind) return false;
  const { model } = ctx;
  // (A page read in another language gets the wording in English, or the practice's own: a person decides where it goes.)
  if (otherLanguageOf(model)) return false;
  const names = ctx.kind === 'support' ? [SUPPORT_NAME, FELLOWSHIP] : [THERAPY_NAME, THERAPY_FORMAT];
  const self = ctx.kind === 'support' ? SELF_SUPPORT : SELF_THERAPY;
  if (model.find(self).some((m) => m.stance === 'affirmed')) return true;
  return names.some((re) =>
    model.find(re).some((m) => {
      if (m.stance === 'negated' || m.stance === 'question') return false;
      // "ACT group", not "the way we act": the method's initials count only in capitals.
      // (Nor a method's bare initials with no group word near them: a title "Teen DBT at Birchfield".)
      if (re === THERAPY_FORMAT && !(formatInCapitals(m.text) && formatNamesGroup(m))) return false;
      // The title, or a heading-like line of its own ("PARKINSON'S SUPPORT GROUP"), or run into the text below (see runInHeading).
      if (m.block === model.title || m.sentence === model.runInHeading || model.headings.includes(m.block)) return true;
      if (re === THERAPY_FORMAT && !FORMAT_AS_NAME.test(m.text)) return false;
      const before = textBefore(m);
      return m.stance === 'affirmed' && (OPENS_WITH_NAME.test(before) || NAMED.test(before));
    }),
  );
}

/**
 * The names of each kind the page affirms ("support group", "group therapy", "DBT skills group"), as written; with `own`,
 * only those the page offers as its own (offeredAsOwn). Group material with both, and no kind read,
 * has words of both kinds for its group or groups (kind-conflict speaks); one with neither never names its kind (declare-kind).
 */
export function kindsNamed(ctx: RuleContext, own = false): { support: Match[]; therapy: Match[] } {
  const keep = (m: Match) => m.stance === 'affirmed' && (!own || offeredAsOwn(m, ctx.model));
  const named = (re: RegExp) => ctx.model.find(re).filter(keep);
  return {
    support: named(SUPPORT_NAME),
    // (Not a kind's name that opens an organisation's, "The Group Psychotherapy Society of Lakeside": the host, not a group.)
    therapy: [
      ...named(THERAPY_NAME).filter((m) => !kindNameOfOrganisation(m)),
      ...named(THERAPY_FORMAT).filter((m) => formatInCapitals(m.text) && formatNamesGroup(m)),
    ],
  };
}

/** The two suggestions that declare the kind in front matter ("group: support", "group: therapy"), one per kind. */
export function declareKindSuggestions(model: DocumentModel): Fix[] {
  return KINDS.map((k) => fixOf(`Declare this a ${k === 'support' ? 'support group' : 'therapy group'} (front matter "group: ${k}")`, declareKind(model, k)));
}

/** The edit as a fix when `safe`, else as a suggestion (for `ctx.report`). */
export function fixOrSuggestion(safe: boolean, fix: Fix): { fix?: Fix; suggestions?: Fix[] } {
  return safe ? { fix } : { suggestions: [fix] };
}

/** An edit as a suggestion list, or none when no edit leaves the Markdown whole. */
export function suggestion(title: string, edit: Edit | undefined): Fix[] {
  return edit ? [{ title, edits: [edit] }] : [];
}

/** The practice's kind statements, so other insertions go below them (see insertUnderTitle). */
export function belowKind(ctx: RuleContext): { belowKindStatement: true; kindWording: string[] } {
  return { belowKindStatement: true, kindWording: [ctx.config.wording.disclaimer, ctx.config.wording.therapyStatement] };
}
