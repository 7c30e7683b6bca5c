// The shape of server/src's imports: no cycles (type-only imports count too, as they tie
// modules together just the same), and each layer reaches the next only through its entry.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '..', '..', 'server', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The files of server/src a file imports (static, dynamic, `import x = require()` and re-exports). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const out: string[] = [];
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), fileName);
    const hit = [`${base}.ts`, path.join(base, 'index.ts'), base].find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    if (hit) out.push(hit);
  }
  return out;
}

/** Strongly connected components of more than one module, or one that imports itself (Tarjan). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const rel = (f: string) => path.relative(SRC, f).split(path.sep).join('/');

describe('imports in server/src', () => {
  const graph = new Map<string, string[]>();
  before(() => {
    for (const f of sourceFiles(SRC)) graph.set(f, importsOf(f));
  });

  it('the cycle finder finds a cycle, and a self-import, when there is one', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    assert.deepEqual(cyclesOf(g), [['a', 'b', 'c'], ['e']]);
  });

  it('has no import cycles', () => {
    assert.ok(graph.size > 50, `read ${graph.size} modules`);
    assert.deepEqual(
      cyclesOf(graph).map((c) => c.map(rel)),
      [],
    );
  });

  it("a rule module depends on the rule API only: never on the engine's entries, its lint, or a host", () => {
    const bad: string[] = [];
    for (const [f, deps] of graph) {
      if (!rel(f).startsWith('rules/')) continue;
      for (const d of deps) if (/^(cli|lsp|node|browser)\/|^engine\/(index|light|lint)\.ts$/.test(rel(d))) bad.push(`${rel(f)} -> ${rel(d)}`);
    }
    assert.deepEqual(bad, []);
  });

  it('the CLI, the language server and the hosts use the engine through its entries, never a rule module', () => {
    const entries = new Set(['engine/index.ts', 'engine/light.ts']);
    const bad: string[] = [];
    for (const [f, deps] of graph) {
      if (!/^(cli|lsp|node|browser)\//.test(rel(f))) continue;
      for (const d of deps) if ((rel(d).startsWith('engine/') && !entries.has(rel(d))) || rel(d).startsWith('rules/')) bad.push(`${rel(f)} -> ${rel(d)}`);
    }
    assert.deepEqual(bad, []);
  });

  it("the CLI's main thread uses the parser-free entry only (the worker side, check.ts, api.ts and the SARIF format it lends, takes the whole engine)", () => {
    const bad: string[] = [];
    for (const [f, deps] of graph) {
      if (!rel(f).startsWith('cli/') || /^cli\/(check|api|format\/sarif)\.ts$/.test(rel(f))) continue;
      for (const d of deps) if (rel(d).startsWith('engine/') && rel(d) !== 'engine/light.ts') bad.push(`${rel(f)} -> ${rel(d)}`);
    }
    assert.deepEqual(bad, []);
  });
});
