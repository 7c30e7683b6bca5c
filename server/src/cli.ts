// Entry of the `grouplint` command (bundled to dist/cli.js; bin/grouplint.js loads it).
import { setFlagsFromString } from 'node:v8';
import { main } from './cli/run';

// V8 runs a regular expression first in its bytecode interpreter and compiles it to machine code
// once it is run again. The engine's search patterns are few, long (up to 5,000 characters) and
// each run over thousands of blocks, so that first tier only adds a compile and a slow run per
// pattern: about 200 ms of every run of the command. Compiling them straight away finds the same
// matches. (Before the engine loads; the flag holds for the worker threads too.)
setFlagsFromString('--no-regexp-tier-up');

// A reader that stops early (`grouplint | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Taken only by --stdin: making the stream costs a few milliseconds at start-up.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`grouplint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
