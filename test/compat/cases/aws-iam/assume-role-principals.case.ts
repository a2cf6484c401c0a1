import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Every principal type in a trust policy, and external IDs. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'TrustPolicies');
  const principals: { [id: string]: iam.IPrincipal } = {
    Service: new iam.ServicePrincipal('lambda.amazonaws.com'),
    ShortService: new iam.ServicePrincipal('states'),
    StaticService: iam.ServicePrincipal.fromStaticServicePrincipleName('custom.example.com'),
    Account: new iam.AccountPrincipal('123456789012'),
    AccountRoot: new iam.AccountRootPrincipal(),
    Arn: new iam.ArnPrincipal('arn:aws:iam::123456789012:user/alice'),
    Organization: new iam.OrganizationPrincipal('o-abcdef1234'),
    Any: new iam.AnyPrincipal(),
    Star: new iam.StarPrincipal(),
    Federated: new iam.FederatedPrincipal('arn:aws:iam::123456789012:saml-provider/corp', { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }, 'sts:AssumeRoleWithSAML'),
    WebIdentity: new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } }),
    CanonicalUser: new iam.CanonicalUserPrincipal('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'),
    InOrganization: new iam.ArnPrincipal('arn:aws:iam::123456789012:root').inOrganization('o-abcdef1234'),
  };
  for (const id of Object.keys(principals)) {
    new iam.Role(stack, id, { assumedBy: principals[id] });
  }
  new iam.Role(stack, 'OneExternalId', { assumedBy: new iam.AccountPrincipal('123456789012'), externalIds: ['secret'] });
  new iam.Role(stack, 'TwoExternalIds', { assumedBy: new iam.AccountPrincipal('123456789012'), externalIds: ['a', 'b'] });

  const extended = new iam.Role(stack, 'Extended', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  extended.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
    actions: ['sts:AssumeRole'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:role/admin')],
  }));
}
