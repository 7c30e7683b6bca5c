// Finding the config file that applies to a document, through whatever file access the
// host has (Node's fs for the CLI and server, the workspace API in the browser).
import { ancestorFolders, CONFIG_FILE_NAME, defaultConfig, mergeConfig, parseConfigText, type EffectiveConfig } from './config';
import type { ConfigIssue, PartialConfig } from './types';
import { RULE_IDS } from '../rules';

export interface ConfigReader {
  /** The text of a file, or undefined when there is none. Should not throw. */
  read(path: string): string | undefined;
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
      const parsed = parseConfigText(text, RULE_IDS);
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
