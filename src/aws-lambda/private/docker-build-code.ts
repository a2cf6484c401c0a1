import { UnscopedValidationError } from '../../core';
import type { DockerBuildAssetOptions } from '../code';
import { AssetCode } from '../code-asset';

/** The part of core's DockerImage that `Code.fromDockerBuild` uses. */
interface BuildableImage {
  cp(imagePath: string, outputPath?: string): string;
}

interface DockerImageStatics {
  fromBuild(path: string, options?: { buildArgs?: { [key: string]: string }; file?: string; platform?: string }): BuildableImage;
}

/** Build the image now, copy `imagePath` out of it, and use the copy as asset code. */
export function codeFromDockerBuild(path: string, options: DockerBuildAssetOptions): AssetCode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require('../../core') as { DockerImage?: DockerImageStatics };
  if (!core.DockerImage) {
    throw new UnscopedValidationError('Code.fromDockerBuild needs Docker image support from lambda-cdk core, which this build does not have yet');
  }
  const image = core.DockerImage.fromBuild(path, { buildArgs: options.buildArgs, file: options.file, platform: options.platform });
  const assetPath = image.cp(`${options.imagePath ?? '/asset'}/.`, options.outputPath);
  return new AssetCode(assetPath);
}
