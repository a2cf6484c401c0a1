/** Lambda function handler values with a special meaning. */
export class Handler {
  /** The handler of container image code: the image's own command runs (no Handler is rendered). */
  public static readonly FROM_IMAGE = 'FROM_IMAGE';

  private constructor() { }
}
