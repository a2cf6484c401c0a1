import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** SnapStart on published versions for runtimes that support it. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'SnapStart');
  new lambda.Function(stack, 'Java', {
    runtime: lambda.Runtime.JAVA_21, handler: 'a.B::handle', code: lambda.Code.fromCfnParameters(),
    snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  });
  new lambda.Function(stack, 'Python', {
    runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c): pass'),
    snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS, ephemeralStorageSize: cdk.Size.mebibytes(512),
  });
}
