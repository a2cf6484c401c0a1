import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import { RemovalPolicy, Resource, Stack, Token, ValidationError } from '../core';
import type { IKey } from './key-base';
import { AliasReference, CfnAlias, IAliasRef, KeyReference } from './kms.generated';

const ALIAS_PREFIX = 'alias/';
const RESERVED_PREFIX = 'alias/aws/';
const ALIAS_NAME_PATTERN = /^[a-zA-Z0-9:/_-]{1,256}$/;

/** A KMS alias: a display name for a key, usable wherever a key is. */
export interface IAlias extends IKey, IAliasRef {
  /**
   * The name of the alias (`alias/...`).
   * @attribute
   */
  readonly aliasName: string;

  /**
   * The key the alias points to.
   * @attribute
   */
  readonly aliasTargetKey: IKey;
}

/** Construction properties for a KMS alias. */
export interface AliasProps {
  /** The name of the alias; `alias/` is prepended when missing. It may not start with `alias/aws/`. */
  readonly aliasName: string;

  /** The key the alias points to. */
  readonly targetKey: IKey;

  /**
   * What happens to the alias when it leaves the stack.
   * @default - CloudFormation's default (the alias is deleted)
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** The attributes of an alias defined elsewhere, with the key it points to. */
export interface AliasAttributes {
  /** The name of the alias (`alias/...`). */
  readonly aliasName: string;

  /** The key the alias points to. */
  readonly aliasTargetKey: IKey;
}

/** What aliases created here and imported aliases share: an alias acts as its key. */
abstract class AliasBase extends Resource implements IAlias {
  public abstract readonly aliasName: string;
  public abstract readonly aliasTargetKey: IKey;

  /** The ARN of the alias. */
  public get aliasArn(): string {
    return Stack.of(this).formatArn({ service: 'kms', resource: this.aliasName });
  }

  /** The ARN of the alias: KMS accepts an alias ARN wherever a key ARN goes. */
  public get keyArn(): string {
    return this.aliasArn;
  }

  /** The alias name: KMS accepts an alias name wherever a key ID goes. */
  public get keyId(): string {
    return this.aliasName;
  }

  /** A reference to this alias. */
  public get aliasRef(): AliasReference {
    return { aliasName: this.aliasName };
  }

  /** A reference to this alias as a key. */
  public get keyRef(): KeyReference {
    return { keyArn: this.keyArn, keyId: this.keyId };
  }

  public addAlias(alias: string): Alias {
    return this.aliasTargetKey.addAlias(alias);
  }

  public addToResourcePolicy(statement: iam.PolicyStatement, allowNoOp?: boolean): iam.AddToResourcePolicyResult {
    return this.aliasTargetKey.addToResourcePolicy(statement, allowNoOp);
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return this.aliasTargetKey.grant(grantee, ...actions);
  }

  public grantDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantDecrypt(grantee);
  }

  public grantEncrypt(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantEncrypt(grantee);
  }

  public grantEncryptDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantEncryptDecrypt(grantee);
  }

  public grantSign(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantSign(grantee);
  }

  public grantVerify(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantVerify(grantee);
  }

  public grantSignVerify(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantSignVerify(grantee);
  }

  public grantGenerateMac(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantGenerateMac(grantee);
  }

  public grantVerifyMac(grantee: iam.IGrantable): iam.Grant {
    return this.aliasTargetKey.grantVerifyMac(grantee);
  }
}

/** A KMS alias (`AWS::KMS::Alias`). */
export class Alias extends AliasBase {
  /** Import an alias together with the key it points to: grants go to that key. */
  public static fromAliasAttributes(scope: Construct, id: string, attrs: AliasAttributes): IAlias {
    return new ImportedAliasWithKey(scope, id, attrs.aliasName, attrs.aliasTargetKey);
  }

  /**
   * Import an alias by name alone. Its key is unknown, so grants on it add nothing (grant on the key instead)
   * and `aliasTargetKey` cannot be read.
   */
  public static fromAliasName(scope: Construct, id: string, aliasName: string): IAlias {
    return new ImportedAliasByName(scope, id, aliasName);
  }

  public readonly aliasName: string;
  public readonly aliasTargetKey: IKey;

  constructor(scope: Construct, id: string, props: AliasProps) {
    const aliasName = normalizeAliasName(scope, props.aliasName);
    super(scope, id);
    this.aliasTargetKey = props.targetKey;
    const resource = new CfnAlias(this, 'Resource', {
      aliasName,
      targetKeyId: this.aliasTargetKey.keyArn,
    });
    if (props.removalPolicy !== undefined) {
      resource.applyRemovalPolicy(props.removalPolicy);
    }
    this.aliasName = aliasName;
  }
}

class ImportedAliasWithKey extends AliasBase {
  constructor(scope: Construct, id: string, public readonly aliasName: string, public readonly aliasTargetKey: IKey) {
    super(scope, id);
  }
}

class ImportedAliasByName extends AliasBase {
  constructor(scope: Construct, id: string, public readonly aliasName: string) {
    super(scope, id);
  }

  public get aliasTargetKey(): IKey {
    throw new ValidationError('Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName(): its key is unknown', this);
  }

  public override addAlias(_alias: string): Alias {
    throw new ValidationError('Cannot call addAlias on an Alias imported by Alias.fromAliasName(): its key is unknown', this);
  }

  public override addToResourcePolicy(_statement: iam.PolicyStatement, _allowNoOp?: boolean): iam.AddToResourcePolicyResult {
    return { statementAdded: false };
  }

  // The key is unknown, so nothing can be granted on it; the grants are dropped as aws-cdk-lib does.
  public override grant(grantee: iam.IGrantable, ..._actions: string[]): iam.Grant {
    return iam.Grant.drop(grantee, '');
  }

  public override grantDecrypt(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantEncrypt(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantEncryptDecrypt(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantSign(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantVerify(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantSignVerify(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantGenerateMac(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
  public override grantVerifyMac(grantee: iam.IGrantable): iam.Grant { return this.grant(grantee); }
}

/** Prepends `alias/` when missing and checks the name against KMS's rules (tokens are checked at deployment). */
function normalizeAliasName(scope: Construct, aliasName: string): string {
  if (Token.isUnresolved(aliasName)) { return aliasName; }
  const name = aliasName.startsWith(ALIAS_PREFIX) ? aliasName : ALIAS_PREFIX + aliasName;
  if (name.startsWith(RESERVED_PREFIX)) {
    throw new ValidationError(`aliasName may not start with '${RESERVED_PREFIX}' (reserved for AWS managed keys), got '${name}'`, scope);
  }
  if (name === ALIAS_PREFIX) {
    throw new ValidationError(`aliasName must include a value after '${ALIAS_PREFIX}', got '${name}'`, scope);
  }
  if (!ALIAS_NAME_PATTERN.test(name)) {
    throw new ValidationError(`aliasName must be 1 to 256 characters of a-z, A-Z, 0-9, ':', '/', '_' and '-', got '${name}'`, scope);
  }
  return name;
}

