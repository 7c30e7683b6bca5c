// The language server's view of the machine in a web worker: no file system, so folders and
// files are read by the extension through `vscode.workspace.fs` (requests in ./protocol.ts).
// Config discovery reads synchronously, so `.grouplintrc.json` files are kept here: the
// extension sends those on the way to a document before it opens it and whenever one
// changes, and a folder listing that shows one loads it before the workspace check goes on.
import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, docsUrl } from '../engine';
import type { Host } from '../lsp/host';
import { webPathOf, webUriOf } from './paths';
import {
  CONFIG_FILE,
  ConfigFilesNotification,
  FileSizeRequest,
  MAX_WEB_CONFIG_BYTES,
  ReadDirectoryRequest,
  ReadFileRequest,
  type ConfigFileContent,
} from './protocol';

export function browserHost(connection: Connection): Host {
  if (CONFIG_FILE !== CONFIG_FILE_NAME) throw new Error(`config file name mismatch: ${CONFIG_FILE} and ${CONFIG_FILE_NAME}`);
  const configs = new Map<string, string | { tooLarge: number }>();

  const store = (f: ConfigFileContent) => {
    const path = webPathOf(f.uri);
    if (!path) return;
    if (typeof f.text === 'string') configs.set(path, f.text);
    else if (f.tooLarge !== undefined) configs.set(path, { tooLarge: f.tooLarge });
    else configs.delete(path);
  };
  // Registered before the server listens, so nothing the extension sends is missed.
  connection.onNotification(ConfigFilesNotification, ({ files }) => files.forEach(store));

  async function ask<P, R>(type: { method: string }, params: P): Promise<R | undefined> {
    try {
      return (await connection.sendRequest(type.method, params)) as R;
    } catch {
      return undefined;
    }
  }
  const size = async (path: string) => (await ask<{ uri: string }, number | null>(FileSizeRequest, { uri: webUriOf(path) })) ?? undefined;
  const readFile = async (path: string) => (await ask<{ uri: string }, string | null>(ReadFileRequest, { uri: webUriOf(path) })) ?? undefined;

  async function loadConfig(path: string): Promise<void> {
    const n = await size(path);
    if (n === undefined) return;
    if (n > MAX_WEB_CONFIG_BYTES) {
      configs.set(path, { tooLarge: n });
      return;
    }
    const text = await readFile(path);
    if (text !== undefined && !configs.has(path)) configs.set(path, text);
  }

  return {
    config: {
      read: (path) => configs.get(path),
      // The extension keeps the copies current (it sends every change), so there is nothing to drop.
      forget: () => undefined,
    },
    files: {
      async readDirectory(path) {
        const entries = (await ask<{ uri: string }, Array<[string, 'file' | 'directory']>>(ReadDirectoryRequest, { uri: webUriOf(path) })) ?? [];
        const config = `${path.replace(/\/$/, '')}/${CONFIG_FILE_NAME}`;
        if (entries.some(([name, type]) => name === CONFIG_FILE_NAME && type === 'file') && !configs.has(config)) await loadConfig(config);
        return entries;
      },
      size,
      readFile,
    },
    pathOf: webPathOf,
    uriOf: webUriOf,
    // No docs folder to open in a worker: rule pages open on the web.
    docsLink: docsUrl,
  };
}
