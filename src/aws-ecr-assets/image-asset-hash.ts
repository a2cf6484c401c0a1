import * as fs from 'fs';
import * as path from 'path';
import { IgnoreMode } from '../core';
import type { DockerImageAssetProps } from './image-asset-options';

/**
 * What a Docker image asset adds to the fingerprint of its directory, as aws-cdk-lib computes it:
 * JSON of the build options that change the image (each unless `invalidation` turns it off), in a
 * fixed order, plus a salt aws-cdk-lib has carried since version 1.21.0 to invalidate older images.
 * Falsy options are left out, so `buildArgs: {}` counts but `extraHash: ''` does not.
 */
export function imageAssetExtraHash(props: DockerImageAssetProps): string {
  const invalidation = props.invalidation ?? {};
  const fields: { [key: string]: unknown } = {};
  const add = (enabled: boolean | undefined, key: string, value: unknown) => {
    if (enabled !== false && value) { fields[key] = value; }
  };
  add(invalidation.extraHash, 'user', props.extraHash);
  add(invalidation.buildArgs, 'buildArgs', props.buildArgs);
  add(invalidation.buildContexts, 'buildContexts', props.buildContexts);
  add(invalidation.buildSecrets, 'buildSecrets', props.buildSecrets);
  add(invalidation.buildSsh, 'buildSsh', props.buildSsh);
  add(invalidation.target, 'target', props.target);
  add(invalidation.file, 'file', props.file);
  add(invalidation.networkMode, 'networkMode', props.networkMode);
  add(invalidation.platform, 'platform', props.platform);
  add(invalidation.outputs, 'outputs', props.outputs);
  fields.version = '1.21.0';
  return JSON.stringify(fields);
}

/** Which files of the build context are staged (and fingerprinted), and how the patterns read. */
export interface ImageAssetExclusions {
  readonly exclude: string[];
  readonly ignoreMode: IgnoreMode;
}

/**
 * The patterns that leave files out of the build context: those of the directory's `.dockerignore`,
 * then `exclude`; the `.dockerignore` itself and the Dockerfile are always kept (Docker reads them
 * before it applies the patterns). Patterns read as `.dockerignore` patterns unless `ignoreMode` says otherwise.
 */
export function imageAssetExclusions(directory: string, props: DockerImageAssetProps): ImageAssetExclusions {
  const exclude: string[] = [];
  const dockerignore = path.join(directory, '.dockerignore');
  if (fs.existsSync(dockerignore)) {
    exclude.push(...fs.readFileSync(dockerignore, 'utf-8').split(/\r?\n/).filter(line => line.trim() !== ''));
  }
  exclude.push(...(props.exclude ?? []));
  exclude.push('!.dockerignore', `!${path.basename(props.file ?? 'Dockerfile')}`);
  return { exclude, ignoreMode: props.ignoreMode ?? IgnoreMode.DOCKER };
}
