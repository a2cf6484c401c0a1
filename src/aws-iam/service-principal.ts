import { IResolvable, IResolveContext, Stack, Token } from '../core';
import { PrincipalBase, PrincipalPolicyFragment } from './principal-base';

/** Options for a service principal. */
export interface ServicePrincipalOpts {
  /**
   * The region in which you want to reference the service.
   *
   * Only opt-in regions differ: there the service principal carries the region
   * (`logs.af-south-1.amazonaws.com`) when the consuming stack is in another region.
   *
   * @default - the current Stack's region.
   * @deprecated You should not need to set this. The stack's region is always correct.
   */
  readonly region?: string;
  /**
   * Additional conditions to add to the Service Principal.
   * @default - No conditions
   */
  readonly conditions?: { [key: string]: any };
}

/** An IAM principal that represents an AWS service (e.g. `lambda.amazonaws.com`). */
export class ServicePrincipal extends PrincipalBase {
  /**
   * Return the service principal name for a service: `lambda` becomes `lambda.amazonaws.com`, partition-specific
   * forms (`lambda.amazonaws.com.cn`, `lambda.c2s.ic.gov`) become the standard `lambda.amazonaws.com`.
   */
  public static servicePrincipalName(service: string): string {
    return new ServicePrincipalNameToken(service, {}).toString();
  }

  /**
   * Return a ServicePrincipal that renders exactly the name given, without any standardization.
   * The method is named (misspelled) like aws-cdk-lib's.
   */
  public static fromStaticServicePrincipleName(servicePrincipalName: string): ServicePrincipal {
    return new StaticServicePrincipal(servicePrincipalName);
  }

  private cachedName?: string;

  /**
   * @param service AWS service name or service principal (e.g. `s3` or `s3.amazonaws.com`)
   * @param opts options for the principal
   */
  constructor(public readonly service: string, protected readonly opts: ServicePrincipalOpts = {}) {
    super();
  }

  public get policyFragment(): PrincipalPolicyFragment {
    if (this.cachedName === undefined) {
      this.cachedName = new ServicePrincipalNameToken(this.service, this.opts).toString();
    }
    return new PrincipalPolicyFragment({ Service: [this.cachedName] }, this.opts.conditions);
  }

  public override toString(): string {
    return `ServicePrincipal(${this.service})`;
  }

  public dedupeString(): string | undefined {
    return `ServicePrincipal:${this.service}:${JSON.stringify(this.opts)}`;
  }
}

/** A service principal whose name is rendered as given. */
class StaticServicePrincipal extends ServicePrincipal {
  constructor(service: string) {
    super(service);
  }

  public override get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ Service: [this.service] }, this.opts.conditions);
  }
}

/** Service principal suffixes of other partitions; all of them are written `<service>.amazonaws.com` nowadays. */
const STANDARDIZABLE_NAME = /^([^.]+)(?:\.amazonaws\.com(?:\.cn)?|\.c2s\.ic\.gov|\.sc2s\.sgov\.gov)?$/;

/** Regions that must be enabled per account; a service there is addressed with the region in its name. */
const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1',
  'me-central-1', 'me-south-1', 'me-west-1', 'mx-central-1',
]);

/** The standardized name of a service principal. */
function standardizedServiceName(service: string): string {
  const match = STANDARDIZABLE_NAME.exec(service);
  return match ? `${match[1]}.amazonaws.com` : service;
}

/**
 * The name of a service principal, which only depends on the consuming stack when the deprecated `region`
 * option names an opt-in region; otherwise it is known at once and no token is needed.
 */
class ServicePrincipalNameToken implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly service: string, private readonly opts: ServicePrincipalOpts) { }

  public resolve(context: IResolveContext): string {
    const name = standardizedServiceName(this.service);
    const region = this.opts.region;
    if (region === undefined || Token.isUnresolved(region) || !OPT_IN_REGIONS.has(region)) { return name; }
    if (Stack.of(context.scope).region === region) { return name; }
    return name.replace(/\.amazonaws\.com$/, `.${region}.amazonaws.com`);
  }

  public toString(): string {
    if (!Token.isUnresolved(this.service) && (this.opts.region === undefined || !OPT_IN_REGIONS.has(this.opts.region))) {
      return standardizedServiceName(this.service);
    }
    return Token.asString(this, { displayHint: this.service });
  }

  public toJSON(): string {
    return `<${this.service}>`;
  }
}
