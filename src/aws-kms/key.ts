import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import { Arn, ArnFormat, Duration, RemovalPolicy, ValidationError } from '../core';
import { IKey, KeyBase } from './key-base';
import { KeySpec, KeyUsage } from './key-spec';
import { CfnKey } from './kms.generated';
import * as perms from './private/perms';

/** Construction properties for a KMS key. */
export interface KeyProps {
  /**
   * A description of the key: what it is for.
   * @default - no description
   */
  readonly description?: string;

  /**
   * An initial alias for the key (`alias/` is prepended when missing). More can be added with `addAlias`.
   * @default - no alias
   */
  readonly alias?: string;

  /**
   * Whether AWS KMS rotates the key material every year (or every `rotationPeriod`).
   * @default false
   */
  readonly enableKeyRotation?: boolean;

  /**
   * How often the key material is rotated; setting it turns rotation on. Between 90 and 2560 days.
   * @default - Duration.days(365) when rotation is enabled
   */
  readonly rotationPeriod?: Duration;

  /**
   * Whether the key can be used for cryptographic operations.
   * @default - the key is enabled
   */
  readonly enabled?: boolean;

  /**
   * The type of key material.
   * @default KeySpec.SYMMETRIC_DEFAULT
   */
  readonly keySpec?: KeySpec;

  /**
   * The cryptographic operations the key is for.
   * @default KeyUsage.ENCRYPT_DECRYPT
   */
  readonly keyUsage?: KeyUsage;

  /**
   * Whether to create a multi-Region primary key.
   * @default false
   */
  readonly multiRegion?: boolean;

  /**
   * The key policy. When given, it replaces the default policy (which gives the account root `kms:*`).
   * @default - a policy that lets the account's IAM policies control access to the key
   */
  readonly policy?: iam.PolicyDocument;

  /**
   * Principals that may administer the key (but not use it): they get the admin actions on it.
   * @default []
   */
  readonly admins?: iam.IPrincipal[];

  /**
   * What happens to the key when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * How long KMS waits before deleting a key removed from the stack: between 7 and 30 days.
   * @default - 30 days
   */
  readonly pendingWindow?: Duration;
}

/** Which key specs each key usage accepts; a spec missing from every list is not checked. */
const SPECS_BY_USAGE: Record<string, ReadonlySet<string>> = {
  [KeyUsage.ENCRYPT_DECRYPT]: new Set([KeySpec.SYMMETRIC_DEFAULT, KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096, KeySpec.SM2]),
  [KeyUsage.SIGN_VERIFY]: new Set([
    KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096, KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384,
    KeySpec.ECC_NIST_P521, KeySpec.ECC_SECG_P256K1, KeySpec.SM2, KeySpec.ML_DSA_44, KeySpec.ML_DSA_65, KeySpec.ML_DSA_87,
  ]),
  [KeyUsage.KEY_AGREEMENT]: new Set([KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384, KeySpec.ECC_NIST_P521, KeySpec.SM2]),
  [KeyUsage.GENERATE_VERIFY_MAC]: new Set([KeySpec.HMAC_224, KeySpec.HMAC_256, KeySpec.HMAC_384, KeySpec.HMAC_512]),
};
const CHECKED_SPECS = new Set(Object.values(SPECS_BY_USAGE).flatMap(specs => [...specs]));
const HMAC_SPECS = SPECS_BY_USAGE[KeyUsage.GENERATE_VERIFY_MAC];

/** A KMS key (`AWS::KMS::Key`). */
export class Key extends KeyBase {
  /**
   * Import a key by its ARN (`arn:<partition>:kms:<region>:<account>:key/<keyId>`). The key policy of an
   * imported key cannot be changed: grants only add statements to the grantees' own policies.
   */
  public static fromKeyArn(scope: Construct, id: string, keyArn: string): IKey {
    return new ImportedKey(scope, id, keyArn, keyIdOfArn(scope, id, keyArn));
  }

  public readonly keyArn: string;
  public readonly keyId: string;
  protected readonly policy: iam.PolicyDocument;

  constructor(scope: Construct, id: string, props: KeyProps = {}) {
    super(scope, id);
    validateKeySpecAndUsage(this, props);
    const enableKeyRotation = validateRotation(this, props);

    this.policy = props.policy ?? new iam.PolicyDocument();
    if (!props.policy) {
      this.policy.addStatements(new iam.PolicyStatement({
        resources: ['*'],
        actions: ['kms:*'],
        principals: [new iam.AccountRootPrincipal()],
      }));
    }

    const resource = new CfnKey(this, 'Resource', {
      description: props.description,
      enableKeyRotation,
      enabled: props.enabled,
      keySpec: props.keySpec,
      keyUsage: props.keyUsage,
      keyPolicy: this.policy,
      multiRegion: props.multiRegion,
      pendingWindowInDays: pendingWindowInDays(this, props.pendingWindow),
      rotationPeriodInDays: props.rotationPeriod?.toDays(),
    });
    this.keyArn = resource.attrArn;
    this.keyId = resource.ref;
    resource.applyRemovalPolicy(props.removalPolicy, { default: RemovalPolicy.RETAIN });

    for (const admin of props.admins ?? []) {
      this.grantAdmin(admin);
    }
    if (props.alias !== undefined) {
      this.addAlias(props.alias);
    }
  }

  /** Grant the permissions to administer the key (but not to use it) to the grantee. */
  public grantAdmin(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, ...perms.ADMIN_ACTIONS);
  }
}

/** A key defined outside this app, known by its ARN. */
class ImportedKey extends KeyBase {
  protected readonly policy = undefined;

  constructor(scope: Construct, id: string, public readonly keyArn: string, public readonly keyId: string) {
    super(scope, id, { environmentFromArn: keyArn });
  }
}

function keyIdOfArn(scope: Construct, id: string, keyArn: string): string {
  const keyId = Arn.split(keyArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName;
  if (keyId === undefined || keyId === '') {
    throw new ValidationError(`Key.fromKeyArn('${id}'): KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '${keyArn}'`, scope);
  }
  return keyId;
}

function validateKeySpecAndUsage(scope: Construct, props: KeyProps): void {
  const keySpec = props.keySpec ?? KeySpec.SYMMETRIC_DEFAULT;
  const keyUsage = props.keyUsage ?? KeyUsage.ENCRYPT_DECRYPT;
  if (CHECKED_SPECS.has(keySpec) && SPECS_BY_USAGE[keyUsage] && !SPECS_BY_USAGE[keyUsage].has(keySpec)) {
    throw new ValidationError(`keySpec '${keySpec}' is not valid with keyUsage '${keyUsage}'`, scope);
  }
  if (props.enableKeyRotation && keySpec !== KeySpec.SYMMETRIC_DEFAULT) {
    const kind = HMAC_SPECS.has(keySpec) ? 'HMAC' : 'asymmetric';
    throw new ValidationError(`enableKeyRotation cannot be true for ${kind} keys (keySpec '${keySpec}')`, scope);
  }
}

/** Validates rotation and returns the EnableKeyRotation value to render (a rotation period turns it on). */
function validateRotation(scope: Construct, props: KeyProps): boolean | undefined {
  if (props.rotationPeriod === undefined) { return props.enableKeyRotation; }
  if (props.enableKeyRotation === false) {
    throw new ValidationError("rotationPeriod cannot be specified when enableKeyRotation is false", scope);
  }
  if (!props.rotationPeriod.isUnresolved()) {
    const days = props.rotationPeriod.toDays();
    if (days < 90 || days > 2560) {
      throw new ValidationError(`rotationPeriod must be between 90 and 2560 days, got ${days}`, scope);
    }
  }
  return true;
}

function pendingWindowInDays(scope: Construct, pendingWindow: Duration | undefined): number | undefined {
  if (pendingWindow === undefined) { return undefined; }
  const days = pendingWindow.toDays();
  if (!pendingWindow.isUnresolved() && (days < 7 || days > 30)) {
    throw new ValidationError(`pendingWindow must be between 7 and 30 days, got ${days}`, scope);
  }
  return days;
}
