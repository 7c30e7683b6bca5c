// The files generated from the rule catalogue and the default wording (scripts/generate.ts)
// are as `npm run generate` leaves them: a rule, a wording key or a default text changed in
// its one source and not regenerated fails here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generate, stale } from '../../scripts/generate';

const ROOT = path.resolve(__dirname, '..', '..');

describe('generated files', () => {
  it('are up to date (npm run generate leaves the tree unchanged)', () => {
    assert.deepEqual(stale(ROOT), [], 'run `npm run generate` and commit the result');
  });

  it('a stale generated part is found', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-generated-'));
    try {
      for (const g of generate(ROOT)) {
        fs.mkdirSync(path.dirname(path.join(copy, g.file)), { recursive: true });
        fs.writeFileSync(path.join(copy, g.file), g.text);
      }
      const grammar = path.join(copy, 'syntaxes/grouplint.injection.tmLanguage.json');
      fs.writeFileSync(grammar, fs.readFileSync(grammar, 'utf8').replace('|declare-kind)', ')'));
      const docs = path.join(copy, 'docs/README.md');
      fs.writeFileSync(docs, fs.readFileSync(docs, 'utf8').replace(/^\| \[support-free\].*\n/m, ''));
      assert.deepEqual(stale(copy), ['syntaxes/grouplint.injection.tmLanguage.json', 'docs/README.md']);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
