// "grouplint: Apply safe fixes in the workspace": the safe fixes (never suggestions) of every
// document, as fix all makes them, in one workspace edit that VS Code previews before it is
// made (Refactor Preview: every change listed, each can be left out) and undoes in one step.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { textHash, WorkspaceFixesRequest } from '../../server/src/lsp/protocol';

export interface FixOutcome {
  /** The edit was applied (false: nothing to fix, or the preview was discarded). */
  applied: boolean;
  edits: number;
  documents: number;
  /** Documents left out because they changed while the fixes were worked out. */
  changed: string[];
}

export async function fixWorkspace(lc: BaseLanguageClient, uris?: vscode.Uri[]): Promise<FixOutcome> {
  const { documents } = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'grouplint: finding the safe fixes…' }, () =>
    lc.sendRequest(WorkspaceFixesRequest, uris ? { uris: uris.map((u) => u.toString()) } : {}),
  );
  const outcome: FixOutcome = { applied: false, edits: 0, documents: 0, changed: [] };
  const edit = new vscode.WorkspaceEdit();
  for (const d of documents) {
    const uri = vscode.Uri.parse(d.uri, true);
    const doc = await vscode.workspace.openTextDocument(uri);
    // Edits are made for one text: a document that changed since is left for the next run.
    if ((d.version !== null && doc.version !== d.version) || textHash(doc.getText()) !== d.hash) {
      outcome.changed.push(d.path);
      continue;
    }
    for (const e of d.edits) {
      const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
      edit.replace(uri, range, e.newText, { needsConfirmation: true, label: e.label, description: e.rule ? `${e.rule} · ${d.path}` : d.path });
      outcome.edits++;
    }
    outcome.documents++;
  }
  const changed = outcome.changed.length
    ? ` ${outcome.changed.length} changed while the fixes were worked out (${outcome.changed.join(', ')}); run the command again for them.`
    : '';
  if (!outcome.edits) {
    void vscode.window.showInformationMessage(`grouplint: nothing in the workspace has a safe fix.${changed}`);
    return outcome;
  }
  // needsConfirmation opens the Refactor Preview; as a refactoring, files it touches are saved
  // once applied (files.refactoring.autoSave), and one Undo takes the whole edit back.
  outcome.applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (outcome.applied) {
    void vscode.window.showInformationMessage(
      `grouplint: safe fixes applied (${outcome.edits} proposed in ${outcome.documents} document${outcome.documents === 1 ? '' : 's'}); Edit › Undo takes them back.${changed}`,
    );
  }
  return outcome;
}
