import * as os from 'os';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import { hashFileContent } from './content-fingerprint';

/**
 * The content fingerprints of many files, in order, hashed on the calling thread and, for big
 * jobs, on helper threads at the same time: SHA-256 runs at about one byte per cycle, so a second
 * core nearly halves the time of a large asset. The API stays synchronous like aws-cdk-lib's: the
 * caller blocks (Atomics.wait) until the helpers are done.
 *
 * Files are handed out one at a time from a shared counter, so the calling thread starts at once and
 * helpers join whenever they are ready; a helper that never starts (no worker support, a bundled
 * copy of this library without the worker file) just leaves all the work to the calling thread.
 */
export function hashFileContents(files: readonly string[], options: ParallelHashOptions = {}): string[] {
  const count = files.length;
  const job = createJob(files);
  const mode = options.helpers ?? 'auto';
  let engaged = false;
  const started = Date.now();

  try {
    if (mode === 'only') {
      engaged = postToHelpers(job);
    }
    const callerHashes = !(mode === 'only' && engaged);
    while (callerHashes) {
      if (!engaged && mode !== 'never' && shouldEngage(mode, count - Atomics.load(job.control, NEXT), started)) {
        engaged = postToHelpers(job);
      }
      const index = Atomics.add(job.control, NEXT, 1);
      if (index >= count) { break; }
      hashInto(job, index);
    }
    if (engaged) { waitForHelpers(job); }
    helperStatistics.filesHashedByHelpers = Atomics.load(job.control, HELPED);
  } finally {
    // Helpers stop taking files as soon as the counter runs past the end.
    Atomics.store(job.control, NEXT, count);
  }

  for (let i = 0; i < count; i++) {
    if (job.state[i] !== DONE) {
      // A helper failed on this file (or vanished): hash it here, so a real error surfaces with its own message.
      hashInto(job, i);
    }
  }
  // One hex conversion for all digests is much cheaper than one per file.
  const hex = Buffer.from(job.digests.buffer, 0, count * DIGEST_BYTES).toString('hex');
  const results = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    results[i] = `${job.sizes[i]}:${hex.slice(i * 2 * DIGEST_BYTES, (i + 1) * 2 * DIGEST_BYTES)}`;
  }
  return results;
}

/** How `hashFileContents` uses helper threads. */
export interface ParallelHashOptions {
  /**
   * 'auto' engages helpers when the job turns out to be big; 'always' engages them at once;
   * 'only' leaves all files to the helpers when there are any (tests); 'never' hashes on the
   * calling thread only.
   * @default 'auto'
   */
  readonly helpers?: 'auto' | 'always' | 'only' | 'never';
}

/**
 * Starts the helper threads ahead of a job known to be big (they take some 20 ms to load), so they
 * are ready when hashing starts. Cheap when they already run; does nothing where there are none.
 */
export function warmUpHelpers(): void {
  helperPool();
}

/** From this many files on, a job is big enough to start the helpers while the tree is still being walked. */
export const FILES_WORTH_HELPERS = 256;

/** What the last `hashFileContents` call left to helper threads (for tests and benchmarks). */
export const helperStatistics = { filesHashedByHelpers: 0 };

/** Resolves once every helper thread has loaded (false when there are none, or one failed); for tests. */
export function helpersReady(): Promise<boolean> {
  return helperPool() === null ? Promise.resolve(false) : helpersLoaded!;
}

/** A batch of files shared with the helper threads. */
export interface HashJob {
  readonly files: readonly string[];
  /** [NEXT, COMPLETED, HELPED]: the next file to take, how many are finished, how many helpers did. */
  readonly control: Int32Array;
  /** Per file: 0 while pending, then DONE or FAILED. */
  readonly state: Int32Array;
  readonly sizes: Float64Array;
  readonly digests: Uint8Array;
}

/** A job as posted to a helper: the paths travel as one string, much cheaper to copy than an array. */
export interface HashJobMessage extends Omit<HashJob, 'files'> {
  /** The paths joined by NUL, a character no path contains. */
  readonly fileList: string;
}

/** What a helper thread runs for each job it is sent. */
export function workOnJobMessage(message: HashJobMessage): void {
  const { fileList, ...shared } = message;
  workOnJob({ ...shared, files: fileList.split('\0') });
}

/** Takes files from the job until none are left. */
export function workOnJob(job: HashJob): void {
  for (;;) {
    const index = Atomics.add(job.control, NEXT, 1);
    if (index >= job.files.length) { return; }
    try {
      hashInto(job, index, true);
    } catch {
      Atomics.store(job.state, index, FAILED);
      Atomics.add(job.control, COMPLETED, 1);
      Atomics.notify(job.control, COMPLETED);
    }
  }
}

const NEXT = 0;
const COMPLETED = 1;
const HELPED = 2;
const DONE = 1;
const FAILED = 2;
const DIGEST_BYTES = 32;
/** Below this much work a job is not worth waking helpers for. */
const ENGAGE_AFTER_MS = 8;
const MIN_FILES_FOR_HELPERS = 16;
/** If helpers make no progress for this long they are presumed dead and the rest is done here. */
const STALL_MS = 60_000;

function createJob(files: readonly string[]): HashJob {
  const n = files.length;
  return {
    files,
    control: new Int32Array(new SharedArrayBuffer(3 * 4)),
    state: new Int32Array(new SharedArrayBuffer(Math.max(n, 1) * 4)),
    sizes: new Float64Array(new SharedArrayBuffer(Math.max(n, 1) * 8)),
    digests: new Uint8Array(new SharedArrayBuffer(Math.max(n, 1) * DIGEST_BYTES)),
  };
}

function hashInto(job: HashJob, index: number, byHelper = false): void {
  const { size, digest } = hashFileContent(job.files[index]);
  job.sizes[index] = size;
  job.digests.set(digest, index * DIGEST_BYTES);
  Atomics.store(job.state, index, DONE);
  // Counted before COMPLETED, which is what the caller waits on.
  if (byHelper) { Atomics.add(job.control, HELPED, 1); }
  Atomics.add(job.control, COMPLETED, 1);
  Atomics.notify(job.control, COMPLETED);
}

function shouldEngage(mode: 'auto' | 'always' | 'only', remaining: number, started: number): boolean {
  if (mode === 'always') { return remaining > 0; }
  return remaining >= FILES_WORTH_HELPERS || (remaining >= MIN_FILES_FOR_HELPERS && Date.now() - started >= ENGAGE_AFTER_MS);
}

function waitForHelpers(job: HashJob): void {
  const count = job.files.length;
  let lastCompleted = -1;
  let lastProgress = Date.now();
  for (;;) {
    const completed = Atomics.load(job.control, COMPLETED);
    if (completed >= count) { return; }
    if (completed !== lastCompleted) {
      lastCompleted = completed;
      lastProgress = Date.now();
    } else if (Date.now() - lastProgress > STALL_MS) {
      return; // the files still pending are hashed by the caller
    }
    Atomics.wait(job.control, COMPLETED, completed, 1000);
  }
}

// ---- helper threads -------------------------------------------------------------------------

/** undefined: not started yet; null: unavailable in this process. */
let helpers: Worker[] | null | undefined;
/** Settles when every helper has said it is ready (or one has failed). */
let helpersLoaded: Promise<boolean> | undefined;

function postToHelpers(job: HashJob): boolean {
  const pool = helperPool();
  if (pool === null) { return false; }
  const { files, ...shared } = job;
  const message: HashJobMessage = { ...shared, fileList: files.join('\0') };
  for (const worker of pool) { worker.postMessage(message); }
  return true;
}

function helperPool(): Worker[] | null {
  if (helpers !== undefined) { return helpers; }
  const count = Math.min(availableCores() - 1, 3);
  if (count < 1) { return helpers = null; }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker: WorkerClass } = require('worker_threads') as typeof import('worker_threads');
    const pool: Worker[] = [];
    const loaded: Array<Promise<boolean>> = [];
    for (let i = 0; i < count; i++) {
      const worker = new WorkerClass(helperBootstrap(), { eval: true });
      // Helpers must never keep the process alive, and one that fails takes the pool out of use.
      worker.unref();
      worker.on('error', () => { helpers = null; });
      worker.on('exit', () => { helpers = null; });
      loaded.push(new Promise<boolean>((resolve) => {
        worker.once('message', () => resolve(true));
        worker.once('error', () => resolve(false));
      }));
      pool.push(worker);
    }
    helpersLoaded = Promise.all(loaded).then((results) => results.every((ok) => ok));
    return helpers = pool;
  } catch {
    return helpers = null;
  }
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * The code a helper starts with. It loads the compiled worker module next to this one; when this
 * library runs from its TypeScript sources (its own tests), the helper needs tsx to load it.
 */
function helperBootstrap(): string {
  const extension = path.extname(__filename);
  const workerModule = path.join(__dirname, `fingerprint-worker${extension}`);
  const lines: string[] = [];
  if (extension === '.ts') {
    lines.push(`require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(__dirname)}] }));`);
  }
  lines.push(`require(${JSON.stringify(workerModule)});`);
  return lines.join('\n');
}
