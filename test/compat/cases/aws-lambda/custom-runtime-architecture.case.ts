import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** A runtime and an architecture this library does not know are rendered as given; event sources are bound. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CustomRuntimeArchitecture');
  const runtime = new lambda.Runtime('provided.al2099', lambda.RuntimeFamily.OTHER);
  const permissionSource: lambda.IEventSource = {
    bind: (target) => target.addPermission('FromSource', { principal: new iam.ServicePrincipal('iot.amazonaws.com'), sourceAccount: '123456789012' }),
  };
  new lambda.Function(stack, 'Fn', {
    runtime,
    handler: 'bootstrap',
    code: lambda.Code.fromCfnParameters(),
    architecture: lambda.Architecture.custom('riscv64', 'linux/riscv64'),
    events: [permissionSource],
    description: cdk.Fn.join('-', ['built', stack.region]),
    environment: { STACK: stack.stackName, REGION: stack.region },
  });
}
