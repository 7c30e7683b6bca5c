// The effective config per folder: the nearest `.grouplintrc.json` (or the one given with
// --config), then --rule overrides. Faults in a config file are kept with their line and
// column so the report and the exit code can name them.
import fs = require('fs');
// Only the engine's light modules: config handling and rule ids, never the Markdown parser.
import {
  ancestorFolders,
  CONFIG_FILE_NAME,
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
import { textKey } from './hash';

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
  /** Per folder: the config file that applies there (the nearest one up), or null for none. */
  private readonly nearest = new Map<string, string | null>();
  /** Per config file ('' for none): what it resolves to. Folders under the same file share it. */
  private readonly byConfigFile = new Map<string, Resolved>();
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
      // configFor's answer depends only on the config file it finds: worked out once per file,
      // not once per folder (each folder of a walk, and each folder's probe, asks).
      const key = this.nearestConfig(folder) ?? '';
      r = this.byConfigFile.get(key);
      if (!r) {
        const found = configFor(`${folder === '/' ? '' : folder}/_.md`, this.reader, this.settings);
        r = { config: found.config, hash: hashConfig(found.config), file: found.file };
        if (found.file) {
          const text = this.reader.read(found.file);
          this.note(found.file, found.issues, typeof text === 'string' ? text : '');
        }
        this.byConfigFile.set(key, r);
      }
      this.byFolder.set(folder, r);
    }
    return r;
  }

  /** The config file configFor finds for a folder (the same folders, the same reader), remembered per folder on the way up. */
  private nearestConfig(folder: string): string | null {
    const chain = ancestorFolders(`${folder === '/' ? '' : folder}/_.md`);
    let found: string | null = null;
    let i = 0;
    for (; i < chain.length; i++) {
      const known = this.nearest.get(chain[i]);
      if (known !== undefined) {
        found = known;
        break;
      }
      const candidate = chain[i] === '/' ? `/${CONFIG_FILE_NAME}` : `${chain[i]}/${CONFIG_FILE_NAME}`;
      if (this.reader.read(candidate) !== undefined) {
        found = candidate;
        this.nearest.set(chain[i], found);
        break;
      }
    }
    for (let k = 0; k < i && k < chain.length; k++) this.nearest.set(chain[k], found);
    return found;
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
  return textKey(JSON.stringify(config));
}
