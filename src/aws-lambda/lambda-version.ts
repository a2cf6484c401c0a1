import type { IFunction } from './function-base';
import type { IVersionRef } from './lambda.generated';

/** A published version of a function, or `$LATEST`. */
export interface IVersion extends IFunction, IVersionRef {
  /**
   * The version number (or `$LATEST`).
   * @attribute
   */
  readonly version: string;

  /** The function it is a version of. */
  readonly lambda: IFunction;

  /**
   * The qualified ARN Lambda@Edge needs.
   * @attribute
   */
  readonly edgeArn: string;
}
