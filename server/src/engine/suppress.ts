// Inline suppression comments: grouplint-disable / -enable / -disable-next-line / -disable-file.
import type { HtmlComment } from './parse';

const DIRECTIVE = /^\s*grouplint-(disable-next-line|disable-file|disable|enable)\b([^]*)$/;

export interface Directive {
  type: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
  /** Offsets of each named id inside the document (for hover, completion, unknown-id checks). */
  ids: Array<{ id: string; start: number; end: number }>;
}

export function parseDirectives(comments: HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const listStart = c.start + 4 + c.body.indexOf(m[2], m.index + m[1].length);
    const ids: Directive['ids'] = [];
    const idRe = /[A-Za-z][\w-]*/g;
    // A reason may follow the ids after ":" or " -- ": "grouplint-disable-file: quotes examples".
    const list = m[2].split(/:|\s--\s/)[0];
    for (let t = idRe.exec(list); t; t = idRe.exec(list)) ids.push({ id: t[0], start: listStart + t.index, end: listStart + t.index + t[0].length });
    out.push({ type: m[1] as Directive['type'], rules: ids.map((i) => i.id), start: c.start, end: c.end, ids });
  }
  return out;
}

/** Answers "is rule R suppressed at offset O?" for one document. */
export class Suppressions {
  private readonly file = new Set<string>();
  private fileAll = false;
  private readonly ranges: Array<{ rules: string[]; start: number; end: number }> = [];

  constructor(directives: Directive[], text: string) {
    const open = new Map<string, number>(); // rule id ('*' = all) -> start offset
    for (const d of directives) {
      const ids = d.rules.length ? d.rules : ['*'];
      if (d.type === 'disable-file') {
        if (!d.rules.length) this.fileAll = true;
        for (const id of d.rules) this.file.add(id);
      } else if (d.type === 'disable') {
        for (const id of ids) if (!open.has(id)) open.set(id, d.end);
      } else if (d.type === 'enable') {
        for (const id of ids) {
          if (id === '*') {
            for (const [k, s] of open) this.ranges.push({ rules: [k], start: s, end: d.start });
            open.clear();
          } else if (open.has(id)) {
            this.ranges.push({ rules: [id], start: open.get(id)!, end: d.start });
            open.delete(id);
          }
        }
      } else {
        const lineStart = text.indexOf('\n', d.end);
        if (lineStart < 0) continue;
        const next = text.indexOf('\n', lineStart + 1);
        this.ranges.push({ rules: ids, start: lineStart + 1, end: next < 0 ? text.length : next });
      }
    }
    for (const [id, s] of open) this.ranges.push({ rules: [id], start: s, end: Infinity });
  }

  isSuppressed(rule: string, offset: number): boolean {
    if (this.fileAll || this.file.has(rule)) return true;
    return this.ranges.some((r) => offset >= r.start && offset <= r.end && (r.rules.includes('*') || r.rules.includes(rule)));
  }
}
