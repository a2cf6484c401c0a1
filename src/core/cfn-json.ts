import * as path from 'path';
import { Construct } from 'constructs';
import { CustomResource } from './custom-resources/custom-resource';
import { CustomResourceProvider } from './custom-resources/custom-resource-provider';
import { CustomResourceProviderRuntime } from './custom-resources/custom-resource-provider-runtime';
import { Stack } from './stack';
import { NO_CREATION_STACK } from './tokens/creation-stack';
import { Reference } from './tokens/reference';
import { IResolvable, IResolveContext } from './tokens/resolvable';

/** Properties of CfnJson. */
export interface CfnJsonProps {
  /** The value to resolve. Can be any JavaScript object, including tokens and references in keys or values. */
  readonly value: any;
}

const CFN_UTILS_PROVIDER_ID = 'AWSCDKCfnUtilsProvider';
const CFN_JSON_RESOURCE_TYPE = 'Custom::AWSCDKCfnJson';

/**
 * A JSON value that CloudFormation only knows at deployment (tokens in keys, for example in IAM condition keys): a
 * custom resource parses it, and `value` (or the CfnJson itself, where a value is expected) is its `Value` attribute.
 * The resource is served by the stack's `AWSCDKCfnUtilsProvider`, whose handler is lambda-cdk's own (so its code
 * asset hash differs from aws-cdk-lib's).
 */
export class CfnJson extends Construct implements IResolvable {
  /** The creation stack of this token (none is recorded). */
  public readonly creationStack: string[] = NO_CREATION_STACK;
  /** An Fn::GetAtt to the JSON object passed through `value` and resolved during synthesis. */
  public readonly value: Reference;

  constructor(scope: Construct, id: string, props: CfnJsonProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const serviceToken = CustomResourceProvider.getOrCreate(stack, CFN_UTILS_PROVIDER_ID, {
      codeDirectory: path.join(__dirname, 'custom-resources', 'handlers', 'cfn-utils'),
      runtime: CustomResourceProviderRuntime.NODEJS_24_X,
    });
    const resource = new CustomResource(this, 'Resource', {
      serviceToken,
      resourceType: CFN_JSON_RESOURCE_TYPE,
      properties: { Value: stack.toJsonString(props.value) },
    });
    this.value = resource.getAtt('Value');
  }

  /** This is required in case someone JSON.stringifys an object which references this object. */
  public toJSON(): any {
    return this.value.toJSON();
  }

  /** Produces the `Value` attribute. */
  public resolve(_context: IResolveContext): any {
    return this.value;
  }
}
