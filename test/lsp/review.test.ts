// The requests behind the Group materials view, the review and the workspace fix:
// grouplint/workspaceReport (problems placed, other files, rule pages), the
// grouplint/workspaceChanged notification, and grouplint/workspaceFixes (fix all's edits
// for every document, safe fixes only), against the real server process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdit, fileUri, tempWorkspace, TestClient } from './client';
import { GOOD_SUPPORT_FLYER, NOT_GROUP, SUPPORT_FLYER, THERAPY_FLYER, UNCLEAR_FLYER } from './fixtures';
import { textHash, type DocumentFixes, type WorkspaceReport } from '../../server/src/lsp/protocol';

function workspace(): string {
  return tempWorkspace({
    '.grouplintrc.json': JSON.stringify({ ignore: ['old/**'] }),
    'caregivers.md': SUPPORT_FLYER,
    'flyers/anxiety.md': THERAPY_FLYER,
    'flyers/good.md': GOOD_SUPPORT_FLYER,
    'flyers/parents.md': UNCLEAR_FLYER,
    'README.md': NOT_GROUP,
    'drafts/draft.md': SUPPORT_FLYER, // grouplint.ignore
    'old/archived.md': SUPPORT_FLYER, // the config's ignore
  });
}

const settings = { grouplint: { ignore: ['drafts/**'] } };

/** The text fix all gives for a document (the server's own source.fixAll action). */
async function fixAllText(client: TestClient, uri: string, text: string): Promise<string> {
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  client.open(uri, text);
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) },
    context: { diagnostics: [], only: ['source.fixAll.grouplint'] },
  });
  client.close(uri);
  return actions[0]?.edit ? applyEdit(text, actions[0].edit, uri) : text;
}

describe('lsp: the review and the workspace fix', () => {
  let root: string;
  let client: TestClient;
  let changes = 0;
  let onChange: (() => void) | undefined;
  const uri = (rel: string) => fileUri(path.join(root, rel));
  /** Resolves at the next grouplint/workspaceChanged. */
  const nextChange = (what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 10_000);
      onChange = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  before(async () => {
    root = workspace();
    client = await TestClient.start({ mode: 'pull', root, settings });
    client.connection.onNotification('grouplint/workspaceChanged', () => {
      changes++;
      onChange?.();
    });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports each problem with its place, the files that are not group material, and the rule pages', async () => {
    const report: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', { scan: false });
    assert.deepEqual(report.unchecked, []);
    assert.ok(!Number.isNaN(Date.parse(report.generated!)));
    assert.deepEqual(
      report.documents.map((d) => d.path),
      ['caregivers.md', 'flyers/anxiety.md', 'flyers/good.md', 'flyers/parents.md'],
    );
    assert.deepEqual(report.others, [{ uri: uri('README.md'), path: 'README.md', folder: path.basename(root), comparison: false }]);
    const caregivers = report.documents[0];
    const pushed: Diagnostic[] = client.lastPublished(uri('caregivers.md'))!.diagnostics;
    assert.deepEqual(
      caregivers.problems!.map((p) => [p.rule, p.severity, p.range, p.message]),
      pushed.map((d) => [d.code, d.severity, d.range, d.message]),
      'the same problems, at the same places, as the diagnostics',
    );
    assert.deepEqual(
      caregivers.problems!.filter((p) => p.fixable).map((p) => p.rule),
      ['support-disclaimer'],
      'only the disclaimer has a safe fix; the rest are suggestions',
    );
    assert.equal(report.pages!['support-free'], 'https://github.com/grouplint/grouplint/blob/main/docs/rules/support-free.md');
    assert.equal(report.pages!['declare-kind'], 'https://github.com/grouplint/grouplint/blob/main/docs/rules/declare-kind.md');
  });

  it('says when the workspace changed (grouplint/workspaceChanged), and the report follows', async () => {
    let changed = nextChange('a workspaceChanged notification');
    fs.writeFileSync(path.join(root, 'flyers', 'new.md'), UNCLEAR_FLYER);
    client.filesChanged([{ uri: uri('flyers/new.md'), type: 1 }]);
    await changed;
    const report: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', { scan: false });
    assert.ok(report.documents.some((d) => d.path === 'flyers/new.md' && d.kind === null));
    changed = nextChange('a workspaceChanged notification after the delete');
    fs.rmSync(path.join(root, 'flyers', 'new.md'));
    client.filesChanged([{ uri: uri('flyers/new.md'), type: 3 }]);
    await changed;
    assert.ok(changes >= 2);
  });

  it('gives fix all’s edits for every document with a safe fix, and none for suggestions or ignored files', async () => {
    const { documents }: { documents: DocumentFixes[] } = await client.connection.sendRequest('grouplint/workspaceFixes', {});
    assert.deepEqual(documents.map((d) => d.path).sort(), ['caregivers.md', 'flyers/anxiety.md']);
    for (const d of documents) {
      const text = fs.readFileSync(path.join(root, d.path), 'utf8');
      assert.equal(d.version, null, 'read from disk');
      assert.equal(d.hash, textHash(text));
      const fixed = TextDocument.applyEdits(TextDocument.create(d.uri, 'markdown', 0, text), d.edits);
      assert.equal(fixed, await fixAllText(client, d.uri, text), `${d.path}: the same text as fix all`);
      assert.ok(
        d.edits.every((e) => e.label && e.rule),
        'every edit is labelled with its fix and rule',
      );
    }
    const caregivers = documents.find((d) => d.path === 'caregivers.md')!;
    assert.deepEqual(
      caregivers.edits.map((e) => e.rule),
      ['support-disclaimer'],
    );
    assert.match(caregivers.edits[0].label, /disclaimer/i);
  });

  it('takes an open document as it is in the editor, with its version', async () => {
    const file = uri('flyers/anxiety.md');
    const text = THERAPY_FLYER.replace('Mondays', 'Tuesdays');
    client.open(file, text, 7);
    const { documents }: { documents: DocumentFixes[] } = await client.connection.sendRequest('grouplint/workspaceFixes', { uris: [file] });
    client.close(file);
    assert.equal(documents.length, 1);
    assert.equal(documents[0].version, 7);
    assert.equal(documents[0].hash, textHash(text));
    assert.match(TextDocument.applyEdits(TextDocument.create(file, 'markdown', 0, text), documents[0].edits), /This is group therapy/);
  });
});

describe('lsp: the review with the workspace check off', () => {
  it('answers scan: false from the open documents alone and names the folder left out', async () => {
    const root = workspace();
    const client = await TestClient.start({ mode: 'pull', root, settings: { grouplint: { workspaceCheck: false } } });
    try {
      client.open(fileUri(path.join(root, 'caregivers.md')), SUPPORT_FLYER);
      const quick: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', { scan: false });
      assert.deepEqual(quick.unchecked, [path.basename(root)]);
      assert.deepEqual(
        quick.documents.map((d) => d.path),
        ['caregivers.md'],
      );
      const full: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', {});
      assert.deepEqual(full.unchecked, []);
      assert.ok(full.documents.length > 1);
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
