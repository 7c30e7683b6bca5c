// Scenario 7: what a clinician reaches for besides the quick fixes. Every snippet inserts its
// text; "Set document kind" writes the front matter; the status bar names the kind. (The
// review of the workspace is scenario 9.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, extensionApi, EXTENSION_ID, openFixture, waitFor, waitForDiagnostics } from './util';

/** A piece of each snippet's expansion that no other snippet has. Keep in step with snippets/markdown.code-snippets. */
const SNIPPETS: Record<string, string> = {
  'grouplint: support-group flyer': '# Topic Support Group\n\nThis is a peer support group. It is not therapy',
  'grouplint: group-therapy flyer': '# Topic Therapy Group\n\nThis is group therapy: a clinical service',
  'grouplint: not-therapy disclaimer (support group)': 'It is not therapy or a clinical service, and it is not a substitute for professional care.',
  'grouplint: group-therapy statement': 'This is group therapy: a clinical service.',
  'grouplint: free / donation line (support group)': 'This group is free. A donation toward the room or refreshments is welcome but never expected.',
  'grouplint: fee and insurance (group therapy)': '**Fee:** $amount per session. Most major insurance plans are accepted.',
  'grouplint: time frame (group therapy)': 'for 8 weeks, from start date to end date.',
  'grouplint: ongoing time frame (group therapy)': 'This group is ongoing; new members can join after a screening conversation.',
  'grouplint: confidentiality and its limits (group therapy)': 'the therapist keeps clinical notes and must report abuse',
  'grouplint: mandated-reporter note': 'The facilitator is a mandated reporter',
  'grouplint: referral line (support group)': 'the facilitator can refer you to another therapist on request.',
  'grouplint: leader and credentials (group therapy)': "**Leader:** Leader's name, credentials, a licensed psychologist, leads every session.",
  'grouplint: facilitator (support group)': "**Facilitator:** This group is facilitated by the facilitator's name",
  'grouplint: individual therapy with the leader (group therapy)': "also see Leader's name for individual therapy",
  'grouplint: front matter with the group kind': '---\ngroup: support\n---\n',
  'grouplint: disable rules from here': '<!-- grouplint-disable support-disclaimer -->',
  'grouplint: disable rules for the next line': '<!-- grouplint-disable-next-line support-disclaimer -->\n',
  'grouplint: disable rules for the whole file': '<!-- grouplint-disable-file support-disclaimer -->',
  'grouplint: enable rules again': '<!-- grouplint-enable support-disclaimer -->',
};

/** The text a snippet body gives when every placeholder keeps its default and every choice its first option. */
function expand(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
      out += body[++i];
    } else if (c === '$' && /\d/.test(body[i + 1] ?? '')) {
      while (/\d/.test(body[i + 1] ?? '')) i++; // a bare tab stop: nothing
    } else if (c === '$' && body[i + 1] === '{') {
      const m = /^\$\{\d+(?::([^}]*)|\|([^|]*)\|)?\}/.exec(body.slice(i));
      if (!m) throw new Error(`cannot expand ${body.slice(i, i + 30)}`);
      out += m[1] ?? (m[2] !== undefined ? m[2].split(',')[0] : '');
      i += m[0].length - 1;
    } else {
      out += c;
    }
  }
  return out;
}

suite('7. snippets, Set document kind and the status bar', function () {
  this.timeout(180_000);
  suiteSetup(() => extensionApi());
  teardown(closeAllEditors);

  test('each snippet inserts its text (editor.action.insertSnippet by name)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'snippets', 'markdown.code-snippets')));
    // The file is JSON with // comment lines (JSONC).
    const snippets = JSON.parse(
      raw
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n'),
    ) as Record<string, { body: string | string[] }>;
    assert.deepStrictEqual(Object.keys(snippets).sort(), Object.keys(SNIPPETS).sort(), 'this test knows every snippet the extension ships');

    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    for (const [name, piece] of Object.entries(SNIPPETS)) {
      const body = snippets[name].body;
      const expected = expand(Array.isArray(body) ? body.join('\n') : body);
      assert.ok(expected.includes(piece), `the distinctive piece of "${name}" is in its body`);
      editor.selection = new vscode.Selection(doc.positionAt(0), doc.positionAt(doc.getText().length));
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      await waitFor(() => doc.getText() === expected, `the expansion of "${name}"`, 10_000).catch(() => {
        throw new Error(`"${name}" gave ${JSON.stringify(doc.getText())}, expected ${JSON.stringify(expected)}`);
      });
      assert.ok(doc.getText().includes(piece));
      await vscode.commands.executeCommand('leaveSnippet');
    }
  });

  test('the status bar names the kind of the active document', async () => {
    const api = await extensionApi();
    const cases: Array<[string, string]> = [
      ['support-flyer.md', '$(organization) Support group'],
      ['therapy-flyer.md', '$(heart) Group therapy'],
      ['new-parents.md', '$(question) Group: kind unclear'],
      ['README.md', '$(dash) Not group material'],
    ];
    for (const [file, text] of cases) {
      await openFixture(file);
      await waitFor(() => api.statusText() === text, `the status bar to read "${text}" for ${file}`).catch((e: Error) => {
        throw new Error(`${e.message}; it reads "${api.statusText()}"`);
      });
    }
  });

  test('Set document kind writes group: support into the front matter (through its quick pick)', async () => {
    const api = await extensionApi();
    const { document: doc } = await openFixture('new-parents.md');
    const before = doc.getText();
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'declare-kind'), 'declare-kind on new-parents.md');
    // The command takes a document but not a kind: it always asks with a quick pick, whose first
    // item is "Support group". Accept that item as soon as the pick is showing (accepting while
    // none is open does nothing), until the command returns.
    let done = false;
    const running = Promise.resolve(vscode.commands.executeCommand('grouplint.setKind')).finally(() => {
      done = true;
    });
    await waitFor(async () => {
      if (done) return true;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    }, 'the Set document kind quick pick to be answered');
    await running;
    await waitFor(() => doc.getText() !== before, 'the front matter to be written');
    assert.strictEqual(doc.getText(), `---\ngroup: support\n---\n\n${before}`);
    await waitFor(() => api.statusText() === '$(organization) Support group', 'the status bar to read "Support group"').catch((e: Error) => {
      throw new Error(`${e.message}; it reads "${api.statusText()}"`);
    });
    // Declared a support group, it is checked as one.
    await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => codeOf(x) === 'support-disclaimer') && !d.some((x) => codeOf(x) === 'declare-kind'),
      'the support rules on the declared flyer',
    );
  });
});
