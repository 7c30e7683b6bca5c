// Fixes are plain data: offset ranges and replacement text. These helpers build the
// common ones and apply them without touching anything outside their ranges.
import type { Edit, Fix, Problem } from './types';
import type { DocumentModel } from './document';
import type { Sentence } from './parse';

/** Where a statement goes: under the title (after front matter and the first heading). */
export function insertUnderTitle(model: DocumentModel, statement: string, snippet?: string): Edit {
  const { text, eol } = model.parsed;
  const t = model.title;
  const title = t && (t.type === 'heading' || t === model.blocks[0]) && t.item === undefined ? t : undefined;
  const anchor = title ? title.end : model.parsed.frontMatter?.end ?? 0;
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

/** Remove a whole list item or a whole sentence, with the space or line it leaves. */
export function removalOf(model: DocumentModel, sentence: Sentence): Edit {
  const { text } = model.parsed;
  const block = sentence.block;
  if (block.item?.only && block.sentences.length === 1) {
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
  const r = model.sentenceRange(sentence);
  let end = r.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (block.sentences.length === 1) {
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
  if (sentence === block.sentences[block.sentences.length - 1]) {
    // The last sentence: take the space before it, not after.
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

/** Replace a sentence with another text. */
export function replaceSentence(model: DocumentModel, sentence: Sentence, replacement: string): Edit {
  const r = model.sentenceRange(sentence);
  return { start: r.start, end: r.end, text: replacement };
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

/** Apply every problem's fix once; a fix whose edits overlap an earlier one waits. */
export function applyFixes(text: string, problems: Problem[]): { text: string; applied: number } {
  const taken: Array<[number, number]> = [];
  const edits: Edit[] = [];
  let applied = 0;
  for (const p of problems) {
    const fix: Fix | undefined = p.fix;
    if (!fix) continue;
    const clash = fix.edits.some((e) => taken.some(([s, t]) => (e.start < t && e.end > s) || (e.start === e.end && e.start > s && e.start < t) || (s === t && s > e.start && s < e.end)));
    if (clash) continue;
    for (const e of fix.edits) {
      taken.push([e.start, e.end]);
      edits.push(e);
    }
    applied++;
  }
  return { text: applyEdits(text, edits), applied };
}
