import { spawnSync, SpawnSyncOptions } from 'child_process';
import { UnscopedValidationError } from '../../core';

/** Run the command of `Code.fromCustomCommand` now; fail with its output when it cannot run or exits non-zero. */
export function runCustomCommand(command: string[], options: SpawnSyncOptions = {}): void {
  if (command.length === 0) {
    throw new UnscopedValidationError('Code.fromCustomCommand: the command must have at least one element, the program '
      + 'to run, e.g. ["node", "build.js"]; got []');
  }
  const result = spawnSync(command[0], command.slice(1), options);
  if (result.error) {
    throw new UnscopedValidationError(`Code.fromCustomCommand: could not run ${JSON.stringify(command)}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const stdout = result.stdout?.toString().trim();
    const stderr = result.stderr?.toString().trim();
    const detail = [stdout ? `stdout: ${stdout}` : undefined, stderr ? `stderr: ${stderr}` : undefined].filter(Boolean).join('\n');
    const how = result.status === null ? `was killed by signal ${result.signal}` : `exited with status ${result.status}`;
    throw new UnscopedValidationError(`Code.fromCustomCommand: ${JSON.stringify(command)} ${how}${detail ? `\n${detail}` : ''}`);
  }
}
