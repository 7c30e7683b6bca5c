// The server's messages are encoded by vscode-jsonrpc as patched at bundle time
// (scripts/esbuild-patches.mjs): long arrays a slice at a time. The bytes must be exactly
// Buffer.from(JSON.stringify(message)).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './client';

interface Encoder {
  encode(msg: unknown, options: { charset: string }): Promise<Uint8Array>;
}

describe('lsp: message encoding', () => {
  let encoder: Encoder;
  let dir: string | undefined;
  before(async () => {
    const patches = path.join(repoRoot, 'scripts', 'esbuild-patches.mjs');
    const { dependencyPatches } = (await import(patches)) as { dependencyPatches: esbuild.Plugin };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-encode-'));
    const out = path.join(dir, 'ril.cjs');
    const result = await esbuild.build({
      entryPoints: [path.join(path.dirname(require.resolve('vscode-jsonrpc/node')), 'ril.js')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: out,
      logLevel: 'silent',
      plugins: [dependencyPatches],
    });
    assert.deepEqual(result.errors, []);
    assert.match(fs.readFileSync(out, 'utf8'), /encodeJsonUtf8/, 'the patch applied');
    const ril = require(out) as { default: () => { applicationJson: { encoder: Encoder } } };
    encoder = ril.default().applicationJson.encoder;
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const diagnostic = (i: number) => ({
    range: { start: { line: i, character: 2 }, end: { line: i, character: 14 } },
    severity: 2,
    source: 'grouplint',
    message: i % 3 ? `“Quoted” words — and an emoji 😀 in problem ${i}` : `plain ${i}`,
    code: i % 5 ? 'support-free' : undefined,
    codeDescription: { href: `file:///docs/rules/${i}.md` },
  });
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
  }
  const messages: Record<string, unknown> = {
    'a long push': {
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///a.md', version: 7, diagnostics: Array.from({ length: 300 }, (_, i) => diagnostic(i)) },
    },
    'a long pull answer': { jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: '9', items: Array.from({ length: 64 }, (_, i) => diagnostic(i)) } },
    'a short one': { jsonrpc: '2.0', id: 4, result: [diagnostic(1)] },
    'odd values in a long array': {
      jsonrpc: '2.0',
      id: 5,
      result: {
        a: Array.from(
          { length: 130 },
          (_, i) => [undefined, null, () => 1, new Point(i, 2), { toJSON: () => 'j' }, new Number(i), 'é', [1, [2]], Symbol('s'), NaN][i % 10],
        ),
        skipped: undefined,
        fn: () => 1,
        date: new Date(0),
        point: new Point(1, 2),
        nested: { deeper: { deepest: { list: Array.from({ length: 100 }, (_, i) => i) } } },
      },
    },
    'a sparse array': { jsonrpc: '2.0', id: 6, result: Object.assign(new Array(200), { 5: 'x', 150: { y: 1 } }) },
    'a long array with toJSON': {
      jsonrpc: '2.0',
      id: 7,
      result: Object.assign(
        Array.from({ length: 100 }, (_, i) => i),
        { toJSON: () => 'whole' },
      ),
    },
    'a null-prototype object': {
      jsonrpc: '2.0',
      id: 8,
      result: Object.assign(Object.create(null) as object, { b: Array.from({ length: 70 }, (_, i) => `${i}`) }),
    },
  };
  for (const [name, msg] of Object.entries(messages)) {
    it(`writes ${name} byte for byte as JSON.stringify`, async () => {
      const got = Buffer.from(await encoder.encode(msg, { charset: 'utf-8' }));
      assert.equal(got.toString('utf8'), JSON.stringify(msg));
      assert.ok(got.equals(Buffer.from(JSON.stringify(msg), 'utf-8')));
    });
  }
});
