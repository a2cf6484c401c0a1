// Seed example "Singleton Function": a construct that needs one helper function per stack declares it as a
// SingletonFunction with a fixed uuid; however many times the construct is used, the stack gets one function.
import * as cdk from 'lambda-cdk';
import * as iam from 'lambda-cdk/aws-iam';
import * as lambda from 'lambda-cdk/aws-lambda';
import { Construct } from 'constructs';

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
      // Only the first declaration's props count.
      timeout,
    });
  }
}

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaSingleton');

const first = new Notifier(stack, 'First', cdk.Duration.seconds(30));
const second = new Notifier(stack, 'Second', cdk.Duration.seconds(60));
first.handler.addEnvironment('FIRST', '1');
second.handler.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));

app.synth();
