// Helpers shared by the tests of the engine's readings in other languages (server/src/engine/languages.ts).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

/** The rule ids the engine raises on a text, sorted. */
export const rules = (text: string): string[] =>
  lint(text)
    .problems.map((p) => p.rule)
    .sort();

/** Asserts that `re` matches in each text of `fires` and in none of `silent` (a global pattern searched from the start of each). */
export function check(re: RegExp, fires: readonly string[], silent: readonly string[]): void {
  for (const text of fires) {
    re.lastIndex = 0;
    assert.ok(re.test(text), text);
  }
  for (const text of silent) {
    re.lastIndex = 0;
    assert.ok(!re.test(text), text);
  }
}
