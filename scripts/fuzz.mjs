#!/usr/bin/env node
// `npm run fuzz`: the robustness properties at scale (not part of `npm test`).
//   7 engine properties x FC_RUNS generated documents each (default 15,000: 105,000 documents),
//   FC_PROCESS_RUNS batches of 20 documents through the CLI and the language server (default 10),
//   a random LSP session of LSP_OPS operations (default 2,000), and the fast Markdown reader
//   against micromark over FAST_PARSE_SCALE times the variants `npm test` tries (default 10).
// The seed is printed first; a failure prints fast-check's seed and path, so
//   FC_SEED=<seed> npm run fuzz   replays it.
import { spawnSync } from 'node:child_process';

const seed = process.env.FC_SEED ?? String(Date.now() % 2147483647);
const env = {
  ...process.env,
  FC_SEED: seed,
  FC_RUNS: process.env.FC_RUNS ?? '15000',
  FC_PROCESS_RUNS: process.env.FC_PROCESS_RUNS ?? '10',
  LSP_OPS: process.env.LSP_OPS ?? '2000',
  FAST_PARSE_SCALE: process.env.FAST_PARSE_SCALE ?? '10',
  // Lifts the suites' own time limits (mocha's --timeout 0 does not override this.timeout()):
  // on a busy machine 15,000 runs of one property take longer than ten minutes.
  GROUPLINT_FUZZ: '1',
};
console.log(
  `fuzz: seed ${seed}, ${env.FC_RUNS} runs per engine property, ${env.FC_PROCESS_RUNS} process batches, ${env.LSP_OPS} LSP operations, fast reader variants x${env.FAST_PARSE_SCALE}`,
);
const t0 = Date.now();
const r = spawnSync(
  'npx',
  [
    'mocha',
    '--no-config',
    '--require',
    'tsx/cjs',
    '--extension',
    'ts',
    '--timeout',
    '0',
    '--reporter',
    'spec',
    'test/robustness/properties.test.ts',
    'test/robustness/lsp-session.test.ts',
    'test/engine/fast-parse.test.ts',
  ],
  { stdio: 'inherit', env },
);
console.log(`fuzz: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s (seed ${seed})`);
process.exit(r.status ?? 1);
