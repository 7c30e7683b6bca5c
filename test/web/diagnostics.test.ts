import * as assert from './assert';
import * as vscode from 'vscode';
import { SUPPORT_CODES, SUPPORT_FLYER } from './fixtures';
import { closeAll, codeOf, codesBecome, grouplint, openFile, openText, ours, say, waitFor, workspaceUri } from './util';

suite('web: diagnostics', () => {
  teardown(closeAll);

  test('a support-group flyer gets its problems from the worker server, with rule codes and links', async () => {
    const wasActive = !!vscode.extensions.getExtension('grouplint.grouplint')?.isActive;
    const t0 = Date.now();
    const editor = await openFile('support-flyer.md');
    const diags = await codesBecome(editor.document.uri, SUPPORT_CODES, 60_000);
    say(`metric first-diagnostics-ms ${Date.now() - t0}`);
    say(`metric extension-active-before-open ${wasActive}`);
    const byCode = new Map(diags.map((d) => [codeOf(d), d]));
    const worksheet = byCode.get('support-no-clinical-activities')!;
    assert.strictEqual(worksheet.range.start.line, 9);
    assert.match(editor.document.getText(worksheet.range), /worksheet/);
    assert.strictEqual(worksheet.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(byCode.get('support-disclaimer')!.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(byCode.get('support-free')!.severity, vscode.DiagnosticSeverity.Information);
    const code = worksheet.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'support-no-clinical-activities');
    assert.match(code.target.toString(), /^https:\/\/.*docs\/rules\/support-no-clinical-activities\.md$/);
  });

  test('a second document checks fast once the server runs', async () => {
    const t0 = Date.now();
    const editor = await openText(SUPPORT_FLYER);
    await codesBecome(editor.document.uri, SUPPORT_CODES);
    say(`metric warm-diagnostics-ms ${Date.now() - t0}`);
  });

  test('the nearest .grouplintrc.json applies in the browser (read through the extension)', async () => {
    const editor = await openFile('rc', 'flyer.md');
    const diags = await codesBecome(editor.document.uri, SUPPORT_CODES);
    const disclaimer = diags.find((d) => codeOf(d) === 'support-disclaimer')!;
    assert.strictEqual(disclaimer.severity, vscode.DiagnosticSeverity.Error, 'rc/.grouplintrc.json makes support-disclaimer an error');
  });

  test('editing updates the diagnostics (incremental sync)', async () => {
    const editor = await openText(SUPPORT_FLYER);
    await codesBecome(editor.document.uri, SUPPORT_CODES);
    const line = editor.document.lineAt(9);
    await editor.edit((e) => e.delete(line.rangeIncludingLineBreak));
    await codesBecome(editor.document.uri, ['support-disclaimer', 'support-free']);
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), 'This group is free.\n\n'));
    await codesBecome(editor.document.uri, ['support-disclaimer']);
  });

  test('workspace check: a file that was never opened gets its problems too', async () => {
    const uri = workspaceUri('review', 'therapy-group.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file is not open');
    const diags = await codesBecome(uri, ['therapy-confidentiality', 'therapy-fee', 'therapy-leader', 'therapy-statement', 'therapy-timeframe']);
    assert.ok(diags.every((d) => d.source === 'grouplint'));
  });

  test('a changed .grouplintrc.json reaches the worker, and open documents follow it', async () => {
    const config = workspaceUri('rc', '.grouplintrc.json');
    const before = await vscode.workspace.fs.readFile(config);
    const editor = await openFile('rc', 'flyer.md');
    await codesBecome(editor.document.uri, SUPPORT_CODES);
    try {
      await vscode.workspace.fs.writeFile(
        config,
        new TextEncoder().encode('{ "rules": { "support-disclaimer": "off", "support-no-clinical-activities": "error" } }\n'),
      );
      await codesBecome(editor.document.uri, ['support-free', 'support-no-clinical-activities']);
      const severities = () => JSON.stringify(ours(editor.document.uri).map((d) => [codeOf(d), vscode.DiagnosticSeverity[d.severity]]));
      const isError = () => ours(editor.document.uri).find((d) => codeOf(d) === 'support-no-clinical-activities')?.severity === vscode.DiagnosticSeverity.Error;
      await waitFor(isError, 'support-no-clinical-activities as an error', 10_000).catch((e) => {
        throw new Error(`${e.message}; last seen ${severities()}`);
      });
    } finally {
      await vscode.workspace.fs.writeFile(config, before);
    }
    await codesBecome(editor.document.uri, SUPPORT_CODES);
  });

  test('a .grouplintrc.json created beside an open document applies, and deleting it undoes that', async () => {
    const THERAPY = ['therapy-confidentiality', 'therapy-fee', 'therapy-leader', 'therapy-statement', 'therapy-timeframe'];
    const config = workspaceUri('review', '.grouplintrc.json');
    const editor = await openFile('review', 'therapy-group.md');
    await codesBecome(editor.document.uri, THERAPY);
    try {
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "therapy-fee": "off" } }\n'));
      await codesBecome(
        editor.document.uri,
        THERAPY.filter((c) => c !== 'therapy-fee'),
      );
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await codesBecome(editor.document.uri, THERAPY);
  });

  test('Review workspace shows the review of the whole workspace, and the Group materials view lists it by kind', async () => {
    const api = await grouplint();
    await vscode.commands.executeCommand('grouplint.reviewWorkspace');
    const html = await waitFor(() => api.review.html(), 'the review view');
    await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label.startsWith('grouplint review — ')), "the review's tab");
    for (const name of ['support-flyer.md', 'rc/flyer.md', 'review/therapy-group.md', 'unclear.md'])
      assert.ok(html.includes(`>${name}</a>`), `${name} in the review:\n${html}`);
    assert.match(html, /4 Markdown files checked: 2 support groups, 1 group therapy, 1 of unclear kind, 0 not group material\./);
    await api.materials.refresh();
    const groups = api.materials.getChildren().map((g) => [api.materials.getTreeItem(g).label, api.materials.getChildren(g).length]);
    assert.deepStrictEqual(groups, [
      ['Support groups', 2],
      ['Group therapy', 1],
      ['Kind unclear', 1],
      ['Not group material', 0],
    ]);
  });
});
