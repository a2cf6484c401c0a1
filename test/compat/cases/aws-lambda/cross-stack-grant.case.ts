import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** A role in another stack of the same environment is granted invoke through its own policy, via an export. */
export function build(app: cdk.App): void {
  const producer = new cdk.Stack(app, 'Producer');
  const fn = new lambda.Function(producer, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const consumer = new cdk.Stack(app, 'Consumer');
  const role = new iam.Role(consumer, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  fn.grantInvoke(role);
  fn.grantInvokeUrl(role);
}
