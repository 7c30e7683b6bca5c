// A document's front matter: the `group:` kind its author declares and the `grouplint:`
// settings that apply to it alone, with what is wrong in either.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { PartialConfig } from './types';
import type { ParsedDocument } from './parse';
import { checkConfigValue } from './config';

export interface FrontMatterInfo {
  group?: unknown;
  /** Offsets of the `group:` value, when present. */
  groupRange?: { start: number; end: number };
  overrides?: PartialConfig;
  problems: Array<{ message: string; start: number; end: number }>;
}

/**
 * Read front matter: the `group:` kind and `grouplint:` overrides (checked against the rule
 * ids the engine was given). Never throws.
 */
export function readFrontMatter(parsed: ParsedDocument, ruleIds: readonly string[]): FrontMatterInfo {
  const fm = parsed.frontMatter;
  const info: FrontMatterInfo = { problems: [] };
  if (parsed.unterminatedFrontMatter) {
    const bom = parsed.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const nl = parsed.text.indexOf('\n');
    const end = nl < 0 ? bom + 3 : parsed.text[nl - 1] === '\r' ? nl - 1 : nl;
    info.problems.push({
      message: 'The front matter opened by "---" on line 1 is never closed with a second "---" line, so grouplint ignores it.',
      start: bom,
      end,
    });
  }
  if (!fm) return info;
  let data: unknown;
  try {
    data = yamlOf(fm);
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
    const { config, messages } = checkConfigValue(obj.grouplint, ruleIds);
    info.overrides = config;
    const m = /^grouplint[ \t]*:/m.exec(fm.value);
    const s = fm.valueStart + (m ? m.index : 0);
    for (const message of messages) info.problems.push({ message: `In the front matter "grouplint:" settings: ${message}`, start: s, end: s + 9 });
  }
  return info;
}

/**
 * The front matter's YAML, parsed once per front matter node: an edited document keeps its
 * node (and so this) while the edits stay below it. A parse error is thrown each time.
 */
const yamlCache = new WeakMap<NonNullable<ParsedDocument['frontMatter']>, { data: unknown } | { error: unknown }>();
function yamlOf(fm: NonNullable<ParsedDocument['frontMatter']>): unknown {
  let hit = yamlCache.get(fm);
  if (!hit) {
    try {
      hit = { data: simpleYaml(fm.value) ?? parseYaml(fm.value, { maxAliasCount: 50, prettyErrors: false, uniqueKeys: false }) };
    } catch (error) {
      hit = { error };
    }
    yamlCache.set(fm, hit);
  }
  if ('error' in hit) throw hit.error;
  return hit.data;
}

const SIMPLE_LINE = /^([A-Za-z][\w-]*):[ \t]+([A-Za-z](?:[A-Za-z -]*[A-Za-z])?)[ \t]*$/;
const YAML_WORD = /^(?:true|false|null)$/i;

/**
 * Front matter of nothing but `key: words` lines (`group: therapy`, the common case), read
 * without the YAML parser, which costs more than the rest of a flyer's front matter handling;
 * undefined for anything else. The same object the parser gives: each value is a plain
 * string of letters, spaces and hyphens, no key or value is true, false or null, no key repeats.
 */
export function simpleYaml(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let any = false;
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || YAML_WORD.test(m[1]) || YAML_WORD.test(m[2]) || Object.prototype.hasOwnProperty.call(out, m[1])) return undefined;
    out[m[1]] = m[2];
    any = true;
  }
  return any ? out : undefined;
}

function isHighSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
