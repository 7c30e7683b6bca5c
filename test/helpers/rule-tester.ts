// A table harness for grouplint rules, in the manner of ESLint's RuleTester and
// markdownlint's fix checks.
//
//   ruleTable('support-free', {
//     valid: [{ text: '# Circle\n\nFree to attend.', kind: 'support' }],
//     invalid: [{ text: '...', kind: 'support', errors: [{ line: 3 }], output: '...' }],
//   });
//
// A case's `kind` prepends front matter (`---\ngroup: <kind>\n---\n`, in the text's
// own line endings, after a BOM) unless the text already opens with front matter.
// Lines, columns and `output` always refer to the case text as written: the
// prepended front matter is taken off again before comparing.
//
// For every invalid case the harness compares only the problems of the rule under
// test (their number must match exactly), then checks each fix and suggestion:
// - the edits a rule offers are asserted whole: a rule whose meta says `fixable` must
//   state `output` in every invalid case, one whose meta says `hasSuggestions` must state
//   `suggestions`; a rule that declares neither may offer neither;
// - `output` is the whole text after applying every fix of this rule (null: no fix);
// - in a case that states its `output`, applying one fix removes that problem, and
//   the fixed document has nothing fixable left for this rule;
// - `suggestions` is the whole text after each suggestion, and each one removes its problem;
// - no fix or suggestion changes text outside its edit ranges, produces bare LF
//   edits in a CRLF document, or splits a CRLF pair or a surrogate pair;
// - a snippet edit says the same as its plain text (tab stops = bracketed blanks).
import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes, lint, mergeConfig, defaultConfig, RULES_BY_ID, toLineColumn } from '../../server/src/engine';
import type { Edit, Fix, Kind, LintResult, PartialConfig, Problem } from '../../server/src/engine';

export interface Case {
  name?: string;
  text: string;
  config?: PartialConfig;
  kind?: Kind;
  /** Document path, for config `kinds` globs. */
  path?: string;
  /**
   * The kind the engine must resolve. By default a valid case of a kind-specific rule
   * must resolve to that rule's kind (so a pass is never only the rule not running);
   * give `null` for a case that is meant to be silent as non-group material.
   */
  expectKind?: Kind | null;
}

export interface ExpectedError {
  /** 1-based line in the case text. */
  line?: number;
  /** 1-based column (UTF-16 units) in the case text. */
  column?: number;
  messageIncludes?: string;
  severity?: Problem['severity'];
  /** The exact source text the problem points at. */
  source?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
  /** The whole text after applying every fix of this rule; null when there is none. */
  output?: string | null;
  /** The whole text after applying each suggestion of this rule, in problem order. */
  suggestions?: string[];
}

export interface Table {
  valid: Case[];
  invalid: InvalidCase[];
}

const BOM = '\uFEFF';

/** The document the engine sees for a case, and how to map it back. */
export interface Prepared {
  doc: string;
  /** Offset in `doc` where prepended front matter starts (after a BOM). */
  at: number;
  /** The prepended text ('' if none). */
  prefix: string;
}

export function prepare(c: Pick<Case, 'text' | 'kind'>): Prepared {
  const bom = c.text.startsWith(BOM) ? 1 : 0;
  const body = c.text.slice(bom);
  if (!c.kind || /^---[ \t]*\r?\n/.test(body)) return { doc: c.text, at: bom, prefix: '' };
  const eol = /\r\n/.test(c.text) ? '\r\n' : '\n';
  const prefix = `---${eol}group: ${c.kind}${eol}---${eol}`;
  return { doc: c.text.slice(0, bom) + prefix + body, at: bom, prefix };
}

/** Take the prepended front matter off a (fixed) document again. */
export function unprepare(p: Prepared, fixed: string): string {
  if (!p.prefix) return fixed;
  const head = fixed.slice(0, p.at);
  return fixed.startsWith(p.prefix, p.at) ? head + fixed.slice(p.at + p.prefix.length) : fixed;
}

export function lintCase(c: Case): { prepared: Prepared; result: LintResult } {
  const prepared = prepare(c);
  const config = c.config ? mergeConfig(defaultConfig(), c.config) : undefined;
  return { prepared, result: lint(prepared.doc, { path: c.path, config }) };
}

function relint(c: Case, doc: string): LintResult {
  const config = c.config ? mergeConfig(defaultConfig(), c.config) : undefined;
  return lint(doc, { path: c.path, config });
}

/** 1-based line and column of a document offset, in the case text. */
export function position(p: Prepared, offset: number): { line: number; column: number } {
  const original = offset >= p.at + p.prefix.length ? offset - p.prefix.length : Math.min(offset, p.at);
  const text = p.doc.slice(0, p.at) + p.doc.slice(p.at + p.prefix.length);
  const { line, character } = toLineColumn(text, original);
  const bomShift = line === 0 && text.startsWith(BOM) && original > 0 ? 1 : 0;
  return { line: line + 1, column: character + 1 - bomShift };
}

function describeProblems(p: Prepared, problems: Problem[]): string {
  if (!problems.length) return '(none)';
  return problems
    .map((x) => {
      const { line, column } = position(p, x.start);
      return `  ${line}:${column} ${x.rule} ${x.severity} ${JSON.stringify(p.doc.slice(x.start, x.end))} ${x.message}`;
    })
    .join('\n');
}

/** Structural checks every problem must pass, whatever the rule. */
export function checkProblemShape(doc: string, x: Problem): void {
  assert.ok(Number.isInteger(x.start) && Number.isInteger(x.end), 'offsets are integers');
  assert.ok(x.start >= 0 && x.start <= x.end && x.end <= doc.length, `range ${x.start}-${x.end} inside the document`);
  assert.ok(x.message.trim().length > 10, 'a message');
  assert.ok(['hint', 'information', 'warning', 'error'].includes(x.severity), `severity ${x.severity}`);
  if (RULES_BY_ID.has(x.rule)) assert.ok(x.docsUrl.endsWith(`docs/rules/${x.rule}.md`), x.docsUrl);
}

/** Checks on a fix or suggestion's edits, and the text it produces. */
export function checkFixShape(doc: string, fix: Fix, what: string): string {
  assert.ok(fix.title.trim().length > 3, `${what}: has a title`);
  assert.ok(fix.edits.length > 0, `${what}: has edits`);
  const crlf = /\r\n/.test(doc) && !/(^|[^\r])\n/.test(doc);
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let last = -1;
  for (const e of sorted) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= doc.length, `${what}: edit ${e.start}-${e.end} inside the document`);
    assert.ok(e.start >= last, `${what}: edits do not overlap`);
    last = e.end;
    for (const at of [e.start, e.end]) {
      assert.ok(!(doc[at - 1] === '\r' && doc[at] === '\n'), `${what}: edit boundary ${at} does not split a CRLF`);
      assert.ok(
        !(/[\uD800-\uDBFF]/.test(doc[at - 1] ?? '') && /[\uDC00-\uDFFF]/.test(doc[at] ?? '')),
        `${what}: edit boundary ${at} does not split a surrogate pair`,
      );
    }
    if (crlf) assert.ok(!/(^|[^\r])\n/.test(e.text), `${what}: inserts CRLF line endings into a CRLF document: ${JSON.stringify(e.text)}`);
    else assert.ok(!/\r/.test(e.text), `${what}: inserts no CR into an LF document: ${JSON.stringify(e.text)}`);
    if (e.snippet !== undefined) checkSnippet(e, what);
  }
  const out = applyEdits(doc, fix.edits);
  // Nothing outside the edits changes: the prefix before the first edit and the suffix
  // after the last one are byte-identical, and so is every stretch between edits.
  const first = sorted[0];
  const tail = sorted[sorted.length - 1];
  assert.equal(out.slice(0, first.start), doc.slice(0, first.start), `${what}: text before the first edit is unchanged`);
  assert.equal(out.slice(out.length - (doc.length - tail.end)), doc.slice(tail.end), `${what}: text after the last edit is unchanged`);
  let expected = '';
  let pos = 0;
  for (const e of sorted) {
    expected += doc.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  assert.equal(out, expected + doc.slice(pos), `${what}: only the edit ranges change`);
  return out;
}

/** A snippet edit is the plain edit with tab stops where the bracketed blanks are. */
function checkSnippet(e: Edit, what: string): void {
  const snippet = e.snippet!;
  assert.match(snippet, /\$\{1:[^}]+\}/, `${what}: snippet has a first tab stop`);
  const plain = snippet.replace(/\$\{\d+:([^}]*)\}/g, '[$1]').replace(/\\([$}\\])/g, '$1');
  assert.equal(plain, e.text, `${what}: snippet and plain text say the same`);
}

function ofRule(result: LintResult, ruleId: string): Problem[] {
  return result.problems.filter((x) => x.rule === ruleId);
}

function title(c: Case, i: number, kind: string): string {
  const t = c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 70);
  return `${kind} #${i + 1}: ${t}`;
}

export function ruleTable(ruleId: string, table: Table): void {
  const rule = RULES_BY_ID.get(ruleId);
  describe(ruleId, () => {
    it('is a known rule', () => {
      assert.ok(rule, `no rule module for ${ruleId}`);
    });

    describe('valid', () => {
      table.valid.forEach((c, i) => {
        it(title(c, i, 'valid'), () => {
          const { prepared, result } = lintCase(c);
          for (const x of result.problems) checkProblemShape(prepared.doc, x);
          const mine = ofRule(result, ruleId);
          assert.equal(mine.length, 0, `expected no ${ruleId} problems, got:\n${describeProblems(prepared, mine)}`);
          const wantKind = c.expectKind !== undefined ? c.expectKind : rule && rule.meta.kind !== 'any' ? rule.meta.kind : undefined;
          if (wantKind !== undefined) assert.equal(result.kind, wantKind, `document kind (so the case tests the rule, not its absence)`);
        });
      });
    });

    describe('invalid', () => {
      table.invalid.forEach((c, i) => {
        it(title(c, i, 'invalid'), () => {
          assert.ok(c.errors.length > 0, 'an invalid case names at least one error');
          const { prepared, result } = lintCase(c);
          if (c.expectKind !== undefined) assert.equal(result.kind, c.expectKind, 'document kind');
          for (const x of result.problems) checkProblemShape(prepared.doc, x);
          const mine = ofRule(result, ruleId);
          assert.equal(mine.length, c.errors.length, `number of ${ruleId} problems; got:\n${describeProblems(prepared, mine)}`);
          c.errors.forEach((want, k) => {
            const got = mine[k];
            const pos = position(prepared, got.start);
            const where = `error ${k + 1} (${describeProblems(prepared, [got]).trim()})`;
            if (want.line !== undefined) assert.equal(pos.line, want.line, `${where}: line`);
            if (want.column !== undefined) assert.equal(pos.column, want.column, `${where}: column`);
            if (want.messageIncludes !== undefined)
              assert.ok(got.message.includes(want.messageIncludes), `${where}: message includes ${JSON.stringify(want.messageIncludes)}`);
            if (want.severity !== undefined) assert.equal(got.severity, want.severity, `${where}: severity`);
            if (want.source !== undefined) assert.equal(prepared.doc.slice(got.start, got.end), want.source, `${where}: source text`);
          });

          // What the rule offers, asserted whole, and held to its meta.
          if (rule?.meta.fixable) assert.ok(c.output !== undefined, `${ruleId} is fixable: the case states its output (null when no fix is offered)`);
          else
            assert.ok(
              mine.every((x) => !x.fix),
              `${ruleId} is not fixable, yet offers a fix`,
            );
          if (rule?.meta.hasSuggestions) assert.ok(c.suggestions !== undefined, `${ruleId} has suggestions: the case states them ([] when none is offered)`);
          else
            assert.ok(
              mine.every((x) => !x.suggestions?.length),
              `${ruleId} declares no suggestions, yet offers some`,
            );

          // Fixes of this rule.
          const fixable = mine.filter((x) => x.fix);
          for (const x of fixable) {
            const what = `fix "${x.fix!.title}"`;
            const once = checkFixShape(prepared.doc, x.fix!, what);
            // A fix case (one that states its output) also checks that each fix removes its problem.
            if (typeof c.output !== 'string') continue;
            const after = ofRule(relint(c, once), ruleId);
            assert.ok(after.length < mine.length, `${what} removes its problem; still:\n${describeProblems({ ...prepared, doc: once }, after)}`);
          }
          if (c.output !== undefined) {
            if (c.output === null) {
              assert.equal(fixable.length, 0, `expected no fix, got: ${fixable.map((x) => x.fix!.title).join('; ')}`);
            } else {
              assert.ok(fixable.length > 0, 'expected a fix');
              const fixed = applyFixes(prepared.doc, mine);
              assert.equal(unprepare(prepared, fixed.text), c.output, 'the whole text after applying the fixes');
              const left = ofRule(relint(c, fixed.text), ruleId).filter((x) => x.fix);
              assert.equal(left.length, 0, `nothing fixable is left for ${ruleId}; still:\n${describeProblems({ ...prepared, doc: fixed.text }, left)}`);
            }
          }

          // Suggestions of this rule: each one, applied on its own, settles its problem.
          const suggested = mine.flatMap((x) => x.suggestions ?? []);
          const outs = suggested.map((s, k) => {
            const what = `suggestion ${k + 1} "${s.title}"`;
            const once = checkFixShape(prepared.doc, s, what);
            const after = ofRule(relint(c, once), ruleId);
            assert.ok(after.length < mine.length, `${what} removes its problem; still:\n${describeProblems({ ...prepared, doc: once }, after)}`);
            return unprepare(prepared, once);
          });
          if (c.suggestions !== undefined) assert.deepEqual(outs, c.suggestions, 'the whole text after each suggestion');
        });
      });
    });
  });
}

/** Shorthand for a support-group flyer body: title, a line, and what a rule needs. */
export const lines = (...ls: string[]): string => ls.join('\n') + '\n';
export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
