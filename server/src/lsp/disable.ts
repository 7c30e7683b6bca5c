// Where a suppression comment goes, so that adding it never changes how the Markdown
// renders: between blocks on its own line, or at the end of the line before when the
// problem sits inside a paragraph (an HTML comment there would split the paragraph).
import { parseDirectives, type Edit, type ParsedDocument } from '../engine';

const LIST_MARKER = /^([ \t]*(?:>[ \t]?)*)([-*+]|\d{1,9}[.)])([ \t]+)/;

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

/** The edit that disables `rule` for the line holding `offset`, or undefined where no comment can go. */
export function disableLineEdit(parsed: ParsedDocument, rule: string, offset: number): Edit | undefined {
  const { text, eol } = parsed;
  const fm = parsed.frontMatter;
  if ((fm && offset < fm.end) || (parsed.unterminatedFrontMatter && offset < lineEndAt(text, 0) + 1)) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = Math.max(bom, lineStartAt(text, offset));
  const line = text.slice(start, lineEndAt(text, start));
  const comment = `<!-- grouplint-disable-next-line ${rule} -->`;
  const prefix = /^(?:[ \t]*>)*[ \t]*/.exec(line)![0];

  if (start > bom) {
    const prevStart = lineStartAt(text, start - 1);
    const prevEnd = lineEndAt(text, prevStart);
    const prev = text.slice(prevStart, prevEnd);
    // A disable-next-line comment already above: name this rule in it too.
    const existing = /<!--\s*grouplint-disable-next-line\b([^]*?)-->\s*$/.exec(prev);
    if (existing) {
      const ids = existing[1].trim();
      if (!ids || ids.split(/[\s,]+/).includes(rule)) return undefined;
      const at = prevStart + existing.index + existing[0].indexOf('-->');
      let end = at;
      while (end > prevStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      return { start: end, end: at, text: ` ${rule} ` };
    }
    const block = parsed.blocks.find((b) => b.start <= offset && offset <= b.end);
    const blank = /^[ \t>]*$/.test(prev);
    if (block && !blank) {
      const blockLine = lineStartAt(text, block.start);
      if (block.type === 'cell') {
        // Inside a table any extra line ends the table.
        return undefined;
      }
      if (blockLine < start && prevStart >= blockLine) {
        // A continuation line of the same paragraph: the comment goes at the end of the line before,
        // in front of any trailing spaces (which may be a hard line break).
        let at = prevEnd;
        while (at > prevStart && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
        return { start: at, end: at, text: ` ${comment}` };
      }
    }
    if (block?.item && block.listStart !== undefined && block.item.start > block.listStart && lineStartAt(text, block.item.start) === start) {
      // A later item of a list: indent the comment to the content of the item above,
      // so it stays inside that item and the list stays one list.
      const m = LIST_MARKER.exec(line);
      if (m) {
        const indent = m[1] + ' '.repeat(m[2].length + m[3].length);
        return { start, end: start, text: `${indent}${comment}${eol}` };
      }
    }
  }
  return { start, end: start, text: `${prefix}${comment}${eol}` };
}

/** The edit that disables `rule` for the whole file: a comment after the front matter. */
export function disableFileEdit(parsed: ParsedDocument, rule: string): Edit | undefined {
  const { text, eol } = parsed;
  for (const d of parseDirectives(parsed.comments)) {
    if (d.type !== 'disable-file') continue;
    if (!d.ids.length || d.rules.includes(rule)) return undefined;
    const last = d.ids[d.ids.length - 1];
    return { start: last.end, end: last.end, text: ` ${rule}` };
  }
  const comment = `<!-- grouplint-disable-file ${rule} -->`;
  const fm = parsed.frontMatter;
  if (fm) return { start: fm.end, end: fm.end, text: `${eol}${comment}` };
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const rest = text.slice(at);
  const sep = rest === '' ? eol : /^[ \t]*\r?\n/.test(rest) ? eol : eol + eol;
  return { start: at, end: at, text: `${comment}${sep}` };
}
