import type { CfnFunction } from './lambda.generated';

/** When Lambda updates the runtime version of a function. */
export class RuntimeManagementMode {
  /** Lambda updates the runtime of the function to the most recent and secure version automatically (the default). */
  public static readonly AUTO = new RuntimeManagementMode('Auto');

  /** Lambda updates the runtime to the most recent version when the function is updated. */
  public static readonly FUNCTION_UPDATE = new RuntimeManagementMode('FunctionUpdate');

  /**
   * The function keeps the given runtime version until you change it.
   * @param arn the ARN of the runtime version
   */
  public static manual(arn: string): RuntimeManagementMode {
    return new RuntimeManagementMode('Manual', arn);
  }

  /** The `RuntimeManagementConfig` property of the function. */
  public readonly runtimeManagementConfig: CfnFunction.RuntimeManagementConfigProperty;

  protected constructor(public readonly mode: string, public readonly arn?: string) {
    this.runtimeManagementConfig = arn === undefined
      ? { updateRuntimeOn: mode }
      : { updateRuntimeOn: mode, runtimeVersionArn: arn };
  }
}
