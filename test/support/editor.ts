// Test support for the suites that run inside an extension host with the `vscode` API: the
// end-to-end suite (test/e2e/suite, desktop) and the web suite (test/web, a web worker). Both
// bundle this file; `vscode` stays external.
import * as vscode from 'vscode';

/** Polls `probe` until it yields a value other than undefined/null/false, or fails after `ms`. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  ms = 30_000,
  every = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The rule id of a diagnostic (`code` is a plain value, or `{ value, target }` when it links to docs). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** grouplint's diagnostics on `uri`, in document order. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'grouplint')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}
