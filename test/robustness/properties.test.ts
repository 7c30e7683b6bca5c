// Property-based tests over generated Markdown group materials (see arbitraries.ts): the
// engine never throws, its ranges and fixes respect the document, fixing settles and keeps
// line endings, and the engine, the CLI and the language server agree on every position.
// Deterministic: a fixed seed (FC_SEED to change it). FC_RUNS sets the runs of each engine
// property (default 150); the process-based property runs one batch of 20 documents per 50.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  applyEdits,
  applyFixes,
  defaultConfig,
  LineIndex,
  lint,
  mergeConfig,
  RULE_IDS,
  type Edit,
  type LintResult,
  type Problem,
} from '../../server/src/engine';
import { parseDocument } from '../../server/src/engine/parse';
import { readFrontMatter } from '../../server/src/engine/front-matter';
import { engineRuns, markdownDoc, SEED, severitiesFor, type GeneratedDoc } from './arbitraries';
import { cleanup, ensureBuilt, fileUri, LspClient, lspShape, runCli, shape, tmpDir, type JsonReport } from './helpers';

const ENGINE_RUNS = engineRuns();
const PROCESS_RUNS = Number(process.env.FC_PROCESS_RUNS ?? Math.max(1, Math.round(ENGINE_RUNS / 50)));
const BATCH = 20;
const params = (numRuns: number) => ({ seed: SEED, numRuns, verbose: 1 as const });

/** Is `o` a place where no range may begin or end (inside a surrogate pair or a CRLF)? */
function splits(text: string, o: number): string | undefined {
  if (o <= 0 || o >= text.length) return undefined;
  const before = text.charCodeAt(o - 1);
  const after = text.charCodeAt(o);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return 'a surrogate pair';
  if (before === 13 && after === 10) return 'a CRLF';
  return undefined;
}

function checkRange(text: string, what: string, start: number, end: number): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}-${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: range ${start}-${end} is outside 0-${text.length}`);
  for (const o of [start, end]) {
    const split = splits(text, o);
    assert.equal(split, undefined, `${what}: offset ${o} splits ${split}`);
  }
}

function fixesOf(p: Problem) {
  return [...(p.fix ? [p.fix] : []), ...(p.suggestions ?? [])];
}

/** "Fix all" as the API offers it: applyFixes on a fresh lint, repeated until nothing applies. */
export function fixAll(text: string, maxPasses = 25): { text: string; passes: number; settled: boolean } {
  for (let pass = 0; pass < maxPasses; pass++) {
    const { text: next, applied } = applyFixes(text, lint(text).problems);
    if (!applied || next === text) return { text, passes: pass, settled: true };
    text = next;
  }
  return { text, passes: maxPasses, settled: false };
}

describe('robustness: properties of the engine over generated Markdown', function () {
  this.timeout(process.env.GROUPLINT_FUZZ ? 0 : 600_000); // npm run fuzz: as long as its runs take

  it(`lint never throws, under any mix of rule severities (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownDoc, severitiesFor(RULE_IDS), (doc, rules) => {
        const r: LintResult = lint(doc.text, { path: '/flyers/a.md', config: mergeConfig(defaultConfig(), { rules }) });
        assert.ok(Array.isArray(r.problems));
        // A document's own front matter ("grouplint: rules: ...") overrides the configuration.
        const own = readFrontMatter(parseDocument(doc.text), RULE_IDS).overrides?.rules ?? {};
        for (const p of r.problems) {
          assert.ok(p.rule === 'grouplint' || RULE_IDS.includes(p.rule), `unknown rule id ${p.rule}`);
          // (lint turns an exception into a notice rather than throw: that notice is a bug all the same.)
          assert.doesNotMatch(p.message, /internal error/, 'a rule threw on this document');
          if (!(p.rule in own)) assert.notEqual(rules[p.rule], 'off', `${p.rule} is off but reported`);
          assert.ok(p.message.length > 0);
        }
      }),
      params(ENGINE_RUNS),
    );
  });

  // Found by `npm run fuzz` (seed 14014): the property above took a rule the configuration
  // turns off but the document's own front matter turns on for a bug. The document wins.
  it('a rule off in the configuration but on in the front matter is reported, after the byte-order mark', () => {
    const text = '\ufeff---\ngroup: support\ngrouplint:\n  rules:\n    support-free: warning\n    no-such-rule: off\n---';
    const r = lint(text, { path: '/flyers/a.md', config: mergeConfig(defaultConfig(), { rules: { 'support-free': 'off' } }) });
    const free = r.problems.find((p) => p.rule === 'support-free');
    assert.ok(free, 'support-free is not reported');
    assert.equal(free.start, 1);
  });

  it(`every problem and fix range lies inside the document and splits no surrogate pair or CRLF (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownDoc, ({ text }) => {
        for (const p of lint(text).problems) {
          checkRange(text, `${p.rule} problem`, p.start, p.end);
          for (const f of fixesOf(p)) {
            assert.ok(f.edits.length > 0, `${p.rule}: fix "${f.title}" has no edits`);
            for (const e of f.edits) checkRange(text, `${p.rule} fix "${f.title}"`, e.start, e.end);
          }
        }
      }),
      params(ENGINE_RUNS),
    );
  });

  it(`every fix edit touches only its own range: all other text stays byte-identical (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownDoc, ({ text }) => {
        for (const p of lint(text).problems) {
          for (const f of fixesOf(p)) {
            // One edit at a time: the text outside it is untouched.
            for (const e of f.edits) {
              const out = applyEdits(text, [e]);
              assert.equal(out.slice(0, e.start), text.slice(0, e.start), `${p.rule} "${f.title}" changed text before ${e.start}`);
              assert.equal(out.slice(e.start + e.text.length), text.slice(e.end), `${p.rule} "${f.title}" changed text after ${e.end}`);
              assert.equal(out.slice(e.start, e.start + e.text.length), e.text);
            }
            // The whole fix: every byte outside its edits is kept, in order.
            const sorted = [...f.edits].sort((a: Edit, b: Edit) => a.start - b.start);
            for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].start >= sorted[i - 1].end, `${p.rule} "${f.title}" has overlapping edits`);
            const out = applyEdits(text, f.edits);
            let expected = '';
            let pos = 0;
            for (const e of sorted) {
              expected += text.slice(pos, e.start) + e.text;
              pos = e.end;
            }
            assert.equal(out, expected + text.slice(pos));
          }
        }
      }),
      params(ENGINE_RUNS),
    );
  });

  it(`fixing settles, and fixing all twice gives the same text as once (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownDoc, ({ text }) => {
        const once = fixAll(text);
        assert.ok(once.settled, `fixes still apply after ${once.passes} passes`);
        const twice = fixAll(once.text);
        assert.equal(twice.text, once.text, 'a second fix-all changed the text');
        assert.equal(twice.passes, 0);
      }),
      params(ENGINE_RUNS),
    );
  });

  it(`fixes keep line endings and the byte-order mark: a CRLF document stays CRLF-only, an LF one gets no CR (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownDoc, (doc: GeneratedDoc) => {
        const before = doc.text;
        const { text } = fixAll(before);
        const crlf = before.includes('\r\n');
        const lf = /(^|[^\r])\n/.test(before);
        // A document without any line break has no line ending to keep.
        if (crlf && !lf) assert.ok(!/(^|[^\r])\n/.test(text), `a lone LF appeared in a CRLF document: ${JSON.stringify(text)}`);
        if (lf && !before.includes('\r')) assert.ok(!text.includes('\r'), `a CR appeared in an LF document: ${JSON.stringify(text)}`);
        assert.equal(text.charCodeAt(0) === 0xfeff, doc.bom, 'the byte-order mark was removed or added');
        assert.equal(text.indexOf('\ufeff', 1), -1, 'a byte-order mark moved into the text');
      }),
      params(ENGINE_RUNS),
    );
  });

  it(`a leading byte-order mark only shifts offsets by one (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownDoc, (doc) => {
        const plain = doc.bom ? doc.text.slice(1) : doc.text;
        const withBom = '\ufeff' + plain;
        const a = lint(plain).problems.map((p) => `${p.rule}@${p.start}-${p.end}`);
        const b = lint(withBom).problems.map((p) => `${p.rule}@${p.start - 1}-${p.end - 1}`);
        assert.deepEqual(b, a);
      }),
      params(ENGINE_RUNS),
    );
  });
});

describe('robustness: positions agree between the engine, the CLI and the language server', function () {
  this.timeout(process.env.GROUPLINT_FUZZ ? 0 : 600_000); // npm run fuzz: as long as its runs take
  before(async () => ensureBuilt());
  after(() => cleanup());

  it(`the same text gives the same rule ids and ranges everywhere (${PROCESS_RUNS} runs of ${BATCH} documents)`, async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(markdownDoc, { minLength: BATCH, maxLength: BATCH }), async (docs) => {
        const dir = tmpDir('grouplint-positions-');
        const names = docs.map((_, i) => `d${String(i).padStart(3, '0')}.md`);
        // The editor's text has no byte-order mark; the file on disk may have one.
        const texts = docs.map((d) => (d.bom ? d.text.slice(1) : d.text));
        docs.forEach((d, i) => fs.writeFileSync(path.join(dir, names[i]), d.text));

        const engine = texts.map((t, i) => {
          const index = new LineIndex(t);
          return lint(t, { path: path.join(dir, names[i]) }).problems.map((p) => {
            const s = index.position(p.start);
            const e = index.position(p.end);
            return shape(p.rule, s.line, s.character, e.line, e.character);
          });
        });

        const cli = runCli(['--format', 'json', '.'], { cwd: dir });
        assert.ok(cli.code === 0 || cli.code === 1, `grouplint exited with ${cli.code}: ${cli.stderr}`);
        const report = JSON.parse(cli.stdout) as JsonReport;
        const byPath = new Map(report.files.map((f) => [f.path, f]));

        const server = new LspClient({ mode: 'pull' });
        try {
          await server.initialize();
          const uris = names.map((n) => fileUri(path.join(dir, n)));
          uris.forEach((u, i) => server.open(u, texts[i]));
          const pulled = await Promise.all(uris.map((u) => server.pull(u)));
          names.forEach((n, i) => {
            const f = byPath.get(n);
            assert.ok(f, `the CLI did not report ${n}`);
            const fromCli = f.diagnostics.map((d) => shape(d.rule, d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1));
            const fromServer = pulled[i].map(lspShape);
            const fromEngine = engine[i];
            const where = `${n}: ${JSON.stringify(texts[i].slice(0, 200))}…`;
            assert.deepEqual(fromCli, engine[i], `CLI and engine disagree on ${where}`);
            assert.deepEqual([...fromServer].sort(), [...fromEngine].sort(), `server and engine disagree on ${where}`);
            compared += engine[i].length;
          });
        } finally {
          await server.stop();
        }
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { ...params(PROCESS_RUNS), endOnFailure: true },
    );
    assert.ok(compared > 0, 'no diagnostics were compared');
    console.log(`      positions compared: ${compared} diagnostics over ${PROCESS_RUNS * BATCH} documents`);
  });
});
