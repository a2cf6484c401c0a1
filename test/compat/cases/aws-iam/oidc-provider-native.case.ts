import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** OidcProviderNative (full, minimal, named, tagged, with removal policies), imports by ARN, issuers and OIDC trust. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'OidcNative');
  const github = new iam.OidcProviderNative(stack, 'GitHub', {
    url: 'https://token.actions.githubusercontent.com',
    clientIds: ['sts.amazonaws.com', 'other-audience'],
    thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1', '1C58A3A8518E8759BF075B76B750D4F2DF264FCD'],
    oidcProviderName: 'github-actions',
    removalPolicy: cdk.RemovalPolicy.RETAIN,
  });
  cdk.Tags.of(github).add('team', 'platform');
  const minimal = new iam.OidcProviderNative(stack, 'Minimal', { url: 'https://idp.example.com/tenants/a' });
  const empty = new iam.OidcProviderNative(stack, 'EmptyLists', {
    url: 'https://empty.example.com',
    clientIds: [],
    thumbprints: [],
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  const tokenUrl = new cdk.CfnParameter(stack, 'IdpUrl', { type: 'String' });
  const fromParameter = new iam.OidcProviderNative(stack, 'FromParameter', {
    url: tokenUrl.valueAsString,
    clientIds: [cdk.Aws.ACCOUNT_ID],
    removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
  });
  const imported = iam.OidcProviderNative.fromOidcProviderArn(stack, 'Eks',
    'arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789');
  const importedToken = iam.OidcProviderNative.fromOidcProviderArn(stack, 'FromImport', cdk.Fn.importValue('SharedOidcArn'));

  new iam.Role(stack, 'Deploy', {
    assumedBy: new iam.OpenIdConnectPrincipal(github, {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' },
    }),
  });
  new iam.Role(stack, 'Pods', { assumedBy: new iam.OpenIdConnectPrincipal(imported) });
  new iam.Role(stack, 'Either', {
    assumedBy: new iam.CompositePrincipal(new iam.OpenIdConnectPrincipal(minimal), new iam.OpenIdConnectPrincipal(importedToken)),
  });
  new cdk.CfnOutput(stack, 'GitHubArn', { value: github.oidcProviderArn });
  new cdk.CfnOutput(stack, 'GitHubIssuer', { value: github.oidcProviderIssuer });
  new cdk.CfnOutput(stack, 'EmptyRefArn', { value: empty.oidcProviderRef.oidcProviderArn });
  new cdk.CfnOutput(stack, 'ParameterIssuer', { value: fromParameter.oidcProviderIssuer });
  new cdk.CfnOutput(stack, 'EksIssuer', { value: imported.oidcProviderIssuer });
  new cdk.CfnOutput(stack, 'ImportedIssuer', { value: importedToken.oidcProviderIssuer });
}
