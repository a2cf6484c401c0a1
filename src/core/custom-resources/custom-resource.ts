import { Construct } from 'constructs';
import { CfnResource } from '../cfn/cfn-resource';
import { Duration } from '../duration';
import { ValidationError } from '../errors';
import { RemovalPolicy } from '../removal-policy';
import { Resource } from '../resource';
import { Reference } from '../tokens/reference';
import { Token, Tokenization } from '../tokens/token';

/** Properties of a custom resource. */
export interface CustomResourceProps {
  /**
   * The ARN of the provider: a Lambda function, an SNS topic, or the framework of the
   * `custom-resources` module. It may not change once the resource is deployed.
   */
  readonly serviceToken: string;
  /**
   * Properties passed to the provider.
   * @default - no properties
   */
  readonly properties?: { [key: string]: any };
  /**
   * The resource type, `Custom::<name>` (up to 60 characters: letters, digits and `_@-`).
   * @default 'AWS::CloudFormation::CustomResource'
   */
  readonly resourceType?: string;
  /**
   * What happens to the resource when it leaves the stack or is replaced.
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Whether the first letter of each top-level property name is upper-cased (nested names stay as they are).
   * @default false
   */
  readonly pascalCaseProperties?: boolean;
  /**
   * How long CloudFormation waits for the provider's response (1 to 3600 seconds).
   * @default Duration.seconds(3600)
   */
  readonly serviceTimeout?: Duration;
}

/**
 * A resource whose lifecycle is run by a provider you write: CloudFormation sends it Create,
 * Update and Delete requests and waits for its response.
 */
export class CustomResource extends Resource {
  private readonly resource: CfnResource;

  constructor(scope: Construct, id: string, props: CustomResourceProps) {
    super(scope, id);
    const type = renderResourceType(props.resourceType, this);
    const serviceTimeout = validateServiceTimeout(props.serviceTimeout, this);
    const properties = props.pascalCaseProperties ? upperCaseFirstLetters(props.properties ?? {}) : (props.properties ?? {});

    this.resource = new CfnResource(this, 'Default', {
      type,
      properties: {
        ServiceToken: props.serviceToken,
        ServiceTimeout: serviceTimeout,
        ...properties,
      },
    });
    this.resource.applyRemovalPolicy(props.removalPolicy, { default: RemovalPolicy.DESTROY });
  }

  /** The physical ID the provider returned for the resource. */
  public get ref(): string {
    return this.resource.ref;
  }

  /**
   * A value the provider returned in `Data` (`Fn::GetAtt`).
   * @param attributeName the key in `Data`
   */
  public getAtt(attributeName: string): Reference {
    return this.resource.getAtt(attributeName);
  }

  /**
   * A value the provider returned in `Data`, as a string.
   * @param attributeName the key in `Data`
   */
  public getAttString(attributeName: string): string {
    return Token.asString(this.getAtt(attributeName));
  }
}

const CUSTOM_TYPE_PREFIX = 'Custom::';
const MAX_RESOURCE_TYPE_LENGTH = 60;

function renderResourceType(resourceType: string | undefined, scope: Construct): string {
  if (resourceType === undefined) { return 'AWS::CloudFormation::CustomResource'; }
  if (!resourceType.startsWith(CUSTOM_TYPE_PREFIX)) {
    throw new ValidationError(`resourceType must begin with "${CUSTOM_TYPE_PREFIX}", got ${JSON.stringify(resourceType)}`, scope);
  }
  if (resourceType.length > MAX_RESOURCE_TYPE_LENGTH) {
    throw new ValidationError(`resourceType must be at most ${MAX_RESOURCE_TYPE_LENGTH} characters long, got ${resourceType.length} (${resourceType})`, scope);
  }
  const name = resourceType.slice(CUSTOM_TYPE_PREFIX.length);
  if (!/^[a-z0-9_@-]+$/i.test(name)) {
    throw new ValidationError(`resourceType name can only include alphanumeric characters and _@-, got ${JSON.stringify(name)} (in ${resourceType})`, scope);
  }
  return resourceType;
}

/** The timeout in seconds as CloudFormation takes it: a string. */
function validateServiceTimeout(timeout: Duration | undefined, scope: Construct): string | undefined {
  if (timeout === undefined) { return undefined; }
  const seconds = timeout.toSeconds();
  if (!Token.isUnresolved(seconds) && (seconds < 1 || seconds > 3600)) {
    throw new ValidationError(`serviceTimeout must be between 1 and 3600 seconds, got ${seconds}`, scope);
  }
  return Tokenization.stringifyNumber(seconds);
}

function upperCaseFirstLetters(properties: { [key: string]: any }): { [key: string]: any } {
  const out: { [key: string]: any } = {};
  for (const [key, value] of Object.entries(properties)) {
    out[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  }
  return out;
}
