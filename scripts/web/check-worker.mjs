#!/usr/bin/env node
// Quick check of the built web-worker server (dist/web/server.js) outside any browser: it runs
// in a bare JavaScript context that has only what a dedicated worker started from a blob: URL
// has (no `process`, `require`, `Buffer`, `document` or `window`), answers `initialize`, and pushes diagnostics for
// a support flyer (one with an HTML entity, which the Markdown parser decodes). Catches a Node
// or DOM dependency in seconds, before the workbench run.
//   node scripts/web/check-worker.mjs [bundle]   (exit 0 when all is well)
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const bundle = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'dist', 'web', 'server.js'));
const code = fs.readFileSync(bundle, 'utf8');
const out = [];
let waiting;
const listeners = new Map();
const worker = {
  postMessage: (m) => {
    out.push(m);
    waiting?.();
  },
  addEventListener: (type, fn) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
  removeEventListener: () => {},
  close: () => {},
  onmessage: null,
};
const globals = {
  console,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  queueMicrotask,
  TextEncoder,
  TextDecoder,
  URL,
  URLSearchParams,
  structuredClone,
  performance,
  crypto: globalThis.crypto,
  AbortController,
  Intl,
};
// VS Code starts extension workers from blob: URLs; their location looks like this.
const location = {
  href: 'blob:http://127.0.0.1:3000/6a1b0c2d',
  origin: 'http://127.0.0.1:3000',
  protocol: 'blob:',
  pathname: 'http://127.0.0.1:3000/6a1b0c2d',
  search: '',
  hash: '',
  host: '',
  hostname: '',
  port: '',
};
const context = vm.createContext(Object.assign(worker, globals, { location }));
context.self = context;
context.globalThis = context;
try {
  vm.runInContext(code, context, { filename: bundle });
} catch (e) {
  console.log(`web worker check: FAILED: loading ${path.basename(bundle)}: ${e.stack?.split('\n').slice(0, 2).join(' ')}`);
  process.exit(1);
}

const send = (message) => context.onmessage?.({ data: { jsonrpc: '2.0', ...message } });
async function next(pred, what, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const hit = out.find(pred);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${ms} ms; got ${JSON.stringify(out.map((m) => m.method ?? m.id))}`);
    await new Promise((r) => {
      waiting = r;
      setTimeout(r, 50);
    });
  }
}

const flyer = [
  '---',
  'group: support',
  '---',
  '',
  '# Tuesday Caregivers Circle',
  '',
  'A peer-led support group for people caring for a parent &amp; partner.',
  '',
  'Each week we fill in a worksheet together.',
  '',
].join('\n');
const t0 = performance.now();
try {
  if (typeof context.onmessage !== 'function') throw new Error("the server did not listen on the worker's messages");
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } });
  const init = await next((m) => m.id === 1, 'initialize result');
  if (init.error) throw new Error(`initialize failed: ${init.error.message}`);
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:flyer.md', languageId: 'markdown', version: 1, text: flyer } } });
  const diags = await next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === 'untitled:flyer.md', 'diagnostics');
  const codes = diags.params.diagnostics.map((d) => d.code).sort();
  const want = ['support-disclaimer', 'support-free', 'support-no-clinical-activities'];
  if (JSON.stringify(codes) !== JSON.stringify(want)) throw new Error(`diagnostics ${JSON.stringify(codes)}, expected ${JSON.stringify(want)}`);
  send({ id: 2, method: 'shutdown' });
  await next((m) => m.id === 2, 'shutdown result');
  console.log(
    `web worker check: ok (${path.relative(process.cwd(), bundle)} starts without Node or DOM globals; initialize to diagnostics ${(performance.now() - t0).toFixed(0)} ms)`,
  );
  process.exit(0);
} catch (e) {
  console.log(`web worker check: FAILED: ${e.message}`);
  process.exit(1);
}
