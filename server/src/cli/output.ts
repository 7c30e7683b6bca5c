// Presenting a run: the report in the chosen format (to stdout or --output-file), the lists of
// changes and suggestions on stderr, config faults, and the exit code.
import fs = require('fs');
import path = require('path');
import { version as packageVersion } from '../../../package.json';
import type { Options } from './args';
import type { AppliedFix } from './check';
import type { Configs } from './configs';
import { toDisplay } from './paths';
import { countReport, plural, type FileReport, type Hidden, type Report } from './report';
import { OUTPUT_FORMATS } from './format';
import { engine } from './lazy';

export const VERSION: string = packageVersion;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A file's change as a unified diff (from the engine's lazy part, with the diff library). */
export function unifiedDiff(display: string, before: string, after: string): string {
  return engine().unifiedDiff(display, before, after);
}

export function format(report: Report, o: Options, color: boolean, env: Io['env'] = {}): string {
  return OUTPUT_FORMATS[o.format].render(report, { color, targets: o.patterns, env });
}

/** The format's own rendering of the planned fixes, if it has one (else the unified diff). */
export function dryRunRendering(o: Options): ((report: Report) => string) | undefined {
  const form = OUTPUT_FORMATS[o.format].fixDryRun;
  return typeof form === 'function' ? form : undefined;
}

/** With --quiet, errors only; `hidden` counts what was left out, so no summary calls the run clean. */
export function applyQuiet(files: FileReport[], quiet: boolean): { files: FileReport[]; hidden?: Hidden } {
  if (!quiet) return { files };
  const { warning, information, hint } = countReport(files);
  const shown = files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') }));
  return { files: shown, hidden: { warning, information, hint } };
}

export function exitCodeOf(files: FileReport[], o: Options, fatalConfig: boolean): number {
  if (fatalConfig) return EXIT.usage;
  const c = countReport(files);
  if (c.error > 0) return EXIT.problems;
  if (o.maxWarnings >= 0 && c.warning > o.maxWarnings) return EXIT.problems;
  return EXIT.ok;
}

export function useColor(o: Options, io: Io, toFile: boolean): boolean {
  if (o.color !== undefined) return o.color;
  if (toFile) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !!io.stdout.isTTY;
}

/** Report config faults on stderr (file:line:col and the fault), and as report entries. */
export function configEntries(configs: Configs, io: Io, err: (s: string) => void): { entries: FileReport[]; fatal: boolean } {
  const entries: FileReport[] = [];
  let fatal = false;
  for (const f of configs.allFaults()) {
    const display = toDisplay(f.file, io.cwd);
    for (const d of f.diagnostics) err(`grouplint: config ${d.severity} in ${display}:${d.line}:${d.column}: ${d.message}`);
    fatal ||= f.fatal;
    entries.push({ path: display, kind: null, kindSource: null, groupMaterial: false, type: 'config', diagnostics: f.diagnostics });
  }
  return { entries, fatal };
}

export async function emit(report: Report, o: Options, io: Io): Promise<void> {
  const toFile = o.outputFile !== undefined;
  const color = useColor(o, io, toFile);
  const form = OUTPUT_FORMATS[o.format];
  if (!toFile && form.parts) {
    // The same bytes as format()'s text, a part at a time (see OutputFormat.parts).
    for (const part of form.parts(report, { color, targets: o.patterns, env: io.env })) await write(io.stdout, part);
  } else await emitText(format(report, o, color, io.env), o, io);
}

/** To --output-file when given, else to stdout. */
export async function emitText(text: string, o: Options, io: Io): Promise<void> {
  const toFile = o.outputFile !== undefined;
  if (toFile) {
    const target = path.resolve(io.cwd, o.outputFile!);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } else await write(io.stdout, text);
}

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (!text) return resolve();
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

/** Every change --fix made, one line each: file:line:column, rule, what changed. */
export function changeList(changes: Array<{ display: string; applied: AppliedFix[] }>): string {
  const rows = [...changes]
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
    .flatMap((c) => c.applied.map((a) => [`${c.display}:${a.line}:${a.column}`, a.rule, a.change]));
  return table(rows);
}

/**
 * The findings --fix left alone because their edits are suggestions (a person applies them,
 * one by one, in the editor), one line each with the suggestions' titles; '' when none.
 */
export function suggestionList(files: FileReport[], what: string): string {
  const rows = files
    .filter((f) => f.suggested?.length)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((f) => f.suggested!.map((d) => [`${f.path}:${d.line}:${d.column}`, d.rule, d.suggestions!.join('; ')]));
  if (!rows.length) return '';
  return `grouplint: ${plural(rows.length, 'problem')} ${what} (apply them in the editor's quick fixes, one at a time):\n${table(rows)}`;
}

function table(rows: string[][]): string {
  if (!rows.length) return '';
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map((r) => `  ${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`).join('\n') + '\n';
}

/** The stderr line of --fix-dry-run. Counts every finding, --quiet or not: it never calls a run clean that is not. */
export function dryRunSummary(changed: number, fixes: number, all: FileReport[]): string {
  const c = countReport(all);
  const remain = c.error + c.warning + c.information + c.hint;
  return (
    `grouplint: ${plural(changed, 'file')} would change (${plural(fixes, 'fix', 'fixes')}); ` +
    `${plural(remain, 'problem')} would remain (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}).`
  );
}
