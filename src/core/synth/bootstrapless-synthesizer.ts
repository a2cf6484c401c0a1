import { DefaultStackSynthesizer, SynthesizerFlavour } from './default-synthesizer';

/** Construction properties of BootstraplessSynthesizer. */
export interface BootstraplessSynthesizerProps {
  /**
   * The deploy Role ARN to use.
   * @default - No deploy role (use CLI credentials)
   */
  readonly deployRoleArn?: string;
  /**
   * The CFN execution Role ARN to use.
   * @default - No CloudFormation role (use CLI credentials)
   */
  readonly cloudFormationExecutionRoleArn?: string;
}

const BOOTSTRAPLESS: SynthesizerFlavour = { publishingRoles: false, bootstrapVersionRule: false, bootstrapRequirements: false, deployRoles: true, assets: false };

/**
 * Synthesizer for a stack deployed without a bootstrap stack (such as the bootstrap stack itself): no assets, and
 * the roles to deploy with given explicitly.
 */
export class BootstraplessSynthesizer extends DefaultStackSynthesizer {
  protected override readonly _flavour: SynthesizerFlavour = BOOTSTRAPLESS;

  constructor(props: BootstraplessSynthesizerProps = {}) {
    super({ deployRoleArn: props.deployRoleArn, cloudFormationExecutionRole: props.cloudFormationExecutionRoleArn, generateBootstrapVersionRule: false });
  }
}
