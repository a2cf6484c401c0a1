import * as cdk from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Alias auto scaling with every utilization option, min capacity 0, schedules with time windows, and fn.addAlias. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'AliasAutoScaling');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const live = fn.addAlias('live', { provisionedConcurrentExecutions: 1 });
  const scaling = live.addAutoScaling({ minCapacity: 0, maxCapacity: 10 });
  scaling.scaleOnUtilization({
    utilizationTarget: 0.9,
    policyName: 'keep-warm',
    disableScaleIn: true,
    scaleInCooldown: cdk.Duration.minutes(5),
    scaleOutCooldown: cdk.Duration.seconds(30),
  });
  scaling.scaleOnSchedule('Weekdays', {
    schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '7', minute: '30' }),
    minCapacity: 5,
    maxCapacity: 10,
    startTime: new Date(Date.UTC(2030, 0, 1)),
    endTime: new Date(Date.UTC(2030, 11, 31)),
  });
  scaling.scaleOnSchedule('Rate', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(6)), minCapacity: 1 });
}
