// Spreading checks over worker threads. The main thread takes tasks from the same queue
// while the workers start up (and between their replies), so a pool never makes a run
// slower than checking in the main thread alone by more than the workers' start-up.
// worker_threads is loaded only by a run that starts workers.
import type { Worker } from 'worker_threads';
import type { CheckInput, CheckOutput } from './check';

export interface Task extends CheckInput {
  id: number;
}

/** Tasks in flight per worker: enough that a worker never waits for the main thread. */
const IN_FLIGHT = 4;

export interface RunStats {
  inMain: number;
  inWorkers: number;
  workers: number;
}

/** A worker started before its tasks are known (see startWorkers). */
export interface Started {
  w: Worker;
  /** It failed or exited before runTasks took it. */
  dead: boolean;
}

/**
 * Start workers ahead of their tasks: each takes about 0.3 s to load the engine, which it
 * can do while the main thread is still reading the files. They do not keep the process
 * alive until runTasks takes them, and one that fails meanwhile is left out.
 */
export function startWorkers(count: number, workerFile: string | undefined): Started[] {
  const out: Started[] = [];
  for (let i = 0; i < count && workerFile; i++) {
    let w: Worker;
    try {
      w = new (require('worker_threads') as typeof import('worker_threads')).Worker(workerFile);
    } catch {
      break;
    }
    const s: Started = { w, dead: false };
    const died = () => (s.dead = true);
    w.on('error', died);
    w.on('exit', died);
    w.unref();
    out.push(s);
  }
  return out;
}

/**
 * Check every task, in workers and the main thread. `onResult` is called in the main thread
 * for each result as it arrives; `shouldStop` lets a signal end the run early. `workers` is a
 * number of workers to start, or workers already started (startWorkers).
 */
export async function runTasks(
  tasks: Task[],
  workers: number | Started[],
  workerFile: string | undefined,
  safeCheck: (input: CheckInput) => CheckOutput,
  onResult: (task: Task, out: CheckOutput) => void,
  shouldStop: () => boolean = () => false,
): Promise<RunStats> {
  const stats: RunStats = { inMain: 0, inWorkers: 0, workers: 0 };
  let next = 0;
  const started = typeof workers === 'number' ? undefined : workers.filter((s) => !s.dead);
  if (started && (!started.length || tasks.length < 2)) {
    // Started for nothing: fewer tasks than expected.
    for (const s of started) void s.w.terminate();
  }
  if ((started ? started.length : (workers as number)) <= 0 || !workerFile || tasks.length < 2) {
    for (const t of tasks) {
      if (shouldStop()) break;
      onResult(t, safeCheck(t));
      stats.inMain++;
      // Let signals and progress output through now and then.
      if (stats.inMain % 32 === 0) await new Promise((r) => setImmediate(r));
    }
    return stats;
  }

  return new Promise<RunStats>((resolve) => {
    const pool: Worker[] = [];
    let outstanding = 0;
    let finished = false;
    let mainBusy = false;

    const done = () => {
      if (finished) return;
      if (outstanding > 0 || (next < tasks.length && !shouldStop())) return;
      finished = true;
      Promise.all(pool.map((w) => w.terminate())).then(() => resolve(stats));
    };

    interface Slot {
      w: Worker;
      inFlight: Map<number, Task>;
    }
    const feed = (slot: Slot) => {
      while (slot.inFlight.size < IN_FLIGHT && next < tasks.length && !shouldStop()) {
        const t = tasks[next++];
        slot.inFlight.set(t.id, t);
        outstanding++;
        slot.w.postMessage(t);
      }
    };

    const count = started ? started.length : (workers as number);
    for (let i = 0; i < count; i++) {
      let w: Worker;
      if (started) {
        w = started[i].w;
        w.ref();
      } else {
        try {
          w = new (require('worker_threads') as typeof import('worker_threads')).Worker(workerFile);
        } catch {
          break;
        }
      }
      stats.workers++;
      const slot: Slot = { w, inFlight: new Map() };
      w.on('message', (msg: { id: number; out: CheckOutput }) => {
        const t = slot.inFlight.get(msg.id);
        if (!t) return;
        slot.inFlight.delete(msg.id);
        outstanding--;
        stats.inWorkers++;
        onResult(t, msg.out);
        feed(slot);
        done();
      });
      // A worker that crashes or exits early: its tasks go back to the main thread.
      const recover = () => {
        const lost = [...slot.inFlight.values()];
        slot.inFlight.clear();
        for (const t of lost) {
          outstanding--;
          onResult(t, safeCheck(t));
          stats.inMain++;
        }
        done();
      };
      w.on('error', recover);
      w.on('exit', recover);
      pool.push(w);
      feed(slot);
    }

    // The main thread checks too, one task per turn of the event loop.
    const mainTurn = () => {
      if (mainBusy || finished) return;
      if (next >= tasks.length || shouldStop()) return done();
      mainBusy = true;
      const t = tasks[next++];
      onResult(t, safeCheck(t));
      stats.inMain++;
      mainBusy = false;
      setImmediate(mainTurn);
    };
    setImmediate(mainTurn);
  });
}
