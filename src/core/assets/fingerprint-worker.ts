/**
 * Entry point of a helper thread for `hashFileContents`: hashes files of each job it is sent until
 * the job's shared counter runs out. Loaded by the bootstrap code in parallel-content-hash.ts.
 */
import { parentPort } from 'worker_threads';
import { HashJobMessage, workOnJobMessage } from './parallel-content-hash';

parentPort?.on('message', (message: HashJobMessage) => workOnJobMessage(message));
// Tells the pool this helper has loaded.
parentPort?.postMessage('ready');
