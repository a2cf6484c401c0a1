import type { Construct } from 'constructs';
import { IResource, RemovalPolicy, Resource, ValidationError } from '../core';
import type { Architecture } from './architecture';
import type { Code } from './code';
import { CfnLayerVersion, CfnLayerVersionPermission, ILayerVersionRef, LayerVersionReference } from './lambda.generated';
import { Runtime } from './runtime';

/** An account (or all accounts of an organization) allowed to use a layer version. */
export interface LayerVersionPermission {
  /** The account allowed to use the layer version, or `*` for all accounts. */
  readonly accountId: string;

  /**
   * The ID of the AWS Organization to which the grant is restricted (only with `accountId: '*'`).
   * @default - no organization restriction
   */
  readonly organizationId?: string;
}

/** A Lambda layer version: code and libraries that functions can share. */
export interface ILayerVersion extends IResource, ILayerVersionRef {
  /**
   * The ARN of the Lambda Layer version that this Layer defines.
   * @attribute
   */
  readonly layerVersionArn: string;

  /**
   * The runtimes compatible with this Layer.
   * @default - all runtimes are supported
   */
  readonly compatibleRuntimes?: Runtime[];

  /**
   * Allow another account (or organization) to use this layer version; its own account always may.
   * @param id the id of the permission construct
   * @param permission who is allowed
   */
  addPermission(id: string, permission: LayerVersionPermission): void;
}

/** Non runtime options of a layer version. */
export interface LayerVersionOptions {
  /**
   * A description of the layer.
   * @default - no description
   */
  readonly description?: string;

  /**
   * The license of the layer: an SPDX identifier or the URL of the license.
   * @default - no license information
   */
  readonly license?: string;

  /**
   * The name of the layer.
   * @default - CloudFormation generates one
   */
  readonly layerVersionName?: string;

  /**
   * What happens to this version when it is replaced by a new one or the stack is deleted (RETAIN keeps it).
   * @default - not rendered: CloudFormation deletes the version
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Properties of a layer version. */
export interface LayerVersionProps extends LayerVersionOptions {
  /**
   * The runtimes compatible with this Layer.
   * @default - All runtimes are supported.
   */
  readonly compatibleRuntimes?: Runtime[];

  /**
   * The system architectures compatible with this layer.
   * @default [Architecture.X86_64]
   */
  readonly compatibleArchitectures?: Architecture[];

  /** The content of the layer: code in S3 or an asset (not inline code, not an image). */
  readonly code: Code;
}

/** What is known about a layer version defined outside this app. */
export interface LayerVersionAttributes {
  /** The ARN of the layer version. */
  readonly layerVersionArn: string;

  /**
   * The list of compatible runtimes with this Layer.
   * @default - all runtimes are supported
   */
  readonly compatibleRuntimes?: Runtime[];
}

/** What layers created here and imported layers share: permissions. */
abstract class LayerVersionBase extends Resource implements ILayerVersion {
  public abstract readonly layerVersionArn: string;
  public abstract readonly compatibleRuntimes?: Runtime[];

  /** A reference to this layer version. */
  public get layerVersionRef(): LayerVersionReference {
    return { layerVersionArn: this.layerVersionArn };
  }

  public addPermission(id: string, permission: LayerVersionPermission): void {
    if (permission.organizationId !== undefined && permission.accountId !== '*') {
      throw new ValidationError(`A layer permission can only be limited to an organization (${permission.organizationId}) `
        + `when it is for all accounts (accountId '*'), got accountId '${permission.accountId}'`, this);
    }
    new CfnLayerVersionPermission(this, id, {
      action: 'lambda:GetLayerVersion',
      layerVersionArn: this.layerVersionArn,
      principal: permission.accountId,
      organizationId: permission.organizationId,
    });
  }
}

/**
 * A version of a Lambda layer: shared code that functions add to their environment.
 *
 * @resource AWS::Lambda::LayerVersion
 */
export class LayerVersion extends LayerVersionBase {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.LayerVersion';

  /** Reference a layer version by its ARN, as compatible with every runtime. */
  public static fromLayerVersionArn(scope: Construct, id: string, layerVersionArn: string): ILayerVersion {
    return LayerVersion.fromLayerVersionAttributes(scope, id, { layerVersionArn, compatibleRuntimes: Runtime.ALL });
  }

  /**
   * Reference a layer version defined outside this app.
   * @param scope the scope of the reference
   * @param id the id of the reference
   * @param attrs its ARN and compatible runtimes
   */
  public static fromLayerVersionAttributes(scope: Construct, id: string, attrs: LayerVersionAttributes): ILayerVersion {
    if (attrs.compatibleRuntimes && attrs.compatibleRuntimes.length === 0) {
      throw new ValidationError('An imported layer must support at least one runtime: compatibleRuntimes is empty '
        + '(leave it out if the layer supports all runtimes)', scope);
    }
    return new ImportedLayerVersion(scope, id, attrs);
  }

  public readonly layerVersionArn: string;
  public readonly compatibleRuntimes?: Runtime[];

  constructor(scope: Construct, id: string, props: LayerVersionProps) {
    super(scope, id, { physicalName: props.layerVersionName });

    if (props.compatibleRuntimes && props.compatibleRuntimes.length === 0) {
      throw new ValidationError('A layer must support at least one runtime: compatibleRuntimes is empty '
        + '(leave it out if the layer supports all runtimes)', this);
    }

    const code = props.code.bind(this);
    if (code.inlineCode) {
      throw new ValidationError('Layer code cannot be inline: use Code.fromAsset or Code.fromBucket', this);
    }
    if (!code.s3Location) {
      throw new ValidationError('Layer code must be in S3 (Code.fromAsset, Code.fromBucket or Code.fromCfnParameters); '
        + 'container images cannot be layers', this);
    }

    const resource = new CfnLayerVersion(this, 'Resource', {
      compatibleRuntimes: props.compatibleRuntimes === Runtime.ALL ? undefined : props.compatibleRuntimes?.map(r => r.name),
      compatibleArchitectures: props.compatibleArchitectures?.map(a => a.name),
      content: {
        s3Bucket: code.s3Location.bucketName,
        s3Key: code.s3Location.objectKey,
        s3ObjectVersion: code.s3Location.objectVersion,
        s3ObjectStorageMode: code.s3ObjectStorageMode,
      },
      description: props.description,
      layerName: this.physicalName,
      licenseInfo: props.license,
    });
    if (props.removalPolicy) {
      resource.applyRemovalPolicy(props.removalPolicy);
    }
    props.code.bindToResource(resource, { resourceProperty: 'Content' });

    this.layerVersionArn = resource.ref;
    this.compatibleRuntimes = props.compatibleRuntimes;
  }
}

class ImportedLayerVersion extends LayerVersionBase {
  public readonly layerVersionArn: string;
  public readonly compatibleRuntimes?: Runtime[];

  constructor(scope: Construct, id: string, attrs: LayerVersionAttributes) {
    super(scope, id);
    this.layerVersionArn = attrs.layerVersionArn;
    this.compatibleRuntimes = attrs.compatibleRuntimes;
  }
}
