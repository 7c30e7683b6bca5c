// Failing tests for the product bugs listed in ../known-bugs.ts. Not part of `npm test` (the
// name does not end in .test.ts) until the bugs are fixed; run them with
//   npx mocha --no-config -r tsx/cjs --extension ts --timeout 300000 'test/robustness/pending/*.ts'
// When one passes, move it into the suite and delete its exemption in known-bugs.ts.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, lint } from '../../../server/src/engine';
import { growth, ensureBuilt, runCli, tmpDir, cleanup, type JsonReport } from '../helpers';
import { KNOWN_SUPERLINEAR } from '../known-bugs';

describe('pending bug 1: ranges at the start of a document take in a byte-order mark', () => {
  it('a document of only front matter reports after the mark', () => {
    const problems = lint('\ufeff---\ngroup: therapy\n---\n').problems;
    assert.ok(problems.length > 0);
    for (const p of problems) assert.ok(p.start >= 1, `${p.rule} starts at ${p.start}`);
  });
  it('the too-deeply-nested notice starts after the mark', () => {
    const p = lint('\ufeff' + '> '.repeat(5000) + 'fee\n').problems[0];
    assert.ok(p);
    assert.equal(p.start, 1);
  });
});

describe('pending bug 2: long sentences with many matches take quadratic time', function () {
  this.timeout(600_000);
  for (const unit of KNOWN_SUPERLINEAR) {
    it(`${JSON.stringify(unit)} repeated: n and 4n characters within 8x`, () => {
      const doc = (n: number) => `---\ngroup: support\n---\n\n# Support group flyer\n\n${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}\n`;
      const g = growth((n) => lint(doc(n)), 10_000, 2);
      assert.ok(g.ratio < 8, `${g.small.toFixed(0)} ms → ${g.large.toFixed(0)} ms (×${g.ratio.toFixed(1)})`);
    });
  }
});

describe('pending bug 6: lone CR line breaks: the CLI counts lines differently from editors and the server', function () {
  this.timeout(120_000);
  const text = '# Support group\r\rThis is a peer support group.\rThe fee is $20.\r';
  it('LineIndex agrees with LSP positions (CR, LF and CRLF all end a line)', () => {
    const index = new LineIndex(text);
    const lsp = TextDocument.create('file:///x.md', 'markdown', 1, text);
    for (let o = 0; o <= text.length; o++) assert.deepEqual(index.position(o), lsp.positionAt(o), `offset ${o}`);
  });
  it('grouplint --format json puts the fee on line 4, where an editor shows it', async () => {
    await ensureBuilt();
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'cr.md'), text);
    const r = JSON.parse(runCli(['--format', 'json', '.'], { cwd: dir }).stdout) as JsonReport;
    const fee = r.files[0].diagnostics.find((d) => d.rule === 'support-free');
    assert.equal(fee?.line, 4);
    cleanup();
  });
});
