// Which Markdown files of a workspace folder get checked: everything but what the editor
// excludes (`files.exclude`), what git ignores (`.gitignore` at any level), what the
// `grouplint.ignore` setting names, and version-control or dependency folders.
import ignore, { type Ignore } from 'ignore';
import type { FileAccess } from './host';
import { matchesGlob } from './settings';
import { isMarkdownPath } from './documents';

/** Folders never worth reading for group materials. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules']);

export interface FolderRules {
  /** The workspace folder ('/'-separated path). */
  folder: string;
  /** `files.exclude`-style globs, relative to the folder. */
  exclude: string[];
  /** `grouplint.ignore` globs, relative to the folder. */
  ignore: string[];
}

export class FolderFilter {
  readonly folder: string;
  private readonly gitignores = new Map<string, Promise<Ignore | null>>();

  constructor(
    private readonly files: FileAccess,
    private readonly rules: FolderRules,
  ) {
    this.folder = rules.folder.replace(/\/$/, '');
  }

  contains(path: string): boolean {
    return path.startsWith(this.folder + '/');
  }

  /** Is this Markdown file one the workspace check covers? */
  async acceptsFile(path: string): Promise<boolean> {
    if (!this.contains(path) || !isMarkdownPath(path)) return false;
    const rel = path.slice(this.folder.length + 1).split('/');
    for (let i = 0; i < rel.length - 1; i++) if (SKIPPED_FOLDERS.has(rel[i])) return false;
    // Every folder on the way down must be accepted too.
    let dir = this.folder;
    for (let i = 0; i < rel.length - 1; i++) {
      dir = `${dir}/${rel[i]}`;
      if (this.excluded(dir)) return false;
    }
    return !this.excluded(path) && !(await this.gitIgnored(path, false));
  }

  private excluded(path: string): boolean {
    return matchesGlob(this.rules.exclude, this.folder, path) || matchesGlob(this.rules.ignore, this.folder, path);
  }

  private gitignoreOf(dir: string): Promise<Ignore | null> {
    let hit = this.gitignores.get(dir);
    if (!hit) {
      hit = this.files.readFile(`${dir}/.gitignore`).then((text) => (text === undefined ? null : ignore().add(text)));
      this.gitignores.set(dir, hit);
    }
    return hit;
  }

  /** Does some `.gitignore` between the folder and the path ignore it (the deepest one to speak wins)? */
  private async gitIgnored(path: string, isDir: boolean): Promise<boolean> {
    const parts = path.slice(this.folder.length + 1).split('/');
    let ignored = false;
    let dir = this.folder;
    for (let i = 0; i < parts.length; i++) {
      const ig = await this.gitignoreOf(dir);
      if (ig) {
        // Test each folder below this .gitignore's folder, then the path itself.
        for (let j = i; j < parts.length; j++) {
          const rel = parts.slice(i, j + 1).join('/') + (j < parts.length - 1 || isDir ? '/' : '');
          const r = ig.test(rel);
          if (r.ignored) ignored = true;
          else if (r.unignored) ignored = false;
        }
      }
      if (i < parts.length - 1) dir = `${dir}/${parts[i]}`;
    }
    return ignored;
  }

  /** Every accepted Markdown file below the folder, in a stable order. */
  async *walk(isCancelled: () => boolean = () => false): AsyncGenerator<string> {
    const stack: string[] = [this.folder];
    while (stack.length) {
      if (isCancelled()) return;
      const dir = stack.pop()!;
      const entries = (await this.files.readDirectory(dir)).sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
      for (const [name, type] of entries) {
        const path = `${dir}/${name}`;
        if (type === 'directory') {
          if (SKIPPED_FOLDERS.has(name) || this.excluded(path) || (await this.gitIgnored(path, true))) continue;
          stack.push(path);
        }
      }
      for (const [name, type] of [...entries].reverse()) {
        const path = `${dir}/${name}`;
        if (type === 'file' && isMarkdownPath(name) && !this.excluded(path) && !(await this.gitIgnored(path, false))) yield path;
      }
    }
  }
}
