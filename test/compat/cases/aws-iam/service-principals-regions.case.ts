import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Service principal names in different partitions, short names and partition-specific names. */
export function build(app: cdk.App): void {
  for (const [id, region] of [['China', 'cn-north-1'], ['GovCloud', 'us-gov-west-1'], ['Iso', 'us-iso-east-1'], ['Default', undefined]] as const) {
    const stack = new cdk.Stack(app, id, region ? { env: { account: '123456789012', region } } : {});
    new iam.Role(stack, 'Lambda', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new iam.Role(stack, 'States', { assumedBy: new iam.ServicePrincipal('states') });
    new iam.Role(stack, 'ChinaName', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com.cn') });
    new iam.Role(stack, 'IsoName', { assumedBy: new iam.ServicePrincipal('logs.c2s.ic.gov') });
    new iam.Role(stack, 'OptIn', { assumedBy: new iam.ServicePrincipal('logs', { region: 'af-south-1' }) });
    new iam.Role(stack, 'Static', { assumedBy: iam.ServicePrincipal.fromStaticServicePrincipleName('lambda.amazonaws.com.cn') });
    new cdk.CfnOutput(stack, 'Name', { value: iam.ServicePrincipal.servicePrincipalName('codedeploy') });
  }
}
