// Checks snippets/markdown.code-snippets: it parses (comments allowed, as VS Code
// allows them), every snippet is complete and well-formed, the rule-id choice
// lists name exactly the rule catalogue's ids, and the flyers, once their
// placeholders keep their defaults, carry the default statement wordings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as jsonc from 'jsonc-parser';
import { RULE_IDS } from './rule-ids';
import { SnippetSyntaxError, expandSnippet, parseSnippet, tabstops } from './snippet-syntax';
import { ROOT, tokenize, withScope } from './tokenize';

const SNIPPETS_FILE = path.join(ROOT, 'snippets', 'markdown.code-snippets');

/** The built-in default wordings (settings can override them; the snippets carry these). */
const WORDING = {
  disclaimer: 'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.',
  therapyStatement: 'This is group therapy: a clinical service.',
  free: 'This group is free. A donation toward the room or refreshments is welcome but never expected.',
  referral: 'If you would like individual help, the facilitator can refer you to another therapist on request.',
  confidentiality:
    "What members share stays in the group. As in all therapy, the therapist keeps clinical notes and must report abuse or an imminent risk to someone's life.",
};

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const text = fs.readFileSync(SNIPPETS_FILE, 'utf8');
const errors: jsonc.ParseError[] = [];
const snippets: Record<string, Snippet> = jsonc.parse(text, errors, { allowTrailingComma: false, disallowComments: false }) ?? {};
const entries = Object.entries(snippets);
const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const byPrefix = (prefix: string): Snippet => {
  const found = entries.find(([, s]) => s.prefix === prefix);
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found[1];
};
const expanded = (prefix: string) => expandSnippet(parseSnippet(bodyOf(byPrefix(prefix))));

describe('snippets: file', () => {
  it('parses as JSON with comments', () => {
    assert.deepEqual(
      errors.map((e) => `${jsonc.printParseErrorCode(e.error)} at ${e.offset}`),
      [],
    );
    assert.ok(entries.length >= 15, `only ${entries.length} snippets`);
  });

  it('has no duplicate snippet names', () => {
    const tree = jsonc.parseTree(text);
    const names = (tree?.children ?? []).map((p) => p.children?.[0].value as string);
    assert.equal(new Set(names).size, names.length, `duplicate names in ${names.join(', ')}`);
  });

  it('gives every snippet a grouplint name, a gl- prefix, a body and a description', () => {
    for (const [name, s] of entries) {
      assert.match(name, /^grouplint: \S/, name);
      assert.equal(typeof s.prefix, 'string', `${name}: prefix`);
      assert.match(s.prefix as string, /^gl-[a-z]+(-[a-z]+)*$/, `${name}: prefix`);
      assert.ok(typeof s.description === 'string' && s.description.length > 20, `${name}: description`);
      assert.ok(Array.isArray(s.body) ? s.body.every((l) => typeof l === 'string') : typeof s.body === 'string', `${name}: body`);
      assert.ok(bodyOf(s).trim().length > 0, `${name}: empty body`);
    }
  });

  it('has unique prefixes', () => {
    const prefixes = entries.map(([, s]) => s.prefix as string);
    const dupes = prefixes.filter((p, i) => prefixes.indexOf(p) !== i);
    assert.deepEqual(dupes, []);
  });

  it('has the expected prefixes', () => {
    const prefixes = new Set(entries.map(([, s]) => s.prefix as string));
    for (const p of [
      'gl-support-flyer',
      'gl-therapy-flyer',
      'gl-disclaimer',
      'gl-therapy-statement',
      'gl-free',
      'gl-fee',
      'gl-timeframe',
      'gl-confidentiality',
      'gl-mandated-reporter',
      'gl-referral',
      'gl-front-matter',
      'gl-disable',
      'gl-disable-next-line',
      'gl-disable-file',
      'gl-enable',
    ]) {
      assert.ok(prefixes.has(p), `missing ${p}`);
    }
  });
});

describe('snippets: tab stops', () => {
  for (const [name, s] of entries) {
    it(`${s.prefix} has well-formed, numbered tab stops ending in $0`, () => {
      const nodes = parseSnippet(bodyOf(s)); // throws on unbalanced ${ } or a stray $
      const stops = tabstops(nodes);
      assert.equal(stops.filter((t) => t.index === 0).length, 1, `${name}: exactly one $0`);
      assert.ok(
        stops.every((t) => t.index !== 0 || (!t.children && !t.choices)),
        `${name}: $0 is a bare final position`,
      );
      // Numbers run 1..n without gaps, and a repeated number repeats the same default.
      const numbers = [...new Set(stops.map((t) => t.index).filter((i) => i > 0))].sort((a, b) => a - b);
      assert.deepEqual(
        numbers,
        numbers.map((_, i) => i + 1),
        `${name}: tab stop numbers`,
      );
      const seen = new Map<number, string>();
      for (const t of stops) {
        if (!t.children && !t.choices) continue;
        const def = JSON.stringify(t.choices ?? t.children);
        if (seen.has(t.index)) assert.equal(def, seen.get(t.index), `${name}: \${${t.index}} has two different defaults`);
        seen.set(t.index, def);
      }
    });
  }

  it('rejects malformed snippet syntax (self-check of the parser)', () => {
    for (const bad of ['${1:open', 'a } b', 'cost $ 5', '${1|a,b}', '${1|a,,b|}', '${:x}']) {
      assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
    }
    assert.equal(expandSnippet(parseSnippet('\\$${1:5} ${2|a,b|} ${1} ${3:x ${4:y}}$0')), '$5 a 5 x y');
  });
});

describe('snippets: suppression comments', () => {
  const directives: Array<[string, string]> = [
    ['gl-disable', 'grouplint-disable'],
    ['gl-disable-next-line', 'grouplint-disable-next-line'],
    ['gl-disable-file', 'grouplint-disable-file'],
    ['gl-enable', 'grouplint-enable'],
  ];
  for (const [prefix, keyword] of directives) {
    it(`${prefix} offers exactly the 17 rule ids and inserts a valid ${keyword} comment`, async () => {
      const nodes = parseSnippet(bodyOf(byPrefix(prefix)));
      const choices = tabstops(nodes).filter((t) => t.choices);
      assert.equal(choices.length, 1);
      const ids = choices[0].choices!;
      assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
      assert.deepEqual([...ids].sort(), [...RULE_IDS].sort());
      const inserted = expandSnippet(nodes);
      assert.match(inserted, new RegExp(`^<!-- ${keyword} ${ids[0]} -->\\n?$`));
      const tokens = await tokenize(inserted);
      assert.deepEqual(
        withScope(tokens, 'keyword.control.directive.grouplint').map((t) => t.text),
        [keyword],
      );
      assert.deepEqual(
        withScope(tokens, 'constant.language.rule-id.grouplint').map((t) => t.text),
        [ids[0]],
      );
    });
  }

  it('gl-front-matter offers exactly the two kinds', () => {
    const nodes = parseSnippet(bodyOf(byPrefix('gl-front-matter')));
    assert.deepEqual(
      tabstops(nodes)
        .filter((t) => t.choices)
        .map((t) => t.choices),
      [['support', 'therapy']],
    );
    assert.equal(expandSnippet(nodes), '---\ngroup: support\n---\n');
  });
});

describe('snippets: default wordings', () => {
  const single: Array<[string, string]> = [
    ['gl-disclaimer', WORDING.disclaimer],
    ['gl-therapy-statement', WORDING.therapyStatement],
    ['gl-free', WORDING.free],
    ['gl-referral', WORDING.referral],
    ['gl-confidentiality', WORDING.confidentiality],
  ];
  for (const [prefix, wording] of single) {
    it(`${prefix} inserts the default wording`, () => {
      assert.equal(expanded(prefix), wording);
    });
  }

  it('gl-support-flyer declares `group: support` and carries the disclaimer, free and referral wordings', async () => {
    const flyer = expanded('gl-support-flyer');
    assert.ok(flyer.startsWith('---\ngroup: support\n---\n'), flyer.slice(0, 40));
    for (const w of [WORDING.disclaimer, WORDING.free, WORDING.referral]) assert.ok(flyer.includes(w), `missing: ${w}`);
    assert.match(flyer, /^# .*Support Group$/m);
    assert.match(flyer, /facilitated by/);
    assert.match(flyer, /mandated reporter/);
    const tokens = await tokenize(flyer);
    assert.deepEqual(
      withScope(tokens, 'constant.language.group-kind.grouplint').map((t) => t.text),
      ['support'],
    );
  });

  it('gl-therapy-flyer declares `group: therapy` and carries the therapy statement and confidentiality wordings', async () => {
    const flyer = expanded('gl-therapy-flyer');
    assert.ok(flyer.startsWith('---\ngroup: therapy\n---\n'), flyer.slice(0, 40));
    for (const w of [WORDING.therapyStatement, WORDING.confidentiality]) assert.ok(flyer.includes(w), `missing: ${w}`);
    assert.match(flyer, /^# .*Therapy Group$/m);
    assert.match(flyer, /licensed/); // therapy-leader
    assert.match(flyer, /\$\S+ per session/); // therapy-fee
    assert.match(flyer, /insurance/i);
    assert.match(flyer, /for \S+ weeks/); // therapy-timeframe
    assert.match(flyer, /pros and cons/); // therapy-dual-relationship
    assert.match(flyer, /consent/);
    assert.match(flyer, /register/i);
    const tokens = await tokenize(flyer);
    assert.deepEqual(
      withScope(tokens, 'constant.language.group-kind.grouplint').map((t) => t.text),
      ['therapy'],
    );
  });

  // A lexical guard until the linter can check the flyers itself: words that the
  // support rules flag (fees, clinical activities, therapy claims, records kept,
  // recruiting clients, "led by") must not appear in the support flyer outside
  // its negated statements, and the therapy flyer must never deny being therapy.
  it('the support flyer avoids wording the support rules flag', () => {
    const flyer = expanded('gl-support-flyer').replace(WORDING.disclaimer, '').replace('does not keep notes or records', '');
    for (const word of [
      /\bfees?\b/i,
      /\bcosts?\b/i,
      /\bprice\b/i,
      /\bcopay/i,
      /insurance/i,
      /\bcharge/i,
      /homework|worksheet|assignment|psychoeducation|handout|skills/i,
      /\btreat/i,
      /diagnos/i,
      /session/i,
      /clinical/i,
      /\bnotes\b|\brecords?\b|chart/i,
      /\bled by\b|therapist-led/i,
      /\bbook\b|consult|caseload|become (a )?client/i,
      /group therapy|therapy group/i,
    ]) {
      assert.doesNotMatch(flyer, word);
    }
  });

  it('the therapy flyer never denies being therapy nor calls itself a support group', () => {
    const flyer = expanded('gl-therapy-flyer');
    assert.doesNotMatch(flyer, /not (a )?(group )?therapy|not a clinical|support group|peer support/i);
    assert.doesNotMatch(flyer, /\bas a (member|peer)\b|my own/i);
  });
});
