// A long random session against the real language server over real LSP (node
// dist/server.js --stdio): incremental edits of random ranges, opens, closes, settings
// changes, code actions on versions already replaced, pulled diagnostics, hovers and
// workspace reports, interleaved without waiting. The server must stay up, end with the
// diagnostics a fresh lint of the final text gives, and not keep growing in memory.
// Seeded (FC_SEED); LSP_OPS sets the length (default 400).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Position, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-protocol/node';
import { defaultConfig, lint, mergeConfig, RULE_IDS, type Severity } from '../../server/src/engine';
import { markdownDoc, prng, SEED, VOCABULARY } from './arbitraries';
import { cleanup, ensureBuilt, fileUri, LspClient, lspShape, ROOT, shape, tmpDir } from './helpers';

const OPS = Number(process.env.LSP_OPS ?? 400);
const SEVERITY_CHOICES: Severity[] = ['off', 'hint', 'information', 'warning', 'error'];
const PIECES = [
  ...VOCABULARY,
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '| a | b |',
  '`',
  '**',
  '[x](https://example.org)',
  '<!-- grouplint-disable support-free -->',
  '---',
  'group: support',
  'group: therapy',
  '😀',
  'e\u0301',
  '\u05e9\u05dc\u05d5\u05dd',
  '.',
  '. ',
  ', ',
  ' ',
  '  ',
];

interface Stats {
  edits: number;
  changes: number;
  opens: number;
  closes: number;
  fullReplaces: number;
  configs: number;
  codeActions: number;
  staleCodeActions: number;
  pulls: number;
  hovers: number;
  reports: number;
}

describe('robustness: a long random LSP session', function () {
  this.timeout(process.env.GROUPLINT_FUZZ ? 0 : 900_000); // npm run fuzz: as long as its operations take
  before(async () => ensureBuilt());
  after(() => cleanup());

  it(`stays up through ${OPS} random operations, ends with a fresh lint's diagnostics, and its memory levels off`, async () => {
    const rand = prng(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    // Real flyers (the examples) and generated Markdown, half and half.
    const examples = fs
      .readdirSync(path.join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
    const generated = fc
      .sample(markdownDoc, { seed: SEED, numRuns: 60 })
      .map((d) => (d.bom ? d.text.slice(1) : d.text))
      .filter((t) => t.length < 20_000);
    const samples = [...examples, ...generated.slice(0, examples.length)];

    const root = tmpDir('grouplint-session-');
    fs.writeFileSync(path.join(root, 'on-disk-support.md'), '# Grief Support Group\n\nA peer support group. The fee is $20.\n');
    fs.writeFileSync(path.join(root, 'on-disk-therapy.md'), '---\ngroup: therapy\n---\n\n# Anxiety Group\n\nWe meet on Mondays.\n');
    const uris = Array.from({ length: 8 }, (_, i) => fileUri(path.join(root, i < 2 ? ['on-disk-support.md', 'on-disk-therapy.md'][i] : `doc${i}.md`)));

    const client = new LspClient({ mode: 'pull', root });
    const stats: Stats = {
      edits: 0,
      changes: 0,
      opens: 0,
      closes: 0,
      fullReplaces: 0,
      configs: 0,
      codeActions: 0,
      staleCodeActions: 0,
      pulls: 0,
      hovers: 0,
      reports: 0,
    };
    const versions = new Map<string, number>();
    /** Every version's text, so answers about an old version can be checked against it. */
    const history = new Map<string, Map<number, string>>();
    const pending: Array<Promise<void>> = [];
    const failures: string[] = [];
    let rules: Record<string, Severity> = {};
    const memory: Record<string, number> = {};

    const record = (uri: string) => {
      const doc = client.document(uri)!;
      if (!history.has(uri)) history.set(uri, new Map());
      history.get(uri)!.set(doc.version, doc.getText());
    };
    const open = (uri: string, text: string) => {
      const v = (versions.get(uri) ?? 0) + 1;
      versions.set(uri, v);
      client.open(uri, text, v);
      record(uri);
      stats.opens++;
    };
    const nextVersion = (uri: string) => {
      const v = versions.get(uri)! + 1;
      versions.set(uri, v);
      return v;
    };
    /** A random incremental edit: 1-3 changes, each on the text the previous one left. */
    const edit = (uri: string) => {
      // A copy: TextDocument.update changes the document it is given.
      const current = client.document(uri)!;
      let doc = TextDocument.create(uri, 'markdown', current.version, current.getText());
      const crlf = doc.getText().includes('\r\n');
      const eol = crlf ? '\r\n' : '\n';
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let k = int(1, 3); k > 0; k--) {
        const text = doc.getText();
        const start = int(0, text.length);
        const shrink = text.length > 30_000 || rand() < 0.35;
        const end = Math.min(text.length, start + (shrink ? int(0, rand() < 0.1 ? 2000 : 60) : int(0, 3)));
        let insert = '';
        for (let w = shrink ? int(0, 2) : int(1, 8); w > 0; w--) insert += rand() < 0.15 ? eol : pick(PIECES) + ' ';
        const change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert };
        changes.push(change);
        doc = TextDocument.update(doc, [change], doc.version);
      }
      client.change(uri, nextVersion(uri), changes);
      record(uri);
      stats.edits++;
      stats.changes += changes.length;
    };
    const randomRange = (uri: string): { start: Position; end: Position } => {
      const doc = client.document(uri)!;
      const a = int(0, doc.getText().length);
      const b = Math.min(doc.getText().length, a + int(0, 200));
      return { start: doc.positionAt(a), end: doc.positionAt(b) };
    };
    /** A code action answer must be about a version that existed, with ranges inside that version's text. */
    const checkActions = (uri: string, asked: number, actions: CodeAction[] | null) => {
      for (const a of actions ?? []) {
        for (const dc of a.edit?.documentChanges ?? []) {
          if (!('textDocument' in dc)) continue;
          const v = dc.textDocument.version;
          const text = v === null ? undefined : history.get(uri)?.get(v);
          if (v === null || text === undefined || v < asked) {
            failures.push(`code action "${a.title}" for ${uri} names version ${v}, asked at ${asked}`);
            continue;
          }
          const doc = TextDocument.create(uri, 'markdown', v, text);
          for (const e of dc.edits as TextEdit[]) {
            const s = doc.offsetAt(e.range.start);
            const t = doc.offsetAt(e.range.end);
            const back = doc.positionAt(s);
            if (s > t || back.line !== e.range.start.line || back.character !== e.range.start.character)
              failures.push(`code action "${a.title}" has a range outside version ${v}: ${JSON.stringify(e.range)}`);
          }
        }
      }
    };
    const expectAnswer = <T>(what: string, p: Promise<T>, then?: (r: T) => void) => {
      pending.push(
        p.then(
          (r) => then?.(r),
          (e: { code?: number; message?: string }) => {
            // Cancelled or outdated requests may be refused; anything else is a fault.
            if (e?.code !== -32800 && e?.code !== -32801) failures.push(`${what} failed: ${e?.message ?? e}`);
          },
        ),
      );
    };

    /** Pull every open document and compare with a fresh lint of the client's text. */
    let checkpoints = 0;
    let comparedTotal = 0;
    const compareAll = async (when: string): Promise<number> => {
      await Promise.all(pending.splice(0));
      const config = mergeConfig(defaultConfig(), { rules }, root);
      let compared = 0;
      for (const uri of client.openUris()) {
        const doc = client.document(uri)!;
        const text = doc.getText();
        const fromServer = (await client.pull(uri)).map(lspShape).sort();
        const expected = lint(text, { path: URIpath(uri), config })
          .problems.map((p) => {
            const s = doc.positionAt(p.start);
            const e = doc.positionAt(p.end);
            return shape(p.rule, s.line, s.character, e.line, e.character);
          })
          .sort();
        if (JSON.stringify(fromServer) !== JSON.stringify(expected)) {
          // Tell a server whose text drifted from one that kept stale results: open the same text afresh.
          const fresh = uri.replace(/\.md$/, `-fresh${checkpoints}.md`);
          client.open(fresh, text);
          const again = (await client.pull(fresh)).map(lspShape).sort();
          client.close(fresh);
          const verdict =
            JSON.stringify(again) === JSON.stringify(expected)
              ? 'the same text opened afresh gets the expected diagnostics: the session state went wrong'
              : 'a fresh open disagrees too';
          assert.deepEqual(fromServer, expected, `diagnostics of ${uri} at ${when} (v${doc.version}, ${text.length} chars): ${verdict}`);
        }
        compared += expected.length;
      }
      checkpoints++;
      comparedTotal += compared;
      return compared;
    };

    try {
      await client.initialize();
      client.settings = { grouplint: { rules }, 'files.exclude': {} };
      for (const uri of uris.slice(0, 4)) open(uri, pick(samples));
      await Promise.all(client.openUris().map((u) => client.pull(u)));
      memory.start = client.rssKb();

      for (let op = 0; op < OPS; op++) {
        if (op === Math.floor(OPS / 2)) {
          await Promise.all(pending.splice(0));
          memory.middle = client.rssKb();
        }
        const openUris = client.openUris();
        const closed = uris.filter((u) => !openUris.includes(u));
        const r = rand();
        if (!openUris.length || (r < 0.08 && closed.length)) {
          open(pick(closed), pick(samples));
        } else if (r < 0.12 && openUris.length > 1) {
          client.close(pick(openUris));
          stats.closes++;
        } else if (r < 0.15) {
          const uri = pick(openUris);
          const text = pick(samples);
          client.change(uri, nextVersion(uri), [{ text }]);
          record(uri);
          stats.fullReplaces++;
        } else if (r < 0.21) {
          rules = {};
          for (let k = int(0, 5); k > 0; k--) rules[pick(RULE_IDS)] = pick(SEVERITY_CHOICES);
          client.configure({ grouplint: { rules }, 'files.exclude': {} });
          stats.configs++;
        } else if (r < 0.37) {
          // Ask for code actions, then edit before the answer: the answer is for a replaced version.
          const uri = pick(openUris);
          const asked = versions.get(uri)!;
          const range = randomRange(uri);
          const p = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }) as Promise<
            CodeAction[] | null
          >;
          expectAnswer('codeAction', p, (actions) => checkActions(uri, asked, actions));
          stats.codeActions++;
          if (rand() < 0.7) {
            edit(uri);
            stats.staleCodeActions++;
          }
        } else if (r < 0.55) {
          const uri = pick(openUris);
          const p = client.pull(uri);
          stats.pulls++;
          if (rand() < 0.5) await p.catch((e) => failures.push(`pull failed: ${e.message}`));
          else expectAnswer('pull', p);
        } else if (r < 0.6) {
          const uri = pick(openUris);
          expectAnswer('hover', client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: randomRange(uri).start }));
          expectAnswer('completion', client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: randomRange(uri).end }));
          stats.hovers++;
        } else if (r < 0.63) {
          expectAnswer('workspace report', client.connection.sendRequest('grouplint/workspaceReport', {}));
          stats.reports++;
        } else {
          edit(pick(openUris));
        }
        if (op % 25 === 0) await new Promise((res) => setImmediate(res));
        if (op % 40 === 39) await compareAll(`operation ${op + 1}`);
      }
      await Promise.all(pending.splice(0));
      assert.equal(client.exited, undefined, `the server exited: ${JSON.stringify(client.exited)}\n${client.stderr}`);

      // The last word: what the server says for each open document equals a fresh lint.
      const compared = await compareAll('the end');
      memory.end = client.rssKb();
      const total = Object.values(stats).reduce((a, b) => a + b, 0) - stats.changes - stats.staleCodeActions;
      console.log(`      session: ${OPS} operations (${JSON.stringify(stats)}), ${total} requests and notifications`);
      console.log(
        `      diagnostics compared with a fresh lint: ${compared} at the end over ${client.openUris().length} open documents, ${comparedTotal} at ${checkpoints} checkpoints`,
      );
      console.log(`      server RSS: start ${mb(memory.start)}, middle ${mb(memory.middle)}, end ${mb(memory.end)}`);
      assert.deepEqual(failures, []);
      assert.ok(stats.staleCodeActions > 20 && stats.edits > 50 && stats.configs > 5, JSON.stringify(stats));
      assert.ok(memory.end <= 2 * memory.middle + 50 * 1024, `memory keeps growing: ${JSON.stringify(memory)}`);
      // Still answering after all that.
      assert.ok(Array.isArray(await client.pull(client.openUris()[0])));
    } finally {
      await client.stop();
    }
  });
});

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(1)} MB`;
}

function URIpath(uri: string): string {
  return decodeURIComponent(new URL(uri).pathname);
}
