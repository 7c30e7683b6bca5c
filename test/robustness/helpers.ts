// Shared by the robustness tests: the bundles they run (built when missing or older than
// the sources), a small LSP client over a real child process, the CLI as a child process,
// CPU-time measurement for linear-time checks, and temporary folders.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

import { BIN, ensureBundles, ROOT, runGrouplint, SERVER, type CliRun } from '../support/cli';

export { BIN, ROOT, SERVER, type CliRun };
export const FIXTURES = path.join(__dirname, 'fixtures');

/** dist/cli.js, dist/worker.js and dist/server.js, built when missing or older than the sources. */
export function ensureBuilt(): Promise<void> {
  return ensureBundles(['cli', 'worker', 'server']);
}

// ---- temporary folders ----------------------------------------------------------------

const made: string[] = [];

/** A fresh folder under the system temp folder, removed by `cleanup()`. */
export function tmpDir(prefix = 'grouplint-robust-'): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(d);
  return d;
}

export function cleanup(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Every file under a folder (relative paths, '/'-separated), hidden ones included. */
export function listFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

// ---- the CLI --------------------------------------------------------------------------

export function runCli(args: string[], opts: { cwd: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv; input?: string | Buffer; timeout?: number }): CliRun {
  return runGrouplint(args, {
    ...opts,
    env: { NO_COLOR: '1', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeout ?? 120_000,
    throwOnError: true,
  });
}

export interface JsonReport {
  version: number;
  files: Array<{
    path: string;
    kind: string | null;
    kindSource: string | null;
    skipped?: boolean;
    diagnostics: Array<{ rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; fixable: boolean }>;
  }>;
}

// ---- timing ---------------------------------------------------------------------------

/** CPU time (ms) of the fastest of `reps` runs: other processes on a loaded machine do not count. */
export function cpuMs(f: () => void, reps = 3): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const a = process.cpuUsage();
    f();
    const b = process.cpuUsage(a);
    best = Math.min(best, (b.user + b.system) / 1000);
  }
  return best;
}

/**
 * How much longer `f(4n)` takes than `f(n)` (CPU time). Linear work gives about 4, quadratic
 * about 16. A floor of 2 ms on the small size keeps timer resolution from inflating the ratio.
 */
export function growth(f: (n: number) => void, n: number, reps = 3): { small: number; large: number; ratio: number } {
  f(n); // warm up the code paths and regular expressions
  const small = cpuMs(() => f(n), reps);
  const large = cpuMs(() => f(4 * n), reps);
  return { small, large, ratio: large / Math.max(small, 2) };
}

// ---- a language-server client over a real child process -------------------------------

export interface ClientOptions {
  /** Extra arguments for node before the bundle (e.g. --require a preload script). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  mode?: 'pull' | 'push';
  /** Workspace folder, if any. */
  root?: string;
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  /** Answers to workspace/configuration by section. */
  settings: Record<string, unknown> = {};
  private readonly docs = new Map<string, TextDocument>();
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(readonly options: ClientOptions = {}) {
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    this.process.stderr.on('data', (d) => (this.stderr += String(d)));
    this.process.on('exit', (code, signal) => (this.exited = { code, signal }));
    const c = (this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin)));
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void this.published.push(p));
    c.onNotification('window/logMessage', () => undefined);
    c.onNotification('window/showMessage', () => undefined);
    c.onNotification('$/progress', () => undefined);
    c.onRequest('window/showMessageRequest', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => null);
    c.onRequest('workspace/applyEdit', () => ({ applied: true }));
    c.onRequest('window/showDocument', () => ({ success: true }));
    c.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section ? (this.settings[i.section] ?? null) : this.settings)),
    );
    c.onError(() => undefined);
    c.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  async initialize(): Promise<void> {
    const root = this.options.root;
    const pull = this.options.mode !== 'push';
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? URI.file(root).toString() : null,
      workspaceFolders: root ? [{ uri: URI.file(root).toString(), name: path.basename(root) }] : null,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
        },
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          workspaceEdit: { documentChanges: true },
          diagnostics: { refreshSupport: pull },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri: string, text: string, version = 1): void {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    this.docs.set(uri, TextDocument.update(this.docs.get(uri)!, changes, version));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  document(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  openUris(): string[] {
    return [...this.docs.keys()];
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const r: { kind: string; items?: Diagnostic[] } = await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    if (r.kind !== 'full') throw new Error(`expected a full diagnostic report for ${uri}, got ${r.kind}`);
    return r.items ?? [];
  }

  configure(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Resident memory of the server process in kB (VmRSS of /proc/<pid>/status). */
  rssKb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (!m) throw new Error('no VmRSS line');
    return Number(m[1]);
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.process.kill();
        resolve();
      }, 3000);
      this.process.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

export function fileUri(p: string): string {
  return URI.file(p).toString();
}

/** A diagnostic reduced to what must agree everywhere: rule id and 0-based range. */
export function shape(rule: string, sl: number, sc: number, el: number, ec: number): string {
  return `${rule}@${sl}:${sc}-${el}:${ec}`;
}

export function lspShape(d: Diagnostic): string {
  return shape(typeof d.code === 'string' ? d.code : 'grouplint', d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
}
