// Parse a Markdown document once and reduce it to what the rules read: prose blocks
// (headings, paragraphs, table cells) as plain text with a map back to source offsets,
// plus front matter and HTML comments. Code, inline code, URLs, HTML and images are
// left out here, so no rule can ever fire on them.
import type { LetterIndex, TextIndex } from './prefilter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Nodes } from 'mdast';
import { joinWrapped, splitSentences } from './text';
import { fastParse } from './fast-parse';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * The same parser without the GFM constructs a text cannot hold, which parses it to the same
 * tree (parserFor):
 *
 * - Autolink literals (bare `www.`/`http` URLs and e-mail addresses made links). Their
 *   micromark side tries a construct at every letter and digit of running text, and their
 *   mdast side walks every text node: a good share of a parse. Text with no `@` (every
 *   e-mail, `mailto:` and `xmpp:` form has one), no `www`, no `http`, and neither `&` nor `\`
 *   (a character reference or escape that could spell one of those in a text node) cannot
 *   hold one.
 * - Tables, tried at the start of every line of a paragraph. A table's delimiter row needs a
 *   `|` or a colon beside its dashes (`:-`, `-:`; a one-column table may have no pipe at
 *   all), and a character reference is never a cell's edge: text with no `|`, `:-` or `-:`
 *   cannot hold one.
 */
function parserWithout(autolinks: boolean, tables: boolean) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(function dropConstructs() {
      // Runs when the processor is frozen, after remark-gfm has added its extensions.
      const dropped = new Set([...(autolinks ? ['emailAutolink', 'protocolAutolink', 'wwwAutolink'] : []), ...(tables ? ['table'] : [])]);
      type Construct = { name?: string };
      const keep = (c: Construct) => !dropped.has(c.name ?? '');
      const hooks = (map: Record<string, Construct | Construct[]>) => {
        const out: Record<string, unknown> = {};
        for (const [code, cs] of Object.entries(map)) {
          const left = Array.isArray(cs) ? cs.filter(keep) : keep(cs) ? cs : undefined;
          if (Array.isArray(left) ? left.length : left) out[code] = left;
        }
        return out;
      };
      const micromark = (ext: any): any => {
        if (Array.isArray(ext)) return ext.map(micromark);
        if (!ext?.text && !ext?.flow) return ext;
        const out = { ...ext };
        if (ext.text) out.text = hooks(ext.text);
        if (ext.flow) out.flow = hooks(ext.flow);
        return out;
      };
      // mdast-util-gfm-autolink-literal's extension: the one that opens `literalAutolink` nodes (its transform goes with it).
      // (A table's mdast extension only handles table tokens, which never come.)
      const mdast = (ext: any): any => (Array.isArray(ext) ? ext.filter((e) => !(autolinks && e?.enter?.literalAutolink)).map(mdast) : ext);
      const data = this.data();
      data.micromarkExtensions = micromark(data.micromarkExtensions ?? []);
      data.fromMarkdownExtensions = mdast(data.fromMarkdownExtensions ?? []);
    });
}
const AUTOLINK_POSSIBLE = /[@&\\]|www|http/i;
const TABLE_POSSIBLE = /\||:-|-:/;
// Indexed by (no autolink literal possible) + 2 × (no table possible).
const parsers: Array<{ parse(text: string): unknown }> = [processor, parserWithout(true, false), parserWithout(false, true), parserWithout(true, true)];

/** The parser for a piece of Markdown: without the constructs it cannot hold (see parserWithout). */
export function parserFor(src: string): { parse(text: string): unknown } {
  return parsers[(AUTOLINK_POSSIBLE.test(src) ? 0 : 1) + (TABLE_POSSIBLE.test(src) ? 0 : 2)];
}

export type BlockType = 'heading' | 'paragraph' | 'cell';

export interface Sentence {
  /**
   * Plain text of the sentence: a slice of its block's text, with any line break inside it (a wrapped line) made spaces, one
   * character for one (see joinWrapped).
   */
  text: string;
  /** Offset of the sentence inside its block's plain text. */
  from: number;
  block: ProseBlock;
}

export interface ProseBlock {
  type: BlockType;
  /** Heading depth (1-6); 0 for other blocks. */
  depth: number;
  /** Plain text: inline markup removed, inline code blanked, URLs and HTML left out. */
  text: string;
  /**
   * Source offset of each plain-text index (length text.length + 1), less `mapShift`: read
   * through sourceAt() (document.ts). (Not named `map`, so code that would read an offset
   * without its shift does not compile.)
   */
  unshiftedMap: Int32Array;
  /**
   * Added to every entry of `unshiftedMap`. An edit before the block moves it by changing this one
   * number, not the offset of every character after the edit on each keystroke.
   */
  mapShift: number;
  start: number;
  end: number;
  /** The list item holding this block, when it is the item's only prose. */
  item?: { start: number; end: number; only: boolean };
  /** Source offset where the list that holds this block starts (for list leads). */
  listStart?: number;
  sentences: Sentence[];
  /** Matches found in this block, per pattern id (see patternId): kept while the block is unchanged. */
  matches?: Array<BlockMatch[] | undefined>;
  /**
   * The document model's matches built from `matches`, per pattern id, while the block's place
   * under a denying lead (`denied`) is unchanged; kept across edits, moved with the block
   * (see document.ts).
   */
  built?: { denied: boolean; lists: Array<Match[] | undefined>; all: Match[] };
  /** The text as patterns read it: its sentences' wrapped lines joined (see joinWrapped), then folded (see fold()). */
  folded?: string;
  /**
   * The folded text indexed for ruling patterns out before they run (see prefilter.ts); null
   * when the text holds a character that lower-casing does not fold as a pattern does.
   */
  index?: TextIndex | null;
  /** Text indented as code that reads as sentences: checked as text (see walkBlock). */
  indented?: true;
  /** Derived facts about the block, computed once (see document.ts). */
  facts?: {
    headingLike: boolean;
    denyingLead: boolean;
    navigation: boolean;
    /** Does it end as a lead that opens a list (see opensList)? */
    opensList: boolean;
    /** Does it head a section (a heading, a heading-like line or a question standing alone), and does it set the kinds side by side (see markComparing)? */
    head: boolean;
    comparesKinds: boolean;
  };
}

/** A match inside a block, before document context (denying leads, FAQ answers) applies. */
export interface BlockMatch {
  index: number;
  length: number;
  sentence: number;
  stance: import('./assess').Stance;
  groups: Array<string | undefined>;
}

/** A match as rules see it, in document context (see document.ts). */
export interface Match {
  /** Source offsets of the matched words. */
  start: number;
  end: number;
  text: string;
  /** Index of the match in its block's plain text. */
  index: number;
  block: ProseBlock;
  sentence: Sentence;
  stance: import('./assess').Stance;
  /** Groups captured by the pattern, if any. */
  groups: Array<string | undefined>;
}

export interface HtmlComment {
  body: string;
  start: number;
  end: number;
}

export interface FrontMatterNode {
  value: string;
  start: number;
  end: number;
  /** Offset of `value` in the document. */
  valueStart: number;
}

export interface ParsedDocument {
  text: string;
  eol: '\n' | '\r\n';
  frontMatter?: FrontMatterNode;
  /** True when the text opens with `---` but the front matter is never closed. */
  unterminatedFrontMatter: boolean;
  blocks: ProseBlock[];
  comments: HtmlComment[];
  /** Source ranges and node types of the top-level Markdown blocks, in order. */
  top: Array<{ start: number; end: number; type: string }>;
  /**
   * Per pattern id (see document.ts): the indices of the blocks the pattern matches, so a
   * search visits only those. Kept across edits by EditableDocument.
   */
  hits?: Array<PatternHits | undefined>;
  /**
   * The union of the blocks' prefilter indexes (see document.ts): a pattern it rules out is not
   * tested block by block. Never carried over an edit (the blocks change).
   */
  whole?: LetterIndex | null;
}

export interface PatternHits {
  re: RegExp;
  /** Indices into `blocks`, ascending. */
  list: number[];
}

export function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Parse `text`; offsets in the result refer to `text` (a leading BOM is accounted for). */
export function parseDocument(text: string): ParsedDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const out = parseRange(text, bom, text.length);
  if (!out.frontMatter && /^---[ \t]*\r?\n/.test(text.slice(bom))) out.unterminatedFrontMatter = true;
  return out;
}

/** Parse a slice of a document (whole top-level blocks) as if it stood at `from`. */
export function parseSlice(text: string, from: number, to: number): ParsedDocument {
  return parseRange(text, from, to);
}

// Deeper than any real handout: Markdown parsers spend quadratic time (then exhaust their
// stack) on lines like "- - - - …" or "> > > …" thousands of levels deep.
const MAX_NESTING = 200;
const DEEP_LINE = new RegExp(String.raw`^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$)){${MAX_NESTING},}`, 'm');
const DEEP_INDENT = new RegExp(String.raw`^[ \t]{${MAX_NESTING * 2},}\S`, 'm');

function parseRange(text: string, from: number, to: number): ParsedDocument {
  const src = text.slice(from, to);
  // Refused in linear time, before the parser: lint's guard turns this into one notice.
  if (DEEP_LINE.test(src) || DEEP_INDENT.test(src)) throw new RangeError(`Markdown nested more than ${MAX_NESTING} levels deep`);
  // Every field at once, in the order an edit's parse lists them too (incremental.ts): one shape for all.
  const out: ParsedDocument = {
    text,
    eol: detectEol(text),
    frontMatter: undefined,
    unterminatedFrontMatter: false,
    top: [],
    blocks: [],
    comments: [],
    hits: undefined,
    whole: undefined,
  };
  let at = 0;
  for (const end of chunkEnds(src, chunking.chars)) {
    const part = at === 0 && end === src.length ? src : src.slice(at, end);
    const tree = (fastPath.enabled ? fastParse(part) : undefined) ?? (parserFor(part).parse(part) as Root);
    collect(tree.children, part, from + at, out);
    at = end;
  }
  return out;
}

/**
 * Whether plain documents are read by fast-parse.ts instead of micromark (the same result,
 * several times faster). Off only to compare the two.
 */
export const fastPath = { enabled: true };

/**
 * Long documents are parsed in pieces of about `chars` characters, cut only where the
 * parse cannot differ from a parse of the whole: micromark copies its whole event list each
 * time a list or quote ends, so one parse of a 10,000-line handout takes quadratic time.
 */
export const chunking = { chars: 16 * 1024 };

// Constructs that reach across a blank line, or from one block into another: link and
// footnote definitions, HTML blocks and comments left open on their line, and fences not at
// the margin (which may belong to a list item the scanner below does not follow).
const UNCUTTABLE = /\[[^\]\r\n]*\]:|<!--(?![^\r\n]*-->)|<\?|<![A-Za-z[]|<(?:script|pre|style|textarea)\b|^ {1,3}(?:`{3}|~{3})/im;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

/**
 * Where to cut `src`: the ends of its pieces, the last one `src.length`. A cut goes before a
 * line that starts at the margin with no list marker, after a blank line, outside front
 * matter and fenced code, never before a dash (a piece opening with "---" would read as front
 * matter): there every open block (paragraph, list, quote, table, HTML
 * block, indented code) has ended, and nothing after the cut can change what came before.
 */
export function chunkEnds(src: string, chars: number): number[] {
  if (src.length <= chars * 1.5 || UNCUTTABLE.test(src)) return [src.length];
  // A fence-like line inside an HTML block is no fence, and the scanner does not follow HTML.
  if (/^(?:`{3}|~{3})/m.test(src) && /^ {0,3}</m.test(src)) return [src.length];
  const ends: number[] = [];
  let i = 0;
  // Front matter: no cut before its closing line.
  if (/^---[ \t]*(?:\r\n?|\n)/.test(src)) {
    const close = /(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?=\r|\n|$)/.exec(src);
    if (!close) return [src.length];
    i = close.index + close[0].length;
  }
  let fence: string | undefined; // the opening sequence of the fence we are in
  let blank = false; // was the previous line blank?
  let last = 0;
  while (i < src.length) {
    // One line: [i, eol), then its break.
    let eol = i;
    while (eol < src.length && src.charCodeAt(eol) !== 10 && src.charCodeAt(eol) !== 13) eol++;
    const line = src.slice(i, eol);
    if (fence !== undefined) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !m[2].trim()) fence = undefined;
      blank = false;
    } else if (!line.trim()) {
      blank = true;
    } else {
      const c = line.charCodeAt(0);
      if (
        blank &&
        c !== 32 &&
        c !== 9 &&
        c !== 45 /* - (a piece opening with --- would read as front matter) */ &&
        !LIST_MARKER.test(line) &&
        i - last >= chars &&
        src.length - i >= chars / 2
      ) {
        ends.push(i);
        last = i;
      }
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = m[1];
      blank = false;
    }
    i = eol < src.length && src.charCodeAt(eol) === 13 && src.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  ends.push(src.length);
  return ends;
}

function collect(children: RootContent[], src: string, base: number, out: ParsedDocument): void {
  for (const node of children) {
    const pos = node.position;
    if (!pos) continue;
    out.top.push({ start: pos.start.offset! + base, end: pos.end.offset! + base, type: node.type });
    if (node.type === 'yaml') {
      const start = pos.start.offset! + base;
      const raw = src.slice(pos.start.offset!, pos.end.offset!);
      const firstBreak = raw.indexOf('\n');
      out.frontMatter = { value: node.value, start, end: pos.end.offset! + base, valueStart: start + firstBreak + 1 };
      continue;
    }
    walkBlock(node, src, base, out, undefined, undefined);
  }
}

function walkBlock(node: Nodes, src: string, base: number, out: ParsedDocument, item: ProseBlock['item'], listStart: number | undefined): void {
  switch (node.type) {
    case 'heading':
      pushProse('heading', node.depth, node.children, node, src, base, out, item, listStart);
      return;
    case 'paragraph':
      pushProse('paragraph', 0, node.children, node, src, base, out, item, listStart);
      return;
    case 'html':
      collectComments(node.value, node.position!.start.offset! + base, out);
      htmlProse(node.value, node.position!.start.offset!, src, base, out, item, listStart);
      return;
    case 'list': {
      const ls = node.position!.start.offset! + base;
      for (const li of node.children) {
        const prose = li.children.filter((c) => c.type === 'paragraph' || c.type === 'heading');
        const info = {
          start: li.position!.start.offset! + base,
          end: li.position!.end.offset! + base,
          only: prose.length === 1 && li.children.length === 1,
        };
        for (const c of li.children) walkBlock(c, src, base, out, info, ls);
      }
      return;
    }
    case 'blockquote':
    case 'footnoteDefinition':
      for (const c of node.children) walkBlock(c as Nodes, src, base, out, item, listStart);
      return;
    case 'table':
      // A row reads as one line ("Cost | Free"), its cells joined by a bar.
      for (const row of node.children) {
        const children: PhrasingContent[] = [];
        row.children.forEach((cell, i) => {
          if (i > 0 && cell.position) children.push({ type: 'text', value: ' | ', data: { at: cell.position.start.offset } } as never);
          children.push(...cell.children);
        });
        pushProse('cell', 0, children, row, src, base, out, item, listStart);
      }
      return;
    case 'code': {
      // Text indented four spaces (pasted from a web page or a word processor) is code to
      // Markdown, but when it reads as sentences it is what the reader sees: it is checked as
      // text, and the block is marked so the engine can say why it shows as code.
      const at = node.position!.start.offset!;
      if (node.lang || /^[ \t]*(?:`{3}|~{3})/.test(src.slice(at, at + 8)) || !looksLikeProse(node.value)) return;
      const text = { type: 'text', value: node.value, position: node.position } as PhrasingContent;
      const before = out.blocks.length;
      pushProse('paragraph', 0, [text], node, src, base, out, item, listStart);
      if (out.blocks.length > before) out.blocks[before].indented = true;
      return;
    }
    default:
      // thematicBreak, definition, yaml in odd places: no prose.
      return;
  }
}

/** Sentences, not code: mostly letters, some sentence punctuation, few of code's signs. */
export function looksLikeProse(value: string): boolean {
  const nonSpace = value.replace(/\s+/g, '');
  if (value.split(/\s+/).filter(Boolean).length < 8 || !/[\p{L}][.!?,;:]/u.test(value)) return false;
  const letters = nonSpace.replace(/[^\p{L}]/gu, '').length;
  const codeSigns = nonSpace.replace(/[^{}()[\]<>=;$\\`|_#*/]/g, '').length;
  return letters >= 0.75 * nonSpace.length && codeSigns <= 0.02 * nonSpace.length;
}

// A crawler's date stamp at the very top of a stored page, " date 2017-05-25 About Wednesday Memory Cafe", is no part of the page: it
// is left out of the first block, so the words after it can be read as the title.
const CRAWL_STAMP = /^[ \t]*date[ \t]+\d{4}-\d\d-\d\d[ \t]+(?=\S)/;
// An image caption run into the text after it, "fathers support groupFathers raising…": the lower-case kind's name ends where a
// capitalised word is glued to it, so a space is put back (mapped to the glued word's first character). Case-sensitive: an app's
// name, "SupportGroupHub", is left as it is.
const CAPTION_RUN_IN = /\b(?:support|therapy|self-help)\s+groups?(?=\p{Lu}\p{Ll})/gu;

/** A block's plain text and source offsets, less a crawl's leading date stamp and with a caption run into the text split off. */
function repairScrape(text: string, offsets: number[]): [string, number[]] {
  // (Only at the top of the document: the stamp is where a crawl put it.)
  if (offsets.length && offsets[0] <= 4) {
    const stamp = CRAWL_STAMP.exec(text);
    if (stamp) {
      text = text.slice(stamp[0].length);
      offsets = offsets.slice(stamp[0].length);
    }
  }
  if (!text.includes('group')) return [text, offsets];
  let out = '';
  let outOffsets: number[] | undefined;
  let from = 0;
  for (const m of text.matchAll(CAPTION_RUN_IN)) {
    const at = m.index! + m[0].length;
    outOffsets ??= [];
    out += text.slice(from, at) + ' ';
    for (let i = from; i < at; i++) outOffsets.push(offsets[i]);
    outOffsets.push(offsets[at]);
    from = at;
  }
  if (!outOffsets) return [text, offsets];
  for (let i = from; i < text.length; i++) outOffsets.push(offsets[i]);
  return [out + text.slice(from), outOffsets];
}

interface Builder {
  parts: string[];
  offsets: number[];
  length: number;
  /** Characters that came from link text. */
  linked: number;
}

function pushProse(
  type: BlockType,
  depth: number,
  children: PhrasingContent[],
  node: Nodes,
  src: string,
  base: number,
  out: ParsedDocument,
  item: ProseBlock['item'],
  listStart: number | undefined,
): void {
  const b: Builder = { parts: [], offsets: [], length: 0, linked: 0 };
  for (const c of children) inline(c, src, base, b, out);
  const [text, offsets] = repairScrape(b.parts.join(''), b.offsets);
  const end = node.position!.end.offset! + base;
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) map[i] = offsets[i];
  map[text.length] = text.length ? offsets[text.length - 1] + 1 : end;
  const block: ProseBlock = {
    type,
    depth,
    text,
    unshiftedMap: map,
    mapShift: 0,
    start: node.position!.start.offset! + base,
    end,
    item,
    listStart,
    sentences: [],
    // The caches the engine fills in later, each block in its own order (a keystroke's new
    // blocks are searched before the document model reads their facts, an open's after),
    // made here: a block gets all its fields at once, so every block has one shape.
    // Code compiled for the blocks of an open then still fits those of an edit, instead of
    // being thrown away on the first keystroke (V8 deoptimized some twenty functions there).
    matches: undefined,
    built: undefined,
    folded: undefined,
    index: undefined,
    indented: undefined,
    facts: undefined,
  };
  if (!text.trim()) return;
  // Navigation, breadcrumbs and footers are mostly links: menus, not statements. (Letters are
  // counted only in a block with a link: most have none.)
  if (b.linked > 0 && b.linked >= 0.6 * text.replace(/[^\p{L}\p{N}]/gu, '').length) return;
  if (/^(?:©|\(c\)\s|copyright\b)/i.test(text.trim())) return; // page footer
  if (/^[^.!?\n]{0,40}(?:\s[›»>/]\s[^.!?\n]{1,40}){2,}$/.test(text.trim())) return; // "Home › Groups › Grief"

  // A sentence's words as they read: a line it is wrapped over is joined to the next (see joinWrapped). The block's text keeps its
  // line breaks, for what reads lines.
  const ranges = splitSentences(text);
  const words = joinWrapped(text, ranges);
  block.sentences = ranges.map(([from, to]) => ({ text: words.slice(from, to), from, block }));
  out.blocks.push(block);
}

function countLetters(b: Builder, from: number): number {
  // Letters appended since offset `from` of the block's plain text.
  let n = 0;
  let pos = b.length;
  for (let i = b.parts.length - 1; i >= 0 && pos > from; i--) {
    const part = b.parts[i];
    const start = Math.max(0, from - (pos - part.length));
    n += part.slice(start).replace(/[^\p{L}\p{N}]/gu, '').length;
    pos -= part.length;
  }
  return n;
}

function append(b: Builder, s: string, offsets: ArrayLike<number>): void {
  b.parts.push(s);
  for (let i = 0; i < s.length; i++) b.offsets.push(offsets[i]);
  b.length += s.length;
}

function blank(b: Builder, at: number): void {
  append(b, ' ', [at]);
}

function inline(node: PhrasingContent, src: string, base: number, b: Builder, out: ParsedDocument): void {
  const pos = node.position;
  switch (node.type) {
    case 'text': {
      const at = (node.data as { at?: number } | undefined)?.at;
      if (at !== undefined) {
        append(
          b,
          node.value,
          Array.from(node.value, () => at + base),
        );
        return;
      }
      if (!pos) return;
      append(b, node.value, align(node.value, src, pos.start.offset!, pos.end.offset!, base));
      return;
    }
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      for (const c of node.children) inline(c, src, base, b, out);
      return;
    case 'link': {
      // A bare URL (autolink) is not prose; a link's words are.
      const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
      if (only !== undefined && (only === node.url || /^(https?:|www\.|mailto:)/i.test(only) || node.url === `mailto:${only}`)) {
        if (pos) blank(b, pos.start.offset! + base);
        return;
      }
      const before = b.length;
      for (const c of node.children) inline(c, src, base, b, out);
      b.linked += countLetters(b, before);
      return;
    }
    case 'inlineCode':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      if (pos) blank(b, pos.start.offset! + base);
      return;
    case 'break':
      if (pos) append(b, '\n', [pos.start.offset! + base]);
      return;
    case 'html':
      if (pos) collectComments(node.value, pos.start.offset! + base, out);
      return;
    default:
      return;
  }
}

// A character reference as CommonMark reads one: named, decimal or hexadecimal, at a given offset (sticky).
const CHAR_REF = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Map each character of a text node's value to its source offset (escapes, entities, CRLF). */
function align(value: string, src: string, start: number, end: number, base: number): number[] {
  const offsets = new Array<number>(value.length);
  if (end - start === value.length) {
    for (let i = 0; i < value.length; i++) offsets[i] = start + i + base;
    return offsets;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    // A character reference ("&#x1F600;", "&amp;") stands for what it decodes to: its characters map to the reference,
    // and the search goes on after it. (Searching for the decoded character instead could anchor on the same character
    // written out further on, and shift every offset after it: "&#x1F600; 😀 worksheet".)
    if (src[j] === '&' && ch !== '&') {
      CHAR_REF.lastIndex = j;
      const ref = CHAR_REF.exec(src);
      if (ref && j + ref[0].length <= end) {
        offsets[i] = j + base;
        if (/[\uD800-\uDBFF]/.test(ch) && i + 1 < value.length) offsets[++i] = j + base;
        j += ref[0].length;
        continue;
      }
    }
    let k = j;
    const limit = Math.min(end, j + 12);
    while (k < limit && src[k] !== ch) k++;
    if (k < limit) {
      offsets[i] = k + base;
      j = k + 1;
    } else {
      offsets[i] = Math.min(j, end - 1) + base;
    }
  }
  return offsets;
}

// An HTML block's words are read as prose: a flyer centred with <p align="center"> says its fee and disclaimer inside
// the tags. Tags, comments, attributes and what <script> or <style> hold are not words. A block-level tag starts a new
// block (a heading tag a heading); <br> is a line break.
// (A tag is read up to a bounded length, so a block of many unclosed "<a …" stays linear to read.)
const HTML_PIECE = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([A-Za-z][\w-]*)\b[^<>]{0,1000}>|[^<]+|</gy;
const HTML_BLOCK_TAG =
  /^(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|td|th|tr|table|thead|tbody|section|article|header|footer|aside|main|nav|blockquote|center|figure|figcaption|hr)$/i;

/** A node position from source offsets alone (what pushProse reads of the nodes htmlProse makes). */
function span(start: number, end: number): NonNullable<Nodes['position']> {
  return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}

function htmlProse(html: string, at: number, src: string, base: number, out: ParsedDocument, item: ProseBlock['item'], listStart: number | undefined): void {
  let children: PhrasingContent[] = [];
  let from = -1;
  let to = -1;
  let heading = 0;
  const flush = () => {
    if (children.length) {
      const position = span(from, to);
      pushProse(heading ? 'heading' : 'paragraph', heading, children, { type: 'html', value: '', position } as Nodes, src, base, out, item, listStart);
    }
    children = [];
    from = -1;
  };
  HTML_PIECE.lastIndex = 0;
  for (let m = HTML_PIECE.exec(html); m; m = HTML_PIECE.exec(html)) {
    const piece = m[0];
    const s = at + m.index;
    const tag = m[2];
    if (tag !== undefined) {
      if (HTML_BLOCK_TAG.test(tag)) {
        flush();
        heading = /^h[1-6]$/i.test(tag) && piece[1] !== '/' ? Number(tag[1]) : 0;
      } else if (/^br$/i.test(tag) && children.length) {
        children.push({ type: 'break', position: span(s, s + piece.length) });
      }
      continue;
    }
    // (A comment, a script or a style holds no words; a lone "<" is a word's character.)
    if (piece.startsWith('<!--') || m[1] !== undefined) continue;
    if (!children.length && !piece.trim()) continue;
    if (from < 0) from = s;
    to = s + piece.length;
    children.push({ type: 'text', value: piece, position: span(s, to) });
  }
  flush();
}

function collectComments(html: string, at: number, out: ParsedDocument): void {
  // (Found by position, not by a pattern: a pattern tried at each of many "<!--" with no "-->" after them reads the rest of
  // the block each time, and a block of them took quadratic time.)
  for (let open = html.indexOf('<!--'); open >= 0;) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    out.comments.push({ body: html.slice(open + 4, close), start: at + open, end: at + close + 3 });
    open = html.indexOf('<!--', close + 3);
  }
}
