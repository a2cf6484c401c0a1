import { Construct, IConstruct } from 'constructs';
import { STAGE_SYMBOL, findStage, isStageLike } from './cfn/stack-lookup';
import { Environment } from './environment';
import { ValidationError } from './errors';
import type { IStackSynthesizer } from './synth/stack-synthesizer';
import type { PermissionsBoundary } from './permissions-boundary';
import type { CloudAssembly } from './synth/cloud-assembly';
import { lazyModule } from './lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const synthesisModule = lazyModule(() => require('./synth/synthesis') as typeof import('./synth/synthesis'));

/** Initialization props for a stage. */
export interface StageProps {
  /**
   * Default AWS environment (account/region) for `Stack`s in this `Stage`.
   * @default - The environments should be configured on the `Stack`s.
   */
  readonly env?: Environment;
  /**
   * The output directory into which to emit synthesized artifacts.
   * @default - for nested stages, outdir will be determined as a relative directory to the outdir of the app.
   */
  readonly outdir?: string;
  /**
   * Name of this stage.
   * @default - Derived from the id.
   */
  readonly stageName?: string;
  /**
   * The default synthesizer for stacks in this stage.
   * @default - the synthesizer of the parent stage, or `DefaultStackSynthesizer`
   */
  readonly defaultStackSynthesizer?: IStackSynthesizer;
  /**
   * A permissions boundary for every IAM role and user of this stage.
   * @default - the boundary of the enclosing Stage, if any
   */
  readonly permissionsBoundary?: PermissionsBoundary;
}

/** Options for assembly synthesis. */
export interface StageSynthesisOptions {
  /**
   * Should we skip construct validation.
   * @default - false
   */
  readonly skipValidation?: boolean;
  /**
   * Whether the stack should be validated after synthesis to check for error metadata.
   * @default - false
   */
  readonly validateOnSynthesis?: boolean;
  /**
   * Force a re-synth, even if the stage has already been synthesized.
   * @default false
   */
  readonly force?: boolean;
  /**
   * Whether or not to throw a warning instead of an error if the construct tree has been mutated since the last synth.
   * @default true
   */
  readonly warnInsteadOfError?: boolean;
  /**
   * Whether error annotations fail synthesis (the assertions module collects them instead).
   * @default true
   */
  readonly failOnErrorAnnotations?: boolean;
}

const VALID_STAGE_NAME = /^[a-z][a-z0-9-]*$/i;

/**
 * An abstract application modeling unit consisting of Stacks that should be deployed together: it
 * synthesizes into its own cloud assembly.
 */
export class Stage extends Construct {
  /** Return the Stage this construct is contained with, if available. */
  public static of(construct: IConstruct): Stage | undefined {
    return findStage(construct);
  }

  /** Test whether the given construct is a stage. */
  public static isStage(x: any): x is Stage {
    return isStageLike(x);
  }

  /** The default region for all resources defined within this stage. */
  public readonly region?: string;
  /** The default account for all resources defined within this stage. */
  public readonly account?: string;
  /** The parent stage or `undefined` if this is the app. */
  public readonly parentStage?: Stage;
  /** The name of the stage, based on the construct path (joined with `-`). */
  public readonly stageName: string;
  /** The default stack synthesizer for stacks in this stage. */
  public readonly defaultStackSynthesizer?: IStackSynthesizer;

  private readonly _outdir?: string;
  /** The cached assembly. @internal */
  protected assembly?: CloudAssembly;

  constructor(scope: Construct, id: string, props: StageProps = {}) {
    super(scope, id);
    Object.defineProperty(this, STAGE_SYMBOL, { value: true });
    if (id !== '' && !/^[a-z][a-z0-9-]*$/i.test(id) && scope !== undefined) {
      throw new ValidationError(`Stage name must start with a letter and contain only alphanumeric characters and hyphens, got '${id}'`, this);
    }
    if (props.stageName !== undefined && !VALID_STAGE_NAME.test(props.stageName)) {
      throw new ValidationError(`Stage name must start with a letter and contain only alphanumeric characters and hyphens, got '${props.stageName}'`, this);
    }
    this.parentStage = scope ? Stage.of(this) : undefined;
    props.permissionsBoundary?._bind(this);
    this.region = props.env?.region ?? this.parentStage?.region;
    this.account = props.env?.account ?? this.parentStage?.account;
    this._outdir = props.outdir;
    this.defaultStackSynthesizer = props.defaultStackSynthesizer ?? this.parentStage?.defaultStackSynthesizer;
    this.stageName = [this.parentStage?.stageName, props.stageName ?? id].filter(x => x).join('-');
  }

  /** The cloud assembly output directory. */
  public get outdir(): string {
    if (this._outdir) { return this._outdir; }
    if (this.parentStage) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require('path').join(this.parentStage.outdir, this.artifactId);
    }
    throw new ValidationError('outdir is not set for this stage', this);
  }

  /** The cloud assembly asset output directory. */
  public get assetOutdir(): string {
    return this.parentStage ? this.parentStage.assetOutdir : this.outdir;
  }

  /** Artifact ID of the assembly if it is a nested stage (`assembly-<path with dashes>`). */
  public get artifactId(): string {
    if (!this.node.path) { return ''; }
    return `assembly-${this.node.path.replace(/\//g, '-').replace(/^-+|-+$/g, '')}`;
  }

  /**
   * Synthesize this stage into a cloud assembly. Once an assembly has been synthesized, it cannot be
   * modified; subsequent calls return the same assembly unless `force` is set.
   */
  public synth(options: StageSynthesisOptions = {}): CloudAssembly {
    if (!this.assembly || options.force) {
      const { synthesize } = synthesisModule();
      this.assembly = synthesize(this, options);
    }
    return this.assembly!;
  }
}
