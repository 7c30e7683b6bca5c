// The fast reader (fast-parse.ts) must build exactly what micromark builds whenever it accepts
// a document, and must accept the plain flyers it exists for. Differential test: every Markdown
// file in the repository, the benchmark's generated flyers, the robustness generators' documents,
// and many mutated variants of them (markup characters inserted, CRLF, a BOM, non-ASCII text)
// are parsed both ways; where the fast reader accepts, the two results must be deep-equal.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fastParse } from '../../server/src/engine/fast-parse';
import { fastPath, parseDocument, parserFor, type ParsedDocument } from '../../server/src/engine/parse';
import { flyers } from '../../scripts/bench/flyers.mjs';
import { block, markdownDoc, prng, SEED } from '../robustness/arbitraries';

const ROOT = path.resolve(__dirname, '../..');
/** How many times more variants to try: `npm run fuzz` sets it (FAST_PARSE_SCALE), `npm test` keeps 1. */
const SCALE = Math.max(1, Math.round(Number(process.env.FAST_PARSE_SCALE) || 1));

function repoMarkdown(): Array<{ name: string; text: string }> {
  const files = execFileSync('git', ['ls-files', '-z', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return files.map((f) => ({ name: f, text: fs.readFileSync(path.join(ROOT, f), 'utf8') }));
}

function parsedBoth(text: string): { fast: ParsedDocument; slow: ParsedDocument } {
  const fast = parseDocument(text);
  fastPath.enabled = false;
  try {
    return { fast, slow: parseDocument(text) };
  } finally {
    fastPath.enabled = true;
  }
}

/** The mdast fields parse.ts reads, with offsets only. */
function project(node: Nodes): unknown {
  const n = node as Nodes & { value?: string; depth?: number; url?: string; children?: Nodes[] };
  return {
    type: n.type,
    start: n.position?.start.offset,
    end: n.position?.end.offset,
    // parse.ts reads neither (a fenced block's value, an inline code's)
    value: n.type === 'inlineCode' || n.type === 'code' ? undefined : n.value,
    depth: n.depth,
    url: n.url,
    children: n.children?.map(project),
  };
}

/**
 * Check one text: whether the fast reader accepts it (as parse.ts calls it, after any BOM), and
 * when it does, that its tree and the whole parsed document equal micromark's.
 */
function check(text: string, label: string): boolean {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let tree;
  try {
    tree = fastParse(src);
  } catch (e) {
    assert.fail(`${label}: the fast reader threw ${String(e)}`);
  }
  let both;
  try {
    both = parsedBoth(text);
  } catch (e) {
    // Refused before either parser runs (nesting too deep): the same for both.
    if (e instanceof RangeError) return false;
    throw e;
  }
  if (tree) {
    const slowTree = parserFor(src).parse(src) as { children: Nodes[] };
    assert.deepEqual(tree.children.map(project), slowTree.children.map(project), `${label}: trees differ\n${JSON.stringify(text)}`);
  }
  assert.deepEqual(both.fast, both.slow, `${label}: parsed documents differ\n${JSON.stringify(text)}`);
  return tree !== undefined;
}

const INSERTS = [
  '*',
  '**',
  '_',
  '__',
  '***',
  '`',
  '``',
  '\\',
  '\\*',
  '[',
  ']',
  '(',
  ')',
  '](x)',
  '[a](b)',
  '[a] (b)',
  '![a](b)',
  '#',
  '# ',
  '\n# ',
  '\n## x #',
  '- ',
  '\n- ',
  '\n  - ',
  '\n1. ',
  '\n2. ',
  '1) ',
  '\n',
  '\n\n',
  '\n\n  ',
  '\n    ',
  ' ',
  '  ',
  '  \n',
  '>',
  '\n> ',
  '<',
  '<!-- c -->',
  '\n<!-- c -->\n',
  '<b>',
  '&',
  '&amp;',
  '&#35;',
  '|',
  ' | ',
  '\n|---|---|\n',
  '\n| a | b |\n',
  '~',
  '~~',
  '---',
  '\n---\n',
  '\n***\n',
  '\n===\n',
  '@',
  'a@b.co',
  ' a@b.co ',
  '@b.co',
  'a@',
  'www.x.org',
  'http://a.b',
  '\t',
  '\r',
  '\r\n',
  '\uFEFF',
  'é',
  '😀',
  '\u00A0',
  '\u2028',
  '!',
  '=',
  ':',
  '+ ',
  '_x_',
  '*x*',
  '**x**',
  '`x`',
  '```',
  '\n```\n',
  '[ ] ',
  '[x] ',
  '[^1]',
  '\n[a]: b\n',
  '.',
  '"',
  "'",
];

/** `count` variants of `text`, each with one to three random edits. */
function mutations(text: string, count: number, rand: () => number): string[] {
  const out: string[] = [];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  for (let n = 0; n < count; n++) {
    let t = text;
    const edits = 1 + Math.floor(rand() * 3);
    for (let e = 0; e < edits; e++) {
      const i = Math.floor(rand() * (t.length + 1));
      const r = rand();
      if (r < 0.6) t = t.slice(0, i) + pick(INSERTS) + t.slice(i);
      else if (r < 0.7) t = t.slice(0, i) + t.slice(i + 1 + Math.floor(rand() * 8));
      else if (r < 0.78) t = t.replace(/\r?\n/g, '\r\n');
      else if (r < 0.84) t = '\uFEFF' + t;
      else if (r < 0.92) t = t.replace(/[aeiou]/g, (c) => (rand() < 0.2 ? pick(['é', 'ü', 'ø', 'ı', 'ß', '😀', '漢', 'ا']) : c));
      else
        t =
          t.slice(0, i) +
          ' ' +
          pick(['*', '_', '**', '__']) +
          pick(['word', ' word', '.', '(x)', '']) +
          pick(['*', '_', '**', '__', '']) +
          pick([' ', '.', '', 'x']) +
          t.slice(i);
    }
    out.push(t);
  }
  return out;
}

describe('fast reader (fast-parse.ts) against micromark', function () {
  this.timeout(process.env.GROUPLINT_FUZZ ? 0 : 600_000);
  const rand = prng(SEED);
  let compared = 0;
  let taken = 0;
  const counted = (ok: boolean) => {
    compared++;
    if (ok) taken++;
    return ok;
  };

  after(() => {
    console.log(`      fast reader: ${compared} documents compared, ${taken} of them read by the fast reader`);
  });

  it('accepts every flyer of the benchmark and reads each as micromark does', () => {
    const texts = flyers(1000);
    const refused = texts.filter((t, i) => !counted(check(t, `bench flyer ${i}`)));
    assert.deepEqual(refused, []);
    for (const [i, t] of texts.slice(0, 200).entries()) {
      for (const m of mutations(t, 5 * SCALE, rand)) counted(check(m, `mutated bench flyer ${i}`));
    }
  });

  it('reads every Markdown file of the repository as micromark does, and most example flyers', () => {
    const docs = repoMarkdown();
    assert.ok(docs.length > 300, `only ${docs.length} Markdown files`);
    let accepted = 0;
    let examples = 0;
    let examplesAccepted = 0;
    for (const d of docs) {
      const ok = counted(check(d.text, d.name));
      if (ok) accepted++;
      if (d.name.startsWith('examples/')) {
        examples++;
        if (ok) examplesAccepted++;
      }
    }
    console.log(`      fast reader accepts ${accepted} of ${docs.length} repository files, ${examplesAccepted} of ${examples} examples`);
    assert.ok(examplesAccepted * 2 > examples, `accepts only ${examplesAccepted} of ${examples} examples`);
  });

  it('reads mutated repository documents as micromark does', () => {
    let accepted = 0;
    let total = 0;
    for (const d of repoMarkdown()) {
      if (d.text.length > 20_000) continue;
      for (const m of mutations(d.text, 8 * SCALE, rand)) {
        if (counted(check(m, `mutated ${d.name}`))) accepted++;
        total++;
      }
    }
    // The edits must leave many documents the fast reader still takes, or this proves little.
    assert.ok(accepted > total / 5, `only ${accepted} of ${total} mutated documents accepted`);
  });

  it('reads generated documents and their mutations as micromark does', () => {
    const docs = fc.sample(
      fc.tuple(markdownDoc, fc.array(block, { maxLength: 8 })).map(([d, more]) => d.text + '\n\n' + more.map((b) => b.join('\n')).join('\n\n') + '\n'),
      { seed: SEED, numRuns: 200 * SCALE },
    );
    for (const [i, t] of docs.entries()) {
      counted(check(t, `generated ${i}`));
      for (const m of mutations(t, 3, rand)) counted(check(m, `mutated generated ${i}`));
    }
  });

  it('reads hand-picked edge cases as micromark does', () => {
    // Read by the fast reader (and compared).
    const plain = [
      '# Title\n\nText with **bold**, *em*, _em_ and __strong__ words.\n',
      '**When:** Mondays\n',
      'A *b **c** d* e\n',
      '- one\n- two\n\n- three\n',
      '- one\n  - nested\n  - nested two\n- two\n',
      '1. one\n2. two\n10. ten\n',
      'Para\n1. list\n',
      '- item\n\n  second paragraph\n',
      '---\ngroup: therapy\n---\n# T\n',
      '---\r\ngroup: therapy\r\n---\r\n\r\n# T\r\n\r\nText\r\nmore\r\n',
      '---\n---\n\nText\n',
      'Text `code` and ``a ` b`` and ` unclosed\n',
      'Escapes \\* \\_ \\[ \\a \\\\ end\n',
      '[Register](https://example.org/a_b) today [x](y).\n',
      '<!-- grouplint-disable -->\nText\n',
      'Text\n\n<!-- c -->\n',
      'a * b and 2 * 3\n',
      '("*quoted*") and *(x)*\n',
      'Line one\nline two\r\nline three\n',
      '- **Fee:** $20\n- **Where:** Room 2\n',
      '+ plus\n+ list\n',
      '1) one\n2) two\n',
      '- [link](x) first\n',
      'Hard  \nbreak and one \nspace, **bold**  \nthen\\\nescape \\  \nend  \n',
      '# Heading  \n\nText  \n',
      '***\n\nText\n\n---\n\n___\n',
      '> Quoted text\n> more\n>\n> - item\n\nAfter\n',
      '- item\n\n  > quote in item\n',
      'Contact: jo@example.org\n',
      'Replace [square brackets] and [this one] (not a link), snake_case, @handle and a line of ____ here\n',
      'Signed: ____________________  Date: __________\n',
      '[Fees & Insurance](/fees/?a=1&b=2) and [Go!](x)\n',
      'Meetings\n--------\n\nTitle\nover lines\n=====\n',
      '###\n\n## \n\n#tag and #another\n#third\n',
      '```sh\ncode | <b> & * _\n\n```\n\nText\n\n````\n```\n````\n',
      '| | Support group | Group therapy |\n|---|:---:|--:|\n| **Cost** | Free | $20 *a* |\n|a|b|c|\n\nAfter\n',
      '| Who | What |\r\n| --- | --- |\r\n',
      'Write to [grief.circle@example.org](mailto:grief.circle@example.org) or [www.x.org](https://www.x.org).\n',
      'Email groups@harbor.example.com. Or (jo.b+x@ex-ample.org), *a@b.co* **Mail:** x@y.org\n',
    ];
    // Refused or not, compared.
    const odd = [
      '[https://example.org](https://example.org)\n',
      'snake_case and a*b*c\n',
      'Para\n2. not a list\n',
      '- item\nlazy\n',
      '---\nunclosed\n\nText\n',
      'Text\n<!-- c -->\n',
      '# C#\n',
      '#hashtag\n',
      '* * *\n',
      '- - -\n',
      '*a*b\n',
      '**a**b and b**a**\n',
      '- a\n* b\n',
      '- [ ] task\n',
      '> quote\nlazy\n',
      '> > nested\n',
      'Text\n***\n',
      'Text\n---\n',
      '[a](b) then jo@x.org\n',
      'x/jo@x.org and jo@x.org1 and jo_x@x.org and jo@x_y.org and jo@x.org/path and .jo@x.org and jo@x.org@y\n',
      'mailto:jo@x.org xmpp:jo@x.org www.x.org http://x.org\n',
      '[a] [b][c] [d](e f) [g]: h [i\n[j]\n',
      '[jo@x.org] [a jo@x.org] x_@y.org _@y.org\n',
      'Text\n-\nMore\n- \n',
      '```\nunclosed\n',
      '- a\n  ```\n  code\n  ```\n',
      '  ```\n  indented\n  ```\n',
      '```\ncode\n  ```\n',
      '__a__b __a__ a___b___ ___x___\n',
      '| a | b |\n|---|---|\n| c |\n| d | e | f |\nlazy\n',
      'Text\n| a | b |\n|---|---|\n',
      '| a | b |\n| c | d |\n',
      '| a \\| b | c |\n|---|---|\n| `x|y` | z |\n',
      '| a | b |  \n|---|---|\n| c | d |  \n',
      'a | b\n--|--\n',
      '| a |\n|:-|\n| [l](u) jo@x.org | \n',
    ];
    for (const c of plain) assert.ok(counted(check(c, JSON.stringify(c))), `refused ${JSON.stringify(c)}`);
    for (const c of odd) counted(check(c, JSON.stringify(c)));
    for (const c of [...plain, ...odd]) {
      for (const m of mutations(c, 20 * SCALE, rand)) counted(check(m, `mutated ${JSON.stringify(c)}`));
    }
  });
});
