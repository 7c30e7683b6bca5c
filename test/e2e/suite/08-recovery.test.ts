// Scenario 8: recovery. When the language server process dies, the extension starts it again,
// diagnostics come back for the open document and follow its next edit, and the grouplint
// output channel says what happened.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, extensionApi, openFixture, serverPids, waitFor, waitForDiagnostics } from './util';

const RESTARTED = 'The grouplint server stopped unexpectedly; starting it again.';

/** The grouplint output channel's log files under the user-data folder the harness passes in ($E2E_USER_DATA). */
function outputLogs(): string[] {
  const root = process.env.E2E_USER_DATA && path.join(process.env.E2E_USER_DATA, 'logs');
  if (!root || !fs.existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'grouplint.log' && path.basename(dir) === 'grouplint.grouplint') found.push(p);
    }
  };
  walk(root);
  return found;
}
const logText = () =>
  outputLogs()
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');

suite('8. recovery: the language server is killed', function () {
  this.timeout(180_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('the extension restarts it, diagnostics are published again and follow edits, and the output says so', async () => {
    const api = await extensionApi();
    const { document: doc } = await openFixture('support-flyer.md');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'support-no-clinical-activities'), 'the worksheet problem on support-flyer.md');
    const [pid, ...more] = serverPids(api);
    assert.ok(pid && more.length === 0, `exactly one grouplint server process runs: ${JSON.stringify(serverPids(api))}`);
    const restartsLogged = logText().split(RESTARTED).length - 1;

    process.kill(pid, 'SIGKILL');
    await waitFor(() => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    }, `server process ${pid} to end`);

    const [next] = await waitFor(
      () => {
        const pids = serverPids(api);
        return pids.length === 1 && pids[0] !== pid && pids;
      },
      'a new grouplint server process',
      60_000,
    );
    await waitFor(() => api.client.state === 2 /* State.Running */, 'the language client to be running again', 60_000);

    // Diagnostics of the open document come back from the new server...
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'support-no-clinical-activities'), 'the worksheet problem after the restart', 60_000);
    // ...and the new server follows the document: remove the worksheet sentence, and its problem goes.
    const edit = new vscode.WorkspaceEdit();
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('worksheet'));
    edit.delete(doc.uri, new vscode.Range(line, 0, line + 2, 0));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(!doc.getText().includes('worksheet'));
    await waitForDiagnostics(
      doc.uri,
      (d) => !d.some((x) => codeOf(x) === 'support-no-clinical-activities') && d.some((x) => codeOf(x) === 'support-disclaimer'),
      'diagnostics of the edited text from the restarted server',
    );
    assert.deepStrictEqual(serverPids(api), [next], 'the restarted server is the one answering');

    if (process.env.E2E_USER_DATA) {
      await waitFor(
        () => logText().split(RESTARTED).length - 1 > restartsLogged,
        `"${RESTARTED}" in the grouplint output (${outputLogs().join(', ') || 'no log file found'})`,
      );
    } else {
      console.log('E2E_USER_DATA is not set: the output channel was not checked');
    }
  });
});
