// Fixes are plain data: offset ranges and replacement text. These helpers build the
// common edits without breaking the Markdown around them, and run the one fix pipeline
// that the CLI's `--fix`, the editor's "fix all" and fix on save all use.
import type { Edit, Fix, Kind, Problem } from './types';
import { sourceAt, type DocumentModel } from './document';
import type { ProseBlock, Sentence } from './parse';
import { SELF_SUPPORT, SELF_THERAPY, THERAPY_WORD } from './vocab';

export interface InsertOptions {
  /**
   * Insert after the statements of the document's kind that open it (the support disclaimer,
   * "this is group therapy", a paragraph that says what the group is or is not), so that
   * statement stays first under the title. Used by every insertion but the kind statement.
   */
  belowKindStatement?: boolean;
  /** The practice's kind statements (configured wording), recognised as such in the text. */
  kindWording?: string[];
}

/** Where a statement goes: under the title (after front matter and the first heading). */
export function insertUnderTitle(model: DocumentModel, statement: string, snippet?: string, options: InsertOptions = {}): Edit {
  const { text, eol } = model.parsed;
  const t = model.title;
  const title = t && (t.type === 'heading' || t === model.blocks[0]) && t.item === undefined ? t : undefined;
  let anchor = title ? title.end : (runInEnd(model) ?? model.parsed.frontMatter?.end ?? 0);
  if (title && options.belowKindStatement) anchor = belowKindStatements(model, title, options.kindWording ?? []);
  if (anchor === 0) {
    // Nothing above: the statement opens the document (after a byte-order mark, if any).
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const sep = /^\s*$/.test(text.slice(at)) ? eol : eol + eol;
    return { start: at, end: at, text: statement + sep, snippet: snippet && snippet + sep };
  }
  // Keep a blank line on both sides of the inserted paragraph.
  const rest = text.slice(anchor, anchor + 6);
  const single = rest.startsWith(eol) && !rest.startsWith(eol + eol) && !/^\r?\n[ \t]*\r?\n/.test(rest) && rest.length > eol.length;
  const tail = single ? eol : '';
  return { start: anchor, end: anchor, text: eol + eol + statement + tail, snippet: snippet && eol + eol + snippet + tail };
}

/**
 * Where a first line run into the text below it ends (see runInHeading), so a statement goes under that heading, not above
 * it: "Sunday Therapy Group\nWe meet…" becomes "Sunday Therapy Group\n\n<statement>\n\nWe meet…". Only a plain line at the
 * margin whose markup closes on it (not in a quote or list, not "**Sunday Therapy Group\nWe meet**").
 */
function runInEnd(model: DocumentModel): number | undefined {
  const s = model.runInHeading;
  if (!s || s.block.type !== 'paragraph' || s.block.item !== undefined || s.block.listStart !== undefined || s.block.indented) return undefined;
  const { text } = model.parsed;
  const lineStart = text.lastIndexOf('\n', s.block.start - 1) + 1;
  const end = model.sentenceRange(s).end;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
  // (Ended by the document's own line break, so the text below stays a paragraph of its own.)
  if (nl < 0 || text.slice(lineEnd, nl + 1) !== model.parsed.eol) return undefined;
  const line = text.slice(lineStart, lineEnd);
  if (!/^ {0,3}$/.test(text.slice(lineStart, s.block.start)) || !/^[*_~\s]*$/.test(text.slice(end, lineEnd))) return undefined;
  const count = (re: RegExp) => (line.match(re) ?? []).length;
  return count(/\*/g) % 2 === 0 && count(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu) % 2 === 0 && count(/`/g) % 2 === 0 ? lineEnd : undefined;
}

/** The end of the paragraphs right under the title that state the kind (or the title's end). */
function belowKindStatements(model: DocumentModel, title: ProseBlock, wording: string[]): number {
  const { text } = model.parsed;
  let anchor = title.end;
  const wanted = wording.map(squash).filter((w) => w.length > 1);
  for (let i = model.blocks.indexOf(title) + 1; i < model.blocks.length; i++) {
    const b = model.blocks[i];
    // Only a plain paragraph that follows with nothing but blank lines in between.
    if (b.type !== 'paragraph' || b.item !== undefined || b.listStart !== undefined || !/^\s*$/.test(text.slice(anchor, b.start))) break;
    const here = (x: ProseBlock) => x === b;
    const states =
      wanted.some((w) => squash(b.text).includes(w)) ||
      model.find(SELF_SUPPORT, here).some((m) => m.stance !== 'question') ||
      model.find(SELF_THERAPY, here).some((m) => m.stance !== 'question') ||
      model.find(THERAPY_WORD, here).some((m) => m.stance === 'negated');
    if (!states) break;
    anchor = b.end;
  }
  return anchor;
}

function squash(s: string): string {
  return s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Add `group: <kind>` to the front matter, creating it if needed. */
export function declareKind(model: DocumentModel, kind: Kind): Edit {
  const { frontMatter, eol, text } = model.parsed;
  if (frontMatter) {
    const existing = /^group[ \t]*:.*$/m.exec(frontMatter.value);
    if (existing) {
      const s = frontMatter.valueStart + existing.index;
      const lineEnd = s + existing[0].replace(/\r$/, '').length;
      return { start: s, end: lineEnd, text: `group: ${kind}` };
    }
    return { start: frontMatter.valueStart, end: frontMatter.valueStart, text: `group: ${kind}${eol}` };
  }
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { start: at, end: at, text: `---${eol}group: ${kind}${eol}---${eol}${eol}` };
}

/** A list item that holds one paragraph: remove its whole line(s). */
export function listItemRemoval(model: DocumentModel, block: ProseBlock): Edit | undefined {
  const { text } = model.parsed;
  if (!block.item?.only) return undefined;
  let start = block.item.start;
  while (start > bomAt(text) && text[start - 1] !== '\n') start--;
  let end = block.item.end;
  const nl = text.indexOf('\n', end);
  end = nl < 0 ? text.length : nl + 1;
  if (nl < 0 && start > 0) {
    // Last line without a newline: take the newline before it instead.
    start -= text[start - 2] === '\r' ? 2 : 1;
  }
  return { start, end, text: '' };
}

/**
 * Remove a whole list item or a whole sentence, with the space or line it leaves. Undefined
 * where no removal leaves the Markdown whole: a table row, a heading, a list item with more
 * than its paragraph, a sentence that shares emphasis or a link with its neighbours.
 */
export function removalOf(model: DocumentModel, sentence: Sentence): Edit | undefined {
  const { text } = model.parsed;
  const block = sentence.block;
  if (block.type !== 'paragraph') return undefined;
  if (block.item?.only && block.sentences.length === 1) return listItemRemoval(model, block);
  if (block.sentences.length === 1) {
    // A list item with more in it (a nested list): removing its paragraph would leave a bare marker.
    if (block.item) return undefined;
    // A paragraph of one sentence: remove the paragraph and one blank line.
    let start = block.start;
    let e = block.end;
    if (text.startsWith('\r\n\r\n', e)) e += 4;
    else if (text.startsWith('\n\n', e)) e += 2;
    else if (text.startsWith('\r\n', e)) e += 2;
    else if (text[e] === '\n') e += 1;
    while (start > bomAt(text) && text[start - 1] !== '\n') start--;
    // The last paragraph: take the blank line before it, so the file still ends in one newline.
    if (e >= text.length) {
      if (text.endsWith('\r\n\r\n', start)) start -= 2;
      else if (text.endsWith('\n\n', start)) start -= 1;
    }
    return { start, end: e, text: '' };
  }
  const r = inlineRange(text, model.sentenceRange(sentence), block);
  if (!r) return undefined;
  let end = r.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  // The last sentence, or the last inside emphasis or a link ("**A. B.** C."): take the space
  // before it, not after, so no closing delimiter is left after a space.
  if (sentence === block.sentences[block.sentences.length - 1] || /[*_~\]`]/.test(text[r.end] ?? '')) {
    let start = r.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    return { start, end: r.end, text: '' };
  }
  return { start: r.start, end, text: '' };
}

/** Offset just after a byte-order mark, if the text opens with one. */
function bomAt(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

// "Cost:", "**Fee**:", "Price (per session):": a short label before the value it names.
const LABEL = /^([^:.!?\n]{1,40}?):[ \t]*(?=\S)/;

/**
 * Replace a sentence with another text. A label/value line ("- **Cost:** $20 per session")
 * keeps its label, list marker and emphasis, and only the value is replaced (by the text as
 * `asValue` words it for a label, so that it answers the label). Undefined where
 * the replacement would break the Markdown around it (a table row, markup the sentence
 * shares with its neighbours).
 */
export function replaceSentence(model: DocumentModel, sentence: Sentence, replacement: string, asValue: (text: string) => string = (t) => t): Edit | undefined {
  const { text } = model.parsed;
  const block = sentence.block;
  if (block.type === 'cell') return replaceCellValue(text, block, asValue(replacement));
  let from = sentence.from;
  const label = LABEL.exec(sentence.text);
  // A label names the value ("Cost", "Fee"); one with an amount in it is part of the value.
  const labelled = !!label && label[1].trim().split(/\s+/).length <= 4 && !/[\d$€£¥]/.test(label[1]);
  if (labelled) from += label[0].length;
  const r = inlineRange(text, { start: sourceAt(block, from), end: model.sentenceRange(sentence).end }, block);
  if (!r) return undefined;
  return { start: r.start, end: r.end, text: (labelled ? asValue(replacement) : replacement).replace(/\r?\n/g, ' ') };
}

/**
 * A table row of a label and its value ("| **Fee** | $20 per meeting |"): replace the value
 * cell's content, keeping the row's pipes. Undefined for any other row.
 */
function replaceCellValue(text: string, block: ProseBlock, replacement: string): Edit | undefined {
  const row = text.slice(block.start, block.end);
  if (row.includes('\n')) return undefined;
  const cells: Array<{ start: number; end: number }> = [];
  let cellStart = 0;
  let code = false;
  for (let i = 0; i <= row.length; i++) {
    const c = row[i];
    if (c === '\\') i++;
    else if (c === '`') code = !code;
    else if (i === row.length || (c === '|' && !code)) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  // Leading and trailing pipes leave empty cells at the ends.
  if (cells.length && !row.slice(cells[0].start, cells[0].end).trim()) cells.shift();
  if (cells.length && !row.slice(cells[cells.length - 1].start, cells[cells.length - 1].end).trim()) cells.pop();
  if (cells.length !== 2) return undefined;
  const [label, value] = cells.map((c) => {
    const raw = row.slice(c.start, c.end);
    const lead = raw.length - raw.trimStart().length;
    return { start: block.start + c.start + lead, end: block.start + c.start + raw.trimEnd().length, raw: raw.trim() };
  });
  const name = label.raw.replace(/[*_`]/g, '').replace(/:$/, '');
  if (!name || /[\d$€£¥]/.test(name) || name.split(/\s+/).length > 4 || !value.raw || !balancedMarkup(value.raw)) return undefined;
  return { start: value.start, end: value.end, text: replacement.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|') };
}

/**
 * A source range of inline text, widened over markup that wraps exactly it ("**$20 a week**",
 * a link's text and target), or undefined when it still splits emphasis, code or a link.
 */
function inlineRange(text: string, r: { start: number; end: number }, block: ProseBlock): { start: number; end: number } | undefined {
  let { start, end } = r;
  for (;;) {
    const before = text[start - 1];
    const after = text[end];
    if (start > block.start && end < block.end && before === after && (before === '*' || before === '_' || before === '~' || before === '`')) {
      start--;
      end++;
    } else if (start > block.start && before === '[' && after === ']') {
      const target = /^\]\([^()\s]*(?:\s+"[^"]*")?\)|^\]\[[^\]]*\]/.exec(text.slice(end, Math.min(block.end, end + 2048)));
      start--;
      end += target ? target[0].length : 1;
    } else break;
  }
  return balancedMarkup(text.slice(start, end)) ? { start, end } : undefined;
}

/** Does a slice of Markdown source open and close its emphasis, code spans, links and HTML? */
export function balancedMarkup(s: string): boolean {
  const stack: string[] = [];
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (s[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let j = s.indexOf(fence, i + n);
      while (j >= 0 && s[j + n] === '`') j = s.indexOf(fence, j + n + 1);
      if (j < 0) return false;
      i = j + n;
      continue;
    }
    if (c === '<') {
      const close = s.indexOf('>', i);
      if (close < 0) return false;
      i = close + 1;
      continue;
    }
    if (c === '*' || c === '_' || c === '~') {
      let n = 1;
      while (s[i + n] === c) n++;
      const prev = s[i - 1];
      const next = s[i + n];
      const spaced = (prev === undefined || /\s/.test(prev)) && (next === undefined || /\s/.test(next));
      const inWord = c === '_' && word(prev) && word(next);
      if (!spaced && !inWord) {
        const token = c.repeat(n);
        if (stack[stack.length - 1] === token) stack.pop();
        else stack.push(token);
      }
      i += n;
      continue;
    }
    if (c === '[') stack.push('[');
    else if (c === ']') {
      if (stack[stack.length - 1] !== '[') return false;
      stack.pop();
    }
    i++;
  }
  return stack.length === 0;
}

/** Apply edits (offsets into `text`); overlapping edits after the first are skipped. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

// ---- the fix pipeline ----------------------------------------------------------------

/** Passes of `runFixes`: each re-lints the fixed text; a fix that keeps coming back stops here. */
export const MAX_FIX_PASSES = 10;

/** Do two edits touch the same text (an insertion strictly inside a replaced range counts)? */
function clashes(e: Edit, s: number, t: number): boolean {
  return (e.start < t && e.end > s) || (e.start === e.end && e.start > s && e.start < t) || (s === t && s > e.start && s < e.end);
}

/** For a fix made only of insertions, its inserted text; '' for any other fix. */
function insertionKey(fix: Fix): string {
  if (!fix.edits.length || fix.edits.some((e) => e.start !== e.end)) return '';
  return fix.edits.map((e) => e.text.trim()).join('\u0000');
}

/**
 * The fixes of one pass, in problem order: a fix whose edits clash with an earlier one waits
 * for the next pass, and an insertion already made (in this run, `inserted`) or already taken
 * in this pass is not made again.
 */
export function selectFixes(problems: Problem[], inserted: ReadonlySet<string> = new Set()): Problem[] {
  const taken: Array<[number, number]> = [];
  const keys = new Set(inserted);
  const out: Problem[] = [];
  for (const p of problems) {
    if (!p.fix || !p.fix.edits.length) continue;
    const key = insertionKey(p.fix);
    if (key && keys.has(key)) continue;
    if (p.fix.edits.some((e) => taken.some(([s, t]) => clashes(e, s, t)))) continue;
    for (const e of p.fix.edits) taken.push([e.start, e.end]);
    if (key) keys.add(key);
    out.push(p);
  }
  return out;
}

/** Apply one pass of fixes (see selectFixes); `applied` counts the fixes taken. */
export function applyFixes(text: string, problems: Problem[]): { text: string; applied: number } {
  const taken = selectFixes(problems);
  return {
    text: applyEdits(
      text,
      taken.flatMap((p) => p.fix!.edits),
    ),
    applied: taken.length,
  };
}

/** A fix the pipeline made. */
export interface MadeFix {
  problem: Problem;
  /** The finding's range in the text as it was before any fix. */
  start: number;
  end: number;
  /** What changed, in words: `inserted "…"`, `replaced "…" with "…"`, `removed "…"`. */
  change: string;
}

export interface FixRun<R extends { problems: Problem[] }> {
  /** The text after every fix. */
  text: string;
  /** The lint of that text. */
  result: R;
  /** The fixes made, in the order made. */
  applied: MadeFix[];
  /** The edits of each pass, in offsets of the text that pass started from. */
  passes: Edit[][];
  /**
   * The whole run as edits of the text it started from (what an editor applies): the fixes'
   * own edits where later passes can be placed in the original text, else the changed stretch.
   */
  edits: Edit[];
}

/**
 * The one fix pipeline: apply every compatible fix, re-lint, and repeat until nothing
 * fixable is left (or MAX_FIX_PASSES). Each insertion is made once per run, so a statement
 * the rule still asks for after it was inserted is not inserted again. Suggestions are
 * never applied. `first` is the lint of `text`, when the caller has it.
 */
export function runFixes<R extends { problems: Problem[] }>(text: string, lint: (text: string) => R, first?: R, maxPasses = MAX_FIX_PASSES): FixRun<R> {
  const original = text;
  let result = first ?? lint(text);
  const inserted = new Set<string>();
  const passes: Edit[][] = [];
  const applied: MadeFix[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const taken = selectFixes(result.problems, inserted);
    if (!taken.length) break;
    const edits = taken.flatMap((p) => p.fix!.edits);
    const next = applyEdits(text, edits);
    if (next === text) break;
    for (const p of taken) {
      const key = insertionKey(p.fix!);
      if (key) inserted.add(key);
      applied.push({
        problem: p,
        start: toOriginal(p.start, passes, 'start'),
        end: toOriginal(p.end, passes, 'end'),
        change: describeChange(text, p.fix!.edits),
      });
    }
    passes.push(edits);
    text = next;
    result = lint(text);
  }
  return { text, result, applied, passes, edits: composeEdits(original, passes, text) };
}

/** The passes' edits as edits of the original text, checked to give `fixed` when applied. */
function composeEdits(original: string, passes: Edit[][], fixed: string): Edit[] {
  if (!passes.length) return [];
  if (passes.length === 1) return passes[0];
  const out: Edit[] = [...passes[0]];
  for (let i = 1; i < passes.length && out.length; i++) {
    for (const e of passes[i]) {
      const start = toOriginal(e.start, passes.slice(0, i), 'exact');
      const end = toOriginal(e.end, passes.slice(0, i), 'exact');
      if (start === undefined || end === undefined || end < start) {
        out.length = 0;
        break;
      }
      out.push({ ...e, start, end });
    }
  }
  if (out.length && applyEdits(original, out) === fixed) return out;
  // The changed stretch as one edit.
  let s = 0;
  while (s < original.length && s < fixed.length && original[s] === fixed[s]) s++;
  let t = 0;
  while (t < original.length - s && t < fixed.length - s && original[original.length - 1 - t] === fixed[fixed.length - 1 - t]) t++;
  return [{ start: s, end: original.length - t, text: fixed.slice(s, fixed.length - t) }];
}

/**
 * An offset in the text after the given passes of edits, as an offset in the text before
 * them. An offset inside replaced or inserted text maps to the start (or end) of what it replaced.
 */
export function toOriginal(offset: number, passes: Edit[][], side: 'start' | 'end'): number;
/** With 'exact': undefined for an offset inside what the passes wrote (it has no place before them). */
export function toOriginal(offset: number, passes: Edit[][], side: 'exact'): number | undefined;
export function toOriginal(offset: number, passes: Edit[][], side: 'start' | 'end' | 'exact'): number | undefined {
  let o = offset;
  for (let i = passes.length - 1; i >= 0; i--) {
    const edits = [...passes[i]].sort((a, b) => a.start - b.start);
    let delta = 0;
    let mapped: number | undefined;
    for (const e of edits) {
      const start = e.start + delta;
      const end = start + e.text.length;
      if (o <= start) break;
      if (o < end) {
        if (side === 'exact') return undefined;
        mapped = side === 'start' ? e.start : e.end;
        break;
      }
      delta += e.text.length - (e.end - e.start);
    }
    o = mapped ?? o - delta;
  }
  return o;
}

/** A fix's edits in words, for the `--fix` report. */
export function describeChange(text: string, edits: Edit[]): string {
  const q = (s: string) => {
    const one = s.replace(/\s+/g, ' ').trim();
    return `"${one.length > 72 ? one.slice(0, 71).trimEnd() + '…' : one}"`;
  };
  return edits
    .map((e) => {
      const old = text.slice(e.start, e.end);
      if (!old.trim()) return `inserted ${q(e.text)}`;
      if (!e.text.trim()) return `removed ${q(old)}`;
      return `replaced ${q(old)} with ${q(e.text)}`;
    })
    .join('; ');
}
