import type { IConstruct } from 'constructs';
import { FeatureFlags, IResolvable, IResolveContext, Token, UnscopedValidationError } from '../core';
import { PolicyStatement } from './policy-statement';
import { mergeStatements } from './private/merge-statements';
import { PolicyDocumentPostProcessor } from './private/postprocess-policy-document';

/** The feature flag that makes policy documents merge compatible statements and sort their values. */
export const MINIMIZE_POLICIES_FLAG = '@aws-cdk/aws-iam:minimizePolicies';

const POLICY_VERSION = '2012-10-17';

/** Properties for a new PolicyDocument. */
export interface PolicyDocumentProps {
  /**
   * Automatically assign Statement Ids to all statements (their index, for statements without one).
   * @default false
   */
  readonly assignSids?: boolean;
  /**
   * Initial statements to add to the policy document.
   * @default - No statements
   */
  readonly statements?: PolicyStatement[];
  /**
   * Try to minimize the policy by merging statements: statements that differ only in their actions,
   * resources or principals are combined, and the values of each statement are de-duplicated and sorted.
   * @default - false, unless the feature flag `@aws-cdk/aws-iam:minimizePolicies` is set
   */
  readonly minimize?: boolean;
}

/** A PolicyDocument is a collection of statements. It renders as the JSON of an IAM policy document. */
export class PolicyDocument implements IResolvable {
  /** Creates a new PolicyDocument based on the object provided (the JSON of a policy document). */
  public static fromJson(obj: any): PolicyDocument {
    const statements = obj?.Statement;
    if (!Array.isArray(statements)) {
      throw new UnscopedValidationError(`PolicyDocument.fromJson expects a policy document with a 'Statement' list, got ${JSON.stringify(obj)}`);
    }
    return new PolicyDocument({ statements: statements.map((s: any) => PolicyStatement.fromJson(s)) });
  }

  public readonly creationStack: string[] = [];
  private readonly statements = new Array<PolicyStatement>();
  private readonly autoAssignSids: boolean;
  private readonly minimize?: boolean;

  constructor(props: PolicyDocumentProps = {}) {
    this.autoAssignSids = !!props.assignSids;
    this.minimize = props.minimize;
    if (props.statements) { this.addStatements(...props.statements); }
  }

  public resolve(context: IResolveContext): any {
    this.freezeStatements();
    const minimize = this.shouldMerge(context.scope);
    context.registerPostProcessor(new PolicyDocumentPostProcessor(this.autoAssignSids, minimize));
    return this.render(minimize ? mergeStatements(this.statements) : this.statements);
  }

  /** Whether the policy document contains any statements. */
  public get isEmpty(): boolean {
    return this.statements.length === 0;
  }

  /** The number of statements already added to this policy. */
  public get statementCount(): number {
    return this.statements.length;
  }

  /** Adds statements to the policy document. */
  public addStatements(...statements: PolicyStatement[]): void {
    this.statements.push(...statements);
  }

  /** Encode the policy document as a string (a token that resolves to the document). */
  public toString(): string {
    return Token.asString(this, { displayHint: 'PolicyDocument' });
  }

  /** JSON representation of this policy document, tokens unresolved. */
  public toJSON(): any {
    return this.render(this.statements);
  }

  /** Validate that all policy statements in the policy document satisfies the requirements for any policy. */
  public validateForAnyPolicy(): string[] {
    return this.collectErrors((s) => s.validateForAnyPolicy());
  }

  /** Validate that all policy statements in the policy document satisfies the requirements for a resource-based policy. */
  public validateForResourcePolicy(): string[] {
    return this.collectErrors((s) => s.validateForResourcePolicy());
  }

  /** Validate that all policy statements in the policy document satisfies the requirements for a trust policy. */
  public validateForTrustPolicy(): string[] {
    return this.collectErrors((s) => s.validateForTrustPolicy());
  }

  /** Validate that all policy statements in the policy document satisfies the requirements for an identity-based policy. */
  public validateForIdentityPolicy(): string[] {
    return this.collectErrors((s) => s.validateForIdentityPolicy());
  }

  /** The statements of this document as given (not merged). @internal */
  public get _statements(): readonly PolicyStatement[] {
    return this.statements;
  }

  /** Replace the statements of this document (when a role's policy is split). @internal */
  public _replaceStatements(statements: readonly PolicyStatement[]): void {
    this.statements.splice(0, this.statements.length, ...statements);
  }

  /** Whether this document merges statements when rendered in the given scope. @internal */
  public _shouldMinimize(scope: IConstruct): boolean {
    return this.shouldMerge(scope);
  }

  private shouldMerge(scope: IConstruct): boolean {
    return this.minimize ?? !!FeatureFlags.of(scope).isEnabled(MINIMIZE_POLICIES_FLAG);
  }

  private freezeStatements(): void {
    for (const statement of this.statements) { statement.freeze(); }
  }

  private render(statements: readonly PolicyStatement[]): any {
    if (statements.length === 0) { return undefined; }
    return { Statement: statements.map((s) => s.toStatementJson()), Version: POLICY_VERSION };
  }

  private collectErrors(validate: (s: PolicyStatement) => string[]): string[] {
    const errors: string[] = [];
    for (const statement of this.statements) { errors.push(...validate(statement)); }
    return errors;
  }
}
