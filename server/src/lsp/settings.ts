// Editor settings under `grouplint.*`, as the client hands them over (workspace/configuration
// or didChangeConfiguration), checked and turned into the engine's config layer.
import { checkConfigValue, RULE_IDS, type PartialConfig } from '../engine';

export interface Settings {
  enable: boolean;
  /** Check every Markdown file of the workspace, not only open ones. */
  workspaceCheck: boolean;
  /** Globs (relative to the workspace folder) the server never checks. */
  ignore: string[];
  /** rules, kinds, wording, phrases: the editor's layer over `.grouplintrc.json`. */
  config: PartialConfig;
  /** What was wrong with the settings, in words (the valid part still applies). */
  messages: string[];
}

export const DEFAULT_SETTINGS: Settings = { enable: true, workspaceCheck: true, ignore: [], config: {}, messages: [] };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Read the `grouplint` section. Never throws; unknown or invalid values fall back to defaults. */
export function readSettings(raw: unknown): Settings {
  if (!isObject(raw)) return { ...DEFAULT_SETTINGS, messages: [] };
  // Some clients send dotted keys ("wording.free") rather than nested objects.
  const value: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const dot = k.indexOf('.');
    if (dot > 0) {
      const head = k.slice(0, dot);
      const sub = (value[head] = isObject(value[head]) ? value[head] : isObject(raw[head]) ? { ...(raw[head] as object) } : {}) as Record<string, unknown>;
      sub[k.slice(dot + 1)] = v;
    } else if (!(k in value)) value[k] = isObject(v) ? { ...v } : v;
  }
  const messages: string[] = [];
  const layer: Record<string, unknown> = {};
  for (const key of ['rules', 'kinds', 'phrases'] as const) {
    const v = value[key];
    if (v === undefined || v === null) continue;
    if (isObject(v) && !Object.keys(v).length) continue;
    layer[key] = v;
  }
  if (isObject(value.wording)) {
    // An empty text means "not set here": the config file or the default applies.
    const wording: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value.wording)) if (!(typeof v === 'string' && !v.trim()) && v !== null) wording[k] = v;
    if (Object.keys(wording).length) layer.wording = wording;
  }
  const checked = checkConfigValue(layer, RULE_IDS);
  for (const m of checked.messages) messages.push(`In the grouplint settings: ${m}`);
  let ignore: string[] = [];
  if (Array.isArray(value.ignore)) {
    ignore = value.ignore.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
    if (ignore.length !== value.ignore.length) messages.push('grouplint.ignore should be a list of glob patterns; the other entries are skipped.');
  } else if (value.ignore !== undefined && value.ignore !== null) messages.push('grouplint.ignore should be a list of glob patterns.');
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : true,
    workspaceCheck: typeof value.workspaceCheck === 'boolean' ? value.workspaceCheck : true,
    ignore,
    config: checked.config,
    messages,
  };
}

/** The globs a `files.exclude`-style object switches on ({"**\/.git": true}). */
export function excludeGlobs(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((g): g is string => typeof g === 'string');
  if (!isObject(raw)) return [];
  return Object.entries(raw)
    .filter(([, on]) => on === true)
    .map(([g]) => g);
}

export { matchesGlob } from '../engine';
