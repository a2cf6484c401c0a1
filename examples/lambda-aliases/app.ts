// Seed example "Aliases": an alias named "live" that always points at the version of the function defined here.
// Changing the code or configuration publishes a new version and moves the alias; old versions are retained.
import * as path from 'path';
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaAliases');

const fn = new lambda.Function(stack, 'MyFunction', {
  currentVersionOptions: {
    removalPolicy: cdk.RemovalPolicy.RETAIN, // retain old versions
    retryAttempts: 1, // async retry attempts
  },
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});

fn.currentVersion.addAlias('live');
// The same without the deprecated version.addAlias(): an alias that follows fn.currentVersion.
fn.addAlias('prod');

app.synth();
