import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** The seed's Singleton Function, as examples/lambda-singleton/app.ts writes it: two Notifiers, one function. */
class Notifier extends Construct {
  public readonly handler: lambda.SingletonFunction;

  constructor(scope: Construct, id: string, timeout: cdk.Duration) {
    super(scope, id);
    this.handler = new lambda.SingletonFunction(this, 'Handler', {
      uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc',
      lambdaPurpose: 'Notifier',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => "notified";'),
      timeout,
    });
  }
}

export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LambdaSingleton');
  const first = new Notifier(stack, 'First', cdk.Duration.seconds(30));
  const second = new Notifier(stack, 'Second', cdk.Duration.seconds(60));
  first.handler.addEnvironment('FIRST', '1');
  second.handler.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
}
