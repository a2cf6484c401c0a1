import type { Construct, Node } from 'constructs';
import * as iam from '../../aws-iam';
import { Arn, ArnFormat, Fn } from '../../core';
import { Architecture } from '../architecture';
import type { FunctionAttributes } from '../function';
import { FunctionBase } from '../function-base';

/** A function defined outside this app, known by its ARN. */
export class ImportedFunction extends FunctionBase {
  public readonly functionName: string;
  public readonly functionArn: string;
  public readonly grantPrincipal: iam.IPrincipal;
  public readonly role?: iam.IRole;
  public readonly permissionsNode: Node;
  public readonly architecture: Architecture;
  public readonly resourceArnsForGrantInvoke: string[];
  protected readonly canCreatePermissions: boolean;

  constructor(scope: Construct, id: string, attrs: FunctionAttributes) {
    // Split as an ARN (not as an opaque token): an ARN built from a literal account keeps that literal account.
    const arn = Arn.split(attrs.functionArn, ArnFormat.COLON_RESOURCE_NAME);
    super(scope, id, { account: arn.account, region: arn.region });
    this.functionArn = attrs.functionArn;
    // The name is the 7th colon-separated part of the ARN (folded to a literal when the ARN is one).
    this.functionName = Fn.select(6, Fn.split(':', attrs.functionArn));
    this.role = attrs.role;
    this.grantPrincipal = attrs.role ?? new iam.UnknownPrincipal({ resource: this });
    this.permissionsNode = this.node;
    this.architecture = attrs.architecture ?? Architecture.X86_64;
    this.resourceArnsForGrantInvoke = [this.functionArn, `${this.functionArn}:*`];
    this.canCreatePermissions = attrs.sameEnvironment ?? this._isStackAccount();
    this._skipPermissions = attrs.skipPermissions ?? false;
  }
}
