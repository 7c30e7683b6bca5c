/**
 * A cheap test that rules a pattern out before it is run: the literal strings one of which every
 * match of a regular expression must contain. A block of prose that holds none of them cannot
 * match, so the expression is never run over it (most blocks hold none of a pattern's words).
 *
 * The strings are read from the pattern's source by a small reader of the syntax the engine's
 * patterns use. It is conservative: anything it does not understand contributes no requirement,
 * and a pattern with an alternative that requires nothing gets no prefilter at all, so the answer
 * "cannot match" is only ever given when it is certain.
 *
 * The engine's own patterns are read ahead of time by scripts/build-prefilters.ts (prefilters.generated.ts):
 * read at start-up, they cost a CLI run over 1,000 flyers a twentieth of its instructions (one over 100 flyers,
 * a tenth), most of it V8 optimising the reader's functions for a run that lasts a moment.
 */
import { hashLanes } from './hash53';
import { PREFILTERS } from './prefilters.generated';

/**
 * What a piece of a pattern requires: a match of it contains one of these strings (null: nothing
 * known). The empty string, which no literal in a pattern reads as, stands for any digit 0–9 (\d).
 */
type Need = string[] | null;

/** The requirement of \d in a Need: a digit, whichever. */
const DIGIT = '';

/** A parsed piece of a sequence: its requirement, and the literal character it is, if it is exactly one. */
interface Atom {
  need: Need;
  char?: string;
  min: number;
  max: number;
}

/** A requirement as tested: a match holds one of its needles, or a digit when `digit`. */
export interface Clause {
  /** Lower-cased when the pattern ignores case. */
  needles: string[];
  /**
   * Per needle, the pairs of letters it holds (see letterPairs), least common first: a text
   * lacking one cannot hold the needle.
   */
  pairs: number[][];
  /**
   * One pair of each needle (its least common), gathered by first letter as in TextIndex.rows:
   * [first letter, second letters' bits, …]. A text holding none of them holds no needle, which
   * one test per first letter tells, instead of a loop over every needle (a pattern has up to
   * fifty) for each of the hundreds of pattern and block pairs a document has.
   */
  quick: number[];
  /**
   * For the needles without a pair of letters, one mark each (see MARKS): a text holding none
   * of these and none of `quick`'s pairs holds no needle. Both empty: every needle is searched.
   */
  marks: number;
  /** Per needle, the runs of three letters it holds (see LetterIndex.triples), rarest first. */
  triples: number[][];
  /** Its place among its prefilter's `all` clauses, whose answers a test keeps (see meets); -1 for the prefilter's own. */
  slot: number;
  /**
   * Or a digit 0–9: an alternative of the pattern needs one, as times, prices and counts of weeks do
   * (rarer in prose than any short word, and a pattern with such an alternative had no prefilter).
   */
  digit: boolean;
}

/** What every match of a pattern requires (its fields), and per alternative what a match of it requires. */
export interface Prefilter extends Clause {
  /**
   * Per alternative of the pattern, every requirement of it, when one has more than one: a block
   * must meet all of one alternative's. Null when the one requirement above is all that is known.
   * A requirement shared by several alternatives is one Clause, and each alternative's are in the
   * order least likely to be met first (see likelier).
   */
  all: Clause[][] | null;
  /** How many different clauses `all` holds. */
  slots: number;
  ignoreCase: boolean;
}

/**
 * What a prefilter reads of a text, computed once however many patterns are tested: the text
 * lower-cased, and which pairs of adjacent letters a–z occur in it, so most needles are ruled
 * out by a few bit tests before any search of the text.
 */
export interface TextIndex extends LetterIndex {
  lower: string;
}

/** The part of a text's index that tells without a search which needles it cannot hold. */
export interface LetterIndex {
  /**
   * Per first letter a–z, the second letters that follow it somewhere (bit 0 for a): 26 bits,
   * which stay small integers, in a plain array that is cheaper to make than a typed one.
   */
  rows: number[];
  /** Does the text hold a digit 0–9? */
  digit: boolean;
  /** Which of the marks (see MARKS) the text holds, as bits. */
  marks: number;
  /**
   * Of several texts together (joinIndexes): which runs of three letters a–z occur in them, one
   * bit each (tripleOf), so a needle is ruled out without a search of them all.
   */
  triples?: Int32Array;
}

/** The bit number of three letters a–z (0–25 each) in LetterIndex.triples. */
function tripleOf(a: number, b: number, c: number): number {
  return (a * 26 + b) * 26 + c;
}

/** Each run of three letters a–z in a lower-cased text, in order (repeats included): its bit number (tripleOf) and its letters. */
function eachTriple(lower: string, visit: (t: number, a: number, b: number, c: number) => void): void {
  let a = -1;
  let b = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i) - 97;
    if (c < 0 || c >= 26) {
      a = b = -1;
      continue;
    }
    if (a >= 0) visit(tripleOf(a, b, c), a, b, c);
    a = b;
    b = c;
  }
}

/** The runs of three letters a–z in a lower-cased needle, each once, as bit numbers (tripleOf), rarest first (by their pairs). */
function triplesIn(lower: string): number[] {
  const out: number[] = [];
  const rarity: number[] = [];
  eachTriple(lower, (t, a, b, c) => {
    if (out.includes(t)) return;
    // (A stable insertion by the rarer of its two pairs, as letterPairs orders pairs.)
    const r = Math.max(RARITY[a * 26 + b], RARITY[b * 26 + c]);
    let j = out.length;
    for (; j > 0 && rarity[j - 1] < r; j--) {
      out[j] = out[j - 1];
      rarity[j] = rarity[j - 1];
    }
    out[j] = t;
    rarity[j] = r;
  });
  return out;
}

/**
 * ASCII punctuation rare in prose, each of which is a needle on its own (as "&" in "Q & A", "/"
 * in "24/7"), though shorter than MIN_NEEDLE: per character, its bit in TextIndex.marks, or 0.
 * (No case folding reaches these characters, nor do they fold to another.)
 */
const MARKS = new Int32Array(128);
'()&/=_@#|[]{}<>~^\\*+%`'.split('').forEach((ch, i) => (MARKS[ch.charCodeAt(0)] = 1 << i));

/**
 * The mark of Greek letters (beside MARKS' bits): a text holding any gets it, and so does a needle of Greek letters, which has
 * no pair of letters a–z to be tested by.
 */
const GREEK = 1 << 29;

/** Is the code unit a Greek letter as a needle may hold one (see asciiRun): Ά–ώ, whose lower-cased forms fold as a pattern folds them? */
function isNeedleGreek(c: number): boolean {
  return c >= 0x386 && c <= 0x3ce && c !== 0x387 && c !== 0x38b && c !== 0x38d && c !== 0x3a2;
}

/** Is the code unit in the Greek and Coptic or Greek Extended blocks, or one that folds into them (micro sign)? */
function isGreekText(c: number): boolean {
  return (c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff) || c === 0xb5 || c === 0x345;
}

/**
 * Lower-cased characters a case-insensitive pattern matches to a Greek letter other than themselves (final sigma, the micro
 * sign, the iota subscript, the symbol forms ϐ ϑ ϕ ϖ ϰ ϱ ϵ, and two of Greek Extended), each replaced by that letter in the
 * lower-cased text and in needles, so a needle found as its pattern would find it is found by a search.
 */
const GREEK_FOLDS = /\u0345|[\u00b5\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1fbe\u1fd3\u1fe3]/g;
const GREEK_FOLDED: Readonly<Record<string, string>> = {
  '\u00b5': 'μ',
  '\u0345': 'ι',
  '\u03c2': 'σ',
  '\u03d0': 'β',
  '\u03d1': 'θ',
  '\u03d5': 'φ',
  '\u03d6': 'π',
  '\u03f0': 'κ',
  '\u03f1': 'ρ',
  '\u03f5': 'ε',
  '\u1fbe': 'ι',
  '\u1fd3': '\u0390',
  '\u1fe3': '\u03b0',
};

/** A lower-cased text with GREEK_FOLDS folded (the same text when it holds none). */
function foldGreek(lower: string): string {
  return lower.replace(GREEK_FOLDS, (ch) => GREEK_FOLDED[ch]);
}

/** Does a text hold a code unit that passes a test (a letter of one script)? */
function hasLetter(text: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) return true;
  return false;
}

/** Does a needle hold a Greek letter? */
function hasGreek(needle: string): boolean {
  return hasLetter(needle, isNeedleGreek);
}

/**
 * The mark of Cyrillic letters (beside MARKS' bits and GREEK), as GREEK is of Greek ones: a text holding any gets it, and so does
 * a needle of Cyrillic letters (Russian, Ukrainian, Bulgarian), which has no pair of letters a–z to be tested by.
 */
const CYRILLIC = 1 << 27;

/** Is the code unit a Cyrillic letter as a needle may hold one: Ѐ–џ, Ґ and ґ, whose lower-cased forms fold as a pattern folds them? */
function isNeedleCyrillic(c: number): boolean {
  return (c >= 0x400 && c <= 0x45f) || c === 0x490 || c === 0x491;
}

/** Is the code unit in the Cyrillic blocks (Cyrillic, its Supplement and Extended-A, -B and -C)? */
function isCyrillicText(c: number): boolean {
  return (c >= 0x400 && c <= 0x52f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f);
}

/**
 * Lower-cased characters a case-insensitive pattern matches to a Cyrillic letter other than themselves (the old letter forms of
 * Cyrillic Extended-C, ᲀ–ᲈ), each replaced by that letter in the lower-cased text and in needles (see GREEK_FOLDS).
 */
const CYRILLIC_FOLDS = /[\u1c80-\u1c88]/g;
const CYRILLIC_FOLDED: Readonly<Record<string, string>> = {
  '\u1c80': 'в',
  '\u1c81': 'д',
  '\u1c82': 'о',
  '\u1c83': 'с',
  '\u1c84': 'т',
  '\u1c85': 'т',
  '\u1c86': 'ъ',
  '\u1c87': '\u0463',
  '\u1c88': '\ua64b',
};

/** A lower-cased text with CYRILLIC_FOLDS folded (the same text when it holds none). */
function foldCyrillic(lower: string): string {
  return lower.replace(CYRILLIC_FOLDS, (ch) => CYRILLIC_FOLDED[ch]);
}

/** Does a needle hold a Cyrillic letter? */
function hasCyrillic(needle: string): boolean {
  return hasLetter(needle, isNeedleCyrillic);
}

/**
 * The mark of Hebrew letters, as GREEK is of Greek ones: a text holding any gets it, and so does a needle of Hebrew letters. Hebrew
 * has no letter case, so its letters (the final forms ך ם ן ף ץ among them, each a letter of its own) are searched as written.
 */
const HEBREW = 1 << 26;

/** Is the code unit a Hebrew letter, א–ת? */
export function isHebrew(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/** Does a needle (or a text) hold a Hebrew letter? */
export function hasHebrew(needle: string): boolean {
  return hasLetter(needle, isHebrew);
}

/** The mark of a needle's first rare punctuation character (see MARKS), or 0. */
function markOf(needle: string): number {
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    if (c < 128 && MARKS[c]) return MARKS[c];
  }
  return 0;
}

/** The index of a text, or null when it holds a character that lower-casing does not fold as a pattern does. */
export function indexText(text: string): TextIndex | null {
  if (CASE_FOLD_TRAPS.test(text)) return null;
  let lower = text.toLowerCase();
  const rows = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let prev = -1;
  let digit = false;
  let marks = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) {
      if (prev >= 0) rows[prev] |= 1 << c;
      prev = c;
    } else {
      prev = -1;
      // A digit '0'–'9', or other ASCII (the marks are the same in the text and its lower-cased copy).
      if (c >= -49 && c <= -40) digit = true;
      else if (c < 31) marks |= MARKS[c + 97];
      else if (isGreekText(c + 97)) marks |= GREEK;
      else if (isCyrillicText(c + 97)) marks |= CYRILLIC;
      else if (isHebrew(c + 97)) marks |= HEBREW;
    }
  }
  if (marks & GREEK) lower = foldGreek(lower);
  if (marks & CYRILLIC) lower = foldCyrillic(lower);
  return { lower, rows, digit, marks };
}

/**
 * The letter pairs, digits and marks of several texts together (their union), from their own
 * indexes, and the runs of three letters in them, for mayMatchAny. Null when any of them is null.
 */
export function joinIndexes(parts: Array<TextIndex | null>): LetterIndex | null {
  const rows = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const triples = new Int32Array((26 * 26 * 26) / 32 + 1);
  let digit = false;
  let marks = 0;
  for (let i = 0; i < parts.length; i++) {
    const ix = parts[i];
    if (ix === null) return null;
    for (let r = 0; r < 26; r++) rows[r] |= ix.rows[r];
    if (ix.digit) digit = true;
    marks |= ix.marks;
    eachTriple(ix.lower, (t) => {
      triples[t >> 5] |= 1 << (t & 31);
    });
  }
  return { rows, digit, marks, triples };
}

/**
 * Pairs of letters common in English prose, most common first: a needle is tested first by a
 * pair that is not among them (or the last of them), since a text lacks that one more often.
 */
const COMMON_PAIRS = 'th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce'.split(' ');

/**
 * How rare each pair (by bit number) is: higher is rarer. A table, since the sort in letterPairs
 * asks it for every comparison while the prefilters are built at start-up.
 */
const RARITY = new Uint8Array(26 * 26).fill(COMMON_PAIRS.length);
COMMON_PAIRS.forEach((pair, at) => (RARITY[(pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97] = at));

/**
 * The pairs of adjacent letters a–z in a lower-cased needle, rarest first, each as its bit number
 * in TextIndex.rows: first letter × 32 + second (so a test is a shift and a mask, no division).
 */
function letterPairs(needle: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < needle.length; i++) {
    const a = needle.charCodeAt(i - 1) - 97;
    const b = needle.charCodeAt(i) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26 && !out.includes(a * 26 + b)) out.push(a * 26 + b);
  }
  // A stable insertion sort (pairs of equal rarity keep the needle's order): a needle has a few
  // pairs, and this runs, cold, for every needle of every pattern at start-up.
  for (let i = 1; i < out.length; i++) {
    const x = out[i];
    let j = i - 1;
    for (; j >= 0 && RARITY[out[j]] < RARITY[x]; j--) out[j + 1] = out[j];
    out[j + 1] = x;
  }
  for (let i = 0; i < out.length; i++) out[i] = ((out[i] / 26) << 5) | (out[i] % 26);
  return out;
}

/**
 * The quick test of a prefilter (see Clause.quick and Clause.marks), or none ([] and 0) when a
 * needle holds neither a pair of letters nor a mark (it must always be searched).
 */
function quickTest(needles: string[], pairs: number[][]): { quick: number[]; marks: number } {
  const rows = new Array<number>(26).fill(0);
  let marks = 0;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i];
    if (p.length) rows[p[0] >> 5] |= 1 << (p[0] & 31);
    else {
      const mark = markOf(needles[i]) || (hasGreek(needles[i]) ? GREEK : 0) || (hasCyrillic(needles[i]) ? CYRILLIC : 0) || (hasHebrew(needles[i]) ? HEBREW : 0);
      if (!mark) return { quick: [], marks: 0 };
      marks |= mark;
    }
  }
  const quick: number[] = [];
  rows.forEach((bits, first) => bits && quick.push(first, bits));
  return { quick, marks };
}

/** Needles shorter than this are too common to rule much out (unless they hold a mark: see MARKS). */
const MIN_NEEDLE = 3;

const cache = new WeakMap<RegExp, Prefilter | null>();

/**
 * The prefilter of a pattern, or null when none is known (the pattern must always be run). The engine's own patterns were read
 * ahead of time (PREFILTERS); any other pattern, such as a practice's own phrases, is read from its source here.
 */
export function prefilterOf(re: RegExp): Prefilter | null {
  let known = cache.get(re);
  if (known === undefined) {
    const stored = useStored ? storedPrefilter(re) : undefined;
    known = stored === undefined ? readPrefilter(re) : restore(stored, re.flags.includes('i'));
    cache.set(re, known);
  }
  return known;
}

/** The prefilter PREFILTERS holds for one of the engine's patterns, or undefined for any other pattern. */
function storedPrefilter(re: RegExp): StoredPrefilter | undefined {
  const key = fingerprintOf(re);
  // (Each is JSON, parsed when its pattern is first searched with: a run uses about half of them, and V8 parses JSON faster
  // than it builds the same literal.)
  return Object.hasOwn(PREFILTERS, key) ? (JSON.parse(PREFILTERS[key]) as StoredPrefilter) : undefined;
}

let useStored = true;

/**
 * Take the engine's prefilters from PREFILTERS (on), or read every pattern (off: scripts/build-prefilters.ts, so what it
 * writes never rests on the file it replaces). Prefilters already given out stay as they are.
 */
export function useStoredPrefilters(on: boolean): void {
  useStored = on;
}

/**
 * A prefilter as scripts/build-prefilters.ts stores it in PREFILTERS: 0 for none; else the requirement of the whole pattern,
 * then, when its alternatives are tested one by one (Prefilter.all), their requirements by slot and per alternative the slots of
 * its own, in the order they are tested. A requirement is its needles, with '' for a digit (as a Need is).
 */
export type StoredPrefilter = 0 | [string[]] | [string[], string[][], number[][]];

/** A prefilter ready to store (see StoredPrefilter). */
export function storedOf(filter: Prefilter | null): StoredPrefilter {
  if (!filter) return 0;
  const needOf = (c: Clause) => (c.digit ? [...c.needles, DIGIT] : c.needles);
  if (!filter.all) return [needOf(filter)];
  const bySlot: string[][] = [];
  for (const alternative of filter.all) for (const c of alternative) bySlot[c.slot] = needOf(c);
  return [needOf(filter), bySlot, filter.all.map((alternative) => alternative.map((c) => c.slot))];
}

/**
 * The prefilter a stored one stands for: the same as reading the pattern gives (clauseOf makes each requirement from its needles
 * as readPrefilter does; they are already kept, lower-cased and distinct).
 */
function restore(stored: StoredPrefilter, ignoreCase: boolean): Prefilter | null {
  if (stored === 0) return null;
  const first = clauseOf(stored[0], ignoreCase)!;
  if (stored.length === 3) {
    const clauses = stored[1].map((need, slot) => {
      const c = clauseOf(need, ignoreCase)!;
      c.slot = slot;
      return c;
    });
    first.all = stored[2].map((alternative) => alternative.map((slot) => clauses[slot]));
    first.slots = clauses.length;
  }
  first.ignoreCase = ignoreCase;
  return first;
}

/**
 * A pattern's key in PREFILTERS: its source's length and a 53-bit hash of its flags and source (hashLanes), so the table holds
 * no copy of the patterns. Two patterns the table holds never share one (scripts/build-prefilters.ts checks), and another
 * pattern takes one of theirs with a chance of about one in 10^14.
 */
export function fingerprintOf(re: RegExp): string {
  const [h1, h2] = hashLanes(`${re.flags}/${re.source}`);
  return `${re.source.length.toString(36)}.${(4294967296 * (2097151 & h2) + h1).toString(36)}`;
}

/**
 * Can a pattern with this prefilter match somewhere in `text`? False only when it certainly
 * cannot. `ix` is the text's index (indexText; a caller testing many patterns computes it
 * once), or null when the text holds a character that lower-casing does not fold as the pattern does.
 */
export function mayMatch(filter: Prefilter | null, text: string, ix: TextIndex | null): boolean {
  if (!filter || !enabled || ix === null) return true;
  return meets(filter, ix, filter.ignoreCase ? ix.lower : text);
}

/**
 * Can a pattern with this prefilter match in any of several texts, by the union of their indexes
 * alone (joinIndexes)? False only when it certainly cannot match in one of them: a text that holds
 * a needle holds its pairs, digits and marks, and so does the union; nothing is searched, so a
 * test costs a few bit tests however long the texts are.
 */
export function mayMatchAny(filter: Prefilter | null, ix: LetterIndex | null): boolean {
  if (!filter || !enabled || ix === null) return true;
  return meets(filter, ix, undefined);
}

/**
 * The answers of a test's `all` clauses while it runs (see meets), by slot: 0 not known yet, 1 met,
 * 2 not. Tests run one at a time, each clearing the slots of its prefilter first.
 */
let answers = new Uint8Array(64);

/** mayMatch's test: searching `hay` for a needle whose pairs are there, or (undefined) reading the index alone. */
function meets(filter: Prefilter, ix: LetterIndex, hay: string | undefined): boolean {
  if (!(hay === undefined ? mayHold(filter, ix) : holds(filter, ix, hay))) return false;
  const all = filter.all;
  if (!all) return true;
  if (answers.length < filter.slots) answers = new Uint8Array(filter.slots);
  const known = answers;
  known.fill(0, 0, filter.slots);
  next: for (let a = 0; a < all.length; a++) {
    const clauses = all[a];
    for (let k = 0; k < clauses.length; k++) {
      const c = clauses[k];
      let answer = known[c.slot];
      if (answer === 0) known[c.slot] = answer = (hay === undefined ? mayHold(c, ix) : holds(c, ix, hay)) ? 1 : 2;
      if (answer === 2) continue next;
    }
    return true;
  }
  return false;
}

/**
 * The quick test both readers start with: a needle's letter pairs, lower-cased, are in the lower-cased text whenever the
 * needle is in the text, and so are its marks; a clause none of whose quick pairs or marks is there cannot hold.
 */
function quickPass(filter: Clause, ix: LetterIndex): boolean {
  const quick = filter.quick;
  if (!quick.length && !filter.marks) return true;
  const rows = ix.rows;
  if ((ix.marks & filter.marks) !== 0) return true;
  for (let i = 0; i < quick.length; i += 2) if ((rows[quick[i]] & quick[i + 1]) !== 0) return true;
  return false;
}

/** Does the text (its index, and `hay`: lower-cased for a case-insensitive pattern) hold a needle of the clause? */
function holds(filter: Clause, ix: LetterIndex, hay: string): boolean {
  if (filter.digit && ix.digit) return true;
  if (!quickPass(filter, ix)) return false;
  const rows = ix.rows;
  const { needles, pairs } = filter;
  next: for (let i = 0; i < needles.length; i++) {
    const p = pairs[i];
    for (let j = 0; j < p.length; j++) {
      const bit = p[j];
      if ((rows[bit >> 5] & (1 << (bit & 31))) === 0) continue next;
    }
    if (hay.includes(needles[i])) return true;
  }
  return false;
}

/**
 * May texts with this union index (joinIndexes) hold a needle of the clause, by the index alone? A needle can be there only
 * if its runs of three letters are, lower-cased (or, for a needle without any, its pairs).
 */
function mayHold(filter: Clause, ix: LetterIndex): boolean {
  if (filter.digit && ix.digit) return true;
  if (!quickPass(filter, ix)) return false;
  const rows = ix.rows;
  const triples = ix.triples;
  if (triples === undefined) return true;
  const { needles, pairs } = filter;
  next: for (let i = 0; i < needles.length; i++) {
    const t = filter.triples[i];
    if (t.length) {
      for (let j = 0; j < t.length; j++) if ((triples[t[j] >> 5] & (1 << (t[j] & 31))) === 0) continue next;
    } else {
      const p = pairs[i];
      for (let j = 0; j < p.length; j++) if ((rows[p[j] >> 5] & (1 << (p[j] & 31))) === 0) continue next;
    }
    return true;
  }
  return false;
}

let enabled = true;

/** Turn prefiltering off or on (tests compare the engine's output both ways). */
export function setPrefiltering(on: boolean): void {
  enabled = on;
}

/**
 * Characters that match an ASCII letter under a case-insensitive Unicode pattern without
 * lower-casing to it (long s, Kelvin sign): text holding one is never ruled out.
 */
const CASE_FOLD_TRAPS = /[\u017f\u212a]/;

/** The prefilter of a pattern read from its source (prefilterOf takes the engine's own from PREFILTERS instead). */
export function readPrefilter(re: RegExp): Prefilter | null {
  const ignoreCase = re.flags.includes('i');
  let parts: Need[][];
  try {
    const reader = new Reader(re.source);
    parts = reader.alternatives();
    if (reader.pos !== re.source.length) return null;
  } catch {
    return null;
  }
  const first = clauseOf(union(parts), ignoreCase);
  if (!first) return null;
  // An alternative that requires more than one thing ("provides … education") is ruled out
  // when the block lacks any of them; when every alternative is, so is the pattern.
  let all: Clause[][] | null = null;
  const shared = new Map<string, Clause>();
  if (parts.length <= MAX_ALTERNATIVES && parts.some((p) => p.length > 1)) {
    all = parts.map((p) =>
      p
        .map((n) => {
          const c = clauseOf(n, ignoreCase);
          if (!c) return null;
          // One Clause per requirement, however many alternatives share it: a test answers it once.
          const key = `${c.digit ? 'd' : ''}\u0000${c.needles.join('\u0000')}`;
          const known = shared.get(key);
          if (known) return known;
          c.slot = shared.size;
          shared.set(key, c);
          return c;
        })
        .filter((c): c is Clause => c !== null)
        .sort(likelier),
    );
    if (all.some((p) => p.length === 0)) all = null;
  }
  // (Fields set on the clause itself, not copied into a new object: a spread gave nearly every
  // prefilter a hidden class of its own, and every test that reads one a megamorphic load. restore() does the same.)
  first.all = all;
  first.slots = all ? shared.size : 0;
  first.ignoreCase = ignoreCase;
  return first;
}

/**
 * Order for an alternative's requirements, each met or not regardless of the others: the one a text lacks more often first,
 * so a test of the alternative ends sooner. A digit is common; then, as in better(), the longer the shortest needle and the
 * fewer the needles, the rarer.
 */
function likelier(a: Clause, b: Clause): number {
  if (a.digit !== b.digit) return a.digit ? 1 : -1;
  return shortest(b.needles) - shortest(a.needles) || a.needles.length - b.needles.length;
}

/** The length of the shortest of some strings (Infinity for none). */
function shortest(strings: string[]): number {
  let min = Infinity;
  for (let i = 0; i < strings.length; i++) if (strings[i].length < min) min = strings[i].length;
  return min;
}

/**
 * Past this many alternatives, the requirements of each are not tested one by one. (A pattern of 65 alternatives, most of them
 * "provides … education" and the like, ran over every block holding one of its 59 needles, "support" and "each" among them:
 * its shared requirements, answered once each, cost less than its run.)
 */
const MAX_ALTERNATIVES = 128;

/**
 * The requirement ready to test, or null when it is none or cannot be tested safely. Made with a
 * prefilter's fields too (readPrefilter sets them on the pattern's own), so every clause and prefilter has
 * one shape.
 */
function clauseOf(needles: Need, ignoreCase: boolean): Prefilter | null {
  if (!needles || needles.length === 0) return null;
  const out: string[] = [];
  let digit = false;
  for (const n of needles) {
    if (n === DIGIT) {
      digit = true;
      continue;
    }
    // Lower-casing is only safe for ASCII and Greek letters (another non-ASCII letter may fold in
    // ways toLowerCase does not): of a needle with other characters ("séances"), the longest run of
    // those is kept, which a match holds too ("ances"); Greek ones folded as the text is (GREEK_FOLDS).
    const kept = ignoreCase ? asciiRun(n) : n;
    if (kept === null) return null;
    const needle = ignoreCase ? foldCyrillic(foldGreek(kept.toLowerCase())) : kept;
    if (!out.includes(needle)) out.push(needle);
  }
  const lower = ignoreCase ? out : out.map((n) => n.toLowerCase());
  const pairs = lower.map((n) => lettersOf(n).pairs);
  const { quick, marks } = quickTest(out, pairs);
  const triples = lower.map((n) => lettersOf(n).triples);
  return { needles: out, pairs, quick, marks, triples, slot: -1, digit, all: null, slots: 0, ignoreCase: false };
}

/**
 * Per lower-cased needle, its letter pairs and runs of three: the engine's patterns share their needles (their 5,968 needles
 * are 1,701 strings; "group" is one of 52 patterns'), and the lists are only read once made. (Emptied now and then: a
 * practice's phrases bring needles of their own.)
 */
const letters = new Map<string, { pairs: number[]; triples: number[] }>();

/** A lower-cased needle's letter pairs (letterPairs) and runs of three letters (triplesIn). */
function lettersOf(lower: string): { pairs: number[]; triples: number[] } {
  let known = letters.get(lower);
  if (!known) {
    if (letters.size >= 4096) letters.clear();
    letters.set(lower, (known = { pairs: letterPairs(lower), triples: triplesIn(lower) }));
  }
  return known;
}

/**
 * The longest run of printable ASCII characters (and Greek letters) in a needle (the needle itself when it is all ASCII), or null when shorter than
 * MIN_NEEDLE; a shorter run is kept when it holds a mark (see MARKS).
 */
function asciiRun(needle: string): string | null {
  // Most needles are all ASCII: no split needed.
  let ascii = true;
  for (let i = 0; i < needle.length && ascii; i++) {
    const c = needle.charCodeAt(i);
    ascii = c >= 0x20 && c <= 0x7e;
  }
  if (ascii) return needle.length >= MIN_NEEDLE || markOf(needle) ? needle : null;
  // (Hebrew letters count as ASCII does, in a needle that holds one: they have no case to fold.)
  if (hasHebrew(needle)) {
    let run = '';
    for (const r of needle.split(/[^\x20-\x7e\u05d0-\u05ea\u05f3\u05f4]+/)) if (r.length > run.length) run = r;
    if (run.length >= MIN_NEEDLE) return run;
  }
  // (Greek letters count as ASCII does, in a needle that holds one: see isNeedleGreek.)
  // (And Cyrillic ones, in a needle that holds one: see isNeedleCyrillic.)
  const split = hasGreek(needle)
    ? /[^\x20-\x7e\u0386-\u03ce]+|[\u0387\u038b\u038d\u03a2]+/
    : hasCyrillic(needle)
      ? /[^\x20-\x7e\u0400-\u045f\u0490\u0491]+/
      : /[^\x20-\x7e]+/;
  let best = '';
  for (const run of needle.split(split)) if (run.length > best.length) best = run;
  if (best.length >= MIN_NEEDLE) return best;
  let marked = '';
  for (const run of needle.split(split)) if (run.length > marked.length && markOf(run)) marked = run;
  return marked || null;
}

/** Prefer a requirement whose shortest string is longest, then the one with fewest strings. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** The best of the requirements a match meets all of (see better), or null when there are none. */
function bestOf(all: Need[]): Need {
  let best: Need = null;
  for (const n of all) best = better(best, n);
  return best;
}

/** What a match of one of the alternatives requires: a string of the best requirement of whichever matched. */
function union(parts: Need[][]): Need {
  const bests = parts.map(bestOf);
  if (bests.length === 1) return bests[0];
  if (bests.some((p) => !p)) return null;
  return bests.flatMap((p) => p!);
}

/** Keep a requirement only when all its strings are long enough to be worth testing. */
function strong(n: Need): Need {
  return n && n.length > 0 && n.every((s) => s === DIGIT || s.length >= MIN_NEEDLE || markOf(s) !== 0) ? n : null;
}

/** Is the character (a UTF-16 code unit) a literal that stands for itself alone, read as one atom? */
function isPlain(c: number): boolean {
  // Not syntax (\ ( ) [ ] { } | ^ $ . * + ?), nor the first half of a surrogate pair.
  return !(c < 0x80 ? SYNTAX[c] : c >= 0xd800 && c <= 0xdbff);
}

/** Is the character (a code unit, NaN past the end) a digit 0–9? */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Does the character (a code unit, NaN past the end) quantify the atom before it (? * + {)? */
function quantifies(c: number): boolean {
  return c === 0x3f || c === 0x2a || c === 0x2b || c === 0x7b;
}

/** The ASCII characters with a meaning of their own in a pattern. */
const SYNTAX = new Uint8Array(128);
for (const ch of '\\()[]{}|^$.*+?') SYNTAX[ch.charCodeAt(0)] = 1;

class Reader {
  pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string {
    return this.src[this.pos];
  }

  /** a|b|c: a match contains a string of whichever alternative matched. */
  alternation(): Need {
    return union(this.alternatives());
  }

  /** a|b|c: per alternative, all the requirements of its pieces (see sequence). */
  alternatives(): Need[][] {
    const parts = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      parts.push(this.sequence());
    }
    return parts;
  }

  /**
   * abc: the requirements of the pieces that must occur, runs of literal characters joined, in
   * order: a match meets all of them (the best of them is what one requirement of it keeps).
   */
  private sequence(): Need[] {
    const all: Need[] = [];
    let run = '';
    const add = (n: Need) => {
      if (n) all.push(n);
    };
    const endRun = () => {
      if (run) add(strong([run]));
      run = '';
    };
    const src = this.src;
    while (this.pos < src.length && this.peek() !== '|' && this.peek() !== ')') {
      // Most of a pattern is plain letters: those not quantified join the run here, as the
      // general path below would join each, without making an atom of each (and in one piece:
      // a string made a character at a time was most of the prefilters' start-up time).
      if (isPlain(src.charCodeAt(this.pos)) && !quantifies(src.charCodeAt(this.pos + 1))) {
        const from = this.pos++;
        while (this.pos < src.length && isPlain(src.charCodeAt(this.pos)) && !quantifies(src.charCodeAt(this.pos + 1))) this.pos++;
        run += src.slice(from, this.pos);
        continue;
      }
      const atom = this.quantified();
      if (atom.char !== undefined && atom.min >= 1) {
        run += atom.char;
        if (atom.max !== 1) endRun(); // "ab+c": "ab" is certain, then b may repeat before c
        continue;
      }
      endRun();
      if (atom.min >= 1) add(strong(atom.need));
      // a zero-width assertion (\b, ^, a lookaround) leaves the run of literals unbroken in the
      // text, but it is simpler and still safe to end the run here.
    }
    endRun();
    return all;
  }

  private quantified(): Atom {
    const atom = this.atom();
    const c = this.peek();
    let min = atom.min;
    let max = atom.max;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      if (c === '?') min = 0;
      if (c === '*') {
        min = 0;
        max = Infinity;
      }
      if (c === '+') max = Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (m) {
        this.pos += m[0].length;
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      }
    } else {
      return atom;
    }
    if (this.peek() === '?') this.pos++; // lazy
    // A zero-width piece stays zero-width however it is repeated.
    return { need: atom.need, char: atom.char, min: atom.min === 0 ? 0 : min, max };
  }

  private atom(): Atom {
    const c = this.src[this.pos++];
    if (c === '(') return this.group();
    if (c === '[') {
      this.charClass();
      return { need: null, min: 1, max: 1 };
    }
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return { need: null, min: 0, max: 0 };
    if (c === '.') return { need: null, min: 1, max: 1 };
    if (c === undefined || c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Error('unexpected');
    if (c === '{' && isDigit(this.src.charCodeAt(this.pos))) throw new Error('quantifier');
    // A character outside the Basic Multilingual Plane is two code units: read both as one.
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) return { need: [c + this.src[this.pos++]], min: 1, max: 1 };
    return { need: [c], char: c, min: 1, max: 1 };
  }

  private group(): Atom {
    let assertion = false;
    if (this.peek() === '?') {
      // (Read by character codes: NaN past the end matches none.)
      const src = this.src;
      const c1 = src.charCodeAt(this.pos + 1);
      const c2 = src.charCodeAt(this.pos + 2);
      if (c1 === 0x3a /* : */) this.pos += 2;
      else if (c1 === 0x3d /* = */ || c1 === 0x21 /* ! */) {
        this.pos += 2;
        assertion = true;
      } else if (c1 === 0x3c /* < */ && (c2 === 0x3d || c2 === 0x21)) {
        this.pos += 3;
        assertion = true;
      } else if (c1 === 0x3c) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) throw new Error('group name');
        this.pos = close + 1;
      } else throw new Error('group kind');
    }
    const need = this.alternation();
    if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
    // A lookaround is zero-width, and what it looks at may lie outside the block's match.
    if (assertion) return { need: null, min: 0, max: 0 };
    return { need, min: 1, max: 1 };
  }

  private charClass(): void {
    if (this.peek() === '^') this.pos++;
    if (this.peek() === ']') this.pos++;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === ']') return;
    }
    throw new Error('unclosed class');
  }

  private escape(): Atom {
    const c = this.src[this.pos++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') return { need: null, min: 0, max: 0 };
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.pos);
      if (this.peek() !== '{' || close < 0) throw new Error('property');
      this.pos = close + 1;
      return { need: null, min: 1, max: 1 };
    }
    if (c === 'k') {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Error('backreference');
      this.pos = close + 1;
      return { need: null, min: 0, max: Infinity };
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.peek() ?? '')) this.pos++;
      return { need: null, min: 0, max: Infinity };
    }
    if (c === 'u' || c === 'x' || c === 'c') {
      // \uXXXX, \u{…}, \xXX, \cX: some character; not worth decoding.
      if (c === 'u' && this.peek() === '{') {
        // (Without its closing brace, "\u{" is no code point: not read, rather than read again from the start.)
        const close = this.src.indexOf('}', this.pos);
        if (close < 0) throw new Error('code point');
        this.pos = close + 1;
      } else this.pos += c === 'u' ? 4 : c === 'x' ? 2 : 1;
      return { need: null, min: 1, max: 1 };
    }
    if (c === 'd') return { need: [DIGIT], min: 1, max: 1 };
    if (/[DwWsSnrtfv0]/.test(c)) return { need: null, min: 1, max: 1 };
    // An escaped punctuation character stands for itself.
    if (/[\p{L}\p{N}]/u.test(c)) throw new Error('unknown escape');
    return { need: [c], char: c, min: 1, max: 1 };
  }
}
