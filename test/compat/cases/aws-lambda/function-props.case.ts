import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Every plain FunctionProps value renders into the AWS::Lambda::Function properties. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'FunctionProps');
  const key = new kms.Key(stack, 'EnvKey');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.PYTHON_3_13,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(e, c): pass'),
    description: 'a described function',
    timeout: cdk.Duration.minutes(2),
    memorySize: 1024,
    environment: { ZED: 'last', ALPHA: 'first', REGION: stack.region },
    functionName: 'my-function_name',
    ephemeralStorageSize: cdk.Size.gibibytes(2),
    environmentEncryption: key,
    architecture: lambda.Architecture.ARM_64,
    reservedConcurrentExecutions: 7,
    runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE,
    recursiveLoop: lambda.RecursiveLoop.ALLOW,
  });
  fn.addEnvironment('MIDDLE', 'added').addEnvironment('ZED', 'overridden');

  new lambda.Function(stack, 'Manual', {
    runtime: lambda.Runtime.JAVA_21,
    handler: 'example.Handler::handleRequest',
    code: lambda.Code.fromCfnParameters(),
    runtimeManagementMode: lambda.RuntimeManagementMode.manual('arn:aws:lambda:us-east-1::runtime:0123456789abcdef'),
    architecture: lambda.Architecture.X86_64,
    recursiveLoop: lambda.RecursiveLoop.TERMINATE,
    ephemeralStorageSize: cdk.Size.mebibytes(512),
  });
}
