// The public face of the rule engine: plain functions and data, no editor or LSP imports.
// The parser-free part is ./light.ts (re-exported here); this adds the parser, the lint, fixes
// and the incremental document.
export * from './light';
export { RULES, RULES_BY_ID } from '../rules';
export { lint, lintParsed, type LintOptions, type LintResult } from './lint';
export { readFrontMatter, type FrontMatterInfo } from './front-matter';
export { resolveKind, type ResolvedKind } from './resolve-kind';
export { parseDocument, type ParsedDocument } from './parse';
export { DocumentModel } from './document';
export { applyEdits, applyFixes, selectFixes, runFixes, toOriginal, describeChange, insertUnderTitle, MAX_FIX_PASSES, type MadeFix, type FixRun } from './fix';
export { parseDirectives } from './suppress';
export { EditableDocument, type TextChange } from './incremental';
// The edit the server's "Set document kind" command makes is the one the declare-kind rule suggests.
export { declareKind } from './fix';
