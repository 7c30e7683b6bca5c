import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyEdit, fileUri, tempWorkspace, TestClient } from './client';
import { SUPPORT_FLYER } from './fixtures';

describe('lsp: settings and config files', () => {
  describe('editor settings (workspace/configuration, refreshed on didChangeConfiguration)', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ mode: 'pull', settings: { grouplint: {} } })));
    after(() => client.stop());

    it('asks for the settings of each document, and follows a change', async () => {
      const uri = 'untitled:settings.md';
      client.open(uri, SUPPORT_FLYER);
      const before = await client.diagnostics(uri);
      assert.equal(before.find((d) => d.code === 'support-free')!.severity, 3);
      assert.ok(client.configurationRequests.some((r) => r.scopeUri === uri && r.section === 'grouplint'));

      const refreshes = client.refreshes.length;
      client.configure({
        grouplint: { rules: { 'support-no-clinical-activities': 'error', 'support-disclaimer': 'off' }, wording: { free: 'Free to attend; tea provided.' } },
      });
      // The server asks the client to pull again.
      await client.until(() => client.refreshes.length > refreshes, 'workspace/diagnostic/refresh');
      const after = await client.diagnostics(uri);
      assert.deepEqual(
        after.map((d) => [d.code, d.severity]),
        [
          ['support-free', 3],
          ['support-no-clinical-activities', 1],
        ],
      );
      // The practice's wording reaches the suggestion (never preferred: a person chooses it).
      const d = after[0];
      const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const suggestion = actions.find((a) => a.title === 'Insert the free-attendance wording')!;
      assert.ok(!suggestion.isPreferred);
      assert.equal(applyEdit(client.text(uri), suggestion.edit!, uri), SUPPORT_FLYER.replace('Circle\n', 'Circle\n\nFree to attend; tea provided.\n'));
    });

    it('turning grouplint off silences it; on again brings the problems back', async () => {
      const uri = 'untitled:settings.md';
      let refreshes = client.refreshes.length;
      client.configure({ grouplint: { enable: false } });
      await client.until(() => client.refreshes.length > refreshes, 'refresh');
      assert.deepEqual(await client.diagnostics(uri), []);
      const info = await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri } });
      assert.equal((info as { state: string }).state, 'disabled');
      refreshes = client.refreshes.length;
      client.configure({ grouplint: {} });
      await client.until(() => client.refreshes.length > refreshes, 'refresh');
      assert.equal((await client.diagnostics(uri)).length, 3);
    });

    it('invalid settings: the valid part applies and the rest is reported in words', async () => {
      const uri = 'untitled:settings.md';
      const refreshes = client.refreshes.length;
      client.configure({ grouplint: { rules: { 'support-free': 'loud', 'support-disclaimer': 'hint', 'no-such-rule': 'error' } } });
      await client.until(() => client.refreshes.length > refreshes, 'refresh');
      const diags = await client.diagnostics(uri);
      assert.deepEqual(
        diags.map((d) => [d.code, d.severity]),
        [
          ['support-disclaimer', 4],
          ['support-free', 3],
          ['support-no-clinical-activities', 2],
        ],
      );
      await client.until(() => client.messages.length >= 2, 'two messages about the settings');
      assert.ok(
        client.messages.some((m) => /"rules.support-free" is "loud"/.test(m)),
        client.messages.join('\n'),
      );
      assert.ok(
        client.messages.some((m) => /Unknown rule id "no-such-rule"/.test(m)),
        client.messages.join('\n'),
      );
    });
  });

  describe('settings pushed with didChangeConfiguration (clients without workspace/configuration)', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ mode: 'push', noConfiguration: true })));
    after(() => client.stop());

    it('re-publishes open documents with the new settings', async () => {
      const uri = 'untitled:pushed-settings.md';
      client.open(uri, SUPPORT_FLYER, 1);
      const first = await client.pushed(uri, { version: 1 });
      assert.equal(first.length, 3);
      const from = client.published.length;
      client.configure({ grouplint: { rules: { 'support-no-clinical-activities': 'off' } } });
      const after = await client.pushed(uri, { from, test: (d) => d.length === 2 });
      assert.deepEqual(
        after.map((d) => d.code),
        ['support-disclaimer', 'support-free'],
      );
    });
  });

  describe('.grouplintrc.json', () => {
    let root: string;
    let client: TestClient;
    const rc = () => path.join(root, '.grouplintrc.json');
    before(async () => {
      root = tempWorkspace({ '.grouplintrc.json': JSON.stringify({ rules: { 'support-disclaimer': 'off' } }), 'flyers/a.md': SUPPORT_FLYER });
      client = await TestClient.start({ mode: 'pull', root, settings: { grouplint: { workspaceCheck: false } } });
    });
    after(async () => {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('applies the nearest config file, and picks up a change on disk without a restart', async () => {
      const uri = fileUri(path.join(root, 'flyers', 'a.md'));
      client.open(uri, SUPPORT_FLYER);
      assert.deepEqual(
        (await client.diagnostics(uri)).map((d) => d.code),
        ['support-free', 'support-no-clinical-activities'],
      );
      const info = (await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri } })) as { configFile?: string };
      assert.equal(info.configFile, fileUri(rc()));

      fs.writeFileSync(rc(), JSON.stringify({ rules: { 'support-disclaimer': 'error' } }));
      const refreshes = client.refreshes.length;
      client.filesChanged([{ uri: fileUri(rc()), type: 2 }]);
      await client.until(() => client.refreshes.length > refreshes, 'refresh after the config file changed');
      assert.deepEqual(
        (await client.diagnostics(uri)).map((d) => [d.code, d.severity]),
        [
          ['support-disclaimer', 1],
          ['support-free', 3],
          ['support-no-clinical-activities', 2],
        ],
      );
    });

    it('shows the faults of the config file on the config file, and lints on with the valid part', async () => {
      const uri = fileUri(path.join(root, 'flyers', 'a.md'));
      const text = '{\n  "rules": {\n    "support-free": "off",\n    "suport-disclaimer": "error"\n  }\n}\n';
      fs.writeFileSync(rc(), text);
      const from = client.published.length;
      client.filesChanged([{ uri: fileUri(rc()), type: 2 }]);
      const issues = await client.pushed(fileUri(rc()), { from });
      assert.equal(issues.length, 1);
      assert.match(String(issues[0].message), /Unknown rule id "suport-disclaimer". Did you mean "support-disclaimer"\?/);
      assert.deepEqual(issues[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 23 } });
      assert.equal(issues[0].source, 'grouplint');
      // support-free is off; the misspelt id changes nothing else.
      const diags = await client.diagnostics(uri);
      assert.deepEqual(
        diags.map((d) => d.code),
        ['support-disclaimer', 'support-no-clinical-activities'],
      );
    });

    it('an open, unsaved config document counts, and its faults come with its own diagnostics', async () => {
      const uri = fileUri(path.join(root, 'flyers', 'a.md'));
      const rcUri = fileUri(rc());
      const refreshes = client.refreshes.length;
      const from = client.published.length;
      client.open(rcUri, '{ "rules": { "support-no-clinical-activities": "off", "support-free": "loud" } }', 1, 'json');
      await client.until(() => client.refreshes.length > refreshes, 'refresh after the config document opened');
      // The faults published from the disk are taken back: the editor now pulls the open document's own.
      assert.deepEqual(await client.pushed(rcUri, { from }), []);
      const own = await client.diagnostics(rcUri);
      assert.equal(own.length, 1);
      assert.match(String(own[0].message), /"rules.support-free" is "loud"/);
      assert.deepEqual(
        (await client.diagnostics(uri)).map((d) => d.code),
        ['support-disclaimer', 'support-free'],
      );
      // Closing it without saving: the file on disk applies again.
      const again = client.refreshes.length;
      const before = client.published.length;
      client.close(rcUri);
      await client.until(() => client.refreshes.length > again, 'refresh after the config document closed');
      // ...and the faults of the file on disk are published again.
      assert.match(String((await client.pushed(rcUri, { from: before }))[0].message), /Unknown rule id "suport-disclaimer"/);
      assert.deepEqual(
        (await client.diagnostics(uri)).map((d) => d.code),
        ['support-disclaimer', 'support-no-clinical-activities'],
      );
    });

    it('a deleted config file: defaults again, and its diagnostics are cleared', async () => {
      const uri = fileUri(path.join(root, 'flyers', 'a.md'));
      fs.rmSync(rc());
      const from = client.published.length;
      const refreshes = client.refreshes.length;
      client.filesChanged([{ uri: fileUri(rc()), type: 3 }]);
      assert.deepEqual(await client.pushed(fileUri(rc()), { from }), []);
      await client.until(() => client.refreshes.length > refreshes, 'refresh');
      assert.equal((await client.diagnostics(uri)).length, 3);
    });
  });
});
