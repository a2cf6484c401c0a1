/**
 * A platform that AWS Signer signs code for: it fixes the signing algorithm and the artifact format.
 *
 * @see https://docs.aws.amazon.com/signer/latest/developerguide/gs-platform.html
 */
export class Platform {
  /** Signing for AWS IoT Device Management (SHA256 with ECDSA). */
  public static readonly AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA = new Platform('AWSIoTDeviceManagement-SHA256-ECDSA');

  /** Signing for AWS Lambda code packages (SHA384 with ECDSA). */
  public static readonly AWS_LAMBDA_SHA384_ECDSA = new Platform('AWSLambda-SHA384-ECDSA');

  /** Signing for Amazon FreeRTOS on the TI CC3220SF board. */
  public static readonly AMAZON_FREE_RTOS_TI_CC3220SF = new Platform('AmazonFreeRTOS-TI-CC3220SF');

  /** Default signing for Amazon FreeRTOS. */
  public static readonly AMAZON_FREE_RTOS_DEFAULT = new Platform('AmazonFreeRTOS-Default');

  /** Signing of OCI container images with Notation (SHA384 with ECDSA). */
  public static readonly NOTATION_OCI_SHA384_ECDSA = new Platform('Notation-OCI-SHA384-ECDSA');

  /**
   * A platform that has no constant here yet, by its id.
   * @param platformId the platform id as AWS Signer names it, e.g. `AWSLambda-SHA384-ECDSA`
   */
  public static of(platformId: string): Platform {
    return new Platform(platformId);
  }

  /** The id of the platform, as AWS Signer names it. */
  public readonly platformId: string;

  private constructor(platformId: string) {
    this.platformId = platformId;
  }
}
