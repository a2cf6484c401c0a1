import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** Logical IDs derived from construct paths: Default/Resource children, long paths, odd characters. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LogicalIds');

  new cdk.CfnResource(stack, 'TopLevel', { type: 'AWS::SNS::Topic' });

  const level1 = new Construct(stack, 'Level1');
  const level2 = new Construct(level1, 'Level2');
  new cdk.CfnResource(level2, 'Queue', { type: 'AWS::SQS::Queue' });

  // "Resource" is hidden from the readable part of the id; "Default" disappears from the path
  // altogether (Wrapper/Resource would collide with Wrapper/Default/Resource).
  const wrapper = new Construct(stack, 'Wrapper');
  new cdk.CfnResource(wrapper, 'Resource', { type: 'AWS::SQS::Queue' });
  const other = new Construct(stack, 'Other');
  const withDefault = new Construct(other, 'Default');
  new cdk.CfnResource(withDefault, 'Resource', { type: 'AWS::SQS::Queue' });
  const inner = new Construct(withDefault, 'Inner');
  new cdk.CfnResource(inner, 'Default', { type: 'AWS::SQS::Queue' });
  const resourceParent = new Construct(stack, 'Resource');
  new cdk.CfnResource(resourceParent, 'Child', { type: 'AWS::SQS::Queue' });

  // A single "Default" child directly under the stack.
  const defaultParent = new Construct(stack, 'Default');
  new cdk.CfnResource(defaultParent, 'UnderDefault', { type: 'AWS::SQS::Queue' });

  // Characters CloudFormation does not allow in logical IDs are removed from the readable part.
  const odd = new Construct(stack, 'Foo-Bar_Baz!');
  new cdk.CfnResource(odd, 'with space.and.dots', { type: 'AWS::SQS::Queue' });
  new cdk.CfnResource(stack, 'ÜnicodeÉ', { type: 'AWS::SQS::Queue' });
  new cdk.CfnResource(stack, '123StartsWithDigits', { type: 'AWS::SQS::Queue' });

  // Deep path whose readable part is far beyond 255 characters.
  let deep: Construct = stack;
  for (let i = 0; i < 12; i++) {
    deep = new Construct(deep, `VeryLongConstructIdentifierNumber${i}WithPadding`);
  }
  new cdk.CfnResource(deep, 'DeepResource', { type: 'AWS::SQS::Queue' });

  // A single id that is itself very long.
  new cdk.CfnResource(stack, 'X'.repeat(300), { type: 'AWS::SQS::Queue' });

  // Same readable part, different paths: the hash keeps them apart.
  const a = new Construct(stack, 'A');
  new cdk.CfnResource(a, 'BC', { type: 'AWS::SQS::Queue' });
  const ab = new Construct(stack, 'AB');
  new cdk.CfnResource(ab, 'C', { type: 'AWS::SQS::Queue' });
}
