import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';

/** The logging format, log levels and log group render into LoggingConfig. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'FunctionLogging');
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');
  const group = new logs.LogGroup(stack, 'Logs');
  new lambda.Function(stack, 'Json', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code,
    loggingFormat: lambda.LoggingFormat.JSON,
    applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG,
    systemLogLevelV2: lambda.SystemLogLevel.WARN,
    logGroup: group,
  });
  new lambda.Function(stack, 'Text', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code,
    loggingFormat: lambda.LoggingFormat.TEXT,
  });
  new lambda.Function(stack, 'Legacy', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code,
    logFormat: lambda.LogFormat.JSON,
    applicationLogLevel: 'ERROR',
    systemLogLevel: 'INFO',
  });
  new lambda.Function(stack, 'GroupOnly', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code,
    logGroup: logs.LogGroup.fromLogGroupName(stack, 'Imported', 'existing-group'),
  });
}
