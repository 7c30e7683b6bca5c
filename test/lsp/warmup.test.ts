// The server's idle-time warm-up (server/src/lsp/warmup.ts): it lints a built-in flyer while
// no document is open, gives way to the first one, publishes nothing, and changes no result.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { EditableDocument, lint } from '../../server/src/engine';
import { contextFor } from '../../server/src/lsp/checker';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { WARM_UP_EDIT_AT, WARM_UP_FLYER, warmUp, type WarmUpEnv } from '../../server/src/lsp/warmup';
import { repoRoot, TestClient } from './client';
import { SUPPORT_FLYER } from './fixtures';

const reader = { read: () => undefined };

function env(stop: () => boolean): WarmUpEnv {
  return {
    context: () => contextFor(undefined, reader, DEFAULT_SETTINGS, undefined),
    docsLink: (id) => `https://example.org/${id}`,
    stop,
    later: (f) => void setImmediate(f),
  };
}

const HANDOUT = fs.readFileSync(path.join(repoRoot, 'examples', 'support-caregivers-fee-and-worksheets.md'), 'utf8');
const brief = (d: Diagnostic[]) => d.map((x) => [x.code, x.message, x.range.start.line, x.range.start.character, x.range.end.line, x.range.end.character]);

describe('lsp: idle-time warm-up', function () {
  this.timeout(30000);

  it('lints a built-in flyer that has problems to report (so it goes the whole way to diagnostics)', () => {
    const problems = lint(WARM_UP_FLYER).problems;
    assert.ok(problems.length >= 2, `${problems.length} problems`);
  });

  it('types its letter where a keystroke parses only the blocks around it again (the path it is there to warm up)', () => {
    const doc = new EditableDocument(WARM_UP_FLYER);
    doc.lint();
    doc.update([{ start: WARM_UP_EDIT_AT, end: WARM_UP_EDIT_AT, text: 'x' }]);
    doc.lint();
    assert.equal(doc.stats.mode, 'incremental');
    assert.ok(doc.stats.parsed < WARM_UP_FLYER.length, `${doc.stats.parsed} characters parsed again`);
  });

  it('asks before every step whether to stop, and stops at once when told', async () => {
    let asked = 0;
    const result = await warmUp(env(() => ++asked > 3));
    assert.equal(result.steps, 3);
    assert.equal(asked, 4);
    assert.equal(result.stopped, true);
  });

  it('runs its rounds to the end when nothing stops it', async () => {
    let asked = 0;
    const result = await warmUp(env(() => (asked++, false)));
    assert.equal(result.stopped, false);
    assert.ok(result.steps > 0);
    assert.equal(asked, result.steps + 1);
  });

  it('a document opened the moment the server is initialized gets the diagnostics it gets after the warm-up, and nothing else is published', async () => {
    const uri = 'untitled:handout.md';
    // At once: the warm-up is under way when the document arrives, and gives way to it.
    const early = await TestClient.start({ mode: 'push' });
    early.open(uri, HANDOUT);
    // After it: the server idle until its warm-up is done.
    const late = await TestClient.start({ mode: 'push' });
    try {
      const first = await early.pushed(uri, { version: 1 });
      await early.until(() => early.logs.some((l) => l.startsWith('Warmed the engine up')), 'the warm-up to end');
      assert.match(
        early.logs.find((l) => l.startsWith('Warmed the engine up'))!,
        /then work arrived/,
      );

      await late.until(() => late.logs.some((l) => l.startsWith('Warmed the engine up')), 'the warm-up to end');
      assert.doesNotMatch(
        late.logs.find((l) => l.startsWith('Warmed the engine up'))!,
        /then work arrived/,
      );
      late.open(uri, HANDOUT);
      const second = await late.pushed(uri, { version: 1 });

      assert.ok(first.length > 0);
      assert.deepEqual(brief(second), brief(first));
      assert.deepEqual(second, first);
      // The engine's own lint, in this process: the same problems.
      assert.deepEqual(
        first.map((d) => d.code),
        lint(HANDOUT).problems.map((p) => p.rule),
      );

      // An edit after the open: the same on both.
      for (const c of [early, late]) c.insert(uri, 2, HANDOUT.indexOf('\n\n') + 1, SUPPORT_FLYER.split('\n')[6] + '\n');
      assert.deepEqual(await late.pushed(uri, { version: 2 }), await early.pushed(uri, { version: 2 }));

      for (const c of [early, late]) assert.deepEqual([...new Set(c.published.map((p) => p.uri))], [uri]);
    } finally {
      await Promise.all([early.stop(), late.stop()]);
    }
  });
});
