// A document that cannot hold a GFM autolink literal is parsed without that extension, and
// one that cannot hold a table without GFM's table construct (parse.ts, parserFor). That must
// never change the tree: for every text, the tree is the one remark-gfm's full parser gives,
// positions included.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parserFor } from '../../server/src/engine/parse';
import { markdownDoc, SEED, engineRuns } from '../robustness/arbitraries';

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const reduced = parserFor('no autolink can be here');
const possible = (text: string) => parserFor(text) !== reduced;

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : markdownFiles(p);
    return /\.(md|markdown)$/i.test(e.name) ? [p] : [];
  });
}

const root = path.resolve(__dirname, '..', '..');

describe('parsing without GFM autolink literals when a text cannot have one', () => {
  it('gives the full parser’s tree for every example and test document that cannot have one', () => {
    const files = [...markdownFiles(path.join(root, 'examples')), ...markdownFiles(path.join(root, 'test'))];
    let compared = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (possible(text)) continue;
      assert.deepEqual(reduced.parse(text), full.parse(text), f);
      compared++;
    }
    assert.ok(compared > 100, `only ${compared} documents compared`);
  });

  it('gives the full parser’s tree for generated documents and Markdown-heavy strings', () => {
    const units = [
      'w',
      'W',
      'h',
      'H',
      't',
      'p',
      's',
      ':',
      '/',
      '.',
      '-',
      '_',
      '+',
      '~',
      '*',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '#',
      '|',
      '`',
      ' ',
      '\n',
      'a',
      '1',
      'x',
    ];
    const text = fc.oneof(
      markdownDoc.map((d) => d.text),
      fc.string({ unit: fc.constantFrom(...units), maxLength: 80 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        if (possible(t)) return;
        assert.deepEqual(reduced.parse(t), full.parse(t));
      }),
      { seed: SEED, numRuns: engineRuns() * 4 },
    );
  });

  it('keeps the full parser for every way a text node can come to hold a link', () => {
    for (const t of [
      'Write to group@example.org.',
      'Write to group&#64;example.org.',
      'See www.example.org today.',
      'See WWW.example.org today.',
      'See www\\.example.org today.',
      'See &#119;ww.example.org today.',
      'See Https://example.org today.',
      'Chat at xmpp:group@example.org or mailto:group@example.org.',
    ]) {
      assert.ok(possible(t), t);
      assert.match(JSON.stringify(full.parse(t)), /"type":"link"/, t);
    }
    // Why `\` and `&` must count: the full parser links the decoded text, the other does not.
    assert.notDeepEqual(reduced.parse('See www\\.example.org today.'), full.parse('See www\\.example.org today.'));
    assert.notDeepEqual(reduced.parse('Write to group&#64;example.org.'), full.parse('Write to group&#64;example.org.'));
  });
});

describe('parsing without GFM tables when a text cannot have one', () => {
  const tree = (t: string) => parserFor(t).parse(t);

  it('gives the full parser’s tree for every example and test document', () => {
    const files = [...markdownFiles(path.join(root, 'examples')), ...markdownFiles(path.join(root, 'test'))];
    let withoutTables = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (!/\||:-|-:/.test(text)) withoutTables++;
      assert.deepEqual(tree(text), full.parse(text), f);
    }
    assert.ok(withoutTables > 100, `only ${withoutTables} documents without a possible table`);
  });

  it('gives the full parser’s tree for generated documents and table-like strings', () => {
    const units = ['|', ':', '-', '=', ' ', '\t', '\n', 'a', 'b', '1', '*', '>', '\\', '&', '#', ';', '`', '[', ']'];
    const text = fc.oneof(
      markdownDoc.map((d) => d.text),
      fc.string({ unit: fc.constantFrom(...units), maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('a', ' ', ':', '-', '\n', '&#124;', '&#58;', '\\|', '\\:'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(tree(t), full.parse(t));
      }),
      { seed: SEED, numRuns: engineRuns() * 4 },
    );
  });

  it('keeps the table construct for a table with no pipe at all (a colon beside the dashes)', () => {
    for (const t of ['Name\n:-\n', 'Name\n-:\n', 'Name\n:---:\nDana\n', 'Name\n :-- \nDana\n']) {
      assert.match(JSON.stringify(tree(t)), /"type":"table"/, t);
      assert.deepEqual(tree(t), full.parse(t), t);
    }
    // Why `:-` and `-:` must count: without the construct there is no table.
    assert.doesNotMatch(JSON.stringify(reduced.parse('Name\n:-\n')), /"type":"table"/);
  });
});
