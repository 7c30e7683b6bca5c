// The engine's entry: parse once, resolve the kind, run the rules that apply, drop what
// inline comments suppress, and stamp each problem with its rule's id, severity and docs link.
import type { ActiveSeverity, Kind, KindSource, Problem } from './types';
import { parseDocument, type ParsedDocument } from './parse';
import { DocumentModel } from './document';
import { resolveKind } from './resolve-kind';
import { defaultConfig, mergeConfig, type EffectiveConfig } from './config';
import { readFrontMatter } from './front-matter';
import { parseDirectives, Suppressions } from './suppress';
import { phrasePattern, type Report, type Rule } from './rule';
import { withOtherLanguage } from './languages';
import { docsUrl, RULES, RULE_IDS } from '../rules';

export const ENGINE_NOTICE = 'grouplint';

export interface LintOptions {
  /** The document's path ('/'-separated), for config kind globs. */
  path?: string;
  /** Effective config (defaults, config file and editor settings already merged). */
  config?: EffectiveConfig;
}

export interface LintResult {
  kind: Kind | null;
  kindSource: KindSource | null;
  /** Does the document read as group material (a flyer, handout or group page)? */
  groupMaterial: boolean;
  /** Does it compare the kinds rather than announce one group? */
  comparison: boolean;
  /**
   * The words the kind rests on: quoted phrases of the text when inferred (at most three),
   * `group: support` when declared in front matter, the glob when mapped by configuration.
   */
  kindEvidence: string[];
  /** Why the words read as group material ("the title names a support group"), when they were read. */
  groupReason?: string;
  /**
   * Why a text that speaks of groups is not checked as group material ("it reads as an article
   * (…)"), so a writer can see why a flyer is passed over and declare its kind; absent otherwise.
   */
  notGroupReason?: string;
  problems: Problem[];
}

const SEVERITY_RANK: Record<ActiveSeverity, number> = { hint: 1, information: 2, warning: 3, error: 4 };

/** Lint a whole document. Never throws on any input text. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return guarded(text, () => lintParsed(parseDocument(text), options));
}

/**
 * Run a lint, turning a failure the text itself causes (Markdown nested thousands of
 * levels deep exhausts the parser's stack) into one clear notice instead of a crash.
 */
export function guarded(text: string, run: () => LintResult): LintResult {
  try {
    return run();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const why = e instanceof RangeError ? 'it is nested too deeply (thousands of quote or list levels)' : `of an internal error (${detail})`;
    // The notice spans the first line (after a byte-order mark, before a CR), or the first character.
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const nl = text.indexOf('\n');
    let end = nl < 0 ? Math.min(text.length, 1) : nl;
    if (nl > 0 && text[nl - 1] === '\r') end = nl - 1;
    const message = `grouplint could not check this document because ${why}. Nothing in it was changed.`;
    return {
      kind: null,
      kindSource: null,
      groupMaterial: false,
      comparison: false,
      kindEvidence: [],
      problems: [{ rule: ENGINE_NOTICE, severity: 'warning', message, start, end: Math.max(start, end), docsUrl: docsUrl('configuration') }],
    };
  }
}

export function lintParsed(parsed: ParsedDocument, options: LintOptions = {}): LintResult {
  const model = new DocumentModel(parsed);
  const fm = readFrontMatter(parsed, RULE_IDS);
  let config = options.config ?? defaultConfig();
  if (fm.overrides) config = mergeConfig(config, fm.overrides);

  const problems: Problem[] = [];
  const severityOf = (id: string, def: ActiveSeverity) => config.rules[id] ?? def;
  const add = (rule: Rule, r: Report) => {
    const configured = severityOf(rule.meta.id, rule.meta.defaultSeverity);
    if (configured === 'off') return;
    const severity = r.severity && SEVERITY_RANK[r.severity] < SEVERITY_RANK[configured] ? r.severity : configured;
    const { message, start, fix, suggestions } = r;
    problems.push({ rule: rule.meta.id, severity, message, start, end: Math.max(start, r.end), fix, suggestions, docsUrl: docsUrl(rule.meta.id) });
  };

  for (const p of fm.problems) {
    problems.push({ rule: ENGINE_NOTICE, severity: 'warning', message: p.message, start: p.start, end: p.end, docsUrl: docsUrl('configuration') });
  }

  // Kind: front matter, then config globs, then the words.
  const resolved = resolveKind(model, fm.group, config.kinds, options.path);
  let { kind, kindSource } = resolved;
  const { inferred, unknownKind } = resolved;
  const groupMaterial = kind !== null || inferred.groupMaterial || unknownKind;
  // A comparison of the kinds is not a flyer for either: silent unless declared.
  const silent = !groupMaterial || (inferred.comparison && kindSource !== 'front-matter' && kindSource !== 'config');

  if (!silent || unknownKind) {
    const titleRange = () => {
      const t = model.title;
      if (t) return { start: t.start, end: t.end };
      const first = model.lead ?? model.blocks[0];
      if (first) return { start: first.start, end: Math.min(first.end, lineEnd(parsed.text, first.start)) };
      const at = parsed.text.charCodeAt(0) === 0xfeff ? 1 : 0; // never before a byte-order mark
      return { start: at, end: Math.max(at, lineEnd(parsed.text, at)) };
    };
    for (const rule of RULES) {
      if (severityOf(rule.meta.id, rule.meta.defaultSeverity) === 'off') continue;
      if (rule.meta.kind !== 'any' && rule.meta.kind !== kind) continue;
      if (silent && rule.meta.id !== 'kind-unknown') continue;
      rule.check({
        model,
        kind,
        kindSource,
        config,
        // (Read only when a rule asks: most pages are in English and most rules are met before they ask.)
        get extra() {
          return withOtherLanguage(model, rule.meta.id, phrasePattern(config.phrases[rule.meta.id]));
        },
        report: (r) => add(rule, r),
        frontMatter: fm,
        titleRange,
        inferred,
      });
    }
  }

  // Sentences indented as code are checked as text; say once why they will show as code.
  const indented = silent ? [] : model.blocks.filter((b) => b.indented);
  if (indented.length) {
    const first = indented[0];
    const more = indented.length > 1 ? ` (and ${indented.length - 1} more like it)` : '';
    problems.push({
      rule: ENGINE_NOTICE,
      severity: 'information',
      message:
        `This text is indented four spaces or a tab, so Markdown shows it as a code block${more}. ` +
        'grouplint checks its words as text; remove the indent if it is meant as a paragraph.',
      start: first.start,
      end: Math.min(first.end, lineEnd(parsed.text, first.start)),
      docsUrl: docsUrl('configuration'),
    });
  }

  // A page whose own words make one group both kinds gets the conflict alone: the rules of
  // either kind (and the request to declare one) wait until the page says which it is.
  if (kindSource !== 'front-matter' && kindSource !== 'config' && problems.some((p) => p.rule === 'kind-conflict')) {
    kind = null;
    kindSource = null;
    const anyKind = new Set(RULES.filter((r) => r.meta.kind === 'any' && r.meta.id !== 'declare-kind').map((r) => r.meta.id));
    for (let i = problems.length - 1; i >= 0; i--) if (problems[i].rule !== ENGINE_NOTICE && !anyKind.has(problems[i].rule)) problems.splice(i, 1);
  }
  const suppress = new Suppressions(parseDirectives(parsed.comments), parsed.text);
  const kept = problems.filter((p) => !suppress.isSuppressed(p.rule, p.start));
  // Rule ids are lower-case letters and hyphens, which code-unit order sorts as localeCompare did, without the ICU collator
  // localeCompare makes on its first call (a hundredth of the instructions of a CLI run over 1,000 flyers).
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  let kindEvidence: string[] = [];
  if (kindSource === 'front-matter') kindEvidence = [`group: ${kind}`];
  else if (kindSource === 'config') kindEvidence = ['a "kinds" pattern in the configuration'];
  else if (kind) kindEvidence = inferred.evidence.map((w) => `"${w}"`);
  // A kind read from the words says which words, so a reader can see why and override it.
  if (kindSource === 'inferred' && kindEvidence.length) {
    const read = kind === 'support' ? 'a support group' : 'group therapy';
    const because = ` (Read as ${read} from ${kindEvidence.join(', ')}${inferred.learned ? ', weighed by the learned model' : ''}.)`;
    const byKind = new Set(RULES.filter((r) => r.meta.kind !== 'any').map((r) => r.meta.id));
    for (const p of kept) if (byKind.has(p.rule)) p.message += because;
  }
  const groupReason = !silent && inferred.groupReason ? inferred.groupReason : undefined;
  const notGroupReason = !groupMaterial && inferred.notGroupReason ? inferred.notGroupReason : undefined;
  return {
    kind,
    kindSource,
    groupMaterial: !silent,
    comparison: inferred.comparison,
    kindEvidence,
    ...(groupReason ? { groupReason } : {}),
    ...(notGroupReason ? { notGroupReason } : {}),
    problems: kept,
  };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}
