// The edge between the engine's offsets and LSP's lines and characters. Everything the
// engine reports is converted here, and nowhere else.
import { DiagnosticSeverity, type Diagnostic, type Range, type SnippetTextEdit, type TextEdit } from 'vscode-languageserver';
import type { ConfigIssue, Edit, Problem } from '../engine';

/** Anything that turns offsets into positions (a TextDocument, or the engine's LineIndex). */
export interface Positions {
  positionAt(offset: number): { line: number; character: number };
}

export const SOURCE = 'grouplint';
/** The engine's id for notices that are not rules (invalid front matter and the like). */
export const ENGINE_NOTICE = 'grouplint';

const SEVERITY: Record<Problem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: Positions, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: Positions, p: Problem, docsLink: (id: string) => string): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, p.start, p.end),
    severity: SEVERITY[p.severity],
    source: SOURCE,
    message: p.message,
  };
  if (p.rule !== ENGINE_NOTICE) d.code = p.rule;
  d.codeDescription = { href: docsLink(p.rule === ENGINE_NOTICE ? 'configuration' : p.rule) };
  return d;
}

export function configIssueToDiagnostic(doc: Positions, issue: ConfigIssue, docsLink: (id: string) => string): Diagnostic {
  return {
    range: rangeOf(doc, issue.start, issue.end),
    severity: issue.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: issue.message,
    codeDescription: { href: docsLink('configuration') },
  };
}

export function toTextEdit(doc: Positions, e: Edit): TextEdit {
  return { range: rangeOf(doc, e.start, e.end), newText: e.text };
}

/** An edit as a snippet (tab stops) when the client takes them and the edit has one. */
export function toEdit(doc: Positions, e: Edit, snippets: boolean): TextEdit | SnippetTextEdit {
  if (snippets && e.snippet !== undefined) {
    return { range: rangeOf(doc, e.start, e.end), snippet: { kind: 'snippet', value: e.snippet } };
  }
  return toTextEdit(doc, e);
}

/** Do two offset ranges touch or overlap (an empty range touching its neighbours)? */
export function touches(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
