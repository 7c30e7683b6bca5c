// Worker-thread entry of the CLI (bundled to dist/worker.js): checks documents sent by the
// main thread and answers with the results. No file access here: the main thread reads
// and writes, so a fix is never saved from two places. Loaded in the main thread (no
// parentPort), it is the engine's heavy part for in-process checks (see cli/lazy.ts).
import { parentPort } from 'worker_threads';
import { safeCheck } from './cli/api';
import type { Task } from './cli/pool';

export * from './cli/api';

parentPort?.on('message', (task: Task) => {
  parentPort?.postMessage({ id: task.id, out: safeCheck(task) });
});
