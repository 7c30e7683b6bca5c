// Finding the documents to check: folders are walked by the shared file policy
// (engine/files-policy.ts: hidden folders and node_modules skipped, .gitignore files read
// with git's rules, a config's `ignore` list), globs go through tinyglobby.
import fs = require('fs');
import path = require('path');
// Loaded through require() so the bundle takes tinyglobby's CommonJS build: its ESM build
// (and fdir's) reads import.meta.url, which a CommonJS bundle does not have. Loaded only for
// a glob: a run over folders and files does without it.
import type * as Tinyglobby from 'tinyglobby';
const globber = (): typeof Tinyglobby => require('tinyglobby');
import { GitIgnores, isInside, walkMarkdownByFolder, wholeFolderProbe, type EntryType, type TreeAccess } from '../engine/light';
import { posix, toDisplay, toPosixAbs } from './paths';
import type { Configs } from './configs';

export interface Discovery {
  /** Absolute '/'-separated paths, sorted by their display path. */
  files: string[];
  /** Each file's display path (toDisplay), in the same order. */
  displays: string[];
  /** Notes for stderr (named files that are ignored, folders that could not be read). */
  notes: string[];
  /** Arguments naming nothing that exists (a usage error). */
  missing: string[];
  /** Globs that match no file, or only ignored ones: the message for each (a usage error, as in ESLint). */
  unmatched: string[];
}

/** The folder whose .gitignore is the outermost that applies: the repository root, else the current folder. */
function gitTop(cwd: string): (folder: string) => string {
  const roots = new Map<string, string>();
  const rootOf = (folder: string): string => {
    let root = roots.get(folder);
    if (root === undefined) {
      const parent = path.posix.dirname(folder);
      if (fs.existsSync(`${folder === '/' ? '' : folder}/.git`)) root = folder;
      else if (parent === folder) root = '';
      else root = rootOf(parent);
      roots.set(folder, root);
    }
    return root;
  };
  const top = posix(cwd);
  return (folder) => rootOf(folder) || (isInside(folder, top) ? top : folder);
}

function readText(p: string): string | undefined {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

/** Folders through Node's fs; links to files are followed, links to folders are not (no cycles). */
const nodeTree: TreeAccess = {
  async list(dir) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    const out: Array<[string, EntryType]> = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.isDirectory()) out.push([e.name, 'directory']);
      else if (e.isFile()) out.push([e.name, 'file']);
      else if (e.isSymbolicLink()) {
        try {
          if (fs.statSync(path.join(dir, e.name)).isFile()) out.push([e.name, 'file']);
        } catch {
          // A dangling link.
        }
      }
    }
    return out;
  },
};

export async function discover(patterns: string[], opts: { cwd: string; configs: Configs; useIgnore: boolean }): Promise<Discovery> {
  const { cwd, configs, useIgnore } = opts;
  const git = new GitIgnores(readText, gitTop(cwd));
  const found = new Set<string>();
  const notes: string[] = [];
  const missing: string[] = [];
  const unmatched: string[] = [];

  /** Does the config in effect for this path ('/'-separated) ignore it? */
  const configIgnored = (p: string, floor?: string) => {
    if (!useIgnore) return false;
    const r = configs.forFile(p);
    // Below a folder named on the command line that a config ignores as a whole, only configs
    // inside that folder may ignore its files: what the user names is checked.
    if (floor && !(r.file && isInside(r.file.slice(0, r.file.lastIndexOf('/')), floor))) return false;
    return configs.ignores(p, r);
  };

  const walk = async (dir: string, gitFloor: string | undefined, configFloor?: string) => {
    const rules = {
      gitignore: useIgnore ? git : undefined,
      gitFloor,
      // A folder the config in effect there ignores as a whole is not entered (as with .gitignore),
      // so configs further down cannot bring its files back.
      excluded: (p: string, isDir: boolean) => configIgnored(isDir ? wholeFolderProbe(p) : p, configFloor),
      // An unreadable folder: its files cannot be listed, so there is nothing to report per file.
      unreadable: (folder: string) => notes.push(`Could not read the folder ${toDisplay(folder, cwd)}; its files were not checked.`),
    };
    for await (const files of walkMarkdownByFolder(dir, nodeTree, rules)) for (let i = 0; i < files.length; i++) found.add(files[i]);
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
      const dir = posix(abs);
      const ignoredAsWhole = pattern !== '.' && configIgnored(wholeFolderProbe(dir));
      await walk(dir, useIgnore && (await git.ignored(dir, true)) ? dir : undefined, ignoredAsWhole ? dir : undefined);
    } else if (st) {
      // A file named here is checked whatever its extension; a config's "ignore" list still
      // applies (pre-commit hooks pass every changed file by name).
      if (configIgnored(posix(abs))) {
        const list = toDisplay(configs.forFile(toPosixAbs(abs)).file ?? '', cwd);
        notes.push(`${pattern}: ignored by the "ignore" list of ${list} (use --no-ignore to check it anyway).`);
      } else found.add(posix(abs));
    } else if (globber().isDynamicPattern(pattern)) {
      const matches = await globber().glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      let kept = 0;
      for (const m of matches) {
        const file = posix(path.resolve(m));
        if (useIgnore && ((await git.ignored(file, false)) || configIgnored(file))) continue;
        found.add(file);
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

  const files = [...found].map((f) => ({ abs: f, display: toDisplay(f, cwd) }));
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files: files.map((f) => f.abs), displays: files.map((f) => f.display), notes, missing, unmatched };
}
