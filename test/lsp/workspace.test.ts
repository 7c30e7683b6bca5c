import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri, tempWorkspace, TestClient, type Mode } from './client';
import { GOOD_SUPPORT_FLYER, NOT_GROUP, SUPPORT_FLYER, THERAPY_FLYER, UNCLEAR_FLYER } from './fixtures';
import type { WorkspaceReport } from '../../server/src/lsp/protocol';

/** A folder of files, some of which the workspace check must leave out. */
function workspace(): string {
  return tempWorkspace({
    '.grouplintrc.json': JSON.stringify({ ignore: ['old/**'] }),
    '.gitignore': 'build/\n*.tmp.md\n',
    'caregivers.md': SUPPORT_FLYER,
    'flyers/anxiety.md': THERAPY_FLYER,
    'flyers/good.md': GOOD_SUPPORT_FLYER,
    'flyers/parents.markdown': UNCLEAR_FLYER,
    'README.md': NOT_GROUP,
    'drafts/draft.md': SUPPORT_FLYER, // grouplint.ignore
    'build/out.md': SUPPORT_FLYER, // .gitignore folder
    'flyers/scratch.tmp.md': SUPPORT_FLYER, // .gitignore pattern
    'hidden/secret.md': SUPPORT_FLYER, // files.exclude
    'old/archived.md': SUPPORT_FLYER, // config ignore
    'node_modules/pkg/readme.md': SUPPORT_FLYER, // never read
    'notes.txt': SUPPORT_FLYER, // not Markdown
  });
}

const settings = { grouplint: { ignore: ['drafts/**'] }, 'files.exclude': { '**/hidden': true, '**/.git': true, '**/off': false } };

for (const mode of ['pull', 'push'] as Mode[]) {
  describe(`lsp: workspace check (${mode} client)`, () => {
    let root: string;
    let client: TestClient;
    const uri = (rel: string) => fileUri(path.join(root, rel));
    const published = () =>
      new Set(client.published.filter((p) => p.diagnostics.length).map((p) => path.relative(root, require('vscode-uri').URI.parse(p.uri).fsPath)));

    before(async () => {
      root = workspace();
      client = await TestClient.start({ mode, root, settings });
    });
    after(async () => {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('checks every Markdown file that is not excluded, ignored or git-ignored, without opening it', async () => {
      await client.until(() => published().size >= 3, 'diagnostics for three files');
      // The report waits for the scan to finish.
      await client.connection.sendRequest('grouplint/workspaceReport', {});
      assert.deepEqual([...published()].sort(), ['caregivers.md', 'flyers/anxiety.md', 'flyers/parents.markdown']);
      const caregivers = client.lastPublished(uri('caregivers.md'))!;
      assert.deepEqual(
        caregivers.diagnostics.map((d) => d.code),
        ['support-disclaimer', 'support-free', 'support-no-clinical-activities'],
      );
      assert.ok(caregivers.diagnostics.every((d) => d.source === 'grouplint' && d.codeDescription));
      // files.exclude was asked for the folder.
      assert.ok(client.configurationRequests.some((r) => r.section === 'files.exclude'));
    });

    it('reports every group document with its kind and problems by rule (grouplint/workspaceReport)', async () => {
      const report: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', {});
      assert.equal(report.checked, 5);
      assert.deepEqual(
        report.documents.map((d) => [d.path, d.kind, d.kindSource, d.total, d.counts]),
        [
          ['caregivers.md', 'support', 'front-matter', 3, { 'support-disclaimer': 1, 'support-free': 1, 'support-no-clinical-activities': 1 }],
          [
            'flyers/anxiety.md',
            'therapy',
            'front-matter',
            5,
            { 'therapy-confidentiality': 1, 'therapy-fee': 1, 'therapy-leader': 1, 'therapy-statement': 1, 'therapy-timeframe': 1 },
          ],
          ['flyers/good.md', 'support', 'front-matter', 0, {}],
          ['flyers/parents.markdown', null, null, 1, { 'declare-kind': 1 }],
        ],
      );
      assert.match(report.docs['support-free'], /docs\/rules\/support-free\.md$/);
    });

    it('keeps up with files created, changed and deleted on disk', async () => {
      let from = client.published.length;
      fs.writeFileSync(path.join(root, 'flyers', 'new.md'), UNCLEAR_FLYER);
      client.filesChanged([{ uri: uri('flyers/new.md'), type: 1 }]);
      assert.deepEqual(
        (await client.pushed(uri('flyers/new.md'), { from })).map((d) => d.code),
        ['declare-kind'],
      );

      from = client.published.length;
      fs.writeFileSync(path.join(root, 'flyers', 'new.md'), GOOD_SUPPORT_FLYER);
      client.filesChanged([{ uri: uri('flyers/new.md'), type: 2 }]);
      assert.deepEqual(await client.pushed(uri('flyers/new.md'), { from }), []);

      from = client.published.length;
      fs.rmSync(path.join(root, 'caregivers.md'));
      client.filesChanged([{ uri: uri('caregivers.md'), type: 3 }]);
      assert.deepEqual(await client.pushed(uri('caregivers.md'), { from }), []);

      // A change in an ignored place publishes nothing.
      fs.writeFileSync(path.join(root, 'drafts', 'draft2.md'), SUPPORT_FLYER);
      client.filesChanged([{ uri: uri('drafts/draft2.md'), type: 1 }]);
      const report: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', {});
      assert.deepEqual(
        report.documents.map((d) => d.path),
        ['flyers/anxiety.md', 'flyers/good.md', 'flyers/new.md', 'flyers/parents.markdown'],
      );
      assert.ok(!client.published.some((p) => p.uri === uri('drafts/draft2.md')));
    });

    it('an open document speaks for itself; closed again, the file on disk counts', async () => {
      const file = uri('flyers/anxiety.md');
      let from = client.published.length;
      client.open(file, GOOD_SUPPORT_FLYER);
      if (mode === 'pull') {
        // What the workspace check published gives way to what the editor pulls, once it pulls.
        assert.deepEqual(await client.diagnostics(file), []);
        assert.deepEqual(await client.pushed(file, { from }), []);
      } else {
        assert.deepEqual(await client.pushed(file, { from, version: 1 }), []);
      }
      from = client.published.length;
      client.close(file);
      const back = await client.pushed(file, { from, test: (d) => d.length > 0 });
      assert.equal(back.length, 5);
    });

    if (mode === 'pull') {
      it('a document opened but not pulled (not shown) keeps its pushed diagnostics, and follows its edits', async () => {
        const file = uri('flyers/anxiety.md');
        const disk = fs.readFileSync(path.join(root, 'flyers', 'anxiety.md'), 'utf8');
        const before = client.lastPublished(file)!.diagnostics;
        assert.ok(before.length > 0);
        let from = client.published.length;
        client.open(file, disk);
        // An edit the client never pulls for (a workspace edit to a document no editor shows) is pushed.
        client.change(file, 2, [{ text: GOOD_SUPPORT_FLYER }]);
        assert.deepEqual(await client.pushed(file, { from, version: 2 }), []);
        from = client.published.length;
        client.change(file, 3, [{ text: disk }]);
        assert.deepEqual(
          (await client.pushed(file, { from, version: 3 })).map((d) => d.code),
          before.map((d) => d.code),
        );
        // Shown, it is pulled: what was pushed gives way.
        from = client.published.length;
        assert.equal((await client.diagnostics(file)).length, before.length);
        assert.deepEqual(await client.pushed(file, { from }), []);
        // Its last tab closed while it stays open (grouplint/documentHidden): pushed again.
        from = client.published.length;
        void client.connection.sendNotification('grouplint/documentHidden', { uri: file });
        assert.equal((await client.pushed(file, { from, version: 3 })).length, before.length);
        from = client.published.length;
        client.close(file);
        assert.equal((await client.pushed(file, { from, test: (d) => d.length > 0 })).length, before.length);
      });
    }

    it('a config file change checks the workspace again', async () => {
      const from = client.published.length;
      fs.writeFileSync(path.join(root, '.grouplintrc.json'), JSON.stringify({ ignore: ['old/**'], rules: { 'therapy-fee': 'off' } }));
      client.filesChanged([{ uri: uri('.grouplintrc.json'), type: 2 }]);
      const after = await client.pushed(uri('flyers/anxiety.md'), { from });
      assert.ok(!after.some((d) => d.code === 'therapy-fee'));
      assert.equal(after.length, 4);
    });
  });
}

describe('lsp: workspace check switched off', () => {
  it('publishes nothing for closed files, and the report still covers the folder', async () => {
    const root = workspace();
    const client = await TestClient.start({ mode: 'pull', root, settings: { grouplint: { workspaceCheck: false } } });
    try {
      const report: WorkspaceReport = await client.connection.sendRequest('grouplint/workspaceReport', {});
      // No grouplint.ignore or files.exclude here: drafts and hidden count; git-ignored and config-ignored files do not.
      assert.deepEqual(
        report.documents.map((d) => d.path),
        ['caregivers.md', 'drafts/draft.md', 'flyers/anxiety.md', 'flyers/good.md', 'flyers/parents.markdown', 'hidden/secret.md'],
      );
      assert.deepEqual(client.published, []);
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
