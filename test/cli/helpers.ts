// Running the real `grouplint` command in a child process, on fixture folders copied to
// temporary folders (outside the repository, so its .gitignore plays no part).
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { BIN, ensureBundles, ROOT, runGrouplint, type CliRun } from '../support/cli';

export { BIN, ROOT };
export const FIXTURES = path.join(__dirname, 'fixtures');

/** dist/cli.js and dist/worker.js, built from the current sources when stale. */
export function ensureBuilt(): Promise<void> {
  return ensureBundles(['cli', 'worker']);
}

export type Run = Pick<CliRun, 'code' | 'stdout' | 'stderr'>;

export function run(args: string[], opts: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; uid?: number; gid?: number }): Run {
  const { code, stdout, stderr } = runGrouplint(args, opts);
  return { code, stdout, stderr };
}

export function spawnCli(args: string[], cwd: string) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

const made: string[] = [];

/** A fresh temporary folder, removed after the run. */
export function tmpDir(prefix = 'grouplint-cli-'): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(d);
  return d;
}

export function cleanupTmp(): void {
  for (const d of made.splice(0)) {
    try {
      chmodAll(d);
      fs.rmSync(d, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
  }
}

function chmodAll(d: string): void {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    try {
      fs.chmodSync(p, e.isDirectory() ? 0o755 : 0o644);
    } catch {
      // Ignore.
    }
    if (e.isDirectory()) chmodAll(p);
  }
}

/** A temporary copy of a fixture folder. */
export function copyFixture(name: string): string {
  const d = tmpDir();
  fs.cpSync(path.join(FIXTURES, name), d, { recursive: true });
  return d;
}

/** Write files (relative path → content) under a folder. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/** The text a 1-based line/column range covers (columns in UTF-16 code units, end exclusive). */
export function sliceAt(text: string, line: number, column: number, endLine: number, endColumn: number): string {
  const lines = text.split('\n');
  const offset = (l: number, c: number) => lines.slice(0, l - 1).reduce((n, s) => n + s.length + 1, 0) + c - 1;
  return text.slice(offset(line, column), offset(endLine, endColumn));
}

export function hasAnsi(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\u001b\[/.test(s);
}

export { spawnSync };
