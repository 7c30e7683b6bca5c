// After a check of many workspace files the server hands memory back (host.releaseMemory):
// once per scan of 50 files or more, never for a few.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeHost } from '../../server/src/node/host';
import { SUPPORT_FLYER } from './fixtures';
import { workspaceIndexOf } from '../support/workspace';

function folderOf(files: number): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grouplint-release-')));
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(root, `flyer-${i}.md`), SUPPORT_FLYER);
  return root.split(path.sep).join('/');
}

async function releasesAfterScan(files: number): Promise<number> {
  const root = folderOf(files);
  try {
    let released = 0;
    const { index } = workspaceIndexOf(root, { ...nodeHost(), releaseMemory: () => void released++ });
    await index.rescan();
    assert.equal(index.files.size, files);
    return released;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('lsp: memory handed back after a workspace check', function () {
  this.timeout(60000);

  it('once after a scan of 50 files or more, not after a scan of a few', async () => {
    assert.equal(await releasesAfterScan(60), 1);
    assert.equal(await releasesAfterScan(3), 0);
  });

  it('the Node host collects when the process exposes gc, and does nothing otherwise', () => {
    const g = globalThis as { gc?: () => void };
    const saved = g.gc;
    try {
      let calls = 0;
      g.gc = () => void calls++;
      nodeHost().releaseMemory?.();
      assert.ok(calls > 0);
      delete g.gc;
      assert.doesNotThrow(() => nodeHost().releaseMemory?.());
    } finally {
      if (saved) g.gc = saved;
    }
  });
});
