// Helpers for end-to-end tests that run inside the real extension host with the `vscode` API.
import * as vscode from 'vscode';
import * as fs from 'fs';
import { codeOf, ours, waitFor as waitForEvery } from '../../support/editor';

export { codeOf, ours };

/** Polls `probe` every 100 ms until it yields a value other than undefined/null/false, or fails after `ms`. */
export function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, ms = 30_000): Promise<T> {
  return waitForEvery(probe, what, ms, 100);
}

/** Opens a file of the test workspace (a fresh copy of test/e2e/workspace) in an editor. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  return vscode.window.showTextDocument(doc);
}

/** Sets `section` (e.g. 'grouplint.rules') in the workspace settings; undefined removes it. */
export async function setSetting(section: string, value: unknown, target: vscode.ConfigurationTarget = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration().update(section, value, target);
}

/**
 * Finds the code action titled `title` (exact string or pattern) at `range` and applies it: its edit
 * through the workspace, then its command if it has one. Returns the action; throws when none matches.
 */
export async function applyCodeAction(uri: vscode.Uri, range: vscode.Range, title: string | RegExp): Promise<vscode.CodeAction> {
  const matches = (t: string) => (typeof title === 'string' ? t === title : title.test(t));
  // Asked again for a few seconds if it is not there yet: a request that reaches the server while it is still
  // checking the document can be answered empty (a cold CI run once got only the Markdown snippets), and the
  // editor's light bulb asks again in the same way.
  const deadline = Date.now() + 10_000;
  let actions: (vscode.CodeAction | vscode.Command)[];
  let found: vscode.CodeAction | vscode.Command | undefined;
  for (;;) {
    // The last argument asks VS Code to resolve lazily computed edits (codeAction/resolve).
    actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, undefined, 100)) ?? [];
    found = actions.find((a) => matches(a.title));
    if (found || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
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

/** The URI of a file of the test workspace (which need not exist). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

/** What the extension exports from activate() (see client/src/extension.ts). */
export interface GrouplintApi {
  client: { state: number; isRunning?(): boolean };
  statusText(): string;
}

export const EXTENSION_ID = 'grouplint.grouplint';

/** Activates the extension (if it is not yet) and returns its API. */
export async function extensionApi(): Promise<GrouplintApi> {
  const ext = vscode.extensions.getExtension<GrouplintApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Waits until grouplint's diagnostics on `uri` satisfy `ok`, and returns them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 45_000,
): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(
      () => {
        const d = ours(uri);
        return ok(d) && d;
      },
      what,
      ms,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; grouplint's diagnostics on ${vscode.workspace.asRelativePath(uri)} then: ${JSON.stringify(codesOn(uri))}`, {
      cause: e,
    });
  }
}

/** The rule ids of grouplint's diagnostics on `uri`, in document order. */
export function codesOn(uri: vscode.Uri): string[] {
  return ours(uri).map((d) => codeOf(d) ?? '');
}

/** Reads a file of the test workspace as text. */
export async function readFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
}

/** Writes a file of the test workspace (as another program would: through the file system, not an editor). */
export async function writeFixture(name: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(name), new TextEncoder().encode(text));
}

/**
 * Closes every editor tab, throwing away unsaved changes (untitled documents included), so the
 * next test starts from a clean window and no "save changes?" dialog can block the run.
 */
export async function closeAllEditors(): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const dirty = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.isDirty && t.input instanceof vscode.TabInputText);
    if (!dirty) break;
    await vscode.window.showTextDocument((dirty.input as vscode.TabInputText).uri, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
  if (tabs.length) await vscode.window.tabGroups.close(tabs, true);
}

/** Replaces the whole text of an open document through a WorkspaceEdit (it stays unsaved). */
export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`editing ${doc.uri.toString()} was refused`);
}

/**
 * Process ids of the grouplint language server(s) this extension host started: on Linux its
 * children running dist/server.js (read from /proc); elsewhere the language client's own record.
 */
export function serverPids(api?: GrouplintApi): number[] {
  if (process.platform === 'linux') {
    const pids: number[] = [];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        // Fields after "(comm)": state, ppid, ...
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(ppid) !== process.pid || state === 'Z') continue;
        const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
        if (argv.some((a) => /[\\/]dist[\\/]server\.js$/.test(a))) pids.push(Number(entry));
      } catch {
        // The process ended while we looked.
      }
    }
    return pids;
  }
  const pid = (api?.client as { _serverProcess?: { pid?: number; exitCode: number | null } } | undefined)?._serverProcess;
  return pid?.pid && pid.exitCode === null ? [pid.pid] : [];
}
