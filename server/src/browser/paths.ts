// Engine paths for any URI the workspace API can read. The engine and the server's config
// discovery work on '/'-separated paths; in the browser documents live under schemes such as
// `vscode-vfs://github/owner/repo/…` (github.dev) or `vscode-test-web://mount/…`, so the
// scheme and authority become the first path segment: `/<scheme>:<authority>/<path>`.
// Walking up from a document therefore stops at the root of its own file system.
import { URI } from 'vscode-uri';

/** Schemes whose documents have no folder to look for a config file in. */
const NO_FOLDER = new Set(['untitled', 'vscode-notebook-cell', 'output', 'vscode-scm', 'git', 'vscode-chat-code-block']);

export function webPathOf(uri: string): string | undefined {
  let u: URI;
  try {
    u = URI.parse(uri);
  } catch {
    return undefined;
  }
  if (NO_FOLDER.has(u.scheme) || !u.path.startsWith('/')) return undefined;
  return `/${u.scheme}:${u.authority}${u.path}`;
}

export function webUriOf(path: string): string {
  const m = /^\/([a-zA-Z][\w+.-]*):([^/]*)(\/.*)?$/.exec(path);
  if (!m) return URI.from({ scheme: 'file', path }).toString();
  return URI.from({ scheme: m[1], authority: m[2], path: m[3] ?? '/' }).toString();
}
