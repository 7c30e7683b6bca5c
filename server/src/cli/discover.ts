// Finding the documents to check: folders are walked for Markdown files, globs go through
// tinyglobby; node_modules and .git are never entered, and what .gitignore files (read
// with the `ignore` library, git's own rules) or a config's `ignore` list name is skipped.
import * as fs from 'fs';
import * as path from 'path';
import ignore, { type Ignore } from 'ignore';
// Loaded through require() so the bundle takes tinyglobby's CommonJS build: its ESM build
// (and fdir's) reads import.meta.url, which a CommonJS bundle does not have.
import tinyglobby = require('tinyglobby');
import { posix, toDisplay, toPosixAbs } from './paths';
import type { Configs } from './configs';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
/** A file two levels down: when a config's "ignore" list names it, the list names the folder as a whole ("archive/**"). */
const WHOLE_FOLDER_PROBE = 'any-folder/any-file';

export interface Discovery {
  /** Absolute '/'-separated paths, sorted by their display path. */
  files: string[];
  /** Notes for stderr (named files that are ignored, folders that could not be read). */
  notes: string[];
  /** Arguments naming nothing that exists (a usage error). */
  missing: string[];
  /** Globs that match no file, or only ignored ones: the message for each (a usage error, as in ESLint). */
  unmatched: string[];
}

/** .gitignore rules, read once per folder, applied from the repository root down. */
export class GitIgnores {
  private readonly perFolder = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  private rulesOf(folder: string): Ignore | null {
    let ig = this.perFolder.get(folder);
    if (ig === undefined) {
      ig = null;
      try {
        const text = fs.readFileSync(path.join(folder, '.gitignore'), 'utf8');
        ig = ignore({ allowRelativePaths: true }).add(text);
      } catch {
        // No .gitignore here.
      }
      this.perFolder.set(folder, ig);
    }
    return ig;
  }

  /** The folder whose .gitignore is the outermost that applies: the repository root, else the current folder. */
  private rootOf(folder: string): string {
    let root = this.roots.get(folder);
    if (root === undefined) {
      const parent = path.dirname(folder);
      if (fs.existsSync(path.join(folder, '.git'))) root = folder;
      else if (parent === folder) root = '';
      else root = this.rootOf(parent);
      this.roots.set(folder, root);
    }
    return root;
  }

  private chain(folder: string, floor?: string): string[] {
    let root = this.rootOf(folder);
    if (!root) {
      const rel = path.relative(this.cwd, folder);
      root = rel.startsWith('..') || path.isAbsolute(rel) ? folder : this.cwd;
    }
    if (floor && isInside(floor, root)) root = floor;
    const out: string[] = [];
    for (let f = folder; ; f = path.dirname(f)) {
      out.push(f);
      if (f === root || path.dirname(f) === f) break;
    }
    return out.reverse();
  }

  /**
   * Is this path (native absolute) ignored by the .gitignore files above it? With `floor`,
   * only .gitignore files in that folder and below count (for a folder named explicitly
   * that is itself ignored: what the user names is checked).
   */
  ignored(abs: string, isDir: boolean, floor?: string): boolean {
    const folder = path.dirname(abs);
    let ignored = false;
    for (const f of this.chain(folder, floor)) {
      const ig = this.rulesOf(f);
      if (!ig) continue;
      let rel = path.relative(f, abs).split(path.sep).join('/');
      if (isDir) rel += '/';
      const r = ig.test(rel);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

/** Is `inner` the folder `outer` or below it? */
function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function isMarkdown(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((e) => lower.endsWith(e));
}

export async function discover(patterns: string[], opts: { cwd: string; configs: Configs; useIgnore: boolean }): Promise<Discovery> {
  const { cwd, configs, useIgnore } = opts;
  const git = new GitIgnores(cwd);
  const found = new Set<string>();
  const notes: string[] = [];
  const missing: string[] = [];
  const unmatched: string[] = [];

  const configIgnored = (abs: string, floor?: string) => {
    if (!useIgnore) return false;
    const p = posix(abs);
    const r = configs.forFile(p);
    // Below a folder named on the command line that a config ignores as a whole, only configs
    // inside that folder may ignore its files: what the user names is checked.
    if (floor && !(r.file && isInside(path.dirname(path.resolve(r.file)), floor))) return false;
    return configs.ignores(p, r);
  };

  const walk = (dir: string, floor: string | undefined, configFloor?: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      // An unreadable folder: its files cannot be listed, so there is nothing to report per file.
      notes.push(`Could not read the folder ${toDisplay(dir, cwd)}; its files were not checked.`);
      return;
    }
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name) || e.name.startsWith('.')) continue;
      const abs = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Follow links to files; links to folders are not followed (no cycles).
        try {
          const st = fs.statSync(abs);
          isFile = st.isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      if (isDir) {
        if (useIgnore && git.ignored(abs, true, floor)) continue;
        // A folder the config in effect there ignores as a whole is not entered (as with .gitignore),
        // so configs further down cannot bring its files back.
        if (configIgnored(path.join(abs, WHOLE_FOLDER_PROBE), configFloor)) continue;
        walk(abs, floor, configFloor);
      } else if (isFile && isMarkdown(e.name)) {
        if (useIgnore && git.ignored(abs, false, floor)) continue;
        if (configIgnored(abs, configFloor)) continue;
        found.add(abs);
      }
    }
  };

  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = path.resolve(cwd, pattern);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      // A folder named here is walked even when .gitignore ignores it; rules inside it still apply.
      // Likewise for a config's "ignore" list that covers the whole folder (a file directly in it
      // stands for the folder): a repository can keep examples/ out of `grouplint .` yet check them
      // with `grouplint examples`.
      const ignoredAsWhole = pattern !== '.' && configIgnored(path.join(abs, WHOLE_FOLDER_PROBE));
      walk(abs, useIgnore && git.ignored(abs, true) ? abs : undefined, ignoredAsWhole ? abs : undefined);
    } else if (st) {
      // A file named here is checked whatever its extension; a config's "ignore" list still
      // applies (pre-commit hooks pass every changed file by name).
      if (configIgnored(abs)) notes.push(`${pattern}: ignored by the "ignore" list of ${toDisplay(configs.forFile(toPosixAbs(abs)).file ?? '', cwd)} (use --no-ignore to check it anyway).`);
      else found.add(abs);
    } else if (tinyglobby.isDynamicPattern(pattern)) {
      const matches = await tinyglobby.glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      let kept = 0;
      for (const m of matches) {
        const native = path.resolve(m);
        if (useIgnore && (git.ignored(native, false) || configIgnored(native))) continue;
        found.add(native);
        kept++;
      }
      if (!matches.length) unmatched.push(`No files matching the pattern "${pattern}" were found.`);
      else if (!kept) {
        unmatched.push(
          `All files matching the pattern "${pattern}" are ignored (by .gitignore or the "ignore" list of a .grouplintrc.json); use --no-ignore to check them.`,
        );
      }
    } else {
      missing.push(pattern);
    }
  }

  const files = [...found].map((f) => ({ abs: posix(f), display: toDisplay(f, cwd) }));
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files: files.map((f) => f.abs), notes, missing, unmatched };
}
