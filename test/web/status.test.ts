import * as assert from './assert';
import * as vscode from 'vscode';
import { SUPPORT_FLYER, UNCLEAR_FLYER } from './fixtures';
import { closeAll, codesBecome, grouplint, openText, say, waitFor } from './util';

suite('web: status bar and Set kind', () => {
  teardown(closeAll);

  test('the status bar shows the kind of the active document', async () => {
    const api = await grouplint();
    await openText(SUPPORT_FLYER);
    await waitFor(() => api.statusText() === '$(organization) Support group', `status "Support group"; last "${api.statusText()}"`);
    await openText(UNCLEAR_FLYER);
    await waitFor(() => api.statusText() === '$(question) Group: kind unclear', `status "kind unclear"; last "${api.statusText()}"`);
  });

  test('Set kind: the quick pick writes group: therapy into new front matter', async () => {
    const api = await grouplint();
    const editor = await openText(UNCLEAR_FLYER);
    await codesBecome(editor.document.uri, ['declare-kind']);
    const done = vscode.commands.executeCommand('grouplint.setKind');
    let settled = false;
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );
    // Pick the second entry (Group therapy) in the quick pick once it shows.
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(() => settled, 'the Set kind command to finish', 10_000);
    await done;
    assert.strictEqual(editor.document.getText(), `---\ngroup: therapy\n---\n\n${UNCLEAR_FLYER}`);
    await waitFor(() => api.statusText() === '$(heart) Group therapy', `status "Group therapy"; last "${api.statusText()}"`);
    await codesBecome(editor.document.uri, ['therapy-confidentiality', 'therapy-fee', 'therapy-leader', 'therapy-statement', 'therapy-timeframe']);
  });

  test('restarting the server (a new worker) keeps everything working', async () => {
    const editor = await openText(SUPPORT_FLYER);
    await codesBecome(editor.document.uri, ['support-disclaimer', 'support-free', 'support-no-clinical-activities']);
    const t0 = Date.now();
    await vscode.commands.executeCommand('grouplint.restart');
    const api = await grouplint();
    await waitFor(() => api.client.isRunning(), 'the client running again');
    await editor.edit((e) => e.delete(editor.document.lineAt(9).rangeIncludingLineBreak));
    await codesBecome(editor.document.uri, ['support-disclaimer', 'support-free']);
    // A new worker: load the bundle, initialize, reopen the documents, check this one.
    say(`metric restart-to-diagnostics-ms ${Date.now() - t0}`);
  });
});
