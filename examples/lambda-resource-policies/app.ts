// Seed example "Resource-based Policies": grantInvoke to a service, and the equivalent addPermission; a principal
// with source ARN and account conditions gives a permission scoped to that source.
import * as cdk from 'lambda-cdk';
import * as iam from 'lambda-cdk/aws-iam';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaResourcePolicies');

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "hi";'),
});

const principal = new iam.ServicePrincipal('my-service');
fn.grantInvoke(principal);
// Equivalent to:
fn.addPermission('my-service Invocation', { principal });

const servicePrincipal = new iam.ServicePrincipal('s3.amazonaws.com');
const sourceArn = 'arn:aws:s3:::my-bucket';
const sourceAccount = '111122223333';
const servicePrincipalWithConditions = servicePrincipal.withConditions({
  ArnLike: { 'aws:SourceArn': sourceArn },
  StringEquals: { 'aws:SourceAccount': sourceAccount },
});
fn.grantInvoke(servicePrincipalWithConditions);
// Equivalent to:
fn.addPermission('s3 Invocation', { principal: servicePrincipal, sourceArn, sourceAccount });

app.synth();
