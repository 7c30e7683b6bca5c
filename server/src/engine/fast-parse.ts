// A hand-written reader for the plain Markdown most flyers are written in, building the same
// mdast nodes (as far as parse.ts reads them: types, offsets, text values, heading depths, link
// URLs) that remark-parse + remark-gfm + remark-frontmatter build, in a fraction of the time and
// garbage of micromark. It accepts only what it is sure of: YAML front matter; ATX and setext
// headings, paragraphs, thematic breaks, one-line HTML comments; bullet and ordered lists and
// block quotes whose lines all carry their container's indentation or marker (no lazy lines);
// fenced code and pipe-framed tables at the margin; and inline text with simple emphasis,
// `[text](url)` links, code spans on one line, backslash escapes, hard breaks and plain e-mail
// addresses. Anything else (raw HTML, references and definitions, entities, URLs in text,
// indented code, tabs, delimiter runs that could both open and close...) makes it return
// undefined, and the document goes to micromark.
// test/engine/fast-parse.test.ts checks the two agree on every document this one accepts.
import type { Root, RootContent } from 'mdast';

/** Thrown (and caught in fastParse) the moment the text holds something this reader does not handle. */
class NotMine extends Error {}
const notMine = new NotMine();
function bail(): never {
  throw notMine;
}

interface Pos {
  start: { offset: number };
  end: { offset: number };
}
type Node = { type: string; position: Pos; [key: string]: unknown };
type Parent = Node & { children: Node[] };

const at = (start: number, end: number): Pos => ({ start: { offset: start }, end: { offset: end } });

// Whole-text refusals, outside front matter: tabs (columns), NUL (replaced by micromark), a lone
// CR, strikethrough tildes, link or footnote definitions and footnote calls, raw HTML
// other than a comment, a character reference.
const REFUSED = /[\t\0~]|\r(?!\n)|\]:|\[\^|<(?!!--)|&(?:#|[A-Za-z0-9]+;)/;
// What a GFM autolink literal needs in a text node (micromark's constructs, and the mdast
// transform that reads text values after escapes are decoded).
// (An @ after none of the characters of an address's local part starts no e-mail address.)
const AUTOLINK = /[\w+.-]@|www|http|mailto|xmpp/i;

/**
 * The mdast root of `src`, or undefined when `src` holds anything outside the subset this
 * reader handles exactly.
 */
export function fastParse(src: string): Root | undefined {
  if (src.charCodeAt(0) === 0xfeff) return undefined; // micromark drops a leading BOM: offsets would differ
  let bodyStart = 0;
  const children: Node[] = [];
  if (src.startsWith('---')) {
    const fm = frontMatter(src);
    if (!fm) return undefined;
    children.push(fm.node);
    bodyStart = fm.next;
  }
  const body = bodyStart ? src.slice(bodyStart) : src;
  const refused = REFUSED.test(body);
  if (refused && /[\0]|\r(?!\n)/.test(body)) return undefined;
  try {
    const lines = splitLines(src, bodyStart);
    const reader = new Reader(src, lines);
    children.push(...reader.flow(0, lines.start.length, 0, 0));
    // What is refused is refused outside fenced code only: inside, nothing is read.
    if (refused) {
      const all = new RegExp(REFUSED.source, 'g');
      for (let m = all.exec(body); m; m = all.exec(body)) {
        const o = bodyStart + m.index;
        if (!reader.code.some(([from, to]) => o >= from && o < to)) return undefined;
      }
    }
    return { type: 'root', children: children as unknown as RootContent[] };
  } catch (e) {
    if (e === notMine) return undefined;
    throw e;
  }
}

/** YAML front matter as micromark-extension-frontmatter reads it: `---` lines at the very start. */
function frontMatter(src: string): { node: Node; next: number } | undefined {
  const open = /^---[ \t]*(\r\n|\n)/.exec(src);
  if (!open) return undefined;
  // The first line that is `---` (spaces or tabs after it) closes it.
  const close = /(?:\r\n|\n)---[ \t]*(?=\r\n|\n|$)/g;
  close.lastIndex = open[0].length - open[1].length;
  const m = close.exec(src);
  if (!m || /\r(?!\n)/.test(src.slice(0, m.index))) return undefined;
  const end = m.index + m[0].length;
  // mdast-util-frontmatter: the text between the fences, less the first and last line break.
  const value = src.slice(open[0].length - open[1].length, m.index + (m[0].startsWith('\r\n') ? 2 : 1)).replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  let next = end;
  if (src.startsWith('\r\n', next)) next += 2;
  else if (src[next] === '\n') next += 1;
  return { node: { type: 'yaml', value, position: at(0, end) }, next };
}

interface Lines {
  /** Offset of each line's first character. */
  start: number[];
  /** Offset of each line's end (before its line break). */
  end: number[];
  /** Count of leading spaces; -1 for a blank line (spaces only). */
  indent: number[];
}

function splitLines(src: string, from: number): Lines {
  const lines: Lines = { start: [], end: [], indent: [] };
  let i = from;
  while (i < src.length) {
    let e = src.indexOf('\n', i);
    if (e < 0) e = src.length;
    const end = e > i && src.charCodeAt(e - 1) === 13 ? e - 1 : e;
    let k = i;
    while (k < end && src.charCodeAt(k) === 32) k++;
    lines.start.push(i);
    lines.end.push(end);
    lines.indent.push(k === end ? -1 : k - i);
    i = e + 1;
  }
  return lines;
}

// Line starts (after the container's indentation).
const THEMATIC = /^([-*_])(?: *\1){2,} *$/;
const HEADING = /^(#{1,6}) +(?=\S)/;
const EMPTY_HEADING = /^(#{1,6}) *$/;
const SETEXT_UNDERLINE = /^(?:=+|-{2,}) *$/;
const FENCE_OPEN = /^(`{3,})[^`]*$/;
const FENCE_CLOSE = /^( *)(`{3,}) *$/;
const TABLE_DELIMITER = /^\|(?: *:?-+:? *\|)+$/;
const BULLET = /^([-*+])( {1,4})(?=\S)/;
const ORDERED = /^([0-9]{1,9})([.)])( {1,4})(?=\S)/;
const MARKER_LIKE = /^(?:[-*+]|[0-9]{1,9}[.)])(?: |$)/;
const COMMENT_LINE = /^<!--(?!-?>)(?:(?!-->).)*-->[^<]*$/;
// A paragraph's lines may not start with these: quotes, HTML, setext underlines, fences, table
// rows, a `-` that is no bullet, or a `#` that may open a heading (`#tag` is text).
const RISKY_START = /^(?:[>=:<|-]|#(?![^#\s])|```|\+$)/;
// A list item opening with a task box or another marker.
const ITEM_RISKY = /^(?:\[[ xX]\]|[-*+](?: |$)|[0-9]{1,9}[.)]|#)/;

class Reader {
  /** The ranges of the fenced code blocks read, from their first content line to their closing fence. */
  readonly code: Array<[number, number]> = [];

  constructor(
    private readonly src: string,
    private readonly lines: Lines,
  ) {}

  /**
   * The blocks of lines [from, to), each read from column `col` on; the first from `first`
   * when given (a list item's first line, whose content follows its marker).
   */
  flow(from: number, to: number, col: number, depth: number, first?: number): Node[] {
    const { src, lines } = this;
    const out: Node[] = [];
    let i = from;
    while (i < to) {
      const indent = lines.indent[i];
      const firstLine = i === from && first !== undefined;
      if (indent < 0) {
        i++;
        continue;
      }
      if (indent !== col && !firstLine) bail(); // indented code, or text indented within its container
      const s = firstLine ? first : lines.start[i] + col;
      const line = src.slice(s, lines.end[i]);
      if (THEMATIC.test(line)) {
        if (firstLine) bail(); // a rule opening a list item
        out.push({ type: 'thematicBreak', position: at(s, lines.end[i]) });
        i++;
        continue;
      }
      if (line.charCodeAt(0) === 62 /* > */) {
        if (firstLine) bail(); // a quote opening a list item
        const quote = this.quote(i, to, col, depth);
        out.push(quote.node);
        i = quote.next;
        continue;
      }
      const h = HEADING.exec(line);
      if (h) {
        out.push(this.heading(h[1].length, s, s + h[0].length, lines.end[i]));
        i++;
        continue;
      }
      const empty = EMPTY_HEADING.exec(line);
      if (empty) {
        out.push({ type: 'heading', depth: empty[1].length, children: [], position: at(s, lines.end[i]) });
        i++;
        continue;
      }
      if (line.charCodeAt(0) === 124 /* | */) {
        if (depth !== 0 || firstLine) bail();
        const table = this.table(i, to);
        out.push(table.node);
        i = table.next;
        continue;
      }
      if (FENCE_OPEN.test(line)) {
        // Fenced code at the margin of the document, closed at the margin: its content is no
        // prose (parse.ts keeps only its range), and nothing in it is read here.
        if (depth !== 0 || firstLine) bail();
        const size = line.length - line.replace(/^`+/, '').length;
        let j = i + 1;
        for (; j < to; j++) {
          const close = lines.indent[j] < 0 ? null : FENCE_CLOSE.exec(src.slice(lines.start[j], lines.end[j]));
          if (!close) continue;
          if (close[1]) bail(); // an indented closing fence
          if (close[2].length >= size) break;
        }
        if (j >= to) bail(); // never closed: code to the end
        out.push({ type: 'code', lang: null, value: '', position: at(s, lines.end[j]) });
        this.code.push([lines.start[i + 1], lines.start[j]]);
        i = j + 1;
        continue;
      }
      if (BULLET.test(line) || ORDERED.test(line)) {
        if (firstLine) bail(); // a list opening a list item
        const list = this.list(i, to, col, depth);
        out.push(list.node);
        i = list.next;
        continue;
      }
      if (line.startsWith('<!--')) {
        if (firstLine || !COMMENT_LINE.test(line)) bail();
        out.push({ type: 'html', value: line, position: at(s, lines.end[i]) });
        i++;
        continue;
      }
      if (MARKER_LIKE.test(line) || RISKY_START.test(line)) bail();
      // A paragraph: this line and those after it at the same column that start no other block.
      let j = i + 1;
      let setext = 0;
      while (j < to && lines.indent[j] >= 0) {
        if (lines.indent[j] !== col) bail(); // a lazy or indented continuation line
        const next = src.slice(lines.start[j] + col, lines.end[j]);
        if (SETEXT_UNDERLINE.test(next)) {
          setext = next.charCodeAt(0) === 61 /* = */ ? 1 : 2;
          break;
        }
        if (HEADING.test(next) || EMPTY_HEADING.test(next) || BULLET.test(next)) break;
        const o = ORDERED.exec(next);
        if (o) {
          if (o[1] !== '1') bail(); // only a list starting at 1 interrupts a paragraph
          break;
        }
        if (THEMATIC.test(next) || MARKER_LIKE.test(next) || RISKY_START.test(next)) bail();
        j++;
      }
      const paragraph = this.paragraph(i, j, col, s);
      if (setext) {
        // A setext heading: the paragraph's lines, then the underline.
        out.push({ type: 'heading', depth: setext, children: paragraph.children, position: at(s, lines.end[j]) });
        i = j + 1;
      } else {
        out.push(paragraph);
        i = j;
      }
    }
    return out;
  }

  heading(depth: number, start: number, textStart: number, end: number): Node {
    let last = end;
    while (this.src.charCodeAt(last - 1) === 32) last--;
    // A closing sequence of #s, or a heading ending in # for any reason: not handled here.
    if (this.src.charCodeAt(last - 1) === 35) bail();
    const children = inline(this.src, [textStart], [end]);
    return { type: 'heading', depth, children, position: at(start, end) };
  }

  paragraph(from: number, to: number, col: number, first: number): Node {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = from; i < to; i++) {
      starts.push(i === from ? first : this.lines.start[i] + col);
      ends.push(this.lines.end[i]);
    }
    return { type: 'paragraph', children: inline(this.src, starts, ends), position: at(starts[0], ends[ends.length - 1]) };
  }

  /**
   * A GFM table at the margin starting at line `from`: every row opens and closes with a pipe,
   * has as many cells as the delimiter row, and holds no escape or code (which change where
   * cells split); a blank line or the end follows it.
   */
  table(from: number, to: number): { node: Node; next: number } {
    const { src, lines } = this;
    const delimiter = from + 1 < to ? src.slice(lines.start[from + 1], lines.end[from + 1]) : '';
    if (lines.indent[from + 1] !== 0 || !TABLE_DELIMITER.test(delimiter)) bail();
    const width = delimiter.split('|').length - 2;
    const rows: Node[] = [this.row(from, width)];
    let j = from + 2;
    for (; j < to && lines.indent[j] >= 0; j++) {
      if (lines.indent[j] !== 0 || src.charCodeAt(lines.start[j]) !== 124) bail(); // a row without its pipe, or a block after the table
      rows.push(this.row(j, width));
    }
    // (With no body, the table ends with its delimiter row.)
    const end = rows.length > 1 ? rows[rows.length - 1].position.end.offset : lines.end[from + 1];
    return { node: { type: 'table', align: [], children: rows, position: at(lines.start[from], end) }, next: j };
  }

  /** One table row of `width` cells: each cell from its leading pipe to the next (the last through its closing pipe). */
  row(i: number, width: number): Node {
    const { src, lines } = this;
    const start = lines.start[i];
    const end = lines.end[i];
    const line = src.slice(start, end);
    if (!/^\|.*\|$/.test(line) || /[\\`]/.test(line)) bail();
    const pipes: number[] = [];
    for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === 124) pipes.push(start + k);
    if (pipes.length !== width + 1) bail();
    const cells: Node[] = [];
    for (let c = 0; c < width; c++) {
      let a = pipes[c] + 1;
      while (a < pipes[c + 1] && src.charCodeAt(a) === 32) a++;
      const children = a < pipes[c + 1] ? inline(src, [a], [pipes[c + 1]]) : [];
      cells.push({ type: 'tableCell', children, position: at(pipes[c], c === width - 1 ? end : pipes[c + 1]) });
    }
    return { type: 'tableRow', children: cells, position: at(start, end) };
  }

  /**
   * A block quote starting at line `from`, its markers at column `col`: every line of it starts
   * with `>` (no lazy lines), and a blank line or the end follows it.
   */
  quote(from: number, to: number, col: number, depth: number): { node: Node; next: number } {
    const { src, lines } = this;
    if (depth > 20) bail();
    const inner: Lines = { start: [], end: [], indent: [] };
    let j = from;
    while (j < to && lines.indent[j] === col && src.charCodeAt(lines.start[j] + col) === 62) {
      // The marker, and one space after it if there is one.
      let s = lines.start[j] + col + 1;
      if (src.charCodeAt(s) === 32) s++;
      let k = s;
      while (k < lines.end[j] && src.charCodeAt(k) === 32) k++;
      inner.start.push(s);
      inner.end.push(lines.end[j]);
      inner.indent.push(k === lines.end[j] ? -1 : k - s);
      j++;
    }
    if (j < to && lines.indent[j] >= 0) bail(); // a lazy line, or a block straight after the quote
    if (inner.indent[inner.indent.length - 1] < 0) bail(); // a quote ending in an empty line
    const children = new Reader(src, inner).flow(0, inner.start.length, 0, depth + 1);
    if (!children.length) bail();
    return { node: { type: 'blockquote', children, position: at(lines.start[from] + col, lines.end[j - 1]) }, next: j };
  }

  /** A list starting at line `from`, its markers at column `col`. */
  list(from: number, to: number, col: number, depth: number): { node: Node; next: number } {
    const { src, lines } = this;
    if (depth > 20) bail();
    const items: Parent[] = [];
    let kind: string | undefined; // the bullet, or the ordered delimiter
    let i = from;
    let next: number;
    for (;;) {
      const s = lines.start[i] + col;
      const line = src.slice(s, lines.end[i]);
      const b = BULLET.exec(line);
      const o = b ? null : ORDERED.exec(line);
      const m = b ? b[1] : o ? o[2] : undefined;
      if (!m) bail();
      if (kind === undefined) kind = m;
      else if (m !== kind) bail(); // a new list of another kind
      const width = b ? b[0].length : o![0].length;
      if (ITEM_RISKY.test(line.slice(width))) bail();
      const inner = col + width;
      // The item's lines: the first, then blank lines and lines indented to its content.
      let j = i + 1;
      let last = i;
      while (j < to) {
        const ind = lines.indent[j];
        if (ind < 0) {
          j++;
          continue;
        }
        if (ind >= inner) {
          last = j;
          j++;
          continue;
        }
        // A line at a lesser indentation straight after the item's text: a sibling item, or a
        // lazy continuation line (or a block that interrupts the item's paragraph).
        if (last === j - 1 && !(ind === col && MARKER_LIKE.test(src.slice(lines.start[j] + col, lines.end[j])))) bail();
        break;
      }
      const children = this.flow(i, last + 1, inner, depth + 1, s + width);
      const end = children[children.length - 1].position.end.offset;
      items.push({ type: 'listItem', children, position: at(s, end) });
      next = last + 1;
      // The line after the item, when it starts at the list's column: another item, or an empty one.
      const after = j < to && lines.indent[j] === col ? src.slice(lines.start[j] + col, lines.end[j]) : undefined;
      if (after !== undefined && (BULLET.test(after) || ORDERED.test(after))) {
        i = j;
        continue;
      }
      if (after !== undefined && MARKER_LIKE.test(after)) bail(); // an empty item
      break;
    }
    const start = items[0].position.start.offset;
    return { node: { type: 'list', children: items, position: at(start, items[items.length - 1].position.end.offset) }, next };
  }
}

// `[text](url)` with nothing in the text that could open another construct, and no spaces,
// parentheses, escapes or references in the URL (so mdast's URL is the URL as written).
const LINK = /\[([^[\]\\`<>*_\r\n]+)\]\(([^\s()<>\\`]+)\)/y;
const UNICODE_SPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark's classifyCharacter: 1 whitespace (or no character), 2 punctuation, 0 other. */
function classify(code: number): number {
  if (code < 0 || code === 32 || code === 10 || code === 13) return 1;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 0;
  const ch = String.fromCharCode(code);
  if (UNICODE_SPACE.test(ch)) return 1;
  return UNICODE_PUNCTUATION.test(ch) ? 2 : 0;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

interface Frame {
  marker: number;
  size: number;
  start: number;
  children: Node[];
}

/** Append text to `children`, merged into a text node that ends it, as mdast does with adjacent data. */
function text(children: Node[], value: string, start: number, end: number): void {
  const tail = children[children.length - 1];
  if (tail && tail.type === 'text') {
    tail.value += value;
    tail.position.end.offset = end;
  } else {
    children.push({ type: 'text', value, position: at(start, end) });
  }
}

/**
 * The phrasing content of lines [starts[i], ends[i]) (each without its container's
 * indentation), joined by their line breaks as micromark joins them.
 */
function inline(src: string, starts: number[], ends: number[]): Node[] {
  // The text the inline constructs are read from: each line without its trailing spaces, then
  // its line break; and each character's source offset. A line's trailing spaces are no text:
  // two or more before a line break make a hard break (from the spaces through the break).
  const last = starts.length - 1;
  const trimmed: number[] = [];
  let n = 0;
  for (let i = 0; i <= last; i++) {
    let e = ends[i];
    while (e > starts[i] && src.charCodeAt(e - 1) === 32) e--;
    trimmed.push(e);
    n += e - starts[i] + (i < last ? eolLength(src, ends[i]) : 0);
  }
  const pos = new Int32Array(n + 1);
  const breaks: number[] = []; // per line break: its trailing spaces (0, 1 or more)
  let v = '';
  let w = 0;
  for (let i = 0; i <= last; i++) {
    v += src.slice(starts[i], trimmed[i]);
    for (let o = starts[i]; o < trimmed[i]; o++) pos[w++] = o;
    if (i < last) {
      const eol = eolLength(src, ends[i]);
      v += eol === 2 ? '\r\n' : '\n';
      for (let o = ends[i]; o < ends[i] + eol; o++) pos[w++] = o;
      breaks.push(ends[i] - trimmed[i]);
    }
  }
  pos[n] = ends[last];
  let line = 0; // the line breaks passed
  let linked = false; // whether a link came before
  let textBracket = -1; // where the `]` closing a `[` read as text is
  const noCloser = new Set<number>(); // sizes of backtick runs with no closing run after

  const root: Frame = { marker: 0, size: 0, start: 0, children: [] };
  const stack: Frame[] = [root];
  let top = root;
  let plain = 0; // start of the plain characters not yet appended
  const flush = (k: number) => {
    if (k > plain) text(top.children, v.slice(plain, k), pos[plain], pos[k - 1] + 1);
  };
  let k = 0;
  while (k < n) {
    const c = v.charCodeAt(k);
    if (c === 92 /* \ */) {
      const e = v.charCodeAt(k + 1);
      if (k + 1 < n && isAsciiPunctuation(e)) {
        flush(k);
        // mdast: the escape's text starts at the backslash and holds the character alone.
        text(top.children, v[k + 1], pos[k], pos[k + 1] + 1);
        k += 2;
        plain = k;
      } else if ((e === 10 || e === 13) && breaks[line] === 0) {
        // A backslash ending a line: a hard break, through the line break.
        flush(k);
        const eol = e === 13 ? 2 : 1;
        top.children.push({ type: 'break', position: at(pos[k], pos[k + eol] + 1) });
        k += 1 + eol;
        line++;
        plain = k;
      } else {
        k++; // a backslash before other text (or spaces), or ending the text: itself
      }
    } else if (c === 96 /* ` */) {
      let r = k + 1;
      while (r < n && v.charCodeAt(r) === 96) r++;
      const size = r - k;
      // The closing run: the next run of exactly as many backticks. (Once none is found for a
      // size, none is looked for again: a text of unmatched runs stays linear.)
      let q = noCloser.has(size) ? n : r;
      let close = -1;
      while (q < n) {
        if (v.charCodeAt(q) !== 96) {
          q++;
          continue;
        }
        let qe = q + 1;
        while (qe < n && v.charCodeAt(qe) === 96) qe++;
        if (qe - q === size) {
          close = qe;
          break;
        }
        q = qe;
      }
      if (close < 0) {
        noCloser.add(size);
        k = r; // no code span: the backticks are text
        continue;
      }
      if (v.slice(r, close).includes('\n')) bail(); // a code span over lines
      flush(k);
      top.children.push({ type: 'inlineCode', position: at(pos[k], pos[close - 1] + 1) });
      k = close;
      plain = k;
    } else if (c === 42 /* * */ || c === 95 /* _ */) {
      let r = k + 1;
      while (r < n && v.charCodeAt(r) === c) r++;
      const size = r - k;
      // micromark's attention: whether the run may open or close, from what is either side.
      const before = classify(k > 0 ? v.charCodeAt(k - 1) : -1);
      const after = classify(r < n ? v.charCodeAt(r) : -1);
      const left = !after || (after === 2 && before !== 0);
      const right = !before || (before === 2 && after !== 0);
      const open = c === 42 ? left : left && (before !== 0 || !right);
      const close = c === 42 ? right : right && (after !== 0 || !left);
      if (!open && !close) {
        k = r; // neither (a_b, a * b, a line of ____): text
        continue;
      }
      if (open && close) bail(); // a run that could do either: left to micromark's full algorithm
      if (size > 2) bail();
      flush(k);
      if (open) {
        top = { marker: c, size, start: pos[k], children: [] };
        stack.push(top);
      } else {
        // A closer must close the innermost opener, of the same character and size.
        if (stack.length < 2 || top.marker !== c || top.size !== size) bail();
        const done = stack.pop()!;
        top = stack[stack.length - 1];
        top.children.push({ type: size === 2 ? 'strong' : 'emphasis', children: done.children, position: at(done.start, pos[r - 1] + 1) });
      }
      k = r;
      plain = k;
    } else if (c === 91 /* [ */) {
      if (k > 0 && v.charCodeAt(k - 1) === 33 /* ! */) bail(); // an image
      LINK.lastIndex = k;
      const m = LINK.exec(v);
      if (!m) {
        // Brackets that make no link (there are no definitions to refer to) are text: the next
        // bracket must close this one, with neither a resource nor a reference after it.
        let j = k + 1;
        while (j < n && v.charCodeAt(j) !== 91 && v.charCodeAt(j) !== 93) {
          if (v.charCodeAt(j) === 96 || v.charCodeAt(j) === 92) bail(); // code or an escape inside
          j++;
        }
        if (j < n && (v.charCodeAt(j) === 91 || v.charCodeAt(j + 1) === 40 || v.charCodeAt(j + 1) === 91)) bail();
        textBracket = j;
        k++;
        continue;
      }
      flush(k);
      const label = m[1];
      const children: Node[] = [{ type: 'text', value: label, position: at(pos[k + 1], pos[k + label.length] + 1) }];
      top.children.push({ type: 'link', url: m[2], title: null, children, position: at(pos[k], pos[k + m[0].length - 1] + 1) });
      linked = true;
      k += m[0].length;
      plain = k;
    } else if (c === 64 /* @ */ && !isLocal(k > 0 ? v.charCodeAt(k - 1) : -1) && (k === 0 || v.charCodeAt(k - 1) !== 95)) {
      k++; // an @ after no address character (@handle): text to micromark and the transform alike
    } else if (c === 64 /* @ */) {
      // An e-mail address, made a link by micromark's autolink literal (not by the mdast
      // transform, whose links have no position): only after no link in the same text, where
      // micromark's label bookkeeping lets it through.
      const a = emailStart(v, k, plain);
      // Inside brackets not yet closed, micromark leaves it to the transform too.
      const e = a === undefined || linked || textBracket >= 0 ? undefined : emailEnd(v, k);
      if (a === undefined || e === undefined) bail();
      flush(a);
      const value = v.slice(a, e);
      const link: Node = { type: 'link', url: 'mailto:' + value, title: null, children: [], position: at(pos[a], pos[e - 1] + 1) };
      (link.children as Node[]).push({ type: 'text', value, position: at(pos[a], pos[e - 1] + 1) });
      top.children.push(link);
      k = e;
      plain = k;
    } else if (c === 93 /* ] */ && k === textBracket) {
      textBracket = -1;
      k++;
    } else if (c === 93 /* ] */ || c === 60 /* < */ || c === 124 /* | */) {
      bail(); // (a pipe in text may belong to a table micromark sees)
    } else if (c === 10 || c === 13) {
      const eol = c === 13 ? 2 : 1;
      if (breaks[line] >= 2) {
        flush(k);
        top.children.push({ type: 'break', position: at(pos[k] - breaks[line], pos[k + eol - 1] + 1) });
        k += eol;
        plain = k;
      } else {
        k += eol; // a line break (after at most one space): part of the text
      }
      line++;
    } else {
      k++;
    }
  }
  flush(n);
  if (stack.length > 1) bail(); // an opener never closed
  checkAutolinks(root.children);
  return root.children;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Characters of an address's local part (micromark's gfmAtext, less `_`, a delimiter).
const isLocal = (c: number) => isAlnum(c) || c === 43 || c === 45 || c === 46;

/**
 * Where the local part of an address whose `@` is at `k` starts: a run of address characters
 * all still plain text (from `plain` on), starting and ending with a letter or digit, after the
 * start, a space, a line break, `(`, `:` or `*`. Undefined for anything else.
 */
function emailStart(v: string, k: number, plain: number): number | undefined {
  let a = k;
  while (a > plain && isLocal(v.charCodeAt(a - 1))) a--;
  if (a === k || !isAlnum(v.charCodeAt(a)) || !isAlnum(v.charCodeAt(k - 1))) return undefined;
  if (a > 0) {
    const p = v.charCodeAt(a - 1);
    if (!(p === 32 || p === 10 || p === 13 || p === 40 || p === 58 || p === 42)) return undefined;
  }
  return a;
}

/**
 * Where the domain after the `@` at `k` ends, as micromark reads it: labels of letters, digits
 * and hyphens joined by dots (a dot only before a letter or digit), at least two, ending in a
 * letter; then the end, a space, a line break or closing punctuation. Undefined otherwise.
 */
function emailEnd(v: string, k: number): number | undefined {
  let e = k + 1;
  let label = e;
  let dots = 0;
  for (;;) {
    const c = v.charCodeAt(e);
    if (isAlnum(c) || c === 45) e++;
    else if (c === 46 && e > label && isAlnum(v.charCodeAt(e + 1))) {
      dots++;
      label = ++e;
    } else break;
  }
  if (e === k + 1 || !dots || !isAlpha(v.charCodeAt(e - 1))) return undefined;
  if (e < v.length && !/[\s.,;:!?)"'*]/.test(v[e])) return undefined;
  return e;
}

function eolLength(src: string, at: number): number {
  return src.charCodeAt(at) === 13 ? 2 : 1;
}

/**
 * Refuse text that could hold an autolink literal other than the addresses read above. A link's
 * text is left alone: micromark makes no autolink inside a link's label, nor the transform in a link.
 */
function checkAutolinks(nodes: Node[]): void {
  for (const node of nodes) {
    if (node.type === 'text' && AUTOLINK.test(node.value as string)) bail();
    if (node.type !== 'link' && 'children' in node) checkAutolinks(node.children as Node[]);
  }
}
