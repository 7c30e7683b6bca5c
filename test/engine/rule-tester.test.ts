// The table harness itself: front matter for `kind`, positions in the case text,
// and the fix checks it applies to every rule.
import * as assert from 'node:assert/strict';
import { checkFixShape, position, prepare, unprepare } from '../helpers/rule-tester';

describe('rule-tester harness', () => {
  it("prepends front matter in the text's own line endings, after a BOM", () => {
    assert.equal(prepare({ text: '# T\n', kind: 'support' }).doc, '---\ngroup: support\n---\n# T\n');
    assert.equal(prepare({ text: '# T\r\n', kind: 'therapy' }).doc, '---\r\ngroup: therapy\r\n---\r\n# T\r\n');
    assert.equal(prepare({ text: '\uFEFF# T\n', kind: 'support' }).doc, '\uFEFF---\ngroup: support\n---\n# T\n');
  });

  it('leaves text that has front matter alone', () => {
    const p = prepare({ text: '---\ngroup: therapy\n---\n# T\n', kind: 'support' });
    assert.equal(p.doc, '---\ngroup: therapy\n---\n# T\n');
    assert.equal(p.prefix, '');
  });

  it('maps positions and fixed text back to the case text', () => {
    const p = prepare({ text: '\uFEFF# T\n\nabc\n', kind: 'support' });
    assert.deepEqual(position(p, p.doc.indexOf('abc') + 1), { line: 3, column: 2 });
    assert.deepEqual(position(p, p.doc.indexOf('# T')), { line: 1, column: 1 });
    assert.equal(unprepare(p, p.doc.replace('abc', 'xyz')), '\uFEFF# T\n\nxyz\n');
  });

  it('rejects a fix that writes LF into a CRLF document', () => {
    assert.throws(() => checkFixShape('a\r\nb\r\n', { title: 'Insert', edits: [{ start: 3, end: 3, text: 'x\n' }] }, 'fix'), /CRLF/);
    assert.equal(checkFixShape('a\r\nb\r\n', { title: 'Insert', edits: [{ start: 3, end: 3, text: 'x\r\n' }] }, 'fix'), 'a\r\nx\r\nb\r\n');
  });

  it('rejects an edit that splits a CRLF pair or a surrogate pair', () => {
    assert.throws(() => checkFixShape('a\r\nb', { title: 'Insert', edits: [{ start: 2, end: 2, text: 'x' }] }, 'fix'), /CRLF/);
    assert.throws(() => checkFixShape('a🙂b', { title: 'Insert', edits: [{ start: 2, end: 2, text: 'x' }] }, 'fix'), /surrogate/);
  });

  it('rejects a snippet that says something else than its plain text', () => {
    assert.throws(() => checkFixShape('ab', { title: 'Insert', edits: [{ start: 1, end: 1, text: '[name]', snippet: '${1:other}' }] }, 'fix'), /say the same/);
    assert.equal(checkFixShape('ab', { title: 'Insert', edits: [{ start: 1, end: 1, text: 'Fee $[n]', snippet: 'Fee \\$${1:n}' }] }, 'fix'), 'aFee $[n]b');
  });
});
