import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * A stand-in for the docker CLI: a script that records each call's arguments (one JSON array per
 * line) and plays a container's part: `run` writes `out.txt` into the folder mounted at
 * /asset-output, `create` prints a container ID, `cp` out of /asset-output writes `out.txt`.
 * It is installed through CDK_DOCKER (what the CDK reads to find docker).
 */
export interface FakeDocker {
  /** The arguments of every call so far. */
  calls(): string[][];
  /** Sets how the next calls behave. */
  behave(behaviour: FakeDockerBehaviour): void;
  /** Forgets the calls so far and restores the default behaviour. */
  reset(): void;
  /** Removes the script and restores CDK_DOCKER. */
  uninstall(): void;
  /** The script's path. */
  readonly executable: string;
}

/** How the fake behaves. */
export interface FakeDockerBehaviour {
  /** `run` exits with this status (after writing its output). */
  readonly runExitCode?: number;
  /** `run` writes nothing. */
  readonly emptyOutput?: boolean;
  /** `image inspect` and `inspect` fail: the image does not exist yet. */
  readonly noImage?: boolean;
}

const SCRIPT = `
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_DOCKER_LOG, JSON.stringify(args) + '\\n');
const behaviour = JSON.parse(fs.readFileSync(process.env.FAKE_DOCKER_BEHAVIOUR, 'utf8'));
if (args[0] === 'run') {
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] === '-v' && args[i + 1].includes(':/asset-output')) {
      const host = args[i + 1].split(':')[0];
      if (!behaviour.emptyOutput && host.startsWith('/')) { fs.writeFileSync(host + '/out.txt', 'bundled\\n'); }
    }
  }
  process.exit(behaviour.runExitCode || 0);
}
if ((args[0] === 'image' && args[1] === 'inspect') || args[0] === 'inspect') { process.exit(behaviour.noImage ? 1 : 0); }
if (args[0] === 'create') { process.stdout.write('0123456789abcdef'.repeat(4) + '\\n'); }
if (args[0] === 'cp' && args[1].endsWith(':/asset-output/.')) { fs.writeFileSync(args[2] + '/out.txt', 'bundled\\n'); }
if (args[0] === 'cp' && args[1].includes(':') && !args[1].endsWith('/.')) { fs.mkdirSync(args[2], { recursive: true }); fs.writeFileSync(args[2] + '/copied.txt', 'copied\\n'); }
`;

export function installFakeDocker(): FakeDocker {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-docker-'));
  const executable = path.join(dir, 'docker');
  const log = path.join(dir, 'calls.log');
  const behaviourFile = path.join(dir, 'behaviour.json');
  fs.writeFileSync(executable, `#!${process.execPath}\n${SCRIPT}`, { mode: 0o755 });
  fs.writeFileSync(log, '');
  fs.writeFileSync(behaviourFile, '{}');
  const saved = { CDK_DOCKER: process.env.CDK_DOCKER, FAKE_DOCKER_LOG: process.env.FAKE_DOCKER_LOG, FAKE_DOCKER_BEHAVIOUR: process.env.FAKE_DOCKER_BEHAVIOUR };
  process.env.CDK_DOCKER = executable;
  process.env.FAKE_DOCKER_LOG = log;
  process.env.FAKE_DOCKER_BEHAVIOUR = behaviourFile;
  return {
    executable,
    calls: () => fs.readFileSync(log, 'utf8').split('\n').filter(l => l !== '').map(l => JSON.parse(l)),
    behave: (behaviour) => fs.writeFileSync(behaviourFile, JSON.stringify(behaviour)),
    reset: () => {
      fs.writeFileSync(log, '');
      fs.writeFileSync(behaviourFile, '{}');
    },
    uninstall: () => {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) { delete process.env[name]; } else { process.env[name] = value; }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
