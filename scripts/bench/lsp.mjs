#!/usr/bin/env node
// Language-server benchmark: the time from a one-character `didChange` to its diagnostics
// (pushed, as Neovim gets them, and pulled, as VS Code asks), in generated flyer-like
// documents of 100, 10,000 and 50,000 lines, beside a full engine lint of the same text in
// the same run; then the server's memory with a 1,000-file workspace checked.
//   npm run build && node scripts/bench/lsp.mjs [--runs N] [--json FILE] [--files N] [--no-limit]
//     [--lines 100,10000] [--no-workspace] [--server OTHER/dist/server.js] [--node-flags '...']
//   (BENCH_EDITS=1 lists every edit's time)
// A 50,000-line document is over the server's 1 MB limit, so by default it gets the
// "too large" notice; --no-limit also times it with the limit lifted (slow with a full re-lint).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import util from 'node:util';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import rpc from 'vscode-languageserver-protocol/node';
import { dependencyPatches } from '../esbuild-patches.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: opts } = util.parseArgs({
  options: {
    runs: { type: 'string' },
    json: { type: 'string' },
    files: { type: 'string' },
    'no-limit': { type: 'boolean' },
    lines: { type: 'string' },
    'no-workspace': { type: 'boolean' },
    server: { type: 'string' },
    'node-flags': { type: 'string' },
    'server-env': { type: 'string' },
  },
});
// The server's Node flags: as the extension starts it (client/src/extension.ts) unless
// --node-flags says otherwise ('' for none, as a plain `node dist/server.js` runs).
const NODE_FLAGS = (opts['node-flags'] ?? '--max-semi-space-size=4 --expose-gc').split(' ').filter(Boolean);
// --server-env: NAME=value pairs added to the server's environment, as the extension adds them ('' for none).
const SERVER_ENV = Object.fromEntries(
  (opts['server-env'] ?? 'MALLOC_ARENA_MAX=1')
    .split(' ')
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);
// --server: another build of the server (a baseline) to time in the same way.
const server = opts.server ? path.resolve(opts.server) : path.join(root, 'dist', 'server.js');
const RUNS = Number(opts.runs ?? 15);
const FILES = Number(opts.files ?? 1000);
if (!fs.existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` first.');
  process.exit(1);
}
// The engine bundled the way the server bundles it (from the server's own tree), so both run the same code.
const engineBundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-bench-')), 'engine.cjs');
await esbuild.build({
  entryPoints: [path.join(path.dirname(server), '..', 'server/src/engine/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile: engineBundle,
  logLevel: 'error',
  plugins: [dependencyPatches],
});
const engine = createRequire(import.meta.url)(engineBundle);

// ---- documents ----------------------------------------------------------------------

const SECTION = [
  '## Caregivers Circle, week {n}',
  '',
  'A peer support group for people looking after a parent or partner. It is not therapy',
  'and not a clinical service; members share what helps and listen to one another.',
  '',
  '- **When:** Tuesdays, 6:30 to 8:00 pm',
  '- **Where:** Community Room {n}, Elm Street Library',
  '- **Cost:** Free; a donation toward tea is welcome but never expected.',
  '',
  'Our facilitator, a caregiver for ten years, keeps time and welcomes newcomers. What is',
  'said in the group stays in the group. Bring a friend if you like.',
  '',
  '| Date | Topic |',
  '| --- | --- |',
  '| March {n} | Asking for help |',
  '| April {n} | Finding respite |',
  '',
  '> "I stopped feeling like the only one." (a member)',
  '',
];

export function flyer(lines, seed = 0) {
  const out = ['---', 'group: support', '---', '', `# Caregivers Support Circle ${seed}`, ''];
  for (let n = 1; out.length < lines; n++) for (const l of SECTION) out.push(l.replaceAll('{n}', String(n + seed)));
  return out.slice(0, lines).join('\n') + '\n';
}

// ---- a client -----------------------------------------------------------------------

async function start({ pull, rootDir, settings = {}, args = [] }) {
  const child = spawn(process.execPath, [...NODE_FLAGS, server, '--stdio', ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...SERVER_ENV },
  });
  const c = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const listeners = new Set();
  c.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const l of listeners) l(p);
  });
  c.onNotification('window/logMessage', () => {});
  c.onRequest('workspace/configuration', (p) => p.items.map((i) => settings[i.section] ?? null));
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/diagnostic/refresh', () => null);
  c.listen();
  const uri = rootDir ? pathToFileURL(rootDir).href : null;
  await c.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: uri ? [{ uri, name: 'bench' }] : null,
    capabilities: {
      textDocument: pull ? { diagnostic: {} } : {},
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, diagnostics: { refreshSupport: true } },
    },
  });
  await c.sendNotification('initialized', {});
  const published = (uri, version) =>
    new Promise((resolve) => {
      const l = (p) => {
        if (p.uri === uri && (version === undefined || p.version === version)) {
          listeners.delete(l);
          resolve(p.diagnostics);
        }
      };
      listeners.add(l);
    });
  return {
    c,
    pid: child.pid,
    published,
    async stop() {
      await c.sendRequest('shutdown').catch(() => {});
      await c.sendNotification('exit').catch(() => {});
      c.dispose();
      child.kill();
    },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

function lineCharOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * CPU time of the server's main (JavaScript) thread in ms, from /proc (Linux; NaN elsewhere).
 * On a busy machine wall-clock times swell with the wait for a core; CPU time does not.
 */
function cpuMs(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** One-character edits in the middle of the document: insert a letter, then delete it, alternately. */
async function keystrokes(client, uri, text, runs, pull, warmups = 2) {
  const at = text.indexOf('members share what helps', Math.floor(text.length / 2));
  const pos = lineCharOf(text, at);
  let version = 1;
  const times = [];
  const all = [];
  const cpu = [];
  let count = 0;
  let last = [];
  for (let i = 0; i < runs + warmups; i++) {
    const insert = i % 2 === 0;
    version++;
    const range = insert ? { start: pos, end: pos } : { start: pos, end: { line: pos.line, character: pos.character + 1 } };
    const c0 = cpuMs(client.pid);
    const t0 = performance.now();
    const done = pull ? null : client.published(uri, version);
    await client.c.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    const diags = pull ? (await client.c.sendRequest('textDocument/diagnostic', { textDocument: { uri } })).items : await done;
    const dt = performance.now() - t0;
    count = diags.length;
    last = diags;
    all.push(dt);
    cpu.push(cpuMs(client.pid) - c0);
    if (i >= warmups) times.push(dt);
  }
  // `all` keeps the first edits after open too: none of them may stall.
  return {
    median: median(times),
    p95: p95(times),
    max: Math.max(...all),
    all,
    cpu: { median: median(cpu.slice(warmups)), max: Math.max(...cpu) },
    diagnostics: count,
    // The size of the diagnostics as JSON: the server encodes, and the client decodes, this much per edit.
    bytes: Buffer.byteLength(JSON.stringify(last)),
  };
}

// The open is the engine's first run in a new server process (nothing compiled by the JIT
// yet, a heap still small), the lint beside it the median of runs in this process: most of
// open ÷ lint is that first run's cost, not work the server adds (its CPU time is about a
// first lint's in a fresh process of its own).
function fullLint(text, runs) {
  const times = [];
  const cpu = [];
  let problems = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    problems = engine.lint(text, { path: '/bench/flyer.md' }).problems.length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(times), cpu: median(cpu), problems };
}

/**
 * CPU time of all the server's threads in ms (Linux; NaN elsewhere): its main thread, and
 * V8's helpers, which compile hot functions and collect garbage beside it. The benchmark's
 * own lint() is timed with process.cpuUsage(), which counts all of its threads too.
 */
function cpuAllMs(pid) {
  try {
    let sum = 0;
    for (const t of fs.readdirSync(`/proc/${pid}/task`)) sum += Number(fs.readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
    return sum / 1e6;
  } catch {
    return NaN;
  }
}

function rss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
}

// ---- run ----------------------------------------------------------------------------

const results = { machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`, keystroke: [], workspace: undefined };
console.log(`grouplint language server benchmark (${results.machine})\n`);
console.log('one-character edit → diagnostics (median / p95 of the runs), beside a full lint() of the same text');
console.log('open → first diagnostics beside that lint (open ÷ lint), and the slowest edit after open (pushed / pulled)\n');
console.log('| lines | KB | server | pushed | pulled | full lint() | full ÷ pushed | open (pushed) | open ÷ lint | slowest edit after open | diagnostics |');
console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const rows = [{ lines: 100 }, { lines: 10_000 }, { lines: 50_000 }, ...(opts['no-limit'] ? [{ lines: 50_000, args: ['--max-lint-kb=4096'] }] : [])].filter(
  ({ lines }) => !opts.lines || opts.lines.split(',').map(Number).includes(lines),
);
const lintCache = new Map();
const cpuRows = [];
for (const { lines, args = [] } of rows) {
  const text = flyer(lines);
  const slow = lines >= 10_000;
  // Every edit from the first after open is timed (the first ones used to stall).
  const runs = slow ? Math.min(RUNS, 11) : RUNS;
  const row = { lines, kb: Math.round(text.length / 1024), server: args.length ? 'limit lifted' : 'default' };
  for (const pull of [false, true]) {
    const client = await start({ pull, args });
    const uri = `untitled:bench-${lines}.md`;
    const c0 = cpuMs(client.pid);
    const a0 = cpuAllMs(client.pid);
    const t0 = performance.now();
    const opened = pull ? null : client.published(uri, 1);
    await client.c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    if (pull) await client.c.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    else await opened;
    const openMs = performance.now() - t0;
    const openCpu = cpuMs(client.pid) - c0;
    const openCpuAll = cpuAllMs(client.pid) - a0;
    row[pull ? 'pulled' : 'pushed'] = { ...(await keystrokes(client, uri, text, runs, pull, slow ? 1 : 2)), open: openMs, openCpu, openCpuAll };
    await client.stop();
  }
  if (!lintCache.has(lines)) lintCache.set(lines, fullLint(text, slow ? 3 : 7));
  row.lint = lintCache.get(lines);
  results.keystroke.push(row);
  const note = row.pushed.diagnostics === 1 && text.length > 1024 * 1024 && !args.length ? ' (over 1 MB: the notice)' : '';
  console.log(
    `| ${lines.toLocaleString('en')} | ${row.kb} | ${row.server} | ${ms(row.pushed.median)} / ${ms(row.pushed.p95)} ms | ${ms(row.pulled.median)} / ${ms(row.pulled.p95)} ms | ${ms(row.lint.median)} ms | ${(row.lint.median / row.pushed.median).toFixed(1)}× | ${ms(row.pushed.open)} ms | ${(row.pushed.open / row.lint.median).toFixed(2)}× | ${ms(row.pushed.max)} / ${ms(row.pulled.max)} ms | ${row.pushed.diagnostics}${note} |`,
  );
  if (!Number.isNaN(row.pushed.cpu.median)) {
    cpuRows.push(
      `| ${lines.toLocaleString('en')} | ${ms(row.pushed.cpu.median)} / ${ms(row.pulled.cpu.median)} ms | ${ms(row.pushed.cpu.max)} / ${ms(row.pulled.cpu.max)} ms | ${ms(row.pushed.openCpu)} ms | ${ms(row.lint.cpu)} ms | ${(row.pushed.openCpu / row.lint.cpu).toFixed(2)}× | ${Math.round(row.pushed.bytes / 1024)} KB |`,
    );
  }
  if (process.env.BENCH_EDITS) console.log(`  edits after open, pushed: ${row.pushed.all.map(ms).join(' ')}; pulled: ${row.pulled.all.map(ms).join(' ')}`);
}

if (cpuRows.length) {
  console.log(
    `\nthe same in CPU time of the server's main thread (a full lint(): the benchmark's own CPU time), which a busy machine (load average ${os.loadavg()[0].toFixed(1)}) does not swell`,
  );
  console.log(
    '| lines | edit, median (pushed / pulled) | slowest edit after open | open (pushed) | full lint() | open ÷ lint | diagnostics per edit, as JSON |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of cpuRows) console.log(r);
}

const at = (n) => results.keystroke.find((r) => r.lines === n && r.server === 'default');
const [small, large] = [at(100), at(10_000)];
if (small && large) {
  const worst = Math.max(large.pushed.max, large.pulled.max);
  console.log(
    `\nTargets: median edit ≤ 20 ms at 10,000 lines (${ms(large.pushed.median)} pushed, ${ms(large.pulled.median)} pulled) and ≤ 5 ms at 100 lines (${ms(small.pushed.median)} / ${ms(small.pulled.median)}); ` +
      `no edit after open over 50 ms at 10,000 lines (slowest ${ms(worst)}); open ≤ 1.2× a full lint at 10,000 lines (${(large.pushed.open / large.lint.median).toFixed(2)}×).`,
  );
  if (!Number.isNaN(large.pushed.cpu.median)) {
    console.log(
      `In CPU time: ${ms(Math.max(large.pushed.cpu.median, large.pulled.cpu.median))} ms median at 10,000 lines, ${ms(Math.max(small.pushed.cpu.median, small.pulled.cpu.median))} ms at 100 lines, ` +
        `slowest edit after open ${ms(Math.max(large.pushed.cpu.max, large.pulled.cpu.max))} ms, open ÷ lint ${(large.pushed.openCpu / large.lint.cpu).toFixed(2)}×.`,
    );
    console.log(
      `The open in CPU time of all the server's threads (its main thread and V8's compiler and collector helpers, counted as the lint's are): ` +
        `${ms(large.pushed.openCpuAll)} ms, ${(large.pushed.openCpuAll / large.lint.cpu).toFixed(2)}× the lint's.`,
    );
  }
}

// A workspace of FILES Markdown files, 40 to 400 lines each, some with problems.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-bench-ws-'));
if (!opts['no-workspace'])
  try {
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      let text = flyer(40 + ((i * 37) % 360), i);
      if (i % 3 === 0)
        text = text.replace('It is not therapy\nand not a clinical service; members', 'Members').replace('Free; a donation', '$20 per session; a donation');
      const sub = path.join(dir, `team-${i % 20}`, `year-${i % 5}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `flyer-${i}.md`), text);
      bytes += text.length;
    }
    console.log(
      `\nserver: ${path.relative(root, server)}, Node flags: ${NODE_FLAGS.join(' ') || 'none'}, environment: ${
        Object.entries(SERVER_ENV)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || "as the shell's"
      }`,
    );
    const idle = await start({ pull: true });
    await idle.c.sendRequest('grouplint/workspaceReport', {});
    const baseline = rss(idle.pid);
    await idle.stop();

    const client = await start({ pull: true, rootDir: dir });
    const c0 = cpuMs(client.pid);
    const t0 = performance.now();
    const report = await client.c.sendRequest('grouplint/workspaceReport', {});
    const scanMs = performance.now() - t0;
    const scanCpu = cpuMs(client.pid) - c0;
    const after = rss(client.pid);
    // And once the runtime has had two seconds to hand freed pages back.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const settled = rss(client.pid);
    // Typing stays quick while the workspace is known.
    const uri = pathToFileURL(path.join(dir, 'team-1', 'year-1', 'flyer-1.md')).href;
    const text = fs.readFileSync(new URL(uri), 'utf8');
    await client.c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.c.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const typing = await keystrokes(client, uri, text, RUNS, true);
    await client.stop();
    results.workspace = {
      files: FILES,
      mb: bytes / 1024 / 1024,
      scanMs,
      scanCpu,
      checked: report.checked,
      groupDocuments: report.documents.length,
      baseline,
      after,
      settled,
      typing,
    };
    console.log(`\nworkspace of ${FILES.toLocaleString('en')} Markdown files (${(bytes / 1024 / 1024).toFixed(1)} MB), every one checked from disk:`);
    console.log(
      `- initial check: ${(scanMs / 1000).toFixed(1)} s (${(scanCpu / 1000).toFixed(1)} s of CPU) for ${report.checked} files (${report.documents.length} group documents)`,
    );
    console.log(
      `- server memory: RSS ${after.rssMB.toFixed(0)} MB after the check, ${settled.rssMB.toFixed(0)} MB two seconds later (peak ${after.peakMB.toFixed(0)} MB); an idle server with no folder: ${baseline.rssMB.toFixed(0)} MB`,
    );
    console.log(`- a keystroke in one of its files afterwards: ${ms(typing.median)} ms median (pulled; ${ms(typing.cpu.median)} ms of server CPU)`);
    console.log(`Target: under 100 MB RSS with the workspace checked (${after.rssMB.toFixed(0)} MB).`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

if (opts.json) {
  fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
  fs.writeFileSync(opts.json, JSON.stringify(results, null, 2));
}
