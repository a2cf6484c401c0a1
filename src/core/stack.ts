import { Construct, IConstruct } from 'constructs';
import { CfnElement } from './cfn/cfn-element';
import { Aws, ScopedAws } from './cfn/pseudo';
import { STACK_SYMBOL, findStack, isStackLike } from './cfn/stack-lookup';
import { Environment } from './environment';
import { ValidationError } from './errors';
import { makeUniqueId } from './logical-id';
import { CLOUDFORMATION_TOKEN_RESOLVER } from './tokens/cloudformation-lang';
import { Token, Tokenization } from './tokens/token';
import { TagManager, TagType } from './tag-manager';
import type { IStackSynthesizer } from './synth/stack-synthesizer';
import type { PermissionsBoundary } from './permissions-boundary';
import type { ArnComponents, ArnFormat } from './arn';
import { lazyModule } from './lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const appModule = lazyModule(() => require('./app') as typeof import('./app'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fnModule = lazyModule(() => require('./cfn/fn') as typeof import('./cfn/fn'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonModule = lazyModule(() => require('./tokens/json') as typeof import('./tokens/json'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const crossStackModule = lazyModule(() => require('./synth/cross-stack') as typeof import('./synth/cross-stack'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const arnModule = lazyModule(() => require('./arn') as typeof import('./arn'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const regionFactsModule = lazyModule(() => require('./region-facts') as typeof import('./region-facts'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stackLookupModule = lazyModule(() => require('./cfn/stack-lookup') as typeof import('./cfn/stack-lookup'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundlingStacksModule = lazyModule(() => require('./assets/bundling-stacks') as typeof import('./assets/bundling-stacks'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const defaultSynthesizerModule = lazyModule(() => require('./synth/default-synthesizer') as typeof import('./synth/default-synthesizer'));

/** Properties of a Stack. */
export interface StackProps {
  /**
   * A description of the stack.
   * @default - No description.
   */
  readonly description?: string;
  /**
   * The AWS environment (account/region) where this stack will be deployed.
   * @default - The environment of the containing `Stage` if available, otherwise create the stack environment-agnostic.
   */
  readonly env?: Environment;
  /**
   * Name to deploy the stack with.
   * @default - Derived from construct path.
   */
  readonly stackName?: string;
  /**
   * Tags that will be applied to the Stack. These tags are applied to the CloudFormation Stack itself.
   * @default {}
   */
  readonly tags?: { [key: string]: string };
  /**
   * SNS Topic ARNs that will receive stack events.
   * @default - no notification arns.
   */
  readonly notificationArns?: string[];
  /**
   * Synthesis method to use while deploying this stack.
   * @default - The synthesizer specified on App, or `DefaultStackSynthesizer` otherwise.
   */
  readonly synthesizer?: IStackSynthesizer;
  /**
   * A permissions boundary for every IAM role and user of this stack.
   * @default - the boundary of the enclosing Stage, if any
   */
  readonly permissionsBoundary?: PermissionsBoundary;
  /**
   * Whether to enable termination protection for this stack.
   * @default false
   */
  readonly terminationProtection?: boolean;
  /**
   * Include runtime versioning information in this Stack.
   * @default `analyticsReporting` setting of containing `App`, or value of 'aws:cdk:version-reporting' context key
   */
  readonly analyticsReporting?: boolean;
  /**
   * Enable this flag to allow native cross region stack references.
   * @default false
   */
  readonly crossRegionReferences?: boolean;
  /**
   * Enable this flag to suppress indentation in generated CloudFormation templates.
   * @default - the value of `@aws-cdk/core:suppressTemplateIndentation`, or `false` if that is not set.
   */
  readonly suppressTemplateIndentation?: boolean;
}

/** CloudFormation template options for a stack. */
export interface ITemplateOptions {
  /** Gets or sets the description of this stack. */
  description?: string;
  /** Gets or sets the AWSTemplateFormatVersion field of the CloudFormation template. */
  templateFormatVersion?: string;
  /** Gets or sets the top-level template transform(s) for this stack. */
  transforms?: string[];
  /** Metadata associated with the CloudFormation template. */
  metadata?: { [key: string]: any };
}

/** Options for the `stack.exportValue()` method. */
export interface ExportValueOptions {
  /**
   * The name of the export to create.
   * @default - A name is automatically chosen
   */
  readonly name?: string;
  /**
   * The description of the outputs.
   * @default - No description
   */
  readonly description?: string;
}

const VALID_STACK_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const MAX_STACK_NAME_LENGTH = 128;

/** A root construct which represents a single CloudFormation stack. */
export class Stack extends Construct implements ITaggableStack {
  /** Return whether the given object is a Stack. */
  public static isStack(x: any): x is Stack {
    return isStackLike(x);
  }

  /** Looks up the first stack scope in which `construct` is defined. Fails if there is no stack up the tree. */
  public static of(construct: IConstruct): Stack {
    return findStack(construct);
  }

  /** Tags to be applied to the stack. */
  public readonly tags: TagManager;
  /** Options for CloudFormation template (like version, transform, description). */
  public readonly templateOptions: ITemplateOptions = {};
  /** The AWS region into which this stack will be deployed (e.g. `us-west-2`), or a token when env-agnostic. */
  public readonly region: string;
  /** The AWS account into which this stack will be deployed, or a token when env-agnostic. */
  public readonly account: string;
  /** The environment coordinates in which this stack is deployed (`aws://account/region`). */
  public readonly environment: string;
  /** Whether termination protection is enabled for this stack. */
  public terminationProtection: boolean;
  /** If this is a nested stack, this represents its `AWS::CloudFormation::Stack` resource. */
  public readonly nestedStackResource?: CfnElement;
  /** The name of the CloudFormation template file emitted to the output directory during synthesis. */
  public readonly templateFile: string;
  /** The ID of the cloud assembly artifact for this stack. */
  public readonly artifactId: string;
  /** Synthesis method for this stack. */
  public readonly synthesizer: IStackSynthesizer;
  /** Whether version reporting is enabled for this stack. */
  public readonly _versionReportingEnabled: boolean;
  /** Whether cross region references are enabled for this stack. */
  public readonly _crossRegionReferences: boolean;

  private readonly _stackName: string;
  private readonly _logicalIds = new Map<string, string>();
  private readonly _stackDependencies = new Map<Stack, Set<string>>();
  private readonly _notificationArns?: string[];
  private readonly _scopedAws: ScopedAws;
  private readonly _suppressTemplateIndentation?: boolean;

  constructor(scope?: Construct, id?: string, props: StackProps = {}) {
    if (!scope) {
      // Unit tests may create a stack without an app; give it one, as apps run synthesis.
      const { App } = appModule();
      scope = new App({ autoSynth: false });
    }
    id = id ?? 'Default';
    super(scope, id);
    Object.defineProperty(this, STACK_SYMBOL, { value: true });
    props.permissionsBoundary?._bind(this);
    this._scopedAws = new ScopedAws(this);

    const stage = stageOf(this);
    const env = props.env ?? {};
    // Environment-agnostic stacks share the global pseudo parameter tokens (`stack.account === Aws.ACCOUNT_ID`).
    this.account = env.account ?? stage?.account ?? Aws.ACCOUNT_ID;
    this.region = env.region ?? stage?.region ?? Aws.REGION;
    this.environment = `aws://${Token.isUnresolved(this.account) ? 'unknown-account' : this.account}/${Token.isUnresolved(this.region) ? 'unknown-region' : this.region}`;
    this._notificationArns = props.notificationArns;

    if (props.description !== undefined) {
      if (props.description.length > 1024) {
        throw new ValidationError(`Stack description must be <= 1024 characters, got ${props.description.length}`, this);
      }
      this.templateOptions.description = props.description;
    }

    if (props.stackName !== undefined && Token.isUnresolved(props.stackName)) {
      throw new ValidationError(`stackName must be a literal string (it names the stack in the cloud assembly before deployment), got the token ${props.stackName}`, this);
    }
    this._stackName = props.stackName ?? this.generateStackName(stage);
    if (this._stackName.length > MAX_STACK_NAME_LENGTH) {
      throw new ValidationError(`Stack name must be <= ${MAX_STACK_NAME_LENGTH} characters, got '${this._stackName}' (${this._stackName.length})`, this);
    }
    if (!Token.isUnresolved(this._stackName) && !VALID_STACK_NAME.test(this._stackName)) {
      throw new ValidationError(`Stack name must match the regular expression ${VALID_STACK_NAME}, got '${this._stackName}'`, this);
    }
    this.tags = new TagManager(TagType.KEY_VALUE, 'aws:cdk:stack', props.tags);
    this.terminationProtection = props.terminationProtection ?? false;
    this.artifactId = this.generateStackArtifactId(stage);
    this.templateFile = `${this.artifactId}.template.json`;
    this._versionReportingEnabled = props.analyticsReporting ?? false;
    this._crossRegionReferences = !!props.crossRegionReferences;
    this._suppressTemplateIndentation = props.suppressTemplateIndentation;

    this.synthesizer = props.synthesizer ?? stage?.defaultStackSynthesizer ?? newDefaultSynthesizer();
    this.synthesizer.bind(this);
  }

  /** The concrete CloudFormation physical stack name (a literal unless given as a token). */
  public get stackName(): string {
    return this._stackName;
  }

  /** The partition in which this stack is defined. */
  public get partition(): string {
    return Aws.PARTITION;
  }

  /** The Amazon domain suffix for the region in which this stack is defined. */
  public get urlSuffix(): string {
    return Aws.URL_SUFFIX;
  }

  /** The ID of the stack (a token). */
  public get stackId(): string {
    return this._scopedAws.stackId;
  }

  /** Returns the list of notification Amazon Resource Names (ARNs) for the current stack. */
  public get notificationArns(): string[] {
    return this._notificationArns ?? this._scopedAws.notificationArns;
  }

  /** Indicates if this is a nested stack. */
  public get nested(): boolean {
    return false;
  }

  /** If this is a nested stack, returns its parent stack. */
  public get nestedStackParent(): Stack | undefined {
    return undefined;
  }

  /**
   * Whether assets of this stack are bundled: true unless the CDK CLI selected other stacks (it names the stacks it
   * deploys or synthesizes in the context value `aws:cdk:bundling-stacks`).
   */
  public get bundlingRequired(): boolean {
    return bundlingStacksModule().bundlingRequired(this);
  }

  /** Whether the template is written without indentation. */
  public get _suppressIndentation(): boolean {
    return this._suppressTemplateIndentation ?? !!this.node.tryGetContext('@aws-cdk/core:suppressTemplateIndentation');
  }

  /** Return the stacks this stack depends on. */
  public get dependencies(): Stack[] {
    return [...this._stackDependencies.keys()];
  }

  /** The list of availability zones of this stack's environment (`Fn::GetAZs` when env-agnostic). */
  public get availabilityZones(): string[] {
    const { Fn } = fnModule();
    if (Token.isUnresolved(this.account) || Token.isUnresolved(this.region)) {
      return [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())];
    }
    const key = `availability-zones:account=${this.account}:region=${this.region}`;
    const value = this.node.tryGetContext(key);
    return Array.isArray(value) ? value : ['dummy1a', 'dummy1b', 'dummy1c'];
  }

  /** Resolve a tokenized value in the context of the current stack. */
  public resolve(obj: any): any {
    return Tokenization.resolve(obj, { scope: this, resolver: CLOUDFORMATION_TOKEN_RESOLVER, preparing: false });
  }

  /** Convert an object, potentially containing tokens, to a JSON string (a token when it holds tokens). */
  public toJsonString(obj: any, space?: number): string {
    const { tokenAwareJsonify } = jsonModule();
    return tokenAwareJsonify(obj, space);
  }

  /** Convert an object, potentially containing tokens, to a YAML string (tokens are not supported). */
  public toYamlString(obj: any): string {
    return JSON.stringify(this.resolve(obj), undefined, 2);
  }

  /**
   * Add a dependency between this stack and another stack: this stack will be deployed after `target`.
   */
  public addDependency(target: Stack, reason?: string): void {
    if (target === this) { return; }
    if (target.nested) {
      // A nested stack is deployed with its top-level stack: depend on that one.
      let top = target;
      while (top.nestedStackParent !== undefined) { top = top.nestedStackParent; }
      if (top === this) {
        throw new ValidationError(`Stack '${this.node.path}' cannot depend on its own nested stack '${target.node.path}'`, this);
      }
      target = top;
    }
    if (target._dependsOnTransitively(this)) {
      throw new ValidationError(`'${target.node.path}' depends on '${this.node.path}' (${reason ?? 'explicit dependency'}); adding the reverse dependency would create a cycle`, this);
    }
    let reasons = this._stackDependencies.get(target);
    if (!reasons) { reasons = new Set(); this._stackDependencies.set(target, reasons); }
    reasons.add(reason ?? `{${this.node.path}}.addDependency({${target.node.path}})`);
  }

  /** Whether this stack depends on `other`, directly or through other stacks. @internal */
  public _dependsOnTransitively(other: Stack, seen = new Set<Stack>()): boolean {
    for (const dep of this._stackDependencies.keys()) {
      if (dep === other) { return true; }
      if (!seen.has(dep)) {
        seen.add(dep);
        if (dep._dependsOnTransitively(other, seen)) { return true; }
      }
    }
    return false;
  }

  /** Allocates a stack-unique CloudFormation-compatible logical identity for a specific resource. */
  public getLogicalId(element: CfnElement): string {
    const newId = this.allocateLogicalId(element);
    return this._logicalIds.get(newId) ?? newId;
  }

  /** Rename a generated logical identity: the ID `oldId` becomes `newId` wherever it would be allocated. */
  public renameLogicalId(oldId: string, newId: string): void {
    this._logicalIds.set(oldId, newId);
  }

  /**
   * Create a CloudFormation Export for a string value and return an import expression for it.
   */
  public exportValue(exportedValue: any, options: ExportValueOptions = {}): string {
    const { exportValue } = crossStackModule();
    return exportValue(this, exportedValue, options);
  }

  /** Create a CloudFormation Export for a string list value and return an import expression for it. */
  public exportStringListValue(exportedValue: any, options: ExportValueOptions = {}): string[] {
    const { exportStringListValue } = crossStackModule();
    return exportStringListValue(this, exportedValue, options);
  }

  /** Creates an ARN from components; unspecified partition, region and account come from this stack. */
  public formatArn(components: ArnComponents): string {
    const { Arn } = arnModule();
    return Arn.format(components, this);
  }

  /** Splits the provided ARN into its components. */
  public splitArn(arn: string, arnFormat: ArnFormat): ArnComponents {
    const { Arn } = arnModule();
    return Arn.split(arn, arnFormat);
  }

  /**
   * The value of a fact about the stack's region (e.g. the partition, or a Lambda layer ARN): a literal when the
   * region is known, otherwise a lookup in a mapping of every known region (or a literal when all agree).
   */
  public regionalFact(factName: string, defaultValue?: string): string {
    const { standardRegionalFact } = regionFactsModule();
    return standardRegionalFact(this, factName, defaultValue);
  }

  /** Add a Transform to this stack. A Transform is a macro that AWS CloudFormation uses to process your template. */
  public addTransform(transform: string): void {
    if (!this.templateOptions.transforms) { this.templateOptions.transforms = []; }
    this.templateOptions.transforms.push(transform);
  }

  /** Adds an arbitrary key-value pair, with information you want to record about the stack, to the template Metadata. */
  public addMetadata(key: string, value: any): void {
    if (!this.templateOptions.metadata) { this.templateOptions.metadata = {}; }
    this.templateOptions.metadata[key] = value;
  }

  /** Configure a stack tag (on the CloudFormation stack itself). */
  public addStackTag(tagName: string, tagValue: string): void {
    this.tags.setTag(tagName, tagValue);
  }

  /** Remove a stack tag. */
  public removeStackTag(tagName: string): void {
    this.tags.removeTag(tagName, 0);
  }

  /** Returns the naming scheme used to allocate logical IDs: the readable path plus a hash. */
  protected allocateLogicalId(cfnElement: CfnElement): string {
    // The ids from below the element's stack down to the element (walking up: `node.scopes` would be kept by every node).
    const pathComponents: string[] = [];
    let tokenId: string | undefined;
    for (let c: IConstruct | undefined = cfnElement; c !== undefined && c !== cfnElement.stack; c = c.node.scope) {
      const id = c.node.id;
      // The cheap substring tests first: ids almost never hold tokens.
      if ((id.includes('${Token[') || id.includes('e+289')) && Token.isUnresolved(id)) { tokenId = id; }
      pathComponents.push(id);
    }
    pathComponents.reverse();
    if (tokenId !== undefined) {
      throw new ValidationError(`A construct id must be a literal string; '${tokenId}' is a token, so no logical ID can be derived from the path`, cfnElement);
    }
    return makeUniqueId(pathComponents);
  }

  private generateStackName(stage: any): string {
    const assemblyPrefix = stage && stage.stageName ? `${stage.stageName}-` : '';
    const components = this.pathComponentsBelow(stage);
    if (components.length === 1) {
      return `${assemblyPrefix}${components[0]}`.slice(0, MAX_STACK_NAME_LENGTH);
    }
    return `${assemblyPrefix}${makeUniqueId(components)}`;
  }

  private generateStackArtifactId(stage: any): string {
    const components = this.pathComponentsBelow(stage);
    if (stage && stage.stageName) {
      // Inside a nested stage the artifact ID carries the stage path, so it is unique in the nested assembly too.
      return makeUniqueId([...stage.node.path.split('/'), ...components]);
    }
    return components.length === 1 ? components[0] : makeUniqueId(components);
  }

  private pathComponentsBelow(stage: any): string[] {
    const scopes = this.node.scopes;
    const start = stage ? scopes.indexOf(stage) + 1 : 0;
    return scopes.slice(start).map(s => s.node.id);
  }
}

/** Implemented by stacks: they carry tags for the CloudFormation stack. */
interface ITaggableStack {
  readonly tags: TagManager;
}

function stageOf(construct: IConstruct): any {
  const { findStage } = stackLookupModule();
  return findStage(construct);
}

function newDefaultSynthesizer(): IStackSynthesizer {
  const { DefaultStackSynthesizer } = defaultSynthesizerModule();
  return new DefaultStackSynthesizer();
}

