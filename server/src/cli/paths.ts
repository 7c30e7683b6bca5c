// Path helpers: the engine and the report speak '/'-separated paths.
import * as path from 'path';

/** An absolute path with '/' separators (the form configFor and kind globs expect). */
export function toPosixAbs(p: string, cwd = process.cwd()): string {
  return posix(path.resolve(cwd, p));
}

/** A native path with '/' separators (no resolving: for paths already absolute and normal). */
export function posix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** A path relative to the current folder, '/'-separated, for the report. */
export function toDisplay(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

export function posixDirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}
