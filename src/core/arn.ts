import { Fn } from './cfn/fn';
import { UnscopedValidationError } from './errors';
import { Token, TokenComparison } from './tokens/token';
import type { Stack } from './stack';

/** The ARN formats that different services use; each value is a template of that format. */
export enum ArnFormat {
  /**
   * No `resourceName` part, as in S3 bucket ARNs: `arn:aws:s3:::bucket`.
   * Everything after the fifth colon is the `resource`, slashes included (`arn:aws:s3:::bucket/object.zip`).
   */
  NO_RESOURCE_NAME = 'arn:aws:service:region:account:resource',
  /**
   * `resource` and `resourceName` separated by a colon: `arn:aws:service:region:account:resource:resourceName`.
   * Everything after that colon is the `resourceName`, slashes included.
   */
  COLON_RESOURCE_NAME = 'arn:aws:service:region:account:resource:resourceName',
  /**
   * `resource` and `resourceName` separated by a slash: `arn:aws:service:region:account:resource/resourceName`.
   * Everything after that slash is the `resourceName`, colons included.
   */
  SLASH_RESOURCE_NAME = 'arn:aws:service:region:account:resource/resourceName',
  /**
   * Like `SLASH_RESOURCE_NAME` with an extra slash before the `resource`:
   * `arn:aws:service:region:account:/resource/resourceName`. The leading slash is not part of the `resource`.
   */
  SLASH_RESOURCE_SLASH_RESOURCE_NAME = 'arn:aws:service:region:account:/resource/resourceName',
}

/** The parts of an ARN: `arn:{partition}:{service}:{region}:{account}:{resource}{sep}{resourceName}`. */
export interface ArnComponents {
  /**
   * The partition the resource is in, e.g. `aws` or `aws-cn`.
   * @default - the partition of the stack the ARN is formatted in
   */
  readonly partition?: string;
  /** The service namespace of the AWS product, e.g. `s3`, `iam` or `lambda`. */
  readonly service: string;
  /**
   * The region the resource resides in; some ARNs have none, pass `''` for them.
   * @default - the region of the stack the ARN is formatted in
   */
  readonly region?: string;
  /**
   * The ID of the AWS account that owns the resource, without hyphens; some ARNs have none, pass `''` for them.
   * @default - the account of the stack the ARN is formatted in
   */
  readonly account?: string;
  /**
   * The resource type (e.g. `table`, `function`), or for some resources (e.g. S3 buckets) the resource name itself.
   */
  readonly resource: string;
  /**
   * Separator between `resource` and `resourceName`: `/`, `:` or an empty string. Used only with a `resourceName`.
   * @default '/'
   * @deprecated use `arnFormat` instead
   */
  readonly sep?: string;
  /**
   * The resource name or path within the resource (e.g. an S3 object key) or a wildcard such as `*`.
   * @default - no resource name
   */
  readonly resourceName?: string;
  /**
   * The ARN format, which decides the separator between `resource` and `resourceName`.
   * @default - the separator given in `sep`, else `ArnFormat.SLASH_RESOURCE_NAME`
   */
  readonly arnFormat?: ArnFormat;
}

const ALLOWED_SEPARATORS = [':', '/', ''];

/** Builds and takes apart ARNs, including ARNs that are tokens. */
export class Arn {
  /**
   * Creates an ARN from components.
   *
   * A missing `partition`, `region` or `account` is taken from `stack` (then all three are needed without a stack).
   * An empty string is kept as an empty part. Tokens in components stay tokens in the returned string.
   */
  public static format(components: ArnComponents, stack?: Stack): string {
    const partition = components.partition ?? stack?.partition;
    const region = components.region ?? stack?.region;
    const account = components.account ?? stack?.account;
    if (partition === undefined || region === undefined || account === undefined) {
      throw new UnscopedValidationError('Arn.format: partition, region and account must all be given when no stack is '
        + `passed, got partition ${describe(partition)}, region ${describe(region)} and account ${describe(account)}`);
    }
    const sep = components.sep ?? (components.arnFormat === ArnFormat.COLON_RESOURCE_NAME ? ':' : '/');
    if (!ALLOWED_SEPARATORS.includes(sep)) {
      throw new UnscopedValidationError(`Arn.format: sep must be ':', '/' or an empty string, got ${JSON.stringify(sep)}`);
    }
    const leadingSlash = components.arnFormat === ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME ? '/' : '';
    const name = components.resourceName !== undefined && components.resourceName !== null
      ? `${sep}${components.resourceName}` : '';
    return `arn:${partition}:${components.service}:${region}:${account}:${leadingSlash}${components.resource}${name}`;
  }

  /**
   * Splits the provided ARN into its components.
   *
   * An ARN that starts with a literal `arn:` is split at synthesis time, its tokens kept whole as parts; any other
   * token ARN (e.g. an imported value) is split at deployment with `Fn::Split` and `Fn::Select` according to
   * `arnFormat`. A literal ARN's own separators win over `arnFormat`; the returned `arnFormat` says what was found.
   */
  public static split(arn: string, arnFormat: ArnFormat): ArnComponents {
    if (!arn.startsWith('arn:')) {
      if (Token.isUnresolved(arn)) { return splitAtDeployment(arn, arnFormat); }
      throw new UnscopedValidationError(`ARNs must start with "arn:" and have at least 6 components: ${arn} `
        + '(arn:partition:service:region:account:resource)');
    }
    return splitLiteral(arn, arnFormat);
  }

  /**
   * Splits the provided ARN into its components.
   * @param sepIfToken the separator between resource and resourceName used when the ARN is a token
   * @param hasName whether a token ARN has a resourceName part
   * @deprecated use `split` instead
   */
  public static parse(arn: string, sepIfToken: string = '/', hasName: boolean = true): ArnComponents {
    const arnFormat = !hasName ? ArnFormat.NO_RESOURCE_NAME
      : sepIfToken === ':' ? ArnFormat.COLON_RESOURCE_NAME : ArnFormat.SLASH_RESOURCE_NAME;
    return Arn.split(arn, arnFormat);
  }

  /**
   * Extract the full resource name from an ARN whose resource type is known, e.g. `path/to/role/name` from
   * `arn:aws:iam::111111111111:role/path/to/role/name` with `resourceType` `role`.
   *
   * For a token ARN this splits on `:<resourceType>/` at deployment, which is why `resourceType` must be a literal.
   */
  public static extractResourceName(arn: string, resourceType: string): string {
    if (!arn.startsWith('arn:') && Token.isUnresolved(arn)) {
      return Fn.select(1, Fn.split(`:${resourceType}/`, arn));
    }
    const components = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME);
    if (Token.compareStrings(components.resource, resourceType) === TokenComparison.DIFFERENT) {
      throw new UnscopedValidationError(`Expected resource type '${resourceType}' in ARN, got '${components.resource}' in '${arn}'`);
    }
    if (!components.resourceName) {
      throw new UnscopedValidationError(`Expected resource name in ARN, didn't find one: '${arn}' (expected '${resourceType}/<name>')`);
    }
    return components.resourceName;
  }

  private constructor() { }
}

/**
 * Split a literal ARN (which may carry tokens inside its parts, never spanning a separator).
 *
 * The ARN's own separators decide the result: a slash in the resource part (other than a leading one) makes it
 * `resource/resourceName` (or `/resource/resourceName` with the leading slash) unless `arnFormat` says there is no
 * resource name; otherwise a colon after the resource part makes it `resource:resourceName`.
 */
function splitLiteral(arn: string, arnFormat: ArnFormat): ArnComponents {
  const parts = arn.split(':');
  const [, partition, service, region, account, resourcePart] = parts;
  if (!partition) { throw missingPart('partition', 2, arn); }
  if (!service) { throw missingPart('service', 3, arn); }
  if (!resourcePart) { throw missingPart('resource', 6, arn); }
  const afterColon = parts.length > 6 ? parts.slice(6).join(':') : undefined;

  const leadingSlash = resourcePart.startsWith('/');
  const slash = resourcePart.indexOf('/', leadingSlash ? 1 : 0);
  if (slash === -1) {
    return afterColon === undefined
      ? { service, resource: resourcePart, partition, region, account, arnFormat: ArnFormat.NO_RESOURCE_NAME }
      : {
        service, resource: resourcePart, partition, region, account,
        resourceName: afterColon, sep: ':', arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      };
  }
  if (arnFormat === ArnFormat.NO_RESOURCE_NAME) {
    return {
      service, resource: resourcePart, partition, region, account,
      ...afterColon !== undefined ? { resourceName: afterColon } : {},
      arnFormat,
    };
  }
  const resource = resourcePart.slice(leadingSlash ? 1 : 0, slash);
  const afterSlash = resourcePart.slice(slash + 1);
  // Colons after the resource part belong to the name; an empty name segment before them is not kept.
  const resourceName = afterColon === undefined ? afterSlash : afterSlash ? `${afterSlash}:${afterColon}` : afterColon;
  // `//name` has an empty resource, which is left out (as aws-cdk-lib does) although the type requires one.
  return {
    service, ...resource ? { resource } : {}, partition, region, account, resourceName, sep: '/',
    arnFormat: leadingSlash ? ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME : ArnFormat.SLASH_RESOURCE_NAME,
  } as ArnComponents;
}

/** Split a token ARN with CloudFormation functions, trusting `arnFormat` for the resource part. */
function splitAtDeployment(arn: string, arnFormat: ArnFormat): ArnComponents {
  const common = {
    partition: colonPart(arn, 1), service: colonPart(arn, 2), region: colonPart(arn, 3), account: colonPart(arn, 4),
  };
  switch (arnFormat) {
    case ArnFormat.NO_RESOURCE_NAME:
      return { ...common, resource: colonPart(arn, 5), arnFormat };
    case ArnFormat.COLON_RESOURCE_NAME:
      return { ...common, resource: colonPart(arn, 5), resourceName: colonPart(arn, 6), sep: ':', arnFormat };
    case ArnFormat.SLASH_RESOURCE_NAME:
      return { ...common, resource: slashPart(arn, 0), resourceName: slashPart(arn, 1), sep: '/', arnFormat };
    default:
      // SLASH_RESOURCE_SLASH_RESOURCE_NAME, and (as in aws-cdk-lib) a format unknown to the types, e.g. from JavaScript.
      // Element 0 of the slash-split is the empty string before the leading slash.
      return { ...common, resource: slashPart(arn, 1), resourceName: slashPart(arn, 2), sep: '/', arnFormat };
  }
}

function colonPart(arn: string, index: number): string {
  return Fn.select(index, Fn.split(':', arn));
}

function slashPart(arn: string, index: number): string {
  return Fn.select(index, Fn.split('/', colonPart(arn, 5)));
}

function missingPart(name: string, position: number, arn: string): UnscopedValidationError {
  const ordinal = position === 2 ? '2nd' : position === 3 ? '3rd' : `${position}th`;
  // aws-cdk-lib's wording, so that code matching its messages keeps working.
  return new UnscopedValidationError(`The \`${name}\` component (${ordinal} component) of an ARN is required: ${arn}`);
}

function describe(value: string | undefined): string {
  return value === undefined ? 'undefined' : `'${value}'`;
}
