import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Function metrics (FunctionName dimension) and account-wide metrics, used in alarms. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'MetricsAlarm');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  fn.metricErrors().createAlarm(stack, 'Errors', { threshold: 1, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'SlowP99', { metric: fn.metricDuration({ statistic: 'p99' }), threshold: 1000, evaluationPeriods: 3 });
  new cloudwatch.Alarm(stack, 'Throttles', { metric: fn.metricThrottles({ period: cdk.Duration.minutes(1) }), threshold: 5, evaluationPeriods: 2 });
  new cloudwatch.Alarm(stack, 'Invocations', { metric: fn.metricInvocations(), threshold: 1000, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'Custom', { metric: fn.metric('ConcurrentExecutions', { statistic: 'Maximum' }), threshold: 50, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'AllErrors', { metric: lambda.Function.metricAllErrors(), threshold: 10, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'AllConcurrent', { metric: lambda.Function.metricAllConcurrentExecutions(), threshold: 900, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'AllUnreserved', { metric: lambda.Function.metricAllUnreservedConcurrentExecutions(), threshold: 100, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'AllDuration', { metric: lambda.Function.metricAllDuration(), threshold: 100, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'AllInvocations', { metric: lambda.Function.metricAllInvocations(), threshold: 100, evaluationPeriods: 1 });
  new cloudwatch.Alarm(stack, 'AllThrottles', { metric: lambda.Function.metricAllThrottles(), threshold: 100, evaluationPeriods: 1 });
  const imported = lambda.Function.fromFunctionName(stack, 'Imported', 'other-fn');
  new cloudwatch.Alarm(stack, 'ImportedErrors', { metric: imported.metricErrors(), threshold: 1, evaluationPeriods: 1 });
}
