// The grouplint command: arguments → files → checks (cached, spread over worker threads
// when that pays) → fixes → report → exit code.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { formatPatch, structuredPatch, FILE_HEADERS_ONLY } from 'diff';
import { mergeConfig, type EffectiveConfig } from '../engine/config';
import { RULES } from '../rules';
import { version as packageVersion } from '../../../package.json';
import { helpText, parseArgs, UsageError, type Options } from './args';
import type { AppliedFix, CheckOutput, Diagnostic } from './check';
import { engine } from './lazy';
import { Configs, ConfigError, type Resolved } from './configs';
import { discover } from './discover';
import { cachePath, ResultCache } from './cache';
import { runTasks, type Task } from './pool';
import { decode, loadFile, type Loaded } from './read';
import { removePendingTempFiles, saveFixed } from './write';
import { toDisplay, toPosixAbs } from './paths';
import { countReport, plural, type FileReport, type Hidden, type Report } from './report';
import { formatStylish } from './format/stylish';
import { formatFixDryRunJson, formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatJunit } from './format/junit';
import { formatMarkdown, generatedAt } from './format/markdown';

export const VERSION: string = packageVersion;

/**
 * Below this many files to check, worker threads cost more than they save. Measured with
 * `node scripts/bench/cli.mjs --threshold`: a worker adds about 0.3 s of CPU (loading the
 * engine and warming up its own JIT) and a flyer costs about 5 ms to check, so a worker
 * on a free core breaks even near 60-100 files; 150 leaves a margin.
 */
export const WORKER_THRESHOLD = 150;
/** From this many files on, a run uses a worker per core but one, however busy the machine. */
export const LONG_RUN = 1000;
/** Progress on stderr (on a terminal only) for runs over this many files. */
export const PROGRESS_THRESHOLD = 200;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * grouplint's own build, for the cache key: the version plus a hash of the running bundles
 * (the CLI and the engine in worker.js), so a rebuilt engine never reuses old results.
 */
function buildId(): string {
  const hash = createHash('sha1');
  for (const f of [__filename, path.join(__dirname, 'worker.js')]) {
    try {
      hash.update(fs.readFileSync(f));
    } catch {
      hash.update(`missing ${f}`);
    }
  }
  return `${VERSION}+${hash.digest('hex').slice(0, 12)}`;
}

function workerFile(): string | undefined {
  const f = path.join(__dirname, 'worker.js');
  return fs.existsSync(f) ? f : undefined;
}

function autoWorkers(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2 || files < WORKER_THRESHOLD) return 0;
  // Cores other programs keep busy do not help: measured on a shared 2-core machine, a
  // worker made runs slower whenever the load average was at or above the core count.
  // (os.loadavg() is all zeros on Windows: all cores count as free there.)
  // A long run is the exception: over LONG_RUN files the workers' start-up is lost in the work,
  // and a worker takes its share of a busy machine like any process (the load average also
  // still counts the last run's own threads for a minute, which left a quiet machine's second
  // core idle in back-to-back runs).
  if (files >= LONG_RUN) return cores - 1;
  const free = Math.round(cores - os.loadavg()[0]);
  if (free < 2) return 0;
  // The main thread checks files too, so one worker fewer than the free cores keeps them busy.
  return Math.max(1, Math.min(free - 1, Math.floor(files / (WORKER_THRESHOLD / 2))));
}

class Progress {
  private last = 0;
  private shown = false;
  constructor(private readonly io: Io, private readonly total: number, private readonly enabled: boolean) {}
  tick(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    this.shown = true;
    this.io.stderr.write(`\r\x1b[Kgrouplint: ${done}/${this.total} files (${Math.floor((done / this.total) * 100)}%)`);
  }
  clear(): void {
    if (this.shown) this.io.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

function notice(severity: 'error' | 'warning', message: string): Diagnostic {
  return { rule: 'grouplint', severity, line: 1, column: 1, endLine: 1, endColumn: 1, message, fixable: false };
}

function unifiedDiff(display: string, before: string, after: string): string {
  return formatPatch(structuredPatch(`a/${display}`, `b/${display}`, before, after, undefined, undefined, { context: 3 }), FILE_HEADERS_ONLY);
}

function format(report: Report, o: Options, color: boolean, env: Io['env'] = {}): string {
  switch (o.format) {
    case 'markdown':
      return formatMarkdown(report, { targets: o.patterns, generated: generatedAt(env) });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'junit':
      return formatJunit(report);
    default:
      return formatStylish(report, color);
  }
}

/** With --quiet, errors only; `hidden` counts what was left out, so no summary calls the run clean. */
function applyQuiet(files: FileReport[], quiet: boolean): { files: FileReport[]; hidden?: Hidden } {
  if (!quiet) return { files };
  const { warning, information, hint } = countReport(files);
  const shown = files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') }));
  return { files: shown, hidden: { warning, information, hint } };
}

function exitCodeOf(files: FileReport[], o: Options, fatalConfig: boolean): number {
  if (fatalConfig) return EXIT.usage;
  const c = countReport(files);
  if (c.error > 0) return EXIT.problems;
  if (o.maxWarnings >= 0 && c.warning > o.maxWarnings) return EXIT.problems;
  return EXIT.ok;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function useColor(o: Options, io: Io, toFile: boolean): boolean {
  if (o.color !== undefined) return o.color;
  if (toFile) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !!io.stdout.isTTY;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const err = (s: string) => io.stderr.write(s.endsWith('\n') ? s : s + '\n');
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`grouplint: ${e.message}\nRun \`grouplint --help\` for the options.`);
      return EXIT.usage;
    }
    throw e;
  }
  if (o.help) {
    io.stdout.write(helpText(VERSION));
    return EXIT.ok;
  }
  if (o.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }

  let configs: Configs;
  try {
    configs = new Configs({ configPath: o.config, rules: o.rules, cwd: io.cwd });
  } catch (e) {
    if (e instanceof ConfigError) {
      err(`grouplint: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }

  if (o.printConfig !== undefined) return printConfig(o.printConfig, configs, io, err);
  if (o.stdin) return runStdin(o, configs, io, err);
  return runFiles(o, configs, io, err);
}

/** Report config faults on stderr (file:line:col and the fault), and as report entries. */
function configEntries(configs: Configs, io: Io, err: (s: string) => void): { entries: FileReport[]; fatal: boolean } {
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

async function emit(report: Report, o: Options, io: Io): Promise<void> {
  const toFile = o.outputFile !== undefined;
  await emitText(format(report, o, useColor(o, io, toFile), io.env), o, io);
}

/** To --output-file when given, else to stdout. */
async function emitText(text: string, o: Options, io: Io): Promise<void> {
  const toFile = o.outputFile !== undefined;
  if (toFile) {
    const target = path.resolve(io.cwd, o.outputFile!);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } else await write(io.stdout, text);
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (!text) return resolve();
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

async function runFiles(o: Options, configs: Configs, io: Io, err: (s: string) => void): Promise<number> {
  const discovery = await discover(o.patterns, { cwd: io.cwd, configs, useIgnore: o.ignore });
  if (discovery.missing.length || discovery.unmatched.length) {
    for (const m of discovery.missing) err(`grouplint: No such file or folder: ${m}`);
    for (const u of discovery.unmatched) err(`grouplint: ${u}`);
    return EXIT.usage;
  }
  for (const n of discovery.notes) err(`grouplint: ${n}`);

  const fixing = o.fix || o.fixDryRun;
  let stopSignal: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (!fixing || stopSignal) {
      // Nothing is half-written outside --fix (the cache is written last, atomically).
      removePendingTempFiles();
      process.exit(SIGNAL_EXIT[sig] ?? 1);
    }
    // With --fix: finish the file being saved, start no other.
    stopSignal = sig;
  };
  // Only --fix needs a say in how it stops. Without it, the default action stands: a signal ends
  // the process at once, even while a long check keeps the event loop busy.
  if (fixing) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  process.on('exit', removePendingTempFiles);

  const cache = o.cache ? new ResultCache(cachePath(o.cacheLocation, io.cwd), buildId()) : undefined;
  if (cache?.discarded) err(`grouplint: the cache file ${toDisplay(cache.file, io.cwd)} could not be used (${cache.discarded}); starting a new one.`);

  interface Slot {
    abs: string;
    display: string;
    loaded?: Loaded;
    resolved?: Resolved;
    report?: FileReport;
  }
  const slots: Slot[] = discovery.files.map((abs) => ({ abs, display: toDisplay(abs, io.cwd) }));
  const tasks: Task[] = [];
  const docReport = (out: CheckOutput, display: string): FileReport => ({
    path: display,
    kind: out.kind,
    kindSource: out.kindSource,
    groupMaterial: out.groupMaterial,
    type: 'document',
    diagnostics: out.diagnostics,
    // (A result from --cache has no fix to make: its problems are placed in the text as read.)
    ...(o.fixDryRun ? { fixes: out.applied ?? [], suggested: out.suggested ?? out.diagnostics.filter((d) => d.suggestions?.length) } : {}),
    ...(o.fix ? { suggested: out.diagnostics.filter((d) => d.suggestions?.length) } : {}),
  });

  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    const loaded = loadFile(s.abs);
    if (!loaded.ok) {
      s.report = { path: s.display, kind: null, kindSource: null, groupMaterial: false, type: 'document', skipped: true, diagnostics: [loaded.diagnostic] };
      continue;
    }
    s.loaded = loaded;
    s.resolved = configs.forFile(s.abs);
    const hit = cache?.get(s.abs, loaded.hash, s.resolved.hash);
    if (hit && !(fixing && hit.diagnostics.some((d) => d.fixable))) {
      s.report = docReport(hit, s.display);
      continue;
    }
    tasks.push({ id: i, path: s.abs, text: loaded.text, config: s.resolved.config, fix: fixing });
  }

  const progress = new Progress(io, tasks.length, !!io.stderr.isTTY && tasks.length > PROGRESS_THRESHOLD);
  let done = 0;
  let saved = 0;
  let fixesApplied = 0;
  /** With --fix: what each saved file got, for the list of changes. */
  const changes: Array<{ display: string; applied: AppliedFix[] }> = [];
  const diffs: Array<{ display: string; patch: string }> = [];
  const jobs = o.jobs ?? autoWorkers(tasks.length);

  const t0 = performance.now();
  const stats = await runTasks(
    tasks,
    jobs,
    workerFile(),
    (input) => engine().safeCheck(input),
    (task, out) => {
      const s = slots[task.id];
      const loaded = s.loaded!;
      const bom = loaded.bom ? '\ufeff' : '';
      if (out.fixed !== undefined && o.fixDryRun) {
        diffs.push({ display: s.display, patch: unifiedDiff(s.display, bom + loaded.text, bom + out.fixed) });
        fixesApplied += out.fixes ?? 0;
      } else if (out.fixed !== undefined && o.fix) {
        let refusal: string | undefined;
        try {
          refusal = saveFixed(s.abs, out.fixed, loaded.bom, loaded);
        } catch (e) {
          refusal = `it could not be written (${(e as Error).message})`;
        }
        if (refusal) {
          // Report the file as it is on disk (unfixed), and why it was left alone.
          const before = engine().safeCheck({ ...task, fix: false });
          out = { ...before, diagnostics: [notice('warning', `Not fixed: ${refusal} while grouplint was fixing it, so it was left as it is. Run grouplint again.`), ...before.diagnostics] };
          err(`grouplint: ${s.display} was not fixed: ${refusal}.`);
        } else {
          saved++;
          fixesApplied += out.fixes ?? 0;
          changes.push({ display: s.display, applied: out.applied ?? [] });
          const newHash = createHash('sha1').update(Buffer.from(bom + out.fixed, 'utf8')).digest('hex');
          cache?.set(s.abs, newHash, s.resolved!.hash, out);
        }
      } else if (!fixing || out.fixed === undefined) {
        cache?.set(s.abs, loaded.hash, s.resolved!.hash, out);
      }
      s.report = docReport(out, s.display);
      if (out.fixed !== undefined && o.fixDryRun) s.report.output = bom + out.fixed;
      progress.tick(++done);
    },
    () => stopSignal !== undefined,
  );
  progress.clear();
  if (io.env.GROUPLINT_DEBUG) err(`grouplint: ${tasks.length} checks in ${Math.round(performance.now() - t0)} ms: ${stats.inMain} in the main thread, ${stats.inWorkers} in ${stats.workers} workers`);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);

  if (stopSignal) {
    const left = slots.filter((s) => !s.report).length;
    err(`grouplint: stopped by ${stopSignal}. ${plural(saved, 'file was', 'files were')} fixed and saved; ${plural(left, 'file was', 'files were')} not processed and left as they were.`);
    removePendingTempFiles();
    return SIGNAL_EXIT[stopSignal] ?? 1;
  }

  const { entries, fatal } = configEntries(configs, io, err);
  const all = [...entries, ...slots.map((s) => s.report!)];
  const { files, hidden } = applyQuiet(all, o.quiet);
  const report: Report = { files, cwd: io.cwd, version: VERSION, hidden };

  if (o.fixDryRun) {
    if (o.format === 'json') await emitText(formatFixDryRunJson(report), o, io);
    else {
      // In path order, whichever thread finished first.
      diffs.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
      await write(io.stdout, diffs.map((d) => d.patch).join(''));
    }
    err(dryRunSummary(diffs.length, fixesApplied, all));
    const suggested = o.quiet ? '' : suggestionList(all, 'suggested, not applied');
    if (suggested) err(suggested);
  } else {
    await emit(report, o, io);
    if (o.fix && saved) err(`grouplint: fixed ${plural(saved, 'file')} (${plural(fixesApplied, 'fix', 'fixes')})${o.quiet ? '.' : ':'}`);
    if (o.fix && saved && !o.quiet) err(changeList(changes));
    const left = o.fix && !o.quiet ? suggestionList(all, 'left as suggestions, not applied') : '';
    if (left) err(left);
  }

  if (cache) {
    try {
      cache.save();
    } catch (e) {
      err(`grouplint: could not write the cache file ${toDisplay(cache.file, io.cwd)}: ${(e as Error).message}`);
    }
  }
  return exitCodeOf(files, o, fatal);
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
function dryRunSummary(changed: number, fixes: number, all: FileReport[]): string {
  const c = countReport(all);
  const remain = c.error + c.warning + c.information + c.hint;
  return (
    `grouplint: ${plural(changed, 'file')} would change (${plural(fixes, 'fix', 'fixes')}); ` +
    `${plural(remain, 'problem')} would remain (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}).`
  );
}

async function runStdin(o: Options, configs: Configs, io: Io, err: (s: string) => void): Promise<number> {
  const bytes = await readAll(io.stdin);
  const name = o.stdinFilename;
  const display = name === undefined ? '<stdin>' : toDisplay(path.resolve(io.cwd, name), io.cwd);
  const abs = toPosixAbs(name ?? 'stdin.md', io.cwd);
  const loaded = decode(bytes);
  let file: FileReport;
  let fixedText: string | undefined;
  if (!loaded.ok) {
    file = { path: display, kind: null, kindSource: null, groupMaterial: false, type: 'document', skipped: true, diagnostics: [loaded.diagnostic] };
  } else {
    const resolved = configs.forFile(abs);
    const out = engine().safeCheck({ path: abs, text: loaded.text, config: resolved.config, fix: o.fix || o.fixDryRun });
    fixedText = out.fixed;
    file = { path: display, kind: out.kind, kindSource: out.kindSource, groupMaterial: out.groupMaterial, type: 'document', diagnostics: out.diagnostics };
    if (o.fixDryRun) {
      file.fixes = out.applied ?? [];
      file.suggested = out.suggested ?? [];
      if (out.fixed !== undefined) file.output = (loaded.bom ? '\ufeff' : '') + out.fixed;
    }
    if (o.fix) {
      file.fixes = out.applied ?? [];
      file.suggested = out.diagnostics.filter((d) => d.suggestions?.length);
    }
  }
  const { entries, fatal } = configEntries(configs, io, err);
  const all = [...entries, file];
  const { files, hidden } = applyQuiet(all, o.quiet);
  const report: Report = { files, cwd: io.cwd, version: VERSION, hidden };
  const bom = loaded.ok && loaded.bom ? '\ufeff' : '';
  if (o.fix) {
    // The fixed document goes to stdout (as editors' "format with" commands expect); the report to stderr.
    await write(io.stdout, loaded.ok ? bom + (fixedText ?? loaded.text) : bytes.toString('utf8'));
    if (file.fixes?.length && !o.quiet) await write(io.stderr, `grouplint: ${plural(file.fixes.length, 'fix', 'fixes')}:\n${changeList([{ display, applied: file.fixes }])}`);
    const c = countReport(files);
    if (c.error + c.warning + c.information + c.hint) await write(io.stderr, formatStylish(report, !!io.stderr.isTTY && !io.env.NO_COLOR));
  } else if (o.fixDryRun && o.format === 'json') {
    await emitText(formatFixDryRunJson(report), o, io);
  } else if (o.fixDryRun) {
    if (loaded.ok && fixedText !== undefined) await write(io.stdout, unifiedDiff(display, bom + loaded.text, bom + fixedText));
    const suggested = o.quiet ? '' : suggestionList(all, 'suggested, not applied');
    if (suggested) err(suggested);
  } else await emit(report, o, io);
  return exitCodeOf(files, o, fatal);
}

function printConfig(file: string, configs: Configs, io: Io, err: (s: string) => void): number {
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
  for (const r of RULES) rules[r.meta.id] = config.rules[r.meta.id] ?? r.meta.defaultSeverity;
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
