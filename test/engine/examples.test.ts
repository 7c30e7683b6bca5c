// The shipped examples, the repository's own README and the seed page: the engine
// gives each the kind and the set of rule ids expected of it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'expected.json'), 'utf8')) as Record<
  string,
  { kind: 'support' | 'therapy' | null; rules: string[] }
>;

describe('examples/', () => {
  it('every Markdown example is listed in expected.json, and every entry exists', () => {
    const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));
    assert.deepEqual([...files].sort(), Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: kind ${want.kind}, rules [${want.rules.join(', ')}]`, () => {
      const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
      const r = lint(text, { path: `examples/${file}` });
      assert.equal(r.kind, want.kind, 'kind');
      const got = [...new Set(r.problems.map((p) => p.rule))].sort();
      assert.deepEqual(got, [...want.rules].sort(), 'rule ids');
    });
  }
});

describe('documents that must stay silent', () => {
  it("the repository's README.md gets no problems and no kind", function () {
    const readme = path.join(ROOT, 'README.md');
    if (!fs.existsSync(readme)) {
      console.warn('    skipped: the repository has no README.md yet');
      this.skip();
    }
    const r = lint(fs.readFileSync(readme, 'utf8'), { path: 'README.md' });
    assert.equal(r.kind, null);
    assert.deepEqual(
      r.problems.map((p) => `${p.rule}: ${p.message}`),
      [],
    );
  });

  it('the seed page comparing the two kinds gets no warning or error', () => {
    const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'seed-comparison.txt'), 'utf8');
    const r = lint(text, { path: 'seed-comparison.txt' });
    const loud = r.problems.filter((p) => p.severity === 'warning' || p.severity === 'error');
    assert.deepEqual(
      loud.map((p) => `${p.rule}: ${p.message}`),
      [],
    );
    assert.equal(r.kind, null);
  });
});
