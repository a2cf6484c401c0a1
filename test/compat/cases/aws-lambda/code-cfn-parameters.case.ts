import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** CfnParametersCode creates (or uses) String parameters for the bucket and key. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CodeCfnParameters');
  const created = lambda.Code.fromCfnParameters();
  new lambda.Function(stack, 'Created', { runtime: lambda.Runtime.JAVA_17, handler: 'a.B::handle', code: created });
  new cdk.CfnOutput(stack, 'BucketParam', { value: created.bucketNameParam });
  new cdk.CfnOutput(stack, 'KeyParam', { value: created.objectKeyParam });

  const bucketParam = new cdk.CfnParameter(stack, 'CodeBucket', { type: 'String' });
  const keyParam = new cdk.CfnParameter(stack, 'CodeKey', { type: 'String' });
  const key = new kms.Key(stack, 'Key');
  new lambda.Function(stack, 'Given', {
    runtime: lambda.Runtime.JAVA_17,
    handler: 'a.B::handle',
    code: lambda.Code.fromCfnParameters({ bucketNameParam: bucketParam, objectKeyParam: keyParam, sourceKMSKey: key }),
  });
}
