// Running the real `grouplint` command (bin/grouplint.js, on dist/) in a child process, for
// the CLI tests (test/cli) and the robustness tests (test/robustness).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

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

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Build dist/<name>.js from server/src/<name>.ts for each name, when missing or older than the
 * sources. Only these bundles are built (same options as scripts/build.mjs), so a half-edited
 * file elsewhere in the project cannot stop the tests that run them.
 */
export async function ensureBundles(names: string[]): Promise<void> {
  const outs = names.map((n) => path.join(ROOT, 'dist', `${n}.js`));
  const built = Math.min(...outs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'server', 'src')),
    newestMtime(path.join(ROOT, 'schemas')),
    fs.statSync(path.join(ROOT, 'package.json')).mtimeMs,
  );
  if (built > sources) return;
  const common = {
    bundle: true,
    sourcemap: true,
    logLevel: 'error' as const,
    legalComments: 'none' as const,
    platform: 'node' as const,
    target: 'node20',
    format: 'cjs' as const,
    mainFields: ['module', 'main'],
    absWorkingDir: ROOT,
  };
  await Promise.all(names.map((n) => esbuild.build({ ...common, entryPoints: [`server/src/${n}.ts`], outfile: `dist/${n}.js` })));
}
