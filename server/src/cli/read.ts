// Reading a document from disk: unreadable, binary, oversized and non-UTF-8 files each
// become one clear diagnostic instead of stopping the run.
import fs = require('fs');
import { sizeRefusal } from '../engine/light';
import type { Diagnostic } from './check';
import { sha1Hex } from './hash';

/** A NUL byte in this many leading bytes marks a file as binary. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

export interface Loaded {
  ok: true;
  /** Decoded text without the byte-order mark. */
  text: string;
  bom: boolean;
  /** SHA-1 of the bytes, for --cache and --fix; '' when the caller did not ask for it. */
  hash: string;
  size: number;
  mtimeMs: number;
  mode: number;
}

export interface NotLoaded {
  ok: false;
  diagnostic: Diagnostic;
}

/** Made on the first file read (a run answered from --cache reads none). */
let decoder: TextDecoder | undefined;

function notice(severity: 'error' | 'warning', message: string, line = 1, column = 1): NotLoaded {
  return { ok: false, diagnostic: { rule: 'grouplint', severity, line, column, endLine: line, endColumn: column, message, fixable: false } };
}

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the file no longer exists';
  if (code === 'EISDIR') return 'it is a folder';
  return e instanceof Error ? e.message : String(e);
}

/**
 * Read a document; `stat`, when given, is its stat taken just before (not taken again). `hash`: compute
 * the bytes' hash (only --cache and --fix read it).
 */
export function loadFile(abs: string, stat?: fs.Stats, hash = true): Loaded | NotLoaded {
  let st: fs.Stats;
  let bytes: Buffer;
  try {
    st = stat ?? fs.statSync(abs);
    // The file policy's ceiling, the same as in the editor.
    const refusal = sizeRefusal(st.size);
    if (refusal) return notice('warning', refusal);
    bytes = fs.readFileSync(abs);
  } catch (e) {
    return notice('error', `Could not read this file: ${describeError(e)}.`);
  }
  return decode(bytes, st, hash);
}

export function decode(bytes: Buffer, st?: { size: number; mtimeMs: number; mode: number }, hash = true): Loaded | NotLoaded {
  const refusal = sizeRefusal(bytes.length);
  if (refusal) return notice('warning', refusal);
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return notice(
      'warning',
      utf16
        ? 'Skipped: this file is UTF-16 text; grouplint reads UTF-8. Save it as UTF-8 to have it checked.'
        : 'Skipped: this looks like a binary file (it contains NUL bytes), not a Markdown document.',
    );
  }
  let text: string;
  try {
    text = (decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, at);
    return notice(
      'warning',
      `Skipped: this file is not valid UTF-8 (first bad byte 0x${bytes[at].toString(16).padStart(2, '0')} on line ${line}). ` +
        'Save it as UTF-8 to have it checked.',
      line,
      column,
    );
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return {
    ok: true,
    text: bom ? text.slice(1) : text,
    bom,
    hash: hash ? sha1Hex(bytes) : '',
    size: st?.size ?? bytes.length,
    mtimeMs: st?.mtimeMs ?? 0,
    mode: st?.mode ?? 0o644,
  };
}

/** Byte offset of the first byte that breaks UTF-8 (the text is known to be invalid). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

/** 1-based line and (UTF-16) column of a byte offset, counting the valid text before it. */
function lineColumnOfByte(b: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < at; i++)
    if (b[i] === 0x0a) {
      line++;
      lastNl = i;
    }
  const before = Buffer.from(b.subarray(lastNl + 1, at)).toString('utf8');
  return { line, column: before.length + 1 };
}
