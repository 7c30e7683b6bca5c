// The engine's parser-free entry: configuration, config discovery, the file policy,
// positions and the rule ids (not the rules themselves). The CLI's main thread and the
// hosts' file access use this one, so a run answered from --cache never loads the Markdown
// parser or builds the rules' patterns; everything else goes through ./index.ts, which
// includes all of this and the rule catalogue.
export * from './types';
export {
  CONFIG_FILE_NAME,
  MAX_CONFIG_BYTES,
  DEFAULT_WORDING,
  defaultConfig,
  mergeConfig,
  parseConfigText,
  checkConfigValue,
  kindFromGlobs,
  globToRegExp,
  ancestorFolders,
  distance,
  guessSeverity,
  toSeverity,
  type EffectiveConfig,
} from './config';
export { configFor, type ConfigReader, type ConfigFor } from './discover';
export {
  MAX_DOCUMENT_BYTES,
  MARKDOWN_EXTENSIONS,
  isMarkdownName,
  isSkippedName,
  isInside,
  utf8Length,
  textTooLarge,
  sizeRefusal,
  matchesGlob,
  configIgnores,
  wholeFolderProbe,
  GitIgnores,
  accepts,
  walkMarkdown,
  walkMarkdownByFolder,
  type EntryType,
  type TreeAccess,
  type WalkRules,
} from './files-policy';
export { toLineColumn, LineIndex } from './positions';
export { hashLanes } from './hash53';
export { RULE_IDS, DOCS_BASE, docsUrl } from '../rules/ids';
