// Checking files: discovery, reading, the cache, the checks (in the main thread and worker
// threads), --fix's saves and --fix-dry-run's diffs, then the report.
import fs = require('fs');
import os = require('os');
import path = require('path');
import type { Options } from './args';
import type { AppliedFix, CheckOutput, Diagnostic } from './check';
import { engine } from './lazy';
import type { Configs, Resolved } from './configs';
import { discover } from './discover';
import { cachePath, ResultCache, statKey, type BuildIdentity } from './cache';
import { runTasks, startWorkers, type Task } from './pool';
import { loadFile, type Loaded } from './read';
import { removePendingTempFiles, saveFixed } from './write';
import { toDisplay } from './paths';
import { nodeCrypto, sha1Hex } from './hash';
import { plural, type FileReport, type Report } from './report';
import {
  applyQuiet,
  changeList,
  configEntries,
  dryRunRendering,
  dryRunSummary,
  emit,
  emitText,
  EXIT,
  exitCodeOf,
  suggestionList,
  unifiedDiff,
  VERSION,
  write,
  type Io,
} from './output';

/**
 * Below this many files to check, worker threads cost more than they save. Measured with
 * `node scripts/bench/cli.mjs --threshold`: a worker adds about 0.3 s of CPU (loading the
 * engine and warming up its own JIT) and a flyer costs about 5 ms to check, so a worker
 * on a free core breaks even near 60-100 files; 150 leaves a margin.
 */
export const WORKER_THRESHOLD = 150;
/** From this many files on, a run uses a worker per core but one, however busy the machine. */
export const LONG_RUN = 1000;
/**
 * On two cores a worker pays for itself only from about this many files. Measured with `--threshold` and by hand on
 * generated flyers once a flyer cost about 1.5 ms to check (the engine is faster than when WORKER_THRESHOLD was set):
 * one worker was 7-23% slower than the main thread alone at 25 to 2,000 files, even at 5,000 files, and 17% faster
 * at 10,000 (8.6 s against 10.3 s). The two cores of such a machine do not double its throughput, and a worker's
 * start (loading the engine, warming its own JIT) costs about 0.6 s of CPU. (More cores keep the thresholds above.)
 */
export const TWO_CORE_THRESHOLD = 5000;
/** Progress on stderr (on a terminal only) for runs over this many files. */
export const PROGRESS_THRESHOLD = 200;

export const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * grouplint's own build, for the cache key: the version plus a hash of the running bundles
 * (the CLI and the engine in worker.js), so a rebuilt engine never reuses old results. The
 * hash is taken again only when the bundles' stat differs from the one the cache file keeps.
 */
function buildIdentity(): BuildIdentity {
  const files = [__filename, path.join(__dirname, 'worker.js')];
  const signature = files
    .map((f) => {
      const st = fs.statSync(f, { throwIfNoEntry: false });
      const key = st && statKey(st);
      return key ? key.join(':') : `${Math.random()}`;
    })
    .join(' ');
  return {
    version: VERSION,
    signature,
    id() {
      const hash = nodeCrypto().createHash('sha1');
      for (const f of files) {
        try {
          hash.update(fs.readFileSync(f));
        } catch {
          hash.update(`missing ${f}`);
        }
      }
      return `${VERSION}+${hash.digest('hex').slice(0, 12)}`;
    },
  };
}

function statOf(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs);
  } catch {
    return undefined; // loadFile says why.
  }
}

function workerFile(): string | undefined {
  const f = path.join(__dirname, 'worker.js');
  return fs.existsSync(f) ? f : undefined;
}

function autoWorkers(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2 || files < WORKER_THRESHOLD) return 0;
  if (cores === 2) return files >= TWO_CORE_THRESHOLD ? 1 : 0;
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
  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}
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

/**
 * How a run stops on SIGINT or SIGTERM. Only --fix needs a say: it finishes the file being
 * saved and starts no other. Without it, the default action stands: a signal ends the process
 * at once, even while a long check keeps the event loop busy.
 */
function stopHandling(fixing: boolean): { signal(): NodeJS.Signals | undefined; release(): void } {
  let stopSignal: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (!fixing || stopSignal) {
      // Nothing is half-written outside --fix (the cache is written last, atomically).
      removePendingTempFiles();
      process.exit(SIGNAL_EXIT[sig] ?? 1);
    }
    stopSignal = sig;
  };
  if (fixing) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  return {
    signal: () => stopSignal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

interface FixOutcome {
  /** --fix-dry-run: each changed file's unified diff. */
  diffs: Array<{ display: string; patch: string }>;
  fixesApplied: number;
  /** --fix: the files saved, and what each got. */
  saved: number;
  changes: Array<{ display: string; applied: AppliedFix[] }>;
}

/** The report (or, with --fix-dry-run, the planned fixes) on stdout; what --fix did and left on stderr. */
async function present(report: Report, all: FileReport[], fixes: FixOutcome, o: Options, io: Io, err: (s: string) => void): Promise<void> {
  const { diffs, fixesApplied, saved, changes } = fixes;
  if (o.fixDryRun) {
    const render = dryRunRendering(o);
    if (render) await emitText(render(report), o, io);
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
}

export async function runFiles(o: Options, configs: Configs, io: Io, err: (s: string) => void): Promise<number> {
  const discovery = await discover(o.patterns, { cwd: io.cwd, configs, useIgnore: o.ignore });
  if (discovery.missing.length || discovery.unmatched.length) {
    for (const m of discovery.missing) err(`grouplint: No such file or folder: ${m}`);
    for (const u of discovery.unmatched) err(`grouplint: ${u}`);
    return EXIT.usage;
  }
  for (const n of discovery.notes) err(`grouplint: ${n}`);

  const fixing = o.fix || o.fixDryRun;
  const stop = stopHandling(fixing);
  process.on('exit', removePendingTempFiles);

  // Without --cache every file found is checked: the workers the run will use can start now
  // and load the engine while this thread reads the files (with --cache, only the files the
  // cache cannot answer are checked, known after reading it).
  // (One file is checked in this thread alone, as runTasks does.)
  const early = o.cache || discovery.files.length < 2 ? [] : startWorkers(o.jobs ?? autoWorkers(discovery.files.length), workerFile());

  const cache = o.cache ? new ResultCache(cachePath(o.cacheLocation, io.cwd), buildIdentity()) : undefined;
  if (cache?.discarded) err(`grouplint: the cache file ${toDisplay(cache.file, io.cwd)} could not be used (${cache.discarded}); starting a new one.`);

  interface Slot {
    abs: string;
    display: string;
    loaded?: Loaded;
    /** The stat the file was read with. */
    stat?: fs.Stats;
    resolved?: Resolved;
    report?: FileReport;
  }
  const slots: Slot[] = discovery.files.map((abs, i) => ({ abs, display: discovery.displays[i] }));
  const tasks: Task[] = [];
  const docReport = (out: CheckOutput, display: string): FileReport => {
    const r: FileReport = {
      path: display,
      kind: out.kind,
      kindSource: out.kindSource,
      groupMaterial: out.groupMaterial,
      type: 'document',
      diagnostics: out.diagnostics,
    };
    if (out.notGroupReason) r.notGroupReason = out.notGroupReason;
    // (A result from --cache has no fix to make: its problems are placed in the text as read.)
    if (o.fixDryRun) {
      r.fixes = out.applied ?? [];
      r.suggested = out.suggested ?? out.diagnostics.filter((d) => d.suggestions?.length);
    }
    if (o.fix) r.suggested = out.diagnostics.filter((d) => d.suggestions?.length);
    return r;
  };

  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (cache) {
      // A file whose stat is the one the cache keeps is neither read nor hashed (and its stat
      // is not kept: on a run answered from the cache, a thousand of them would only be
      // garbage for the collector to copy).
      const stat = statOf(s.abs);
      s.resolved = configs.forFile(s.abs);
      const hit = stat && cache.getByStat(s.abs, stat, s.resolved.hash);
      if (hit && !(fixing && hit.diagnostics.some((d) => d.fixable))) {
        s.report = docReport(hit, s.display);
        continue;
      }
      s.stat = stat;
    }
    // (The hash is only read by the cache and by --fix, which checks a file is unchanged before saving it.)
    const loaded = loadFile(s.abs, s.stat, !!cache || o.fix);
    if (!loaded.ok) {
      s.report = { path: s.display, kind: null, kindSource: null, groupMaterial: false, type: 'document', skipped: true, diagnostics: [loaded.diagnostic] };
      continue;
    }
    s.loaded = loaded;
    s.resolved ??= configs.forFile(s.abs);
    const hit = cache?.get(s.abs, loaded.hash, s.resolved.hash, s.stat);
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
  const jobs = early.length ? early : (o.jobs ?? autoWorkers(tasks.length));

  // (Date.now(): the global `performance` loads perf_hooks, a few milliseconds at start-up.)
  const t0 = Date.now();
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
          out = {
            ...before,
            diagnostics: [
              notice('warning', `Not fixed: ${refusal} while grouplint was fixing it, so it was left as it is. Run grouplint again.`),
              ...before.diagnostics,
            ],
          };
          err(`grouplint: ${s.display} was not fixed: ${refusal}.`);
        } else {
          saved++;
          fixesApplied += out.fixes ?? 0;
          changes.push({ display: s.display, applied: out.applied ?? [] });
          const newHash = sha1Hex(Buffer.from(bom + out.fixed, 'utf8'));
          cache?.set(s.abs, newHash, s.resolved!.hash, out);
        }
      } else if (!fixing || out.fixed === undefined) {
        cache?.set(s.abs, loaded.hash, s.resolved!.hash, out, s.stat);
      }
      s.report = docReport(out, s.display);
      if (out.fixed !== undefined && o.fixDryRun) s.report.output = bom + out.fixed;
      progress.tick(++done);
    },
    () => stop.signal() !== undefined,
  );
  progress.clear();
  if (io.env.GROUPLINT_DEBUG)
    err(`grouplint: ${tasks.length} checks in ${Date.now() - t0} ms: ` + `${stats.inMain} in the main thread, ${stats.inWorkers} in ${stats.workers} workers`);
  stop.release();
  const stopSignal = stop.signal();

  if (stopSignal) {
    const left = slots.filter((s) => !s.report).length;
    err(
      `grouplint: stopped by ${stopSignal}. ${plural(saved, 'file was', 'files were')} fixed and saved; ` +
        `${plural(left, 'file was', 'files were')} not processed and left as they were.`,
    );
    removePendingTempFiles();
    return SIGNAL_EXIT[stopSignal] ?? 1;
  }

  const { entries, fatal } = configEntries(configs, io, err);
  const all = [...entries, ...slots.map((s) => s.report!)];
  const { files, hidden } = applyQuiet(all, o.quiet);
  const report: Report = { files, cwd: io.cwd, version: VERSION, hidden };

  await present(report, all, { diffs, fixesApplied, saved, changes }, o, io, err);

  if (cache) {
    try {
      cache.save();
    } catch (e) {
      err(`grouplint: could not write the cache file ${toDisplay(cache.file, io.cwd)}: ${(e as Error).message}`);
    }
  }
  return exitCodeOf(files, o, fatal);
}
