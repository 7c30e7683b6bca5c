// Helpers for the web tests: they run in the web worker extension host with the `vscode` API.
import * as vscode from 'vscode';
import type { GrouplintApi } from '../../client/src/shared';
import { codeOf, ours, waitFor } from '../support/editor';

export { codeOf, ours, waitFor };

/** A line for the driver (scripts/web/run.mjs), which reads the host's console. */
export const say = (line: string): void => console.log(`[grouplint-web] ${line}`);

const sortedCodes = (d: vscode.Diagnostic[]) => d.map((x) => codeOf(x) ?? '(none)').sort();

/** Waits until grouplint's diagnostics on `uri` have exactly these rule ids (in any order). */
export async function codesBecome(uri: vscode.Uri, codes: string[], ms?: number): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify([...codes].sort());
  try {
    return await waitFor(
      () => {
        const d = ours(uri);
        return JSON.stringify(sortedCodes(d)) === want && d;
      },
      `diagnostics [${codes.join(', ')}]`,
      ms,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; last seen [${sortedCodes(ours(uri)).join(', ')}]`, { cause: e });
  }
}

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

/** Opens a file of the test workspace (a fresh copy of test/web/workspace) in an editor. */
export async function openFile(...path: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...path));
  return vscode.window.showTextDocument(doc);
}

/** A new untitled Markdown document with `content`, in an editor. */
export async function openText(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc);
}

/** Closes every editor, dropping unsaved changes (closing a dirty one would ask to save). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** The extension's API (activating it if need be). */
export async function grouplint(): Promise<GrouplintApi> {
  const ext = vscode.extensions.getExtension<GrouplintApi>('grouplint.grouplint');
  if (!ext) throw new Error('the grouplint extension is not installed in this host');
  return ext.activate();
}

/** Code actions at `range` (resolved), optionally only of `kind`. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, 100)) ?? [];
}

/** Finds the code action titled `title` and applies it (edit, then command). */
export async function applyCodeAction(uri: vscode.Uri, range: vscode.Range, title: string, kind?: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(uri, range, kind);
  const action = actions.find((a) => a.title === title);
  if (!action) throw new Error(`no code action "${title}"; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`applying "${title}" was refused`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return action;
}

/** Completion items at `position` (labels as strings). */
export async function completions(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  return list?.items ?? [];
}

export const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
