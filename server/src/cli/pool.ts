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

/**
 * Check every task, in workers and the main thread. `onResult` is called in the main thread
 * for each result as it arrives; `shouldStop` lets a signal end the run early.
 */
export async function runTasks(
  tasks: Task[],
  workers: number,
  workerFile: string | undefined,
  safeCheck: (input: CheckInput) => CheckOutput,
  onResult: (task: Task, out: CheckOutput) => void,
  shouldStop: () => boolean = () => false,
): Promise<RunStats> {
  const stats: RunStats = { inMain: 0, inWorkers: 0, workers: 0 };
  let next = 0;
  if (workers <= 0 || !workerFile || tasks.length < 2) {
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

    for (let i = 0; i < workers; i++) {
      let w: Worker;
      try {
        w = new (require('worker_threads') as typeof import('worker_threads')).Worker(workerFile);
      } catch {
        break;
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
