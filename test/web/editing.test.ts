import * as assert from './assert';
import * as vscode from 'vscode';
import { COMMENTED_FLYER, SUPPORT_FLYER } from './fixtures';
import { closeAll, codesBecome, completions, labelOf, openFile, openText } from './util';

suite('web: hover, completion and snippets', () => {
  teardown(closeAll);

  const hoverText = async (uri: vscode.Uri, line: number, character: number) => {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character))) ?? [];
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  };

  test('hover on the front-matter kind: what it promises and which rules check it', async () => {
    const editor = await openText(COMMENTED_FLYER);
    const text = await hoverText(editor.document.uri, 1, 9);
    assert.match(text, /\*\*Support group\*\* \(`group: support`\)/);
    assert.match(text, /not therapy or a clinical service/);
    assert.match(text, /`support-disclaimer`/);
  });

  test('hover on a rule id in a grouplint comment', async () => {
    const editor = await openText(COMMENTED_FLYER);
    assert.match(await hoverText(editor.document.uri, 6, 50), /\*\*support-no-clinical-activities\*\* \(support groups; default: warning\)/);
  });

  test('completes group: values in the front matter and rule ids in comments', async () => {
    const editor = await openText('---\ngroup: \n---\n\n# Grief Circle\n\n<!-- grouplint-disable support-free supp\n');
    const kinds = (await completions(editor.document.uri, new vscode.Position(1, 7))).map(labelOf);
    assert.ok(kinds.includes('support') && kinds.includes('therapy'), JSON.stringify(kinds));
    const ids = (await completions(editor.document.uri, new vscode.Position(6, 39))).map(labelOf);
    assert.ok(ids.includes('support-disclaimer') && !ids.includes('support-free'), JSON.stringify(ids));
  });

  test('the flyer snippet inserts a whole support-group flyer that passes', async () => {
    const editor = await openText('');
    const offered = (await completions(editor.document.uri, new vscode.Position(0, 0))).map(labelOf);
    assert.ok(offered.includes('gl-support-flyer'), `gl-support-flyer offered; got ${JSON.stringify(offered.filter((l) => l.startsWith('gl')))}`);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'grouplint: support-group flyer' });
    const text = editor.document.getText();
    assert.ok(text.startsWith('---\ngroup: support\n---\n\n# Topic Support Group\n\nThis is a peer support group.'), text.slice(0, 120));
    await codesBecome(editor.document.uri, []);
  });

  test("the practice's wording from .grouplintrc.json comes as a snippet from the server", async () => {
    const editor = await openFile('rc', 'flyer.md');
    await codesBecome(editor.document.uri, ['support-disclaimer', 'support-free', 'support-no-clinical-activities']);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\ngl-'));
    const at = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const items = await completions(editor.document.uri, at);
    const free = items.find((i) => labelOf(i) === 'gl-free' && typeof i.insertText !== 'string' && /nobody is asked/.test(i.insertText?.value ?? ''));
    assert.ok(
      free,
      `gl-free with the config's wording; got ${JSON.stringify(items.filter((i) => labelOf(i).startsWith('gl-')).map((i) => [labelOf(i), typeof i.insertText === 'string' ? i.insertText : i.insertText?.value]))}`,
    );
    const range = free.range instanceof vscode.Range ? free.range : free.range ? free.range.replacing : new vscode.Range(at.translate(0, -3), at);
    await editor.insertSnippet(free.insertText as vscode.SnippetString, range);
    assert.strictEqual(editor.document.getText(), `${SUPPORT_FLYER}\nComing is free, always; nobody is asked for money.`);
    await codesBecome(editor.document.uri, ['support-disclaimer', 'support-no-clinical-activities']);
  });
});
