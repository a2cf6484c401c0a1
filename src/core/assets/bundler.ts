import * as crypto from 'crypto';
import * as os from 'os';
import * as path from 'path';
import { BundlingFileAccess, BundlingOptions, DockerRunOptions, DockerVolumeConsistency } from './bundling';
import { DockerOutput, runDocker } from './docker-cli';
import { dockerRunArguments } from './docker-image';

/** Where the asset source is mounted in a bundling container. */
export const BUNDLING_INPUT_DIR = '/asset-input';
/** Where a bundling container writes its output. */
export const BUNDLING_OUTPUT_DIR = '/asset-output';

/** The image of the helper container that carries files into and out of volumes (VOLUME_COPY). */
const COPY_CONTAINER_IMAGE = 'public.ecr.aws/docker/library/alpine';

/**
 * Bundles an asset into `outputDir` (which exists and is empty): the local bundler first; when it
 * declines, the bundling command in Docker, with the source at /asset-input and the output at
 * /asset-output, passing docker exactly the arguments aws-cdk-lib passes.
 * @throws whatever the local bundler throws, or a DockerCommandError
 */
export function runBundling(sourcePath: string, outputDir: string, options: BundlingOptions): void {
  // Both paths are made absolute, as aws-cdk-lib makes them (a relative App outdir gives a relative outputDir):
  // docker reads a `-v` source without a leading slash as the name of a volume, not as a host folder.
  // The user's own `volumes` are passed as given, as aws-cdk-lib passes them.
  sourcePath = path.resolve(sourcePath);
  outputDir = path.resolve(outputDir);
  if (options.local?.tryBundle(outputDir, options)) { return; }

  const user = options.user ?? defaultBundlingUser();
  const runOptions: DockerRunOptions = {
    command: options.command,
    entrypoint: options.entrypoint,
    environment: options.environment,
    workingDirectory: options.workingDirectory ?? BUNDLING_INPUT_DIR,
    securityOpt: options.securityOpt,
    platform: options.platform,
    user,
  };
  if (options.bundlingFileAccess === BundlingFileAccess.VOLUME_COPY) {
    bundleThroughVolumes(sourcePath, outputDir, options, runOptions, user);
    return;
  }
  runDocker(dockerRunArguments(options.image.image, {
    ...runOptions,
    network: options.network,
    volumesFrom: options.volumesFrom,
    volumes: [
      { hostPath: sourcePath, containerPath: BUNDLING_INPUT_DIR, consistency: DockerVolumeConsistency.DELEGATED },
      { hostPath: outputDir, containerPath: BUNDLING_OUTPUT_DIR, consistency: DockerVolumeConsistency.DELEGATED },
      ...(options.volumes ?? []),
    ],
  }), DockerOutput.SHOW);
}

/**
 * For Docker daemons that cannot see local folders: the source is copied into a volume through a
 * helper container, the bundling container mounts the helper's volumes, and the output is copied
 * back. Like aws-cdk-lib, this run is given no `--network`.
 */
function bundleThroughVolumes(sourcePath: string, outputDir: string, options: BundlingOptions, runOptions: DockerRunOptions, user: string): void {
  const id = crypto.randomBytes(12).toString('hex');
  const inputVolume = `assetInput${id}`;
  const outputVolume = `assetOutput${id}`;
  const copyContainer = `copyContainer${id}`;
  // Removed in this order once bundling is over, each only if it was made.
  const made = { container: false, inputVolume: false, outputVolume: false };
  try {
    runDocker(['volume', 'create', inputVolume], DockerOutput.DISCARD);
    made.inputVolume = true;
    runDocker(['volume', 'create', outputVolume], DockerOutput.DISCARD);
    made.outputVolume = true;
    made.container = true; // even a failed run may leave the named container behind
    runDocker(['run', '--name', copyContainer,
      '-v', `${inputVolume}:${BUNDLING_INPUT_DIR}`, '-v', `${outputVolume}:${BUNDLING_OUTPUT_DIR}`,
      COPY_CONTAINER_IMAGE, 'sh', '-c',
      `mkdir -p ${BUNDLING_INPUT_DIR} && chown -R ${user} ${BUNDLING_OUTPUT_DIR} && chown -R ${user} ${BUNDLING_INPUT_DIR}`,
    ], DockerOutput.SHOW);
    runDocker(['cp', `${sourcePath}/.`, `${copyContainer}:${BUNDLING_INPUT_DIR}`], DockerOutput.SHOW);
    runDocker(dockerRunArguments(options.image.image, {
      ...runOptions,
      volumesFrom: [copyContainer, ...(options.volumesFrom ?? [])],
      volumes: options.volumes,
    }), DockerOutput.SHOW);
    runDocker(['cp', `${copyContainer}:${BUNDLING_OUTPUT_DIR}/.`, outputDir], DockerOutput.SHOW);
  } finally {
    const cleanups = [
      made.container ? ['rm', copyContainer] : undefined,
      made.inputVolume ? ['volume', 'rm', inputVolume] : undefined,
      made.outputVolume ? ['volume', 'rm', outputVolume] : undefined,
    ];
    for (const cleanup of cleanups) {
      if (!cleanup) { continue; }
      try { runDocker(cleanup, DockerOutput.DISCARD); } catch { /* leftovers are harmless; the bundling error matters more */ }
    }
  }
}

/** The current user's uid:gid, so files written by the container belong to the user (1000:1000 on Windows). */
function defaultBundlingUser(): string {
  if (process.platform === 'win32') { return '1000:1000'; }
  try {
    const { uid, gid } = os.userInfo();
    return `${uid}:${gid}`;
  } catch {
    return '1000:1000';
  }
}
