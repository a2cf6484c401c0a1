import { Construct } from 'constructs';
import { ArnFormat, Duration, IResource, Resource, Stack } from '../core';
import { CfnSigningProfile } from './signer.generated';
import type { ISigningProfileRef, SigningProfileReference } from '../interfaces/generated/aws-signer-interfaces.generated';
import { Platform } from './platform';

/** A signing profile: the platform and validity AWS Signer uses to sign code. */
export interface ISigningProfile extends IResource, ISigningProfileRef {
  /**
   * The ARN of the signing profile.
   * @attribute
   */
  readonly signingProfileArn: string;

  /**
   * The name of the signing profile.
   * @attribute
   */
  readonly signingProfileName: string;

  /**
   * The version of the signing profile.
   * @attribute
   */
  readonly signingProfileVersion: string;

  /**
   * The ARN of the signing profile version.
   * @attribute
   */
  readonly signingProfileVersionArn: string;
}

/** Construction properties for a signing profile. */
export interface SigningProfileProps {
  /** The platform the profile signs for. */
  readonly platform: Platform;

  /**
   * How long a signature made with this profile stays valid (a whole number of days).
   * @default Duration.days(135 * 30), rendered as 135 months
   */
  readonly signatureValidity?: Duration;

  /**
   * A name for the signing profile.
   * @default - CloudFormation generates a name
   */
  readonly signingProfileName?: string;
}

/** The attributes of a signing profile defined outside this app. */
export interface SigningProfileAttributes {
  /** The name of the signing profile. */
  readonly signingProfileName: string;

  /** The version of the signing profile. */
  readonly signingProfileVersion: string;
}

/** Validity CloudFormation applies when none is given: 135 months, written as months to keep the template unchanged. */
const DEFAULT_VALIDITY = { type: 'MONTHS', value: 135 };

/**
 * An AWS Signer signing profile.
 *
 * @resource AWS::Signer::SigningProfile
 */
export class SigningProfile extends Resource implements ISigningProfile {
  /** Reference a signing profile defined outside this app by its name and version. */
  public static fromSigningProfileAttributes(scope: Construct, id: string, attrs: SigningProfileAttributes): ISigningProfile {
    return new ImportedSigningProfile(scope, id, attrs);
  }

  public readonly signingProfileArn: string;
  public readonly signingProfileName: string;
  public readonly signingProfileVersion: string;
  public readonly signingProfileVersionArn: string;

  constructor(scope: Construct, id: string, props: SigningProfileProps) {
    super(scope, id, { physicalName: props.signingProfileName });

    const resource = new CfnSigningProfile(this, 'Resource', {
      platformId: props.platform.platformId,
      signatureValidityPeriod: props.signatureValidity
        ? { type: 'DAYS', value: props.signatureValidity.toDays() }
        : DEFAULT_VALIDITY,
    });

    this.signingProfileArn = resource.attrArn;
    this.signingProfileName = resource.attrProfileName;
    this.signingProfileVersion = resource.attrProfileVersion;
    this.signingProfileVersionArn = resource.attrProfileVersionArn;
  }

  /** A reference to this signing profile. */
  public get signingProfileRef(): SigningProfileReference {
    return { signingProfileArn: this.signingProfileArn };
  }
}

/** A signing profile defined outside this app, in the environment of the scope's stack. */
class ImportedSigningProfile extends Resource implements ISigningProfile {
  public readonly signingProfileArn: string;
  public readonly signingProfileName: string;
  public readonly signingProfileVersion: string;
  public readonly signingProfileVersionArn: string;

  constructor(scope: Construct, id: string, attrs: SigningProfileAttributes) {
    super(scope, id);
    // Signer ARNs have an empty resource type followed by a path: arn:...:signer:region:account://signing-profiles/name
    this.signingProfileArn = Stack.of(scope).formatArn({
      service: 'signer',
      resource: '',
      resourceName: `/signing-profiles/${attrs.signingProfileName}`,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    this.signingProfileName = attrs.signingProfileName;
    this.signingProfileVersion = attrs.signingProfileVersion;
    this.signingProfileVersionArn = `${this.signingProfileArn}/${attrs.signingProfileVersion}`;
  }

  public get signingProfileRef(): SigningProfileReference {
    return { signingProfileArn: this.signingProfileArn };
  }
}
