import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** A resource with a resource policy, to see where grants land. */
class Topic extends cdk.Resource implements iam.IResourceWithPolicy {
  public readonly topicArn: string;
  private readonly policy = new iam.PolicyDocument();
  private readonly topic: cdk.CfnResource;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.topic = new cdk.CfnResource(this, 'Resource', { type: 'AWS::SNS::Topic' });
    this.topicArn = this.topic.ref;
    new cdk.CfnResource(this, 'Policy', {
      type: 'AWS::SNS::TopicPolicy',
      properties: { Topics: [this.topicArn], PolicyDocument: cdk.Lazy.any({ produce: () => (this.policy.isEmpty ? undefined : this.policy) }) },
    });
  }

  public addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.topic };
  }

  public grantPublish(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipalOrResource({ grantee, actions: ['sns:Publish'], resourceArns: [this.topicArn], resource: this });
  }
}

/** Grants to a role, a user, a group, a service principal, and a role in another account. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const topic = new Topic(stack, 'Topic');

  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const user = new iam.User(stack, 'User');
  const group = new iam.Group(stack, 'Group');
  group.addUser(user);

  const roleGrant = topic.grantPublish(role);
  topic.grantPublish(user);
  topic.grantPublish(group);
  topic.grantPublish(new iam.ServicePrincipal('events.amazonaws.com'));
  topic.grantPublish(iam.Role.fromRoleArn(stack, 'Partner', 'arn:aws:iam::222222222222:role/partner'));
  topic.grantPublish(iam.Role.fromRoleArn(stack, 'Fixed', 'arn:aws:iam::111111111111:role/fixed', { mutable: false, addGrantsToResources: true }));

  iam.Grant.addToPrincipal({ grantee: user, actions: ['s3:GetObject'], resourceArns: ['arn:aws:s3:::b/*'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } });
  iam.Grant.addToPrincipalAndResource({ grantee: role, actions: ['sns:Subscribe'], resourceArns: [topic.topicArn], resource: topic, resourceSelfArns: ['*'] });

  const consumer = new cdk.CfnResource(stack, 'Consumer', { type: 'AWS::Lambda::Function', properties: { Role: role.roleArn } });
  roleGrant.applyBefore(consumer);
  const both = roleGrant.combine(topic.grantPublish(new iam.AccountPrincipal('333333333333')));
  both.applyBefore(new cdk.CfnResource(stack, 'Waiter', { type: 'AWS::CloudFormation::WaitConditionHandle' }));
}
