import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-protocol';
import { applyEdit, TestClient } from './client';
import { SUPPORT_FLYER, THERAPY_FLYER, UNCLEAR_FLYER } from './fixtures';

let n = 0;

describe('lsp: code actions', () => {
  let client: TestClient;
  let snippets: TestClient;
  before(async () => {
    [client, snippets] = await Promise.all([TestClient.start({ mode: 'pull' }), TestClient.start({ mode: 'pull', snippets: true })]);
  });
  after(() => Promise.all([client.stop(), snippets.stop()]));

  /** Open `text` as a fresh document and return its URI and diagnostics. */
  async function openDoc(text: string, c = client): Promise<{ uri: string; diags: Diagnostic[] }> {
    const uri = `untitled:actions-${++n}.md`;
    c.open(uri, text);
    return { uri, diags: await c.diagnostics(uri) };
  }

  async function actionsFor(uri: string, d: Diagnostic, c = client, only?: string[]): Promise<CodeAction[]> {
    return c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only } });
  }

  async function actionsAt(uri: string, range: Range, only?: string[], c = client): Promise<CodeAction[]> {
    return c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only } });
  }

  /** Apply an action's edit to the document's text and send the result as the next version. */
  async function apply(uri: string, action: CodeAction, c = client): Promise<string> {
    const text = applyEdit(c.text(uri), action.edit!, uri);
    const version = c.document(uri).version + 1;
    c.change(uri, version, [{ text }]);
    return text;
  }

  const find = (actions: CodeAction[], title: string | RegExp) => {
    const a = actions.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
    assert.ok(a, `no action ${title}; got ${JSON.stringify(actions.map((x) => x.title))}`);
    return a;
  };

  it('offers, for one problem: its suggestion (never preferred), disable for this line, disable for this file, docs', async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const actions = await actionsFor(uri, d);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, !!a.isPreferred]),
      [
        ['Remove this sentence', 'quickfix', false],
        ['Disable support-no-clinical-activities for this line', 'quickfix', false],
        ['Disable support-no-clinical-activities for this file', 'quickfix', false],
        ['Show documentation for support-no-clinical-activities', 'quickfix', false],
        ['Fix all grouplint problems that have a fix', 'source.fixAll.grouplint', false],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, [d]);
    // Versioned edits, so an editor never applies them to a newer text.
    assert.deepEqual((actions[0].edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri, version: 1 });
  });

  it('a fix is the preferred action', async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const d = diags.find((x) => x.code === 'support-disclaimer')!;
    const [first] = await actionsFor(uri, d);
    assert.deepEqual([first.title, first.kind, first.isPreferred], ['Insert the support-group disclaimer under the title', 'quickfix', true]);
  });

  it('the removal suggestion removes exactly the sentence', async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Remove this sentence'));
    assert.equal(text, SUPPORT_FLYER.replace('Each week we fill in a worksheet together.\n\n', ''));
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-disclaimer', 'support-free'],
    );
  });

  it('inserting the disclaimer puts the configured wording under the title', async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const d = diags.find((x) => x.code === 'support-disclaimer')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Insert the support-group disclaimer under the title'));
    assert.equal(
      text,
      SUPPORT_FLYER.replace(
        '# Tuesday Caregivers Circle\n',
        '# Tuesday Caregivers Circle\n\nThis is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.\n',
      ),
    );
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-free', 'support-no-clinical-activities'],
    );
  });

  it("disable for this line: a comment on its own line above, with the line's indentation, and the problem is gone", async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Disable support-no-clinical-activities for this line'));
    assert.equal(text, SUPPORT_FLYER.replace('Each week', '<!-- grouplint-disable-next-line support-no-clinical-activities -->\nEach week'));
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-disclaimer', 'support-free'],
    );
  });

  it('disable for this line inside a paragraph: the comment ends the line before, so the paragraph stays whole', async () => {
    const source = SUPPORT_FLYER.replace('\n\nEach week we fill', '\nEach week we fill');
    const { uri, diags } = await openDoc(source);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Disable support-no-clinical-activities for this line'));
    assert.equal(text, source.replace('7 pm.\nEach week', '7 pm. <!-- grouplint-disable-next-line support-no-clinical-activities -->\nEach week'));
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-disclaimer', 'support-free'],
    );
  });

  it('disable for this line on a later list item: indented into the item above, so the list stays one list', async () => {
    const source = SUPPORT_FLYER.replace('Each week we fill in a worksheet together.', '- Sharing and listening\n- A worksheet each week\n  - Nested notes');
    const { uri, diags } = await openDoc(source);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Disable support-no-clinical-activities for this line'));
    assert.equal(text, source.replace('- A worksheet', '  <!-- grouplint-disable-next-line support-no-clinical-activities -->\n- A worksheet'));
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-disclaimer', 'support-free'],
    );
  });

  it('disable for this line names the rule in a disable-next-line comment already above', async () => {
    const source = SUPPORT_FLYER.replace(
      'Each week we fill in a worksheet together.',
      '<!-- grouplint-disable-next-line support-free -->\nEach week we fill in a worksheet together.',
    );
    const { uri, diags } = await openDoc(source);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Disable support-no-clinical-activities for this line'));
    assert.equal(text, source.replace('support-free -->', 'support-free support-no-clinical-activities -->'));
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-disclaimer', 'support-free'],
    );
  });

  it('disable for this file: a comment right after the front matter', async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const d = diags.find((x) => x.code === 'support-disclaimer')!;
    const text = await apply(uri, find(await actionsFor(uri, d), 'Disable support-disclaimer for this file'));
    assert.equal(text, SUPPORT_FLYER.replace('---\n\n#', '---\n<!-- grouplint-disable-file support-disclaimer -->\n\n#'));
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-free', 'support-no-clinical-activities'],
    );
    // A second rule joins the same comment.
    const again = (await client.diagnostics(uri)).find((x) => x.code === 'support-free')!;
    const text2 = await apply(uri, find(await actionsFor(uri, again), 'Disable support-free for this file'));
    assert.equal(text2, text.replace('support-disclaimer -->', 'support-disclaimer support-free -->'));
  });

  it('disable for this file without front matter: a comment at the top', async () => {
    const { uri, diags } = await openDoc(UNCLEAR_FLYER);
    const text = await apply(uri, find(await actionsFor(uri, diags[0]), 'Disable declare-kind for this file'));
    assert.equal(text, `<!-- grouplint-disable-file declare-kind -->\n\n${UNCLEAR_FLYER}`);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('suggestions are extra quick fixes: declare the kind in new front matter', async () => {
    const { uri, diags } = await openDoc(UNCLEAR_FLYER);
    const actions = await actionsFor(uri, diags[0]);
    assert.deepEqual(
      actions.slice(0, 2).map((a) => [a.title, !!a.isPreferred]),
      [
        ['Declare this a support group (front matter "group: support")', false],
        ['Declare this a therapy group (front matter "group: therapy")', false],
      ],
    );
    const text = await apply(uri, actions[1]);
    assert.equal(text, `---\ngroup: therapy\n---\n\n${UNCLEAR_FLYER}`);
  });

  it('a problem inside the front matter offers no line comment (it would break the YAML)', async () => {
    const { uri, diags } = await openDoc(THERAPY_FLYER.replace('group: therapy', 'group: therapi'));
    const d = diags.find((x) => x.code === 'kind-unknown')!;
    const titles = (await actionsFor(uri, d)).map((a) => a.title);
    assert.ok(titles.includes('Set the kind to "therapy"'));
    assert.ok(!titles.some((t) => /for this line/.test(t)), titles.join(' | '));
    assert.ok(titles.includes('Disable kind-unknown for this file'));
  });

  it('an engine notice (invalid front matter) is shown, with no disable actions', async () => {
    const { uri, diags } = await openDoc('---\ngroup: [support\n---\n\n# Grief Support Group\n\nA peer support group. It is not therapy.\n');
    const notice = diags.find((x) => x.code === undefined)!;
    assert.ok(notice, 'a notice without a rule code');
    assert.match(notice.codeDescription!.href, /docs\/configuration\.md$/);
    const titles = (await actionsFor(uri, notice)).map((a) => a.title);
    assert.ok(!titles.some((t) => /Disable|documentation/.test(t)), titles.join(' | '));
  });

  it('placeholder lines arrive as snippet edits with tab stops when the client takes them', async () => {
    const { uri, diags } = await openDoc(THERAPY_FLYER, snippets);
    const d = diags.find((x) => x.code === 'therapy-fee')!;
    const action = find(await actionsFor(uri, d, snippets), 'Insert a fee line to fill in');
    const edit = (action.edit!.documentChanges![0] as { edits: Array<{ snippet?: { kind: string; value: string } }> }).edits[0];
    assert.deepEqual(edit.snippet, { kind: 'snippet', value: '\n\nFee: ${1:amount} per session (${2:private pay or insurance}).' });
    // ...and as plain text with bracketed blanks when it does not.
    const plain = await openDoc(THERAPY_FLYER);
    const p = plain.diags.find((x) => x.code === 'therapy-fee')!;
    const text = await apply(plain.uri, find(await actionsFor(plain.uri, p), 'Insert a fee line to fill in'));
    assert.equal(text, THERAPY_FLYER.replace('# Anxiety Group\n', '# Anxiety Group\n\nFee: [amount] per session ([private pay or insurance]).\n'));
  });

  it('suggestions are never applied in bulk: no "fix all" of a rule that has suggestions only', async () => {
    const source = SUPPORT_FLYER.replace('Drop in any week.', 'Drop in any week.\n\nThere is homework between meetings.');
    const { uri, diags } = await openDoc(source);
    const d = diags.find((x) => x.code === 'support-no-clinical-activities')!;
    const titles = (await actionsFor(uri, d)).map((a) => a.title);
    assert.ok(!titles.some((t) => /^Fix all support-no-clinical-activities/.test(t)), titles.join(' | '));
  });

  it('source.fixAll.grouplint (fix on save) applies every fix and no suggestion: facts stay as they are', async () => {
    const { uri } = await openDoc(SUPPORT_FLYER);
    const actions = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all grouplint problems that have a fix', 'source.fixAll.grouplint']],
    );
    const text = await apply(uri, actions[0]);
    assert.equal(
      text,
      [
        '---',
        'group: support',
        '---',
        '',
        '# Tuesday Caregivers Circle',
        '',
        'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.',
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
    // What is left has suggestions only, for a person to choose.
    assert.deepEqual(
      (await client.diagnostics(uri)).map((x) => x.code),
      ['support-free', 'support-no-clinical-activities'],
    );
    const more = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.grouplint']);
    assert.deepEqual(more, []);
  });

  it('fix all runs every pass of the fix pipeline, as --fix does: a misspelt kind, then the statement of that kind', async () => {
    // Read from its signals alone (free, drop-in, volunteers), the kind does not settle the disclaimer:
    // a suggestion. Once "group: support" is spelt right, the disclaimer is a fix of the next pass.
    const source =
      '---\ngroup: suport\n---\n\n# Tuesday Evenings\n\nA circle for people who have lost a parent. Free, drop in any week, hosted by volunteers with lived experience. We meet every Tuesday at 7 pm.\n';
    const { uri, diags } = await openDoc(source);
    assert.deepEqual(
      diags.map((x) => x.code),
      ['kind-unknown', 'support-disclaimer'],
    );
    const [all] = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.grouplint']);
    const text = await apply(uri, all);
    const expected = source
      .replace('group: suport', 'group: support')
      .replace(
        '# Tuesday Evenings\n',
        '# Tuesday Evenings\n\nThis is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.\n',
      );
    assert.equal(text, expected);
    assert.deepEqual(await client.diagnostics(uri), []);
    // The edits are the fixes' own, placed in the text as it was (not one edit of the whole file).
    const edits = (all.edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits;
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['support', '\n\nThis is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.'],
    );
  });

  it('fix-on-save never uses snippets nor inserts lines with blanks, even where the client takes snippets', async () => {
    const { uri } = await openDoc(THERAPY_FLYER, snippets);
    const [all] = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.grouplint'], snippets);
    const edits = (all.edit!.documentChanges![0] as { edits: Array<{ snippet?: unknown; newText?: string }> }).edits;
    assert.ok(edits.every((e) => e.snippet === undefined && typeof e.newText === 'string'));
    // The therapy statement only: the fee, time frame, leader and confidentiality lines are suggestions.
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['\n\nThis is group therapy: a clinical service.'],
    );
  });

  it('show documentation opens the rule page through the client', async () => {
    const { uri, diags } = await openDoc(SUPPORT_FLYER);
    const action = find(await actionsFor(uri, diags[0]), 'Show documentation for support-disclaimer');
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    assert.match(client.shown[client.shown.length - 1], /^file:\/\/.*\/docs\/rules\/support-disclaimer\.md$/);
  });

  it("server commands: set the kind, insert a statement (as the extension's commands do)", async () => {
    const { uri } = await openDoc(UNCLEAR_FLYER);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'grouplint.server.setKind', arguments: [uri, 'support'] });
    let text = applyEdit(client.text(uri), client.applied[client.applied.length - 1], uri);
    assert.equal(text, `---\ngroup: support\n---\n\n${UNCLEAR_FLYER}`);
    client.change(uri, 2, [{ text }]);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'grouplint.server.insertStatement', arguments: [uri, 'disclaimer'] });
    text = applyEdit(client.text(uri), client.applied[client.applied.length - 1], uri);
    assert.equal(
      text,
      `---\ngroup: support\n---\n\n# New Parents Group\n\nThis is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.\n\nA group for new parents to meet each week.\n`,
    );
    client.change(uri, 3, [{ text }]);
    // Setting the kind again replaces the line rather than adding one.
    await client.connection.sendRequest('workspace/executeCommand', { command: 'grouplint.server.setKind', arguments: [uri, 'therapy'] });
    text = applyEdit(client.text(uri), client.applied[client.applied.length - 1], uri);
    assert.ok(text.startsWith('---\ngroup: therapy\n---\n\n# New Parents Group\n'), text);
  });
});
