import { Construct } from 'constructs';
import { Effect, PolicyDocument, PolicyStatement, StarPrincipal } from '../aws-iam';
import { Resource } from '../core';
import { CfnTopicPolicy } from './sns.generated';
import type { ITopic } from './topic-base';

/** Construction properties for a topic policy. */
export interface TopicPolicyProps {
  /** The topics the policy applies to. */
  readonly topics: ITopic[];

  /**
   * The policy document to start from (its statements keep their own Sids).
   * @default - an empty document whose statements get their index as Sid
   */
  readonly policyDocument?: PolicyDocument;

  /**
   * Whether the policy denies publishing without TLS.
   * @default false
   */
  readonly enforceSSL?: boolean;
}

/** The resource policy of one or more topics (`AWS::SNS::TopicPolicy`). Usually made by `addToResourcePolicy`. */
export class TopicPolicy extends Resource {
  /** The policy document; add statements to it. */
  public readonly document: PolicyDocument;

  constructor(scope: Construct, id: string, props: TopicPolicyProps) {
    super(scope, id);
    this.document = props.policyDocument ?? new PolicyDocument({ assignSids: true });
    if (props.enforceSSL) {
      this.document.addStatements(sslOnlyStatement(props.topics));
    }
    new CfnTopicPolicy(this, 'Resource', {
      policyDocument: this.document,
      topics: props.topics.map(topic => topic.topicArn),
    });
  }
}

/** Denies publishing over plain HTTP; the principal is the bare "*" (StarPrincipal), as aws-cdk-lib renders it. */
function sslOnlyStatement(topics: ITopic[]): PolicyStatement {
  return new PolicyStatement({
    sid: 'AllowPublishThroughSSLOnly',
    actions: ['sns:Publish'],
    effect: Effect.DENY,
    resources: topics.map(topic => topic.topicArn),
    conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    principals: [new StarPrincipal()],
  });
}

