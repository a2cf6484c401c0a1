import { Construct } from 'constructs';
import { Lazy, Names, Resource, Stack } from '../core';
import { PolicyDocument, PolicyStatement } from '../aws-iam';
import { CfnResourcePolicy } from './logs.generated';

/** Properties of a CloudWatch Logs resource policy. */
export interface ResourcePolicyProps {
  /**
   * Name of the resource policy.
   * @default - a name unique in the app, made from the construct path
   */
  readonly resourcePolicyName?: string;

  /**
   * Initial statements of the policy.
   * @default - none; add them to `document`
   */
  readonly policyStatements?: PolicyStatement[];
}

/**
 * A resource policy of CloudWatch Logs (which applies to the account and region, and names the log groups it is
 * about in its statements).
 *
 * @resource AWS::Logs::ResourcePolicy
 */
export class ResourcePolicy extends Resource {
  /** The policy document; add statements to it. */
  public readonly document = new PolicyDocument();

  constructor(scope: Construct, id: string, props: ResourcePolicyProps = {}) {
    super(scope, id, { physicalName: props.resourcePolicyName });

    // CloudWatch Logs takes the policy as a JSON string rather than an object. The document is written from its
    // unresolved JSON so that tokens inside it become parts of an Fn::Join.
    const stack = Stack.of(this);
    new CfnResourcePolicy(this, 'ResourcePolicy', {
      policyName: Lazy.string({ produce: () => props.resourcePolicyName ?? Names.uniqueId(this) }),
      policyDocument: Lazy.string({ produce: () => stack.toJsonString(this.document.toJSON()) }),
    });

    if (props.policyStatements) {
      this.document.addStatements(...props.policyStatements);
    }
  }
}
