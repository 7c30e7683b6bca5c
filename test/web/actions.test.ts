import * as assert from './assert';
import * as vscode from 'vscode';
import { DISCLAIMER, SUPPORT_CODES, SUPPORT_FLYER } from './fixtures';
import { applyCodeAction, closeAll, codeActions, codeOf, codesBecome, openText, waitFor } from './util';

suite('web: quick fixes', () => {
  teardown(closeAll);

  test('the suggestion on a clinical activity removes exactly that sentence', async () => {
    const editor = await openText(SUPPORT_FLYER);
    const diags = await codesBecome(editor.document.uri, SUPPORT_CODES);
    const d = diags.find((x) => codeOf(x) === 'support-no-clinical-activities')!;
    const titles = (await codeActions(editor.document.uri, d.range)).map((a) => a.title);
    for (const t of ['Remove this sentence', 'Disable support-no-clinical-activities for this line', 'Show documentation for support-no-clinical-activities']) {
      assert.ok(titles.includes(t), `"${t}" offered; got ${JSON.stringify(titles)}`);
    }
    await applyCodeAction(editor.document.uri, d.range, 'Remove this sentence');
    assert.strictEqual(editor.document.getText(), SUPPORT_FLYER.replace('Each week we fill in a worksheet together.\n\n', ''));
    await codesBecome(editor.document.uri, ['support-disclaimer', 'support-free']);
  });

  test('inserting the disclaimer puts the wording under the title', async () => {
    const editor = await openText(SUPPORT_FLYER);
    const d = (await codesBecome(editor.document.uri, SUPPORT_CODES)).find((x) => codeOf(x) === 'support-disclaimer')!;
    await applyCodeAction(editor.document.uri, d.range, 'Insert the support-group disclaimer under the title');
    assert.strictEqual(editor.document.getText(), SUPPORT_FLYER.replace('# Tuesday Caregivers Circle\n', `# Tuesday Caregivers Circle\n\n${DISCLAIMER}\n`));
    await codesBecome(editor.document.uri, ['support-free', 'support-no-clinical-activities']);
  });

  test('fix all (source.fixAll.grouplint) applies every fix and no suggestion, leaving nothing to fix', async () => {
    const editor = await openText(SUPPORT_FLYER);
    await codesBecome(editor.document.uri, SUPPORT_CODES);
    const top = new vscode.Range(0, 0, 0, 0);
    await applyCodeAction(editor.document.uri, top, 'Fix all grouplint problems that have a fix', 'source.fixAll.grouplint');
    assert.strictEqual(
      editor.document.getText(),
      [
        '---',
        'group: support',
        '---',
        '',
        '# Tuesday Caregivers Circle',
        '',
        DISCLAIMER,
        '',
        'A peer-led support group for people caring for a parent.',
        'We meet every Tuesday at 7 pm.',
        '',
        'Each week we fill in a worksheet together.',
        '',
        'Drop in any week.',
        '',
      ].join('\n'),
    );
    // The cost and the worksheet are facts: suggestions, for a person to choose.
    await codesBecome(editor.document.uri, ['support-free', 'support-no-clinical-activities']);
    assert.deepStrictEqual(await codeActions(editor.document.uri, top, 'source.fixAll.grouplint'), []);
  });

  test('the insert-disclaimer command writes the statement through the server', async () => {
    const editor = await openText(SUPPORT_FLYER);
    await codesBecome(editor.document.uri, SUPPORT_CODES);
    await vscode.commands.executeCommand('grouplint.insertDisclaimer');
    await waitFor(() => editor.document.getText().includes(DISCLAIMER), 'the disclaimer in the text');
    assert.strictEqual(editor.document.getText(), SUPPORT_FLYER.replace('# Tuesday Caregivers Circle\n', `# Tuesday Caregivers Circle\n\n${DISCLAIMER}\n`));
  });
});
