import { Construct } from 'constructs';
import { IResource, Resource, SecretValue } from '../core';
import { AccessKeyReference, CfnAccessKey, IAccessKeyRef } from './iam.generated';
import type { IUser } from './user';

/** Valid statuses for an IAM access key. */
export enum AccessKeyStatus {
  /** An active access key: it can be used to make API calls. */
  ACTIVE = 'Active',
  /** An inactive access key: it cannot be used to make API calls. */
  INACTIVE = 'Inactive',
  /** An expired access key. */
  EXPIRED = 'Expired',
}

/** Represents an IAM access key. */
export interface IAccessKey extends IResource, IAccessKeyRef {
  /**
   * The access key ID.
   * @attribute
   */
  readonly accessKeyId: string;
  /**
   * The secret access key.
   * @attribute
   */
  readonly secretAccessKey: SecretValue;
}

/** Properties for defining an IAM access key. */
export interface AccessKeyProps {
  /**
   * A CloudFormation-specific value that signifies the access key should be replaced/rotated.
   * It can only be incremented: incrementing it makes CloudFormation replace the access key.
   * @default - No serial value
   */
  readonly serial?: number;
  /**
   * The status of the access key: an Active key can make API calls, an Inactive key cannot.
   * @default - The access key is active
   */
  readonly status?: AccessKeyStatus;
  /**
   * The IAM user this key will belong to. Changing it deletes the key and creates a new one (with a new ID and
   * secret) for the new user.
   */
  readonly user: IUser;
}

/** Define a new IAM access key for a user. */
export class AccessKey extends Resource implements IAccessKey {
  /** A reference to this access key. */
  public readonly accessKeyRef: AccessKeyReference;
  public readonly accessKeyId: string;
  public readonly secretAccessKey: SecretValue;

  constructor(scope: Construct, id: string, props: AccessKeyProps) {
    super(scope, id);
    const accessKey = new CfnAccessKey(this, 'Resource', {
      userName: props.user.userName,
      serial: props.serial,
      status: props.status,
    });
    this.accessKeyId = accessKey.ref;
    this.accessKeyRef = { accessKeyId: this.accessKeyId };
    this.secretAccessKey = SecretValue.resourceAttribute(accessKey.attrSecretAccessKey);
  }
}
