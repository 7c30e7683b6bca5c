// A learned second opinion on the kind: a naive Bayes model over words and word pairs,
// trained by scripts/build-kind-model.ts on the team's own labelled documents (never on the
// real pages it is measured on). The patterns decide first; this is asked only when they see
// group material but cannot name its kind, and it explains itself with the words it rests on.
import type { Kind } from './types';
import { KIND_MODEL } from './kind-model.generated';

export interface LearnedKind {
  kind: Kind;
  /** Log-odds for the kind chosen (positive; larger is surer). */
  margin: number;
  /** The words that weighed most toward the kind chosen, strongest first. */
  evidence: string[];
}

// Words that carry no kind: they only dilute the pairs.
const STOP = new Set(
  (
    'a an the and or of to in on at for with by is are be been it its this that these those we our us you your as from ' +
    'they them their he she his her i me my will can may have has had not no but if so do does all any was were what who which there ' +
    'must should would could might shall while most more also just very than then into'
  ).split(' '),
);

/** The features of a text: its distinct words and adjacent word pairs, lower-cased. */
export function features(text: string): Set<string> {
  const words = (
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  ).map((w) => w.replace(/’/g, "'"));
  const out = new Set<string>();
  let prev = '';
  for (const w of words) {
    const content = !STOP.has(w);
    if (content) out.add(w);
    // Pairs of content words only ("licensed therapist", "peer led"): a pair of function words says nothing a reader could check.
    if (prev && content) out.add(`${prev} ${w}`);
    prev = content ? w : '';
  }
  return out;
}

/** Only answers when the model leans clearly (log-odds at least `minMargin`). */
export function learnedKind(text: string, minMargin = KIND_MODEL.threshold): LearnedKind | undefined {
  const weights = KIND_MODEL.weights as Record<string, number>;
  let score = KIND_MODEL.prior;
  const seen: Array<[string, number]> = [];
  for (const f of features(text)) {
    const w = weights[f];
    if (w === undefined) continue;
    score += w;
    seen.push([f, w]);
  }
  if (Math.abs(score) < minMargin) return undefined;
  const kind: Kind = score > 0 ? 'support' : 'therapy';
  const sign = score > 0 ? 1 : -1;
  const leaning = seen.filter(([, w]) => w * sign > 0).sort((a, b) => b[1] * sign - a[1] * sign);
  // A reading that rests on no word a reader would take for a sign of the kind it names ("already", "learn", "accept"; "abuse",
  // "structured"; "group members" for group therapy) is the model's guess, not evidence: it says nothing, and the page is asked
  // to declare its kind. (Among the dozen words that weigh most.) The signs it rests on are quoted first.
  const words = leaning.map(([f]) => f);
  const evidence = signsFirst(kind, words, words);
  return evidence && { kind, margin: Math.abs(score), evidence };
}

/**
 * The evidence for a learned reading of `kind`, its signs quoted first: undefined when none of the dozen words that weigh most
 * (`ranked`, strongest first) is a sign of that kind. `shown` fills the rest of the four words quoted. Support may be given wider
 * signs (the page-kind model counts the kind's own word, "support").
 */
export function signsFirst(kind: Kind, ranked: readonly string[], shown: readonly string[], supportSign: RegExp = SUPPORT_SIGN): string[] | undefined {
  const signs = ranked.slice(0, 12).filter((f) => (kind === 'therapy' ? THERAPY_SIGN : supportSign).test(f));
  if (signs.length === 0) return undefined;
  const quoted = signs.slice(0, 2);
  return [...quoted, ...shown.filter((f) => !quoted.includes(f))].slice(0, 4);
}

/** Words a reader would take for a sign of group therapy: clinical care and its business. */
const THERAPY_SIGN =
  /therap|counsel|psych|clinic|licen[cs]|\b(?:lcsw|lpc|lmft|lmhc|mft|dbt|cbt|rn|md|phd)\b|patient|client|treatment|outpatient|referr|diagnos|intake|assessment|insurance|copay|billed|\bbill|\bfees?\b|sliding|\bcost|charge|\bpaid\b|\bpay|confidential|\blaw\b|legal/;
/** Words a reader would take for a sign of a support group: peers helping one another, for free. */
// (A group's members, not a household's, a staff's or a board's: "family members", "staff members" say nothing of peers.)
export const SUPPORT_SIGN =
  /\bfree\b|\bpeer|volunteer|mutual|fellowship|(?<!\b(?:family|staff|board|team|service|committee|council|faculty)\s)member|lived|self-help|\bshar(?:e|ing)\b/;
