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
