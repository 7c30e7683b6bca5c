import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import { lint } from '../../server/src/engine';
import { TestClient } from './client';
import { NOT_GROUP, SUPPORT_FLYER, THERAPY_FLYER } from './fixtures';

const URI_A = 'untitled:flyer-a.md';

describe('lsp: diagnostics', () => {
  describe('pulled (textDocument/diagnostic)', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ mode: 'pull' })));
    after(() => client.stop());

    it('reports each problem with its rule id as code, source, severity and a link to the rule page', async () => {
      client.open(URI_A, SUPPORT_FLYER);
      const diags = await client.diagnostics(URI_A);
      assert.deepEqual(
        diags.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
        [
          ['support-disclaimer', 2, 4, 0, 4, 27],
          ['support-free', 3, 4, 0, 4, 27],
          ['support-no-clinical-activities', 2, 9, 23, 9, 32],
        ],
      );
      for (const d of diags) {
        assert.equal(d.source, 'grouplint');
        const href = d.codeDescription!.href;
        assert.match(href, new RegExp(`^file://.*/docs/rules/${d.code}\\.md$`));
        assert.ok(fs.existsSync(URI.parse(href).fsPath), `${href} exists`);
      }
    });

    it('answers "unchanged" when nothing changed since the last result', async () => {
      const first = await client.pull(URI_A);
      const again = await client.pull(URI_A, first.resultId);
      assert.equal(again.kind, 'unchanged');
      assert.equal(again.resultId, first.resultId);
    });

    it('follows incremental edits, several changes in one notification applied in order', async () => {
      client.open('untitled:edit.md', SUPPORT_FLYER);
      // Replace "worksheet" with "conversation", then add a disclaimer under the title.
      const text = client.text('untitled:edit.md');
      const at = text.indexOf('worksheet');
      const doc = client.document('untitled:edit.md');
      client.change('untitled:edit.md', 2, [
        { range: { start: doc.positionAt(at), end: doc.positionAt(at + 'worksheet'.length) }, text: 'conversation' },
        {
          range: { start: { line: 4, character: 27 }, end: { line: 4, character: 27 } },
          text: '\n\nThis is a peer support group, not therapy or a clinical service.',
        },
      ]);
      const diags = await client.diagnostics('untitled:edit.md');
      assert.deepEqual(
        diags.map((d) => d.code),
        ['support-free'],
      );
      // The server's text is the client's text: the same lint as a fresh one.
      assert.deepEqual(
        diags.map((d) => d.message),
        lint(client.text('untitled:edit.md')).problems.map((p) => p.message),
      );
    });

    it('keeps line numbers right after inserting and deleting lines', async () => {
      const uri = 'untitled:lines.md';
      client.open(uri, SUPPORT_FLYER);
      client.insert(uri, 2, SUPPORT_FLYER.indexOf('Each week'), 'One.\n\nTwo.\n\n');
      let d = (await client.diagnostics(uri)).find((x) => x.code === 'support-no-clinical-activities')!;
      assert.equal(d.range.start.line, 13);
      client.change(uri, 3, [{ range: { start: { line: 9, character: 0 }, end: { line: 13, character: 0 } }, text: '' }]);
      d = (await client.diagnostics(uri)).find((x) => x.code === 'support-no-clinical-activities')!;
      assert.equal(d.range.start.line, 9);
      assert.equal(client.text(uri).split('\n')[9].slice(d.range.start.character, d.range.end.character), 'worksheet');
    });

    it('answers a request cancelled while it waits with RequestCancelled, never with old problems', async () => {
      const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
      const uri = 'untitled:race.md';
      client.open(uri, SUPPORT_FLYER);
      const source = new CancellationTokenSource();
      // While the server asks for this document's settings, the editor edits it and cancels the pull, as VS Code does.
      client.beforeConfiguration = () => {
        const at = client.text(uri).indexOf('worksheet');
        const doc = client.document(uri);
        client.change(uri, 2, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 9) }, text: 'chat' }]);
        source.cancel();
      };
      const request = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
      await assert.rejects(request, (e: { code?: number }) => e.code === -32800);
      const after = await client.diagnostics(uri);
      assert.deepEqual(
        after.map((d) => d.code),
        ['support-disclaimer', 'support-free'],
      );
    });

    it('answers a request cancelled before it runs with RequestCancelled', async () => {
      const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
      client.open('untitled:cancel.md', SUPPORT_FLYER);
      const source = new CancellationTokenSource();
      client.beforeConfiguration = () => source.cancel();
      const request = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'untitled:cancel.md' } }, source.token);
      await assert.rejects(request, (e: { code?: number }) => e.code === -32800);
    });

    it('is silent on documents that are not group material', async () => {
      client.open('untitled:readme.md', NOT_GROUP);
      assert.deepEqual(await client.diagnostics('untitled:readme.md'), []);
    });

    it('gives a document over 1 MB one information diagnostic instead of a lint', async () => {
      const uri = 'untitled:huge.md';
      const para = 'This is group therapy led by a licensed psychologist. There is a fee per session, and we use worksheets.\n\n';
      const text = THERAPY_FLYER + para.repeat(Math.ceil((1.1 * 1024 * 1024) / para.length));
      const t0 = Date.now();
      client.open(uri, text);
      const diags = await client.diagnostics(uri);
      assert.equal(diags.length, 1);
      assert.equal(diags[0].severity, 3);
      assert.match(String(diags[0].message), /1\.1 MB.*1 MB/);
      client.insert(uri, 2, 10, 'x');
      assert.equal((await client.diagnostics(uri)).length, 1);
      assert.ok(Date.now() - t0 < 3000, 'answered quickly');
    });

    it('measures the ceiling in bytes of UTF-8: a document under 1 MB of characters but over it in bytes gets the notice, with its size in bytes', async () => {
      const uri = 'untitled:huge-cjk.md';
      const para = '支援小组每周二晚上见面。\n\n';
      const text = THERAPY_FLYER + para.repeat(Math.ceil((1.15 * 1024 * 1024) / Buffer.byteLength(para)));
      assert.ok(text.length < 1024 * 1024 && Buffer.byteLength(text) > 1024 * 1024);
      client.open(uri, text);
      const size = (Buffer.byteLength(text) / (1024 * 1024)).toFixed(1);
      const notice = async () => {
        const diags = await client.diagnostics(uri);
        assert.equal(diags.length, 1);
        assert.match(String(diags[0].message), new RegExp(`is ${size.replace('.', '\\.')} MB.*1 MB`));
      };
      await notice();
      client.insert(uri, 2, 10, 'x');
      await notice();
    });

    it('tells the kind of a document and where it came from (grouplint/documentInfo)', async () => {
      const info = await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri: URI_A } });
      assert.deepEqual(info, {
        state: 'checked',
        kind: 'support',
        kindSource: 'front-matter',
        kindEvidence: ['group: support'],
        groupMaterial: true,
        comparison: false,
        problems: 3,
      });
    });

    it("an inferred kind comes with the words it rests on, in documentInfo and in each kind rule's message", async () => {
      const uri = 'untitled:inferred-evidence.md';
      client.open(uri, '# Widows Circle\n\nOur peer support group meets on Tuesdays at 7 pm. Each week we fill in a worksheet.\n');
      const info = await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri } });
      assert.deepEqual(info, {
        state: 'checked',
        kind: 'support',
        kindSource: 'inferred',
        kindEvidence: ['"peer support group"'],
        groupMaterial: true,
        comparison: false,
        problems: 3,
      });
      const diags = await client.diagnostics(uri);
      const worksheet = diags.find((d) => d.code === 'support-no-clinical-activities')!;
      assert.match(String(worksheet.message), / \(Read as a support group from "peer support group"\.\)$/);
    });
  });

  describe('pushed (textDocument/publishDiagnostics), for clients that cannot pull', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ mode: 'push' })));
    after(() => client.stop());

    it('publishes on open and on change, with the document version', async () => {
      client.open(URI_A, THERAPY_FLYER, 1);
      const first = await client.pushed(URI_A, { version: 1 });
      assert.deepEqual(
        first.map((d) => d.code),
        ['therapy-confidentiality', 'therapy-fee', 'therapy-leader', 'therapy-statement', 'therapy-timeframe'],
      );
      client.insert(URI_A, 2, THERAPY_FLYER.indexOf('We meet'), 'This is group therapy led by a licensed psychologist.\n\n');
      const second = await client.pushed(URI_A, { version: 2 });
      assert.deepEqual(
        second.map((d) => d.code),
        ['therapy-confidentiality', 'therapy-fee', 'therapy-timeframe'],
      );
    });

    it('never publishes an older version after a newer one, however fast the edits come', async () => {
      const uri = 'untitled:fast.md';
      const from = client.published.length;
      client.open(uri, SUPPORT_FLYER, 1);
      const base = SUPPORT_FLYER.indexOf('Drop in');
      for (let v = 2; v <= 30; v++) client.insert(uri, v, base, 'a');
      await client.pushed(uri, { version: 30, from });
      // A round trip after the last publish: anything queued before it has arrived.
      await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri } });
      const versions = client.published
        .slice(from)
        .filter((p) => p.uri === uri)
        .map((p) => p.version!);
      assert.deepEqual(
        [...versions].sort((a, b) => a - b),
        versions,
        `versions in order: ${versions}`,
      );
      assert.equal(versions[versions.length - 1], 30);
      assert.ok(versions.length < 29, `edits were coalesced (${versions.length} publishes for 30 versions)`);
    });

    it('pushes once for edits read together, the last version', async () => {
      const uri = 'untitled:burst.md';
      client.open(uri, SUPPORT_FLYER, 1);
      await client.pushed(uri, { version: 1 });
      const from = client.published.length;
      const at = client.document(uri).positionAt(SUPPORT_FLYER.indexOf('Drop in'));
      // Twelve one-letter edits in one write, under a pipe's atomic size: the server reads them in one go.
      let bytes = '';
      for (let version = 2; version <= 13; version++) {
        const body = JSON.stringify({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: 'a' }] },
        });
        bytes += `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      }
      assert.ok(bytes.length < 4096);
      client.process.stdin.write(bytes);
      await client.pushed(uri, { version: 13, from });
      // A round trip after the last publish: anything queued before it has arrived.
      await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri } });
      assert.deepEqual(
        client.published
          .slice(from)
          .filter((p) => p.uri === uri)
          .map((p) => p.version),
        [13],
      );
    });

    it('clears the diagnostics of a closed document that is not part of the workspace', async () => {
      const from = client.published.length;
      client.close(URI_A);
      assert.deepEqual(await client.pushed(URI_A, { from }), []);
    });
  });
});
