// `--format json`: a public, versioned shape (documented in the README). Keep it stable:
// add a new version number rather than changing what version 1 means.
import type { Report } from '../report';

export interface JsonReportV1 {
  version: 1;
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
      fixable: boolean;
    }>;
  }>;
}

export function toJson(report: Report): JsonReportV1 {
  return {
    version: 1,
    files: report.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      kindSource: f.kindSource,
      diagnostics: f.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        message: d.message,
        fixable: d.fixable,
      })),
    })),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJson(report)) + '\n';
}
