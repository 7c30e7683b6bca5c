// Finding the config file that applies to a document, through whatever file access the
// host has (Node's fs for the CLI and server, the workspace API in the browser).
import { ancestorFolders, CONFIG_FILE_NAME, MAX_CONFIG_BYTES, defaultConfig, mergeConfig, parseConfigText, type EffectiveConfig } from './config';
import type { ConfigIssue, PartialConfig } from './types';
import { RULE_IDS } from '../rules/ids';

export interface ConfigReader {
  /** The text of a file; its size alone when it is too large to read; undefined when there is none. */
  read(path: string): string | { tooLarge: number } | undefined;
}

export interface ConfigFor {
  config: EffectiveConfig;
  /** The config file used, if any ('/'-separated path). */
  file?: string;
  /** Faults found in that file (offsets into it). */
  issues: ConfigIssue[];
}

/**
 * The effective config for a document: defaults, then the nearest `.grouplintrc.json`
 * (found by walking up from the document's folder), then editor settings.
 */
export function configFor(docPath: string, reader: ConfigReader, settings?: PartialConfig, stopAt?: string): ConfigFor {
  let config = defaultConfig();
  let file: string | undefined;
  let issues: ConfigIssue[] = [];
  for (const folder of ancestorFolders(docPath)) {
    const candidate = folder === '/' ? `/${CONFIG_FILE_NAME}` : `${folder}/${CONFIG_FILE_NAME}`;
    const text = reader.read(candidate);
    if (text !== undefined) {
      const parsed =
        typeof text === 'string'
          ? parseConfigText(text, RULE_IDS)
          : {
              config: {},
              issues: [
                {
                  message:
                    `This config file is ${Math.round(text.tooLarge / 1024)} KB; ` +
                    `grouplint reads config files up to ${MAX_CONFIG_BYTES / 1024} KB, so it uses the defaults.`,
                  start: 0,
                  end: 0,
                  severity: 'error' as const,
                },
              ],
            };
      config = mergeConfig(config, parsed.config, folder);
      file = candidate;
      issues = parsed.issues;
      break;
    }
    if (stopAt && folder === stopAt.replace(/\/$/, '')) break;
  }
  if (settings) config = mergeConfig(config, settings);
  return { config, file, issues };
}
