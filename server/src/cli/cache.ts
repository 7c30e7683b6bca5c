// `--cache`: one JSON file remembering each document's result, keyed by the document's
// content hash, the effective config's hash and grouplint's own build. An unchanged file
// under an unchanged config is not linted again.
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOutput } from './check';
import { writeFileAtomic } from './write';

interface Entry {
  /** Content hash. */
  h: string;
  /** Config hash. */
  c: string;
  r: CheckOutput;
}

interface CacheFile {
  grouplint: string;
  entries: Record<string, Entry>;
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

export class ResultCache {
  private entries: Record<string, Entry> = Object.create(null);
  private readonly seen = new Set<string>();
  private dirty = false;
  /** Why the old cache file was not used, if it existed but could not be. */
  discarded?: string;

  constructor(
    readonly file: string,
    private readonly build: string,
  ) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return;
    }
    try {
      const data = JSON.parse(text) as CacheFile;
      if (data && data.grouplint === build && data.entries && typeof data.entries === 'object') {
        this.entries = Object.assign(Object.create(null), data.entries);
      } else this.dirty = true;
    } catch {
      this.discarded = 'it is not valid JSON';
      this.dirty = true;
    }
  }

  get(abs: string, contentHash: string, configHash: string): CheckOutput | undefined {
    this.seen.add(abs);
    const e = this.entries[abs];
    return e && e.h === contentHash && e.c === configHash ? e.r : undefined;
  }

  set(abs: string, contentHash: string, configHash: string, result: CheckOutput): void {
    this.seen.add(abs);
    const { fixed: _f, fixes: _n, ...r } = result;
    this.entries[abs] = { h: contentHash, c: configHash, r };
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
    const data: CacheFile = { grouplint: this.build, entries: this.entries };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(data), 0o644);
  }
}
