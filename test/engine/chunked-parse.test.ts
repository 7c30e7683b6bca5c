// Long documents are parsed in pieces (parse.ts, chunkEnds) so that parsing stays linear.
// The pieces must never change the result: a document parsed in pieces, cut as often as the
// cutter allows, equals the same document parsed whole.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { chunkEnds, chunking, parseDocument, type ParsedDocument } from '../../server/src/engine/parse';
import { block, engineRuns, markdownDoc, SEED } from '../robustness/arbitraries';

function shapeOf(p: ParsedDocument) {
  return {
    frontMatter: p.frontMatter,
    unterminated: p.unterminatedFrontMatter,
    top: p.top,
    comments: p.comments,
    blocks: p.blocks.map((b) => ({
      type: b.type,
      depth: b.depth,
      text: b.text,
      map: Array.from(b.unshiftedMap, (o) => o + b.mapShift),
      start: b.start,
      end: b.end,
      item: b.item,
      listStart: b.listStart,
      sentences: b.sentences.map((s) => [s.from, s.text]),
    })),
  };
}

/** Parse with pieces of at most about `chars` characters. */
function parsedWith(text: string, chars: number) {
  const saved = chunking.chars;
  chunking.chars = chars;
  try {
    return shapeOf(parseDocument(text));
  } finally {
    chunking.chars = saved;
  }
}

const WHOLE = Number.MAX_SAFE_INTEGER;

describe('parsing in pieces (chunkEnds)', function () {
  this.timeout(180_000);
  it('cuts a long plain document into pieces, only before a line at the margin after a blank line', () => {
    const text = Array.from({ length: 200 }, (_, i) => `## Week ${i}\n\nA peer support group.\n\n- one\n- two\n`).join('\n');
    const ends = chunkEnds(text, 1000);
    assert.ok(ends.length > 5, `only ${ends.length} pieces`);
    assert.equal(ends[ends.length - 1], text.length);
    for (const e of ends.slice(0, -1)) {
      assert.match(text.slice(e - 2, e + 1), /^\n\n[^ \t\-*+\d]/);
    }
    assert.deepEqual(parsedWith(text, 1000), parsedWith(text, WHOLE));
  });

  it('does not cut documents holding definitions, open HTML comments or indented fences', () => {
    const body = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} of a handout.\n`).join('\n');
    for (const extra of ['[a]: https://example.org\n', '<!--\nnote\n-->\n', '- item\n\n  ```\n  code\n\n```\n', '[^1]: a note\n']) {
      assert.deepEqual(chunkEnds(body + '\n' + extra + body, 100), [body.length * 2 + extra.length + 1], JSON.stringify(extra));
    }
  });

  it('never cuts inside a fence at the margin or inside front matter', () => {
    const fence = '```\ncode\n\nstill code\n\n```\n';
    const fm = '---\ntitle: x\n\nnotes: y\n---\n';
    const text = fm + Array.from({ length: 60 }, (_, i) => (i % 3 ? `Paragraph ${i}.\n` : fence)).join('\n');
    assert.deepEqual(parsedWith(text, 20), parsedWith(text, WHOLE));
  });

  it('a generated document parsed in small pieces equals it parsed whole', () => {
    const doc = fc.tuple(markdownDoc, fc.array(block, { maxLength: 20 }), fc.integer({ min: 8, max: 200 }), fc.boolean()).map(([d, more, chars, loneCr]) => {
      let text = d.text + '\n\n' + more.map((b) => b.join('\n')).join('\n\n') + '\n';
      if (loneCr) text = text.replace(/\n(?=[^\n]*\n[^\n]*\n)/g, (m, o: number) => (o % 3 === 0 ? '\r' : m));
      return { text, chars };
    });
    fc.assert(
      fc.property(doc, ({ text, chars }) => {
        assert.deepEqual(parsedWith(text, chars), parsedWith(text, WHOLE));
      }),
      { seed: SEED, numRuns: engineRuns() },
    );
  });

  it('the examples, joined into one long document, parse the same in pieces', () => {
    const dir = path.join(__dirname, '..', '..', 'examples');
    const all = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
    const text = all.join('\n\n');
    assert.deepEqual(parsedWith(text, 200), parsedWith(text, WHOLE));
  });
});
