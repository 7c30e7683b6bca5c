// Saving a fixed document atomically: write a temporary file in the same folder, flush it,
// then rename it over the original. A file that changed on disk since it was read is left
// alone. Every temporary file is tracked so an interrupted run leaves none behind.
import fs = require('fs');
import path = require('path');
import { sha1Hex } from './hash';
import { nodeCrypto } from './hash';

const pending = new Set<string>();

/** Remove temporary files of writes that did not finish (on exit or a signal). */
export function removePendingTempFiles(): void {
  for (const tmp of pending) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Already renamed or removed.
    }
    pending.delete(tmp);
  }
}

function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.grouplint-tmp`);
}

/** Write `data` to a temporary file beside `file` with the given mode, then rename it into place. */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode: number, beforeRename?: (tmp: string) => string | undefined): string | undefined {
  const tmp = tempPathFor(file);
  pending.add(tmp);
  try {
    const fd = fs.openSync(tmp, 'wx', mode & 0o7777);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // The umask may have narrowed the mode given to open().
    fs.chmodSync(tmp, mode & 0o7777);
    const refusal = beforeRename?.(tmp);
    if (refusal) {
      fs.unlinkSync(tmp);
      return refusal;
    }
    fs.renameSync(tmp, file);
    return undefined;
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Never created.
    }
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

export interface ReadState {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** Why the file on disk is no longer what was read, or undefined when it is unchanged. */
export function changedSince(file: string, was: ReadState): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return 'it was removed';
  }
  if (st.size !== was.size || st.mtimeMs !== was.mtimeMs) return 'it changed on disk';
  try {
    if (sha1Hex(fs.readFileSync(file)) !== was.hash) return 'it changed on disk';
  } catch {
    return 'it can no longer be read';
  }
  return undefined;
}

/**
 * Save a fixed document over `file`, keeping its mode (and owner where allowed), unless it
 * changed since it was read. Returns the reason when it was not saved.
 */
export function saveFixed(file: string, text: string, bom: boolean, was: ReadState & { mode: number }): string | undefined {
  const before = changedSince(file, was);
  if (before) return before;
  const data = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    return 'it was removed';
  }
  const { uid, gid } = st;
  return writeFileAtomic(file, data, st.mode, (tmp) => {
    if (typeof process.getuid === 'function' && (uid !== process.getuid() || gid !== process.getgid?.())) {
      try {
        // Keep the owner where permitted (a run as root); otherwise the file becomes the runner's.
        fs.chownSync(tmp, uid, gid);
      } catch {
        // Not permitted: the content is what matters.
      }
    }
    // A last look right before the rename keeps the window for a lost edit this short.
    return changedSince(file, was);
  });
}
