import { Intrinsic } from '../tokens/intrinsic';

/** The service a CloudFormation dynamic reference reads from. */
export enum CfnDynamicReferenceService {
  /** Plaintext value stored in AWS Systems Manager Parameter Store. */
  SSM = 'ssm',
  /** Secure string stored in AWS Systems Manager Parameter Store. */
  SSM_SECURE = 'ssm-secure',
  /** Secret stored in AWS Secrets Manager. */
  SECRETS_MANAGER = 'secretsmanager',
}

/** Properties for a dynamic reference. */
export interface CfnDynamicReferenceProps {
  /** The service to retrieve the dynamic reference from. */
  readonly service: CfnDynamicReferenceService;
  /** The reference key of the dynamic reference. */
  readonly referenceKey: string;
}

/**
 * A CloudFormation dynamic reference, `{{resolve:<service>:<key>}}`: CloudFormation reads the value from the
 * service when it deploys, so it never appears in the template.
 */
export class CfnDynamicReference extends Intrinsic {
  constructor(service: CfnDynamicReferenceService, key: string) {
    super(`{{resolve:${service}:${key}}}`);
  }
}
