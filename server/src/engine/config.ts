// Configuration: defaults, `.grouplintrc.json` (found by walking up from the document),
// editor settings and front-matter overrides, merged in that order. Config is data only:
// it is parsed as JSON with comments and trailing commas (JSONC, as VS Code's settings),
// checked against the shipped schema, and its valid part applies.
import { Validator } from '@cfworker/json-schema';
import { parseTree, findNodeAtLocation, stripComments, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import schema from '../../../schemas/grouplintrc.schema.json';
import { LineIndex } from './positions';
import type { ConfigIssue, Kind, PartialConfig, ResolvedConfig, Severity, Wording } from './types';
import { SEVERITIES } from './types';

export const CONFIG_FILE_NAME = '.grouplintrc.json';
/** Config files larger than this are refused rather than parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const DEFAULT_WORDING: Wording = {
  disclaimer: 'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.',
  // A statement of the kind and nothing more: who leads the group is the practice's to say.
  therapyStatement: 'This is group therapy: a clinical service.',
  free: 'This group is free. A donation toward the room or refreshments is welcome but never expected.',
  referral: 'If you would like individual help, the facilitator can refer you to another therapist on request.',
  confidentiality:
    "What members share stays in the group. As in all therapy, the therapist keeps clinical notes and must report abuse or an imminent risk to someone's life.",
};

/**
 * What each wording is for, with the rule whose quick fix inserts it: the schema and the
 * editor settings are generated from this and DEFAULT_WORDING (`npm run generate`).
 */
export const WORDING_META: Readonly<Record<keyof Wording, { rule: string; schema: string; setting: string }>> = {
  disclaimer: {
    rule: 'support-disclaimer',
    schema: 'Support groups: the statement that the group is not therapy or a clinical service.',
    setting: "The support-group disclaimer (this group is not therapy), in your practice's own words",
  },
  therapyStatement: {
    rule: 'therapy-statement',
    schema: 'Group therapy: the statement that the group is therapy.',
    setting: "The statement that a group is group therapy, in your practice's own words",
  },
  free: {
    rule: 'support-free',
    schema: 'Support groups: what attending costs (free; donations invited).',
    setting: "The line saying that attending is free, in your practice's own words",
  },
  referral: {
    rule: 'support-no-client-recruitment',
    schema: 'Support groups: how members can ask for a referral to another therapist.',
    setting: "The referral line that replaces invitations to become the facilitator's client, in your practice's own words",
  },
  confidentiality: {
    rule: 'therapy-confidentiality',
    schema: 'Group therapy: confidentiality and its limits.',
    setting: "The confidentiality statement of a therapy group, in your practice's own words",
  },
};

/**
 * Other spellings of the severities, as ESLint users type them: `warn`, `info`, and ESLint's
 * numbers (0 off, 1 warning, 2 error). Accepted wherever a severity is set; the schema lists them too.
 */
export const SEVERITY_ALIASES: ReadonlyMap<string | number, Severity> = new Map<string | number, Severity>([
  ['warn', 'warning'],
  ['info', 'information'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
]);

/** Every value a rule's severity may be set to: the five severities, then their other spellings. */
export const SEVERITY_SPELLINGS: ReadonlyArray<string | number> = [...SEVERITIES, ...SEVERITY_ALIASES.keys()];

/** The severity a config value means (a severity or one of its other spellings), or undefined. */
export function toSeverity(value: unknown): Severity | undefined {
  if ((SEVERITIES as readonly unknown[]).includes(value)) return value as Severity;
  return typeof value === 'string' || typeof value === 'number' ? SEVERITY_ALIASES.get(value) : undefined;
}

/** Words other tools use for a severity, for the "did you mean" of a config fault. */
const SEVERITY_LOOKALIKES: Record<string, Severity> = {
  none: 'off',
  disable: 'off',
  disabled: 'off',
  ignore: 'off',
  suggestion: 'hint',
  note: 'information',
  notice: 'information',
  informational: 'information',
  warnings: 'warning',
  err: 'error',
  errors: 'error',
  fatal: 'error',
};

/** The severity a value that is not accepted probably means, if one stands out. */
export function guessSeverity(value: unknown): Severity | undefined {
  if (typeof value === 'boolean') return value ? undefined : 'off';
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) {
    return SEVERITY_ALIASES.get(Number(value));
  }
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  const known = toSeverity(word) ?? SEVERITY_LOOKALIKES[word];
  if (known) return known;
  let best: Severity | undefined;
  let bestScore = Infinity;
  for (const s of SEVERITIES) {
    const d = s.startsWith(word) && word.length >= 3 ? 0 : distance(word, s);
    if (d < bestScore) {
      bestScore = d;
      best = s;
    }
  }
  return bestScore <= 2 ? best : undefined;
}

const SEVERITY_LIST = `${SEVERITIES.join(', ')} (also warn, info, and ESLint's numbers: 0 = off, 1 = warning, 2 = error)`;

const WORDING_KEYS = Object.keys(DEFAULT_WORDING) as Array<keyof Wording>;
const TOP_KEYS = ['$schema', 'rules', 'kinds', 'wording', 'phrases', 'ignore'];

export interface KindGlob {
  pattern: string;
  kind: Kind;
  /** Folder the pattern is relative to ('' = relative to the document path given). */
  base: string;
}

export interface EffectiveConfig extends Omit<ResolvedConfig, 'kinds'> {
  kinds: KindGlob[];
}

export function defaultConfig(): EffectiveConfig {
  return { rules: {}, kinds: [], wording: { ...DEFAULT_WORDING }, phrases: {}, ignore: [] };
}

/** Layer `over` on top of `base` (later layers win; phrases add up). */
export function mergeConfig(base: EffectiveConfig, over: PartialConfig, folder = ''): EffectiveConfig {
  const out: EffectiveConfig = {
    rules: { ...base.rules, ...(over.rules ?? {}) },
    kinds: [...base.kinds],
    wording: { ...base.wording },
    phrases: { ...base.phrases },
    ignore: [...base.ignore],
  };
  for (const [pattern, kind] of Object.entries(over.kinds ?? {})) out.kinds.unshift({ pattern, kind, base: folder });
  for (const k of WORDING_KEYS) {
    const v = over.wording?.[k];
    if (typeof v === 'string' && v.trim()) out.wording[k] = v.trim();
  }
  for (const [id, list] of Object.entries(over.phrases ?? {})) out.phrases[id] = [...(out.phrases[id] ?? []), ...list];
  for (const g of over.ignore ?? []) out.ignore.push(folder ? `${folder}/${g}` : g);
  return out;
}

export interface ParsedConfig {
  config: PartialConfig;
  issues: ConfigIssue[];
}

/** Made on the first check (compiling the schema is work a run without a config file can skip). */
let validator: Validator | undefined;

/** Parse and check the text of a config file. Never throws. */
export function parseConfigText(text: string, knownRules: readonly string[]): ParsedConfig {
  if (text.length > MAX_CONFIG_BYTES) {
    return {
      config: {},
      issues: [
        {
          message:
            `This config file is ${Math.round(text.length / 1024)} KB; ` +
            `grouplint reads config files up to ${MAX_CONFIG_BYTES / 1024} KB, so it uses the defaults.`,
          start: 0,
          end: 0,
          severity: 'error',
        },
      ],
    };
  }
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree) {
    // Nothing but blanks and comments is an empty file, not a fault at its end.
    const e = stripComments(body).trim() ? errors[0] : undefined;
    const issues: ConfigIssue[] = e
      ? [
          {
            message: `Not valid JSON: ${describeJsonError(e, body)}. grouplint uses the defaults until this is fixed.`,
            start: e.offset + shift,
            end: e.offset + shift + Math.max(1, e.length),
            severity: 'error',
          },
        ]
      : [{ message: 'The config file is empty; grouplint uses the defaults.', start: 0, end: 0, severity: 'warning' }];
    return { config: {}, issues };
  }
  const value = toValue(tree);
  const issues = checkAgainstSchema(value, tree, shift, knownRules);
  return { config: sanitize(value, knownRules), issues };
}

/** Check an already-parsed value (editor settings, front matter `grouplint:`). */
export function checkConfigValue(value: unknown, knownRules: readonly string[]): { config: PartialConfig; messages: string[] } {
  const messages: string[] = [];
  for (const e of leafErrors(value)) messages.push(describe(e, value, knownRules));
  return { config: sanitize(value, knownRules), messages };
}

function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = Object.create(null);
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) o[String(k.value)] = toValue(v);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

interface LeafError {
  path: string[];
  keyword: string;
}

function leafErrors(value: unknown): LeafError[] {
  const { errors } = (validator ??= new Validator(schema as object, '2020-12', false)).validate(value as never);
  const locs = errors.map((e) => e.instanceLocation);
  const seen = new Set<string>();
  const out: LeafError[] = [];
  for (const e of errors) {
    if (locs.some((l) => l.startsWith(e.instanceLocation + '/'))) continue;
    if (seen.has(e.instanceLocation)) continue;
    seen.add(e.instanceLocation);
    const path = e.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePointer);
    out.push({ path, keyword: e.keyword });
  }
  return out;
}

function decodePointer(s: string): string {
  return decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');
}

function checkAgainstSchema(value: unknown, tree: JsonNode, shift: number, knownRules: readonly string[]): ConfigIssue[] {
  return leafErrors(value).map((e) => {
    const node = findNodeAtLocation(
      tree,
      e.path.map((p, i) => (i > 0 && /^\d+$/.test(p) && e.path[0] !== 'rules' && e.path[0] !== 'kinds' ? Number(p) : p)),
    );
    // Point at the key for unknown names, at the value otherwise.
    const keyNode = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = (e.keyword === 'false' || (e.keyword === 'enum' && isNameError(e, value, knownRules))) && keyNode ? keyNode : (node ?? tree);
    return { message: describe(e, value, knownRules), start: target.offset + shift, end: target.offset + shift + target.length, severity: 'error' as const };
  });
}

function isNameError(e: LeafError, value: unknown, knownRules: readonly string[]): boolean {
  return (e.path[0] === 'rules' || e.path[0] === 'phrases') && e.path.length === 2 && !knownRules.includes(e.path[1]) && value !== undefined;
}

function at(value: unknown, path: string[]): unknown {
  let v = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function typeName(v: unknown): string {
  return v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v === 'string'
          ? `"${v}"`
          : `${typeof v} ${String(v)}`;
}

function describe(e: LeafError, value: unknown, knownRules: readonly string[]): string {
  const [top, name] = e.path;
  const v = at(value, e.path);
  const where = e.path.length ? `"${e.path.join('.')}"` : 'The config';
  if (e.path.length === 1 && !TOP_KEYS.includes(top)) return `Unknown setting "${top}". Known settings: ${TOP_KEYS.slice(1).join(', ')}.`;
  if ((top === 'rules' || top === 'phrases') && e.path.length === 2 && !knownRules.includes(name)) {
    return `Unknown rule id "${name}". ${suggest(name, knownRules)}`;
  }
  if (top === 'rules' && e.path.length === 2) {
    const guess = guessSeverity(v);
    const hint = guess ? ` Did you mean "${guess}"?` : '';
    return `${where} is ${typeName(v)}; a severity is one of: ${SEVERITY_LIST}.${hint}`;
  }
  if (top === 'kinds' && e.path.length === 2) return `${where} is ${typeName(v)}; a kind is "support" or "therapy".`;
  if (top === 'wording' && e.path.length === 2 && !(WORDING_KEYS as string[]).includes(name)) {
    return `Unknown wording "${name}". Known wordings: ${WORDING_KEYS.join(', ')}.`;
  }
  if (top === 'wording') return `${where} should be a non-empty text, not ${typeName(v)}.`;
  if (top === 'phrases') return `${where} should be a list of texts (2 to 200 characters each), not ${typeName(v)}.`;
  if (top === 'ignore') return `${where} should be a list of glob patterns, not ${typeName(v)}.`;
  if (e.path.length === 0) return `The config should be a JSON object, not ${typeName(v)}.`;
  return `${where} should be an object, not ${typeName(v)}.`;
}

function suggest(name: string, known: readonly string[]): string {
  let best = '';
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestScore) {
      bestScore = d;
      best = k;
    }
  }
  return bestScore <= Math.max(3, name.length / 3) ? `Did you mean "${best}"?` : 'See the rule list in docs/README.md.';
}

/** Edit distance, capped in effort by short ids. */
export function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** What each parse fault means, in plain words ("expected a comma after the value"). */
const JSON_FAULTS: Record<string, string> = {
  InvalidNumberFormat: 'a number written in a way JSON does not allow',
  PropertyNameExpected: 'expected a setting name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the name',
  CommaExpected: 'expected a comma after the value',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'expected the end of the file after the closing brace',
  InvalidCommentToken: 'a comment written neither as // nor as /* */',
  UnexpectedEndOfComment: 'a /* comment that is never closed with */',
  UnexpectedEndOfString: 'a text in double quotes that is not closed before the line ends',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'a \\u escape without four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash before a letter JSON does not know (write \\\\ for a backslash)',
  InvalidCharacter: 'a control character (such as a tab) inside a text in double quotes',
};

/** Parse faults that say what was expected; these also name what was found there. */
const EXPECTED = new Set([
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
]);

function describeJsonError(e: ParseError, text: string): string {
  const code = printParseErrorCode(e.error);
  const what = JSON_FAULTS[code] ?? 'unexpected text';
  const p = new LineIndex(text).position(e.offset);
  const where = `on line ${p.line + 1}, column ${p.character + 1}`;
  const raw = text.slice(e.offset, e.offset + Math.min(e.length, 40));
  // A text token keeps its own double quotes; anything else is put in quotes.
  const token = raw.startsWith('"') ? raw : `"${raw}"`;
  if (code === 'InvalidSymbol') return `${token} is not valid JSON ${where} (names and texts go in double quotes; true, false and null are spelled in full)`;
  if (!EXPECTED.has(code)) return `${what} ${where}`;
  return `${what} ${where} (${raw ? `found ${token}` : 'the file ends there'})`;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Keep only the valid parts of a config value. */
export function sanitize(value: unknown, knownRules: readonly string[]): PartialConfig {
  const out: PartialConfig = {};
  if (!isObject(value)) return out;
  if (isObject(value.rules)) {
    out.rules = {};
    for (const [id, sev] of Object.entries(value.rules)) {
      const severity = toSeverity(sev);
      if (knownRules.includes(id) && severity) out.rules[id] = severity;
    }
  }
  if (isObject(value.kinds)) {
    out.kinds = {};
    for (const [glob, kind] of Object.entries(value.kinds)) if (kind === 'support' || kind === 'therapy') out.kinds[glob] = kind;
  }
  if (isObject(value.wording)) {
    out.wording = {};
    for (const k of WORDING_KEYS) {
      const v = value.wording[k];
      if (typeof v === 'string' && v.trim()) out.wording[k] = v;
    }
  }
  if (isObject(value.phrases)) {
    out.phrases = {};
    for (const [id, list] of Object.entries(value.phrases)) {
      if (!knownRules.includes(id) || !Array.isArray(list)) continue;
      const ok = list.filter((p): p is string => typeof p === 'string' && p.trim().length >= 2 && p.length <= 200).slice(0, 200);
      if (ok.length) out.phrases[id] = ok;
    }
  }
  if (Array.isArray(value.ignore)) out.ignore = value.ignore.filter((g): g is string => typeof g === 'string');
  return out;
}

/** Turn a glob ("flyers/support/**", "*.md", "{a,b}/*.md") into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  // A leading "/" anchors the pattern to the config file's folder, as in .gitignore.
  const anchored = /^\.?\//.test(glob) && glob.startsWith('/');
  const g = glob.replace(/^\.?\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth) {
      depth--;
      re += ')';
    } else if (c === ',' && depth) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  while (depth-- > 0) re += ')';
  // A pattern without a slash matches the file name anywhere, as in .gitignore.
  return new RegExp(anchored || g.includes('/') ? `^${re}$` : `(?:^|/)${re}$`);
}

/** The kind a config glob gives a document path ('/'-separated). */
export function kindFromGlobs(kinds: KindGlob[], docPath: string): Kind | undefined {
  for (const k of kinds) {
    const rel = relativeTo(k.base, docPath);
    if (rel !== undefined && globToRegExp(k.pattern).test(rel)) return k.kind;
  }
  return undefined;
}

export function relativeTo(base: string, path: string): string | undefined {
  const p = path.replace(/\\/g, '/');
  if (!base) return p.replace(/^\.\//, '');
  const b = base.replace(/\\/g, '/').replace(/\/$/, '');
  return p.startsWith(b + '/') ? p.slice(b.length + 1) : undefined;
}

/** Folders from the document's folder up to the root, for finding `.grouplintrc.json`. */
export function ancestorFolders(docPath: string): string[] {
  const parts = docPath.replace(/\\/g, '/').split('/');
  parts.pop();
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('/') || '/');
  return out;
}
