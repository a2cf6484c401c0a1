// Seed example "Execution Role": the generated role (fn.role), and a role of your own that you give the
// permissions a function needs.
import * as cdk from 'lambda-cdk';
import * as iam from 'lambda-cdk/aws-iam';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaExecutionRole');

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "hi";'),
});
new cdk.CfnOutput(stack, 'GeneratedRole', { value: fn.role!.roleArn });

const myRole = new iam.Role(stack, 'My Role', {
  assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
});
new lambda.Function(stack, 'MyFunctionWithRole', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "hi";'),
  role: myRole,
});
myRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'));
myRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));

app.synth();
