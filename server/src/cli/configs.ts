// The effective config per folder: the nearest `.grouplintrc.json` (or the one given with
// --config), then --rule overrides. Faults in a config file are kept with their line and
// column so the report and the exit code can name them.
import * as fs from 'fs';
import { createHash } from 'crypto';
// Only the engine's light modules: config handling and rule ids, never the Markdown parser.
import {
  configFor,
  configIgnores,
  defaultConfig,
  LineIndex,
  mergeConfig,
  parseConfigText,
  RULE_IDS,
  type ConfigIssue,
  type EffectiveConfig,
  type PartialConfig,
  type Severity,
} from '../engine/light';
import { NodeConfigReader } from '../node/files';
import type { Diagnostic } from './check';
import { posixDirname, toPosixAbs } from './paths';

export class ConfigError extends Error {}

export interface Resolved {
  config: EffectiveConfig;
  /** Hash of the effective config (a cache key part). */
  hash: string;
  /** The config file used ('/'-separated absolute path), if any. */
  file?: string;
}

export interface ConfigFault {
  /** The config file ('/'-separated absolute path). */
  file: string;
  diagnostics: Diagnostic[];
  /** Errors (not warnings) make the run exit with 2. */
  fatal: boolean;
}

export class Configs {
  private readonly reader = new NodeConfigReader();
  private readonly byFolder = new Map<string, Resolved>();
  private readonly faults = new Map<string, ConfigFault>();
  private readonly explicit?: Resolved;
  private readonly settings?: PartialConfig;

  constructor(opts: { configPath?: string; rules: Record<string, Severity>; cwd?: string }) {
    this.settings = Object.keys(opts.rules).length ? { rules: opts.rules } : undefined;
    if (opts.configPath !== undefined) {
      const file = toPosixAbs(opts.configPath, opts.cwd);
      let text: string;
      try {
        const st = fs.statSync(file);
        if (st.isDirectory()) throw new ConfigError(`The config file ${opts.configPath} is a folder; give the path of a .grouplintrc.json file.`);
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        if (e instanceof ConfigError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
        throw new ConfigError(`Cannot read the config file ${opts.configPath}: ${why}.`);
      }
      const parsed = parseConfigText(text, RULE_IDS);
      let config = mergeConfig(defaultConfig(), parsed.config, posixDirname(file));
      if (this.settings) config = mergeConfig(config, this.settings);
      this.explicit = { config, hash: hashConfig(config), file };
      this.note(file, parsed.issues, text);
    }
  }

  /** The config that applies to a document (absolute '/'-separated path). */
  forFile(abs: string): Resolved {
    if (this.explicit) return this.explicit;
    const folder = posixDirname(abs);
    let r = this.byFolder.get(folder);
    if (!r) {
      const found = configFor(`${folder === '/' ? '' : folder}/_.md`, this.reader, this.settings);
      r = { config: found.config, hash: hashConfig(found.config), file: found.file };
      if (found.file) {
        const text = this.reader.read(found.file);
        this.note(found.file, found.issues, typeof text === 'string' ? text : '');
      }
      this.byFolder.set(folder, r);
    }
    return r;
  }

  /** Does the config's `ignore` list (patterns relative to the config file's folder) name this file? */
  ignores(abs: string, r: Resolved): boolean {
    return configIgnores(abs, r.config.ignore, r.file);
  }

  /** Config files with faults, in the order found. */
  allFaults(): ConfigFault[] {
    return [...this.faults.values()];
  }

  private note(file: string, issues: ConfigIssue[], text: string): void {
    if (!issues.length || this.faults.has(file)) return;
    const index = new LineIndex(text);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const pos = (o: number) => {
      const p = index.position(o);
      return { line: p.line + 1, column: p.character + 1 - (p.line === 0 && o >= bom ? bom : 0) };
    };
    const diagnostics = issues.map((i): Diagnostic => {
      const s = pos(i.start);
      const e = pos(i.end);
      return {
        rule: 'grouplint',
        severity: i.severity,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        message: i.message,
        fixable: false,
      };
    });
    this.faults.set(file, { file, diagnostics, fatal: issues.some((i) => i.severity === 'error') });
  }
}

export function hashConfig(config: EffectiveConfig): string {
  return createHash('sha1').update(JSON.stringify(config)).digest('hex').slice(0, 16);
}
