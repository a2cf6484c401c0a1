import type { CfnFunction } from './lambda.generated';

/** SnapStart: Lambda snapshots an initialized execution environment of each published version and resumes from it. */
export class SnapStartConf {
  /** SnapStart is enabled on published versions (not on $LATEST). */
  public static readonly ON_PUBLISHED_VERSIONS = new SnapStartConf('PublishedVersions');

  private constructor(private readonly mode: string) { }

  /**
   * The `SnapStart` property of the function.
   * @internal
   */
  public _render(): CfnFunction.SnapStartProperty {
    return { applyOn: this.mode };
  }
}
