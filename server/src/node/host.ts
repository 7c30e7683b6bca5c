// The language server's view of the machine under Node: fs for files and config, file:
// URIs for paths, and the docs folder shipped next to the bundle for rule links.
import fs = require('fs');
import nodePath = require('path');
import { URI } from 'vscode-uri';
import { DOCS_BASE, docsUrl } from '../engine';
import type { EntryType, Host } from '../lsp/host';
import { NodeConfigReader } from './files';

const toFs = (path: string) => URI.from({ scheme: 'file', path: path.startsWith('/') ? path : `/${path}` }).fsPath;

export function nodeHost(bundleDir: string = __dirname): Host {
  const config = new NodeConfigReader();
  // The .vsix ships docs/ beside dist/; a checkout has it one level up from dist/ too.
  const docsDir = [nodePath.join(bundleDir, '..', 'docs'), nodePath.join(bundleDir, 'docs')].find((d) => fs.existsSync(d));
  const localDocs = new Map<string, string | undefined>();
  return {
    config: {
      read: (path) => config.read(toFs(path)),
      forget: (path) => config.forget(path === undefined ? undefined : toFs(path)),
    },
    files: {
      async readDirectory(path) {
        try {
          const entries = await fs.promises.readdir(toFs(path), { withFileTypes: true });
          const out: Array<[string, EntryType]> = [];
          // Symbolic links are skipped: they can loop, and they lead outside the workspace.
          for (const e of entries) {
            if (e.isDirectory()) out.push([e.name, 'directory']);
            else if (e.isFile()) out.push([e.name, 'file']);
          }
          return out;
        } catch {
          return [];
        }
      },
      async size(path) {
        try {
          const st = await fs.promises.stat(toFs(path));
          return st.isFile() ? st.size : undefined;
        } catch {
          return undefined;
        }
      },
      async readFile(path) {
        try {
          return await fs.promises.readFile(toFs(path), 'utf8');
        } catch {
          return undefined;
        }
      },
    },
    pathOf(uri) {
      const u = URI.parse(uri);
      return u.scheme === 'file' ? u.fsPath.replace(/\\/g, '/') : undefined;
    },
    uriOf(path) {
      return URI.file(path).toString();
    },
    docsLink(id) {
      const url = docsUrl(id);
      if (!docsDir || !url.startsWith(DOCS_BASE)) return url;
      if (!localDocs.has(id)) {
        const file = nodePath.join(docsDir, ...url.slice(DOCS_BASE.length).split('/'));
        localDocs.set(id, fs.existsSync(file) ? URI.file(file).toString() : undefined);
      }
      return localDocs.get(id) ?? url;
    },
    releaseMemory() {
      // A scan leaves its garbage (parse trees of every file) in a heap grown to hold it;
      // a full collection lets V8 hand the empty pages back at once.
      const gc = (globalThis as { gc?: () => void }).gc;
      if (typeof gc === 'function') {
        gc();
        gc();
      }
    },
  };
}
