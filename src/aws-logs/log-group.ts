import { Construct } from 'constructs';
import {
  Arn, ArnFormat, RemovalPolicy, Resource, ResourceProps, Stack, Token, ValidationError,
} from '../core';
import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import type { ILogGroupRef, LogGroupReference } from '../interfaces/generated/aws-logs-interfaces.generated';
import { CfnLogGroup } from './logs.generated';
import { ResourcePolicy } from './resource-policy';
import { LogGroupClass, RetentionDays } from './retention-days';

/** A CloudWatch Logs log group. */
export interface ILogGroup extends iam.IResourceWithPolicy, ILogGroupRef {
  /**
   * The ARN of this log group, with `:*` appended (the form IAM policies need for its streams).
   * @attribute
   */
  readonly logGroupArn: string;

  /**
   * The name of this log group.
   * @attribute
   */
  readonly logGroupName: string;

  /** Give permissions to write to this log group and its streams. */
  grantWrite(grantee: iam.IGrantable): iam.Grant;

  /** Give permissions to read and filter events from this log group. */
  grantRead(grantee: iam.IGrantable): iam.Grant;

  /** Give the given permissions on this log group and its streams. */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /** The physical name of this log group (a token when it is generated). */
  logGroupPhysicalName(): string;
}

/** Properties of a log group. */
export interface LogGroupProps {
  /**
   * The KMS key to encrypt the log group with.
   * @default - server-side encryption managed by CloudWatch Logs
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Name of the log group.
   * @default - CloudFormation generates a name
   */
  readonly logGroupName?: string;

  /**
   * How long to keep the log events; `RetentionDays.INFINITE` keeps them forever.
   * @default RetentionDays.TWO_YEARS
   */
  readonly retention?: RetentionDays;

  /**
   * The class of the log group.
   * @default LogGroupClass.STANDARD (by CloudWatch Logs; not rendered)
   */
  readonly logGroupClass?: LogGroupClass;

  /**
   * What happens to the log group when it is removed from the stack or replaced.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

const WRITE_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];
const READ_ACTIONS = [
  'logs:FilterLogEvents', 'logs:GetLogEvents', 'logs:GetLogGroupFields', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams',
];

/** What owned and imported log groups share: grants and the resource policy. */
abstract class LogGroupBase extends Resource implements ILogGroup {
  public abstract readonly logGroupArn: string;
  public abstract readonly logGroupName: string;

  private policy?: ResourcePolicy;

  /** The ARN of the log group itself, without the `:*` that `logGroupArn` has. */
  protected abstract get arnWithoutSuffix(): string;

  public get logGroupRef(): LogGroupReference {
    return { logGroupName: this.logGroupName, logGroupArn: this.logGroupArn };
  }

  public grantWrite(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipalOrResource({
      grantee, actions: WRITE_ACTIONS, resourceArns: [this.logGroupArn], resource: this,
    });
  }

  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, ...READ_ACTIONS);
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return iam.Grant.addToPrincipalOrResource({
      grantee, actions, resourceArns: [this.arnWithoutSuffix, this.logGroupArn], resource: this,
    });
  }

  public logGroupPhysicalName(): string {
    return this.physicalName;
  }

  /**
   * Add a statement to the CloudWatch Logs resource policy of this log group (created on first use).
   *
   * CloudWatch Logs resource policies name AWS principals by account id, so each AWS principal is replaced by its
   * account.
   */
  public addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    if (!this.policy) {
      this.policy = new ResourcePolicy(this, 'Policy');
    }
    this.policy.document.addStatements(statement.copy({
      principals: statement.principals.map(principal => principalByAccount(principal)),
    }));
    return { statementAdded: true, policyDependable: this.policy };
  }
}

/**
 * The principal named by its account id: its own account when it knows it (roles, users, account principals),
 * else the account field of its ARN. Principals without an account (services, `*`) are kept.
 */
function principalByAccount(principal: iam.IPrincipal): iam.IPrincipal {
  const account = principal.principalAccount;
  if (account !== undefined && account !== null) {
    return new iam.ArnPrincipal(account);
  }
  if (principal instanceof iam.ArnPrincipal && (Token.isUnresolved(principal.arn) || principal.arn.startsWith('arn:'))) {
    const arnAccount = Arn.split(principal.arn, ArnFormat.SLASH_RESOURCE_NAME).account;
    if (arnAccount) {
      return new iam.ArnPrincipal(arnAccount);
    }
  }
  return principal;
}

/**
 * A CloudWatch Logs log group.
 *
 * @resource AWS::Logs::LogGroup
 */
export class LogGroup extends LogGroupBase {
  /** Import a log group by its ARN (with or without the `:*` suffix). */
  public static fromLogGroupArn(scope: Construct, id: string, logGroupArn: string): ILogGroup {
    const baseArn = !Token.isUnresolved(logGroupArn) && logGroupArn.endsWith(':*') ? logGroupArn.slice(0, -2) : logGroupArn;
    return new ImportedLogGroup(scope, id, {
      baseArn,
      logGroupName: Stack.of(scope).splitArn(baseArn, ArnFormat.COLON_RESOURCE_NAME).resourceName!,
    }, { environmentFromArn: baseArn });
  }

  /** Import a log group by its name (in the environment of the scope's stack). */
  public static fromLogGroupName(scope: Construct, id: string, logGroupName: string): ILogGroup {
    const baseArn = Stack.of(scope).formatArn({
      service: 'logs', resource: 'log-group', resourceName: logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    return new ImportedLogGroup(scope, id, { baseArn, logGroupName });
  }

  public readonly logGroupArn: string;
  public readonly logGroupName: string;

  constructor(scope: Construct, id: string, props: LogGroupProps = {}) {
    super(scope, id, { physicalName: props.logGroupName });

    const retentionInDays = renderRetention(this, props.retention);
    const resource = new CfnLogGroup(this, 'Resource', {
      kmsKeyId: props.encryptionKey?.keyArn,
      logGroupClass: props.logGroupClass,
      logGroupName: this.physicalName,
      retentionInDays,
    });
    resource.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);

    this.logGroupArn = this.getResourceArnAttribute(resource.attrArn, {
      service: 'logs', resource: 'log-group', resourceName: this.physicalName, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.logGroupName = this.getResourceNameAttribute(resource.ref);
  }

  protected get arnWithoutSuffix(): string {
    return Stack.of(this).formatArn({
      service: 'logs', resource: 'log-group', resourceName: this.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  }
}

/** The retention in days, or none for logs kept forever. */
function renderRetention(scope: Construct, retention: RetentionDays | undefined): number | undefined {
  const days = retention ?? RetentionDays.TWO_YEARS;
  if (days === RetentionDays.INFINITE) { return undefined; }
  if (!Token.isUnresolved(days) && days <= 0) {
    throw new ValidationError(`retentionInDays must be positive, got ${days}`, scope);
  }
  return days;
}

interface ImportedLogGroupAttributes {
  /** The ARN without the `:*` suffix. */
  readonly baseArn: string;
  readonly logGroupName: string;
}

/** A log group defined outside this app. */
class ImportedLogGroup extends LogGroupBase {
  public readonly logGroupArn: string;
  public readonly logGroupName: string;
  private readonly baseArn: string;

  constructor(scope: Construct, id: string, attrs: ImportedLogGroupAttributes, props: ResourceProps = {}) {
    super(scope, id, props);
    this.baseArn = attrs.baseArn;
    this.logGroupArn = `${attrs.baseArn}:*`;
    this.logGroupName = attrs.logGroupName;
  }

  protected get arnWithoutSuffix(): string {
    return this.baseArn;
  }
}

