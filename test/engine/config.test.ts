// Configuration: severities, wording used by fixes, literal phrases, kind globs,
// and the faults parseConfigText reports (with positions) while keeping the valid rest.
import * as assert from 'node:assert/strict';
import {
  applyEdits,
  applyFixes,
  checkConfigValue,
  configFor,
  defaultConfig,
  lint,
  mergeConfig,
  parseConfigText,
  RULE_IDS,
  toLineColumn,
  type PartialConfig,
} from '../../server/src/engine';
import { guessSeverity, toSeverity } from '../../server/src/engine/config';

const SUPPORT = '---\ngroup: support\n---\n# Grief Circle\n\nThis is a peer support group, not therapy.\n\n';
const THERAPY = '---\ngroup: therapy\n---\n# Mood Group\n\n';

const withConfig = (partial: PartialConfig) => mergeConfig(defaultConfig(), partial);
const problems = (text: string, partial: PartialConfig = {}, path?: string) => lint(text, { config: withConfig(partial), path }).problems;
const rulesOf = (text: string, partial: PartialConfig = {}, path?: string) => problems(text, partial, path).map((p) => `${p.rule}:${p.severity}`);
const fixedWith = (text: string, partial: PartialConfig, rule: string) =>
  applyFixes(
    text,
    problems(text, partial).filter((p) => p.rule === rule),
  ).text;
/** The text after each suggestion of the rule, applied on its own. */
const suggestedWith = (text: string, partial: PartialConfig, rule: string) =>
  problems(text, partial)
    .filter((p) => p.rule === rule)
    .flatMap((p) => p.suggestions ?? [])
    .map((s) => applyEdits(text, s.edits));

describe('config: rules (severities)', () => {
  it('raises and lowers a rule', () => {
    const text = SUPPORT + 'The fee is $5.\n';
    assert.deepEqual(rulesOf(text), ['support-free:warning']);
    assert.deepEqual(rulesOf(text, { rules: { 'support-free': 'error' } }), ['support-free:error']);
    assert.deepEqual(rulesOf(text, { rules: { 'support-free': 'hint' } }), ['support-free:hint']);
  });

  it('"off" silences a rule, both of its findings', () => {
    assert.deepEqual(rulesOf(SUPPORT + 'The fee is $5.\n', { rules: { 'support-free': 'off' } }), []);
    assert.deepEqual(rulesOf(SUPPORT + 'We meet weekly.\n', { rules: { 'support-free': 'off' } }), []);
  });

  it('a secondary finding never rises above information, and follows a lower setting', () => {
    const text = SUPPORT + 'We meet weekly.\n';
    assert.deepEqual(rulesOf(text), ['support-free:information']);
    assert.deepEqual(rulesOf(text, { rules: { 'support-free': 'error' } }), ['support-free:information']);
    assert.deepEqual(rulesOf(text, { rules: { 'support-free': 'hint' } }), ['support-free:hint']);
  });

  it('"off" for kind rules: declare-kind, kind-unknown, kind-conflict', () => {
    const unclear = '# Tuesday Night Group\n\nA place to talk about grief with others who understand. Room 2, 7 pm.\n';
    assert.deepEqual(rulesOf(unclear), ['declare-kind:information']);
    assert.deepEqual(rulesOf(unclear, { rules: { 'declare-kind': 'off' } }), []);
    assert.deepEqual(rulesOf('---\ngroup: supprt\n---\n# Circle\n', { rules: { 'kind-unknown': 'off' } }), []);
    assert.deepEqual(rulesOf(SUPPORT + 'Free. This is group therapy.\n', { rules: { 'kind-conflict': 'warning' } }), ['kind-conflict:warning']);
  });

  it('front matter "grouplint:" overrides the config', () => {
    const text = '---\ngroup: support\ngrouplint:\n  rules:\n    support-free: off\n---\n# Circle\n\nThis is not therapy. The fee is $5.\n';
    assert.deepEqual(rulesOf(text, { rules: { 'support-free': 'error' } }), []);
  });

  it('front matter "grouplint:" with a fault: a notice, and the valid part applies', () => {
    const text =
      '---\ngroup: support\ngrouplint:\n  rules:\n    support-free: off\n    support-fre: error\n---\n# Circle\n\nThis is not therapy. The fee is $5.\n';
    const got = lint(text).problems;
    assert.deepEqual(
      got.map((p) => p.rule),
      ['grouplint'],
    );
    assert.match(got[0].message, /Did you mean "support-free"/);
  });
});

describe('config: wording used by fixes and suggestions', () => {
  it('disclaimer', () => {
    const out = fixedWith(
      '---\ngroup: support\n---\n# Circle\n\nFree.\n',
      { wording: { disclaimer: 'We are neighbours helping neighbours, not clinicians.' } },
      'support-disclaimer',
    );
    assert.equal(out, '---\ngroup: support\n---\n# Circle\n\nWe are neighbours helping neighbours, not clinicians.\n\nFree.\n');
  });

  it('free (replacing a fee sentence and inserting when cost is never mentioned)', () => {
    const wording = { free: 'Free to attend. Tea and biscuits provided.' };
    // Suggestions only: what attending costs is the practice's to say.
    assert.equal(fixedWith(SUPPORT + 'The fee is $5.\n', { wording }, 'support-free'), SUPPORT + 'The fee is $5.\n');
    assert.deepEqual(suggestedWith(SUPPORT + 'The fee is $5.\n', { wording }, 'support-free'), [SUPPORT + 'Free to attend. Tea and biscuits provided.\n']);
    // A label keeps its label; a wording that opens with "Free" answers it as it is.
    assert.deepEqual(suggestedWith(SUPPORT + 'Fee: $5.\n', { wording }, 'support-free'), [SUPPORT + 'Fee: Free to attend. Tea and biscuits provided.\n']);
    // Inserted below the paragraph that says what the group is not.
    assert.deepEqual(suggestedWith('---\ngroup: support\n---\n# Circle\n\nThis is not therapy.\n', { wording }, 'support-free'), [
      '---\ngroup: support\n---\n# Circle\n\nThis is not therapy.\n\nFree to attend. Tea and biscuits provided.\n',
    ]);
  });

  it('referral', () => {
    const out = suggestedWith(
      SUPPORT + 'Free. Book a consult with me.\n',
      { wording: { referral: 'Ask us for names of local therapists.' } },
      'support-no-client-recruitment',
    );
    assert.deepEqual(out, [SUPPORT + 'Free. Ask us for names of local therapists.\n', SUPPORT + 'Free.\n']);
  });

  it('therapyStatement and confidentiality', () => {
    const text = THERAPY + 'Weekly.\n';
    assert.equal(
      fixedWith(text, { wording: { therapyStatement: 'This group is psychotherapy.' } }, 'therapy-statement'),
      THERAPY + 'This group is psychotherapy.\n\nWeekly.\n',
    );
    assert.deepEqual(suggestedWith(text, { wording: { confidentiality: 'Privacy has limits; ask us.' } }, 'therapy-confidentiality'), [
      THERAPY + 'Privacy has limits; ask us.\n\nWeekly.\n',
    ]);
    // Below the practice's own therapy statement, so that statement stays first.
    const stated = THERAPY + 'This group is psychotherapy.\n\nWeekly.\n';
    assert.deepEqual(
      suggestedWith(
        stated,
        { wording: { therapyStatement: 'This group is psychotherapy.', confidentiality: 'Privacy has limits; ask us.' } },
        'therapy-confidentiality',
      ),
      [THERAPY + 'This group is psychotherapy.\n\nPrivacy has limits; ask us.\n\nWeekly.\n'],
    );
  });

  it('the configured wording, once present, satisfies the rule', () => {
    const disclaimer = 'We are neighbours helping neighbours.';
    assert.deepEqual(rulesOf(`---\ngroup: support\n---\n# Circle\n\n${disclaimer} Free.\n`, { wording: { disclaimer } }), []);
  });

  it('blank wording keeps the default', () => {
    const config = withConfig({ wording: { disclaimer: '   ' } });
    assert.equal(config.wording.disclaimer, defaultConfig().wording.disclaimer);
  });

  it('wording text is inserted as it is, never interpreted', () => {
    const disclaimer = 'Not therapy. $1 ${name} $& \\n `code`';
    const out = fixedWith('---\ngroup: support\n---\n# Circle\n\nFree.\n', { wording: { disclaimer } }, 'support-disclaimer');
    assert.ok(out.includes(`\n\n${disclaimer}\n\n`), out);
  });
});

describe('config: phrases', () => {
  it('an extra phrase triggers a rule', () => {
    const text = SUPPORT + 'Free. We use coloring pages each week.\n';
    assert.deepEqual(rulesOf(text), []);
    assert.deepEqual(rulesOf(text, { phrases: { 'support-no-clinical-activities': ['coloring pages'] } }), ['support-no-clinical-activities:warning']);
  });

  it("an extra phrase for support-facilitator-role presents the leader as doing therapy, as the rule's own words do", () => {
    const text = SUPPORT + 'Free. Our host Dana keeps the circle on track and offers clinical guidance each week.\n';
    assert.deepEqual(rulesOf(text), []);
    assert.deepEqual(rulesOf(text, { phrases: { 'support-facilitator-role': ['offers clinical guidance'] } }), ['support-facilitator-role:information']);
  });

  it('an extra phrase counts as a missing statement being present', () => {
    const text = '---\ngroup: support\n---\n# Circle\n\nFree. We are a peer circle for widowed parents.\n';
    assert.ok(rulesOf(text).includes('support-disclaimer:warning'));
    assert.ok(!rulesOf(text, { phrases: { 'support-disclaimer': ['a peer circle'] } }).includes('support-disclaimer:warning'));
  });

  it('regex-looking text is literal: "(a+)+$" matches itself, not "aaa"', () => {
    const phrases = { 'support-no-clinical-activities': ['(a+)+$'] };
    assert.deepEqual(rulesOf(SUPPORT + 'Free. Members bring (a+)+$ each week.\n', { phrases }), ['support-no-clinical-activities:warning']);
    const started = Date.now();
    assert.deepEqual(rulesOf(SUPPORT + `Free. ${'a'.repeat(5000)}! and ${'a'.repeat(40)}\n`, { phrases }), []);
    assert.ok(Date.now() - started < 2000, 'no catastrophic backtracking');
  });

  it('"." "*" "[a-z]" "|" are literal too', () => {
    const phrases = { 'support-no-clinical-activities': ['a.b', '[a-z]*', 'x|y'] };
    assert.deepEqual(rulesOf(SUPPORT + 'Free. We do axb, abc and x or y.\n', { phrases }), []);
    assert.deepEqual(rulesOf(SUPPORT + 'Free. We do [a-z]* daily.\n', { phrases }), ['support-no-clinical-activities:warning']);
    assert.deepEqual(rulesOf(SUPPORT + 'Free. We do x|y daily.\n', { phrases }), ['support-no-clinical-activities:warning']);
  });

  it('case, runs of spaces and line breaks, curly quotes do not matter', () => {
    const phrases = { 'support-no-clinical-activities': ["members' journal prompts"] };
    assert.deepEqual(rulesOf(SUPPORT + 'Free. We share MEMBERS’   JOURNAL\nprompts.\n', { phrases }), ['support-no-clinical-activities:warning']);
  });

  it('a negated phrase, or one in code, a link target or the front matter, does not trigger', () => {
    const phrases = { 'support-no-clinical-activities': ['coloring pages'] };
    assert.deepEqual(rulesOf(SUPPORT + 'Free. No coloring pages, ever.\n', { phrases }), []);
    assert.deepEqual(rulesOf(SUPPORT + 'Free. `coloring pages` [art](https://example.org/coloring-pages)\n\n```\ncoloring pages\n```\n', { phrases }), []);
    assert.deepEqual(rulesOf('---\ngroup: support\nextra: coloring pages\n---\n# Circle\n\nThis is not therapy. Free.\n', { phrases }), []);
  });

  it('phrases add up across layers; severities are replaced', () => {
    const a = mergeConfig(defaultConfig(), { phrases: { 'support-free': ['membership dues'] }, rules: { 'support-free': 'error' } });
    const b = mergeConfig(a, { phrases: { 'support-free': ['annual levy'] }, rules: { 'support-free': 'hint' } });
    assert.deepEqual(b.phrases['support-free'], ['membership dues', 'annual levy']);
    assert.equal(b.rules['support-free'], 'hint');
  });
});

describe('config: kinds globs', () => {
  const UNCLEAR = '# Tuesday Night Group\n\nA place to talk about grief with others who understand. Room 2, 7 pm.\n';
  const cases: Array<[string, string, string, string | null]> = [
    ['flyers/support/**', 'flyers/support/a.md', 'support', 'support'],
    ['flyers/support/**', 'flyers/support/2025/a.md', 'support', 'support'],
    ['flyers/support/**', 'other/flyers/support/a.md', 'support', null],
    ['flyers/support/**', 'flyers\\support\\a.md', 'support', 'support'],
    ['*-support.md', 'x/y/grief-support.md', 'support', 'support'],
    ['*-support.md', 'x/y/grief-therapy.md', 'support', null],
    ['{a,c}/*.md', 'c/b.md', 'therapy', 'therapy'],
    ['{a,c}/*.md', 'd/b.md', 'therapy', null],
    ['g?.md', 'g1.md', 'therapy', 'therapy'],
    ['g?.md', 'g10.md', 'therapy', null],
    ['flyers/a.b.md', 'flyers/axb.md', 'support', null],
    ['grupos/apoyo/**', 'grupos/apoyo/círculo 🙂.md', 'support', 'support'],
  ];
  for (const [pattern, path, kind, want] of cases) {
    it(`${pattern} ${want ? 'maps' : 'does not map'} ${path}`, () => {
      const r = lint(UNCLEAR, { path, config: withConfig({ kinds: { [pattern]: kind as 'support' } }) });
      assert.equal(r.kind, want);
      assert.equal(r.kindSource, want ? 'config' : null);
    });
  }

  it('front matter beats a glob', () => {
    const r = lint('---\ngroup: therapy\n---\n' + UNCLEAR, { path: 'flyers/support/a.md', config: withConfig({ kinds: { 'flyers/support/**': 'support' } }) });
    assert.equal(r.kind, 'therapy');
    assert.equal(r.kindSource, 'front-matter');
  });

  it('patterns in a config file are relative to its folder', () => {
    const files: Record<string, string> = { '/ws/.grouplintrc.json': '{ "kinds": { "flyers/support/**": "support" }, "rules": { "support-free": "off" } }' };
    const found = configFor('/ws/flyers/support/a.md', { read: (p) => files[p] });
    assert.equal(found.file, '/ws/.grouplintrc.json');
    assert.deepEqual(found.issues, []);
    const r = lint(UNCLEAR, { path: '/ws/flyers/support/a.md', config: found.config });
    assert.equal(r.kind, 'support');
    assert.deepEqual(
      r.problems.map((p) => p.rule),
      ['support-disclaimer'],
    );
    assert.equal(lint(UNCLEAR, { path: '/elsewhere/flyers/support/a.md', config: found.config }).kind, null);
  });
});

describe('config: parseConfigText faults', () => {
  const at = (text: string, offset: number) => {
    const p = toLineColumn(text, offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const parse = (text: string) => parseConfigText(text, RULE_IDS);

  it('a valid file has no issues', () => {
    const r = parse(
      '{ "rules": { "support-free": "error" }, "kinds": { "a/**": "support" }, "wording": { "free": "Free." }, "phrases": { "support-free": ["dues"] }, "ignore": ["drafts/**"] }',
    );
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.config, {
      rules: { 'support-free': 'error' },
      kinds: { 'a/**': 'support' },
      wording: { free: 'Free.' },
      phrases: { 'support-free': ['dues'] },
      ignore: ['drafts/**'],
    });
  });

  it('not JSON: one error at the fault, defaults used', () => {
    const text = '{\n  "rules": {\n    "support-free" "error"\n  }\n}';
    const r = parse(text);
    assert.deepEqual(r.config, {});
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0].severity, 'error');
    assert.equal(
      r.issues[0].message,
      'Not valid JSON: expected a colon after the name on line 3, column 20 (found "error"). grouplint uses the defaults until this is fixed.',
    );
    assert.equal(at(text, r.issues[0].start), '3:20');
  });

  it('plain text and an empty file', () => {
    assert.match(parse('not json').issues[0].message, /Not valid JSON/);
    assert.equal(parse('').issues.length, 1);
  });

  it('comments and trailing commas are accepted (JSONC, as VS Code settings)', () => {
    assert.deepEqual(parse('// team settings\n{ "rules": { "support-free": "error" } }').issues, []);
    const r = parse('{\n  /* strict */ "rules": { "support-free": "error", },\n  "ignore": ["drafts/**",], // skip drafts\n}');
    assert.deepEqual(r, { config: { rules: { 'support-free': 'error' }, ignore: ['drafts/**'] }, issues: [] });
    for (const empty of ['', '  \n', '// only a comment\n', '/* nothing */']) {
      const issue = { message: 'The config file is empty; grouplint uses the defaults.', start: 0, end: 0, severity: 'warning' };
      assert.deepEqual(parse(empty), { config: {}, issues: [issue] }, empty);
    }
  });

  it('parse faults read as plain words with line and column, at the fault', () => {
    const QUOTES = 'names and texts go in double quotes; true, false and null are spelled in full';
    const cases: Array<[string, string, string]> = [
      [
        '{\n  "rules": {\n    "support-free": "off"\n    "therapy-fee": "off"\n  }\n}',
        'expected a comma after the value on line 4, column 5 (found "therapy-fee")',
        '"therapy-fee"',
      ],
      ['not json', `"not" is not valid JSON on line 1, column 1 (${QUOTES})`, 'not'],
      ['{ rules: {} }', `"rules" is not valid JSON on line 1, column 3 (${QUOTES})`, 'rules'],
      ['{ "rules": ', 'expected a value on line 1, column 12 (the file ends there)', ''],
      ['{ "ignore": ["a" }', 'expected a comma after the value on line 1, column 18 (found "}")', '}'],
      ['{ "ignore": [1, 2 }', 'expected a comma after the value on line 1, column 19 (found "}")', '}'],
      ['{ "rules": {} } }', 'expected the end of the file after the closing brace on line 1, column 17 (found "}")', '}'],
      ['{ "rules": {}, , }', 'expected a setting name in double quotes on line 1, column 16 (found ",")', ','],
      ['{\n  /* no end', 'a /* comment that is never closed with */ on line 2, column 3', '/* no end'],
      ['{ "ignore": ["drafts\n"] }', 'a text in double quotes that is not closed before the line ends on line 1, column 14', '"drafts'],
      ['{ "ignore": ["a\\qb"] }', 'a backslash before a letter JSON does not know (write \\\\ for a backslash) on line 1, column 14', '"a\\qb"'],
    ];
    for (const [text, words, there] of cases) {
      const r = parse(text);
      assert.equal(r.issues.length, 1, text);
      assert.equal(r.issues[0].message, `Not valid JSON: ${words}. grouplint uses the defaults until this is fixed.`, text);
      assert.ok(!/[A-Z][a-z]+[A-Z]/.test(r.issues[0].message), `no parser codes such as CommaExpected: ${r.issues[0].message}`);
      // The issue covers the text at fault (one character past the end when the file ends early).
      if (there) assert.equal(text.slice(r.issues[0].start, r.issues[0].end), there, text);
      else assert.deepEqual([r.issues[0].start, r.issues[0].end], [text.length, text.length + 1]);
    }
  });

  it('offsets and line numbers of faults stay right with comments, trailing commas, a BOM and CRLF', () => {
    const body = '// ours\r\n{\r\n  /* a */ "rules": { "support-fre": "error", },\r\n  "kinds": { "x/**": "peer", }, // b\r\n}\r\n';
    for (const text of [body, '\uFEFF' + body]) {
      const r = parse(text);
      assert.deepEqual(
        r.issues.map((i) => [at(text.replace(/^\uFEFF/, ''), i.start - (text.length - body.length)), text.slice(i.start, i.end)]),
        [
          ['3:22', '"support-fre"'],
          ['4:22', '"peer"'],
        ],
      );
    }
    const broken = '\uFEFF// ours\n{ "rules": { "support-free": "off" "therapy-fee": "off" } }';
    const r = parse(broken);
    assert.equal(broken.slice(r.issues[0].start, r.issues[0].end), '"therapy-fee"');
    assert.match(r.issues[0].message, /on line 2, column 36 /);
  });

  it('ESLint severity spellings: warn, info, 0, 1, 2 mean warning, information, off, warning, error', () => {
    const r = parse('{ "rules": { "support-free": "warn", "therapy-fee": "info", "kind-conflict": 0, "declare-kind": 1, "kind-unknown": 2 } }');
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.config.rules, {
      'support-free': 'warning',
      'therapy-fee': 'information',
      'kind-conflict': 'off',
      'declare-kind': 'warning',
      'kind-unknown': 'error',
    });
    const text = SUPPORT + 'The fee is $5.\n';
    assert.deepEqual(rulesOf(text, parse('{ "rules": { "support-free": 2 } }').config), ['support-free:error']);
    assert.deepEqual(rulesOf(text, parse('{ "rules": { "support-free": 0 } }').config), []);
    // In front matter (YAML gives numbers and words) and in editor-style values alike.
    const withFrontMatter = (severity: string) =>
      `---\ngroup: support\ngrouplint:\n  rules:\n    support-free: ${severity}\n---\n# Circle\n\nThis is not therapy. The fee is $5.\n`;
    assert.deepEqual(rulesOf(withFrontMatter('2')), ['support-free:error']);
    assert.deepEqual(rulesOf(withFrontMatter('info')), ['support-free:information']);
    assert.deepEqual(rulesOf(withFrontMatter('0')), []);
    assert.deepEqual(checkConfigValue({ rules: { 'support-free': 'warn', 'therapy-fee': 0 } }, RULE_IDS), {
      config: { rules: { 'support-free': 'warning', 'therapy-fee': 'off' } },
      messages: [],
    });
    assert.equal(toSeverity('warning'), 'warning');
    assert.equal(toSeverity('1'), undefined, 'numbers only as numbers, as in ESLint');
  });

  it('a severity that is not accepted: the message says which one it probably means', () => {
    const guesses: Array<[unknown, string | undefined]> = [
      ['err', 'error'],
      ['Error', 'error'],
      ['WARN', 'warning'],
      ['warnings', 'warning'],
      ['inform', 'information'],
      ['note', 'information'],
      ['suggestion', 'hint'],
      ['none', 'off'],
      [false, 'off'],
      ['2', 'error'],
      [3, undefined],
      ['loud', undefined],
    ];
    for (const [value, guess] of guesses) {
      assert.equal(guessSeverity(value), guess, String(value));
      const { messages } = checkConfigValue({ rules: { 'support-free': value } }, RULE_IDS);
      assert.equal(messages.length, 1);
      const list = "a severity is one of: off, hint, information, warning, error (also warn, info, and ESLint's numbers: 0 = off, 1 = warning, 2 = error).";
      assert.ok(messages[0].includes(list), messages[0]);
      assert.equal(messages[0].endsWith(` Did you mean "${guess}"?`), !!guess, messages[0]);
    }
    const fm = lint('---\ngroup: support\ngrouplint:\n  rules:\n    support-free: fatal\n---\n# Circle\n\nThis is not therapy. The fee is $5.\n').problems;
    assert.deepEqual(
      fm.map((p) => p.rule),
      ['grouplint', 'support-free'],
    );
    assert.match(fm[0].message, /^In the front matter "grouplint:" settings: "rules\.support-free" is "fatal"; .* Did you mean "error"\?$/);
  });

  it('an unknown rule id: "Did you mean", at the key, valid rest applied', () => {
    const text = '{\n  "rules": {\n    "support-fre": "error",\n    "therapy-fee": "off"\n  }\n}';
    const r = parse(text);
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0].message, 'Unknown rule id "support-fre". Did you mean "support-free"?');
    assert.equal(text.slice(r.issues[0].start, r.issues[0].end), '"support-fre"');
    assert.equal(at(text, r.issues[0].start), '3:5');
    assert.deepEqual(r.config.rules, { 'therapy-fee': 'off' });
  });

  it('an unknown id far from every rule gets no guess', () => {
    const r = parse('{ "rules": { "totally-unrelated-name-here": "error" } }');
    assert.ok(!/Did you mean/.test(r.issues[0].message), r.issues[0].message);
  });

  it('an unknown rule id under phrases', () => {
    const r = parse('{ "phrases": { "support-fee": ["dues"] } }');
    assert.match(r.issues[0].message, /Did you mean "support-free"/);
  });

  it('wrong types: each reported at its value, with line and column; the rest applies', () => {
    const text = [
      '{',
      '  "rules": { "support-free": "eror", "therapy-fee": "off" },',
      '  "kinds": { "a/**": "peer", "b/**": "therapy" },',
      '  "wording": { "disclaimer": 5, "free": "Free!" },',
      '  "phrases": { "support-free": "dues" },',
      '  "ignore": "drafts",',
      '  "colour": "blue"',
      '}',
    ].join('\n');
    const r = parse(text);
    const got = r.issues.map((i) => [at(text, i.start), text.slice(i.start, i.end)]);
    assert.deepEqual(got, [
      ['2:30', '"eror"'],
      ['3:22', '"peer"'],
      ['4:30', '5'],
      ['5:32', '"dues"'],
      ['6:13', '"drafts"'],
      ['7:3', '"colour"'],
    ]);
    assert.match(r.issues[0].message, /severity is one of: off, hint, information, warning, error/);
    assert.match(r.issues[1].message, /"support" or "therapy"/);
    assert.match(r.issues[2].message, /non-empty text/);
    assert.match(r.issues[3].message, /list of texts/);
    assert.match(r.issues[4].message, /list of glob patterns/);
    assert.match(r.issues[5].message, /Unknown setting "colour"/);
    assert.ok(r.issues.every((i) => i.severity === 'error'));
    assert.deepEqual(r.config, { rules: { 'therapy-fee': 'off' }, kinds: { 'b/**': 'therapy' }, wording: { free: 'Free!' }, phrases: {} });
  });

  it('the valid rest of a faulty file changes linting', () => {
    const r = parse('{ "rules": { "support-fre": "error", "support-free": "off" } }');
    assert.equal(r.issues.length, 1);
    assert.deepEqual(lint(SUPPORT + 'The fee is $5.\n', { config: mergeConfig(defaultConfig(), r.config) }).problems, []);
  });

  it('a top-level list or a non-object "rules"', () => {
    assert.match(parse('[1, 2]').issues[0].message, /JSON object/);
    const text = '{ "rules": "error" }';
    const r = parse(text);
    assert.equal(text.slice(r.issues[0].start, r.issues[0].end), '"error"');
  });

  it('offsets account for a BOM', () => {
    const text = '\uFEFF{ "rules": { "supportfree": "error" } }';
    const r = parse(text);
    assert.equal(text.slice(r.issues[0].start, r.issues[0].end), '"supportfree"');
    assert.match(r.issues[0].message, /Did you mean "support-free"/);
  });

  it('a CRLF file reports lines right', () => {
    const text = '{\r\n  "rules": {\r\n    "support-free": "loud"\r\n  }\r\n}\r\n';
    const r = parse(text);
    assert.equal(at(text, r.issues[0].start), '3:21');
  });

  it('an oversized file is refused with the defaults', () => {
    const r = parse(`{ "ignore": ["${'x'.repeat(1024 * 1024)}"] }`);
    assert.deepEqual(r.config, {});
    assert.match(r.issues[0].message, /KB/);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '{',
      '}',
      'null',
      '"x"',
      '{"rules": null}',
      '{"rules": {"support-free": null}}',
      '{"__proto__": {"x": 1}}',
      '{"kinds": {"**": ["support"]}}',
    ]) {
      const r = parse(text);
      assert.ok(Array.isArray(r.issues));
      assert.equal(typeof r.config, 'object');
    }
  });
});
