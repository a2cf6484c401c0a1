import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * currentVersion logical IDs with escape hatches: overrides of locked, unlocked and classified properties, deletions,
 * null values, and invalidateVersionBasedOn.
 */
export function build(app: cdk.App): void {
  // Unique names: the classification is global to the process.
  lambda.Function.classifyVersionProperty('CompatCaseLockedProperty', true);
  lambda.Function.classifyVersionProperty('CompatCaseUnlockedProperty', false);

  const stack = new cdk.Stack(app, 'HashOverrides');
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}): { f: lambda.Function; cfn: lambda.CfnFunction } => {
    const f = new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => 1;'),
      ...props,
    });
    void f.currentVersion;
    return { f, cfn: f.node.defaultChild as lambda.CfnFunction };
  };

  fn('OverrideLocked').cfn.addPropertyOverride('MemorySize', 2048);
  fn('OverrideNested', { environment: { B: 'b' } }).cfn.addPropertyOverride('Environment.Variables.A', 'a');
  fn('OverrideUnlocked').cfn.addPropertyOverride('ReservedConcurrentExecutions', 3);
  fn('OverrideNull').cfn.addPropertyOverride('Timeout', null);
  fn('DeleteLocked', { description: 'removed again' }).cfn.addPropertyDeletionOverride('Description');
  fn('ClassifiedLocked').cfn.addPropertyOverride('CompatCaseLockedProperty', 'x');
  fn('ClassifiedUnlocked').cfn.addPropertyOverride('CompatCaseUnlockedProperty', 'x');
  fn('UnknownNull').cfn.addPropertyOverride('CompatCaseUnknownProperty', null);
  fn('OverriddenFunctionLogicalId').cfn.overrideLogicalId('RenamedFunction');
  fn('Invalidated').f.invalidateVersionBasedOn('2024-06-01');
  const twice = fn('InvalidatedTwice').f;
  twice.invalidateVersionBasedOn('a');
  twice.invalidateVersionBasedOn('b');
}
