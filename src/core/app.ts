import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ValidationError } from './errors';
import { Stage } from './stage';
import type { IStackSynthesizer } from './synth/stack-synthesizer';

/** Initialization props for apps. */
export interface AppProps {
  /**
   * Automatically call `synth()` before the program exits.
   * @default true if running via CDK CLI (`CDK_OUTDIR` is set), `false` otherwise
   */
  readonly autoSynth?: boolean;
  /**
   * The output directory into which to emit synthesized artifacts.
   * @default - If this value is _not_ set, considers the environment variable `CDK_OUTDIR`.
   *            If `CDK_OUTDIR` is not defined, uses a temp directory.
   */
  readonly outdir?: string;
  /**
   * Include construct creation stack trace in the `aws:cdk:trace` metadata key of all constructs.
   * @default true stack traces are included unless `aws:cdk:disable-stack-trace` is set in the context.
   */
  readonly stackTraces?: boolean;
  /**
   * Include runtime versioning information in the Stacks of this app.
   * @default Value of 'aws:cdk:version-reporting' context key
   */
  readonly analyticsReporting?: boolean;
  /**
   * Additional context values for the application. Context set by the CLI or the `context` key in `cdk.json`
   * has precedence.
   * @default - no additional context
   */
  readonly context?: { [key: string]: any };
  /**
   * Additional context values for the application; these take precedence over context from the CLI, `cdk.json`
   * and `context`.
   * @default - no additional context
   */
  readonly postCliContext?: { [key: string]: any };
  /**
   * Include construct tree metadata as part of the Cloud Assembly.
   * @default true
   */
  readonly treeMetadata?: boolean;
  /**
   * The stack synthesizer to use by default for all Stacks in the App.
   * @default - A `DefaultStackSynthesizer` with default settings
   */
  readonly defaultStackSynthesizer?: IStackSynthesizer;
}

const APP_SYMBOL = Symbol.for('lambda-cdk.App');
const CONTEXT_ENV = 'CDK_CONTEXT_JSON';
const CONTEXT_OVERFLOW_ENV = 'CONTEXT_OVERFLOW_LOCATION_ENV';
const OUTDIR_ENV = 'CDK_OUTDIR';

/**
 * A construct which represents an entire CDK app: the root of the construct tree.
 */
export class App extends Stage {
  /** Checks if an object is an instance of the `App` class. */
  public static isApp(obj: any): obj is App {
    return obj !== null && typeof obj === 'object' && APP_SYMBOL in obj;
  }

  private _appOutdir?: string;
  /** Whether synthesis writes tree.json (`treeMetadata`). @internal */
  public readonly _treeMetadata: boolean;

  constructor(props: AppProps = {}) {
    super(undefined as any, '', { defaultStackSynthesizer: props.defaultStackSynthesizer });
    Object.defineProperty(this, APP_SYMBOL, { value: true });
    this._treeMetadata = props.treeMetadata ?? true;
    this.loadContext(props.context, props.postCliContext);
    if (props.stackTraces === false) { this.node.setContext('aws:cdk:disable-stack-trace', true); }
    if (props.analyticsReporting !== undefined) { this.node.setContext('aws:cdk:version-reporting', props.analyticsReporting); }
    this._appOutdir = props.outdir ?? process.env[OUTDIR_ENV];
    const autoSynth = props.autoSynth ?? process.env[OUTDIR_ENV] !== undefined;
    if (autoSynth) {
      process.once('beforeExit', () => this.synth());
    }
  }

  /** The cloud assembly output directory (a new temporary directory when neither `outdir` nor `CDK_OUTDIR` is set). */
  public override get outdir(): string {
    if (!this._appOutdir) {
      this._appOutdir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'cdk.out'));
    }
    return this._appOutdir;
  }

  private loadContext(defaults: { [key: string]: any } = {}, final: { [key: string]: any } = {}) {
    for (const [k, v] of Object.entries(defaults)) { this.node.setContext(k, v); }
    const fromEnv = readContextFromEnvironment();
    for (const [k, v] of Object.entries(fromEnv)) { this.node.setContext(k, v); }
    for (const [k, v] of Object.entries(final)) { this.node.setContext(k, v); }
  }
}

/**
 * The context the CDK CLI passes: JSON in CDK_CONTEXT_JSON, and when that would be too large for the
 * environment, the rest in a JSON file named by CONTEXT_OVERFLOW_LOCATION_ENV.
 */
function readContextFromEnvironment(): { [key: string]: any } {
  const context: { [key: string]: any } = {};
  const inline = process.env[CONTEXT_ENV];
  if (inline) { Object.assign(context, parseContext(inline, CONTEXT_ENV)); }
  const overflow = process.env[CONTEXT_OVERFLOW_ENV];
  if (overflow) { Object.assign(context, parseContext(fs.readFileSync(overflow, 'utf-8'), `file ${overflow}`)); }
  return context;
}

function parseContext(raw: string, source: string): { [key: string]: any } {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new ValidationError(`Cannot parse the context the CDK CLI passed in ${source}: ${(e as Error).message}`);
  }
}
