// Nothing leaves the machine: the CLI and the language server run full sessions with every
// network entry point of Node replaced (fixtures/no-network.cjs, loaded with --require and
// NODE_OPTIONS so worker threads and child processes get it too) by a function that records
// the call and throws. The sessions must work, and the record must stay empty.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { cleanup, ensureBuilt, FIXTURES, fileUri, LspClient, ROOT, runCli, tmpDir } from './helpers';

const PRELOAD = path.join(FIXTURES, 'no-network.cjs');

interface Watch {
  log: string;
  loaded: string;
  env: NodeJS.ProcessEnv;
  nodeArgs: string[];
  calls(): string[];
  loadedBy(): string[];
}

function watch(): Watch {
  const dir = tmpDir('grouplint-netlog-');
  const log = path.join(dir, 'network-calls.jsonl');
  const loaded = path.join(dir, 'loaded.txt');
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
  return {
    log,
    loaded,
    env: { GROUPLINT_NETLOG: log, GROUPLINT_NETLOG_LOADED: loaded, NODE_OPTIONS: `--require ${PRELOAD}` },
    nodeArgs: ['--require', PRELOAD],
    calls: () => read(log),
    loadedBy: () => read(loaded),
  };
}

describe('robustness: privacy (no network use at all)', function () {
  this.timeout(180_000);
  before(async () => ensureBuilt());
  after(() => cleanup());

  it('control: the preload catches deliberate network use, in the main thread and in worker threads', () => {
    const w = watch();
    const r = spawnSync(process.execPath, [...w.nodeArgs, path.join(FIXTURES, 'network-control.cjs')], {
      env: { ...process.env, ...w.env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { main: string[]; worker: string[] };
    assert.deepEqual(out.main, [
      'fetch',
      'net.connect',
      'net.Socket.prototype.connect',
      'net.createServer',
      'http.get',
      'https.request',
      'tls.connect',
      'dns.lookup',
      'dns/promises.resolve4',
      'dgram.createSocket',
    ]);
    assert.deepEqual(out.worker, ['fetch', 'net.connect', 'dns.lookup']);
    const apis = w.calls().map((l) => (JSON.parse(l) as { api: string }).api);
    assert.equal(apis.length, 13, apis.join(', '));
    assert.ok(apis.includes('fetch') && apis.includes('dgram.createSocket') && apis.includes('dns.promises.resolve4'));
  });

  it('the CLI over the examples (--fix-dry-run, --format sarif, worker threads, --fix with --cache) makes no network call', () => {
    const w = watch();
    const dir = tmpDir();
    fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
    const before = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const opts = { cwd: dir, nodeArgs: w.nodeArgs, env: w.env };

    const dry = runCli(['--fix-dry-run', '.'], opts);
    assert.ok(dry.code === 0 || dry.code === 1, dry.stderr);
    assert.match(dry.stdout, /^@@ /m, 'the dry run prints a diff');
    assert.match(dry.stderr, /files? would change/);

    const sarif = runCli(['--format', 'sarif', '.'], opts);
    assert.ok(sarif.code === 0 || sarif.code === 1, sarif.stderr);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0].results.length > 10, `${log.runs[0].results.length} results`);

    const threads = runCli(['--jobs', '2', '--format', 'json', '.'], opts);
    assert.ok(threads.code === 0 || threads.code === 1, threads.stderr);
    assert.ok((JSON.parse(threads.stdout) as { files: unknown[] }).files.length >= before.length);

    const fix = runCli(['--fix', '--cache', '.'], opts);
    assert.ok(fix.code === 0 || fix.code === 1, fix.stderr);
    assert.match(fix.stderr, /fixed \d+ files?/);
    assert.ok(fs.existsSync(path.join(dir, '.grouplintcache')));

    assert.ok(w.loadedBy().length >= 4, `the preload ran in every CLI process: ${w.loadedBy().join('; ')}`);
    assert.ok(
      w.loadedBy().some((l) => /^\d+\/\d+ /.test(l)),
      'and in the worker threads',
    );
    assert.deepEqual(w.calls(), []);
  });

  it('the language server over a full session (open, edit, code actions, hover, completion, workspace check and report) makes no network call', async () => {
    const w = watch();
    const root = tmpDir();
    fs.cpSync(path.join(ROOT, 'examples'), root, { recursive: true });
    fs.writeFileSync(path.join(root, '.grouplintrc.json'), JSON.stringify({ rules: { 'support-free': 'error' } }));
    const client = new LspClient({ mode: 'pull', root, nodeArgs: w.nodeArgs, env: w.env });
    let telemetry = 0;
    client.connection.onNotification('telemetry/event', () => void telemetry++);
    try {
      await client.initialize();
      const file = path.join(root, 'support-caregivers-fee-and-worksheets.md');
      const uri = fileUri(file);
      const text = fs.readFileSync(file, 'utf8');
      client.open(uri, text);
      const first = await client.pull(uri);
      assert.ok(
        first.some((d) => d.code === 'support-free' && d.severity === 1),
        'the config file applies',
      );

      // Edit: declare the kind, and add a fee and homework.
      client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '---\ngroup: support\n---\n\n' }]);
      const doc = client.document(uri)!;
      const end = doc.positionAt(doc.getText().length);
      client.change(uri, 3, [{ range: { start: end, end }, text: '\nBring $15 for the workbook and homework.\n' }]);
      const edited = await client.pull(uri);
      assert.ok(edited.length > first.length, 'the edit is checked');

      const quick = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: edited[0].range,
        context: { diagnostics: edited.filter((d: Diagnostic) => d.range.start.line === edited[0].range.start.line) },
      })) as CodeAction[];
      assert.ok(quick.length > 0, 'quick fixes are offered');
      // Fix all, on a flyer with a fix (its disclaimer is missing; the one above has only suggestions).
      const missing = fileUri(path.join(root, 'support-cancer-missing-disclaimer.md'));
      client.open(missing, fs.readFileSync(path.join(root, 'support-cancer-missing-disclaimer.md'), 'utf8'));
      await client.pull(missing);
      const all = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: missing },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.ok(
        all.some((a) => a.edit),
        'fix all is offered',
      );
      client.close(missing);

      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } })) as {
        contents: { value: string };
      } | null;
      assert.match(hover?.contents.value ?? '', /Support group/, 'hover on "group:" explains the kind');
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });

      const report = (await client.connection.sendRequest('grouplint/workspaceReport', {})) as { checked: number; documents: unknown[] };
      assert.ok(report.checked >= 15, `workspace check covered ${report.checked} files`);
      assert.ok(report.documents.length >= 10);
      assert.ok(client.published.length > 0, 'the workspace check published diagnostics for files not open');

      client.configure({ grouplint: { rules: { 'support-no-clinical-activities': 'off' } } });
      const after = await client.pull(uri);
      assert.ok(!after.some((d) => d.code === 'support-no-clinical-activities'), 'settings apply');
      client.close(uri);
    } finally {
      await client.stop();
    }
    assert.equal(client.exited?.code, 0, `the server ends cleanly: ${client.stderr}`);
    assert.ok(
      w.loadedBy().some((l) => l.startsWith(`${client.pid} `)),
      `the preload ran in the server: ${w.loadedBy().join('; ')}`,
    );
    assert.equal(telemetry, 0, 'no telemetry events');
    assert.deepEqual(w.calls(), []);
  });

  it('the bundles carry no telemetry or analytics client', () => {
    for (const bundle of ['cli.js', 'server.js', 'worker.js', 'client.js']) {
      const f = path.join(ROOT, 'dist', bundle);
      if (!fs.existsSync(f)) continue;
      const code = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(
        code,
        /applicationinsights|@vscode\/extension-telemetry|TelemetryReporter|google-analytics|segment\.io|sentry\.io|posthog|mixpanel/i,
        bundle,
      );
    }
  });
});
