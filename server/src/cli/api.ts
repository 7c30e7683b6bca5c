// What the CLI needs from the rule engine's heavy part (the Markdown parser and the rules'
// checks), and what only some runs need: the rule catalogue, the sarif, junit and markdown
// formats, unified diffs. Bundled into dist/worker.js, which the main thread also loads,
// lazily, when a file actually needs checking or one of these is asked for: a run answered
// from --cache in the default format never loads the parser or builds the rules.
import { parseDocument, readFrontMatter, RULE_IDS, type PartialConfig } from '../engine';
export { safeCheck } from './check';
export { RULES } from '../engine';
export { formatSarif } from './format/sarif';
export { formatJunit } from './format/junit';
export { formatMarkdown, generatedAt } from './format/markdown';
export { unifiedDiff } from './diff';

/** The `grouplint:` settings in a document's front matter, if any. */
export function frontMatterOverrides(text: string): PartialConfig | undefined {
  return readFrontMatter(parseDocument(text), RULE_IDS).overrides;
}
