// The document as rules see it: prose blocks with their sentences, the title, and which
// blocks sit under a denying lead ("What this group is NOT:" followed by a list).
import type { BlockMatch, Match, ParsedDocument, PatternHits, ProseBlock, Sentence } from './parse';
import { fold } from './text';
import { MONTH_NAME, PHONE_NUMBER } from './patterns';
import { indexText, joinIndexes, mayMatch, mayMatchAny, prefilterOf, type LetterIndex, type Prefilter, type TextIndex } from './prefilter';
import { isDenyingLead, isQuestion, stanceOf, type Stance } from './assess';

export type { Match };

/** The source offset of plain-text index `i` of a block (its map, moved by its shift). */
export function sourceAt(b: ProseBlock, i: number): number {
  return b.unshiftedMap[i] + b.mapShift;
}

/** The words of a match's sentence before it. */
export function textBefore(m: Match): string {
  return m.sentence.text.slice(0, m.index - m.sentence.from);
}

/** The words of a match's sentence after it. */
export function textAfter(m: Match): string {
  return m.sentence.text.slice(m.index - m.sentence.from + m.text.length);
}

const WEB_CHROME =
  /^[\W_]*(?:(?:top\s+of\s+(?:the\s+)?page|skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation)|skip\s+navigation|toggle\s+navigation|(?:main\s+|mobile\s+)?menu(?:\s+(?:open|close|toggle))?|open\s+menu|search(?:\s+(?:within|this\s+site))?|close\s+(?:this\s+)?search(?:\s+box)?|report\s+an\s+accessibility\s+issue|font(?:\s+size)?|home|back\s+to\s+(?:top|(?:all\s+)?events)|share(?:\s+this(?:\s+(?:page|post|article))?)?|facebook|twitter|linkedin|pinterest|instagram|whatsapp|email|print|tweet|[\p{L}&'’.\s-]{1,60}\s+logo|(?:(?:banner|header|hero|featured|cover|page)\s+)?(?:image|photo|picture)(?:\s+placeholder)?)[\W_]*)+$/iu;

/**
 * Navigation left at the top of a pasted page is a short line (the longest met on real pages is
 * under 70 characters); the length test first also keeps the pattern's repeated alternatives, which
 * can split "menu open menu open…" many ways, off a long paragraph.
 */
function isWebChrome(text: string): boolean {
  return text.length <= 200 && WEB_CHROME.test(text);
}

// A line that is only a date, perhaps with its weekday: "April 30, 2012", "Saturday, August 25, 2012", "12 March 2019",
// "Tue 4 May", "May 2024", "30/04/2012".
const MONTH = String.raw`${MONTH_NAME}\.?`;
const DATE_LINE = new RegExp(
  String.raw`^[\W_]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?` +
    String.raw`(?:${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4})|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[\W_]*$`,
  'i',
);
/** Is the line only a date (see DATE_LINE)? (Short lines only: the test runs on the first blocks of every document.) */
function isDateLine(text: string): boolean {
  return text.length <= 60 && DATE_LINE.test(text);
}

export class DocumentModel {
  readonly parsed: ParsedDocument;
  readonly blocks: ProseBlock[];
  /** The title: a leading heading or short standalone line, else the first heading. */
  readonly title: ProseBlock | undefined;
  /** The first block past any web-page navigation left at the top ("Skip to main content"). */
  readonly lead: ProseBlock | undefined;
  /** Headings, and short standalone lines that act as headings in plain-text flyers. */
  readonly headings: ProseBlock[];
  private readonly denied: boolean[];
  private runIn?: Sentence | null;
  private comparing?: Set<ProseBlock>;
  private heads?: Map<ProseBlock, ProseBlock>;

  constructor(parsed: ParsedDocument) {
    this.parsed = parsed;
    this.blocks = parsed.blocks;
    this.headings = this.blocks.filter(isHeadingLike);
    // A top-level heading is the title; without one, a short line that opens the document.
    // Lines a web page's navigation leaves at the top of pasted text ("Skip to main content", "top of
    // page", "Search within:", "… Logo") are not the title, nor is a line that is only a date, a blog
    // post's stamp above its headline ("Sunday, October 6, 2013").
    const first = (this.lead = this.blocks.find((b) => !isWebChrome(b.text) && !isDateLine(b.text)));
    this.title =
      this.blocks.find((b) => b.type === 'heading' && b.depth === 1 && isHeadingLike(b) && !isDateLine(b.text)) ??
      (first && isHeadingLike(first) && first.item === undefined
        ? first
        : this.blocks.find((b) => b.type === 'heading' && isHeadingLike(b) && !isDateLine(b.text)));
    this.denied = markDenied(this.blocks);
  }

  get text(): string {
    return this.parsed.text;
  }

  /**
   * A short first line run into the text below it (no blank line between), as a pasted page leaves its heading: "Friendship
   * Group Counseling: Common Questions\nOur groups…" is one paragraph, so there is no title block, but that line heads the page.
   * The lead's first sentence, when more follows in its block and it reads as a heading (see headingLikeLine). Kind reading takes
   * it for the title's words when there is no title; rules take runInHeading.
   */
  get runInTitle(): Sentence | undefined {
    if (this.runIn === undefined) {
      const sentences = this.lead?.sentences ?? [];
      // (A site's call to action run in above it, "Talk to someone today 0800 555 0199 or sign up for 24/7 text help.", is the
      // site's banner: the line after it heads the page, as a line of its own would.)
      const banner = sentences.length > 1 && isSiteCallToAction(sentences[0].text);
      const first = sentences[banner ? 1 : 0];
      this.runIn = first && (banner || first.block.sentences.length > 1) && headingLikeLine(first.text) ? first : null;
    }
    return this.runIn ?? undefined;
  }

  /**
   * runInTitle, unless it is a sentence that lost its full stop ("Our therapy group meets on Tuesdays\nWe…"): the line that
   * rules keep apart from prose, as they do the title, and insert under.
   */
  get runInHeading(): Sentence | undefined {
    const s = this.runInTitle;
    return s && !readsAsClause(s) ? s : undefined;
  }

  /**
   * Is the block a line that sets the kinds side by side ("What is the difference between group therapy and a support
   * group?", "## How is this different from group therapy?"), or in the section it heads? (See markComparing.)
   */
  inComparingSection(block: ProseBlock): boolean {
    return (this.comparing ??= markComparing(this.blocks)).has(block);
  }

  /**
   * The heading, or heading-like line, whose section holds the block: the nearest one above it (a heading heads its own
   * section); undefined before the first.
   */
  sectionHead(block: ProseBlock): ProseBlock | undefined {
    if (!this.heads) {
      this.heads = new Map();
      const heads = new Set(this.headings);
      let current: ProseBlock | undefined;
      for (const b of this.blocks) {
        if (heads.has(b)) current = b;
        if (current) this.heads.set(b, current);
      }
    }
    return this.heads.get(block);
  }

  /** Every match of `re` (which must have the `g` flag) in the prose, with its stance. */
  find(re: RegExp, where?: (b: ProseBlock) => boolean): Match[] {
    return this.collect(re, where, false);
  }

  /** find(), keeping only the affirmed matches. */
  private collect(re: RegExp, where: ((b: ProseBlock) => boolean) | undefined, affirmedOnly: boolean): Match[] {
    const out: Match[] = [];
    const id = patternId(re);
    // Only the blocks the pattern matches: after an edit, most searches visit a handful.
    for (const i of hitsOf(this.parsed, id, re)) {
      const block = this.blocks[i];
      if ((where && !where(block)) || factsOf(block).navigation) continue;
      for (const m of this.matchesIn(i, id, re)) if (!affirmedOnly || m.stance === 'affirmed') out.push(m);
    }
    return out;
  }

  /**
   * The matches of `re` in blocks[i], in document context. Kept on the block while its place
   * under a denying lead is unchanged, so a keystroke does not build every match of every
   * pattern in the document again; a block with a question among its matches is done each
   * time (the answer may sit in the next block). Rules never change a match.
   */
  private matchesIn(i: number, id: number, re: RegExp): Match[] {
    const block = this.blocks[i];
    const denied = this.denied[i];
    const kept = block.built?.denied === denied ? block.built.lists[id] : undefined;
    if (kept) return kept;
    const list: Match[] = [];
    let asked = false;
    for (const bm of blockMatches(block, id, re)) {
      const sentence = block.sentences[bm.sentence];
      let stance = bm.stance;
      if (stance === 'question') {
        asked = true;
        stance = this.answerTo(i, sentence);
      }
      if (denied && stance === 'affirmed') stance = 'negated';
      list.push({
        start: sourceAt(block, bm.index),
        end: sourceAt(block, bm.index + bm.length - 1) + 1,
        text: block.folded!.slice(bm.index, bm.index + bm.length),
        index: bm.index,
        block,
        sentence,
        stance,
        groups: bm.groups,
      });
    }
    if (!asked) {
      if (block.built?.denied !== denied) block.built = { denied, lists: [], all: [] };
      block.built.lists[id] = list;
      for (const m of list) block.built.all.push(m);
    }
    return list;
  }

  /**
   * A question answered right after it ("Is this therapy? No, it is a peer group.")
   * takes the answer's stance; an unanswered question stays a question.
   */
  private answerTo(blockIndex: number, sentence: Sentence): Stance {
    const block = this.blocks[blockIndex];
    const at = block.sentences.indexOf(sentence);
    const next = block.sentences[at + 1] ?? this.blocks[blockIndex + 1]?.sentences[0];
    if (!next) return 'question';
    const t = fold(next.text);
    if (/^[\W_]*(?:no|nope|not\s+(?:at\s+all|really|exactly)|nothing|none|zero|free)\b/i.test(t)) return 'negated';
    if (/^[\W_]*(?:yes|yep|absolutely|definitely|it\s+is|correct)\b/i.test(t)) return 'affirmed';
    return 'question';
  }

  /** Matches that affirm the phrase (not negated, not asked, not hypothetical). */
  affirmed(re: RegExp, where?: (b: ProseBlock) => boolean): Match[] {
    return this.collect(re, where, true);
  }

  /**
   * find(re, where).find(test): the first match that passes, without building the matches after it (on a long page a
   * common phrase has hundreds, and most questions are answered by the first).
   */
  first(re: RegExp, test: (m: Match) => boolean, where?: (b: ProseBlock) => boolean): Match | undefined {
    return this.seek(re, where, false, test);
  }

  /** affirmed(re, where).find(test), likewise: the first affirmed match (that passes `test`). */
  firstAffirmed(re: RegExp, test?: (m: Match) => boolean, where?: (b: ProseBlock) => boolean): Match | undefined {
    return this.seek(re, where, true, test);
  }

  /** collect's walk, stopping at the first match that passes `test`. */
  private seek(
    re: RegExp,
    where: ((b: ProseBlock) => boolean) | undefined,
    affirmedOnly: boolean,
    test: ((m: Match) => boolean) | undefined,
  ): Match | undefined {
    const id = patternId(re);
    for (const i of hitsOf(this.parsed, id, re)) {
      const block = this.blocks[i];
      if ((where && !where(block)) || factsOf(block).navigation) continue;
      for (const m of this.matchesIn(i, id, re)) if ((!affirmedOnly || m.stance === 'affirmed') && (!test || test(m))) return m;
    }
    return undefined;
  }

  /** Does any prose match `re` at all, whatever its stance? */
  mentions(re: RegExp, where?: (b: ProseBlock) => boolean): boolean {
    // A block is on the hit list only when the pattern matches in it.
    const id = patternId(re);
    for (const i of hitsOf(this.parsed, id, re)) if ((!where || where(this.blocks[i])) && !factsOf(this.blocks[i]).navigation) return true;
    return false;
  }

  /** Source range of a sentence. */
  sentenceRange(s: Sentence): { start: number; end: number } {
    return { start: sourceAt(s.block, s.from), end: sourceAt(s.block, s.from + s.text.length - 1) + 1 };
  }
}

function factsOf(b: ProseBlock): NonNullable<ProseBlock['facts']> {
  if (b.facts === undefined) {
    const headingLike = computeHeadingLike(b);
    const head = isSectionHead(b, headingLike);
    b.facts = {
      headingLike,
      denyingLead: isDenyingLead(fold(b.text)),
      navigation: isNavigation(b),
      opensList: opensList(b.text),
      head,
      comparesKinds: head && comparesKinds(b.text),
    };
  }
  return b.facts;
}

/** Words a menu label leaves in lower case ("Contact us", "Terms of Use"). */
const MENU_SMALL_WORDS = new Set(['a', 'an', 'and', 'of', 'the', 'to', 'for', 'on', 'in', 'with', 'me', 'us', 'or', 'at', 'by', 'i']);

/**
 * A web page's menu pasted as one run of capitalised link labels ("Home Page My Approach Services
 * I Offer Group Norms Intake Forms Office Location How to contact me"): no sentence, nothing said.
 * Its words ("Therapy Free", "Intake Forms") are not read as the page's own statements.
 */
function isNavigation(b: ProseBlock): boolean {
  if (b.type !== 'paragraph' || /[.!?;]/.test(b.text) || isFieldLines(b.text)) return false;
  const words = b.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 15) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w) || MENU_SMALL_WORDS.has(w.toLowerCase())).length;
  return capitalised / words.length >= 0.9;
}

// A line that opens on a short label and a colon with its value after it: "Start time: 2:00 PM", "Location: Room 4", "Contact: Jan Poe".
const FIELD_LINE = /^[\W_]*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*:\s*\S/u;
/**
 * An event's details set out as fields, a label and its value on each line ("Start time: 2:00 PM\nLocation: …\nCost: Free"): two
 * such lines or more. Their values are capitalised as a menu's labels are, but they say when, where and whom to contact.
 */
function isFieldLines(text: string): boolean {
  let fields = 0;
  for (const line of text.split('\n')) if (FIELD_LINE.test(line) && ++fields >= 2) return true;
  return false;
}

/** Is the block a pasted navigation menu (see isNavigation)? Such blocks are never searched. */
export function isNavigationBlock(b: ProseBlock): boolean {
  return factsOf(b).navigation;
}

function isHeadingLike(b: ProseBlock): boolean {
  return factsOf(b).headingLike;
}

function computeHeadingLike(b: ProseBlock): boolean {
  // A "heading" of many words is prose that a stray "-" or "=" line under it made a setext heading
  // (common in text pasted from a web page): it is read as prose, not as a heading or the title.
  if (b.type === 'heading') return b.text.split(/\s+/).length <= 20;
  if (b.type !== 'paragraph' || b.item !== undefined) return false;
  const t = b.text.trim();
  return t.length <= 90 && t.split(/\s+/).length <= 12 && !/[.!?:,;]$/.test(t) && !/[.!?]\)$/.test(t) && /^[\p{Lu}\p{N}\p{Emoji_Presentation}]/u.test(t);
}

/**
 * Does a first line run into the text below read as a heading? A few words, capitalised, with no closing punctuation (it may hold
 * ':' and a subtitle, "Group Counseling: Common Questions").
 */
function headingLikeLine(t: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t) && !/[.!?:,;]$/.test(t) && t.split(/\s+/).length <= 12;
}

// Words of a clause in lower case: "Our therapy group meets on Tuesdays", "This is group therapy" with the full stop left off.
// (A heading capitalises them, "What We Do", or asks: "Why you might try a therapy group".)
const CLAUSE_WORD = /(?:^|\s)(?:is|are|was|were|am|we|you|they|he|she|will|can|may|must|does|has|have|meets?|offers?|provides?|runs?)(?=\s|$)/;
const ASKS = /^[\W_]*(?:why|how|what|when|where|who|which)\b/i;

// A site's call to action: a short line that asks the reader to call or talk to someone now, with a phone number, and says nothing
// of a group, a meeting or a day ("Call 0800 555 0199 today or sign up for our Tuesday meeting" is a group's own first line).
const CALL_TO_ACTION = /^[\W_]*(?:call|ring|phone|text|talk\s+to\s+someone|speak\s+(?:to|with)\s+someone|get\s+help|need\s+help)\b/i;
const PHONE = new RegExp(PHONE_NUMBER);
const NAMES_A_GROUP = /\b(?:groups?|meetings?|circles?|sessions?|classes|our|we|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/i;
function isSiteCallToAction(t: string): boolean {
  return t.length <= 160 && CALL_TO_ACTION.test(t) && PHONE.test(t) && !NAMES_A_GROUP.test(t);
}

/** Is a short first line (runInTitle) a sentence that lost its full stop rather than a heading? */
function readsAsClause(s: Sentence): boolean {
  return CLAUSE_WORD.test(s.text) && !ASKS.test(s.text);
}

/**
 * The matches of `re` in one block, computed once per block and pattern. A block that an
 * edit did not touch keeps its matches, so re-linting after a keystroke only scans what changed.
 */
const patternIds = new WeakMap<RegExp, number>();
let nextPatternId = 0;
/** Per pattern id, its prefilter: read by an array index for each block a pattern is tested on. */
const filters: Array<Prefilter | null> = [];
/** While set (see recordSearches), told of every pattern a document is searched with. */
let onSearch: ((re: RegExp) => void) | undefined;

/**
 * Have `record` told of every pattern the engine searches a document with, until this is called again with undefined
 * (scripts/build-prefilters.ts reads the prefilters of those patterns ahead of time).
 */
export function recordSearches(record: ((re: RegExp) => void) | undefined): void {
  onSearch = record;
}

/** A small number per pattern object, so a block's cache is an array lookup. */
function patternId(re: RegExp): number {
  onSearch?.(re);
  let id = patternIds.get(re);
  if (id === undefined) {
    // Matches are collected with lastIndex: a pattern without the g flag would match forever.
    if (!re.global) throw new Error(`grouplint: a search pattern needs the g flag: /${re.source.slice(0, 60)}/${re.flags}`);
    patternIds.set(re, (id = nextPatternId++));
    filters[id] = prefilterOf(re);
  }
  return id;
}

const NONE: BlockMatch[] = [];

/** The indices of the blocks `re` matches (computed once per parse; see PatternHits). */
function hitsOf(parsed: ParsedDocument, id: number, re: RegExp): number[] {
  const all = (parsed.hits ??= []);
  const known = all[id];
  if (known) return known.list;
  const list: number[] = [];
  const blocks = parsed.blocks;
  // Most patterns match nowhere in a document: the letters of all its blocks together (their pairs
  // and runs of three) rule most such patterns out in one test, instead of one per block (see mayMatchAny).
  const filter = filters[id];
  if (!filter || blocks.length < 2 || mayMatchAny(filter, wholeIndex(parsed))) {
    for (let i = 0; i < blocks.length; i++) if (blockMatches(blocks[i], id, re) !== NONE) list.push(i);
  }
  all[id] = { re, list };
  return list;
}

/** The union of the blocks' indexes (see ParsedDocument.whole), made once per parse. */
function wholeIndex(parsed: ParsedDocument): LetterIndex | null {
  if (parsed.whole === undefined) {
    // Each block's index is needed anyway, by the patterns the whole does not rule out.
    parsed.whole = joinIndexes(parsed.blocks.map((b) => indexOf(b, foldedText(b))));
  }
  return parsed.whole;
}

/** Carry hit lists over an edit: `kept` old blocks before, `added` new ones, then the old ones from `resume` on. */
export function carryHits(old: ParsedDocument, out: ParsedDocument, kept: number, added: number, resume: number): void {
  if (!old.hits) return;
  const hits: Array<PatternHits | undefined> = [];
  const shift = kept + added - resume;
  old.hits.forEach((h, id) => {
    if (!h) return;
    const list: number[] = [];
    let j = 0;
    for (; j < h.list.length && h.list[j] < kept; j++) list.push(h.list[j]);
    for (let i = kept; i < kept + added; i++) if (blockMatches(out.blocks[i], id, h.re) !== NONE) list.push(i);
    for (; j < h.list.length; j++) if (h.list[j] >= resume) list.push(h.list[j] + shift);
    hits[id] = { re: h.re, list };
  });
  out.hits = hits;
}

function blockMatches(block: ProseBlock, id: number, re: RegExp): BlockMatch[] {
  const cache = (block.matches ??= []);
  const hit = cache[id];
  if (hit) return hit;
  const text = foldedText(block);
  const filter = filters[id];
  if (filter && !mayMatch(filter, text, indexOf(block, text))) return (cache[id] = NONE);
  const found: BlockMatch[] = [];
  // Each sentence is folded and checked for a question mark once, however many matches it has.
  let last: Sentence | undefined;
  let folded = '';
  let question = false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const at = sentenceAt(block, m.index);
    if (at < 0) continue;
    const sentence = block.sentences[at];
    if (sentence !== last) {
      last = sentence;
      folded = text.slice(sentence.from, sentence.from + sentence.text.length);
      question = isQuestion(folded);
    }
    const local = m.index - sentence.from;
    const stance = stanceOf(folded, local, local + m[0].length, question);
    found.push({ index: m.index, length: m[0].length, sentence: at, stance, groups: m.slice(1) });
  }
  cache[id] = found.length ? found : NONE;
  return cache[id]!;
}

/**
 * The block's text as every pattern reads it (and the prefilter with them): its sentences as they read, wrapped lines joined
 * (their texts, see joinWrapped), between them what the block holds; folded. One character for one with the block's text.
 */
function foldedText(block: ProseBlock): string {
  if (block.folded === undefined) {
    const t = block.text;
    let words = t;
    if (t.includes('\n') || t.includes('\r')) {
      words = '';
      let at = 0;
      for (const s of block.sentences) {
        words += t.slice(at, s.from) + s.text;
        at = s.from + s.text.length;
      }
      words += t.slice(at);
    }
    block.folded = fold(words);
  }
  return block.folded;
}

/** The block's folded text indexed for prefilters (computed once per block), or null when it cannot be. */
function indexOf(block: ProseBlock, text: string): TextIndex | null {
  if (block.index === undefined) block.index = indexText(text);
  return block.index;
}

/** The number of the block's sentence holding `index` (by binary search: a block of many short lines has thousands), or -1. */
function sentenceAt(block: ProseBlock, index: number): number {
  const sentences = block.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].from <= index) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && index < sentences[found].from + sentences[found].text.length ? found : -1;
}

/** A line that sets the kinds (or this group and the other kind) side by side. */
const COMPARING_LINE = /\b(?:differen(?:ce|ces|t|tly)|differs?|distinguish\w*|compar(?:e|ed|ing|ison)|vs\.?|versus)(?![\w-])/i;
const KIND_WORD = /\bsupport\s+groups?\b|\b(?:psycho)?therap(?:y|ies)\b|\bcounsel+ing\b/i;
/** A line that offers the two kinds as a choice: "Support group or group therapy?", "Is this therapy or a support group?" (tried on short lines only). */
const KINDS_AS_CHOICE =
  /\b(?:support\s+groups?|peer\s+support)\b.*\bor\b.*\b(?:(?:psycho)?therap(?:y|ies)|counsel+ing)\b|\b(?:(?:psycho)?therap(?:y|ies)|counsel+ing)\b.*\bor\b.*\b(?:support\s+groups?|peer\s+support)\b/i;

/**
 * The blocks of a section that compares the kinds: its head (a heading, or a short line standing alone such as a
 * question) and what follows it up to the next heading or heading-like line. A page that describes a group of its
 * own and then explains how it differs from the other kind names that other kind there, not as its own.
 */
function markComparing(blocks: ProseBlock[]): Set<ProseBlock> {
  const comparing = new Set<ProseBlock>();
  let depth = 0; // depth of the comparing heading whose section we are in (7 for a line that is no heading); 0 = none
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // (Each block's own tests are its facts, kept while it is unchanged: a keystroke only walks the sections.)
    const facts = factsOf(b);
    if (facts.head) {
      const level = b.type === 'heading' ? b.depth : 7;
      if (depth && level <= depth) depth = 0;
      if (!depth && i > 0 && facts.comparesKinds) depth = level;
    }
    if (depth) comparing.add(b);
  }
  return comparing;
}

/** Does the block head a section for markComparing: a heading, a heading-like line, or a short question standing alone? */
function isSectionHead(b: ProseBlock, headingLike: boolean): boolean {
  return (
    b.type === 'heading' ||
    headingLike ||
    (b.type === 'paragraph' && b.item === undefined && /\?["'”’)\]*\s]*$/.test(b.text) && b.text.split(/\s+/).length <= 20)
  );
}

/** Does a section's head set the kinds side by side (see markComparing)? */
function comparesKinds(text: string): boolean {
  return (COMPARING_LINE.test(text) && KIND_WORD.test(text)) || (text.length <= 200 && KINDS_AS_CHOICE.test(text));
}

function markDenied(blocks: ProseBlock[]): boolean[] {
  const denied = new Array<boolean>(blocks.length).fill(false);
  let sectionDepth = 0; // depth of the denying heading whose section we are in; 0 = none
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'heading') {
      if (sectionDepth && b.depth <= sectionDepth) sectionDepth = 0;
      // The title names the whole document ("Anxiety isn't forever"): it denies nothing.
      if (!sectionDepth && i > 0 && b.depth > 1 && factsOf(b).denyingLead) sectionDepth = b.depth;
      continue;
    }
    // Inside a denying section, lists and short lines are what the heading denies.
    if (sectionDepth && (b.listStart !== undefined || b.text.length < 120)) denied[i] = true;
    if (b.listStart !== undefined && !denied[i]) {
      const lead = leadOf(blocks, i);
      if (lead && factsOf(lead).opensList && factsOf(lead).denyingLead) denied[i] = true;
    }
    // A list typed with bullet characters (as text copied from a web page is: "• Therapy group"), which Markdown reads
    // as a paragraph, under the same kind of lead.
    if (!denied[i] && b.listStart === undefined && i > 0) {
      const lead = blocks[i - 1];
      if (lead.type !== 'heading' && lead.end <= b.start && factsOf(lead).opensList && factsOf(lead).denyingLead && isBulletParagraph(b.text)) denied[i] = true;
    }
  }
  return denied;
}

/**
 * Does a lead end as one that opens a list (":", "…", "...", a dash), trailing white space
 * aside? The same test as /(?::|…|\.\.\.|—|-)\s*$/ (trimEnd drops what \s matches), without
 * a regular expression that tries every position of a long paragraph.
 */
export function opensList(text: string): boolean {
  const t = text.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  // ':' '-' '…' '—', or the last dot of '...'
  return last === 0x3a || last === 0x2d || last === 0x2026 || last === 0x2014 || (last === 0x2e && t.endsWith('...'));
}

/** Is every line of a paragraph an item of a list typed with bullet characters ("• Lectures", "· Pep rally")? */
export function isBulletParagraph(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => /^\s*[•·▪◦●‣]/.test(l));
}

/** The prose block that introduces the list holding blocks[i]. */
function leadOf(blocks: ProseBlock[], i: number): ProseBlock | undefined {
  const listStart = blocks[i].listStart!;
  for (let j = i - 1; j >= 0; j--) {
    if (blocks[j].listStart === listStart) continue;
    return blocks[j].end <= listStart ? blocks[j] : undefined;
  }
  return undefined;
}
