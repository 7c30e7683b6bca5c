// A document that is edited many times: the language server holds one per open document.
// After an edit only the top-level blocks around it are parsed again; the rest of the
// parse (and each untouched block's cached matches) is reused, shifted by the edit's length.
// Anything that can reach across blocks (fences, HTML blocks, link definitions, front
// matter) makes it parse the whole text instead, so the result always equals a fresh parse.
import { guarded, lintParsed, type LintOptions, type LintResult } from './lint';
import { parseDocument, parseSlice, type ParsedDocument, type ProseBlock } from './parse';
import { carryHits } from './document';

export interface TextChange {
  /** Offsets into the text before this change. */
  start: number;
  end: number;
  text: string;
}

export interface UpdateStats {
  /** How the last parse was done. */
  mode: 'full' | 'incremental';
  /** Characters parsed by it. */
  parsed: number;
}

// Constructs whose extent is not bounded by blank lines, or that change how other blocks
// parse: fences, raw HTML blocks and comments left open on their line, link and footnote
// definitions. A document holding any of them is always parsed whole.
const REACHING = /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea)\b|<\?|<!\[CDATA\[|\[[^\]\n]+\]:|\[\^)|<!--(?![^\n]*-->)/im;
// In an edit's own text, any of these (even closed on the line) changes the picture.
const REACHING_EDIT = /`{3}|~{3}|<!--|-->|<(?:script|pre|style|textarea)\b|<\?|\]:|\[\^/i;

export class EditableDocument {
  private current: string;
  private parsed: ParsedDocument | undefined;
  /** Whether the whole text holds anything that defeats block-local re-parsing. */
  private reaching = true;
  readonly stats: UpdateStats = { mode: 'full', parsed: 0 };

  constructor(text: string) {
    this.current = text;
  }

  get text(): string {
    return this.current;
  }

  /**
   * Apply changes in order (each one's offsets refer to the text after the ones before).
   * `after`, when the caller already holds it, is the text once they are all applied: that
   * string is kept instead of a second copy built here (the language server's own document
   * builds it, and each copy of a long handout costs its own flattening on the next read).
   */
  update(changes: TextChange[], after?: string): void {
    changes.forEach((c, n) => {
      const start = Math.max(0, Math.min(c.start, this.current.length));
      const end = Math.max(start, Math.min(c.end, this.current.length));
      const length = this.current.length - (end - start) + c.text.length;
      const next =
        after !== undefined && n === changes.length - 1 && after.length === length ? after : this.current.slice(0, start) + c.text + this.current.slice(end);
      const removed = this.current.slice(start, end);
      this.current = next;
      if (this.parsed && !this.reaching && !REACHING_EDIT.test(c.text) && !REACHING_EDIT.test(removed)) {
        this.parsed = this.reparse(this.parsed, start, end, c.text.length);
      } else {
        this.parsed = undefined;
      }
    });
  }

  /** Replace the whole text. */
  reset(text: string): void {
    this.current = text;
    this.parsed = undefined;
  }

  parse(): ParsedDocument {
    if (!this.parsed) {
      this.parsed = parseDocument(this.current);
      this.reaching = REACHING.test(this.current.slice(this.parsed.frontMatter?.end ?? 0)) || this.current.charCodeAt(0) === 0xfeff;
      this.stats.mode = 'full';
      this.stats.parsed = this.current.length;
    }
    return this.parsed;
  }

  lint(options: LintOptions = {}): LintResult {
    return guarded(this.current, () => lintParsed(this.parse(), options));
  }

  /**
   * Parse again only the top-level blocks an edit of [start, end) → `inserted` characters
   * can have changed: the ones it touches and one on each side. Returns undefined (so the
   * next parse is a full one) when the edit reaches the document's start or the new
   * blocks do not meet the old ones cleanly.
   */
  private reparse(old: ParsedDocument, start: number, end: number, inserted: number): ParsedDocument | undefined {
    const delta = inserted - (end - start);
    const top = old.top;
    if (top.length < 3) return undefined;
    // Blocks touching the edit (an edit in the blank lines between blocks touches both).
    let first = top.findIndex((b) => b.end >= start);
    if (first < 0) first = top.length - 1;
    let last = first;
    while (last + 1 < top.length && top[last + 1].start <= end) last++;
    first = Math.max(0, first - 1);
    // With no block after the edit, the window runs to the end of the text.
    const tail = last + 1 >= top.length;
    last = Math.min(top.length - 1, last + 1);
    // The first blocks hold the front matter and the title: parse those whole.
    if (first <= 1) return undefined;
    const from = top[first].start;
    const oldTo = last + 1 < top.length ? top[last + 1].start : old.text.length;
    const to = oldTo + delta;
    if (to <= from) return undefined;
    const slice = parseSlice(this.current, from, to);
    // The blocks on either side of the edit must come out as they were: then the edit
    // stayed inside the window and nothing beyond it can have changed.
    const got = slice.top;
    if (got.length < 2) return undefined;
    const [g0, gN] = [got[0], got[got.length - 1]];
    const [o0, oN] = [top[first], top[last]];
    if (g0.start !== o0.start || g0.end !== o0.end || g0.type !== o0.type) return undefined;
    if (o0.end >= start) return undefined; // the edit touched the first block itself
    if (!tail) {
      if (oN.start <= end) return undefined; // ... or the last one
      if (gN.start !== oN.start + delta || gN.end !== oN.end + delta || gN.type !== oN.type) return undefined;
    }
    if (slice.unterminatedFrontMatter || slice.frontMatter) return undefined;

    // The blocks after the window move in place: the old parse is this document's alone and
    // is dropped here, and a copy of every later block (with its map) made each keystroke
    // cost as much as the rest of the re-lint. Its arrays are reused the same way: the window
    // is spliced into them, and the entries after it are moved where they lie, so a keystroke
    // copies no list of the document's thousands of blocks.
    const before = (o: number) => o < from;
    const after = (o: number) => o >= oldTo;
    // Blocks are in source order: those kept before the window, then those from `resume` on.
    let kept = 0;
    while (kept < old.blocks.length && before(old.blocks[kept].start)) kept++;
    let resume = old.blocks.length;
    while (resume > kept && after(old.blocks[resume - 1].start)) resume--;
    // A list item's range is shared by the blocks it holds: moved once (see shiftBlock).
    const moved = new Set<NonNullable<ProseBlock['item']>>();
    const added = keepUnchanged(old.blocks, kept, resume, slice.blocks, delta, moved);
    if (delta !== 0) {
      for (let i = last + 1; i < top.length; i++) {
        top[i].start += delta;
        top[i].end += delta;
      }
      for (let i = resume; i < old.blocks.length; i++) shiftBlock(old.blocks[i], delta, moved);
    }
    const blocks = old.blocks;
    replaceRange(top, first, last + 1, got);
    replaceRange(blocks, kept, resume, added);
    const out: ParsedDocument = {
      text: this.current,
      eol: old.eol,
      frontMatter: old.frontMatter,
      unterminatedFrontMatter: old.unterminatedFrontMatter,
      top,
      blocks,
      comments: [
        ...old.comments.filter((c) => before(c.start)),
        ...slice.comments,
        ...old.comments.filter((c) => after(c.start)).map((c) => ({ ...c, start: c.start + delta, end: c.end + delta })),
      ],
      hits: undefined,
      whole: undefined,
    };
    carryHits(old, out, kept, slice.blocks.length, resume);
    this.stats.mode = 'incremental';
    this.stats.parsed = to - from;
    return out;
  }
}

/**
 * The window's blocks as parsed again, where each one the edit left as it was (the blocks on
 * either side of an edited one, mostly) is its old object instead, moved by `delta` if it lies
 * after the edit: the matches, facts and folded text already found in it are kept, as they
 * are for the blocks outside the window. Only a block equal in every field a parse sets is
 * kept, so the result is the same as the fresh parse's.
 */
function keepUnchanged(
  old: ProseBlock[],
  from: number,
  to: number,
  fresh: ProseBlock[],
  delta: number,
  moved: Set<NonNullable<ProseBlock['item']>>,
): ProseBlock[] {
  if (from === to) return fresh;
  // An old block before the edit starts where it did; one after it, `delta` later.
  const byStart = new Map<number, ProseBlock[]>();
  const note = (at: number, b: ProseBlock) => {
    const list = byStart.get(at);
    if (list) list.push(b);
    else byStart.set(at, [b]);
  };
  for (let i = from; i < to; i++) {
    note(old[i].start, old[i]);
    if (delta !== 0) note(old[i].start + delta, old[i]);
  }
  const used = new Set<ProseBlock>();
  return fresh.map((b) => {
    for (const o of byStart.get(b.start) ?? []) {
      const d = b.start - o.start;
      if (!used.has(o) && sameBlock(o, b, d)) {
        used.add(o);
        return shiftBlock(o, d, moved);
      }
    }
    return b;
  });
}

/**
 * Replace list[from, to) with `items`, in place: the entries after the range move along the
 * array (no spread of `items` into arguments, which a paste of thousands of blocks would
 * overflow).
 */
function replaceRange<T>(list: T[], from: number, to: number, items: T[]): void {
  const grow = items.length - (to - from);
  const length = list.length;
  if (grow > 0) {
    // (Grown by push, not by setting its length, which would leave the array holey for good.)
    for (let i = 0; i < grow; i++) list.push(list[length - 1]);
    for (let i = length - 1; i >= to; i--) list[i + grow] = list[i];
  } else if (grow < 0) {
    for (let i = to; i < length; i++) list[i + grow] = list[i];
    list.length = length + grow;
  }
  for (let i = 0; i < items.length; i++) list[from + i] = items[i];
}

/** Is `fresh` the block `old` would be, `d` characters later? (Every field a parse sets.) */
function sameBlock(old: ProseBlock, fresh: ProseBlock, d: number): boolean {
  if (old.type !== fresh.type || old.depth !== fresh.depth || old.text !== fresh.text || old.indented !== fresh.indented) return false;
  if (old.start + d !== fresh.start || old.end + d !== fresh.end) return false;
  if (old.listStart === undefined ? fresh.listStart !== undefined : fresh.listStart !== old.listStart + d) return false;
  const [a, b] = [old.item, fresh.item];
  if (a === undefined ? b !== undefined : b === undefined || b.start !== a.start + d || b.end !== a.end + d || b.only !== a.only) return false;
  if (old.sentences.length !== fresh.sentences.length) return false;
  for (let i = 0; i < old.sentences.length; i++) {
    if (old.sentences[i].from !== fresh.sentences[i].from || old.sentences[i].text !== fresh.sentences[i].text) return false;
  }
  const [m, n] = [old.unshiftedMap, fresh.unshiftedMap];
  if (m.length !== n.length) return false;
  const by = old.mapShift + d - fresh.mapShift;
  for (let i = 0; i < m.length; i++) if (m[i] + by !== n[i]) return false;
  return true;
}

/**
 * The same block, `delta` characters later, moved in place: its text, sentences and cached
 * matches are kept. A list item's range is shared by the blocks it holds: moved once.
 */
function shiftBlock(b: ProseBlock, delta: number, movedItems: Set<NonNullable<ProseBlock['item']>>): ProseBlock {
  if (delta === 0) return b;
  b.mapShift += delta;
  b.start += delta;
  b.end += delta;
  if (b.item && !movedItems.has(b.item)) {
    movedItems.add(b.item);
    b.item.start += delta;
    b.item.end += delta;
  }
  if (b.listStart !== undefined) b.listStart += delta;
  // The document model's matches kept on the block (see document.ts) move with it.
  const all = b.built?.all;
  if (all) {
    for (let i = 0; i < all.length; i++) {
      all[i].start += delta;
      all[i].end += delta;
    }
  }
  return b;
}
