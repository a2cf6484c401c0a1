import type { Construct } from 'constructs';
import type * as signer from '../aws-signer';
import { ArnFormat, IResource, Resource, Stack, ValidationError } from '../core';
import { CfnCodeSigningConfig, CodeSigningConfigReference, ICodeSigningConfigRef } from './lambda.generated';

/** What Lambda does with code whose signature does not check out. */
export enum UntrustedArtifactOnDeployment {
  /** Refuse the deployment. */
  ENFORCE = 'Enforce',
  /** Deploy it, with a warning (a CloudWatch metric and a log entry). */
  WARN = 'Warn',
}

/** A code signing configuration: which signing profiles Lambda trusts. */
export interface ICodeSigningConfig extends IResource, ICodeSigningConfigRef {
  /**
   * The ARN of the configuration.
   * @attribute
   */
  readonly codeSigningConfigArn: string;

  /**
   * The id of the configuration (the last part of its ARN).
   * @attribute
   */
  readonly codeSigningConfigId: string;
}

/** Properties of a code signing configuration. */
export interface CodeSigningConfigProps {
  /** The signing profiles whose signatures Lambda trusts. */
  readonly signingProfiles: signer.ISigningProfile[];

  /**
   * What Lambda does with code whose signature does not check out.
   * @default UntrustedArtifactOnDeployment.WARN
   */
  readonly untrustedArtifactOnDeployment?: UntrustedArtifactOnDeployment;

  /**
   * A description of the configuration.
   * @default - no description
   */
  readonly description?: string;
}

/**
 * A code signing configuration: the signing profiles Lambda trusts, and what it does with code they did not sign.
 *
 * @resource AWS::Lambda::CodeSigningConfig
 */
export class CodeSigningConfig extends Resource implements ICodeSigningConfig {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.CodeSigningConfig';

  /**
   * Reference a code signing configuration defined outside this app.
   * @param codeSigningConfigArn `arn:<partition>:lambda:<region>:<account>:code-signing-config:<id>`
   */
  public static fromCodeSigningConfigArn(scope: Construct, id: string, codeSigningConfigArn: string): ICodeSigningConfig {
    const configId = Stack.of(scope).splitArn(codeSigningConfigArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName;
    if (!configId) {
      throw new ValidationError(`Code signing config ARN must end with ':code-signing-config:<id>' `
        + `(arn:<partition>:lambda:<region>:<account>:code-signing-config:<id>), got '${codeSigningConfigArn}'`, scope);
    }
    return new ImportedCodeSigningConfig(scope, id, codeSigningConfigArn, configId);
  }

  public readonly codeSigningConfigArn: string;
  public readonly codeSigningConfigId: string;

  constructor(scope: Construct, id: string, props: CodeSigningConfigProps) {
    super(scope, id);
    const resource = new CfnCodeSigningConfig(this, 'Resource', {
      allowedPublishers: { signingProfileVersionArns: props.signingProfiles.map(profile => profile.signingProfileVersionArn) },
      codeSigningPolicies: { untrustedArtifactOnDeployment: props.untrustedArtifactOnDeployment ?? UntrustedArtifactOnDeployment.WARN },
      description: props.description,
    });
    this.codeSigningConfigArn = resource.attrCodeSigningConfigArn;
    this.codeSigningConfigId = resource.attrCodeSigningConfigId;
  }

  /** A reference to this code signing config. */
  public get codeSigningConfigRef(): CodeSigningConfigReference {
    return { codeSigningConfigArn: this.codeSigningConfigArn };
  }
}

class ImportedCodeSigningConfig extends Resource implements ICodeSigningConfig {
  constructor(scope: Construct, id: string, public readonly codeSigningConfigArn: string, public readonly codeSigningConfigId: string) {
    super(scope, id);
  }

  public get codeSigningConfigRef(): CodeSigningConfigReference {
    return { codeSigningConfigArn: this.codeSigningConfigArn };
  }
}
