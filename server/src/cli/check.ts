// Checking one document's text: lint it (and with `fix`, run the engine's fix pipeline,
// the same one the editor's "fix all" and fix on save use), then turn offsets into 1-based
// lines and columns. Pure, so it runs the same in the main thread and in a worker thread.
import { lint, LineIndex, runFixes, toOriginal, type EffectiveConfig, type Kind, type KindSource, type LintResult, type Problem } from '../engine';

export { MAX_FIX_PASSES, toOriginal } from '../engine';

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
  /** `--fix` fixes it. */
  fixable: boolean;
  /** The titles of the edits offered to a person in the editor (never applied by `--fix`). */
  suggestions?: string[];
}

/** A fix `--fix` applies: the finding it answers, where it is in the text as read, and what it changed. */
export interface AppliedFix {
  rule: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  title: string;
  /** What changed, in words: `inserted "…"`, `replaced "…" with "…"`, `removed "…"`. */
  change: string;
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
  /** Why a text that speaks of groups is not group material (for the review), when it is not. */
  notGroupReason?: string;
  diagnostics: Diagnostic[];
  /** With `fix`: the fixed text, when any fix changed it. */
  fixed?: string;
  /** With `fix`: how many fixes were applied. */
  fixes?: number;
  /** With `fix`: the fixes applied, in the order applied. */
  applied?: AppliedFix[];
  /**
   * With `fix`: the findings left with suggestions only (not applied), placed in the text as
   * read, for `--fix-dry-run`'s "suggested, not applied".
   */
  suggested?: Diagnostic[];
}

export function toDiagnostics(text: string, problems: Problem[], at: (offset: number, side: 'start' | 'end') => number = (o) => o): Diagnostic[] {
  if (!problems.length) return [];
  const index = new LineIndex(text);
  return problems.map((p) => {
    const s = index.position(at(p.start, 'start'));
    const e = index.position(at(p.end, 'end'));
    const d: Diagnostic = {
      rule: p.rule,
      severity: p.severity,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      message: p.message,
      fixable: !!p.fix,
    };
    if (p.suggestions?.length) d.suggestions = p.suggestions.map((x) => x.title);
    return d;
  });
}

function outputOf(text: string, r: LintResult): CheckOutput {
  const out: CheckOutput = { kind: r.kind, kindSource: r.kindSource, groupMaterial: r.groupMaterial, diagnostics: toDiagnostics(text, r.problems) };
  if (r.notGroupReason) out.notGroupReason = r.notGroupReason;
  return out;
}

export function check(input: CheckInput): CheckOutput {
  const opts = { path: input.path, config: input.config };
  const first = lint(input.text, opts);
  if (!input.fix) return outputOf(input.text, first);
  const run = runFixes(input.text, (t) => lint(t, opts), first);
  const out = outputOf(run.text, run.result);
  const withSuggestions = run.result.problems.filter((p) => p.suggestions?.length);
  out.suggested = toDiagnostics(input.text, withSuggestions, (o, side) => toOriginal(o, run.passes, side));
  if (run.text !== input.text) {
    const original = new LineIndex(input.text);
    out.fixed = run.text;
    out.fixes = run.applied.length;
    out.applied = run.applied.map((a) => {
      const s = original.position(a.start);
      const e = original.position(a.end);
      return {
        rule: a.problem.rule,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        message: a.problem.message,
        title: a.problem.fix!.title,
        change: a.change,
      };
    });
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
      diagnostics: [
        {
          rule: 'grouplint',
          severity: 'error',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: `grouplint failed on this file (${reason}). Please report it with the file attached.`,
          fixable: false,
        },
      ],
    };
  }
}
