// Entry of the `grouplint` command (bundled to dist/cli.js; bin/grouplint.js loads it).
import './node/regexps';
import './node/compile-settings';
import { main } from './cli/run';

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
