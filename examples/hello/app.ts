// The seed's first example, in today's CDK v2 shape: a Function whose code is the folder lambda-handler/ (zipped
// and uploaded as an asset), and an alias "live" that always points at the current version of the function.
import * as path from 'path';
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'HelloStack', { description: 'lambda-cdk hello world' });

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN },
});
fn.currentVersion.addAlias('live');

app.synth();
