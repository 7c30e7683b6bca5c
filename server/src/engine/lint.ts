// The engine's entry: parse once, resolve the kind, run the rules that apply, drop what
// inline comments suppress, and stamp each problem with its rule's id, severity and docs link.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ActiveSeverity, Kind, KindSource, Problem, PartialConfig } from './types';
import { parseDocument, type ParsedDocument } from './parse';
import { DocumentModel } from './document';
import { inferKind } from './kind';
import { checkConfigValue, defaultConfig, kindFromGlobs, mergeConfig, type EffectiveConfig } from './config';
import { parseDirectives, Suppressions } from './suppress';
import { phrasePattern, type Report, type Rule } from './rule';
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
  problems: Problem[];
}

const SEVERITY_RANK: Record<ActiveSeverity, number> = { hint: 1, information: 2, warning: 3, error: 4 };

export interface FrontMatterInfo {
  group?: unknown;
  /** Offsets of the `group:` value, when present. */
  groupRange?: { start: number; end: number };
  overrides?: PartialConfig;
  problems: Array<{ message: string; start: number; end: number }>;
}

/** Read front matter: the `group:` kind and `grouplint:` overrides. Never throws. */
export function readFrontMatter(parsed: ParsedDocument): FrontMatterInfo {
  const fm = parsed.frontMatter;
  const info: FrontMatterInfo = { problems: [] };
  if (parsed.unterminatedFrontMatter) {
    const bom = parsed.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const nl = parsed.text.indexOf('\n');
    const end = nl < 0 ? bom + 3 : parsed.text[nl - 1] === '\r' ? nl - 1 : nl;
    info.problems.push({ message: 'The front matter opened by "---" on line 1 is never closed with a second "---" line, so grouplint ignores it.', start: bom, end });
  }
  if (!fm) return info;
  let data: unknown;
  try {
    data = parseYaml(fm.value, { maxAliasCount: 50, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.pos[0] : 0;
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    let at = fm.valueStart + Math.min(pos, fm.value.length);
    if (isLowSurrogate(parsed.text, at) && isHighSurrogate(parsed.text, at - 1)) at--;
    // Never end between the CR and LF of a line break, nor inside a surrogate pair (an emoji, say).
    const width = isHighSurrogate(parsed.text, at) && isLowSurrogate(parsed.text, at + 1) ? 2 : 1;
    const end = parsed.text.startsWith('\r\n', at) ? at : Math.min(fm.end, at + width);
    info.problems.push({ message: `The front matter is not valid YAML (${reason}); grouplint ignores it.`, start: at, end: Math.max(at, end) });
    return info;
  }
  if (data === null || data === undefined) return info;
  if (typeof data !== 'object' || Array.isArray(data)) {
    info.problems.push({ message: 'The front matter should be a set of "key: value" lines; grouplint ignores it.', start: fm.start, end: fm.end });
    return info;
  }
  const obj = data as Record<string, unknown>;
  if ('group' in obj) {
    info.group = obj.group;
    const m = /^group[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$/m.exec(fm.value);
    if (m) {
      const s = fm.valueStart + m.index + m[0].indexOf(m[1], 6);
      info.groupRange = { start: s, end: s + m[1].length };
    }
  }
  if ('grouplint' in obj) {
    const { config, messages } = checkConfigValue(obj.grouplint, RULE_IDS);
    info.overrides = config;
    const m = /^grouplint[ \t]*:/m.exec(fm.value);
    const s = fm.valueStart + (m ? m.index : 0);
    for (const message of messages) info.problems.push({ message: `In the front matter "grouplint:" settings: ${message}`, start: s, end: s + 9 });
  }
  return info;
}

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
    const why = e instanceof RangeError ? 'it is nested too deeply (thousands of quote or list levels)' : `of an internal error (${e instanceof Error ? e.message : String(e)})`;
    const end = text.indexOf('\n');
    return {
      kind: null,
      kindSource: null,
      groupMaterial: false,
      comparison: false,
      kindEvidence: [],
      problems: [{ rule: ENGINE_NOTICE, severity: 'warning', message: `grouplint could not check this document because ${why}. Nothing in it was changed.`, start: text.charCodeAt(0) === 0xfeff ? 1 : 0, end: Math.max(text.charCodeAt(0) === 0xfeff ? 1 : 0, end < 0 ? Math.min(text.length, 1) : end > 0 && text[end - 1] === '\r' ? end - 1 : end), docsUrl: docsUrl('configuration') }],
    };
  }
}

export function lintParsed(parsed: ParsedDocument, options: LintOptions = {}): LintResult {
  const model = new DocumentModel(parsed);
  const fm = readFrontMatter(parsed);
  let config = options.config ?? defaultConfig();
  if (fm.overrides) config = mergeConfig(config, fm.overrides);

  const problems: Problem[] = [];
  const severityOf = (id: string, def: ActiveSeverity) => config.rules[id] ?? def;
  const add = (rule: Rule, r: Report) => {
    const configured = severityOf(rule.meta.id, rule.meta.defaultSeverity);
    if (configured === 'off') return;
    const severity = r.severity && SEVERITY_RANK[r.severity] < SEVERITY_RANK[configured] ? r.severity : configured;
    problems.push({ rule: rule.meta.id, severity, message: r.message, start: r.start, end: Math.max(r.start, r.end), fix: r.fix, suggestions: r.suggestions, docsUrl: docsUrl(rule.meta.id) });
  };

  for (const p of fm.problems) {
    problems.push({ rule: ENGINE_NOTICE, severity: 'warning', message: p.message, start: p.start, end: p.end, docsUrl: docsUrl('configuration') });
  }

  // Kind: front matter, then config globs, then the words.
  let kind: Kind | null = null;
  let kindSource: KindSource | null = null;
  const inferred = inferKind(model);
  const declared = fm.group;
  if (declared === 'support' || declared === 'therapy') {
    kind = declared;
    kindSource = 'front-matter';
  } else {
    const globbed = options.path ? kindFromGlobs(config.kinds, options.path) : undefined;
    if (globbed) {
      kind = globbed;
      kindSource = 'config';
    } else if (inferred.kind) {
      kind = inferred.kind;
      kindSource = 'inferred';
    }
  }
  const unknownKind = declared !== undefined && declared !== 'support' && declared !== 'therapy';
  const groupMaterial = kind !== null || inferred.groupMaterial || unknownKind;
  // A comparison of the kinds is not a flyer for either: silent unless declared.
  const silent = !groupMaterial || (inferred.comparison && kindSource !== 'front-matter' && kindSource !== 'config');

  if (!silent || unknownKind) {
    const titleRange = () => {
      const t = model.title;
      if (t) return { start: t.start, end: t.end };
      const first = model.blocks[0];
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
        extra: phrasePattern(config.phrases[rule.meta.id]),
        report: (r) => add(rule, r),
        frontMatter: fm,
        titleRange,
      });
    }
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
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const kindEvidence =
    kindSource === 'front-matter' ? [`group: ${kind}`] : kindSource === 'config' ? ['a "kinds" pattern in the configuration'] : kind ? inferred.evidence.map((w) => `"${w}"`) : [];
  // A kind read from the words says which words, so a reader can see why and override it.
  if (kindSource === 'inferred' && kindEvidence.length) {
    const because = ` (Read as ${kind === 'support' ? 'a support group' : 'group therapy'} from ${kindEvidence.join(', ')}${inferred.learned ? ', weighed by the learned model' : ''}.)`;
    const byKind = new Set(RULES.filter((r) => r.meta.kind !== 'any').map((r) => r.meta.id));
    for (const p of kept) if (byKind.has(p.rule)) p.message += because;
  }
  return { kind, kindSource, groupMaterial: !silent, comparison: inferred.comparison, kindEvidence, problems: kept };
}

function isHighSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

