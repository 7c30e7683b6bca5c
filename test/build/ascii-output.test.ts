// The bundles are written in ASCII only by scripts/ascii-output.mjs, which must leave every value as it was:
// templates (String.raw ones too) and regular expressions holding non-ASCII characters.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vm from 'node:vm';

type AsciiOutput = (text: string) => string;

const NON_ASCII = /[^\0-\x7f]/;

describe('build: ASCII-only bundles', () => {
  let asciiOutput: AsciiOutput;
  before(async () => {
    ({ asciiOutput } = (await import(path.join(__dirname, '..', '..', 'scripts', 'ascii-output.mjs'))) as { asciiOutput: AsciiOutput });
  });

  /** The rewritten text (checked ASCII) and what `code` leaves in `out` (as JSON), evaluated before and after. */
  function both(code: string): { text: string; before: any; after: any } {
    const text = asciiOutput(code);
    assert.ok(!NON_ASCII.test(text), text);
    const run = (src: string) => JSON.parse(vm.runInNewContext(`${src}; JSON.stringify(out)`, {}) as string) as unknown;
    return { text, before: run(code), after: run(text) };
  }

  it('keeps a String.raw template with é and an emoji (characters as written)', () => {
    const { before, after } = both('var n = 1; var out = [String.raw`café \\bgroupe\\b — 😀 ${n}é`, `été ${n} 😀`];');
    assert.equal(before[0], 'café \\bgroupe\\b — 😀 1é');
    assert.deepEqual(after, before);
  });

  it('keeps a regular expression literal’s source and flags, and what it matches', () => {
    const samples = ['ÉTÉ GROUPE/é', 'àž grupę/É', 'ß', 'ßa', 'ßä', 'x 😀', 'ê', 'plain', 'groupe/e'];
    const { text, before, after } = both(
      `var samples = ${JSON.stringify(samples).replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)};
      var out = [/[à-ÿĀ-ž]+\\s(?:groupe|grupę)\\/é/giu, /ß[^ä-ö]?$/, /😀|[é-ë]/u, /[ä-ü]/g].map((re) => [re.source, re.flags, samples.map((s) => re.exec(s))]);`,
    );
    assert.equal((text.match(/new RegExp\(/g) ?? []).length, 4);
    assert.deepEqual(after, before);
    assert.equal(before[0][0], '[à-ÿĀ-ž]+\\s(?:groupe|grupę)\\/é');
    assert.equal(before[0][1], 'giu');
    assert.ok(
      before.every((r: any) => r[2].some(Boolean)),
      'each matches some sample',
    );
  });

  it('returns a file of ASCII only unchanged', () => {
    const code = 'var a = /[a-z]+/g, b = String.raw`\\d+ ${1}`, out = 6 / 3 / 1;\n// a comment\n';
    assert.equal(asciiOutput(code), code);
  });

  it('tells divisions from regular expressions side by side', () => {
    const code = [
      'var a = 12, b = 3, s = "\\u00fcber", out = [];',
      'out.push(a / b / 2, a / `${b}é`.length / 1, /é/g.test("\\u00e9t\\u00e9") / 1);',
      'if (s) /ü/.test(s) && out.push(a /b/ 2);',
      'out.push((a) / 2 + /ö|ü/.source.length / 2, `${/ä/.source}` / 1 || 0);',
    ].join('\n');
    const { text, before, after } = both(code);
    assert.deepEqual(after, before);
    assert.deepEqual(before, [2, 6, 1, 2, 7.5, 0]);
    assert.ok(text.includes('out.push(a /b/ 2)') && text.includes('a / `${b}${"\\u00E9"}`.length / 1'), text);
  });

  it('fails on non-ASCII text in a template with another tag, whose strings would change', () => {
    assert.throws(() => asciiOutput('var out = tag`é`;'), /tagged tag/);
  });
});
