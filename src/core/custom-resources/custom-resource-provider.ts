import { Construct } from 'constructs';
import { Stack } from '../stack';
import { CustomResourceProviderBase, CustomResourceProviderOptions } from './custom-resource-provider-base';
import { CustomResourceProviderRuntime } from './custom-resource-provider-runtime';

/** Initialization properties of `CustomResourceProvider`. */
export interface CustomResourceProviderProps extends CustomResourceProviderOptions {
  /** A directory with the handler's code: an `index.js` exporting `handler`. */
  readonly codeDirectory: string;
  /** The Node.js runtime of the handler. */
  readonly runtime: CustomResourceProviderRuntime;
}

/**
 * A provider of custom resources for construct libraries: a Node.js Lambda function, created once
 * per stack for each resource type (the first call creates it, the next ones return it), that
 * needs neither aws-lambda nor aws-iam.
 */
export class CustomResourceProvider extends CustomResourceProviderBase {
  /**
   * The service token of the provider for `uniqueid` in the stack of `scope`, creating it if needed.
   * @param scope any construct in the stack
   * @param uniqueid an ID unique in the stack, usually the resource type (`Custom::MyThing`)
   * @param props the provider's code and options (ignored when the provider exists already)
   */
  public static getOrCreate(scope: Construct, uniqueid: string, props: CustomResourceProviderProps): string {
    return this.getOrCreateProvider(scope, uniqueid, props).serviceToken;
  }

  /**
   * The provider for `uniqueid` in the stack of `scope`, creating it if needed. It lives at the top
   * of the stack with the construct ID `<uniqueid>CustomResourceProvider`.
   * @param scope any construct in the stack
   * @param uniqueid an ID unique in the stack, usually the resource type (`Custom::MyThing`)
   * @param props the provider's code and options (ignored when the provider exists already)
   */
  public static getOrCreateProvider(scope: Construct, uniqueid: string, props: CustomResourceProviderProps): CustomResourceProvider {
    const id = `${uniqueid}CustomResourceProvider`;
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(id) as CustomResourceProvider | undefined;
    return existing ?? new CustomResourceProvider(stack, id, props);
  }

  protected constructor(scope: Construct, id: string, props: CustomResourceProviderProps) {
    super(scope, id, { ...props, runtimeName: props.runtime });
  }
}
