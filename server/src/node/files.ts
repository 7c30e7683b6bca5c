// Node file access for config discovery, with a small cache keyed by mtime so a batch
// run or a language server does not re-read the same config file for every document.
import fs = require('fs');
import { MAX_CONFIG_BYTES, type ConfigReader } from '../engine/light';

export class NodeConfigReader implements ConfigReader {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; text: string | { tooLarge: number } | undefined }>();

  read(path: string): string | { tooLarge: number } | undefined {
    let st: fs.Stats | undefined;
    try {
      // Most folders have no config file: asked without an exception for each.
      st = fs.statSync(path, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (!st?.isFile()) return undefined;
    const hit = this.cache.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    let text: string | { tooLarge: number } | undefined;
    try {
      // An oversized file is never read: its size is all the message needs.
      text = st.size > MAX_CONFIG_BYTES ? { tooLarge: st.size } : fs.readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    this.cache.set(path, { mtimeMs: st.mtimeMs, size: st.size, text });
    return text;
  }

  /** Forget a file (after a change on disk). */
  forget(path?: string): void {
    if (path) this.cache.delete(path);
    else this.cache.clear();
  }
}
