// Running the real `grouplint` command (bin/grouplint.js, on dist/) in a child process, for
// the CLI tests (test/cli) and the robustness tests (test/robustness).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'grouplint.js');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  input?: string | Buffer;
  /** Added to the environment, after NO_COLOR and FORCE_COLOR are cleared. */
  env?: NodeJS.ProcessEnv;
  /** Options for Node itself (before the script). */
  nodeArgs?: string[];
  uid?: number;
  gid?: number;
  timeout?: number;
  maxBuffer?: number;
  /** Throw when the command could not be run or was stopped by the timeout (else: code null). */
  throwOnError?: boolean;
}

/** Run the command to its end. */
export function runGrouplint(args: string[], opts: CliOptions): CliRun {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: opts.cwd,
    uid: opts.uid,
    gid: opts.gid,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    timeout: opts.timeout,
  });
  if (r.error && opts.throwOnError) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
