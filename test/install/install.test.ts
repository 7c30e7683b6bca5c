// The install paths a fresh machine takes: nested npm installs of the test harnesses, the
// package that `npm pack` makes, and the repository's own config keeping fixtures out of `--fix`.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { discover } from '../../server/src/cli/discover';
import { Configs } from '../../server/src/cli/configs';

const root = path.resolve(__dirname, '..', '..');

describe('install: nested npm installs of the test harnesses', () => {
  it("drop the outer npm run's settings, so code-server's postinstall sees the Node it runs on", async () => {
    const lib = await import(pathToFileURL(path.join(root, 'scripts', 'e2e', 'lib.mjs')).href);
    const outer = {
      PATH: '/usr/bin',
      HOME: '/home/someone',
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
      npm_config_nodedir: '/usr/include/node',
      npm_lifecycle_event: 'test:e2e',
      npm_package_name: 'grouplint',
      NPM_CONFIG_PREFIX: '/somewhere',
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '0',
    };
    const env = lib.nestedInstallEnv(outer, { npm_config_nodedir: '/cache/node-24' });
    assert.deepStrictEqual(env, {
      PATH: '/usr/bin',
      HOME: '/home/someone',
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      npm_config_nodedir: '/cache/node-24',
    });
  });

  it('are what the e2e and web installers use', () => {
    const e2e = fs.readFileSync(path.join(root, 'scripts', 'e2e', 'install.mjs'), 'utf8');
    const web = fs.readFileSync(path.join(root, 'scripts', 'web', 'run.mjs'), 'utf8');
    assert.match(e2e, /const env = nestedInstallEnv\(\);/);
    assert.match(web, /env: nestedInstallEnv\(\)/);
  });
});

describe('install: the package', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

  it('has no runtime dependencies: the CLI package carries its bundles, and nothing else of the repository', () => {
    assert.strictEqual(pkg.dependencies, undefined);
    assert.deepStrictEqual(pkg.bin, { grouplint: './bin/grouplint.js' });
    // vsce refuses a "files" field beside .vscodeignore: the npm package is chosen by .npmignore.
    assert.strictEqual(pkg.files, undefined);
    const listed = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files = (JSON.parse(listed)[0].files as Array<{ path: string }>).map((f) => f.path).sort();
    assert.deepStrictEqual(files, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/grouplint.js',
      'dist/cli.js',
      'dist/worker.js',
      'package.json',
      'schemas/grouplintrc.schema.json',
    ]);
  });

  it('installs no devDependency that downloads a browser', () => {
    const lock = fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8');
    for (const name of ['@playwright/browser-chromium', '"node_modules/playwright"', 'puppeteer"']) {
      assert.ok(!lock.includes(name), `${name} is in package-lock.json`);
    }
  });

  it('wants no Node newer than the one the package names', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    const floor = /^>=\s*(\d+)/.exec(pkg.engines.node)![1];
    const tooNew: string[] = [];
    for (const [where, entry] of Object.entries<{ engines?: { node?: string } }>(lock.packages)) {
      const want = entry.engines?.node;
      const m = want && /^>=?\s*v?(\d+)(?:\.\d+)*\s*$/.exec(want.trim());
      if (m && Number(m[1]) > Number(floor)) tooNew.push(`${where} wants node ${want}`);
    }
    assert.deepStrictEqual(tooNew, []);
  });
});

describe('install: the repository checks none of its own fixtures unless named', () => {
  const load = async () => {
    return async (patterns: string[], cwd: string) => {
      const configs = new Configs({ rules: {}, cwd });
      const found = await discover(patterns, { cwd, configs, useIgnore: true });
      return found.files.map((f) => path.relative(cwd, f).split(path.sep).join('/'));
    };
  };

  it('`grouplint .` at the root finds no document the tests or examples depend on', async () => {
    const find = await load();
    const files = await find(['.'], root);
    const protectedFiles = files.filter((f) => /^(?:test|examples|docs|spec)\//.test(f) || /^[A-Z]+\.md$/.test(f));
    assert.deepStrictEqual(protectedFiles, []);
  });

  it('a folder the config ignores as a whole is checked when named, and nested configs cannot bring it back otherwise', async () => {
    const find = await load();
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-install-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
      fs.writeFileSync(path.join(d, rel), text);
    };
    write('.grouplintrc.json', JSON.stringify({ ignore: ['examples/**', 'fixtures/**', 'notes/*.md', '/README.md'] }));
    write('flyer.md', '# A group\n');
    write('README.md', '# The repository\n');
    write('sub/README.md', '# A README further down: "/README.md" is anchored to the config folder\n');
    write('examples/one.md', '# One\n');
    write('fixtures/case/.grouplintrc.json', '{}');
    write('fixtures/case/two.md', '# Two\n');
    write('notes/a.md', '# Notes\n');
    write('notes/deeper/b.md', '# Deeper\n');
    assert.deepStrictEqual(await find(['.'], d), ['flyer.md', 'notes/deeper/b.md', 'sub/README.md']);
    assert.deepStrictEqual(await find(['examples'], d), ['examples/one.md']);
    assert.deepStrictEqual(await find(['fixtures'], d), ['fixtures/case/two.md']);
    fs.rmSync(d, { recursive: true, force: true });
  });
});
