/**
 * A cheap test that rules a pattern out before it is run: the literal strings one of which every
 * match of a regular expression must contain. A block of prose that holds none of them cannot
 * match, so the expression is never run over it (most blocks hold none of a pattern's words).
 *
 * The strings are read from the pattern's source by a small reader of the syntax the engine's
 * patterns use. It is conservative: anything it does not understand contributes no requirement,
 * and a pattern with an alternative that requires nothing gets no prefilter at all, so the answer
 * "cannot match" is only ever given when it is certain.
 */

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
   */
  all: Clause[][] | null;
  ignoreCase: boolean;
}

/**
 * What a prefilter reads of a text, computed once however many patterns are tested: the text
 * lower-cased, and which pairs of adjacent letters a–z occur in it, so most needles are ruled
 * out by a few bit tests before any search of the text.
 */
export interface TextIndex {
  lower: string;
  /**
   * Per first letter a–z, the second letters that follow it somewhere (bit 0 for a): 26 bits,
   * which stay small integers, in a plain array that is cheaper to make than a typed one.
   */
  rows: number[];
  /** Does the text hold a digit 0–9? */
  digit: boolean;
}

/** The index of a text, or null when it holds a character that lower-casing does not fold as a pattern does. */
export function indexText(text: string): TextIndex | null {
  if (CASE_FOLD_TRAPS.test(text)) return null;
  const lower = text.toLowerCase();
  const rows = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let prev = -1;
  let digit = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) {
      if (prev >= 0) rows[prev] |= 1 << c;
      prev = c;
    } else {
      prev = -1;
      if (c >= -49 && c <= -40) digit = true; // '0'–'9'
    }
  }
  return { lower, rows, digit };
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

/** The pairs of adjacent letters a–z in a lower-cased needle, as bit numbers (first letter × 26 + second), rarest first. */
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
  return out;
}

/** The quick test of a prefilter (see Prefilter.quick), or [] when a needle holds no pair of letters (it must always be searched). */
function quickTest(pairs: number[][]): number[] {
  const rows = new Array<number>(26).fill(0);
  for (const p of pairs) {
    if (!p.length) return [];
    rows[Math.floor(p[0] / 26)] |= 1 << (p[0] % 26);
  }
  const out: number[] = [];
  rows.forEach((bits, first) => bits && out.push(first, bits));
  return out;
}

/** Needles shorter than this are too common to rule much out. */
const MIN_NEEDLE = 3;

const cache = new WeakMap<RegExp, Prefilter | null>();

/** The prefilter of a pattern, or null when none is known (the pattern must always be run). */
export function prefilterOf(re: RegExp): Prefilter | null {
  let known = cache.get(re);
  if (known === undefined) {
    known = derive(re);
    cache.set(re, known);
  }
  return known;
}

/**
 * Can a pattern with this prefilter match somewhere in `text`? False only when it certainly
 * cannot. `ix` is the text's index (indexText; a caller testing many patterns computes it
 * once), or null when the text holds a character that lower-casing does not fold as the pattern does.
 */
export function mayMatch(filter: Prefilter | null, text: string, ix: TextIndex | null): boolean {
  if (!filter || !enabled || ix === null) return true;
  const hay = filter.ignoreCase ? ix.lower : text;
  if (!holds(filter, ix, hay)) return false;
  if (!filter.all) return true;
  next: for (const clauses of filter.all) {
    for (const c of clauses) if (!holds(c, ix, hay)) continue next;
    return true;
  }
  return false;
}

/** Does the text (its index, and `hay`: lower-cased for a case-insensitive pattern) hold a needle of the clause? */
function holds(filter: Clause, ix: TextIndex, hay: string): boolean {
  if (filter.digit && ix.digit) return true;
  const rows = ix.rows;
  // A needle's letter pairs, lower-cased, are in the lower-cased text whenever the needle is in the text.
  const quick = filter.quick;
  if (quick.length) {
    let some = false;
    for (let i = 0; i < quick.length && !some; i += 2) some = (rows[quick[i]] & quick[i + 1]) !== 0;
    if (!some) return false;
  }
  const { needles, pairs } = filter;
  next: for (let i = 0; i < needles.length; i++) {
    const p = pairs[i];
    for (let j = 0; j < p.length; j++) {
      const bit = p[j];
      const first = (bit / 26) | 0;
      if ((rows[first] & (1 << (bit - first * 26))) === 0) continue next;
    }
    if (hay.includes(needles[i])) return true;
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

function derive(re: RegExp): Prefilter | null {
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
  if (parts.length <= MAX_ALTERNATIVES && parts.some((p) => p.length > 1)) {
    all = parts.map((p) => p.map((n) => clauseOf(n, ignoreCase)).filter((c): c is Clause => c !== null));
    if (all.some((p) => p.length === 0)) all = null;
  }
  return { ...first, all, ignoreCase };
}

/** Past this many alternatives, the requirements of each are not tested one by one. */
const MAX_ALTERNATIVES = 64;

/** The requirement ready to test, or null when it is none or cannot be tested safely. */
function clauseOf(needles: Need, ignoreCase: boolean): Clause | null {
  if (!needles || needles.length === 0) return null;
  const out: string[] = [];
  let digit = false;
  for (const n of needles) {
    if (n === DIGIT) {
      digit = true;
      continue;
    }
    // Lower-casing is only safe for ASCII (a non-ASCII letter may fold in ways toLowerCase does
    // not): of a needle with other characters ("séances"), the longest run of ASCII ones is
    // kept, which a match holds too ("ances").
    const kept = ignoreCase ? asciiRun(n) : n;
    if (kept === null) return null;
    const needle = ignoreCase ? kept.toLowerCase() : kept;
    if (!out.includes(needle)) out.push(needle);
  }
  const pairs = out.map((n) => letterPairs(n.toLowerCase()));
  return { needles: out, pairs, quick: quickTest(pairs), digit };
}

/** The longest run of printable ASCII characters in a needle (the needle itself when it is all ASCII), or null when shorter than MIN_NEEDLE. */
function asciiRun(needle: string): string | null {
  // Most needles are all ASCII: no split needed.
  let ascii = true;
  for (let i = 0; i < needle.length && ascii; i++) {
    const c = needle.charCodeAt(i);
    ascii = c >= 0x20 && c <= 0x7e;
  }
  if (ascii) return needle.length >= MIN_NEEDLE ? needle : null;
  let best = '';
  for (const run of needle.split(/[^\x20-\x7e]+/)) if (run.length > best.length) best = run;
  return best.length >= MIN_NEEDLE ? best : null;
}

/** Prefer a requirement whose shortest string is longest, then the one with fewest strings. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
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
  return n && n.length > 0 && n.every((s) => s === DIGIT || s.length >= MIN_NEEDLE) ? n : null;
}

/** Is the character (a UTF-16 code unit) a literal that stands for itself alone, read as one atom? */
function isPlain(c: number): boolean {
  // Not syntax (\ ( ) [ ] { } | ^ $ . * + ?), nor the first half of a surrogate pair.
  return !(c < 0x80 ? SYNTAX[c] : c >= 0xd800 && c <= 0xdbff);
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
      // Most of a pattern is plain letters: one not quantified joins the run here, as the
      // general path below would join it, without making an atom of it.
      if (isPlain(src.charCodeAt(this.pos)) && !quantifies(src.charCodeAt(this.pos + 1))) {
        run += src[this.pos++];
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
    if (c === '{' && /^\d/.test(this.src[this.pos] ?? '')) throw new Error('quantifier');
    // A character outside the Basic Multilingual Plane is two code units: read both as one.
    if (/[\ud800-\udbff]/.test(c)) return { need: [c + this.src[this.pos++]], min: 1, max: 1 };
    return { need: [c], char: c, min: 1, max: 1 };
  }

  private group(): Atom {
    let assertion = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith('?:')) this.pos += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.pos += 2;
        assertion = true;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.pos += 3;
        assertion = true;
      } else if (rest.startsWith('?<')) {
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
