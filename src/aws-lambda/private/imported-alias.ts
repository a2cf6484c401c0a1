import type { Construct } from 'constructs';
import type * as iam from '../../aws-iam';
import type { AliasAttributes, IAlias } from '../alias';
import { Architecture } from '../architecture';
import { IFunction, QualifiedFunctionBase } from '../function-base';
import type { IVersion } from '../lambda-version';
import type { AliasReference } from '../lambda.generated';

/**
 * An alias defined outside this app. Permissions can be added to it only when its stack's account is known and is
 * the account of its ARN.
 */
export class ImportedAlias extends QualifiedFunctionBase implements IAlias {
  public readonly aliasName: string;
  public readonly version: IVersion;
  public readonly lambda: IFunction;
  public readonly functionArn: string;
  public readonly functionName: string;
  public readonly architecture: Architecture;
  protected readonly qualifier: string;
  protected readonly canCreatePermissions: boolean;

  constructor(scope: Construct, id: string, attrs: AliasAttributes) {
    super(scope, id);
    this.aliasName = attrs.aliasName;
    this.version = attrs.aliasVersion;
    this.lambda = attrs.aliasVersion.lambda;
    this.functionArn = `${this.lambda.functionArn}:${attrs.aliasName}`;
    this.functionName = `${this.lambda.functionName}:${attrs.aliasName}`;
    this.architecture = this.lambda.architecture;
    this.qualifier = attrs.aliasName;
    this.canCreatePermissions = this._isStackAccount();
  }

  public get grantPrincipal(): iam.IPrincipal {
    return this.version.grantPrincipal;
  }

  public get role(): iam.IRole | undefined {
    return this.version.role;
  }

  public get aliasRef(): AliasReference {
    return { aliasArn: this.functionArn };
  }
}
