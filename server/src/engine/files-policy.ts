// Which files grouplint checks, for every host: the CLI's walk of the folders it is given
// and the editor's workspace check both come through here, so they pick the same files
// from the same tree. Host-neutral: the host lends its file access (Node's fs, the
// editor's workspace API); paths are '/'-separated and absolute.
import ignore, { type Ignore } from 'ignore';
import { globToRegExp } from './config';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

/**
 * The one size ceiling, in bytes of UTF-8: a larger document is not checked, in the editor
 * or on the command line (a flyer is a few KB; 1 MB is a few hundred pages of text).
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** A Markdown file by its name or path. */
export function isMarkdownName(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((e) => lower.endsWith(e));
}

/**
 * Names never entered or picked by a walk: hidden ones (`.git`, `.hg`, `.svn`, `.github`,
 * `.draft.md`) and `node_modules`. A file named on the command line or opened in the editor
 * is still checked.
 */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** The UTF-8 size of a text, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Is a text over the ceiling? Cheap for a text far below it. */
export function textTooLarge(text: string, limit = MAX_DOCUMENT_BYTES): boolean {
  // At most three bytes per UTF-16 unit, at least one: only the texts in between are counted.
  if (text.length * 3 <= limit) return false;
  if (text.length > limit) return true;
  return utf8Length(text) > limit;
}

function megabytes(bytes: number, digits: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(digits)} MB`;
}

/** Why a document of this size is not checked, or undefined when it is within the ceiling. */
export function sizeRefusal(bytes: number, limit = MAX_DOCUMENT_BYTES): string | undefined {
  if (bytes <= limit) return undefined;
  const limitText = Number.isInteger(limit / (1024 * 1024)) ? megabytes(limit, 0) : `${Math.round(limit / 1024)} KB`;
  return `Not checked: this document is ${megabytes(bytes, 1)}, and grouplint checks documents up to ${limitText}. Split it into smaller documents.`;
}

const compiled = new Map<string, RegExp>();

function globRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    re = globToRegExp(glob.replace(/\/$/, ''));
    if (compiled.size > 500) compiled.clear();
    compiled.set(glob, re);
  }
  return re;
}

/** Does any glob (relative to `base`, a folder path) match `path`? */
export function matchesGlob(globs: readonly string[], base: string, path: string): boolean {
  if (!globs.length) return false;
  const b = base.replace(/\/$/, '');
  if (b && !path.startsWith(b + '/')) return false;
  const rel = b ? path.slice(b.length + 1) : path;
  return anyGlobRegExp(globs).test(rel);
}

/**
 * One pattern for a whole list of globs: a walk asks about every file, and one test of an
 * alternation is cheaper than a test per glob. Kept per list object (a config's list, the
 * settings' list) and its length, so a list that is replaced or grown is compiled again.
 */
const anyOfList = new WeakMap<readonly string[], { n: number; re: RegExp }>();
function anyGlobRegExp(globs: readonly string[]): RegExp {
  let hit = anyOfList.get(globs);
  if (!hit || hit.n !== globs.length) {
    hit = { n: globs.length, re: new RegExp(globs.map((g) => `(?:${globRegExp(g).source})`).join('|')) };
    anyOfList.set(globs, hit);
  }
  return hit.re;
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/**
 * Does a config's `ignore` list name this path? The config's globs are stored under the
 * folder of the file that gave them (mergeConfig), and match relative to it.
 */
export function configIgnores(path: string, ignoreGlobs: readonly string[], configFile: string | undefined): boolean {
  if (!configFile || !ignoreGlobs.length) return false;
  const base = dirname(configFile);
  return matchesGlob(ownGlobs(ignoreGlobs, base), base === '/' ? '' : base, path);
}

/** The globs of a list stored under `base` (a config file's folder), relative to it; worked out once per list and folder. */
const ownGlobsOf = new WeakMap<readonly string[], Map<string, string[]>>();
function ownGlobs(ignoreGlobs: readonly string[], base: string): string[] {
  let perBase = ownGlobsOf.get(ignoreGlobs);
  if (!perBase) ownGlobsOf.set(ignoreGlobs, (perBase = new Map()));
  let rel = perBase.get(base);
  if (!rel) {
    const prefix = `${base}/`;
    rel = ignoreGlobs.filter((g) => g.startsWith(prefix)).map((g) => g.slice(prefix.length));
    perBase.set(base, rel);
  }
  return rel;
}

/** A path that stands for a whole folder: when an `ignore` list names it, the list names the folder ("archive/**"). */
export function wholeFolderProbe(folder: string): string {
  return `${folder.replace(/\/$/, '')}/any-folder/any-file`;
}

/** Is `inner` the folder `outer` or below it? ('/'-separated paths) */
export function isInside(inner: string, outer: string): boolean {
  const o = outer.replace(/\/$/, '');
  return inner === o || inner.startsWith(`${o}/`) || o === '';
}

/**
 * `.gitignore` files, read once per folder and applied from an outermost folder down to the
 * path, the deepest one that speaks winning (git's own rules, through the `ignore` library).
 */
export class GitIgnores {
  private readonly perFolder = new Map<string, Promise<Ignore | null>>();

  /**
   * @param read the text of a file, undefined when there is none
   * @param top the outermost folder whose `.gitignore` applies to a folder (a repository root, a workspace folder)
   */
  constructor(
    private readonly read: (path: string) => Promise<string | undefined> | string | undefined,
    private readonly top: (folder: string) => Promise<string> | string,
  ) {}

  /** Per floor and folder: the folders whose `.gitignore` applies there and has rules, outermost first. */
  private readonly chains = new Map<string, Array<[string, Ignore]>>();

  private async chainOf(folder: string, floor: string | undefined): Promise<Array<[string, Ignore]>> {
    let root = (await this.top(folder)).replace(/\/$/, '') || '/';
    if (!isInside(folder, root)) root = folder;
    if (floor && isInside(floor, root)) root = floor;
    const folders: string[] = [];
    for (let f = folder; ; f = dirname(f)) {
      folders.push(f);
      if (f === root || f === '/') break;
    }
    const chain: Array<[string, Ignore]> = [];
    for (const f of folders.reverse()) {
      const ig = await this.rulesOf(f);
      if (ig) chain.push([f, ig]);
    }
    this.chains.set(`${floor ?? ''}\0${folder}`, chain);
    return chain;
  }

  private rulesOf(folder: string): Promise<Ignore | null> {
    let hit = this.perFolder.get(folder);
    if (!hit) {
      hit = Promise.resolve(this.read(folder === '/' ? '/.gitignore' : `${folder}/.gitignore`)).then((text) =>
        text === undefined ? null : ignore({ allowRelativePaths: true }).add(text),
      );
      this.perFolder.set(folder, hit);
    }
    return hit;
  }

  /**
   * Is this path ignored by the `.gitignore` files above it? With `floor`, only those in that
   * folder and below count (a folder named explicitly is checked even if a parent ignores it).
   */
  async ignored(path: string, isDir: boolean, floor?: string): Promise<boolean> {
    return (await this.inFolder(dirname(path), floor))(path, isDir);
  }

  /**
   * ignored() for the entries of one folder, answered without waiting: they share the folder's
   * chain of `.gitignore` files, found (and read) once before the first is asked about.
   */
  async inFolder(folder: string, floor?: string): Promise<(path: string, isDir: boolean) => boolean> {
    const chain = this.chains.get(`${floor ?? ''}\0${folder}`) ?? (await this.chainOf(folder, floor));
    return (path, isDir) => {
      let ignored = false;
      // (An index loop, without destructuring, which goes through an iterator: asked once per file of a walk.)
      for (let i = 0; i < chain.length; i++) {
        const f = chain[i][0];
        const ig = chain[i][1];
        const rel = path.slice(f === '/' ? 1 : f.length + 1) + (isDir ? '/' : '');
        const r = ig.test(rel);
        if (r.ignored) ignored = true;
        else if (r.unignored) ignored = false;
      }
      return ignored;
    };
  }
}

export type EntryType = 'file' | 'directory';

/** What a walk needs from the host. */
export interface TreeAccess {
  /** Entries of a folder; undefined when it cannot be read. Links: as the host decides. */
  list(folder: string): Promise<Array<[name: string, type: EntryType]> | undefined>;
}

export interface WalkRules {
  /** `.gitignore` rules; none with `--no-ignore`. */
  gitignore?: GitIgnores;
  /** Only `.gitignore` files at or below this folder count (a folder named on the command line). */
  gitFloor?: string;
  /** What else the host leaves out (a config's `ignore`, the editor's `files.exclude`). */
  excluded?(path: string, isDir: boolean): boolean;
  /** A folder that could not be read. */
  unreadable?(folder: string): void;
  isCancelled?(): boolean;
}

/** Does the policy pick this file (or enter this folder) in a walk? */
export async function accepts(path: string, isDir: boolean, rules: WalkRules): Promise<boolean> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (isSkippedName(name)) return false;
  if (!isDir && !isMarkdownName(name)) return false;
  if (rules.gitignore && (await rules.gitignore.ignored(path, isDir, rules.gitFloor))) return false;
  return !rules.excluded?.(path, isDir);
}

/**
 * Every Markdown file the policy picks below `root`, in a stable order (a folder's files,
 * then its subfolders, by name). Skipped, ignored and excluded folders are not entered, so
 * nothing below them can be brought back.
 */
export async function* walkMarkdown(root: string, access: TreeAccess, rules: WalkRules = {}): AsyncGenerator<string> {
  for await (const files of walkMarkdownByFolder(root, access, rules)) yield* files;
}

/**
 * walkMarkdown a folder at a time: the files each folder gives, in the same order, as one
 * array (none for a folder without any). For a caller that takes them all, such as the CLI:
 * a step of an async generator per file costs more than the policy's checks of the file.
 */
export async function* walkMarkdownByFolder(root: string, access: TreeAccess, rules: WalkRules = {}): AsyncGenerator<string[]> {
  const stack: string[] = [root.length > 1 ? root.replace(/\/$/, '') : root];
  while (stack.length) {
    if (rules.isCancelled?.()) return;
    const dir = stack.pop()!;
    const entries = await access.list(dir);
    if (!entries) {
      rules.unreadable?.(dir);
      continue;
    }
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const join = (name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);
    const folders: string[] = [];
    // accepts(), entry by entry in the same order, with the folder's `.gitignore` chain looked
    // up once (a thousand files in a folder are a thousand waits otherwise).
    let gitIgnored: ((path: string, isDir: boolean) => boolean) | undefined;
    const files: string[] = [];
    // (An index loop, reading the pairs by index: a folder of a thousand files is a thousand
    // iterator results and destructurings otherwise, in code that runs once.)
    for (let i = 0; i < sorted.length; i++) {
      const name = sorted[i][0];
      const isDir = sorted[i][1] === 'directory';
      if (isSkippedName(name) || (!isDir && !isMarkdownName(name))) continue;
      const path = join(name);
      if (rules.gitignore && (gitIgnored ??= await rules.gitignore.inFolder(dir, rules.gitFloor))(path, isDir)) continue;
      if (rules.excluded?.(path, isDir)) continue;
      if (isDir) folders.push(path);
      else files.push(path);
    }
    if (files.length) yield files;
    for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i]);
  }
}
