import { spawnSync, StdioOptions } from 'child_process';

/** Where the output of a docker command goes. */
export enum DockerOutput {
  /** Returned to the caller (the command's stdout). */
  CAPTURE = 'capture',
  /** Shown to the user on stderr, so it never mixes with what an app prints on stdout. */
  SHOW = 'show',
  /** Dropped. */
  DISCARD = 'discard',
}

/** A docker command that could not run or that failed. */
export class DockerCommandError extends Error {
  /** The exit status, when the command ran and failed. */
  public readonly status?: number;

  constructor(message: string, status?: number) {
    super(message);
    this.name = 'DockerCommandError';
    this.status = status;
  }
}

/**
 * The docker executable: `CDK_DOCKER` when set (finch, podman or any Docker-compatible CLI), as the
 * CDK documents, else `docker` from PATH.
 */
export function dockerExecutable(): string {
  return process.env.CDK_DOCKER || 'docker';
}

/**
 * Runs the docker CLI and waits for it.
 * @returns the command's stdout with CAPTURE, else ''
 * @throws DockerCommandError when docker is missing, cannot start, or exits with a non-zero status
 */
export function runDocker(args: string[], output: DockerOutput = DockerOutput.SHOW): string {
  const executable = dockerExecutable();
  const stdio: StdioOptions = output === DockerOutput.CAPTURE
    ? ['ignore', 'pipe', 'inherit']
    : output === DockerOutput.SHOW ? ['ignore', process.stderr, 'inherit'] : 'ignore';
  const result = spawnSync(executable, args, { stdio, maxBuffer: 64 * 1024 * 1024 });

  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new DockerCommandError(`the ${executable} executable was not found on PATH `
        + '(install Docker, or set CDK_DOCKER to a Docker-compatible CLI such as finch or podman)');
    }
    throw new DockerCommandError(`${executable} could not be started: ${result.error.message}\n--> Command: ${renderCommand(executable, args)}`);
  }
  if (result.status !== 0) {
    const reason = result.status === null ? `was killed by ${result.signal}` : `exited with status ${result.status}`;
    throw new DockerCommandError(`${executable} ${reason}\n--> Command: ${renderCommand(executable, args)}`, result.status ?? undefined);
  }
  return output === DockerOutput.CAPTURE ? (result.stdout?.toString() ?? '') : '';
}

/** Whether a docker command succeeds (its output dropped): for yes/no questions such as `image inspect`. */
export function dockerSucceeds(args: string[]): boolean {
  const result = spawnSync(dockerExecutable(), args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** A command line a user can copy into a shell: words that are not plain are quoted. */
export function renderCommand(executable: string, args: readonly string[]): string {
  return [executable, ...args].map(quoteWord).join(' ');
}

function quoteWord(word: string): string {
  if (/^[A-Za-z0-9_.@%+=-]+$/.test(word) && !/^[=]/.test(word)) { return word; }
  return `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
}
