import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

/** Alarms on math expressions list the expression, then every metric it uses (depth first) at the expression's period. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CloudWatchMath', { env: { account: '111111111111', region: 'us-east-1' } });
  const metric = (name: string, extra: Partial<cloudwatch.MetricProps> = {}) =>
    new cloudwatch.Metric({ namespace: 'NS', metricName: name, ...extra });

  const errorRate = new cloudwatch.MathExpression({
    expression: 'errors / invocations * 100',
    usingMetrics: {
      errors: metric('Errors', { statistic: 'Sum', dimensionsMap: { FunctionName: 'fn' } }),
      invocations: metric('Invocations', { statistic: 'Sum', period: cdk.Duration.minutes(1), label: 'calls' }),
    },
    label: 'Error rate',
  });
  errorRate.createAlarm(stack, 'ErrorRate', { threshold: 5, evaluationPeriods: 3 });

  const inner = new cloudwatch.MathExpression({
    expression: 'a + b',
    usingMetrics: { a: metric('A'), b: metric('B', { account: '222222222222' }) },
    period: cdk.Duration.minutes(1),
  });
  const other = new cloudwatch.MathExpression({ expression: 'd * 2', usingMetrics: { d: metric('D', { statistic: 'p99' }) } });
  new cloudwatch.Alarm(stack, 'Nested', {
    metric: new cloudwatch.MathExpression({
      expression: 'x + y + c + z',
      usingMetrics: { x: inner, c: metric('C'), y: other, z: inner },
      period: cdk.Duration.minutes(10),
    }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
  });
}
