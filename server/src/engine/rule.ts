// What a rule module is, and what it is given. A rule reports places, messages and fixes;
// the engine stamps its id, severity and docs link.
import type { ActiveSeverity, Edit, Fix, Kind, KindSource, RuleMeta } from './types';
import type { DocumentModel } from './document';
import type { EffectiveConfig } from './config';
import type { FrontMatterInfo } from './front-matter';
import type { KindResolution } from './kind';
import { literalPattern } from './text';

export interface Report {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
  /** Lower than the configured severity, for a secondary finding (never higher). */
  severity?: ActiveSeverity;
}

export interface RuleContext {
  model: DocumentModel;
  kind: Kind | null;
  kindSource: KindSource | null;
  config: EffectiveConfig;
  /** The practice's extra phrases for this rule as one literal pattern, if any. */
  extra: RegExp | undefined;
  report(r: Report): void;
  frontMatter: FrontMatterInfo;
  /** Where document-level problems point: the title, or the first line. */
  titleRange(): { start: number; end: number };
  /** What the words say of the kind, whatever decided it (see engine/kind.ts). */
  inferred?: KindResolution;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/**
 * A rule from its meta and its check. The meta is held to what it declares: a fix from a
 * rule that is not `fixable` is offered as a suggestion instead (so it is never applied in
 * bulk), suggestions from a rule without `hasSuggestions` are dropped, and an empty list of
 * suggestions is none.
 */
export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void): Rule {
  return {
    meta,
    check: (ctx) => {
      const report = ctx.report;
      check({ ...ctx, report: (r) => report(heldToMeta(meta, r)) });
    },
  };
}

function heldToMeta(meta: RuleMeta, r: Report): Report {
  if (!r.fix && !r.suggestions) return r;
  let suggestions = r.suggestions;
  if (r.fix && !meta.fixable) suggestions = [r.fix, ...(suggestions ?? [])];
  // Every field of a report, written out: a spread of each one costs more than the rest of its report on a long page.
  return {
    start: r.start,
    end: r.end,
    message: r.message,
    fix: meta.fixable ? r.fix : undefined,
    suggestions: meta.hasSuggestions && suggestions?.length ? suggestions : undefined,
    severity: r.severity,
  };
}

/** One case-insensitive pattern matching any of the given literal phrases. */
export function phrasePattern(phrases: string[] | undefined): RegExp | undefined {
  const list = (phrases ?? []).map((p) => p.trim()).filter((p) => p.length >= 2);
  if (!list.length) return undefined;
  // The same phrases give the same pattern object, so per-block match caches stay valid.
  const key = list.join('\u0000');
  let re = compiled.get(key);
  if (!re) {
    const body = list
      .map(literalPattern)
      .sort((a, b) => b.length - a.length)
      .join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
    if (compiled.size > 256) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

const compiled = new Map<string, RegExp>();

/** A fix of one edit. */
export function fixOf(title: string, ...edits: Edit[]): Fix {
  return { title, edits };
}
