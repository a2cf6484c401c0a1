import type { Node } from 'constructs';
import type * as iam from '../../aws-iam';
import { ValidationError } from '../../core';
import { Architecture } from '../architecture';
import { FunctionBase, IFunction } from '../function-base';
import type { Alias, AliasOptions } from '../alias';
import type { IVersion } from '../lambda-version';
import type { VersionReference } from '../lambda.generated';
import { addAlias } from './add-alias';

/**
 * The `$LATEST` version of a function: the unqualified function under a qualified name. Lambda does not allow
 * permissions on it, so `addPermission` only warns.
 */
export class LatestVersion extends FunctionBase implements IVersion {
  public readonly lambda: IFunction;
  public readonly version = '$LATEST';
  public readonly permissionsNode: Node = this.node;
  protected readonly canCreatePermissions = false;

  constructor(lambda: FunctionBase) {
    super(lambda, '$LATEST');
    this.lambda = lambda;
  }

  /** $LATEST is its own latest version. */
  public override get latestVersion(): IVersion {
    return this;
  }

  public get functionArn(): string {
    return `${this.lambda.functionArn}:${this.version}`;
  }

  public get functionName(): string {
    return `${this.lambda.functionName}:${this.version}`;
  }

  public get architecture(): Architecture {
    return this.lambda.architecture;
  }

  public get grantPrincipal(): iam.IPrincipal {
    return this.lambda.grantPrincipal;
  }

  public get role(): iam.IRole | undefined {
    return this.lambda.role;
  }

  public get resourceArnsForGrantInvoke(): string[] {
    return [this.functionArn];
  }

  public get versionRef(): VersionReference {
    return { functionArn: this.functionArn };
  }

  public get edgeArn(): never {
    throw new ValidationError('$LATEST cannot be used with Lambda@Edge: use a published version (fn.currentVersion)', this);
  }

  /**
   * Define an alias (a child construct named `Alias<aliasName>`) that points at `$LATEST`.
   * @deprecated use `new Alias()` with `version: fn.latestVersion`
   */
  public addAlias(aliasName: string, options: AliasOptions = {}): Alias {
    return addAlias(this, this, aliasName, options);
  }
}
