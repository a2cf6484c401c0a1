import { Construct } from 'constructs';
import { Arn, IResource, RemovalPolicy, Resource, Token, ValidationError } from '../core';
import { CfnOIDCProvider, IOIDCProviderRef, OIDCProviderReference } from './iam.generated';

/** An IAM OpenID Connect provider. */
export interface IOidcProvider extends IResource, IOIDCProviderRef {
  /**
   * The Amazon Resource Name (ARN) of the IAM OpenID Connect provider.
   * @attribute
   */
  readonly oidcProviderArn: string;

  /**
   * The issuer of the provider: its URL without the `https://` scheme.
   * @attribute
   */
  readonly oidcProviderIssuer: string;
}

/** Properties for an OpenID Connect provider on the native `AWS::IAM::OIDCProvider` resource. */
export interface OidcProviderNativeProps {
  /**
   * The name of the provider. IAM names OIDC providers after their URL, so this is only the construct's
   * physical name: it is not rendered into the template.
   * @default - a name is automatically generated
   */
  readonly oidcProviderName?: string;

  /**
   * The URL of the identity provider: it must begin with `https://` and should be the `iss` claim of the
   * provider's ID tokens; at most 255 characters. Path components are allowed, query parameters and port numbers
   * are not. An account can register a given URL only once.
   */
  readonly url: string;

  /**
   * The client IDs (audiences) registered with the provider: at most 100, each at most 255 characters.
   * @default - no clients are allowed
   */
  readonly clientIds?: string[];

  /**
   * The SHA-1 thumbprints (40 hexadecimal characters each) of the provider's server certificates: at most 5.
   * @default - IAM trusts the provider through its root certificate authority
   */
  readonly thumbprints?: string[];

  /**
   * What happens to the provider when it is removed from the stack or replaced.
   * @default - no policy is rendered, which CloudFormation treats as RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

const MAX_URL_LENGTH = 255;
const MAX_CLIENT_IDS = 100;
const MAX_CLIENT_ID_LENGTH = 255;
const MAX_THUMBPRINTS = 5;
const THUMBPRINT_LENGTH = 40;
const HEXADECIMAL = /^[0-9a-fA-F]+$/;

/**
 * An IAM OpenID Connect identity provider, created with the native `AWS::IAM::OIDCProvider` resource (no custom
 * resource): it lets principals authenticated by an OIDC-compatible IdP assume roles in this account.
 */
export class OidcProviderNative extends Resource implements IOidcProvider {
  /**
   * Import an existing provider by its ARN; its issuer is the ARN's resource name
   * (`arn:aws:iam::123456789012:oidc-provider/<issuer>`).
   */
  public static fromOidcProviderArn(scope: Construct, id: string, oidcProviderArn: string): IOidcProvider {
    return new ImportedOidcProvider(scope, id, oidcProviderArn);
  }

  public readonly oidcProviderArn: string;
  private _issuer: string | undefined;

  constructor(scope: Construct, id: string, props: OidcProviderNativeProps) {
    super(scope, id, { physicalName: props.oidcProviderName });
    validateUrl(this, props.url);
    if (props.clientIds) { validateClientIds(this, props.clientIds); }
    if (props.thumbprints) { validateThumbprints(this, props.thumbprints); }

    const resource = new CfnOIDCProvider(this, 'Resource', {
      url: props.url,
      clientIdList: props.clientIds,
      thumbprintList: props.thumbprints,
    });
    if (props.removalPolicy) { resource.applyRemovalPolicy(props.removalPolicy); }
    this.oidcProviderArn = resource.ref;
  }

  /** The issuer of the provider, taken from its ARN at deployment (so it is a token even for a literal URL). */
  public get oidcProviderIssuer(): string {
    this._issuer ??= Arn.extractResourceName(this.oidcProviderArn, 'oidc-provider');
    return this._issuer;
  }

  /** A reference to this OIDC provider. */
  public get oidcProviderRef(): OIDCProviderReference {
    return { oidcProviderArn: this.oidcProviderArn };
  }
}

/** An OIDC provider defined outside of this app. */
class ImportedOidcProvider extends Resource implements IOidcProvider {
  public readonly oidcProviderIssuer: string;
  public readonly oidcProviderRef: OIDCProviderReference;

  constructor(scope: Construct, id: string, public readonly oidcProviderArn: string) {
    // Parse first, so that a malformed ARN leaves no construct behind.
    const issuer = Arn.extractResourceName(oidcProviderArn, 'oidc-provider');
    super(scope, id);
    this.oidcProviderIssuer = issuer;
    this.oidcProviderRef = { oidcProviderArn };
  }
}

// Unresolved values are left for CloudFormation to check, as aws-cdk-lib does.
function validateUrl(scope: Construct, url: string): void {
  if (Token.isUnresolved(url)) { return; }
  if (!url.startsWith('https://')) {
    throw new ValidationError(`The URL of the identity provider must start with https://, got '${url}'`, scope);
  }
  if (url.length > MAX_URL_LENGTH) {
    throw new ValidationError(`The maximum length allowed for url is ${MAX_URL_LENGTH} characters, got ${url.length}`, scope);
  }
}

// The count is checked even when elements are tokens: each token stands for one element.
function validateClientIds(scope: Construct, clientIds: string[]): void {
  if (clientIds.length > MAX_CLIENT_IDS) {
    throw new ValidationError(`The maximum number of clients that can be registered is ${MAX_CLIENT_IDS}, got ${clientIds.length}`, scope);
  }
  for (const clientId of clientIds) {
    if (!Token.isUnresolved(clientId) && clientId.length > MAX_CLIENT_ID_LENGTH) {
      throw new ValidationError(`The maximum length of a client ID is ${MAX_CLIENT_ID_LENGTH} characters, `
        + `got ${clientId.length} for '${clientId}'`, scope);
    }
  }
}

// Every length is checked before any format, so a short thumbprint is reported as such wherever it stands.
function validateThumbprints(scope: Construct, thumbprints: string[]): void {
  if (thumbprints.length > MAX_THUMBPRINTS) {
    throw new ValidationError(`The maximum number of thumbprints is ${MAX_THUMBPRINTS}, got ${thumbprints.length}`, scope);
  }
  const literal = thumbprints.filter((thumbprint) => !Token.isUnresolved(thumbprint));
  for (const thumbprint of literal) {
    if (thumbprint.length !== THUMBPRINT_LENGTH) {
      throw new ValidationError(`The length of a thumbprint must be ${THUMBPRINT_LENGTH} characters, `
        + `got ${thumbprint.length} for '${thumbprint}'`, scope);
    }
  }
  for (const thumbprint of literal) {
    if (!HEXADECIMAL.test(thumbprint)) {
      throw new ValidationError(`All thumbprints must be in hexadecimal format, got '${thumbprint}'`, scope);
    }
  }
}
