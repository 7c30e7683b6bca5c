// --print-config: the merged config (and the kind) that applies to one file, as JSON.
import fs = require('fs');
import { mergeConfig, type EffectiveConfig } from '../engine/light';
import type { Configs } from './configs';
import { engine } from './lazy';
import { loadFile } from './read';
import { toDisplay, toPosixAbs } from './paths';
import { configEntries, EXIT, type Io } from './output';

export function printConfig(file: string, configs: Configs, io: Io, err: (s: string) => void): number {
  const abs = toPosixAbs(file, io.cwd);
  const resolved = configs.forFile(abs);
  let config: EffectiveConfig = resolved.config;
  let kind: string | null = null;
  let kindSource: string | null = null;
  const loaded = fs.existsSync(abs) ? loadFile(abs) : undefined;
  if (loaded?.ok) {
    // Front matter `grouplint:` settings apply to this document too.
    const overrides = engine().frontMatterOverrides(loaded.text);
    if (overrides) config = mergeConfig(config, overrides);
    const out = engine().safeCheck({ path: abs, text: loaded.text, config: resolved.config, fix: false });
    kind = out.kind;
    kindSource = out.kindSource;
  }
  const rules: Record<string, string> = {};
  for (const r of engine().RULES) rules[r.meta.id] = config.rules[r.meta.id] ?? r.meta.defaultSeverity;
  const rel = (p: string) => (p ? toDisplay(p, io.cwd) : '.');
  const printed = {
    file: toDisplay(abs, io.cwd),
    configFile: resolved.file ? toDisplay(resolved.file, io.cwd) : null,
    kind,
    kindSource,
    rules,
    kinds: config.kinds.map((k) => ({ pattern: k.pattern, kind: k.kind, relativeTo: rel(k.base) })),
    wording: config.wording,
    phrases: config.phrases,
    ignore: config.ignore.map((g) => (g.startsWith('/') ? toDisplay(g, io.cwd) : g)),
  };
  io.stdout.write(JSON.stringify(printed, null, 2) + '\n');
  const { fatal } = configEntries(configs, io, err);
  return fatal ? EXIT.usage : EXIT.ok;
}
