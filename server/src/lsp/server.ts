// The language server, on any connection (stdio, Node IPC, or a web worker's messages):
// documents in, diagnostics, code actions, hover and completion out. It translates the
// engine's concepts to LSP and keeps no fixes of its own; file access comes from `host`.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  WatchKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, lint, parseConfigText, RULE_IDS, utf8Length, type EffectiveConfig } from '../engine';
import type { Host } from './host';
import { OpenDocument, isMarkdownPath, limits } from './documents';
import { check, contextFor, diagnosticsOf, type Checked, type ConfigContext } from './checker';
import { configIssueToDiagnostic } from './convert';
import { codeActions } from './codeActions';
import { hoverAt, kindHover } from './hover';
import { completionsAt, frontMatterSpan } from './completion';
import { serverCapabilities, support, type ClientSupport } from './capabilities';
import { executeCommand } from './commands';
import { WorkspaceRequests } from './requests';
import { ConfigNotices } from './config-notices';
import { DEFAULT_SETTINGS, excludeGlobs, readSettings, type Settings } from './settings';
import { nextTurn, WorkspaceIndex, type Folder } from './workspace';
import { warmUp } from './warmup';
import {
  DocumentHiddenNotification,
  DocumentInfoRequest,
  WorkspaceChangedNotification,
  WorkspaceFixesRequest,
  WorkspaceReportRequest,
  type InitializationOptions,
} from './protocol';

interface Computed {
  version: number;
  generation: number;
  resultId: string;
  checked?: Checked;
  diagnostics: Diagnostic[];
}

interface PendingPush {
  /** The document's version when the push last looked (undefined: not yet). */
  version: number | undefined;
  cancelled: boolean;
}

/** Run `f` on the event loop's next turn, after the callbacks already queued for it (setImmediate where there is one). */
const afterTurn = (f: () => void): void => void (typeof setImmediate === 'function' ? setImmediate(f) : setTimeout(f, 0));

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

export interface ServerOptions {
  /** Documents larger than this (in bytes of UTF-8) get one notice instead of a lint. Default: the file policy's ceiling. */
  maxDocumentBytes?: number;
  /**
   * Have `onInput` called whenever data from the client arrives, a message's first bytes
   * before it is whole (the idle-time warm-up waits while they come). Called once the
   * connection listens. Without it the warm-up steps on between a long message's pieces.
   */
  watchInput?: (onInput: () => void) => void;
}

export function startServer(connection: Connection, host: Host, options: ServerOptions = {}): void {
  if (options.maxDocumentBytes && options.maxDocumentBytes > 0) limits.maxBytes = options.maxDocumentBytes;
  const server = new GrouplintServer(connection, host);
  server.listen();
  options.watchInput?.(() => server.inputs++);
}

/**
 * How long the warm-up waits after data from the client arrived (ms). A 340 KB document comes
 * through a pipe in pieces of 64 KB, each a turn of the event loop apart; a warm-up step in
 * each of those turns held a 10,000-line open back by 50 to 80 ms (on two busy cores).
 */
const QUIET_MS = 10;

class GrouplintServer {
  client!: ClientSupport;
  private init: InitializationOptions = {};
  readonly docs = new Map<string, OpenDocument>();
  private readonly computed = new Map<string, Computed>();
  private readonly lastConfig = new Map<string, EffectiveConfig>();
  /** Pushes waiting for the edits already read to be handled (see schedulePush). */
  private readonly pendingPushes = new Map<string, PendingPush>();
  /** Open documents the client has pulled diagnostics for (a pull client pulls only the ones it shows). */
  private readonly pulled = new Set<string>();
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly excludeCache = new Map<string, Promise<string[]>>();
  private readonly notices = new ConfigNotices(this);
  private pushedSettings: Settings = DEFAULT_SETTINGS;
  private generation = 0;
  private resultIds = 0;
  private configEditTimer: ReturnType<typeof setTimeout> | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private changedTimer: ReturnType<typeof setTimeout> | undefined;
  /** The `initialized` handler (it asks for the first scan at its end). */
  private initializing: Promise<void> | undefined;
  /** A `shutdown` request came (the idle-time warm-up stops). */
  private shutDown = false;
  /** Pieces of input seen (see ServerOptions.watchInput). */
  inputs = 0;
  readonly workspace: WorkspaceIndex;
  private readonly requests = new WorkspaceRequests(this);
  /** Config files: an open editor's text wins over the disk. */
  private readonly reader = {
    read: (path: string) => {
      for (const d of this.docs.values()) {
        if (d.role === 'config' && d.path === path) return d.text; // the engine refuses an oversized one itself
      }
      return this.host.config.read(path);
    },
  };

  constructor(
    readonly connection: Connection,
    readonly host: Host,
  ) {
    this.workspace = new WorkspaceIndex({
      host,
      reader: this.reader,
      settingsFor: (uri) => this.settingsFor(uri),
      excludesFor: (folder) => this.excludesFor(folder),
      isOpen: (uri) => this.docs.has(uri),
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      sawConfig: (file, issues) => this.notices.showConfigIssues(file, issues),
      log: (m) => connection.console.info(m),
      changed: () => this.workspaceChanged(),
    });
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void (this.initializing = this.initialized()));
    c.onShutdown(() => void (this.shutDown = true));
    c.onDidOpenTextDocument(({ textDocument: t }) => this.opened(t.uri, t.languageId, t.version, t.text));
    c.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => this.changed(t.uri, t.version, contentChanges));
    c.onDidCloseTextDocument(({ textDocument: t }) => void this.closed(t.uri));
    c.onDidChangeConfiguration((p) => this.configurationChanged(p.settings));
    c.onDidChangeWatchedFiles((p) => void this.filesChanged(p.changes));
    c.languages.diagnostics.on((p, token) => this.pullDiagnostics(p.textDocument.uri, p.previousResultId, token));
    c.onCodeAction(async (p, token) => {
      const doc = this.markdown(p.textDocument.uri);
      if (!doc) return [];
      const result = await this.compute(doc);
      if (token.isCancellationRequested) throw cancelled();
      if (result.checked?.state !== 'checked' || !doc.editable || result.version !== doc.version) return [];
      return codeActions({
        uri: doc.uri,
        version: doc.version,
        positions: doc,
        parsed: doc.editable.parse(),
        problems: result.checked.lint!.problems,
        start: doc.offsetAt(p.range.start),
        end: doc.offsetAt(p.range.end),
        diagnostics: p.context.diagnostics,
        only: p.context.only,
        support: this.client,
        docsLink: this.host.docsLink,
        // Fix all runs every pass of the fix pipeline, as `grouplint --fix` does.
        text: doc.text,
        lint: (text) => lint(text, { path: doc.path, config: result.checked!.context.config }),
      });
    });
    c.onHover(async (p) => {
      const doc = this.markdown(p.textDocument.uri);
      if (!doc?.editable || doc.tooLarge) return null;
      const offset = doc.offsetAt(p.position);
      const parsed = doc.editable.parse();
      const hover = hoverAt(parsed, doc, offset, this.host.docsLink);
      if (hover) return hover;
      // On the title: the kind, and the words it rests on.
      const lint = (await this.compute(doc)).checked?.lint;
      return lint ? kindHover(parsed, doc, offset, lint) : null;
    });
    c.onCompletion(async (p) => {
      const doc = this.markdown(p.textDocument.uri);
      if (!doc || doc.tooLarge) return [];
      const offset = doc.offsetAt(p.position);
      const text = doc.text;
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const fm = frontMatterSpan(text);
      const inFrontMatter = !!fm && offset > fm.bodyStart && offset <= fm.bodyEnd;
      const ctx = await this.contextOf(doc);
      return completionsAt({
        linePrefix: text.slice(lineStart, offset),
        line: p.position.line,
        character: p.position.character,
        inFrontMatter,
        hasGroupKey: !!fm && /^group[ \t]*:/m.test(text.slice(fm.bodyStart, fm.bodyEnd)),
        wording: ctx.config.wording,
        staticSnippets: !!this.init.staticSnippets,
        snippetSupport: this.client.completionSnippets,
        docsLink: this.host.docsLink,
      });
    });
    c.onExecuteCommand((p) => executeCommand(this, p.command, p.arguments ?? []));
    c.onRequest(DocumentInfoRequest, (p) => this.requests.documentInfo(p.textDocument.uri));
    c.onRequest(WorkspaceReportRequest, (p) => this.requests.workspaceReport(p?.scan !== false));
    c.onRequest(WorkspaceFixesRequest, (p) => this.requests.workspaceFixes(p?.uris));
    c.onNotification(DocumentHiddenNotification, ({ uri }) => {
      const doc = this.docs.get(uri);
      if (this.pulled.delete(uri) && doc && this.pushes(doc)) this.schedulePush(uri);
    });
    c.listen();
  }

  // ---- life cycle -------------------------------------------------------------------

  private initialize(params: InitializeParams): InitializeResult {
    this.client = support(params.capabilities);
    this.init = (params.initializationOptions ?? {}) as InitializationOptions;
    const folders: WorkspaceFolder[] =
      params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.split('/').pop() ?? '' }] : []);
    this.setFolders(folders);
    // Idle until the client sends `initialized` and its documents: warm the engine up meanwhile.
    // It stops as soon as a document opens or the workspace check has checked a file (real
    // work warms the engine as well), and it publishes nothing.
    const warming = warmUp({
      context: () => contextFor(undefined, this.reader, DEFAULT_SETTINGS, undefined),
      docsLink: this.host.docsLink,
      stop: () => this.docs.size > 0 || this.workspace.files.size > 0 || this.shutDown,
      later: (step) => this.whenQuiet(step),
    });
    // No collection after it (host.releaseMemory): that gave back about 4 MB of an idle
    // server's RSS, but a first 10,000-line open after it took about 0.1 s more CPU time.
    void warming.then(({ steps, ms, stopped }) =>
      this.connection.console.info(`Warmed the engine up with ${steps} lints of a built-in flyer in ${ms} ms${stopped ? ' (then work arrived)' : ''}.`),
    );
    return {
      capabilities: serverCapabilities(this.client),
      serverInfo: { name: 'grouplint' },
    };
  }

  /**
   * Run `f` on the next turn of the event loop in which no input has arrived, and not before
   * QUIET_MS after the last: a message that is arriving is read, and handled, first.
   */
  private whenQuiet(f: () => void): void {
    const seen = this.inputs;
    afterTurn(() => (this.inputs === seen ? f() : setTimeout(() => this.whenQuiet(f), QUIET_MS)));
  }

  private async initialized(): Promise<void> {
    const c = this.connection;
    if (this.client.configurationRegistration) await c.client.register(DidChangeConfigurationNotification.type, { section: ['grouplint', 'files.exclude'] });
    if (this.client.watchRegistration) {
      await c.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{md,markdown}', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          { globPattern: `**/${CONFIG_FILE_NAME}`, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
        ],
      });
    }
    try {
      c.workspace.onDidChangeWorkspaceFolders((e) => {
        const keep = this.workspace.folders.filter((f) => !e.removed.some((r) => r.uri === f.uri));
        this.setFolders([...keep.map((f) => ({ uri: f.uri, name: f.name })), ...e.added]);
        this.requestRescan();
      });
    } catch {
      // The client does not announce workspace folder changes.
    }
    this.requestRescan();
  }

  /** Check the workspace again soon; bursts of changes (settings, saved config files) make one scan. */
  private requestRescan(delay = 100): void {
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      void this.rescan();
    }, delay);
  }

  private setFolders(folders: WorkspaceFolder[]): void {
    const out: Folder[] = [];
    for (const f of folders) {
      const path = this.host.pathOf(f.uri);
      if (path) out.push({ uri: f.uri, path: path.replace(/\/$/, '') || '/', name: f.name });
    }
    this.workspace.folders = out;
  }

  private async rescan(): Promise<void> {
    if (!this.client.progress) return this.workspace.rescan();
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('grouplint', undefined, 'Checking the workspace’s Markdown files');
    try {
      await this.workspace.rescan();
    } finally {
      progress.done();
    }
  }

  // ---- settings and config ----------------------------------------------------------

  settingsFor(scopeUri: string): Promise<Settings> {
    if (!this.client.configuration) return Promise.resolve(this.pushedSettings);
    let hit = this.settingsCache.get(scopeUri);
    if (!hit) {
      hit = this.connection.workspace.getConfiguration({ scopeUri, section: 'grouplint' }).then(
        (raw) => this.notices.noteSettings(readSettings(raw)),
        () => DEFAULT_SETTINGS,
      );
      this.settingsCache.set(scopeUri, hit);
    }
    return hit;
  }

  private excludesFor(folder: Folder): Promise<string[]> {
    let hit = this.excludeCache.get(folder.uri);
    if (!hit) {
      hit = this.client.configuration
        ? this.connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'files.exclude' }).then(excludeGlobs, () => [])
        : Promise.resolve([]);
      this.excludeCache.set(folder.uri, hit);
    }
    return hit;
  }

  private configurationChanged(settings: unknown): void {
    if (!this.client.configuration) {
      const section = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).grouplint : undefined;
      this.pushedSettings = this.notices.noteSettings(readSettings(section));
    }
    this.settingsCache.clear();
    this.excludeCache.clear();
    this.invalidate();
    this.requestRescan();
  }

  /** Everything computed so far may be out of date (settings or a config file changed). */
  private invalidate(): void {
    this.generation++;
    if (this.client.pull) {
      if (this.client.refresh) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      // Config documents are pulled like any other, so they refresh too.
    }
    for (const doc of this.docs.values()) if (this.pushes(doc)) this.schedulePush(doc.uri);
  }

  /**
   * Are this open document's diagnostics pushed? Always for a push client; for a pull client,
   * until it first pulls them: it pulls only documents it shows, so a document opened but not
   * shown (by an extension, or by a workspace edit) is pushed like a closed file.
   */
  private pushes(doc: OpenDocument): boolean {
    return !this.client.pull || (doc.role === 'markdown' && !this.pulled.has(doc.uri));
  }

  // ---- documents --------------------------------------------------------------------

  markdown(uri: string): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    return doc?.role === 'markdown' ? doc : undefined;
  }

  private opened(uri: string, languageId: string, version: number, text: string): void {
    const doc = new OpenDocument(uri, languageId, version, text, this.host.pathOf(uri));
    this.docs.set(uri, doc);
    if (doc.role === 'config') {
      const shown = this.notices.issuesShown.get(doc.path ?? uri);
      this.notices.issuesShown.delete(doc.path ?? uri);
      // What was published from the disk gives way to what the editor pulls for the open document.
      if (this.client.pull && shown !== undefined && shown !== '[]') void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.configEdited();
    }
    // A Markdown document's settings asked for at once (its lint needs them): the client's
    // answer comes while the push waits for its turns, not after them.
    if (doc.role === 'markdown') void this.settingsFor(uri);
    // With a pull client, what the workspace check published for the file stays until the
    // editor pulls the document (see pushes()).
    if (!this.client.pull) this.schedulePush(uri);
  }

  private changed(uri: string, version: number, changes: Parameters<OpenDocument['apply']>[0]): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    doc.apply(changes, version);
    if (doc.role === 'config') this.configEdited();
    if (this.pushes(doc)) this.schedulePush(uri);
  }

  private async closed(uri: string): Promise<void> {
    const doc = this.docs.get(uri);
    this.docs.delete(uri);
    this.pulled.delete(uri);
    this.computed.delete(uri);
    this.lastConfig.delete(uri);
    this.cancelPush(uri);
    if (!doc) return;
    if (!this.client.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.settingsCache.delete(uri);
    if (doc.role === 'config') {
      if (doc.path) {
        this.notices.issuesShown.delete(doc.path);
        this.host.config.forget(doc.path);
        // Back to the file on disk: its faults are published like any closed config file's.
        const text = this.host.config.read(doc.path);
        if (typeof text === 'string') this.notices.showConfigIssues(doc.path, parseConfigText(text, RULE_IDS).issues);
      }
      this.configEdited();
      return;
    }
    // Back to what is on disk, if the workspace check covers the file.
    if (doc.path) await this.workspace.refreshFile(uri, doc.path);
    else this.workspace.clearPushed(uri);
  }

  /** An open config document changed: open Markdown documents follow it (debounced, it may be mid-edit). */
  private configEdited(): void {
    if (this.configEditTimer) clearTimeout(this.configEditTimer);
    this.configEditTimer = setTimeout(() => {
      this.configEditTimer = undefined;
      this.invalidate();
    }, 150);
  }

  private async filesChanged(changes: Array<{ uri: string; type: FileChangeType }>): Promise<void> {
    let configChanged = false;
    for (const change of changes) {
      const path = this.host.pathOf(change.uri);
      if (!path) continue;
      if (path.endsWith(`/${CONFIG_FILE_NAME}`)) {
        configChanged = true;
        this.host.config.forget(path);
        if (change.type === FileChangeType.Deleted && this.notices.issuesShown.has(path)) {
          this.notices.issuesShown.delete(path);
          if (!this.docs.has(change.uri)) void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        } else if (!this.docs.has(change.uri)) {
          const text = this.host.config.read(path);
          if (text !== undefined) this.notices.showConfigIssues(path, typeof text === 'string' ? parseConfigText(text, RULE_IDS).issues : []);
        }
      } else if (isMarkdownPath(path) && !this.docs.has(change.uri)) {
        if (change.type === FileChangeType.Deleted) this.workspace.drop(change.uri);
        else await this.workspace.refreshFile(change.uri, path);
      }
    }
    if (configChanged) {
      this.invalidate();
      this.requestRescan();
    }
  }

  // ---- checking ---------------------------------------------------------------------

  async contextOf(doc: OpenDocument): Promise<ConfigContext> {
    const settings = await this.settingsFor(doc.uri);
    const folder = this.workspace.folderOf(doc.path);
    const ctx = contextFor(doc.path, this.reader, settings, folder?.path, this.lastConfig.get(doc.uri));
    this.lastConfig.set(doc.uri, ctx.config);
    return ctx;
  }

  /** Diagnostics for the document's current version (cached until it or the config changes). */
  async compute(doc: OpenDocument): Promise<Computed> {
    for (;;) {
      const hit = this.computed.get(doc.uri);
      if (hit && hit.version === doc.version && hit.generation === this.generation) return hit;
      const generation = this.generation;
      if (doc.role === 'config') {
        const issues = parseConfigText(doc.text, RULE_IDS).issues.map((i) => configIssueToDiagnostic(doc, i, this.host.docsLink));
        return this.store(doc, generation, undefined, issues);
      }
      const ctx = await this.contextOf(doc);
      // Settings may have changed while they were fetched: start over with the new ones.
      if (generation !== this.generation) continue;
      const again = this.computed.get(doc.uri);
      if (again && again.version === doc.version && again.generation === generation) return again;
      const editable = doc.editable!;
      // A pass counting a long handout's UTF-8 bytes on every keystroke is spared: its length
      // alone shows most documents within the ceiling, and only one over it needs its exact
      // size (for the notice).
      const size = doc.tooLarge ? utf8Length(doc.text) : doc.text.length;
      const checked = check(doc.path, size, ctx, (options) => editable.lint(options));
      if (ctx.file) this.notices.showConfigIssues(ctx.file, ctx.issues);
      return this.store(doc, generation, checked, diagnosticsOf(checked, doc, this.host.docsLink));
    }
  }

  private store(doc: OpenDocument, generation: number, checked: Checked | undefined, diagnostics: Diagnostic[]): Computed {
    const computed = { version: doc.version, generation, resultId: String(++this.resultIds), checked, diagnostics };
    if (this.docs.get(doc.uri) === doc) this.computed.set(doc.uri, computed);
    return computed;
  }

  private async pullDiagnostics(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    // Let queued edits and cancellations arrive first: never answer for a version already replaced.
    await nextTurn();
    if (token.isCancellationRequested) throw cancelled();
    const doc = this.docs.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!this.pulled.has(uri)) {
      // From now on the editor pulls this document: what was pushed for it gives way.
      this.pulled.add(uri);
      this.cancelPush(uri);
      this.workspace.clearPushed(uri);
    }
    const result = await this.compute(doc);
    if (token.isCancellationRequested) throw cancelled();
    if (previousResultId !== undefined && previousResultId === result.resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
  }

  /**
   * Push the document's diagnostics once the messages already read are handled. A burst of
   * edits (fast typing, a multi-cursor edit sent as many changes) is read in one go and
   * handled one message per turn of the event loop, so the push waits for a turn in which
   * the document's version stood still, then lints the latest version once. A lone edit is
   * pushed two turns after it is handled, with no timer (a timer waits at least 1 ms).
   */
  private schedulePush(uri: string): void {
    // One already waiting lints whatever version is current when it runs.
    if (this.pendingPushes.has(uri)) return;
    const pending: PendingPush = { version: undefined, cancelled: false };
    this.pendingPushes.set(uri, pending);
    const step = (): void => {
      if (pending.cancelled) return;
      const version = this.docs.get(uri)?.version;
      if (version !== undefined && version !== pending.version) {
        pending.version = version;
        afterTurn(step);
        return;
      }
      this.pendingPushes.delete(uri);
      void this.push(uri);
    };
    afterTurn(step);
  }

  private cancelPush(uri: string): void {
    const pending = this.pendingPushes.get(uri);
    if (pending) pending.cancelled = true;
    this.pendingPushes.delete(uri);
  }

  private async push(uri: string): Promise<void> {
    const doc = this.docs.get(uri);
    if (!doc) return;
    const result = await this.compute(doc);
    // A newer version (or a close) arrived meanwhile: its own push will follow.
    if (this.docs.get(uri) !== doc || doc.version !== result.version || this.pendingPushes.has(uri) || !this.pushes(doc)) return;
    void this.connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
    if (this.client.pull) this.workspace.notePushed(uri, result.diagnostics.length > 0);
  }

  // ---- requests of our own ----------------------------------------------------------

  /** A scan asked for and not yet started starts now (a report must not miss it). */
  async scanAsked(): Promise<void> {
    await this.initializing?.catch(() => undefined);
    if (!this.rescanTimer) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = undefined;
    await this.rescan();
  }

  /** Tell the client the report changed (debounced: a scan checks many files). */
  private workspaceChanged(): void {
    if (this.changedTimer) clearTimeout(this.changedTimer);
    this.changedTimer = setTimeout(() => {
      this.changedTimer = undefined;
      void this.connection.sendNotification(WorkspaceChangedNotification, null);
    }, 200);
  }
}
