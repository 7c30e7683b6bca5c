// Checking one document's text: lint it (and with `fix`, apply fixes until none applies),
// then turn offsets into 1-based lines and columns. Pure, so it runs the same in the main
// thread and in a worker thread.
import { applyFixes, lint, LineIndex, type EffectiveConfig, type Kind, type KindSource, type LintResult, type Problem } from '../engine';

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
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const candidates = result.problems.filter((p) => p.fix && !inserted.has(insertionKey(p)));
    const { text: next, applied } = applyFixes(text, candidates);
    if (!applied || next === text) break;
    for (const p of appliedOf(candidates)) {
      const key = insertionKey(p);
      if (key) inserted.add(key);
    }
    fixes += applied;
    text = next;
    result = lint(text, opts);
  }
  const out = outputOf(text, result);
  if (text !== input.text) {
    out.fixed = text;
    out.fixes = fixes;
  }
  return out;
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
