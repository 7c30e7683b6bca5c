// `npm run bench`: every benchmark, each measuring against a baseline in the same run.
//   engine: lint time beside remark's parse-only time
//   cli:    grouplint beside markdownlint-cli2 on the same folders, cold and warm cache
//   lsp:    didChange-to-diagnostics beside a full lint, and server memory
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const parts = [
  ['engine', ['node_modules/.bin/tsx', 'scripts/bench/engine.ts']],
  ['cli', ['node', 'scripts/bench/cli.mjs']],
  ['lsp', ['node', 'scripts/bench/lsp.mjs']],
].filter(([name]) => !only.length || only.includes(name));

let failed = 0;
for (const [name, [cmd, ...args]] of parts) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${name} benchmark exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
