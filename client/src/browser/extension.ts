// The VS Code extension in the browser (vscode.dev, github.dev): the language server runs in
// a web worker; commands, status bar and client options are the desktop's (../shared.ts).
// A worker has no file system, so this side reads files for it with `vscode.workspace.fs`:
// folder listings and files for the workspace check (requests from the server), and the
// `.grouplintrc.json` files on the way to each document it opens (sent before the document,
// so its first check already uses them) and again whenever one changes.
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  FileChangeType,
  LanguageClient,
  State,
  type FileEvent,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import {
  CONFIG_FILE,
  ConfigFilesNotification,
  FileSizeRequest,
  MAX_WEB_CONFIG_BYTES,
  ReadDirectoryRequest,
  ReadFileRequest,
  type ConfigFileContent,
  type WebEntryType,
} from '../../../server/src/browser/protocol';
import { clientOptions, startExtension, type GrouplintApi } from '../shared';

export type { GrouplintApi } from '../shared';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<GrouplintApi> {
  const output = vscode.window.createOutputChannel('grouplint', { log: true });
  const configs = new ConfigFiles();
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // A fresh worker for every start (a restart, or after a crash); the one before is ended.
  let worker: Worker | undefined;
  // Transports rather than the worker itself: the client tells them apart with `instanceof Worker`,
  // which fails for the workers VS Code's web extension host creates.
  const startWorker = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const options = clientOptions(output, () => lc, {
    middleware: {
      didOpen: (document, next) =>
        configs.opening(document, async () => {
          await configs.sendAround(document, lc);
          await next(document);
        }),
      // The client may pull a document's diagnostics as its editor opens, before the open
      // notification (held back above) has gone out: such a pull waits for it, or the server
      // would answer for a document it does not have yet.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        await configs.opened(document instanceof vscode.Uri ? document : document.uri);
        return next(document, previousResultId, token);
      },
      workspace: {
        didChangeWatchedFile: async (event, next) => {
          await configs.changed(event, lc);
          return next(event);
        },
      },
    },
  });
  // vscode-languageclient 11: (id, name, serverOptions = a worker or a function making one, clientOptions).
  const lc = new LanguageClient('grouplint', 'grouplint', startWorker, options);
  client = lc;
  lc.onRequest(ReadDirectoryRequest, ({ uri }) => readDirectory(uri));
  lc.onRequest(FileSizeRequest, ({ uri }) => fileSize(uri));
  lc.onRequest(ReadFileRequest, ({ uri }) => readText(uri));
  // A new server starts with nothing: every config file goes to it again with its documents.
  context.subscriptions.push(
    lc.onDidChangeState((e) => e.newState === State.Starting && configs.reset()),
    { dispose: () => worker?.terminate() },
  );
  return startExtension(context, lc, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function readDirectory(uri: string): Promise<Array<[string, WebEntryType]>> {
  try {
    const out: Array<[string, WebEntryType]> = [];
    // Symbolic links are skipped, as on the desktop: they can loop.
    for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri))) {
      if (type & vscode.FileType.SymbolicLink) continue;
      if (type & vscode.FileType.Directory) out.push([name, 'directory']);
      else if (type & vscode.FileType.File) out.push([name, 'file']);
    }
    return out;
  } catch {
    return [];
  }
}

async function fileSize(uri: string): Promise<number | null> {
  try {
    const st = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return st.type & vscode.FileType.File ? st.size : null;
  } catch {
    return null;
  }
}

async function readText(uri: string): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
  } catch {
    return null;
  }
}

async function readConfig(uri: vscode.Uri): Promise<ConfigFileContent> {
  const key = uri.toString();
  const size = await fileSize(key);
  if (size === null) return { uri: key };
  if (size > MAX_WEB_CONFIG_BYTES) return { uri: key, tooLarge: size };
  const text = await readText(key);
  return text === null ? { uri: key } : { uri: key, text };
}

/** Which folders' `.grouplintrc.json` the server has been given (or told there is none). */
class ConfigFiles {
  private readonly looked = new Map<string, Promise<ConfigFileContent>>();
  /** Documents whose open notification is on its way. */
  private readonly opens = new Map<string, Promise<void>>();

  opening(document: vscode.TextDocument, send: () => Promise<void>): Promise<void> {
    const key = document.uri.toString();
    const p = send().finally(() => this.opens.get(key) === p && this.opens.delete(key));
    this.opens.set(key, p);
    return p;
  }

  async opened(uri: vscode.Uri): Promise<void> {
    await this.opens.get(uri.toString())?.catch(() => undefined);
  }

  reset(): void {
    this.looked.clear();
  }

  /** Send the config files of the folders from the document's up to its workspace folder. */
  async sendAround(document: vscode.TextDocument, lc: LanguageClient): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return;
    const root = folder.uri.path.replace(/\/$/, '');
    const fresh: Array<Promise<ConfigFileContent>> = [];
    let dir = document.uri.with({ path: document.uri.path.slice(0, document.uri.path.lastIndexOf('/')) || '/', query: '', fragment: '' });
    for (;;) {
      const file = vscode.Uri.joinPath(dir, CONFIG_FILE);
      const key = file.toString();
      if (!this.looked.has(key)) {
        const p = readConfig(file);
        this.looked.set(key, p);
        fresh.push(p);
      }
      if (dir.path.replace(/\/$/, '') === root || dir.path === '/' || !dir.path.startsWith(root)) break;
      dir = vscode.Uri.joinPath(dir, '..');
    }
    if (!fresh.length) return;
    const files = (await Promise.all(fresh)).filter((f: ConfigFileContent) => f.text !== undefined || f.tooLarge !== undefined);
    if (files.length) await lc.sendNotification(ConfigFilesNotification, { files });
  }

  /** A watched file changed: a config file's new text reaches the server before the change itself. */
  async changed(event: FileEvent, lc: LanguageClient): Promise<void> {
    const uri = vscode.Uri.parse(event.uri);
    if (uri.path.slice(uri.path.lastIndexOf('/') + 1) !== CONFIG_FILE) return;
    const content = event.type === FileChangeType.Deleted ? { uri: event.uri } : await readConfig(uri);
    this.looked.set(event.uri, Promise.resolve(content));
    await lc.sendNotification(ConfigFilesNotification, { files: [content] });
  }
}
