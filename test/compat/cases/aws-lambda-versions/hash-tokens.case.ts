import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** currentVersion logical IDs when version-locked properties hold tokens: they hash as their CloudFormation intrinsics. */
export function build(app: cdk.App): void {
  const shared = new cdk.Stack(app, 'HashTokensShared');
  const sharedRole = new iam.Role(shared, 'SharedRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const stack = new cdk.Stack(app, 'HashTokens');
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function => {
    const f = new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => 1;'),
      ...props,
    });
    void f.currentVersion;
    return f;
  };
  const stage = new cdk.CfnParameter(stack, 'Stage', { default: 'dev' });
  const memory = new cdk.CfnParameter(stack, 'Memory', { type: 'Number', default: 256 });
  const queue = new sqs.Queue(stack, 'Queue');

  fn('EnvParameter', { environment: { STAGE: stage.valueAsString } });
  fn('EnvPseudo', { environment: { REGION: cdk.Aws.REGION, TABLE: `table-${cdk.Aws.ACCOUNT_ID}-${cdk.Aws.REGION}` } });
  fn('EnvResource', { environment: { QUEUE_URL: queue.queueUrl, QUEUE_ARN: queue.queueArn } });
  fn('EnvLazy', { environment: { LAZY: cdk.Lazy.string({ produce: () => 'produced late' }) } });
  fn('DescriptionToken', { description: `${cdk.Aws.STACK_NAME} handler` });
  fn('MemoryToken', { memorySize: memory.valueAsNumber });
  fn('NameToken', { functionName: `${stage.valueAsString}-handler` });
  fn('CrossStackRole', { role: sharedRole });
}
