// The code actions a linter's users expect (after vscode-eslint): fix this problem
// (preferred), its suggestions, fix all problems of this rule, disable the rule for this
// line or this file, open the rule's docs; and `source.fixAll.grouplint` for fix on save.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Edit, ParsedDocument, Problem } from '../engine';
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
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function workspaceEdit(uri: string, version: number, edits: Array<TextEdit | SnippetTextEdit>, support: EditSupport): WorkspaceEdit {
  if (support.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits as TextEdit[] } };
}

/** Fixes that can be applied together: a fix whose edits clash with an earlier one waits for the next round. */
export function compatibleFixEdits(problems: Problem[]): Edit[] {
  const taken: Array<[number, number]> = [];
  const out: Edit[] = [];
  for (const p of problems) {
    if (!p.fix) continue;
    const clash = p.fix.edits.some((e) => taken.some(([s, t]) => (e.start < t && e.end > s) || (e.start === e.end && e.start > s && e.start < t) || (s === t && s > e.start && s < e.end)));
    if (clash) continue;
    for (const e of p.fix.edits) {
      taken.push([e.start, e.end]);
      out.push(e);
    }
  }
  return out;
}

export function fixAllAction(input: Pick<ActionInput, 'uri' | 'version' | 'positions' | 'problems' | 'support'>): CodeAction | undefined {
  const edits = compatibleFixEdits(input.problems);
  if (!edits.length) return undefined;
  return {
    title: 'Fix all grouplint problems that have a fix',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(input.uri, input.version, edits.map((e) => toEdit(input.positions, e, false)), input.support),
  };
}

export function codeActions(input: ActionInput): CodeAction[] {
  const { uri, version, positions, parsed, problems, support, only } = input;
  const out: CodeAction[] = [];
  if (only && !wants(only, CodeActionKind.QuickFix) && wants(only, FIX_ALL_KIND)) {
    const all = fixAllAction(input);
    return all ? [all] : [];
  }
  const edit = (edits: Edit[], snippets = support.snippets) => workspaceEdit(uri, version, edits.map((e) => toEdit(positions, e, snippets && support.documentChanges)), support);
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
      others.push({ title: `Show documentation for ${p.rule}`, kind: CodeActionKind.QuickFix, diagnostics, command: { title: `Show documentation for ${p.rule}`, command: SHOW_DOCS_COMMAND, arguments: [p.rule] } });
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
