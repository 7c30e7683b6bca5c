// Plain-text helpers: sentence boundaries and the character folding every matcher relies on.

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'st',
  'ave',
  'rd',
  'blvd',
  'ste',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'ph.d',
  'psy.d',
  'm.a',
  'm.s',
  'm.ed',
  'jr',
  'sr',
  'rm',
  'fl',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'inc',
  'co',
  'lic',
  'cert',
]);

const WRAP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'by',
  'with',
  'and',
  'or',
  'for',
  'in',
  'at',
  'on',
  'is',
  'are',
  'our',
  'your',
  'my',
  'their',
  'from',
  'as',
  'that',
  'who',
  'not',
  'no',
  'be',
  'will',
  'can',
  'this',
]);

const WORD_BEFORE = /([A-Za-z][A-Za-z.]*)$/;
// Times end a sentence or not by the word after them (isAbbreviation), unlike the abbreviations above.
const TIME_SUFFIX = new Set(['am', 'pm', 'a.m', 'p.m']);
// Words that go on after a time: a day, a month, a time zone ("7 p.m. Thursdays", "6 p.m. Eastern", "8 p.m. EST").
const GOES_ON_AFTER_TIME =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|[ECMPA][SD]?T|UTC|GMT|BST|AE[SD]T|NZ[SD]T)$/;

/**
 * Split a block's plain text into sentence ranges. Boundaries: sentence punctuation
 * followed by space, and line breaks that do not sit inside a wrapped sentence.
 */
/** Longest piece of a run-on sentence that is checked as one. */
export const MAX_SENTENCE = 2000;

export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // No real sentence runs to thousands of characters; cutting a run-on one into pieces keeps every
    // per-sentence check bounded, so a megabyte without a full stop is still checked in linear time.
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      while (cut > s + MAX_SENTENCE / 2 && !/\s/.test(text[cut])) cut--;
      if (cut <= s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
      let t = cut;
      while (t > s && /\s/.test(text[t - 1])) t--;
      out.push([s, t]);
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) out.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (isLineBoundary(text, i)) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…"'”’)\]*]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return /\d$/.test(text.slice(0, dot)) && /^\.\d/.test(text.slice(dot, dot + 2));
  const w = m[1].toLowerCase();
  // "No. 5" abbreviates; "No. This is group therapy." answers.
  if (w === 'no') return /^\.\s*\d/.test(text.slice(dot, dot + 3));
  // A time ends its sentence before a capitalised word that does not go on with it: "Mondays at 7 pm. Bring a friend." ends
  // after "pm", "at 7 p.m. Thursdays" and "6 p.m. Eastern" do not, nor "from 6 p.m. to 8".
  if (TIME_SUFFIX.has(w)) {
    const next = /^\.\s+(\p{Lu}[\p{L}]*)/u.exec(text.slice(dot, dot + 24))?.[1];
    return next === undefined || GOES_ON_AFTER_TIME.test(next);
  }
  if (ABBREVIATIONS.has(w)) return true;
  // A single capital letter is an initial ("J. Smith").
  return m[1].length === 1 && /[A-Z]/.test(m[1]);
}

function isLineBoundary(text: string, nl: number): boolean {
  let p = nl - 1;
  // (The CR of a CRLF line break is white space before it: "led by\r\nour volunteer" goes on as "led by\nour volunteer" does.)
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  const prev = p >= 0 ? text[p] : '';
  let n = nl + 1;
  while (n < text.length && (text[n] === ' ' || text[n] === '\t')) n++;
  const next = n < text.length ? text[n] : '';
  if (!prev || !next) return true;
  // "Cost\n: Free" (a definition-style label and value) stays one sentence.
  if (next === ':') return false;
  if (/[:.!?;…]/.test(prev)) return !(prev === '.' && goesOnAfterAbbreviation(text, p, next));
  if (/[,(\-–—/&]/.test(prev)) return false;
  // A line ending on a function word ("is a", "led by", "and") goes on.
  const lastWord = /([\p{L}']+)$/u.exec(text.slice(Math.max(0, p - 12), p + 1))?.[1]?.toLowerCase();
  if (lastWord && WRAP_WORDS.has(lastWord)) return false;
  // A wrapped sentence goes on in lower case or with a number (or an amount: "a suggested\n$3 toward coffee"); a new item or
  // label starts in upper case or with a symbol.
  return !/[\p{Ll}\p{N}]/u.test(next) && !(/[$€£¥]/.test(next) && /\d/.test(text[n + 1] ?? ''));
}

/** Titles always followed by a name: a line that ends on one is wrapped ("led by Dr.\nLeah Brennan"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx']);

/**
 * Does a sentence wrapped just after an abbreviation's full stop go on ("the Dock St.\ngarage costs $3", "led by Dr.\nLeah
 * Brennan")? As within a line (isAbbreviation), but before a capital only after a title: a line that ends "40 Dock St." above
 * "Cost: free" ends its item.
 */
function goesOnAfterAbbreviation(text: string, dot: number, next: string): boolean {
  if (!isAbbreviation(text, dot)) return false;
  if (/[\p{Ll}\p{N}]/u.test(next)) return true;
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 12), dot))?.[1].toLowerCase();
  return w !== undefined && TITLES.has(w) && /\p{Lu}/u.test(next);
}

/**
 * The text with each line break inside a sentence (a hard-wrapped line: "this group is not\ntherapy") made white space as a
 * space is, so a sentence's words are matched as they would be had the writer not wrapped it: the break and the white space
 * around it (the CR of a CRLF, a continuation line's indentation, the spaces a hard break leaves) become spaces, one character
 * for one, so offsets into the result are offsets into `text`. `ranges` are the sentences (splitSentences): a break between
 * them stays, for whatever reads lines.
 */
export function joinWrapped(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
  let out = '';
  let done = 0;
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      let s = i;
      while (s > from && isBlank(text.charCodeAt(s - 1))) s--;
      let e = i + 1;
      while (e < to && isBlank(text.charCodeAt(e))) e++;
      out += text.slice(done, s) + ' '.repeat(e - s);
      done = e;
      i = e - 1;
    }
  }
  return done ? out + text.slice(done) : text;
}

/** Space, tab, CR or LF. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Fold typographic variants one character for one character, so offsets stay valid:
 * curly quotes to straight, hyphen variants to "-".
 */
export function fold(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]|[\u201c\u201d]|[\u2010\u2011\u00ad]|\u00a0/g, (c) => {
    if (c === '\u201c' || c === '\u201d') return '"';
    if (c === '\u2010' || c === '\u2011' || c === '\u00ad') return '-';
    if (c === '\u00a0') return ' ';
    return "'";
  });
}

/** Escape a literal phrase for use inside a RegExp; spaces match any run of whitespace. */
export function literalPattern(phrase: string): string {
  return fold(phrase.trim())
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}
