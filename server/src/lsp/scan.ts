// Which Markdown files of a workspace folder get checked: the shared file policy
// (engine/files-policy.ts: hidden folders and node_modules skipped, `.gitignore` at any
// level, the config file's `ignore`), plus what the editor excludes (`files.exclude`) and
// what the `grouplint.ignore` setting names.
import { accepts, GitIgnores, matchesGlob, walkMarkdown, wholeFolderProbe, type WalkRules } from '../engine';
import type { FileAccess } from './host';

export interface FolderRules {
  /** The workspace folder ('/'-separated path). */
  folder: string;
  /** `files.exclude`-style globs, relative to the folder. */
  exclude: string[];
  /** `grouplint.ignore` globs, relative to the folder. */
  ignore: string[];
  /** Does the config file in effect for this path name it in its `ignore` list? */
  configIgnores?(path: string): boolean;
}

export class FolderFilter {
  readonly folder: string;
  private readonly rules: WalkRules;

  constructor(
    private readonly files: FileAccess,
    settings: FolderRules,
  ) {
    this.folder = settings.folder.replace(/\/$/, '');
    const excluded = (path: string) => matchesGlob(settings.exclude, this.folder, path) || matchesGlob(settings.ignore, this.folder, path);
    this.rules = {
      // The workspace folder is the outermost folder whose .gitignore applies.
      gitignore: new GitIgnores(
        (path) => files.readFile(path),
        () => this.folder,
      ),
      // A folder the config in effect there ignores as a whole is not entered, as on the command line.
      excluded: (path, isDir) => excluded(path) || !!settings.configIgnores?.(isDir ? wholeFolderProbe(path) : path),
    };
  }

  contains(path: string): boolean {
    return path.startsWith(this.folder + '/');
  }

  /** Is this Markdown file one the workspace check covers? Every folder on the way down must be accepted too. */
  async acceptsFile(path: string): Promise<boolean> {
    if (!this.contains(path)) return false;
    const rel = path.slice(this.folder.length + 1).split('/');
    let dir = this.folder;
    for (let i = 0; i < rel.length - 1; i++) {
      dir = `${dir}/${rel[i]}`;
      if (!(await accepts(dir, true, this.rules))) return false;
    }
    return accepts(path, false, this.rules);
  }

  /** Every accepted Markdown file below the folder, in a stable order. */
  walk(isCancelled: () => boolean = () => false): AsyncGenerator<string> {
    return walkMarkdown(this.folder, { list: (dir) => this.files.readDirectory(dir) }, { ...this.rules, isCancelled });
  }
}
