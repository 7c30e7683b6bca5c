// One bundle step for everything: the CLI, the language server (Node and web worker),
// and the VS Code extension (Node and browser). Every dependency is bundled in.
//   node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { asciiOutputPlugin } from './ascii-output.mjs';
import { dependencyPatches } from './esbuild-patches.mjs';

const watch = process.argv.includes('--watch');
// `npm pack` / `npm publish` run `prepare`: the CLI package ships minified bundles.
const minify = process.argv.includes('--minify') || ['pack', 'publish'].includes(process.env.npm_command ?? '');
// Every bundle is written in ASCII only, with the same values (scripts/ascii-output.mjs): a non-ASCII character in a
// regular expression or template literal made V8 keep the server's whole source as a two-byte string (4.6 MB, not 2.4).
const common = { bundle: true, sourcemap: true, minify, logLevel: 'warning', legalComments: 'none', plugins: [dependencyPatches, asciiOutputPlugin] };
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'] };

// Web bundles run in a web worker (server) or the web extension host (client): no Node at all.
// Importing a Node built-in, a package that stands in for one (`process`, `buffer`, `path`
// shims) or a file of the Node side (server/src/node, server/src/cli, the Node entries)
// fails the build, naming the importer.
const shims = ['path-browserify', 'os-browserify', 'stream-browserify', 'crypto-browserify', 'util'];
const nodeOnly = new RegExp(`^(node:.*|(${[...builtinModules, ...shims].map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?)$`);
const nodeSide = /^server\/src\/(node\/|cli\/|cli\.ts$|server\.ts$|worker\.ts$)/;
const rel = (p) => p.replace(process.cwd() + '/', '');
const noNode = {
  name: 'no-node-in-web-bundles',
  setup(build) {
    build.onResolve({ filter: nodeOnly }, (args) => ({
      errors: [{ text: `"${args.path}" is Node only (imported by ${rel(args.importer)}); web bundles must not use Node built-ins or stand-ins for them` }],
    }));
    build.onEnd((result) => ({
      errors: Object.keys(result.metafile?.inputs ?? {})
        .filter((input) => nodeSide.test(input))
        .map((input) => ({ text: `${input} is on the Node side, yet in the web bundle ${build.initialOptions.outfile}` })),
    }));
  },
};
// Both run in workers, without `document`: the `worker` condition picks packages' worker builds
// (decode-named-character-reference's `browser` build decodes entities through the DOM).
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['worker'],
  metafile: true,
  plugins: [dependencyPatches, noNode, asciiOutputPlugin],
};

const targets = [
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/worker.ts'], outfile: 'dist/worker.js' },
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // VS Code starts an extension's workers from blob: URLs, where @cfworker/json-schema's start-up
  // `new URL(self.location.origin + self.location.pathname)` throws; without `self.location` it
  // takes its fixed base URI (only used to resolve schema ids).
  { ...web, entryPoints: ['server/src/browser/server.ts'], outfile: 'dist/web/server.js', define: { 'self.location': 'undefined' } },
  { ...web, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/client.js', external: ['vscode'] },
  // The engine alone, for the browser, written nowhere: proves it builds with no Node on its path.
  { ...web, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/web/engine-check.js', write: false },
].filter((t) => existsSync(t.entryPoints[0]));

mkdirSync('dist', { recursive: true });
if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
  console.log(`watching ${targets.length} bundles`);
} else {
  const t0 = Date.now();
  await Promise.all(targets.map((t) => esbuild.build(t)));
  console.log(`built ${targets.map((t) => t.outfile).join(', ')} in ${Date.now() - t0} ms`);
}
