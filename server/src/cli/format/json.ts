// `--format json`: a public, versioned shape (documented in the README). Keep it stable:
// add a new version number rather than changing what a version means. Version 2 added, per
// problem, the suggestions offered in the editor (`--fix` never applies them), and, in
// `--fix-dry-run`, what each fix changes.
import type { FileReport, Report } from '../report';

export interface JsonReportV2 {
  version: 2;
  files: Array<{
    path: string;
    kind: 'support' | 'therapy' | null;
    kindSource: 'front-matter' | 'config' | 'inferred' | null;
    diagnostics: Array<{
      rule: string;
      severity: 'error' | 'warning' | 'information' | 'hint';
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      message: string;
      /** `--fix` fixes it. */
      fixable: boolean;
      /** The edits offered to a person in the editor, by title (never applied by `--fix`). */
      suggestions: string[];
    }>;
  }>;
}

type JsonDiagnostic = JsonReportV2['files'][number]['diagnostics'][number];

function diagnosticsOf(f: FileReport): JsonDiagnostic[] {
  return f.diagnostics.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    message: d.message,
    fixable: d.fixable,
    suggestions: d.suggestions ?? [],
  }));
}

export function toJson(report: Report): JsonReportV2 {
  return {
    version: 2,
    files: report.files.map((f) => ({ path: f.path, kind: f.kind, kindSource: f.kindSource, diagnostics: diagnosticsOf(f) })),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJson(report)) + '\n';
}

/**
 * `--fix-dry-run --format json`: per file, the fixes `--fix` would apply and the problems that
 * would remain (with their suggestions: suggested, not applied). A document of its own (told
 * apart by `fixDryRun`), versioned like the report.
 */
export interface JsonFixDryRunV2 {
  version: 2;
  fixDryRun: true;
  files: Array<{
    path: string;
    kind: 'support' | 'therapy' | null;
    kindSource: 'front-matter' | 'config' | 'inferred' | null;
    /** Lines and columns of the file as it is now. */
    fixes: Array<{ rule: string; line: number; column: number; endLine: number; endColumn: number; message: string; title: string; change: string }>;
    /** What would remain: lines and columns of the fixed text. */
    diagnostics: JsonDiagnostic[];
    /** The whole fixed text, or null when no fix changes the file. */
    output: string | null;
  }>;
}

export function toFixDryRunJson(report: Report): JsonFixDryRunV2 {
  return {
    version: 2,
    fixDryRun: true,
    files: report.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      kindSource: f.kindSource,
      fixes: (f.fixes ?? []).map((x) => ({
        rule: x.rule,
        line: x.line,
        column: x.column,
        endLine: x.endLine,
        endColumn: x.endColumn,
        message: x.message,
        title: x.title,
        change: x.change,
      })),
      diagnostics: diagnosticsOf(f),
      output: f.output ?? null,
    })),
  };
}

export function formatFixDryRunJson(report: Report): string {
  return JSON.stringify(toFixDryRunJson(report)) + '\n';
}
