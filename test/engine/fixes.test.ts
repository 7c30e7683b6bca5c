// Fixes people can trust. A fix (applied by `--fix`, fix all and fix on save) only states the
// document's own kind; everything else is a suggestion, applied by a person. These tests hold
// the rules to spec/RULES.md ("Fixes and suggestions"), check that `--fix` leaves a flyer's
// facts alone and leaves nothing fixable behind, and test the fix pipeline itself.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits,
  DEFAULT_WORDING,
  defaultConfig,
  describeChange,
  lint,
  mergeConfig,
  RULES,
  runFixes,
  selectFixes,
  type Problem,
} from '../../server/src/engine';
import { balancedMarkup } from '../../server/src/engine/fix';
import { check } from '../../server/src/cli/check';

const ROOT = path.join(__dirname, '..', '..');
const SPEC = fs.readFileSync(path.join(ROOT, 'spec', 'RULES.md'), 'utf8');

/**
 * What each rule offers, by spec/RULES.md: fixes only for the statements of the document's
 * own kind and a misspelt kind value; suggestions for every other edit of the rule tables'
 * "quick fix" column (and declare-kind's front matter, which kind-conflict offers too on an undeclared page naming both
 * kinds); none where the column says none.
 */
const OFFERS: Record<string, { fix: boolean; suggestions: boolean }> = {
  'support-disclaimer': { fix: true, suggestions: true }, // a suggestion when the kind is read from signals only
  'therapy-statement': { fix: true, suggestions: true }, // likewise
  'kind-unknown': { fix: true, suggestions: true }, // a fix for a misspelt kind, a choice of both otherwise
  'declare-kind': { fix: false, suggestions: true },
  'kind-conflict': { fix: false, suggestions: true }, // declaring the kind, as declare-kind offers, where none is and both are named
  'support-no-clinical-activities': { fix: false, suggestions: true },
  'support-free': { fix: false, suggestions: true },
  'support-no-therapy-claims': { fix: false, suggestions: false },
  'support-facilitator-role': { fix: false, suggestions: true },
  'support-no-records': { fix: false, suggestions: false },
  'support-no-client-recruitment': { fix: false, suggestions: true },
  'therapy-leader': { fix: false, suggestions: true },
  'therapy-peer-participation': { fix: false, suggestions: false },
  'therapy-fee': { fix: false, suggestions: true },
  'therapy-timeframe': { fix: false, suggestions: true },
  'therapy-confidentiality': { fix: false, suggestions: true },
  'therapy-dual-relationship': { fix: false, suggestions: false },
};

function specRow(id: string): string[] | undefined {
  const row = SPEC.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
  return row?.split('|').map((c) => c.trim());
}

const FOLDERS = ['examples', 'test/corpus/docs', 'test/holdout/docs', 'test/classes/docs'];
function corpus(): Array<{ name: string; path: string; text: string }> {
  return FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, folder))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ name: `${folder}/${f}`, path: `/work/${folder}/${f}`, text: fs.readFileSync(path.join(ROOT, folder, f), 'utf8').replace(/^\ufeff/, '') })),
  );
}

describe('fixes and suggestions: each rule offers what the spec allows', () => {
  it("the spec states the principle: only the kind's own statements and a misspelt kind are fixes", () => {
    const para = /\*\*Fixes and suggestions\*\*[\s\S]*?\n\n/.exec(SPEC)?.[0] ?? '';
    assert.match(
      para,
      /Only\s+edits that state the document's own kind \(the support disclaimer, the therapy statement\)\s+or correct a misspelt kind value are fixes/,
    );
    assert.match(para, /only when the kind comes from front matter,\s+configuration or the document naming itself/);
    assert.match(para, /No\s+statement is inserted when the document already makes it in other words/);
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    it(`${id}: fixable ${OFFERS[id]?.fix}, hasSuggestions ${OFFERS[id]?.suggestions}`, () => {
      assert.ok(OFFERS[id], `${id} is missing from this table`);
      assert.equal(rule.meta.fixable, OFFERS[id].fix, 'fixable');
      assert.equal(rule.meta.hasSuggestions, OFFERS[id].suggestions, 'hasSuggestions');
      // The spec's quick-fix column says "none required" exactly where a rule offers no edit.
      const row = specRow(id);
      if (row && row.length > 5) assert.equal(/none required/.test(row[4]), !OFFERS[id].fix && !OFFERS[id].suggestions, `spec row: ${row[4]}`);
    });
  }

  it('the fixes named by the spec are exactly those of the kind statements and the kind value', () => {
    assert.deepEqual(
      RULES.filter((r) => r.meta.fixable)
        .map((r) => r.meta.id)
        .sort(),
      ['kind-unknown', 'support-disclaimer', 'therapy-statement'],
    );
  });

  it('over the examples and corpora, every fix and suggestion comes from a rule that declares it', () => {
    for (const d of corpus()) {
      for (const p of lint(d.text, { path: d.path }).problems) {
        const meta = RULES.find((r) => r.meta.id === p.rule)?.meta;
        if (!meta) continue;
        if (p.fix) assert.ok(meta.fixable, `${d.name}: ${p.rule} offers a fix`);
        if (p.suggestions?.length) assert.ok(meta.hasSuggestions, `${d.name}: ${p.rule} offers suggestions`);
        // A fix inserts no blanks to fill and states nothing but the kind.
        if (p.fix)
          for (const e of p.fix.edits) assert.doesNotMatch(e.text, /\[[^\]]+\]|licensed|free|\$/i, `${d.name}: ${p.rule} fix ${JSON.stringify(e.text)}`);
      }
    }
  });

  it('the default therapy statement states the kind and nothing more (no leader, no licence)', () => {
    assert.doesNotMatch(DEFAULT_WORDING.therapyStatement, /led|licen[cs]ed|therapist|psycholog|counsel/i);
    assert.match(DEFAULT_WORDING.therapyStatement, /group therapy/i);
  });
});

describe("--fix leaves a flyer's facts alone", () => {
  const fix = (text: string, partial = {}) => check({ path: '/flyers/a.md', text, config: mergeConfig(defaultConfig(), partial), fix: true });
  const D = DEFAULT_WORDING.disclaimer;

  it('a price line, an activity sentence and an unstated cost survive --fix unchanged', () => {
    const price = '# Caregivers Support Group\n\nCost: $20 per session. Each month we hand out a worksheet to complete at home.\n';
    const out = fix(price);
    assert.equal(out.fixed, `# Caregivers Support Group\n\n${D}\n\nCost: $20 per session. Each month we hand out a worksheet to complete at home.\n`);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.rule, d.fixable, d.suggestions]),
      [
        ['support-free', false, ['Replace with the free-attendance wording']],
        ['support-no-clinical-activities', false, ['Remove this sentence']],
      ],
    );
    // A flyer that never states a cost gets no "free" line: it may not be free.
    const unstated = '---\ngroup: support\n---\n# Grief Circle\n\nThis is a peer support group, not therapy. Tuesdays at 7 pm.\n';
    const u = fix(unstated);
    assert.equal(u.fixed, undefined);
    assert.deepEqual(
      u.diagnostics.map((d) => [d.rule, d.fixable]),
      [['support-free', false]],
    );
  });

  it('"led by" said of group therapy in general is left as it is', () => {
    const text =
      '---\ngroup: support\n---\n# Grief Circle\n\nThis is a peer support group. Unlike group therapy, which is a clinical service led by a licensed therapist, we are hosted by members. Free.\n';
    assert.equal(fix(text).fixed, undefined);
  });

  it('a therapy flyer that explains confidentiality in its own words gets only its therapy statement, first under the title', () => {
    const text = [
      '# DBT Skills Group',
      '',
      'Learn skills for strong emotions. Led by Marisol Vega, LICSW. 16 Thursdays, starting January 15. $60 per meeting.',
      '',
      '**Privacy:** What members share is kept private within the group. Marisol keeps clinical records as the law requires.',
      '',
    ].join('\n');
    const out = fix(text);
    assert.equal(out.fixed, text.replace('# DBT Skills Group\n', `# DBT Skills Group\n\n${DEFAULT_WORDING.therapyStatement}\n`));
    assert.deepEqual(out.diagnostics, []);
  });

  it('no line with blanks to fill is inserted by --fix', () => {
    const out = fix('---\ngroup: therapy\n---\n# Anxiety Group\n\nThis is group therapy.\n');
    assert.equal(out.fixed, undefined);
    assert.deepEqual(
      out.diagnostics.map((d) => d.rule),
      ['therapy-confidentiality', 'therapy-fee', 'therapy-leader', 'therapy-timeframe'],
    );
    assert.ok(out.diagnostics.every((d) => !d.fixable && d.suggestions?.length === 1));
  });

  it('every problem marked fixable is gone after --fix, on every example and corpus document', () => {
    let fixedDocs = 0;
    for (const d of corpus()) {
      const before = lint(d.text, { path: d.path });
      const out = check({ path: d.path, text: d.text, config: defaultConfig(), fix: true });
      if (out.fixed !== undefined) fixedDocs++;
      // Every fix of the first lint was made (later passes may add more).
      assert.ok((out.fixes ?? 0) >= before.problems.filter((p) => p.fix).length, `${d.name}: a fix was left out`);
      assert.deepEqual(
        out.diagnostics.filter((x) => x.fixable),
        [],
        `${d.name}: still fixable after --fix`,
      );
      const again = lint(out.fixed ?? d.text, { path: d.path });
      assert.deepEqual(
        again.problems.filter((p) => p.fix).map((p) => p.rule),
        [],
        `${d.name}: a second lint finds a fix`,
      );
      // Nothing but the fixes changed: no suggestion slipped in.
      if (out.fixed !== undefined)
        for (const a of out.applied!) assert.ok(['support-disclaimer', 'therapy-statement', 'kind-unknown'].includes(a.rule), `${d.name}: ${a.rule}`);
    }
    assert.ok(fixedDocs >= 20, `only ${fixedDocs} documents had a fix`);
  });

  it("a statement the document already makes in other words is not inserted (the rule's own detection decides)", () => {
    for (const text of [
      '---\ngroup: support\n---\n# Circle\n\nWe are a peer group and not a clinical service. Free.\n',
      '---\ngroup: therapy\n---\n# Mood Group\n\nThis group is a form of psychotherapy, led by Dr. Ana Ruiz, PhD. Eight weeks, $40 a session. What you share stays in the group.\n',
    ]) {
      assert.equal(fix(text).fixed, undefined, text);
    }
  });
});

describe('the fix pipeline (runFixes)', () => {
  const P = (rule: string, start: number, end: number, text: string): Problem => ({
    rule,
    severity: 'warning',
    message: `${rule} message`,
    start,
    end,
    fix: { title: `${rule} fix`, edits: [{ start, end, text }] },
    docsUrl: '',
  });

  it('selects compatible fixes in problem order and inserts the same text once', () => {
    const a = P('a', 0, 4, 'ABCD');
    const clash = P('b', 2, 6, 'x');
    const ins = P('c', 10, 10, 'Hello');
    const same = P('d', 10, 10, 'Hello');
    const sugg: Problem = { ...P('e', 12, 12, 'no'), fix: undefined, suggestions: [{ title: 's', edits: [{ start: 12, end: 12, text: 'no' }] }] };
    assert.deepEqual(
      selectFixes([a, clash, ins, same, sugg]).map((p) => p.rule),
      ['a', 'c'],
    );
    assert.deepEqual(selectFixes([ins], new Set(['Hello'])), []);
  });

  it('repeats passes until nothing fixable is left; reports each fix where it was in the text as read', () => {
    // Pass 1 fixes the kind; pass 2 (with the kind declared) inserts its disclaimer.
    const text =
      '---\ngroup: suport\n---\n# Tuesday Evenings\n\nA circle for people who have lost a parent. Free, drop in any week, hosted by volunteers with lived experience. Tuesdays at 7 pm.\n';
    const first = lint(text);
    assert.deepEqual(
      first.problems.map((p) => [p.rule, !!p.fix]),
      [
        ['kind-unknown', true],
        ['support-disclaimer', false],
      ],
    );
    const run = runFixes(text, (t) => lint(t), first);
    assert.equal(run.passes.length, 2);
    assert.deepEqual(
      run.applied.map((a) => [a.problem.rule, text.slice(a.start, a.end), a.change]),
      [
        ['kind-unknown', 'suport', 'replaced "suport" with "support"'],
        ['support-disclaimer', '# Tuesday Evenings', `inserted "${DEFAULT_WORDING.disclaimer.slice(0, 71).trimEnd()}…"`],
      ],
    );
    assert.deepEqual(run.result.problems, []);
    // The run as edits of the text it started from: the fixes' own edits, which give the same text.
    assert.equal(applyEdits(text, run.edits), run.text);
    assert.deepEqual(
      run.edits.map((e) => e.text),
      ['support', `\n\n${DEFAULT_WORDING.disclaimer}`],
    );
  });

  it('stops a fix that keeps coming back after the passes allowed, and never inserts it twice', () => {
    let n = 0;
    const again = (t: string) => ({ problems: [P('loop', t.length, t.length, `line ${n++}\n`)] });
    const run = runFixes('start\n', again, undefined, 4);
    assert.equal(run.passes.length, 4);
    const same = () => ({ problems: [P('same', 0, 0, 'Top\n')] });
    const once = runFixes('start\n', same);
    assert.equal(once.text, 'Top\nstart\n');
    assert.equal(once.passes.length, 1);
  });

  it('describes changes in words', () => {
    assert.equal(describeChange('abc def', [{ start: 4, end: 7, text: 'xyz' }]), 'replaced "def" with "xyz"');
    assert.equal(describeChange('abc def', [{ start: 3, end: 7, text: '' }]), 'removed "def"');
    assert.equal(describeChange('abc', [{ start: 3, end: 3, text: '\n\nNew  line\n' }]), 'inserted "New line"');
  });
});

describe('edits keep the Markdown around them whole', () => {
  it('balancedMarkup tells open emphasis, code and links from closed ones', () => {
    for (const ok of ['plain text', '**bold** and *it*', '`code *`', '[link](x)', 'snake_case_word', '5 * 3', '<b>x</b>']) assert.ok(balancedMarkup(ok), ok);
    for (const bad of ['$20 per session**', '**open', '`code', 'text]', 'a [b', '<b']) assert.ok(!balancedMarkup(bad), bad);
  });

  it('every suggestion and fix over the examples and corpora leaves emphasis and links balanced in its paragraph', () => {
    for (const d of corpus()) {
      for (const p of lint(d.text, { path: d.path }).problems) {
        for (const f of [...(p.fix ? [p.fix] : []), ...(p.suggestions ?? [])]) {
          for (const e of f.edits) {
            const removed = d.text.slice(e.start, e.end);
            if (!/\n\s*\n/.test(removed)) assert.ok(balancedMarkup(removed), `${d.name}: ${p.rule} "${f.title}" cuts markup: ${JSON.stringify(removed)}`);
            assert.ok(balancedMarkup(e.text), `${d.name}: ${p.rule} "${f.title}" inserts open markup: ${JSON.stringify(e.text)}`);
          }
        }
      }
    }
  });
});
