// A small LSP client for protocol tests: it starts the bundled server as a separate
// process (`node dist/server.js --stdio`) and speaks real LSP to it. Tests wait on
// messages (diagnostics, requests from the server), never on fixed sleeps.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export type Mode = 'pull' | 'push';

export interface StartOptions {
  mode?: Mode;
  /** Workspace folder (a directory path). */
  root?: string;
  /** Answers to workspace/configuration, by section ("grouplint", "files.exclude"). */
  settings?: Record<string, unknown>;
  /** Announce LSP 3.18 snippet edits. */
  snippets?: boolean;
  initializationOptions?: unknown;
  /** Do not answer workspace/configuration (settings come with didChangeConfiguration). */
  noConfiguration?: boolean;
}

export function capabilities(o: StartOptions): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      ...(o.mode === 'push' ? {} : { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
    },
    workspace: {
      configuration: !o.noConfiguration,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      workspaceEdit: { documentChanges: true, ...(o.snippets ? { snippetEditSupport: true } : {}) },
      diagnostics: { refreshSupport: o.mode !== 'push' },
    },
    window: { showDocument: { support: true } },
  };
}

type Waiter = { test: () => boolean; resolve: () => void };

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly refreshes: number[] = [];
  readonly applied: WorkspaceEdit[] = [];
  readonly shown: string[] = [];
  /** window/showMessage texts. */
  readonly messages: string[] = [];
  /** window/logMessage texts. */
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  readonly configurationRequests: Array<{ scopeUri?: string; section?: string }> = [];
  settings: Record<string, unknown>;
  /** Runs before each workspace/configuration answer (to act while the server waits for it). */
  beforeConfiguration: (() => void | Promise<void>) | undefined;
  stderr = '';
  private readonly waiters = new Set<Waiter>();
  private readonly docs = new Map<string, TextDocument>();

  constructor(readonly options: StartOptions) {
    this.settings = options.settings ?? {};
    if (!fs.existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first.`);
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.poke();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.poke();
    });
    c.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
      this.poke();
    });
    c.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.messages.push(p.message);
      this.poke();
      return null;
    });
    c.onRequest('workspace/configuration', async (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      this.configurationRequests.push(...p.items);
      const hook = this.beforeConfiguration;
      this.beforeConfiguration = undefined;
      await hook?.();
      return p.items.map((i) => (i.section ? (this.settings[i.section] ?? null) : this.settings));
    });
    c.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes.push(Date.now());
      this.poke();
      return null;
    });
    c.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.applied.push(p.edit);
      this.poke();
      return { applied: true };
    });
    c.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shown.push(p.uri);
      return { success: true };
    });
    c.onRequest('window/workDoneProgress/create', () => null);
    c.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const client = new TestClient(options);
    const root = options.root;
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? URI.file(root).toString() : null,
      workspaceFolders: root ? [{ uri: URI.file(root).toString(), name: path.basename(root) }] : null,
      capabilities: capabilities(options),
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }

  private poke(): void {
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
  }

  /** Resolve when `test` holds (checked now and after every message), or fail after `ms`. */
  until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** The last pushed diagnostics for a URI (undefined if none yet). */
  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** Wait for a publish for `uri` (optionally of a version, or matching a test) after `from` publishes. */
  async pushed(uri: string, opts: { version?: number; test?: (d: Diagnostic[]) => boolean; from?: number } = {}): Promise<Diagnostic[]> {
    const from = opts.from ?? 0;
    let found: PublishDiagnosticsParams | undefined;
    await this.until(
      () => {
        for (let i = this.published.length - 1; i >= from; i--) {
          const p = this.published[i];
          if (p.uri !== uri) continue;
          if ((opts.version === undefined || p.version === opts.version) && (!opts.test || opts.test(p.diagnostics))) {
            found = p;
            return true;
          }
          return false;
        }
        return false;
      },
      `diagnostics for ${uri}${opts.version !== undefined ? ` v${opts.version}` : ''}`,
    );
    return found!.diagnostics;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): void {
    this.docs.set(uri, TextDocument.create(uri, languageId, version, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Send changes (ranges refer to the text after the previous change, as in LSP). */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const doc = this.docs.get(uri)!;
    this.docs.set(uri, TextDocument.update(doc, changes, version));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Insert `text` at an offset of the current text (one incremental change). */
  insert(uri: string, version: number, offset: number, text: string): void {
    const doc = this.docs.get(uri)!;
    const at = doc.positionAt(offset);
    this.change(uri, version, [{ range: { start: at, end: at }, text }]);
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  document(uri: string): TextDocument {
    return this.docs.get(uri)!;
  }

  pull(uri: string, previousResultId?: string): Promise<{ kind: 'full' | 'unchanged'; items?: Diagnostic[]; resultId?: string }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const r = await this.pull(uri);
    if (r.kind !== 'full') throw new Error('expected a full report');
    return r.items!;
  }

  /** Change settings the way an editor does: update the answers, then notify. */
  configure(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.options.noConfiguration ? settings : null });
  }

  filesChanged(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }
}

/** Apply a WorkspaceEdit's edits for `uri` to `text` (snippet edits as their plain text). */
export function applyEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  const edits: Array<TextEdit> = [];
  for (const dc of edit.documentChanges ?? []) {
    if (!('textDocument' in dc) || dc.textDocument.uri !== uri) continue;
    for (const e of dc.edits) edits.push('snippet' in e ? { range: e.range, newText: snippetPlain(e.snippet.value) } : (e as TextEdit));
  }
  for (const e of edit.changes?.[uri] ?? []) edits.push(e);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

/** A snippet's text as inserted with every placeholder left as is. */
export function snippetPlain(snippet: string): string {
  let out = snippet;
  for (let i = 0; i < 5; i++)
    out = out.replace(/\$\{\d+(?::([^{}]*))?\}/g, (_m, d: string | undefined) => d ?? '').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  return out.replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

export function fileUri(p: string): string {
  return URI.file(p).toString();
}

// The folders tempWorkspace made, removed when the test process exits (mocha's `exit` ends it with process.exit).
const tempRoots: string[] = [];
process.on('exit', () => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh folder with the given files ({ 'a/b.md': 'text' }), removed when the test process exits. */
export function tempWorkspace(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'grouplint-lsp-')));
  tempRoots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return root;
}
