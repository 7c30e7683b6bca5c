// One fix pipeline: the editor's "fix all" (and fix on save, the same action) gives exactly
// the text `grouplint --fix` gives, on every example, every corpus document and generated
// robustness documents. In process for all of them (codeActions with the server's inputs),
// and through the real language server for the examples.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { defaultConfig, lint, parseDocument } from '../../server/src/engine';
import { check } from '../../server/src/cli/check';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/codeActions';
import { markdownDoc, SEED } from '../robustness/arbitraries';
import { applyEdit, TestClient } from './client';

const ROOT = path.join(__dirname, '..', '..');
/** Generated documents (the robustness tests' generator, same seed); long ones take a while to lint. */
const GENERATED = 60;
const FOLDERS = ['examples', 'test/corpus/docs', 'test/holdout/docs', 'test/classes/docs'];

interface Doc {
  name: string;
  path: string;
  text: string;
}

function documents(): Doc[] {
  const out: Doc[] = [];
  for (const folder of FOLDERS) {
    const dir = path.join(ROOT, folder);
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.md'))
      .sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      out.push({ name: `${folder}/${f}`, path: `/work/${folder}/${f}`, text });
      // The same document with a misspelt kind: the kind's statement becomes a fix of a later pass.
      if (!text.startsWith('---') && (folder === 'examples' || folder === 'test/corpus/docs'))
        out.push({ name: `${folder}/${f} (group: suport)`, path: `/work/${folder}/${f}`, text: `---\ngroup: suport\n---\n\n${text}` });
    }
  }
  fc.sample(markdownDoc, { seed: SEED, numRuns: GENERATED }).forEach((d, i) =>
    out.push({ name: `generated #${i + 1}`, path: `/work/generated/${i}.md`, text: d.text }),
  );
  return out;
}

/** What `grouplint --fix` writes (without the byte-order mark, which the CLI keeps aside). */
function cliFix(d: Doc): string {
  const bom = d.text.charCodeAt(0) === 0xfeff;
  const text = bom ? d.text.slice(1) : d.text;
  const out = check({ path: d.path, text, config: defaultConfig(), fix: true });
  return (bom ? '\ufeff' : '') + (out.fixed ?? text);
}

/** What the editor's "fix all" makes of the document, from the code action the server builds. */
function editorFixAll(d: Doc): string {
  const options = { path: d.path, config: defaultConfig() };
  const doc = TextDocument.create('file:///doc.md', 'markdown', 1, d.text);
  const actions = codeActions({
    uri: doc.uri,
    version: 1,
    positions: doc,
    parsed: parseDocument(d.text),
    problems: lint(d.text, options).problems,
    start: 0,
    end: 0,
    diagnostics: [],
    only: [FIX_ALL_KIND],
    support: { documentChanges: true, snippets: true },
    docsLink: (id) => id,
    text: d.text,
    lint: (t) => lint(t, options),
  });
  if (!actions.length) return d.text;
  assert.equal(actions.length, 1);
  const change = actions[0].edit!.documentChanges![0] as { edits: TextEdit[] };
  return TextDocument.applyEdits(doc, change.edits);
}

describe("one fix pipeline: the editor's fix all equals grouplint --fix", function () {
  this.timeout(120_000);
  const docs = documents();

  it(`on every example, corpus document and ${GENERATED} generated documents (${docs.length} in all)`, () => {
    const differ: string[] = [];
    let changed = 0;
    for (const d of docs) {
      const cli = cliFix(d);
      const editor = editorFixAll(d);
      if (cli !== d.text) changed++;
      if (editor !== cli) differ.push(`${d.name}:\n--- grouplint --fix\n${cli}\n--- fix all\n${editor}`);
    }
    assert.deepEqual(differ, []);
    assert.ok(changed >= 50, `only ${changed} documents have a fix: the comparison proves little`);
  });

  it('through the real language server, on every example (source.fixAll.grouplint, as on save)', async () => {
    const client = await TestClient.start({ mode: 'pull' });
    try {
      const dir = path.join(ROOT, 'examples');
      for (const f of fs
        .readdirSync(dir)
        .filter((x) => x.endsWith('.md'))
        .sort()) {
        for (const text of [fs.readFileSync(path.join(dir, f), 'utf8')].flatMap((t) => (t.startsWith('---') ? [t] : [t, `---\ngroup: suport\n---\n\n${t}`]))) {
          const uri = `untitled:fixall-${f}-${text.length}.md`;
          client.open(uri, text);
          await client.diagnostics(uri);
          const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [FIX_ALL_KIND] },
          });
          const editor = actions.length ? applyEdit(text, actions[0].edit!, uri) : text;
          // An untitled document has no path: the CLI's `--stdin` without a file name.
          const cli = check({ path: '/stdin.md', text, config: defaultConfig(), fix: true }).fixed ?? text;
          assert.equal(editor, cli, f);
          client.close(uri);
        }
      }
    } finally {
      await client.stop();
    }
  });
});
