import { Construct, IConstruct } from 'constructs';
import { ArnFormat, IResource, Resource, Stack, Tags, Token } from '../core';
import * as iam from '../aws-iam';
import type { IRepositoryRef, RepositoryReference } from '../interfaces/generated/aws-ecr-interfaces.generated';
import { AuthorizationToken } from './auth-token';

/** An ECR repository. */
export interface IRepository extends IResource, IRepositoryRef {
  /**
   * The name of the repository.
   * @attribute
   */
  readonly repositoryName: string;

  /**
   * The ARN of the repository.
   * @attribute
   */
  readonly repositoryArn: string;

  /**
   * The URI of this repository (represents the latest image): `ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPOSITORY`.
   * @attribute
   */
  readonly repositoryUri: string;

  /** The URI of the registry of this repository: `ACCOUNT.dkr.ecr.REGION.amazonaws.com`. */
  readonly registryUri: string;

  /** The URI of an image of this repository by tag: `...amazonaws.com/REPOSITORY[:TAG]`. */
  repositoryUriForTag(tag?: string): string;

  /** The URI of an image of this repository by digest: `...amazonaws.com/REPOSITORY[@DIGEST]`. */
  repositoryUriForDigest(digest?: string): string;

  /** The URI of an image by digest (when it starts with `sha256:`) or else by tag. */
  repositoryUriForTagOrDigest(tagOrDigest?: string): string;

  /** Add a statement to the repository's policy (only possible for repositories defined in this app). */
  addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult;

  /** Grant the given actions on this repository. */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /** Grant permissions to read the repository's images' metadata. */
  grantRead(grantee: iam.IGrantable): iam.Grant;

  /** Grant permissions to pull images (and to get an authorization token). */
  grantPull(grantee: iam.IGrantable): iam.Grant;

  /** Grant permissions to push images (and to get an authorization token). */
  grantPush(grantee: iam.IGrantable): iam.Grant;

  /** Grant permissions to pull and push images (and to get an authorization token). */
  grantPullPush(grantee: iam.IGrantable): iam.Grant;
}

const PULL_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];
const PUSH_ACTIONS = [
  'ecr:CompleteLayerUpload', 'ecr:UploadLayerPart', 'ecr:InitiateLayerUpload', 'ecr:BatchCheckLayerAvailability', 'ecr:PutImage',
];
const READ_ACTIONS = ['ecr:DescribeRepositories', 'ecr:DescribeImages'];

/** The tag ECR grants put on principals of other accounts, which the repository policy then names in a condition. */
const PRINCIPAL_TAG = 'aws-cdk:id';

/** What owned and imported repositories share: URIs and grants. */
export abstract class RepositoryBase extends Resource implements IRepository {
  /** @attribute */
  public abstract readonly repositoryName: string;
  /** @attribute */
  public abstract readonly repositoryArn: string;

  public abstract addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult;

  /** A reference to this repository. */
  public get repositoryRef(): RepositoryReference {
    return { repositoryName: this.repositoryName, repositoryArn: this.repositoryArn };
  }

  public get repositoryUri(): string {
    return this.repositoryUriForTag();
  }

  public get registryUri(): string {
    const parts = this.stack.splitArn(this.repositoryArn, ArnFormat.SLASH_RESOURCE_NAME);
    return `${parts.account}.dkr.ecr.${parts.region}.${this.stack.urlSuffix}`;
  }

  public repositoryUriForTag(tag?: string): string {
    return this.repositoryUriWithSuffix(tag ? `:${tag}` : '');
  }

  public repositoryUriForDigest(digest?: string): string {
    return this.repositoryUriWithSuffix(digest ? `@${digest}` : '');
  }

  public repositoryUriForTagOrDigest(tagOrDigest?: string): string {
    return tagOrDigest?.startsWith('sha256:') ? this.repositoryUriForDigest(tagOrDigest) : this.repositoryUriForTag(tagOrDigest);
  }

  /**
   * Grant the given actions on this repository.
   *
   * A principal of this app in another account than the repository is tagged with a unique id, and the repository
   * policy allows that account only for principals with the tag: the policy cannot name a role that may not exist
   * yet when the repository is deployed.
   */
  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    const crossAccountPrincipal = this.crossAccountPrincipal(grantee);
    if (crossAccountPrincipal) {
      return iam.Grant.addToPrincipalAndResource({
        grantee, actions, resourceArns: [this.repositoryArn], resourceSelfArns: [], resource: this,
        resourcePolicyPrincipal: crossAccountPrincipal,
      });
    }
    return iam.Grant.addToPrincipalOrResource({
      grantee, actions, resourceArns: [this.repositoryArn], resourceSelfArns: [], resource: this,
    });
  }

  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, ...READ_ACTIONS);
  }

  public grantPull(grantee: iam.IGrantable): iam.Grant {
    const grant = this.grant(grantee, ...PULL_ACTIONS);
    AuthorizationToken.grantRead(grantee);
    return grant;
  }

  public grantPush(grantee: iam.IGrantable): iam.Grant {
    const grant = this.grant(grantee, ...PUSH_ACTIONS);
    AuthorizationToken.grantRead(grantee);
    return grant;
  }

  public grantPullPush(grantee: iam.IGrantable): iam.Grant {
    const grant = this.grant(grantee, ...new Set([...PULL_ACTIONS, ...PUSH_ACTIONS]));
    AuthorizationToken.grantRead(grantee);
    return grant;
  }

  private repositoryUriWithSuffix(suffix: string): string {
    const parts = this.stack.splitArn(this.repositoryArn, ArnFormat.SLASH_RESOURCE_NAME);
    return `${parts.account}.dkr.ecr.${parts.region}.${this.stack.urlSuffix}/${this.repositoryName}${suffix}`;
  }

  /** For a principal constructed in this app in another account: the account, limited to principals with our tag. */
  private crossAccountPrincipal(grantee: iam.IGrantable): iam.IPrincipal | undefined {
    const principal = grantee.grantPrincipal;
    if (!Construct.isConstruct(principal) || !Resource.isOwnedResource(principal)) { return undefined; }
    const principalAccount = principal.principalAccount;
    if (principalAccount === undefined || sameAccount(this, this.env.account, principalAccount)) { return undefined; }

    const uniqueId = `${Stack.of(principal).stackName}_${principal.node.addr}`;
    Tags.of(principal as IConstruct).add(PRINCIPAL_TAG, uniqueId);
    return new iam.AccountPrincipal(principalAccount).withConditions({
      StringEquals: { [`aws:PrincipalTag/${PRINCIPAL_TAG}`]: uniqueId },
    });
  }
}

/**
 * Whether two accounts are the same. Account tokens count as the same when they resolve alike, which makes the
 * accounts of two environment-agnostic stacks equal.
 */
function sameAccount(scope: IConstruct, a: string, b: string): boolean {
  if (a === b) { return true; }
  if (!Token.isUnresolved(a) || !Token.isUnresolved(b)) { return false; }
  const stack = Stack.of(scope);
  return JSON.stringify(stack.resolve(a)) === JSON.stringify(stack.resolve(b));
}

/** The attributes of a repository defined outside this app. */
export interface RepositoryAttributes {
  /** The name of the repository. */
  readonly repositoryName: string;
  /** The ARN of the repository. */
  readonly repositoryArn: string;
}
