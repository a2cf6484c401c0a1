import { DependencyGroup, IConstruct } from 'constructs';
import { Annotations, Stack, ValidationError } from '../core';
import { AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment } from './principal-base';
import type { PolicyStatement } from './policy-statement';

/** Properties for an UnknownPrincipal. */
export interface UnknownPrincipalProps {
  /** The resource the role proxy is for. */
  readonly resource: IConstruct;
}

/**
 * A principal for use in resources that need to have a role but it's unknown (e.g. an imported resource whose
 * role is not given). Statements granted to it are reported as warnings on the resource, for the user to add.
 */
export class UnknownPrincipal implements IPrincipal {
  public readonly assumeRoleAction: string = 'sts:AssumeRole';
  public readonly grantPrincipal: IPrincipal;
  private readonly resource: IConstruct;

  constructor(props: UnknownPrincipalProps) {
    this.resource = props.resource;
    this.grantPrincipal = this;
  }

  public get policyFragment(): PrincipalPolicyFragment {
    throw new ValidationError(`Cannot get policy fragment of ${this.resource.node.path}, resource imported without a role`, this.resource);
  }

  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    const statementJson = JSON.stringify(Stack.of(this.resource).resolve(statement.toStatementJson()));
    Annotations.of(this.resource).addWarningV2('@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole',
      `Add statement to this resource's role: ${statementJson}`);
    // Reported as added: the warning tells the user to add it to the role they manage themselves.
    return { statementAdded: true, policyDependable: new DependencyGroup() };
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }
}
