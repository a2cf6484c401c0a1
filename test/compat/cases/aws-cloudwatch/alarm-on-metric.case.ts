import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

/** Alarms on metrics with dimensions render in the classic form; labels and other accounts need the Metrics form. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CloudWatchAlarms');
  const fn = new cdk.CfnResource(stack, 'Fn', { type: 'AWS::Lambda::Function', properties: { Handler: 'index.handler' } });

  const errors = new cloudwatch.Metric({
    namespace: 'AWS/Lambda',
    metricName: 'Errors',
    dimensionsMap: { FunctionName: fn.ref },
    statistic: cloudwatch.Stats.SUM,
    period: cdk.Duration.minutes(5),
  });
  errors.createAlarm(stack, 'ErrorsAlarm', { threshold: 1, evaluationPeriods: 1 });

  new cloudwatch.Alarm(stack, 'FullAlarm', {
    metric: new cloudwatch.Metric({ namespace: 'NS', metricName: 'M', dimensionsMap: { B: 'b', A: 'a' }, unit: cloudwatch.Unit.COUNT }),
    threshold: 5,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    alarmName: 'full-alarm',
    alarmDescription: 'every option',
    actionsEnabled: false,
  });

  new cloudwatch.Metric({ namespace: 'NS', metricName: 'Latency', statistic: 'P99', period: cdk.Duration.minutes(1) })
    .createAlarm(stack, 'PercentileAlarm', { threshold: 100, evaluationPeriods: 2 });

  new cloudwatch.Metric({ namespace: 'NS', metricName: 'Latency', statistic: 'tm(10%:90%)' })
    .createAlarm(stack, 'TrimmedMeanAlarm', { threshold: 100, evaluationPeriods: 2 });
  new cloudwatch.Metric({ namespace: 'NS', metricName: 'Latency', statistic: 'tm(10%:90%)' })
    .with({ statistic: 'avg', period: cdk.Duration.minutes(10) })
    .createAlarm(stack, 'ChangedAlarm', { threshold: 100, evaluationPeriods: 2 });

  new cloudwatch.Metric({ namespace: 'NS', metricName: 'M', label: 'labelled', statistic: 'p90', unit: cloudwatch.Unit.MILLISECONDS, dimensionsMap: { Z: 'z', Y: 'y' } })
    .createAlarm(stack, 'LabelledAlarm', { threshold: 1, evaluationPeriods: 1 });

  new cloudwatch.Metric({ namespace: 'NS', metricName: 'M', account: '222222222222' })
    .createAlarm(stack, 'OtherAccountAlarm', { threshold: 1, evaluationPeriods: 1 });

  new cloudwatch.Metric({ namespace: 'NS', metricName: 'M', statistic: 'bogus' })
    .createAlarm(stack, 'UnknownStatisticAlarm', { threshold: 1, evaluationPeriods: 1 });

  const withActions = new cloudwatch.Alarm(stack, 'ActionsAlarm', {
    metric: errors.with({ statistic: 'Maximum' }), threshold: 1, evaluationPeriods: 1,
  });
  withActions.addAlarmAction({ bind: () => ({ alarmActionArn: 'arn:aws:sns:us-east-1:111111111111:alarm' }) });
  withActions.addOkAction({ bind: () => ({ alarmActionArn: 'arn:aws:sns:us-east-1:111111111111:ok' }) });

  new cdk.CfnOutput(stack, 'AlarmArn', { value: withActions.alarmArn });
  new cdk.CfnOutput(stack, 'AlarmName', { value: withActions.alarmName });
  new cdk.CfnOutput(stack, 'AlarmRule', { value: withActions.renderAlarmRule() });
  new cdk.CfnOutput(stack, 'ImportedAlarmArn', { value: cloudwatch.Alarm.fromAlarmName(stack, 'Imported', 'other').alarmArn });
}
