// Scenario 4: workspace checking. A handout that no editor has opened still has its problems
// in the Problems panel (vscode.languages.getDiagnostics), published from the disk.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, extensionApi, fixtureUri, waitForDiagnostics } from './util';

// No test may open this file in an editor (or as a document): that is the point of the scenario.
const HANDOUT = 'handouts/grief-circle.md';

suite('4. workspace check: a file never opened', function () {
  this.timeout(120_000);
  suiteSetup(() => extensionApi());

  test('its problems are in vscode.languages.getDiagnostics()', async () => {
    const uri = fixtureUri(HANDOUT);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'support-free'), `support-free on ${HANDOUT}`);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), `${HANDOUT} was never opened`);
    assert.deepStrictEqual(diags.map(codeOf), ['support-free'], 'the fee line is its only problem');
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(diags[0].range.start.line, 10, 'reported on the line that names the cost (line 11)');
    // The same list as the whole-workspace view that the Problems panel reads.
    const all = vscode.languages.getDiagnostics().find(([u]) => u.toString() === uri.toString());
    assert.ok(all, `${HANDOUT} is among the workspace's diagnostics`);
    assert.deepStrictEqual(all[1].filter((d) => d.source === 'grouplint').map(codeOf), ['support-free']);
  });
});
