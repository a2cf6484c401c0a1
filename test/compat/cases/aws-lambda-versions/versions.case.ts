import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Version: every prop, its attributes, grants and permissions, metrics, imports by ARN (literal and token) and attributes. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Versions');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const out = (id: string, value: string) => new cdk.CfnOutput(stack, id, { value });

  const full = new lambda.Version(stack, 'Full', {
    lambda: fn,
    codeSha256: 'c2hhMjU2IG9mIHRoZSBjb2Rl',
    description: 'every option',
    provisionedConcurrentExecutions: 5,
    removalPolicy: cdk.RemovalPolicy.RETAIN,
    retryAttempts: 1,
    maxEventAge: cdk.Duration.hours(2),
    minExecutionEnvironments: 1,
    maxExecutionEnvironments: 3,
  });
  new lambda.Version(stack, 'NoProvisioned', { lambda: fn, provisionedConcurrentExecutions: 0, removalPolicy: cdk.RemovalPolicy.DESTROY });
  new lambda.Version(stack, 'OnlyMax', { lambda: fn, maxExecutionEnvironments: 0 });
  out('FullArn', full.functionArn);
  out('FullName', full.functionName);
  out('FullVersion', full.version);
  out('FullEdgeArn', full.edgeArn);
  out('FullLambdaArn', full.lambda.functionArn);

  const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  full.grantInvoke(role);
  full.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
  full.addPermission('AccountInvoke', { principal: new iam.AccountPrincipal('123456789012') });
  new cloudwatch.Alarm(stack, 'Errors', { metric: full.metricErrors(), threshold: 1, evaluationPeriods: 1 });

  const literal = lambda.Version.fromVersionArn(stack, 'Literal', 'arn:aws:lambda:us-east-1:123456789012:function:other:7');
  out('LiteralArn', literal.functionArn);
  out('LiteralName', literal.functionName);
  out('LiteralVersion', literal.version);
  out('LiteralFunctionArn', literal.lambda.functionArn);
  out('LiteralFunctionName', literal.lambda.functionName);

  const parameter = new cdk.CfnParameter(stack, 'VersionArn');
  const token = lambda.Version.fromVersionArn(stack, 'Token', parameter.valueAsString);
  out('TokenName', token.functionName);
  out('TokenVersion', token.version);
  out('TokenFunctionArn', token.lambda.functionArn);

  const attrs = lambda.Version.fromVersionAttributes(stack, 'Attrs', { lambda: fn, version: '5' });
  out('AttrsArn', attrs.functionArn);
  out('AttrsName', attrs.functionName);
  out('AttrsEdgeArn', attrs.edgeArn);
  attrs.grantInvoke(role);
  // A literal version: with a token version the permission's id would hash the token's text.
  fn.grantInvokeVersion(new iam.ServicePrincipal('events.amazonaws.com'), attrs);
  new cloudwatch.Alarm(stack, 'AttrsInvocations', { metric: attrs.metricInvocations(), threshold: 1, evaluationPeriods: 1 });

  full.addAlias('deprecated-way');
  fn.latestVersion.addAlias('latest');
  out('LatestName', fn.latestVersion.functionName);
}
