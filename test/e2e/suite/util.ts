// Helpers for end-to-end tests that run inside the real extension host with the `vscode` API.
import * as vscode from 'vscode';

/** Polls `probe` until it yields a value other than undefined/null/false, or fails after `ms`. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The rule id of a diagnostic (`code` is a plain value, or `{ value, target }` when it links to docs). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** grouplint's diagnostics on `uri`, in document order. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'grouplint')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** Opens a file of the test workspace (a fresh copy of test/e2e/workspace) in an editor. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  return vscode.window.showTextDocument(doc);
}

/** Sets `section` (e.g. 'grouplint.rules') in the workspace settings; undefined removes it. */
export async function setSetting(
  section: string,
  value: unknown,
  target: vscode.ConfigurationTarget = vscode.ConfigurationTarget.Workspace,
): Promise<void> {
  await vscode.workspace.getConfiguration().update(section, value, target);
}

/**
 * Finds the code action titled `title` (exact string or pattern) at `range` and applies it: its edit
 * through the workspace, then its command if it has one. Returns the action; throws when none matches.
 */
export async function applyCodeAction(
  uri: vscode.Uri,
  range: vscode.Range,
  title: string | RegExp,
): Promise<vscode.CodeAction> {
  const matches = (t: string) => (typeof title === 'string' ? t === title : title.test(t));
  // The last argument asks VS Code to resolve lazily computed edits (codeAction/resolve).
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, range, undefined, 100,
    )) ?? [];
  const found = actions.find((a) => matches(a.title));
  if (!found) {
    throw new Error(`no code action ${title} at ${range.start.line + 1}:${range.start.character + 1}; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  }
  if (typeof found.command === 'string') {
    // A bare Command (a Command's `command` is its id; a CodeAction's is an object).
    const cmd = found as vscode.Command;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    return Object.assign(new vscode.CodeAction(cmd.title), { command: cmd });
  }
  const action = found as vscode.CodeAction;
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`applying "${action.title}" was refused`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return action;
}
