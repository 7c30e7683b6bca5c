// Checking one document's text: lint it (and with `fix`, apply fixes until none applies),
// then turn offsets into 1-based lines and columns. Pure, so it runs the same in the main
// thread and in a worker thread.
import { applyFixes, lint, LineIndex, type Edit, type EffectiveConfig, type Kind, type KindSource, type LintResult, type Problem } from '../engine';

export type DiagnosticSeverity = 'error' | 'warning' | 'information' | 'hint';

/** One finding as the CLI reports it (the `diagnostics` entries of `--format json`). */
export interface Diagnostic {
  rule: string;
  severity: DiagnosticSeverity;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  endLine: number;
  /** 1-based, exclusive (the column just after the last character). */
  endColumn: number;
  message: string;
  fixable: boolean;
}

/** A fix `--fix` applies: the finding it answers, where it is in the text as read, and the fix's title. */
export interface AppliedFix {
  rule: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  title: string;
}

export interface CheckInput {
  /** Absolute '/'-separated path (config kind globs are matched against it). */
  path: string;
  /** The text without a byte-order mark. */
  text: string;
  config: EffectiveConfig;
  fix: boolean;
}

export interface CheckOutput {
  kind: Kind | null;
  kindSource: KindSource | null;
  groupMaterial: boolean;
  diagnostics: Diagnostic[];
  /** With `fix`: the fixed text, when any fix changed it. */
  fixed?: string;
  /** With `fix`: how many fixes were applied. */
  fixes?: number;
  /** With `fix`: the fixes applied, in the order applied. */
  applied?: AppliedFix[];
}

/** Fix passes: each re-lints the fixed text; a fix that keeps re-applying stops here. */
export const MAX_FIX_PASSES = 10;

export function toDiagnostics(text: string, problems: Problem[]): Diagnostic[] {
  if (!problems.length) return [];
  const index = new LineIndex(text);
  return problems.map((p) => {
    const s = index.position(p.start);
    const e = index.position(p.end);
    return {
      rule: p.rule,
      severity: p.severity,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      message: p.message,
      fixable: !!p.fix,
    };
  });
}

function outputOf(text: string, r: LintResult): CheckOutput {
  return { kind: r.kind, kindSource: r.kindSource, groupMaterial: r.groupMaterial, diagnostics: toDiagnostics(text, r.problems) };
}

/** For a fix made only of insertions: its rule and text; '' for any other fix. */
function insertionKey(p: Problem): string {
  const edits = p.fix?.edits ?? [];
  if (!edits.length || edits.some((e) => e.start !== e.end)) return '';
  return `${p.rule}\u0000${edits.map((e) => e.text).join('\u0000')}`;
}

/** The problems whose fixes applyFixes applies (the same overlap test, in the same order). */
function appliedOf(problems: Problem[]): Problem[] {
  const taken: Array<[number, number]> = [];
  const out: Problem[] = [];
  for (const p of problems) {
    if (!p.fix) continue;
    const clash = p.fix.edits.some((e) => taken.some(([s, t]) => (e.start < t && e.end > s) || (e.start === e.end && e.start > s && e.start < t) || (s === t && s > e.start && s < e.end)));
    if (clash) continue;
    for (const e of p.fix.edits) taken.push([e.start, e.end]);
    out.push(p);
  }
  return out;
}

export function check(input: CheckInput): CheckOutput {
  const opts = { path: input.path, config: input.config };
  let text = input.text;
  let result = lint(text, opts);
  if (!input.fix) return outputOf(text, result);
  let fixes = 0;
  // An insertion that a rule asks for again after it was made (a placeholder line the rule
  // itself does not accept) would be inserted on every pass: insert each one once.
  const inserted = new Set<string>();
  // The edits of each pass (offsets in the text that pass started from), to place later fixes in the text as read.
  const passes: Edit[][] = [];
  const fixed: AppliedFix[] = [];
  const original = new LineIndex(input.text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const candidates = result.problems.filter((p) => p.fix && !inserted.has(insertionKey(p)));
    const { text: next, applied } = applyFixes(text, candidates);
    if (!applied || next === text) break;
    const taken = appliedOf(candidates);
    for (const p of taken) {
      const key = insertionKey(p);
      if (key) inserted.add(key);
      const s = original.position(toOriginal(p.start, passes, 'start'));
      const e = original.position(toOriginal(p.end, passes, 'end'));
      const [line, column, endLine, endColumn] = [s.line + 1, s.character + 1, e.line + 1, e.character + 1];
      fixed.push({ rule: p.rule, line, column, endLine, endColumn, message: p.message, title: p.fix!.title });
    }
    passes.push(taken.flatMap((p) => p.fix!.edits));
    fixes += applied;
    text = next;
    result = lint(text, opts);
  }
  const out = outputOf(text, result);
  if (text !== input.text) {
    out.fixed = text;
    out.fixes = fixes;
    out.applied = fixed;
  }
  return out;
}

/**
 * An offset in the text after the given passes of edits, as an offset in the text before
 * them. An offset inside replaced or inserted text maps to the start (or end) of what it replaced.
 */
export function toOriginal(offset: number, passes: Edit[][], side: 'start' | 'end'): number {
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
        mapped = side === 'start' ? e.start : e.end;
        break;
      }
      delta += e.text.length - (e.end - e.start);
    }
    o = mapped ?? o - delta;
  }
  return o;
}

/** check(), never throwing: an internal fault becomes one diagnostic on the file. */
export function safeCheck(input: CheckInput): CheckOutput {
  try {
    return check(input);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      kind: null,
      kindSource: null,
      groupMaterial: false,
      diagnostics: [{ rule: 'grouplint', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: `grouplint failed on this file (${reason}). Please report it with the file attached.`, fixable: false }],
    };
  }
}
