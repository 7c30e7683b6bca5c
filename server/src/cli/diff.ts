// --fix-dry-run's unified diffs. In the engine's lazy part (see ./api.ts): only a run that
// fixes something needs the diff library.
import { formatPatch, structuredPatch, FILE_HEADERS_ONLY } from 'diff';

export function unifiedDiff(display: string, before: string, after: string): string {
  return formatPatch(structuredPatch(`a/${display}`, `b/${display}`, before, after, undefined, undefined, { context: 3 }), FILE_HEADERS_ONLY);
}
