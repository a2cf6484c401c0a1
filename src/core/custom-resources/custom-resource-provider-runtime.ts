/** The Lambda runtimes a custom resource provider's handler can run on. */
export enum CustomResourceProviderRuntime {
  /**
   * Node.js 12.x
   * @deprecated Lambda no longer supports this runtime
   */
  NODEJS_12_X = 'nodejs12.x',
  /**
   * Node.js 12.x
   * @deprecated use NODEJS_14_X or later
   */
  NODEJS_12 = 'deprecated_nodejs12.x',
  /**
   * Node.js 14.x
   * @deprecated Lambda no longer supports this runtime
   */
  NODEJS_14_X = 'nodejs14.x',
  /**
   * Node.js 16.x
   * @deprecated Lambda no longer supports this runtime
   */
  NODEJS_16_X = 'nodejs16.x',
  /**
   * Node.js 18.x
   * @deprecated use a later version
   */
  NODEJS_18_X = 'nodejs18.x',
  /** Node.js 20.x */
  NODEJS_20_X = 'nodejs20.x',
  /** Node.js 22.x */
  NODEJS_22_X = 'nodejs22.x',
  /** Node.js 24.x */
  NODEJS_24_X = 'nodejs24.x',
}
