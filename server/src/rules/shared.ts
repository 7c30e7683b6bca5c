// Small helpers the rule modules share.
import type { RuleContext } from '../engine/rule';
import type { Match } from '../engine/document';
import type { Sentence } from '../engine/parse';
import { phrasePattern } from '../engine/rule';

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
const THERAPY_AS_SUBJECT = new RegExp(
  [
    String.raw`\b(?:group\s+(?:psycho)?therapy|(?:psycho)?therapy\s+groups?|group\s+counsel(?:l)?ing|(?:a|the)\s+(?:licensed\s+|trained\s+)?therapist|therapists|clinicians)\b` +
      String.raw`(?:\s+[\w'’-]+){0,3}?\s+(?:is|are|offers?|provides?|involves?|uses?|means?|costs?|charges?|keeps?|takes?|may|can|will|often|usually|typically|bills?|gives?|leads?|runs?|includes?)\b`,
    String.raw`\b(?:in|unlike|with|during)\s+(?:a\s+)?(?:group\s+)?(?:psycho)?therapy(?:\s+groups?)?\b`,
  ].join('|'),
  'i',
);

/** Is the match said of group therapy in general, not of this support group? */
export function saidOfTherapy(m: Match): boolean {
  if (THERAPY_AS_SUBJECT.test(m.sentence.text.slice(0, m.index - m.sentence.from))) return true;
  // "Group therapy is a clinical service. It often includes homework.": the pronoun carries the subject on.
  const sentences = m.block.sentences;
  const at = sentences.indexOf(m.sentence);
  const opensWithPronoun = /^[\W_]*(?:it|they)\b/i.test(m.sentence.text) || /\bleads?\s+it\b/i.test(m.sentence.text);
  return at > 0 && opensWithPronoun && THERAPY_AS_SUBJECT.test(sentences[at - 1].text);
}
