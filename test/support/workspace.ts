// Test support: the language server's workspace index over one folder on disk, with the
// default settings and a silent client (nothing published, nothing logged).
import * as path from 'path';
import { WorkspaceIndex, type Folder } from '../../server/src/lsp/workspace';
import type { Host } from '../../server/src/lsp/host';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { nodeHost } from '../../server/src/node/host';

export function workspaceIndexOf(root: string, host: Host = nodeHost()): { index: WorkspaceIndex; folder: Folder } {
  const index = new WorkspaceIndex({
    host,
    reader: host.config,
    settingsFor: async () => DEFAULT_SETTINGS,
    excludesFor: async () => [],
    isOpen: () => false,
    publish: () => undefined,
    sawConfig: () => undefined,
    log: () => undefined,
  });
  const folder: Folder = { uri: host.uriOf(root), path: root, name: path.basename(root) };
  index.folders = [folder];
  return { index, folder };
}
