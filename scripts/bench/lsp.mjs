#!/usr/bin/env node
// Language-server benchmark: the time from a one-character `didChange` to its diagnostics
// (pushed, as Neovim gets them, and pulled, as VS Code asks), in generated flyer-like
// documents of 100, 10,000 and 50,000 lines, beside a full engine lint of the same text in
// the same run; then the server's memory with a 1,000-file workspace checked.
//   npm run build && node scripts/bench/lsp.mjs [--runs N] [--json FILE] [--files N] [--no-limit]
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

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = path.join(root, 'dist', 'server.js');
const { values: opts } = util.parseArgs({ options: { runs: { type: 'string' }, json: { type: 'string' }, files: { type: 'string' }, 'no-limit': { type: 'boolean' } } });
const RUNS = Number(opts.runs ?? 15);
const FILES = Number(opts.files ?? 1000);
if (!fs.existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` first.');
  process.exit(1);
}
// The engine bundled the way the server bundles it, so both run the same code.
const engineBundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-bench-')), 'engine.cjs');
await esbuild.build({ entryPoints: [path.join(root, 'server/src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], outfile: engineBundle, logLevel: 'error' });
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
  const child = spawn(process.execPath, [server, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
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

/** One-character edits in the middle of the document: insert a letter, then delete it, alternately. */
async function keystrokes(client, uri, text, runs, pull, warmups = 2) {
  const at = text.indexOf('members share what helps', Math.floor(text.length / 2));
  const pos = lineCharOf(text, at);
  let version = 1;
  const times = [];
  let count = 0;
  for (let i = 0; i < runs + warmups; i++) {
    const insert = i % 2 === 0;
    version++;
    const range = insert ? { start: pos, end: pos } : { start: pos, end: { line: pos.line, character: pos.character + 1 } };
    const t0 = performance.now();
    const done = pull ? null : client.published(uri, version);
    await client.c.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    const diags = pull ? (await client.c.sendRequest('textDocument/diagnostic', { textDocument: { uri } })).items : await done;
    const dt = performance.now() - t0;
    count = diags.length;
    if (i >= warmups) times.push(dt);
  }
  return { median: median(times), p95: p95(times), diagnostics: count };
}

function fullLint(text, runs) {
  const times = [];
  let problems = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    problems = engine.lint(text, { path: '/bench/flyer.md' }).problems.length;
    times.push(performance.now() - t0);
  }
  return { median: median(times), problems };
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
console.log('| lines | KB | server | pushed | pulled | full lint() | full ÷ pushed | diagnostics |');
console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
const rows = [
  { lines: 100 },
  { lines: 10_000 },
  { lines: 50_000 },
  ...(opts['no-limit'] ? [{ lines: 50_000, args: ['--max-lint-kb=4096'] }] : []),
];
const lintCache = new Map();
for (const { lines, args = [] } of rows) {
  const text = flyer(lines);
  const slow = lines >= 10_000;
  const runs = slow ? Math.min(RUNS, 5) : RUNS;
  const row = { lines, kb: Math.round(text.length / 1024), server: args.length ? 'limit lifted' : 'default' };
  for (const pull of [false, true]) {
    const client = await start({ pull, args });
    const uri = `untitled:bench-${lines}.md`;
    const opened = pull ? null : client.published(uri, 1);
    await client.c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    if (pull) await client.c.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    else await opened;
    row[pull ? 'pulled' : 'pushed'] = await keystrokes(client, uri, text, runs, pull, slow ? 1 : 2);
    await client.stop();
  }
  if (!lintCache.has(lines)) lintCache.set(lines, fullLint(text, slow ? 3 : 7));
  row.lint = lintCache.get(lines);
  results.keystroke.push(row);
  const note = row.pushed.diagnostics === 1 && text.length > 1024 * 1024 && !args.length ? ' (over 1 MB: the notice)' : '';
  console.log(
    `| ${lines.toLocaleString('en')} | ${row.kb} | ${row.server} | ${ms(row.pushed.median)} / ${ms(row.pushed.p95)} ms | ${ms(row.pulled.median)} / ${ms(row.pulled.p95)} ms | ${ms(row.lint.median)} ms | ${(row.lint.median / row.pushed.median).toFixed(1)}× | ${row.pushed.diagnostics}${note} |`,
  );
}

// A workspace of FILES Markdown files, 40 to 400 lines each, some with problems.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-bench-ws-'));
try {
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    let text = flyer(40 + ((i * 37) % 360), i);
    if (i % 3 === 0) text = text.replace('It is not therapy\nand not a clinical service; members', 'Members').replace('Free; a donation', '$20 per session; a donation');
    const sub = path.join(dir, `team-${i % 20}`, `year-${i % 5}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `flyer-${i}.md`), text);
    bytes += text.length;
  }
  const idle = await start({ pull: true });
  await idle.c.sendRequest('grouplint/workspaceReport', {});
  const baseline = rss(idle.pid);
  await idle.stop();

  const client = await start({ pull: true, rootDir: dir });
  const t0 = performance.now();
  const report = await client.c.sendRequest('grouplint/workspaceReport', {});
  const scanMs = performance.now() - t0;
  const after = rss(client.pid);
  // Typing stays quick while the workspace is known.
  const uri = pathToFileURL(path.join(dir, 'team-1', 'year-1', 'flyer-1.md')).href;
  const text = fs.readFileSync(new URL(uri), 'utf8');
  await client.c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await client.c.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const typing = await keystrokes(client, uri, text, RUNS, true);
  await client.stop();
  results.workspace = { files: FILES, mb: bytes / 1024 / 1024, scanMs, checked: report.checked, groupDocuments: report.documents.length, baseline, after, typing };
  console.log(`\nworkspace of ${FILES.toLocaleString('en')} Markdown files (${(bytes / 1024 / 1024).toFixed(1)} MB), every one checked from disk:`);
  console.log(`- initial check: ${(scanMs / 1000).toFixed(1)} s for ${report.checked} files (${report.documents.length} group documents)`);
  console.log(`- server memory: RSS ${after.rssMB.toFixed(0)} MB after the check (peak ${after.peakMB.toFixed(0)} MB); an idle server with no folder: ${baseline.rssMB.toFixed(0)} MB`);
  console.log(`- a keystroke in one of its files afterwards: ${ms(typing.median)} ms median (pulled)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

if (opts.json) {
  fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
  fs.writeFileSync(opts.json, JSON.stringify(results, null, 2));
}
