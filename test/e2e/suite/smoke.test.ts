import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openFixture, ours, waitFor } from './util';

suite('grouplint in VS Code', () => {
  test('a support-group flyer gets its support rules from the language server', async () => {
    const editor = await openFixture('support-flyer.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const expected = ['support-disclaimer', 'support-no-clinical-activities'];
    const diags = await waitFor(
      () => {
        const d = ours(editor.document.uri);
        return expected.every((id) => d.some((x) => codeOf(x) === id)) && d;
      },
      `diagnostics ${expected.join(', ')} on support-flyer.md`,
    );
    const worksheet = diags.find((d) => codeOf(d) === 'support-no-clinical-activities')!;
    assert.match(editor.document.lineAt(worksheet.range.start.line).text, /worksheet/);
    for (const d of diags.filter((x) => expected.includes(codeOf(x)!))) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `${codeOf(d)} is a warning`);
    }
  });
});
