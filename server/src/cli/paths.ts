// Path helpers: the engine and the report speak '/'-separated paths.
import path = require('path');

/** An absolute path with '/' separators (the form configFor and kind globs expect). */
export function toPosixAbs(p: string, cwd = process.cwd()): string {
  return posix(path.resolve(cwd, p));
}

/** A native path with '/' separators (no resolving: for paths already absolute and normal). */
export function posix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

let normalCwd: string | undefined;

/** A path relative to the current folder, '/'-separated, for the report. */
export function toDisplay(abs: string, cwd = process.cwd()): string {
  // The common case without path.relative (which resolves both paths again): on POSIX, a
  // normal path below a normal current folder is the rest of the path after it.
  if (path.sep === '/' && abs.length > cwd.length + 1 && abs.charCodeAt(cwd.length) === 47 && abs.startsWith(cwd)) {
    if (normalCwd !== cwd && cwd.length > 1 && path.resolve(cwd) === cwd) normalCwd = cwd;
    const rest = abs.slice(cwd.length + 1);
    if (normalCwd === cwd && !/(^|\/)\.{0,2}(\/|$)/.test(rest)) return rest;
  }
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

export function posixDirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}
