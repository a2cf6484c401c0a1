import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Alias: every prop (weighted routing, provisioned concurrency, async options), attributes, grants, metrics, imports. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Aliases');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const out = (id: string, value: string) => new cdk.CfnOutput(stack, id, { value });
  const previous = new lambda.Version(stack, 'Previous', { lambda: fn, description: 'previous' });
  const older = new lambda.Version(stack, 'Older', { lambda: fn, description: 'older' });

  const prod = fn.addAlias('prod', {
    description: 'production',
    provisionedConcurrentExecutions: 2,
    additionalVersions: [{ version: previous, weight: 0.1 }, { version: older, weight: 0.05 }],
    retryAttempts: 0,
    maxEventAge: cdk.Duration.minutes(5),
  });
  const latest = new lambda.Alias(stack, 'LatestAlias', { aliasName: 'edge-of-latest', version: fn.latestVersion });
  new lambda.Alias(stack, 'NoRouting', { aliasName: 'plain', version: previous, additionalVersions: [], provisionedConcurrentExecutions: 0 });
  out('ProdArn', prod.functionArn);
  out('ProdName', prod.functionName);
  out('ProdAliasName', prod.aliasName);
  out('ProdVersion', prod.version.version);
  out('LatestAliasArn', latest.functionArn);

  const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  prod.grantInvoke(role);
  prod.grantInvoke(new iam.ServicePrincipal('apigateway.amazonaws.com'));
  prod.addPermission('Org', { principal: new iam.OrganizationPrincipal('o-1234567890') });
  new cloudwatch.Alarm(stack, 'ProdErrors', { metric: prod.metricErrors(), threshold: 1, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'ProdCustom', {
    metric: prod.metric('Throttles', { dimensionsMap: { FunctionName: fn.functionName } }), threshold: 1, evaluationPeriods: 1,
  });

  const imported = lambda.Alias.fromAliasAttributes(stack, 'Imported', { aliasName: 'blue', aliasVersion: previous });
  out('ImportedArn', imported.functionArn);
  out('ImportedName', imported.functionName);
  imported.grantInvoke(role);
  new cloudwatch.Alarm(stack, 'ImportedInvocations', { metric: imported.metricInvocations(), threshold: 1, evaluationPeriods: 1 });
}
