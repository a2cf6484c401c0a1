import { Lazy } from './tokens/lazy';

/** Includes special markers for automatic generation of physical names. */
export class PhysicalName {
  /**
   * Use this to automatically generate a physical name for an AWS resource only when the resource is
   * referenced across environments (account/region); otherwise CloudFormation generates it.
   */
  public static readonly GENERATE_IF_NEEDED = Lazy.string({
    produce: () => { throw new Error('Invalid use of PhysicalName.GENERATE_IF_NEEDED: it must be passed as the physicalName of a Resource'); },
  }, { displayHint: 'GENERATE_IF_NEEDED' });

  private constructor() { }
}
