// Scenario 1: a support-group flyer with a worksheet line and no disclaimer. Both problems show,
// each with its rule id and a link to the rule's page; the disclaimer quick fix, applied as a
// person would (code action from VS Code, its edit through the workspace), gives exactly the
// expected text, and the problem goes away while the worksheet one stays.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyCodeAction, closeAllEditors, codeOf, codesOn, extensionApi, openFixture, waitForDiagnostics } from './util';

const FLYER = 'support-flyer.md';
const DISCLAIMER = 'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.';

suite('1. support-group flyer: problems, doc links and the disclaimer quick fix', function () {
  this.timeout(120_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('the worksheet line and the missing disclaimer are reported with their codes and doc links', async () => {
    const { document: doc } = await openFixture(FLYER);
    const diags = await waitForDiagnostics(
      doc.uri,
      (d) => ['support-disclaimer', 'support-no-clinical-activities'].every((id) => d.some((x) => codeOf(x) === id)),
      `support-disclaimer and support-no-clinical-activities on ${FLYER}`,
    );
    for (const id of ['support-disclaimer', 'support-no-clinical-activities']) {
      const d = diags.find((x) => codeOf(x) === id)!;
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `${id} is a warning`);
      assert.strictEqual(d.source, 'grouplint');
      // codeDescription.href arrives in VS Code as code: { value, target }.
      assert.ok(typeof d.code === 'object' && d.code !== null, `${id} has a code with a link: ${JSON.stringify(d.code)}`);
      const { value, target } = d.code as { value: string | number; target: vscode.Uri };
      assert.strictEqual(value, id);
      assert.ok(target instanceof vscode.Uri, `${id}: code.target is a Uri`);
      assert.match(target.path, new RegExp(`/rules/${id}(\\.md)?$`), `${id}: the link leads to the rule's page (${target.toString()})`);
      if (target.scheme === 'file') {
        // In a checkout (and in the .vsix) the page ships with the extension: the link must not be dead.
        const stat = await vscode.workspace.fs.stat(target);
        assert.ok(stat.size > 0, `${target.fsPath} is not empty`);
      }
    }
    const worksheet = diags.find((x) => codeOf(x) === 'support-no-clinical-activities')!;
    assert.strictEqual(doc.getText(worksheet.range), 'worksheet');
    const disclaimer = diags.find((x) => codeOf(x) === 'support-disclaimer')!;
    assert.strictEqual(doc.lineAt(disclaimer.range.start.line).text, '# Tuesday Evening Caregivers Circle', 'the missing disclaimer is reported on the title');
  });

  test('the disclaimer quick fix inserts the wording under the title, and the problem goes away', async () => {
    const { document: doc } = await openFixture(FLYER);
    const before = doc.getText();
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'support-disclaimer'), `support-disclaimer on ${FLYER}`);
    const disclaimer = diags.find((x) => codeOf(x) === 'support-disclaimer')!;

    await applyCodeAction(doc.uri, disclaimer.range, 'Insert the support-group disclaimer under the title');

    assert.strictEqual(
      doc.getText(),
      [
        '---',
        'group: support',
        '---',
        '',
        '# Tuesday Evening Caregivers Circle',
        '',
        DISCLAIMER,
        '',
        'A peer-led support group for people caring for a parent or partner.',
        "We meet every Tuesday at 7 pm in the library's community room.",
        '',
        'Each week we fill in a worksheet together.',
        '',
        'Drop in any week; you do not need to sign up.',
        '',
      ].join('\n'),
    );
    assert.strictEqual(doc.getText(), before.replace('Circle\n', `Circle\n\n${DISCLAIMER}\n`), 'nothing else changed');
    assert.ok(doc.isDirty, 'the fix is an edit in the editor, not a save');
    await waitForDiagnostics(
      doc.uri,
      (d) => !d.some((x) => codeOf(x) === 'support-disclaimer') && d.some((x) => codeOf(x) === 'support-no-clinical-activities'),
      'support-disclaimer gone, support-no-clinical-activities still there',
    );
    assert.ok(!codesOn(doc.uri).includes('support-disclaimer'));
  });
});
