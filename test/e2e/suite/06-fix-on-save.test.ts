// Scenario 6: fix on save. With "editor.codeActionsOnSave": { "source.fixAll.grouplint": "explicit" },
// saving a flyer (File > Save) applies every grouplint fix, and the fixed text is what lands on disk.
// Suggestions (here: removing the worksheet sentence) are never applied on save.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, extensionApi, openFixture, readFixture, setSetting, waitFor, waitForDiagnostics, writeFixture } from './util';

const FLYER = 'fix-on-save.md';

suite('6. fix on save with source.fixAll.grouplint', function () {
  this.timeout(120_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('saving applies the disclaimer and leaves the worksheet sentence (a suggestion) alone; the file on disk has the fixed text', async () => {
    const original = await readFixture(FLYER);
    const { document: doc } = await openFixture(FLYER);
    await waitForDiagnostics(
      doc.uri,
      (d) => ['support-disclaimer', 'support-no-clinical-activities'].every((id) => d.some((x) => codeOf(x) === id)),
      `support-disclaimer and support-no-clinical-activities on ${FLYER}`,
    );
    const expected = [
      '---',
      'group: support',
      '---',
      '',
      '# Thursday Parents Circle',
      '',
      'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.',
      '',
      'A peer support group for parents of teenagers.',
      'We meet every Thursday at 7:30 pm in the school library.',
      '',
      'Each week we go through a worksheet on a parenting skill.',
      '',
      'Attending is free.',
      '',
    ].join('\n');
    try {
      await setSetting('editor.codeActionsOnSave', { 'source.fixAll.grouplint': 'explicit' });
      // A person edits the flyer (7 pm becomes 7:30 pm), then saves it.
      const edit = new vscode.WorkspaceEdit();
      const at = doc.getText().indexOf('7 pm') + 1;
      edit.insert(doc.uri, doc.positionAt(at), ':30');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(doc.isDirty);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => !doc.isDirty, `${FLYER} saved`);

      assert.strictEqual(doc.getText(), expected, 'the editor has the fixed text');
      assert.strictEqual(await readFixture(FLYER), expected, 'the file on disk has the fixed text');
      await waitForDiagnostics(
        doc.uri,
        (d) => d.map(codeOf).join() === 'support-no-clinical-activities',
        `only the worksheet (a suggestion) left on the saved ${FLYER}`,
      );
    } finally {
      await setSetting('editor.codeActionsOnSave', undefined);
      await writeFixture(FLYER, original);
    }
    await waitFor(() => doc.isClosed || doc.getText() === original, `${FLYER} back to its original text in the editor`);
  });
});
