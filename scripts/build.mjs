// One bundle step for everything: the CLI, the language server (Node and web worker),
// and the VS Code extension (Node and browser). Every dependency is bundled in.
//   node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const common = { bundle: true, sourcemap: true, minify, logLevel: 'warning', legalComments: 'none' };
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'] };
const web = { ...common, platform: 'browser', target: 'es2022', format: 'iife', mainFields: ['browser', 'module', 'main'] };

const targets = [
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/worker.ts'], outfile: 'dist/worker.js' },
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/browser/server.ts'], outfile: 'dist/web/server.js' },
  { ...web, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/client.js', external: ['vscode'] },
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
