import * as cdk from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';

/** Scheduled actions of every schedule kind (cron, rate, at, expression), with time zones, start and end times. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ScheduledScaling');
  const target = new appscaling.ScalableTarget(stack, 'Target', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    scalableDimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: 'function:my-function:live',
    minCapacity: 1,
    maxCapacity: 50,
  });

  target.scaleOnSchedule('MorningCron', { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 10 });
  target.scaleOnSchedule('WeekdayCron', {
    schedule: appscaling.Schedule.cron({ minute: '30', hour: '18', weekDay: 'MON-FRI' }),
    maxCapacity: 5,
    timeZone: cdk.TimeZone.EUROPE_LONDON,
  });
  target.scaleOnSchedule('MonthlyCron', { schedule: appscaling.Schedule.cron({ minute: '0', hour: '0', day: 'L', month: '*/2', year: '2030' }), minCapacity: 2 });
  target.scaleOnSchedule('HourlyNoMinute', { schedule: appscaling.Schedule.cron({ hour: '*/3' }), minCapacity: 3 });
  target.scaleOnSchedule('EveryTwoHours', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(2)), maxCapacity: 20 });
  target.scaleOnSchedule('EveryDay', { schedule: appscaling.Schedule.rate(cdk.Duration.minutes(1440)), minCapacity: 1 });
  target.scaleOnSchedule('Every90Minutes', { schedule: appscaling.Schedule.rate(cdk.Duration.minutes(90)), minCapacity: 1 });
  target.scaleOnSchedule('EveryMinute', { schedule: appscaling.Schedule.rate(cdk.Duration.seconds(60)), minCapacity: 1 });
  target.scaleOnSchedule('Once', {
    schedule: appscaling.Schedule.at(new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 678))),
    minCapacity: 2,
    maxCapacity: 3,
    timeZone: cdk.TimeZone.AMERICA_NEW_YORK,
  });
  target.scaleOnSchedule('Raw', {
    schedule: appscaling.Schedule.expression('cron(0 12 * * ? *)'),
    minCapacity: 0,
    startTime: new Date(Date.UTC(2030, 1, 1)),
    endTime: new Date(Date.UTC(2031, 1, 1, 12, 30)),
    timeZone: cdk.TimeZone.of('Asia/Tokyo'),
  });

  const minutes = new cdk.CfnParameter(stack, 'Minutes', { type: 'Number' });
  target.scaleOnSchedule('TokenRate', { schedule: appscaling.Schedule.rate(cdk.Duration.minutes(minutes.valueAsNumber)), minCapacity: 4 });
  target.scaleOnSchedule('TokenCron', { schedule: appscaling.Schedule.cron({ minute: '0', hour: minutes.valueAsString }), minCapacity: 4 });
}
