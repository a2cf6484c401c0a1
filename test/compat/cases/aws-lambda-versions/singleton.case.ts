import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** A construct that needs one helper function per stack. */
class Notifier extends Construct {
  public readonly handler: lambda.SingletonFunction;

  constructor(scope: Construct, id: string, timeoutSeconds: number) {
    super(scope, id);
    this.handler = new lambda.SingletonFunction(this, 'Handler', {
      uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc',
      lambdaPurpose: 'Notifier',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => "notified";'),
      timeout: cdk.Duration.seconds(timeoutSeconds),
    });
  }
}

/** SingletonFunction: declared several times, rendered once at the stack root; every member forwards to that function. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Singleton');
  const first = new Notifier(stack, 'First', 30);
  const second = new Notifier(stack, 'Second', 60);
  first.handler.addEnvironment('FIRST', '1');
  second.handler.addEnvironment('SECOND', '2');
  second.handler.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  first.handler.grantInvoke(new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() }));
  first.handler.addPermission('Account', { principal: new iam.AccountPrincipal('123456789012') });
  first.handler.addDependency(new sqs.Queue(stack, 'Before'));
  second.handler.dependOn(new sqs.Queue(stack, 'After'));
  second.handler.addLayers(lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:x:1'));
  second.handler.currentVersion.addAlias('live');
  first.handler.configureAsyncInvoke({ retryAttempts: 0 });
  new cdk.CfnOutput(stack, 'FunctionArn', { value: first.handler.functionArn });
  new cdk.CfnOutput(stack, 'SameFunction', { value: String(first.handler.functionName === second.handler.functionName) });

  // Another uuid, default purpose: another function.
  new lambda.SingletonFunction(stack, 'Other', {
    uuid: 'abc-123',
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(e, c): return 1'),
  });
}
