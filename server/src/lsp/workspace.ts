// Every Markdown file of the workspace, checked from disk so problems show for files that
// are not open, and kept current as files change. Only a summary per file is kept (kind,
// counts by rule and each problem's place, for the workspace report and the Group materials
// view); diagnostics are published and dropped.
import type { Diagnostic } from 'vscode-languageserver';
import { configFor, configIgnores as configIgnoresPath, lint, LineIndex, type ConfigReader } from '../engine';
import type { Host } from './host';
import { check, contextFor, diagnosticsOf, summarize, type Checked, type Summary } from './checker';
import { reportProblems } from './report';
import type { ReportProblem } from './protocol';
import { FolderFilter } from './scan';
import type { Settings } from './settings';
import { limits } from './documents';

export interface Folder {
  uri: string;
  /** Engine path ('/'-separated). */
  path: string;
  name: string;
}

export interface WorkspaceEnv {
  host: Host;
  reader: ConfigReader;
  settingsFor(scopeUri: string): Promise<Settings>;
  excludesFor(folder: Folder): Promise<string[]>;
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** A config file was read while checking; its faults belong on it. */
  sawConfig(file: string, issues: import('../engine').ConfigIssue[]): void;
  log(message: string): void;
  progress?(done: number, message: string): void;
  /** What the index holds changed (a file checked, dropped, or a scan finished). */
  changed?(): void;
}

export interface FileEntry {
  path: string;
  folder: Folder;
  summary: Summary;
  problems: ReportProblem[];
}

/** A file read from disk and checked. */
export interface CheckedFile {
  text: string | undefined;
  checked: Checked;
  index: LineIndex;
}

/** Give the event loop a turn (so edits and requests are served during a long scan). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** A check of at least this many files is followed by host.releaseMemory(). */
const BULK = 50;

export class WorkspaceIndex {
  folders: Folder[] = [];
  readonly files = new Map<string, FileEntry>();
  private readonly filters = new Map<string, FolderFilter>();
  private readonly pushed = new Set<string>();
  /** The latest check started per file: an older one finishing later publishes nothing. */
  private readonly tickets = new Map<string, number>();
  private ticket = 0;
  private scanId = 0;
  private scanning: Promise<void> = Promise.resolve();

  constructor(private readonly env: WorkspaceEnv) {}

  folderOf(path: string | undefined): Folder | undefined {
    if (!path) return undefined;
    let best: Folder | undefined;
    for (const f of this.folders) {
      if ((path === f.path || path.startsWith(f.path.replace(/\/$/, '') + '/')) && (!best || f.path.length > best.path.length)) best = f;
    }
    return best;
  }

  /** The last scan (or the one running). */
  get done(): Promise<void> {
    return this.scanning;
  }

  /** Check every file again (settings or a config file changed); a scan already running stops. */
  rescan(): Promise<void> {
    const id = ++this.scanId;
    const previous = this.scanning;
    this.scanning = previous.catch(() => undefined).then(() => this.scan(id));
    return this.scanning;
  }

  private async scan(id: number): Promise<void> {
    if (id !== this.scanId) return;
    const t0 = Date.now();
    const seen = new Set<string>();
    const stale = () => id !== this.scanId;
    let count = 0;
    for (const folder of this.folders) {
      const settings = await this.env.settingsFor(folder.uri);
      if (!settings.enable || !settings.workspaceCheck) {
        this.filters.delete(folder.uri);
        continue;
      }
      const filter = await this.filterFor(folder, settings);
      this.filters.set(folder.uri, filter);
      let turn = Date.now();
      for await (const path of filter.walk(stale)) {
        const uri = this.env.host.uriOf(path);
        seen.add(uri);
        await this.checkFile(uri, path, folder, settings);
        count++;
        if (Date.now() - turn > 10) {
          this.env.progress?.(count, `${count} files checked`);
          await nextTurn();
          turn = Date.now();
        }
        if (stale()) return;
      }
    }
    if (stale()) return;
    for (const uri of [...this.files.keys()]) if (!seen.has(uri)) this.drop(uri);
    this.env.changed?.();
    this.env.log(`Checked ${count} Markdown file${count === 1 ? '' : 's'} of the workspace in ${Date.now() - t0} ms.`);
    // Only each file's summary is kept; what its check allocated is garbage now.
    if (count >= BULK) this.env.host.releaseMemory?.();
  }

  private async filterFor(folder: Folder, settings: Settings): Promise<FolderFilter> {
    const configIgnores = (path: string) => {
      const found = configFor(path, this.env.reader);
      return configIgnoresPath(path, found.config.ignore, found.file);
    };
    return new FolderFilter(this.env.host.files, { folder: folder.path, exclude: await this.env.excludesFor(folder), ignore: settings.ignore, configIgnores });
  }

  /** Does the workspace check cover this file (folder checked, not excluded or ignored)? */
  async covers(path: string): Promise<Folder | undefined> {
    const folder = this.folderOf(path);
    if (!folder) return undefined;
    const filter = this.filters.get(folder.uri);
    return filter && (await filter.acceptsFile(path)) ? folder : undefined;
  }

  /** A Markdown file changed or appeared on disk (or was closed in the editor). */
  async refreshFile(uri: string, path: string): Promise<void> {
    const folder = await this.covers(path);
    if (!folder) {
      this.drop(uri);
      return;
    }
    await this.checkFile(uri, path, folder, await this.env.settingsFor(folder.uri));
  }

  /** A file is gone from disk or from the check. */
  drop(uri: string): void {
    if (this.files.delete(uri)) this.env.changed?.();
    this.clearPushed(uri);
  }

  /** Take back what was published for a file (it opened in an editor that pulls its own). */
  clearPushed(uri: string): void {
    if (this.pushed.delete(uri)) this.env.publish(uri, []);
  }

  /** Diagnostics for an open document were published elsewhere (so clearPushed takes them back). */
  notePushed(uri: string, nonEmpty: boolean): void {
    if (nonEmpty) this.pushed.add(uri);
    else this.pushed.delete(uri);
  }

  /** Read a file from disk and check it; undefined when it cannot be read. */
  async readChecked(path: string, folder: Folder, settings: Settings): Promise<CheckedFile | undefined> {
    const { host } = this.env;
    const size = await host.files.size(path);
    if (size === undefined) return undefined;
    const tooLarge = size > limits.maxBytes;
    const text = tooLarge ? undefined : await host.files.readFile(path);
    if (text === undefined && !tooLarge) return undefined;
    const ctx = contextFor(path, this.env.reader, settings, folder.path);
    if (ctx.file) this.env.sawConfig(ctx.file, ctx.issues);
    const checked = check(path, size, ctx, (options) => lint(text ?? '', options));
    return { text, checked, index: new LineIndex(text ?? '') };
  }

  async checkFile(uri: string, path: string, folder: Folder, settings: Settings, publish = true): Promise<FileEntry | undefined> {
    const { host } = this.env;
    const ticket = ++this.ticket;
    if (publish) this.tickets.set(uri, ticket);
    const read = await this.readChecked(path, folder, settings);
    if (!read) {
      this.drop(uri);
      return undefined;
    }
    const { checked, index } = read;
    const positions = { positionAt: (o: number) => index.position(o) };
    const entry: FileEntry = { path, folder, summary: summarize(checked), problems: reportProblems(checked, positions) };
    if (!publish) return entry;
    if (this.tickets.get(uri) !== ticket) return entry; // a newer check of this file is under way
    this.tickets.delete(uri);
    this.files.set(uri, entry);
    this.env.changed?.();
    if (this.env.isOpen(uri)) return entry;
    const diagnostics = diagnosticsOf(checked, positions, host.docsLink);
    if (diagnostics.length || this.pushed.has(uri)) {
      this.env.publish(uri, diagnostics);
      if (diagnostics.length) this.pushed.add(uri);
      else this.pushed.delete(uri);
    }
    return entry;
  }

  /**
   * Summaries of every Markdown file, scanning folders the workspace check leaves out (unless
   * `scan` is false: then those folders are listed in `unchecked`).
   */
  async collect(scan = true, unchecked: string[] = []): Promise<Map<string, FileEntry>> {
    await this.scanning;
    const out = new Map(this.files);
    let scanned = 0;
    for (const folder of this.folders) {
      if (this.filters.has(folder.uri)) continue;
      if (!scan) {
        unchecked.push(folder.name);
        continue;
      }
      const settings = await this.env.settingsFor(folder.uri);
      const filter = await this.filterFor(folder, settings);
      for await (const path of filter.walk()) {
        const uri = this.env.host.uriOf(path);
        const entry = await this.checkFile(uri, path, folder, { ...settings, enable: true }, false);
        if (entry) out.set(uri, entry);
        await nextTurn();
        scanned++;
      }
    }
    if (scanned >= BULK) this.env.host.releaseMemory?.();
    return out;
  }
}
