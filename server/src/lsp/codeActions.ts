// The code actions a linter's users expect (after vscode-eslint): fix this problem
// (preferred), its suggestions (each on its own, never in bulk), fix all problems of this
// rule, disable the rule for this line or this file, open the rule's docs; and
// `source.fixAll.grouplint` for fix on save. "Fix all" and fix on save run the engine's fix
// pipeline (runFixes), the same one `grouplint --fix` runs, so they give the same text.
import { CodeActionKind, type CodeAction, type Diagnostic, type SnippetTextEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { runFixes, selectFixes, type Edit, type ParsedDocument, type Problem } from '../engine';
import { ENGINE_NOTICE, SOURCE, toDiagnostic, toEdit, touches, type Positions } from './convert';
import { disableFileEdit, disableLineEdit } from './disable';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.grouplint`;
export const SHOW_DOCS_COMMAND = 'grouplint.server.showRuleDocs';

export interface EditSupport {
  /** The client takes `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** The client takes LSP 3.18 snippet edits inside `documentChanges`. */
  snippets: boolean;
}

export interface ActionInput {
  uri: string;
  version: number;
  positions: Positions;
  parsed: ParsedDocument;
  problems: Problem[];
  /** The requested range, as offsets. */
  start: number;
  end: number;
  /** Diagnostics the client sent with the request (matched to problems by code and range). */
  diagnostics: Diagnostic[];
  only?: string[];
  support: EditSupport;
  docsLink(id: string): string;
  /** The document's text and a lint of any text with the document's config, for fix all's later passes. */
  text?: string;
  lint?: (text: string) => { problems: Problem[] };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function workspaceEdit(uri: string, version: number, edits: Array<TextEdit | SnippetTextEdit>, support: EditSupport): WorkspaceEdit {
  if (support.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits as TextEdit[] } };
}

/** Fixes that can be applied together, in one pass (the engine's selection: selectFixes). */
export function compatibleFixEdits(problems: Problem[]): Edit[] {
  return selectFixes(problems).flatMap((p) => p.fix!.edits);
}

/**
 * Every fix of the document, never a suggestion. With `text` and `lint`, the whole fix
 * pipeline (every pass, as `--fix` runs it); without, the first pass only.
 */
export function fixAllEdits(input: Pick<ActionInput, 'problems' | 'text' | 'lint'>): Edit[] {
  if (input.text === undefined || !input.lint) return compatibleFixEdits(input.problems);
  if (!input.problems.some((p) => p.fix)) return [];
  return runFixes(input.text, input.lint, { problems: input.problems }).edits;
}

export function fixAllAction(input: Pick<ActionInput, 'uri' | 'version' | 'positions' | 'problems' | 'support' | 'text' | 'lint'>): CodeAction | undefined {
  const edits = fixAllEdits(input);
  if (!edits.length) return undefined;
  return {
    title: 'Fix all grouplint problems that have a fix',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(
      input.uri,
      input.version,
      edits.map((e) => toEdit(input.positions, e, false)),
      input.support,
    ),
  };
}

export function codeActions(input: ActionInput): CodeAction[] {
  const { uri, version, positions, parsed, problems, support, only } = input;
  const out: CodeAction[] = [];
  if (only && !wants(only, CodeActionKind.QuickFix) && wants(only, FIX_ALL_KIND)) {
    const all = fixAllAction(input);
    return all ? [all] : [];
  }
  const edit = (edits: Edit[], snippets = support.snippets) =>
    workspaceEdit(
      uri,
      version,
      edits.map((e) => toEdit(positions, e, snippets && support.documentChanges)),
      support,
    );
  const sentOf = (p: Problem): Diagnostic | undefined => {
    const mine = toDiagnostic(positions, p, input.docsLink);
    return input.diagnostics.find((d) => d.code === mine.code && d.message === p.message && sameRange(d, mine));
  };
  // The client names the diagnostics it asks about; without any of ours, the range decides.
  const ours = input.diagnostics.some((d) => d.source === SOURCE);
  const here = problems.filter((p) => touches(p.start, p.end, input.start, input.end) && (!ours || sentOf(p)));
  const diagnosticOf = (p: Problem): Diagnostic => sentOf(p) ?? toDiagnostic(positions, p, input.docsLink);

  if (wants(only, CodeActionKind.QuickFix)) {
    const fixes: CodeAction[] = [];
    const others: CodeAction[] = [];
    const seen = new Set<string>();
    for (const p of here) {
      const diagnostics = [diagnosticOf(p)];
      if (p.fix) fixes.push({ title: p.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics, edit: edit(p.fix.edits) });
      // Suggestions are never preferred, so no "auto fix" picks one without a person choosing it.
      for (const s of p.suggestions ?? []) fixes.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics, edit: edit(s.edits) });
      if (p.rule === ENGINE_NOTICE || seen.has(p.rule)) continue;
      seen.add(p.rule);
      const sameRule = problems.filter((q) => q.rule === p.rule && q.fix);
      if (sameRule.length > 1) {
        const edits = compatibleFixEdits(sameRule);
        others.push({ title: `Fix all ${p.rule} problems in this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: edit(edits, false) });
      }
      const line = disableLineEdit(parsed, p.rule, p.start);
      if (line) others.push({ title: `Disable ${p.rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([line]) });
      const file = disableFileEdit(parsed, p.rule);
      if (file) others.push({ title: `Disable ${p.rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([file]) });
      others.push({
        title: `Show documentation for ${p.rule}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: `Show documentation for ${p.rule}`, command: SHOW_DOCS_COMMAND, arguments: [p.rule] },
      });
    }
    out.push(...fixes, ...others);
  }
  if (wants(only, FIX_ALL_KIND) && (only || here.length)) {
    const all = fixAllAction(input);
    if (all) out.push(all);
  }
  return out;
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
