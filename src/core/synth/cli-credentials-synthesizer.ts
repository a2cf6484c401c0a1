import { DefaultStackSynthesizer, SynthesizerFlavour } from './default-synthesizer';

/** Properties for the CliCredentialsStackSynthesizer. */
export interface CliCredentialsStackSynthesizerProps {
  /**
   * Name of the S3 bucket to hold file assets.
   * @default DefaultStackSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME
   */
  readonly fileAssetsBucketName?: string;
  /**
   * Name of the ECR repository to hold Docker Image assets.
   * @default DefaultStackSynthesizer.DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME
   */
  readonly imageAssetsRepositoryName?: string;
  /**
   * Qualifier to disambiguate multiple environments in the same account.
   * @default - Value of context key '@aws-cdk/core:bootstrapQualifier' if set, otherwise `DefaultStackSynthesizer.DEFAULT_QUALIFIER`
   */
  readonly qualifier?: string;
  /**
   * bucketPrefix to use while storing S3 Assets.
   * @default - DefaultStackSynthesizer.DEFAULT_FILE_ASSET_PREFIX
   */
  readonly bucketPrefix?: string;
  /**
   * A prefix to use while tagging and uploading Docker images to ECR.
   * @default - DefaultStackSynthesizer.DEFAULT_DOCKER_ASSET_PREFIX
   */
  readonly dockerTagPrefix?: string;
}

const CLI_CREDENTIALS: SynthesizerFlavour = { publishingRoles: false, bootstrapVersionRule: false, bootstrapRequirements: false, deployRoles: false, assets: true };

/**
 * Deploys with the credentials the CLI runs with (no bootstrap roles are assumed), publishing assets to the
 * bootstrap bucket and repository.
 */
export class CliCredentialsStackSynthesizer extends DefaultStackSynthesizer {
  protected override readonly _flavour: SynthesizerFlavour = CLI_CREDENTIALS;

  constructor(props: CliCredentialsStackSynthesizerProps = {}) {
    super(props);
  }
}
