import type { ISAMLProviderRef } from './iam.generated';
import { SamlPrincipal } from './principals';

const SIGNIN_SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';

/**
 * Principal entity that represents a SAML federated identity provider for programmatic and AWS Management Console
 * access: the `SAML:aud` condition is always the AWS sign-in endpoint.
 */
export class SamlConsolePrincipal extends SamlPrincipal {
  /**
   * @param samlProvider the SAML provider
   * @param conditions the conditions under which the policy is in effect; a `StringEquals` condition is replaced by
   *   the sign-in audience check
   */
  constructor(samlProvider: ISAMLProviderRef, conditions: { [key: string]: any } = {}) {
    super(samlProvider, { ...conditions, StringEquals: { 'SAML:aud': SIGNIN_SAML_AUDIENCE } });
  }

  public override toString(): string {
    return `SamlConsolePrincipal(${this.federated})`;
  }
}
