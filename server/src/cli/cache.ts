// `--cache`: one JSON file remembering each document's result, keyed by the document's
// content hash, the effective config's hash and grouplint's own build. An unchanged file
// under an unchanged config is not linted again.
//
// Each entry also keeps the file's size, modification and change times and inode as they
// were when it was read: a file whose stat still matches all four is not read or hashed
// again. Any write changes the change time (which no tool can set back), so an edit that
// keeps the size, or a modification time set back, still has the file read and its hash
// compared; a file only touched (same content) is answered from its hash, and its entry
// takes the new stat. The build id is remembered the same way: it is a hash of the running
// bundles, computed again only when their stat changed.
import fs = require('fs');
import path = require('path');
import { isAscii } from 'buffer';
import type { CheckOutput } from './check';
import { writeFileAtomic } from './write';

/** The layout of the cache file. A file of another format (or none) is discarded. */
export const CACHE_FORMAT = 4;

/** size, mtimeMs, ctimeMs, ino */
export type StatKey = [number, number, number, number];

interface Entry {
  /** Content hash. */
  h: string;
  /** Config hash. */
  c: string;
  r: CheckOutput;
  /** The file's stat when the content of hash `h` was read, when it can be trusted. */
  s?: StatKey;
}

interface CacheFile {
  format: number;
  grouplint: string;
  /** The stat of the bundles whose hash is in `grouplint`. */
  bundles?: string;
  /**
   * The strings that recur over thousands of files, each once: in `entries` each entry's
   * config hash `c`, its result's `kind` and `kindSource`, and a diagnostic's `rule`,
   * `severity`, `message` and `suggestions` hold indexes into this list (so the file is
   * smaller and quicker to read, and reading it makes one string of each, not thousands).
   */
  strings?: string[];
  entries: Record<string, Entry>;
}

/** Put a result's recurring strings in the string table (on a copy). */
function packOutput(r: CheckOutput, index: (s: string) => number): CheckOutput {
  const opt = <T>(s: T): T => (typeof s === 'string' ? (index(s) as unknown as T) : s);
  return {
    ...r,
    kind: opt(r.kind),
    kindSource: opt(r.kindSource),
    diagnostics: r.diagnostics.map((d) => {
      const p = { ...d, rule: opt(d.rule), severity: opt(d.severity), message: opt(d.message) };
      if (d.suggestions) p.suggestions = d.suggestions.map(index) as unknown as string[];
      return p;
    }),
  };
}

/** Undo packOutput and the entries' packed config hashes, in place (a string left where an index was expected is kept as it is). */
function unpackEntries(entries: Record<string, Entry>, strings: string[]): void {
  const str = <T>(x: T): T => (typeof x === 'number' ? (strings[x] as T) : x);
  for (const k in entries) {
    const e = entries[k];
    if (!e || typeof e !== 'object') continue;
    e.c = str(e.c);
    const r = e.r;
    if (!r || typeof r !== 'object') continue;
    r.kind = str(r.kind);
    r.kindSource = str(r.kindSource);
    const ds = r.diagnostics;
    if (!Array.isArray(ds)) continue;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      d.rule = str(d.rule);
      d.severity = str(d.severity);
      d.message = str(d.message);
      const sg = d.suggestions;
      if (sg) for (let j = 0; j < sg.length; j++) sg[j] = str(sg[j]);
    }
  }
}

/** JSON in ASCII only (other characters as \u escapes), so it can be read back without UTF-8 decoding. */
function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const DEFAULT_CACHE_NAME = '.grouplintcache';

export function cachePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_NAME);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(abs).isDirectory();
  } catch {
    // Not there yet: a file path.
  }
  return isDir ? path.join(abs, DEFAULT_CACHE_NAME) : abs;
}

/**
 * A file system that keeps whole seconds (FAT, HFS+, ext3) could give a file changed twice within
 * one second the same stat twice. A stat with whole-second times that are this recent is not
 * kept, so the next run reads the file and compares its hash.
 */
const COARSE_RACE_MS = 2000;

/** The stat to keep for a file, or undefined when it cannot be trusted to show the next change. */
export function statKey(st: fs.Stats, now = Date.now()): StatKey | undefined {
  const coarse = st.mtimeMs % 1000 === 0 && st.ctimeMs % 1000 === 0;
  if (coarse && Math.max(st.mtimeMs, st.ctimeMs) > now - COARSE_RACE_MS) return undefined;
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

function sameStat(k: StatKey | undefined, st: fs.Stats): boolean {
  return !!k && k[0] === st.size && k[1] === st.mtimeMs && k[2] === st.ctimeMs && k[3] === st.ino;
}

export interface BuildIdentity {
  /** grouplint's version: the start of every build id of this version. */
  version: string;
  /** The bundles' stat, cheap to take. */
  signature: string;
  /** The build id (a hash of the bundles), dear to compute: only called when the signature changed. */
  id(): string;
}

export class ResultCache {
  private entries: Record<string, Entry> = Object.create(null);
  private readonly seen = new Set<string>();
  private dirty = false;
  private readonly build: string;
  private readonly signature: string;
  /** Why the old cache file was not used, if it existed but could not be. */
  discarded?: string;

  constructor(
    readonly file: string,
    identity: BuildIdentity,
  ) {
    this.signature = identity.signature;
    let text: string | undefined;
    try {
      const bytes = fs.readFileSync(file);
      // Written in ASCII: read as such, without the slower UTF-8 decoding.
      text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    } catch {
      // No cache yet.
    }
    let data: CacheFile | undefined;
    if (text !== undefined) {
      try {
        data = JSON.parse(text) as CacheFile;
      } catch {
        this.discarded = 'it is not valid JSON';
      }
      this.dirty = true;
    }
    const usable = !!data && typeof data === 'object' && data.format === CACHE_FORMAT && !!data.entries && typeof data.entries === 'object';
    const trusted = usable && data!.bundles === this.signature && typeof data!.grouplint === 'string' && data!.grouplint.startsWith(`${identity.version}+`);
    this.build = trusted ? data!.grouplint : identity.id();
    if (usable && data!.grouplint === this.build) {
      unpackEntries(data!.entries, Array.isArray(data!.strings) ? data!.strings : []);
      // A map without a prototype, as it is (not copied: a thousand entries are a thousand copies).
      this.entries = Object.setPrototypeOf(data!.entries, null) as Record<string, Entry>;
      // Used as read: written again only when something changes.
      this.dirty = data!.bundles !== this.signature;
    }
  }

  /** The result for a file whose stat is the one kept with it (no need to read it), if any. */
  getByStat(abs: string, st: fs.Stats, configHash: string): CheckOutput | undefined {
    this.seen.add(abs);
    const e = this.entries[abs];
    return e && e.c === configHash && sameStat(e.s, st) ? e.r : undefined;
  }

  /** The result for a file of this content; `st`, the stat it was read with, is kept for next time. */
  get(abs: string, contentHash: string, configHash: string, st?: fs.Stats): CheckOutput | undefined {
    this.seen.add(abs);
    const e = this.entries[abs];
    if (!e || e.h !== contentHash || e.c !== configHash) return undefined;
    if (st && !sameStat(e.s, st)) {
      e.s = statKey(st);
      this.dirty = true;
    }
    return e.r;
  }

  set(abs: string, contentHash: string, configHash: string, result: CheckOutput, st?: fs.Stats): void {
    this.seen.add(abs);
    const { fixed: _f, fixes: _n, ...r } = result;
    const s = st && statKey(st);
    this.entries[abs] = s ? { h: contentHash, c: configHash, r, s } : { h: contentHash, c: configHash, r };
    this.dirty = true;
  }

  /** Write the cache (atomically), dropping entries of files that no longer exist. */
  save(): void {
    for (const k of Object.keys(this.entries)) {
      if (this.seen.has(k)) continue;
      if (!fs.existsSync(k)) {
        delete this.entries[k];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const strings: string[] = [];
    const indexes = new Map<string, number>();
    const index = (s: string) => {
      let i = indexes.get(s);
      if (i === undefined) indexes.set(s, (i = strings.push(s) - 1));
      return i;
    };
    const entries: Record<string, Entry> = {};
    for (const k in this.entries) {
      const e = this.entries[k];
      entries[k] = { ...e, c: index(e.c) as unknown as string, r: packOutput(e.r, index) };
    }
    const data: CacheFile = { format: CACHE_FORMAT, grouplint: this.build, bundles: this.signature, strings, entries };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, asciiJson(data), 0o644);
  }
}
