import * as cdk from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The seed's first AutoScaling snippet: an alias of $LATEST, utilization tracking and a morning schedule. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LambdaAutoScalingAlias');
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const alias = new lambda.Alias(stack, 'Alias', {
    aliasName: 'prod',
    version: fn.latestVersion,
  });

  // Create AutoScaling target
  const as = alias.addAutoScaling({ maxCapacity: 50 });

  // Configure Target Tracking
  as.scaleOnUtilization({
    utilizationTarget: 0.5,
  });

  // Configure Scheduled Scaling
  as.scaleOnSchedule('ScaleUpInTheMorning', {
    schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }),
    minCapacity: 20,
  });
}
