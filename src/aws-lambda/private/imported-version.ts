import type { Construct } from 'constructs';
import type * as iam from '../../aws-iam';
import type { Alias, AliasOptions } from '../alias';
import { Architecture } from '../architecture';
import { IFunction, QualifiedFunctionBase } from '../function-base';
import type { IVersion } from '../lambda-version';
import type { VersionReference } from '../lambda.generated';
import { addAlias } from './add-alias';

/** How an imported version is known. */
export interface ImportedVersionProps {
  /** The function it is a version of. */
  readonly lambda: IFunction;
  /** The version number (may be a token). */
  readonly version: string;
  /** The qualified ARN. */
  readonly functionArn: string;
  /** `<function name>:<version>`. */
  readonly functionName: string;
}

/**
 * A version defined outside this app. Permissions can be added to it only when its stack's account is known and is
 * the account of its ARN.
 */
export class ImportedVersion extends QualifiedFunctionBase implements IVersion {
  public readonly version: string;
  public readonly lambda: IFunction;
  public readonly functionArn: string;
  public readonly functionName: string;
  public readonly architecture: Architecture;
  protected readonly qualifier: string;
  protected readonly canCreatePermissions: boolean;

  constructor(scope: Construct, id: string, props: ImportedVersionProps) {
    super(scope, id);
    this.lambda = props.lambda;
    this.version = props.version;
    this.functionArn = props.functionArn;
    this.functionName = props.functionName;
    this.architecture = props.lambda.architecture;
    this.qualifier = props.version;
    this.canCreatePermissions = this._isStackAccount();
  }

  public get grantPrincipal(): iam.IPrincipal {
    return this.lambda.grantPrincipal;
  }

  public get role(): iam.IRole | undefined {
    return this.lambda.role;
  }

  public get versionRef(): VersionReference {
    return { functionArn: this.functionArn };
  }

  /** The qualified ARN: an imported version is not checked for Lambda@Edge. */
  public get edgeArn(): string {
    return this.functionArn;
  }

  public addAlias(aliasName: string, options: AliasOptions = {}): Alias {
    return addAlias(this, this, aliasName, options);
  }
}
