// The public face of the rule engine: plain functions and data, no editor or LSP imports.
export * from './types';
export { lint, lintParsed, readFrontMatter, type LintOptions, type LintResult, type FrontMatterInfo } from './lint';
export { parseDocument, type ParsedDocument } from './parse';
export { applyEdits, applyFixes, selectFixes, runFixes, toOriginal, describeChange, MAX_FIX_PASSES, type MadeFix, type FixRun } from './fix';
export {
  CONFIG_FILE_NAME,
  DEFAULT_WORDING,
  defaultConfig,
  mergeConfig,
  parseConfigText,
  checkConfigValue,
  kindFromGlobs,
  globToRegExp,
  ancestorFolders,
  type EffectiveConfig,
} from './config';
export { parseDirectives } from './suppress';
export { RULES, RULE_IDS, RULES_BY_ID, docsUrl } from '../rules';
export { toLineColumn, LineIndex } from './positions';
export { configFor, type ConfigReader, type ConfigFor } from './discover';
export { type Edit, type Fix } from './types';
export { EditableDocument, type TextChange } from './incremental';
export {
  MAX_DOCUMENT_BYTES,
  MARKDOWN_EXTENSIONS,
  isMarkdownName,
  isSkippedName,
  utf8Length,
  textTooLarge,
  sizeRefusal,
  matchesGlob,
  configIgnores,
  wholeFolderProbe,
  GitIgnores,
  accepts,
  walkMarkdown,
  type EntryType,
  type TreeAccess,
  type WalkRules,
} from './files-policy';
