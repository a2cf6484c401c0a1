import * as path from 'path';
import type { Worker } from 'worker_threads';
import { CopyOptions } from './options';

/** A directory being copied on a helper thread. */
export interface BackgroundCopy {
  /**
   * Waits for the copy to end.
   * @returns true when the copy is complete; false when it failed or could not run (the caller then
   *   removes what was copied and copies on its own thread)
   */
  finish(): boolean;
}

/** A job as posted to the helper. */
export interface BackgroundCopyMessage {
  readonly source: string;
  readonly target: string;
  readonly options: CopyOptions;
  /** [state]: 0 while copying, 1 done, 2 failed. */
  readonly control: Int32Array;
}

const PENDING = 0;
const DONE = 1;

/** How many background copies completed in this process (for tests and benchmarks). */
export const backgroundCopyStatistics = { completed: 0 };

/**
 * Starts copying `source` to `target` (`copyDirectory` semantics) on a helper thread, so that the
 * copy runs while the caller fingerprints the same files: the two together take about as long as
 * the longer of them. Returns undefined where no helper thread can run; the caller copies itself.
 */
export function copyDirectoryInBackground(source: string, target: string, options: CopyOptions): BackgroundCopy | undefined {
  const worker = copyHelper();
  if (worker === undefined) { return undefined; }
  const control = new Int32Array(new SharedArrayBuffer(4));
  const message: BackgroundCopyMessage = { source, target, options: { exclude: options.exclude, follow: options.follow, ignoreMode: options.ignoreMode }, control };
  worker.postMessage(message);
  return {
    finish: () => {
      for (;;) {
        const state = Atomics.load(control, 0);
        if (state !== PENDING) {
          if (state === DONE) { backgroundCopyStatistics.completed++; }
          return state === DONE;
        }
        // Woken by the helper; the timeout only notices a helper that died.
        if (Atomics.wait(control, 0, PENDING, 1000) === 'timed-out' && helper === null) { return false; }
      }
    },
  };
}

/** undefined: not started yet; null: unavailable (or dead) in this process. */
let helper: Worker | null | undefined;

function copyHelper(): Worker | undefined {
  if (helper !== undefined) { return helper ?? undefined; }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker: WorkerClass } = require('worker_threads') as typeof import('worker_threads');
    const worker = new WorkerClass(helperBootstrap(), { eval: true });
    // The helper must never keep the process alive; one that fails is not used again.
    worker.unref();
    worker.on('error', () => { helper = null; });
    worker.on('exit', () => { helper = null; });
    return helper = worker;
  } catch {
    helper = null;
    return undefined;
  }
}

/**
 * The code the helper starts with: the compiled worker module next to this one; when this library
 * runs from its TypeScript sources (its own tests), tsx loads it.
 */
function helperBootstrap(): string {
  const extension = path.extname(__filename);
  const workerModule = path.join(__dirname, `copy-worker${extension}`);
  const lines: string[] = [];
  if (extension === '.ts') {
    lines.push(`require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(__dirname)}] }));`);
  }
  lines.push(`require(${JSON.stringify(workerModule)});`);
  return lines.join('\n');
}
