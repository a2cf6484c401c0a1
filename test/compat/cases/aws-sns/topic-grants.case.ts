import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';

/** grantPublish goes to the identity or the topic policy (Sids are indexes), plus key use for an encrypted topic. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'TopicGrants');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const topic = new sns.Topic(stack, 'Topic', { displayName: 'Alerts' });
  topic.grantPublish(role);
  topic.grantSubscribe(role);
  topic.grantPublish(new iam.ServicePrincipal('events.amazonaws.com'));
  topic.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'Explicit',
    actions: ['sns:GetTopicAttributes'],
    principals: [new iam.AccountRootPrincipal()],
    resources: [topic.topicArn],
  }));
  topic.grantPublish(new iam.ServicePrincipal('s3.amazonaws.com'));

  const key = new kms.Key(stack, 'Key');
  const encrypted = new sns.Topic(stack, 'Encrypted', { topicName: 'encrypted-topic', masterKey: key });
  encrypted.grantPublish(role);
  encrypted.grants.publish(new iam.ServicePrincipal('cloudwatch.amazonaws.com'));

  const ssl = new sns.Topic(stack, 'Ssl', { enforceSSL: true, signatureVersion: '2', tracingConfig: sns.TracingConfig.ACTIVE });
  ssl.grantPublish(new iam.ServicePrincipal('events.amazonaws.com'));

  const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:123456789012:external');
  imported.grantPublish(role);
  const importedEncrypted = sns.Topic.fromTopicAttributes(stack, 'ImportedEncrypted', {
    topicArn: 'arn:aws:sns:us-east-1:123456789012:external.fifo',
    keyArn: 'arn:aws:kms:us-east-1:123456789012:key/abcd',
    contentBasedDeduplication: true,
  });
  importedEncrypted.grantPublish(role);

  new cdk.CfnOutput(stack, 'TopicArn', { value: topic.topicArn });
  new cdk.CfnOutput(stack, 'TopicName', { value: topic.topicName });
  new cdk.CfnOutput(stack, 'ImportedName', { value: imported.topicName });
}
