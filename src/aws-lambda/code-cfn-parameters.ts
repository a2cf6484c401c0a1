import type { Construct } from 'constructs';
import type * as kms from '../aws-kms';
import type * as s3 from '../aws-s3';
import { CfnParameter, UnscopedValidationError } from '../core';
import { Code, CodeConfig } from './code';

/** Construction properties for `CfnParametersCode`. */
export interface CfnParametersCodeProps {
  /**
   * The String parameter giving the bucket of the code.
   * @default - a new parameter `LambdaSourceBucketNameParameter` under the function
   */
  readonly bucketNameParam?: CfnParameter;

  /**
   * The String parameter giving the key of the code archive.
   * @default - a new parameter `LambdaSourceObjectKeyParameter` under the function
   */
  readonly objectKeyParam?: CfnParameter;

  /**
   * The KMS key that encrypts the code archive.
   * @default - S3's default encryption
   */
  readonly sourceKMSKey?: kms.IKey;
}

/**
 * Function code in S3 whose bucket and key are CloudFormation parameters: for code built elsewhere and passed in at
 * deployment, e.g. by a pipeline (`assign` gives the parameter values).
 */
export class CfnParametersCode extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline = false;
  private _bucketNameParam?: CfnParameter;
  private _objectKeyParam?: CfnParameter;
  private readonly sourceKMSKey?: kms.IKey;

  constructor(props: CfnParametersCodeProps = {}) {
    super();
    this._bucketNameParam = props.bucketNameParam;
    this._objectKeyParam = props.objectKeyParam;
    this.sourceKMSKey = props.sourceKMSKey;
  }

  public bind(scope: Construct): CodeConfig {
    if (!this._bucketNameParam) {
      this._bucketNameParam = new CfnParameter(scope, 'LambdaSourceBucketNameParameter', { type: 'String' });
    }
    if (!this._objectKeyParam) {
      this._objectKeyParam = new CfnParameter(scope, 'LambdaSourceObjectKeyParameter', { type: 'String' });
    }
    return {
      s3Location: { bucketName: this._bucketNameParam.valueAsString, objectKey: this._objectKeyParam.valueAsString },
      sourceKMSKeyArn: this.sourceKMSKey?.keyArn,
    };
  }

  /**
   * The parameter values for the given code location, to pass as overrides (e.g. to a CodePipeline
   * CloudFormation action): `{ [bucketNameParam]: bucketName, [objectKeyParam]: objectKey }`.
   */
  public assign(location: s3.Location): { [name: string]: any } {
    return {
      [this.bucketNameParam]: location.bucketName,
      [this.objectKeyParam]: location.objectKey,
    };
  }

  /** The logical ID of the bucket name parameter (known once the code is bound to a function). */
  public get bucketNameParam(): string {
    return this.parameterLogicalId(this._bucketNameParam, 'bucketNameParam');
  }

  /** The logical ID of the object key parameter (known once the code is bound to a function). */
  public get objectKeyParam(): string {
    return this.parameterLogicalId(this._objectKeyParam, 'objectKeyParam');
  }

  private parameterLogicalId(parameter: CfnParameter | undefined, property: string): string {
    if (!parameter) {
      throw new UnscopedValidationError(`CfnParametersCode.${property} is only known after the code is given to a Lambda `
        + 'function (which creates the parameter); pass the code to a Function first, or give the parameter in the props');
    }
    return parameter.logicalId;
  }
}
