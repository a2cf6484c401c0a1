import type { Stack } from '../stack';
import {
  DockerImageAssetLocation, DockerImageAssetSource, FileAssetLocation, FileAssetSource, IStackSynthesizer, ISynthesisSession,
} from './stack-synthesizer';

/**
 * The synthesizer of a nested stack: its assets belong to the parent stack (they are published with it), and it
 * writes no artifact of its own (its template is a file asset of the parent).
 */
export class NestedStackSynthesizer implements IStackSynthesizer {
  constructor(private readonly parentDeployment: IStackSynthesizer) { }

  /** The qualifier of the parent's synthesizer. */
  public get bootstrapQualifier(): string | undefined {
    return this.parentDeployment.bootstrapQualifier;
  }

  /** The parent's synthesizer does the work; nothing is bound to the nested stack itself. */
  public bind(_stack: Stack): void {
    return;
  }

  public addFileAsset(asset: FileAssetSource): FileAssetLocation {
    return this.parentDeployment.addFileAsset(asset);
  }

  public addDockerImageAsset(asset: DockerImageAssetSource): DockerImageAssetLocation {
    return this.parentDeployment.addDockerImageAsset(asset);
  }

  /** Nothing to write: the template file is already in the assembly, and the parent publishes it. */
  public synthesize(_session: ISynthesisSession): void {
    return;
  }
}
