/**
 * Entry point of the helper thread of `copyDirectoryInBackground`: copies the directory of each job
 * it is sent, then flags the job done (1) or failed (2). Loaded by the bootstrap code in background-copy.ts.
 */
import { parentPort } from 'worker_threads';
import { copyDirectory } from './copy';
import type { BackgroundCopyMessage } from './background-copy';

parentPort?.on('message', (message: BackgroundCopyMessage) => {
  let state = 1;
  try {
    copyDirectory(message.source, message.target, message.options);
  } catch {
    state = 2; // the caller copies again on its own thread, where the error surfaces with its message
  }
  Atomics.store(message.control, 0, state);
  Atomics.notify(message.control, 0);
});
// Tells the caller this helper has loaded.
parentPort?.postMessage('ready');
