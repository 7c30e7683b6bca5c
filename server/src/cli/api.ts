// What the CLI needs from the rule engine's heavy part (the Markdown parser and the rules'
// checks). Bundled into dist/worker.js, which the main thread also loads, lazily, when a
// file actually needs checking: a run answered from --cache never loads the parser.
import { parseDocument, readFrontMatter, RULE_IDS, type PartialConfig } from '../engine';
export { safeCheck } from './check';

/** The `grouplint:` settings in a document's front matter, if any. */
export function frontMatterOverrides(text: string): PartialConfig | undefined {
  return readFrontMatter(parseDocument(text), RULE_IDS).overrides;
}
