// One "which files" policy: the CLI's discovery and the editor's workspace check pick the
// same files from the same tree (hidden folders, node_modules, nested .gitignore files, a
// config's `ignore` with a nested config), and refuse the same oversized document in the
// same words.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { discover } from '../../server/src/cli/discover';
import { Configs } from '../../server/src/cli/configs';
import { loadFile } from '../../server/src/cli/read';
import { diagnosticsOf } from '../../server/src/lsp/checker';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { workspaceIndexOf } from '../support/workspace';
import {
  MAX_DOCUMENT_BYTES,
  sizeRefusal,
  textTooLarge,
  utf8Length,
  walkMarkdown,
  walkMarkdownByFolder,
  type EntryType,
  type TreeAccess,
} from '../../server/src/engine/files-policy';

const FLYER = '---\ngroup: support\n---\n# Parents Circle\n\nA peer support group. The fee is $20.\n';

const TREE: Record<string, string> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.git/notes.md': FLYER,
  '.gitignore': 'build/\n*.tmp.md\n',
  '.grouplintrc.json': JSON.stringify({ ignore: ['archive/**', 'old/**', '*.draft.md'] }),
  '.github/ISSUE_TEMPLATE/flyer.md': FLYER,
  '.hidden.md': FLYER,
  'a.md': FLYER,
  'b.markdown': FLYER,
  'notes.txt': FLYER,
  'x.tmp.md': FLYER,
  'y.draft.md': FLYER,
  'build/out.md': FLYER,
  'node_modules/pkg/readme.md': FLYER,
  'docs/node_modules/x.md': FLYER,
  'docs/guide.md': FLYER,
  'docs/.gitignore': 'private/\n*.md\n!keep.md\n',
  'docs/keep.md': FLYER,
  'docs/private/keep.md': FLYER,
  'flyers/.gitignore': 'old.md\n',
  'flyers/old.md': FLYER,
  'flyers/new.md': FLYER,
  'flyers/.svn/x.md': FLYER,
  'flyers/deep/.hg/x.md': FLYER,
  'flyers/deep/c.MD': FLYER,
  // A folder with a config of its own follows that config, even where the root config ignores it...
  'archive/.grouplintrc.json': '{}',
  'archive/old.md': FLYER,
  // ...but a folder the config in effect there ignores as a whole is not entered, so configs further down cannot bring it back.
  'old/y.md': FLYER,
  'old/sub/.grouplintrc.json': '{}',
  'old/sub/x.md': FLYER,
};

function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

async function cliPicks(root: string): Promise<string[]> {
  const found = await discover([], { cwd: root, configs: new Configs({ rules: {} }), useIgnore: true });
  return found.files.map((f) => path.posix.relative(root, f)).sort();
}

async function editorPicks(root: string): Promise<string[]> {
  const { index } = workspaceIndexOf(root);
  await index.rescan();
  return [...index.files.values()].map((e) => path.posix.relative(root, e.path)).sort();
}

describe('the file policy: the CLI and the editor pick the same files', function () {
  this.timeout(20000);
  let root: string;

  before(() => {
    root = fs
      .realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-policy-')))
      .split(path.sep)
      .join('/');
    writeTree(root, TREE);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('from the same tree: hidden folders and files, node_modules, nested .gitignore files, a config ignore', async () => {
    const expected = ['a.md', 'archive/old.md', 'b.markdown', 'docs/keep.md', 'flyers/deep/c.MD', 'flyers/new.md'];
    const cli = await cliPicks(root);
    const editor = await editorPicks(root);
    assert.deepStrictEqual(cli, expected);
    assert.deepStrictEqual(editor, cli);
  });

  it('a file event in a hidden or ignored folder is not covered by the workspace check; a picked file is', async () => {
    const { index } = workspaceIndexOf(root);
    await index.rescan();
    assert.ok(await index.covers(`${root}/flyers/new.md`));
    for (const rel of ['.github/ISSUE_TEMPLATE/flyer.md', 'build/out.md', 'docs/private/keep.md', 'old/sub/x.md', 'flyers/old.md', 'y.draft.md']) {
      assert.equal(await index.covers(`${root}/${rel}`), undefined, rel);
    }
  });
});

describe('the file policy: one size ceiling', function () {
  this.timeout(20000);
  let root: string;

  before(() => {
    root = fs
      .realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-policy-')))
      .split(path.sep)
      .join('/');
    writeTree(root, { 'big.md': `${FLYER}${'We meet weekly.\n'.repeat(70_000)}`, 'small.md': FLYER });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('counts UTF-8 bytes, with a cheap answer far from the ceiling', () => {
    assert.equal(utf8Length('aé€😀'), 1 + 2 + 3 + 4);
    assert.equal(textTooLarge('x'.repeat(MAX_DOCUMENT_BYTES)), false);
    assert.equal(textTooLarge('x'.repeat(MAX_DOCUMENT_BYTES + 1)), true);
    assert.equal(textTooLarge('é'.repeat(MAX_DOCUMENT_BYTES / 2 + 1)), true, 'two bytes each');
    assert.equal(sizeRefusal(MAX_DOCUMENT_BYTES), undefined);
    assert.equal(
      sizeRefusal(MAX_DOCUMENT_BYTES + 1),
      'Not checked: this document is 1.0 MB, and grouplint checks documents up to 1 MB. Split it into smaller documents.',
    );
  });

  it('the CLI and the editor refuse the same document with the same message', async () => {
    const cli = loadFile(`${root}/big.md`);
    assert.ok(!cli.ok);
    const { index, folder } = workspaceIndexOf(root);
    const read = await index.readChecked(`${root}/big.md`, folder, DEFAULT_SETTINGS);
    assert.equal(read?.checked.state, 'too-large');
    const editor = diagnosticsOf(read!.checked, { positionAt: () => ({ line: 0, character: 0 }) }, (id) => id);
    assert.equal(editor.length, 1);
    assert.equal(String(editor[0].message), cli.diagnostic.message);
    assert.match(String(editor[0].message), /^Not checked: this document is 1\.1 MB, and grouplint checks documents up to 1 MB\./);
    const small = await index.readChecked(`${root}/small.md`, folder, DEFAULT_SETTINGS);
    assert.equal(small?.checked.state, 'checked');
    assert.ok(loadFile(`${root}/small.md`).ok);
  });
});

describe('the file policy: a walk a folder at a time', () => {
  it('walkMarkdownByFolder gives walkMarkdown files, in its order, one array per folder that has any', async () => {
    const tree: Record<string, Array<[string, EntryType]>> = {
      '/r': [
        ['b.md', 'file'],
        ['a.md', 'file'],
        ['empty', 'directory'],
        ['sub', 'directory'],
        ['notes.txt', 'file'],
        ['.hidden', 'directory'],
      ],
      '/r/empty': [['x.txt', 'file']],
      '/r/sub': [
        ['deep', 'directory'],
        ['c.markdown', 'file'],
      ],
      '/r/sub/deep': [['d.md', 'file']],
      '/r/.hidden': [['e.md', 'file']],
    };
    const access: TreeAccess = { list: async (dir) => tree[dir] };
    const rules = { excluded: (p: string) => p.endsWith('/b.md') };
    const files: string[] = [];
    for await (const f of walkMarkdown('/r', access, rules)) files.push(f);
    const batches: string[][] = [];
    for await (const b of walkMarkdownByFolder('/r', access, rules)) batches.push(b);
    assert.deepStrictEqual(files, ['/r/a.md', '/r/sub/c.markdown', '/r/sub/deep/d.md']);
    assert.deepStrictEqual(batches, [['/r/a.md'], ['/r/sub/c.markdown'], ['/r/sub/deep/d.md']]);
  });
});
