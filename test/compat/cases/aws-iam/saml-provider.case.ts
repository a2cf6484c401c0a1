import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** SamlProvider (named and unnamed), imported providers, and roles trusting them through SAML principals. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Saml');
  const metadata = `<EntityDescriptor entityID="https://idp.example.com">${'<KeyDescriptor/>'.repeat(70)}</EntityDescriptor>`;
  const provider = new iam.SamlProvider(stack, 'Provider', {
    metadataDocument: iam.SamlMetadataDocument.fromXml(metadata),
    name: 'corporate-idp_1.0',
  });
  const unnamed = new iam.SamlProvider(stack, 'Unnamed', { metadataDocument: iam.SamlMetadataDocument.fromXml(metadata) });
  const imported = iam.SamlProvider.fromSamlProviderArn(stack, 'Imported', 'arn:aws:iam::123456789012:saml-provider/okta');

  new iam.Role(stack, 'Console', { assumedBy: new iam.SamlConsolePrincipal(provider) });
  new iam.Role(stack, 'ConsoleWithConditions', {
    assumedBy: new iam.SamlConsolePrincipal(unnamed, {
      Bool: { 'aws:SecureTransport': 'true' },
      StringEquals: { 'SAML:iss': 'dropped' },
      StringLike: { 'SAML:sub': 'admin-*' },
    }),
  });
  new iam.Role(stack, 'Programmatic', {
    assumedBy: new iam.SamlPrincipal(imported, { StringEquals: { 'SAML:iss': 'https://okta.example.com' } }),
  });
  new iam.Role(stack, 'Composite', {
    assumedBy: new iam.CompositePrincipal(new iam.SamlConsolePrincipal(imported), new iam.ServicePrincipal('lambda.amazonaws.com')),
  });
  new cdk.CfnOutput(stack, 'ProviderArn', { value: provider.samlProviderArn });
  new cdk.CfnOutput(stack, 'ProviderRefArn', { value: unnamed.samlProviderRef.samlProviderArn });
  new cdk.CfnOutput(stack, 'ImportedArn', { value: imported.samlProviderArn });
}
