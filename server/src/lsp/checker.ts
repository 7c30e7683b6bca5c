// One document, checked: the effective config (defaults, nearest `.grouplintrc.json`,
// editor settings), whether it is skipped, and the engine's lint, turned into diagnostics.
// No connection here: the server and the workspace scan both use it.
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import {
  configFor,
  configIgnores,
  matchesGlob,
  sizeRefusal,
  defaultConfig,
  mergeConfig,
  type ConfigIssue,
  type ConfigReader,
  type EffectiveConfig,
  type LintOptions,
  type LintResult,
} from '../engine';
import { SOURCE, toDiagnostic, type Positions } from './convert';
import { limits } from './documents';
import type { Settings } from './settings';

export type CheckState = 'checked' | 'disabled' | 'ignored' | 'too-large';

export interface ConfigContext {
  config: EffectiveConfig;
  /** The `.grouplintrc.json` used, if any. */
  file?: string;
  issues: ConfigIssue[];
  settings: Settings;
  /** The workspace folder holding the document, if any ('/'-separated path). */
  folder?: string;
}

export interface Checked {
  state: CheckState;
  /**
   * Size in bytes of UTF-8, for the too-large notice. An open document within the ceiling may
   * give its length in UTF-16 units instead (no more than its bytes): it is not counted.
   */
  size: number;
  lint?: LintResult;
  context: ConfigContext;
}

/** The config for a document, editor settings applied relative to its workspace folder. */
export function contextFor(
  path: string | undefined,
  reader: ConfigReader,
  settings: Settings,
  folder: string | undefined,
  previous?: EffectiveConfig,
): ConfigContext {
  const found = path ? configFor(path, reader) : { config: defaultConfig(), file: undefined, issues: [] };
  let config = found.config;
  const s = settings.config;
  if (s.rules || s.kinds || s.wording || s.phrases) config = mergeConfig(config, s, folder ?? '');
  // Hand the engine the same object while nothing changed, so it can keep what it cached.
  if (previous && JSON.stringify(previous) === JSON.stringify(config)) config = previous;
  return { config, file: found.file, issues: found.issues, settings, folder };
}

/** Is the document skipped by the config file's `ignore` or the `grouplint.ignore` setting? */
export function isIgnored(path: string | undefined, ctx: ConfigContext): boolean {
  if (!path) return false;
  if (ctx.folder && matchesGlob(ctx.settings.ignore, ctx.folder, path)) return true;
  return configIgnores(path, ctx.config.ignore, ctx.file);
}

/** Check a document whose text (or size in bytes) is at hand; `lint` runs the engine on it. */
export function check(path: string | undefined, size: number, ctx: ConfigContext, lint: (options: LintOptions) => LintResult): Checked {
  if (!ctx.settings.enable) return { state: 'disabled', size, context: ctx };
  if (isIgnored(path, ctx)) return { state: 'ignored', size, context: ctx };
  if (size > limits.maxBytes) return { state: 'too-large', size, context: ctx };
  return { state: 'checked', size, lint: lint({ path, config: ctx.config }), context: ctx };
}

export function diagnosticsOf(checked: Checked, positions: Positions, docsLink: (id: string) => string): Diagnostic[] {
  if (checked.state === 'too-large') {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        message: sizeRefusal(checked.size, limits.maxBytes) ?? '',
      },
    ];
  }
  if (checked.state !== 'checked' || !checked.lint) return [];
  return checked.lint.problems.map((p) => toDiagnostic(positions, p, docsLink));
}

export interface Summary {
  state: CheckState;
  kind: LintResult['kind'];
  kindSource: LintResult['kindSource'];
  /** The words the kind rests on. */
  kindEvidence: string[];
  groupMaterial: boolean;
  comparison: boolean;
  /** Why a text that speaks of groups is not group material (for the review), when it is not. */
  notGroupReason?: string;
  counts: Record<string, number>;
  total: number;
}

export function summarize(checked: Checked): Summary {
  const counts: Record<string, number> = {};
  const lint = checked.lint;
  for (const p of lint?.problems ?? []) counts[p.rule] = (counts[p.rule] ?? 0) + 1;
  return {
    state: checked.state,
    kind: lint?.kind ?? null,
    kindSource: lint?.kindSource ?? null,
    kindEvidence: lint?.kindEvidence ?? [],
    groupMaterial: lint?.groupMaterial ?? false,
    comparison: lint?.comparison ?? false,
    ...(lint?.notGroupReason ? { notGroupReason: lint.notGroupReason } : {}),
    counts,
    total: lint?.problems.length ?? 0,
  };
}
