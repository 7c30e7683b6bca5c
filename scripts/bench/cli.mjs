// Benchmark of the grouplint CLI on generated folders of flyers, beside markdownlint-cli2
// over the same folders in the same run.
//   node scripts/bench/cli.mjs [--runs N] [--sizes 100,1000] [--baseline DIR] [--threshold]
// Needs a build (npm run build). Generated files go to .bench/ (gitignored).
// --baseline DIR also times the grouplint built in another checkout (for example a git worktree
// of main, after its own npm run build), so a change is measured against it in the same run.
// markdownlint-cli2 and the cold runs take turns, so a machine that gets busier midway slows all alike.
// --threshold times worker threads against the main thread alone at several file counts,
// to choose WORKER_THRESHOLD in server/src/cli/run-files.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { flyers } from './flyers.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'grouplint.js');
const mdl = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'markdownlint-cli2.cmd' : 'markdownlint-cli2');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const RUNS = Number(opt('runs', '5'));
const SIZES = opt('sizes', '100,1000').split(',').map(Number);
const BASELINE = opt('baseline', undefined);
const baseBin = BASELINE && join(resolve(BASELINE), 'bin', 'grouplint.js');
if (baseBin && !existsSync(join(resolve(BASELINE), 'dist', 'cli.js'))) {
  console.error(`No build in ${BASELINE}: run npm run build there first`);
  process.exit(2);
}

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

function generate(count) {
  const dir = join(root, '.bench', `flyers-${count}`);
  rmSync(dir, { recursive: true, force: true });
  flyers(count).forEach((text, i) => {
    const sub = join(dir, `batch-${Math.floor(i / 100)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `flyer-${String(i).padStart(4, '0')}.md`), text);
  });
  return dir;
}

// ---- Timing
/** CPU time (ms) of the finished child processes, from /proc on Linux; undefined elsewhere. */
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After the ") ": field 3 is index 0, so cutime (16) and cstime (17) are 13 and 14.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
let lastCpu = 0;
function time(cmd, argv, cwd) {
  const c0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, shell: process.platform === 'win32' });
  const ms = performance.now() - t0;
  const c1 = childCpuMs();
  lastCpu = c0 === undefined || c1 === undefined ? NaN : c1 - c0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
/** Median wall and CPU time of several commands taking turns run by run, after one run each to warm the file-system cache. */
function benchTurns(fns, runs = RUNS) {
  for (const fn of Object.values(fns)) fn();
  const out = Object.fromEntries(Object.keys(fns).map((k) => [k, { times: [], cpus: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of Object.entries(fns)) {
      out[k].times.push(fn());
      out[k].cpus.push(lastCpu);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, r]) => [k, { label: k, ms: median(r.times), cpu: median(r.cpus), times: r.times }]));
}
/** The same for one command. */
const bench = (label, fn, runs = RUNS) => benchTurns({ [label]: fn }, runs)[label];
const fmt = (ms) => `${ms >= 1000 ? (ms / 1000).toFixed(2) + ' s' : Math.round(ms) + ' ms'}`;

if (args.includes('--threshold')) {
  const cores = availableParallelism();
  console.log(`Worker threshold: main thread alone (--jobs 0) vs. with workers (--jobs ${Math.max(1, cores - 1)}), ${cores} cores, median of ${RUNS}\n`);
  console.log(`Load average ${loadavg()[0].toFixed(1)}. Wall-clock time; CPU time (all threads) in brackets.\n`);
  console.log('| files | main thread only | with workers | workers / main |');
  console.log('|---:|---:|---:|---:|');
  for (const n of [25, 50, 100, 150, 200, 300, 500]) {
    const dir = generate(n);
    const main = bench('main', () => time(process.execPath, [bin, '--jobs', '0', '.'], dir));
    const pool = bench('pool', () => time(process.execPath, [bin, '--jobs', String(Math.max(1, cores - 1)), '.'], dir));
    console.log(`| ${n} | ${fmt(main.ms)} (${fmt(main.cpu)}) | ${fmt(pool.ms)} (${fmt(pool.cpu)}) | ${(pool.ms / main.ms).toFixed(2)} |`);
  }
  process.exit(0);
}

console.log(
  `grouplint CLI vs markdownlint-cli2, median of ${RUNS} runs each (${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0].toFixed(1)})`,
);
console.log('Wall-clock time; CPU time (user + system, all threads) in brackets.\n');
const baseHead = BASELINE ? ' baseline cold | baseline / cold |' : '';
console.log(`| files | markdownlint-cli2 | grouplint cold | grouplint warm --cache | mdl / cold | cold / warm |${baseHead}`);
console.log(`|---:|---:|---:|---:|---:|---:|${BASELINE ? '---:|---:|' : ''}`);
const results = [];
for (const n of SIZES) {
  const dir = generate(n);
  const cacheFile = join(dir, '.grouplintcache');
  const coldRun = (b) => () => {
    rmSync(cacheFile, { force: true });
    return time(process.execPath, [b, '.'], dir);
  };
  const turns = benchTurns({
    mdl: () => time(mdl, ['**/*.md'], dir),
    cold: coldRun(bin),
    ...(baseBin ? { base: coldRun(baseBin) } : {}),
  });
  const { mdl: mdlRun, cold, base } = turns;
  time(process.execPath, [bin, '--cache', '.'], dir);
  const warm = bench('warm', () => time(process.execPath, [bin, '--cache', '.'], dir));
  rmSync(cacheFile, { force: true });
  results.push({ n, mdl: mdlRun.ms, cold: cold.ms, warm: warm.ms });
  const cpu = (b) => (Number.isNaN(b.cpu) ? '' : ` (${fmt(b.cpu)})`);
  const baseCols = base ? ` ${fmt(base.ms)}${cpu(base)} | ${(base.ms / cold.ms).toFixed(2)}x |` : '';
  console.log(
    `| ${n} | ${fmt(mdlRun.ms)}${cpu(mdlRun)} | ${fmt(cold.ms)}${cpu(cold)} | ${fmt(warm.ms)}${cpu(warm)} | ${(mdlRun.ms / cold.ms).toFixed(2)}x | ${(cold.ms / warm.ms).toFixed(1)}x |${baseCols}`,
  );
}
const big = results.find((r) => r.n === 1000) ?? results[results.length - 1];
console.log(
  `\nTargets on ${big.n} files: cold at least 2x faster than markdownlint-cli2 (${(big.mdl / big.cold).toFixed(2)}x), warm cache at least 10x faster than cold (${(big.cold / big.warm).toFixed(1)}x).`,
);
