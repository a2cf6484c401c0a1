import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import { IResource, Resource, ResourceProps, Stack, ValidationError } from '../core';
import { Alias } from './alias';
import { KeyGrants } from './key-grants';
import type { IKeyRef, KeyReference } from './kms.generated';

/** A KMS key, created here or imported. */
export interface IKey extends IResource, IKeyRef {
  /**
   * The ARN of the key.
   * @attribute
   */
  readonly keyArn: string;

  /**
   * The ID of the key (the part of the ARN after `key/`).
   * @attribute
   */
  readonly keyId: string;

  /** Defines a new alias for the key. */
  addAlias(alias: string): Alias;

  /**
   * Adds a statement to the KMS key resource policy.
   * @param statement The policy statement to add
   * @param allowNoOp If false, throws when the key has no policy to add to (an imported key)
   */
  addToResourcePolicy(statement: iam.PolicyStatement, allowNoOp?: boolean): iam.AddToResourcePolicyResult;

  /** Grant the given actions on this key to the grantee. */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /** Grant decryption permissions using this key to the grantee. */
  grantDecrypt(grantee: iam.IGrantable): iam.Grant;

  /** Grant encryption permissions using this key to the grantee. */
  grantEncrypt(grantee: iam.IGrantable): iam.Grant;

  /** Grant encryption and decryption permissions using this key to the grantee. */
  grantEncryptDecrypt(grantee: iam.IGrantable): iam.Grant;

  /** Grant sign permissions using this key to the grantee. */
  grantSign(grantee: iam.IGrantable): iam.Grant;

  /** Grant verify permissions using this key to the grantee. */
  grantVerify(grantee: iam.IGrantable): iam.Grant;

  /** Grant sign and verify permissions using this key to the grantee. */
  grantSignVerify(grantee: iam.IGrantable): iam.Grant;

  /** Grant permissions to generate MACs with this key to the grantee. */
  grantGenerateMac(grantee: iam.IGrantable): iam.Grant;

  /** Grant permissions to verify MACs with this key to the grantee. */
  grantVerifyMac(grantee: iam.IGrantable): iam.Grant;
}

/** What keys created here and imported keys share: aliases, the key policy and the grants. */
export abstract class KeyBase extends Resource implements IKey {
  public abstract readonly keyArn: string;
  public abstract readonly keyId: string;

  /** The grant methods of this key. */
  public readonly grants: KeyGrants;

  /** The key policy; undefined for an imported key, whose policy cannot be changed here. */
  protected abstract readonly policy?: iam.PolicyDocument;

  private readonly aliases: Alias[] = [];

  constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, props);
    this.grants = KeyGrants.fromKey(this);
    this.node.addValidation({ validate: () => this.policy?.validateForResourcePolicy() ?? [] });
  }

  /** A reference to this key. */
  public get keyRef(): KeyReference {
    return { keyArn: this.keyArn, keyId: this.keyId };
  }

  public addAlias(aliasName: string): Alias {
    const aliasId = this.aliases.length > 0 ? `Alias${aliasName}` : 'Alias';
    const alias = new Alias(this, aliasId, { aliasName, targetKey: this });
    this.aliases.push(alias);
    return alias;
  }

  public addToResourcePolicy(statement: iam.PolicyStatement, allowNoOp: boolean = true): iam.AddToResourcePolicyResult {
    if (!this.policy) {
      if (allowNoOp) { return { statementAdded: false }; }
      throw new ValidationError(`Unable to add statement to IAM resource policy for KMS key ${JSON.stringify(Stack.of(this).resolve(this.keyArn))}: an imported key's policy cannot be changed`, this);
    }
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this };
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return this.grants.actions(grantee, ...actions);
  }

  public grantDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.grants.decrypt(grantee);
  }

  public grantEncrypt(grantee: iam.IGrantable): iam.Grant {
    return this.grants.encrypt(grantee);
  }

  public grantEncryptDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.grants.encryptDecrypt(grantee);
  }

  public grantSign(grantee: iam.IGrantable): iam.Grant {
    return this.grants.sign(grantee);
  }

  public grantVerify(grantee: iam.IGrantable): iam.Grant {
    return this.grants.verify(grantee);
  }

  public grantSignVerify(grantee: iam.IGrantable): iam.Grant {
    return this.grants.signVerify(grantee);
  }

  public grantGenerateMac(grantee: iam.IGrantable): iam.Grant {
    return this.grants.generateMac(grantee);
  }

  public grantVerifyMac(grantee: iam.IGrantable): iam.Grant {
    return this.grants.verifyMac(grantee);
  }
}
