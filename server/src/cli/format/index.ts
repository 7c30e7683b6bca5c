// The output formats, found by name: adding one is its own file and one entry here
// (`--format`, its help line and the run all read this table). sarif, junit and markdown
// come from the engine's lazy part (dist/worker.js, see ../lazy.ts): a run in the default
// format does without their code (and the rule catalogue SARIF lists).
import type { Report } from '../report';
import { engine } from '../lazy';
import { formatStylish, stylishParts } from './stylish';
import { formatFixDryRunJson, formatJson } from './json';

export interface FormatContext {
  /** Colour is wanted (a terminal, or --color). */
  color: boolean;
  /** The files, folders or globs given on the command line. */
  targets: string[];
  env: Record<string, string | undefined>;
}

export interface OutputFormat {
  render(report: Report, context: FormatContext): string;
  /**
   * The same text as `render`, in parts to write one after another, when the format has a
   * quicker way to give it so (see stylishParts).
   */
  parts?(report: Report, context: FormatContext): string[];
  /**
   * What `--fix-dry-run` prints in this format: `diff` for the unified diff, or a rendering of
   * the planned fixes; none when the format has no such form (a usage error).
   */
  fixDryRun?: 'diff' | ((report: Report) => string);
}

const table = {
  stylish: { render: (report, c) => formatStylish(report, c.color), parts: (report, c) => stylishParts(report, c.color), fixDryRun: 'diff' },
  json: { render: (report) => formatJson(report), fixDryRun: formatFixDryRunJson },
  sarif: { render: (report) => engine().formatSarif(report) },
  junit: { render: (report) => engine().formatJunit(report) },
  markdown: { render: (report, c) => engine().formatMarkdown(report, { targets: c.targets, generated: engine().generatedAt(c.env) }) },
} satisfies Record<string, OutputFormat>;

export type Format = keyof typeof table;
export const OUTPUT_FORMATS: Readonly<Record<Format, OutputFormat>> = table;
export const FORMATS = Object.keys(table) as Format[];
export const DEFAULT_FORMAT: Format = 'stylish';

export function isFormat(name: string): name is Format {
  return Object.prototype.hasOwnProperty.call(table, name);
}

/** "stylish (default), json, sarif, junit or markdown", for the help text. */
export function formatList(): string {
  const names = FORMATS.map((f) => (f === DEFAULT_FORMAT ? `${f} (default)` : f));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}
