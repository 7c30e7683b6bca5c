// The VS Code extension (desktop): start the grouplint language server for Markdown as a
// Node process; the commands and the status-bar item are shared with the browser entry
// (shared.ts). Everything about checking happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startExtension, type GrouplintApi } from './shared';

export type { GrouplintApi } from './shared';

let client: LanguageClient | undefined;

/**
 * The server's Node flags (scripts/bench/lsp.mjs starts it the same way). A young
 * generation of 4 MB a half instead of V8's 16 keeps a workspace check's garbage from
 * growing the heap for good, and --expose-gc lets the server collect once after such a
 * check (host.releaseMemory): with 1,000 files checked, 89 MB of RSS instead of 166 MB.
 * (2 MB a half saves 2 MB more but makes each keystroke's collections dearer.)
 */
const SERVER_FLAGS = ['--max-semi-space-size=4', '--expose-gc'];

/**
 * The server's environment, added to the editor's. On Linux, glibc's allocator keeps a
 * memory arena per thread that has allocated, and hands little of it back after a
 * workspace check; one arena for the whole process holds about 6 MB less (93 MB instead
 * of 99 with 1,000 files checked, the same check time, scripts/bench/lsp.mjs). Other
 * platforms' allocators ignore the variable.
 */
const SERVER_ENV = { MALLOC_ARENA_MAX: '1' };

export async function activate(context: vscode.ExtensionContext): Promise<GrouplintApi> {
  const output = vscode.window.createOutputChannel('grouplint', { log: true });
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_FLAGS, env: SERVER_ENV } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_FLAGS, '--nolazy', '--inspect=6019'], env: SERVER_ENV },
    },
  };
  const lc: LanguageClient = new LanguageClient(
    'grouplint',
    'grouplint',
    serverOptions,
    clientOptions(output, () => lc),
  );
  client = lc;
  return startExtension(context, lc, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
