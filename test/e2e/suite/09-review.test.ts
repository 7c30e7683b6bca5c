// Scenario 9: the practice manager's review of a folder of handouts. The Group materials view
// lists every document under its kind, with its problem count and where its kind came from,
// and follows the files as they change; a problem opens its document at its line. "Review
// workspace" shows a read-only review (no document: nothing to save, nothing to check, no
// status-bar kind) whose links open documents and rule pages; Export writes it as Markdown and
// HTML. "Apply safe fixes" previews one workspace edit of fix all's edits, safe fixes only, and
// changes nothing unless the preview is applied (applying it is scripts/e2e/ui-review.mjs's
// part: its changes are checked there, as a person checks them). And the extension host log
// has no duplicate-collection warning.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, codesOn, extensionApi, fixtureUri, ours, readFixture, setSetting, waitFor, waitForDiagnostics, writeFixture } from './util';

// The shapes of the extension's test API used here (client/src/shared.ts, materials.ts, review.ts).
interface Node {
  type: 'group' | 'document' | 'problem';
  doc?: { uri: string };
}
interface Materials {
  refresh(): Promise<void>;
  getChildren(node?: Node): Node[];
  getTreeItem(node: Node): vscode.TreeItem;
  current?: { documents: Array<{ path: string; kind: string | null }>; others?: Array<{ path: string }> };
}
interface DocumentFixes {
  uri: string;
  path: string;
  edits: Array<{
    rule: string;
    label: string;
    newText: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }>;
}
interface Api {
  client: { sendRequest<R>(method: string, params: unknown): Promise<R> };
  statusText(): string;
  materials: Materials;
  review: { html(): string | undefined; follow(href: string): Promise<void> };
}
const api = async () => (await extensionApi()) as unknown as Api;

const HANDOUT = 'handouts/grief-circle.md'; // never opened (see scenario 4)
const FILES = ['support-flyer.md', 'therapy-flyer.md', 'fix-on-save.md', 'new-parents.md', 'README.md', 'club/walking-group.md', HANDOUT];
const PAGE = (id: string) => `https://github.com/grouplint/grouplint/blob/main/docs/rules/${id}.md`;
const folderName = () => vscode.workspace.workspaceFolders![0].name;
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

/** The view as text: one line per group, document and (for documents with problems) problem. */
function snapshot(m: Materials): Array<{ label: string; description: string; children: Array<{ label: string; description: string; problems: string[] }> }> {
  return m.getChildren().map((g) => {
    const gi = m.getTreeItem(g);
    return {
      label: label(gi),
      description: String(gi.description ?? ''),
      children: m.getChildren(g).map((d) => {
        const di = m.getTreeItem(d);
        return { label: label(di), description: String(di.description ?? ''), problems: m.getChildren(d).map((p) => String(m.getTreeItem(p).description)) };
      }),
    };
  });
}

/** A document's text with a fix-all action's edits applied (what fix all gives, as the reference). */
async function fixAllText(name: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, 'source.fixAll.grouplint')) ?? [];
  const edits = (actions.find((a) => a.kind?.value === 'source.fixAll.grouplint')?.edit?.get(doc.uri) ?? [])
    .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let text = doc.getText();
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

/** The extension host's own log files (remoteexthost.log) under $E2E_USER_DATA. */
function hostLogs(): string[] {
  const root = process.env.E2E_USER_DATA && path.join(process.env.E2E_USER_DATA, 'logs');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^(remote)?exthost\.log$/.test(e.name)) found.push(p);
    }
  };
  if (root && fs.existsSync(root)) walk(root);
  return found;
}

suite('9. the practice manager’s review: Group materials, the review, safe fixes', function () {
  this.timeout(240_000);
  suiteSetup(async () => {
    await api();
    // Every file's problems are in, so the view has settled.
    await waitForDiagnostics(fixtureUri(HANDOUT), (d) => d.some((x) => codeOf(x) === 'support-free'), `support-free on ${HANDOUT}`);
    await vscode.commands.executeCommand('grouplint.materials.focus');
  });
  teardown(closeAllEditors);

  test('the Group materials view lists each document under its kind, with its problems and where its kind came from', async () => {
    const { materials } = await api();
    await materials.refresh();
    const view = snapshot(materials);
    assert.deepStrictEqual(
      view.map((g) => g.label),
      ['Support groups', 'Group therapy', 'Kind unclear', 'Not group material'],
    );
    assert.deepStrictEqual(
      view.map((g) => g.children.map((d) => d.label)),
      [['club/walking-group.md', 'fix-on-save.md', HANDOUT, 'support-flyer.md'], ['therapy-flyer.md'], ['new-parents.md'], ['README.md']],
    );
    // Each document's count is its number of problems in the Problems panel; the kind's source follows.
    for (const g of view.slice(0, 3)) {
      let sum = 0;
      for (const d of g.children) {
        const n = ours(fixtureUri(d.label)).length;
        sum += n;
        const source = g.label === 'Kind unclear' ? 'kind unclear' : 'front matter';
        assert.strictEqual(d.description, `${n} problem${n === 1 ? '' : 's'} · ${source}`, `${d.label}'s line in the view`);
        assert.strictEqual(d.problems.length, n, `${d.label} lists its ${n} problems`);
      }
      assert.strictEqual(g.description, `${g.children.length} document${g.children.length === 1 ? '' : 's'} · ${sum} problem${sum === 1 ? '' : 's'}`);
    }
    assert.strictEqual(view[3].description, '1 document');
    const flyer = view[0].children.find((d) => d.label === 'support-flyer.md')!;
    assert.ok(flyer.problems.includes('support-no-clinical-activities [Ln 10, Col 24]'), JSON.stringify(flyer.problems));
    assert.ok(flyer.problems.includes('support-disclaimer [Ln 5, Col 1]'), JSON.stringify(flyer.problems));
  });

  test('clicking a problem opens its document at the problem', async () => {
    const { materials } = await api();
    await materials.refresh();
    const support = materials.getChildren()[0];
    const flyer = materials.getChildren(support).find((d) => label(materials.getTreeItem(d)) === 'support-flyer.md')!;
    const problem = materials.getChildren(flyer).find((p) => String(materials.getTreeItem(p).description).startsWith('support-no-clinical-activities'))!;
    const command = materials.getTreeItem(problem).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === fixtureUri('support-flyer.md').toString() && e;
    }, 'support-flyer.md in the active editor');
    assert.strictEqual(editor.selection.start.line, 9, 'on the worksheet line (line 10)');
    assert.strictEqual(editor.selection.start.character, 23);
    assert.match(editor.document.getText(editor.selection), /^worksheet$/i);
  });

  test('the view follows files created and deleted on disk, and leaves out what grouplint.ignore names', async () => {
    const { materials } = await api();
    const listed = (p: string) => materials.current?.documents.some((d) => d.path === p);
    try {
      await writeFixture('handouts/new-group.md', '# Monday Group\n\nA group for new parents to meet each week.\n');
      await waitFor(async () => {
        await materials.refresh();
        return materials.current?.documents.find((d) => d.path === 'handouts/new-group.md')?.kind === null;
      }, 'handouts/new-group.md under Kind unclear');
      await vscode.workspace.fs.delete(fixtureUri('handouts/new-group.md'));
      await waitFor(async () => {
        await materials.refresh();
        return !listed('handouts/new-group.md');
      }, 'handouts/new-group.md gone from the view');
      await setSetting('grouplint.ignore', ['handouts/**']);
      await waitFor(async () => {
        await materials.refresh();
        return !listed(HANDOUT) && listed('support-flyer.md');
      }, `${HANDOUT} left out once grouplint.ignore names its folder`);
    } finally {
      await setSetting('grouplint.ignore', undefined);
    }
    await waitFor(async () => {
      await materials.refresh();
      return listed(HANDOUT);
    }, `${HANDOUT} back in the view`);
  });

  test('Review workspace opens a read-only review: its title, no document, no save prompt, working links', async () => {
    const a = await api();
    await vscode.commands.executeCommand('grouplint.reviewWorkspace');
    const title = `grouplint review — ${folderName()}`;
    const tab = await waitFor(() => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t?.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('grouplint.review') && t;
    }, 'the review in the active tab');
    assert.strictEqual(tab.label, title);
    assert.strictEqual(tab.isDirty, false);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'untitled'), 'no scratch document');
    // Not a document: nothing to check, and the status bar names no kind.
    await waitFor(() => a.statusText() === '', 'the status bar to hide its kind').catch(() => {
      throw new Error(`the status bar reads "${a.statusText()}" over the review`);
    });

    const html = a.review.html()!;
    assert.match(html, new RegExp(`<h1>${title}</h1>`));
    assert.match(html, /Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
    assert.match(html, /7 Markdown files checked: 4 support groups, 1 group therapy, 1 of unclear kind, 1 not group material\./);
    assert.match(html, /<tr><td>Support group<\/td><td class="n">4<\/td>/);
    assert.match(html, /<h2>Problems by rule<\/h2>/);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    // Rule links go to the rule's page on GitHub, never into the extension's folder.
    const rules = [...html.matchAll(/class="rule" data-href="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(rules.includes(PAGE('support-disclaimer')), JSON.stringify(rules));
    assert.ok(
      rules.every((r) => r.startsWith('https://github.com/grouplint/grouplint/blob/main/docs/')),
      JSON.stringify(rules),
    );
    // A problem's link opens its document at the problem.
    const flyer = fixtureUri('support-flyer.md').toString();
    const at = [...html.matchAll(/class="at" data-href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    assert.ok(at.includes(`${flyer}#L10C24`), JSON.stringify(at));
    await a.review.follow(`${flyer}#L10C24`);
    const editor = await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === flyer && vscode.window.activeTextEditor,
      'support-flyer.md opened from the review',
    );
    assert.strictEqual(editor.selection.active.line, 9);
    assert.strictEqual(editor.selection.active.character, 23);

    // Closing it asks nothing.
    const review = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === title)!;
    assert.ok(await vscode.window.tabGroups.close(review), 'closed without a prompt');
    assert.strictEqual(a.review.html(), undefined);
  });

  test('Export writes the same review as Markdown and as HTML', async () => {
    const md = fixtureUri('review-export.md');
    const html = fixtureUri('review-export.html');
    try {
      await vscode.commands.executeCommand('grouplint.exportReview', md);
      const text = await readFixture('review-export.md');
      assert.ok(text.startsWith(`<!-- grouplint-disable-file -->\n\n# grouplint review — ${folderName()}\n\nGenerated `), text.slice(0, 200));
      assert.match(text, /\| Support group \| 4 \| \d+ \|/);
      assert.match(text, /### \[support-flyer\.md\]\(support-flyer\.md\)/);
      assert.match(text, /\| \[10:24\]\(support-flyer\.md#L10\) \| warning \|/);
      assert.match(text, /\[support-disclaimer\]\(https:\/\/github\.com\/grouplint\/grouplint\/blob\/main\/docs\/rules\/support-disclaimer\.md\)/);
      assert.match(text, /\[club\/walking-group\.md\]\(club\/walking-group\.md\)/);
      await vscode.commands.executeCommand('grouplint.exportReview', html);
      const page = await readFixture('review-export.html');
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /<a class="doc" href="support-flyer\.md">support-flyer\.md<\/a>/);
      assert.ok(!page.includes('<script'), 'the exported page has no script');
    } finally {
      for (const u of [md, html]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
  });

  test('Apply safe fixes asks for fix all’s edits of every document, safe fixes only, and changes nothing until the preview is applied', async () => {
    const a = await api();
    const names = FILES.filter((f) => f !== HANDOUT); // the handout is never opened (scenario 4)
    const before = new Map<string, string>();
    for (const f of [...names, HANDOUT]) before.set(f, await readFixture(f));
    // What the command asks the server for: per document, the edits of fix all (the same text).
    const { documents } = await a.client.sendRequest<{ documents: DocumentFixes[] }>('grouplint/workspaceFixes', {});
    assert.deepStrictEqual(
      documents.map((d) => d.path).sort(),
      ['fix-on-save.md', 'support-flyer.md', 'therapy-flyer.md'],
      'documents with a safe fix; suggestions (new-parents.md, the handout, the worksheet lines) have none',
    );
    assert.deepStrictEqual([...new Set(documents.flatMap((d) => d.edits.map((e) => e.rule)))].sort(), ['support-disclaimer', 'therapy-statement']);
    for (const d of documents) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(d.uri));
      const edits = d.edits
        .map((e) => ({
          start: doc.offsetAt(new vscode.Position(e.range.start.line, e.range.start.character)),
          end: doc.offsetAt(new vscode.Position(e.range.end.line, e.range.end.character)),
          text: e.newText,
        }))
        .sort((p, q) => q.start - p.start);
      let text = doc.getText();
      for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      assert.strictEqual(text, await fixAllText(d.path), `${d.path}: the workspace fix gives the text fix all gives`);
    }
    // The command shows the edit in the Refactor Preview, where nothing is checked until the
    // manager checks it (the UI check applies it); discarded, nothing changes.
    let outcome: { applied: boolean; edits: number; documents: number } | undefined;
    const running = Promise.resolve(vscode.commands.executeCommand<{ applied: boolean; edits: number; documents: number }>('grouplint.fixWorkspace')).then(
      (o) => (outcome = o),
    );
    await waitFor(async () => {
      if (outcome) return true;
      await vscode.commands.executeCommand('refactorPreview.discard');
      await new Promise((r) => setTimeout(r, 250));
      return !!outcome;
    }, 'the Refactor Preview to be discarded');
    await running;
    assert.strictEqual(outcome!.applied, false, 'discarded: nothing applied');
    assert.strictEqual(outcome!.documents, 3);
    for (const [f, t] of before) assert.strictEqual(await readFixture(f), t, `${f} unchanged`);
    for (const f of names) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fixtureUri(f).toString());
      assert.ok(!doc?.isDirty, `${f} has no unsaved change`);
    }
    // Documents opened by the command but shown in no editor keep their problems in the Problems panel.
    await waitForDiagnostics(
      fixtureUri('support-flyer.md'),
      (d) => d.some((x) => codeOf(x) === 'support-disclaimer'),
      'support-disclaimer on support-flyer.md (opened, not shown)',
    );
    assert.ok(codesOn(fixtureUri(HANDOUT)).includes('support-free'));
  });

  test('the extension host log has no duplicate DiagnosticCollection warning', async () => {
    const logs = hostLogs();
    assert.ok(logs.length, 'the extension host log is found under $E2E_USER_DATA');
    const text = logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    assert.ok(text.includes('grouplint'), 'the log covers this extension');
    assert.ok(
      !/DiagnosticCollection with name '[^']*' does already exist/.test(text),
      text
        .split('\n')
        .filter((l) => /does already exist/.test(l))
        .join('\n'),
    );
  });
});
