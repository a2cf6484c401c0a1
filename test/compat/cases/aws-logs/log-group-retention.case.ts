import * as cdk from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';

/** Log groups keep logs two years and are retained unless told otherwise. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LogGroups');
  const lg = new logs.LogGroup(stack, 'Default');
  new logs.LogGroup(stack, 'OneWeek', {
    logGroupName: '/aws/lambda/my-function',
    retention: logs.RetentionDays.ONE_WEEK,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  new logs.LogGroup(stack, 'Forever', { retention: logs.RetentionDays.INFINITE, logGroupClass: logs.LogGroupClass.INFREQUENT_ACCESS });

  const byName = logs.LogGroup.fromLogGroupName(stack, 'ByName', 'existing');
  const byArn = logs.LogGroup.fromLogGroupArn(stack, 'ByArn', 'arn:aws:logs:us-east-1:123456789012:log-group:other:*');
  new cdk.CfnOutput(stack, 'Arn', { value: lg.logGroupArn });
  new cdk.CfnOutput(stack, 'Name', { value: lg.logGroupName });
  new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.logGroupArn });
  new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.logGroupName });
}
