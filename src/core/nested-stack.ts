import { Construct, IConstruct } from 'constructs';
import { CfnResource } from './cfn/cfn-resource';
import { Fn } from './cfn/fn';
import { NESTED_STACK_SYMBOL, findStack } from './cfn/stack-lookup';
import { Duration } from './duration';
import { ValidationError } from './errors';
import { RemovalPolicy } from './removal-policy';
import { Stack } from './stack';
import { NestedStackSynthesizer } from './synth/nested-stack-synthesizer';
import { FileAssetPackaging } from './synth/stack-synthesizer';
import { TagManager, TagType } from './tag-manager';
import { IResolvable, IResolveContext } from './tokens/resolvable';
import { Lazy } from './tokens/lazy';
import { Token } from './tokens/token';

/** Initialization props for the `NestedStack` construct. */
export interface NestedStackProps {
  /**
   * The set value pairs that represent the parameters passed to CloudFormation when this nested stack is created.
   * @default - no user-defined parameters are passed to the nested stack
   */
  readonly parameters?: { [key: string]: string };
  /**
   * The length of time that CloudFormation waits for the nested stack to reach the CREATE_COMPLETE state.
   * @default - no timeout
   */
  readonly timeout?: Duration;
  /**
   * The Simple Notification Service (SNS) topics to publish stack related events.
   * @default - notifications are not sent for this stack.
   */
  readonly notificationArns?: string[];
  /**
   * Policy to apply when the nested stack is removed.
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * A description of the stack.
   * @default - No description.
   */
  readonly description?: string;
}

/**
 * A CloudFormation nested stack: its template is a file asset of the parent stack, deployed by an
 * `AWS::CloudFormation::Stack` resource of the parent. References between it and other stacks become
 * parameters and outputs.
 */
export class NestedStack extends Stack {
  /** Checks if `x` is an object of type `NestedStack`. */
  public static isNestedStack(x: any): x is NestedStack {
    return x !== null && typeof x === 'object' && NESTED_STACK_SYMBOL in x;
  }

  public declare readonly nestedStackResource: CfnResource;
  /** The user parameters given to the nested stack resource. */
  private readonly _userParameters: { [key: string]: string };
  /** Parameters made for references into this stack: logical ID to the value the parent passes (resolved). */
  private readonly _referenceParameters: { [logicalId: string]: any } = {};
  private readonly _parentStack: Stack;
  private readonly _contextualStackId: string;
  private readonly _contextualStackName: string;
  private _templateUrl?: string;

  constructor(scope: Construct, id: string, props: NestedStackProps = {}) {
    const parentStack = findParentStack(scope);
    super(scope, id, {
      env: { account: parentStack.account, region: parentStack.region },
      synthesizer: new NestedStackSynthesizer(parentStack.synthesizer),
      description: props.description,
    });
    Object.defineProperty(this, NESTED_STACK_SYMBOL, { value: true });
    this._parentStack = parentStack;
    (this as { templateFile: string }).templateFile = `${this.artifactId}.nested.template.json`;
    this._userParameters = { ...props.parameters };

    // The resource lives in a construct next to the nested stack (in the parent stack), so its logical ID
    // comes from the path `<id>.NestedStack/<id>.NestedStackResource`.
    const resourceScope = new Construct(scope, `${id}.NestedStack`);
    const resource = new NestedStackResource(resourceScope, `${id}.NestedStackResource`, this, {
      NotificationARNs: props.notificationArns,
      Parameters: Lazy.any({ produce: () => this.renderParameters() }),
      TemplateURL: Lazy.uncachedString({ produce: () => this.templateUrl }),
      TimeoutInMinutes: props.timeout?.toMinutes(),
    });
    resource.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.DESTROY);
    (this as { nestedStackResource: CfnResource }).nestedStackResource = resource;

    this._contextualStackId = Token.asString(new ContextualAttribute(this, { Ref: 'AWS::StackId' }, () => resource.ref));
    this._contextualStackName = Token.asString(new ContextualAttribute(this, { Ref: 'AWS::StackName' },
      () => Fn.select(1, Fn.split('/', resource.ref))));
  }

  /** An attribute that represents the name of the nested stack (`AWS::StackName` inside, derived from the resource outside). */
  public override get stackName(): string {
    return this._contextualStackName;
  }

  /** An attribute that represents the ID of the stack (`AWS::StackId` inside, the resource's Ref outside). */
  public override get stackId(): string {
    return this._contextualStackId;
  }

  public override get nested(): boolean {
    return true;
  }

  public override get nestedStackParent(): Stack | undefined {
    return this._parentStack;
  }

  /** Nested stacks are bundled when their parent is. */
  public override get bundlingRequired(): boolean {
    return this._parentStack.bundlingRequired;
  }

  /** Assign a value to one of the nested stack parameters. */
  public setParameter(name: string, value: string): void {
    this._userParameters[name] = value;
  }

  /**
   * Make this nested stack deploy after `target`. Between nested stacks of the same parent this is a `DependsOn`
   * between their resources; otherwise the top-level stacks come to depend on each other.
   */
  public override addDependency(target: Stack, reason?: string): void {
    addNestedDependency(this, target, reason, (t, r) => super.addDependency(t, r));
  }

  /** The HTTP URL of the template asset, known once the template is final. */
  private get templateUrl(): string {
    if (this._templateUrl === undefined) {
      throw new ValidationError(`The template of nested stack '${this.node.path}' is not final yet, so its TemplateURL is unknown; it is only available during synthesis`, this);
    }
    return this._templateUrl;
  }

  /**
   * Register the final template (by the hash of its file) as a file asset of the parent stack.
   * @internal
   */
  public _setTemplateHash(sourceHash: string): void {
    const location = this._parentStack.synthesizer.addFileAsset({
      sourceHash,
      fileName: this.templateFile,
      packaging: FileAssetPackaging.FILE,
      displayName: `${pathBelowTopLevelStack(this)} Nested Stack Template`,
    });
    // Not the synthesizer's httpUrl: aws-cdk-lib builds this URL from the parent's region and URL suffix (observed).
    const parent = this._parentStack;
    this._templateUrl = `https://s3.${parent.region}.${parent.urlSuffix}/${location.bucketName}/${location.objectKey}`;
  }

  /**
   * The parameter `logicalId` passes `parentValue` (already resolved in the parent) into this stack.
   * @internal
   */
  public _addReferenceParameter(logicalId: string, parentValue: any): void {
    this._referenceParameters[logicalId] = parentValue;
  }

  /**
   * Resolve the user parameters in the parent, so any references among them are settled before templates are final.
   * @internal
   */
  public _resolveParametersInParent(resolveIn: (scope: IConstruct, value: any) => any): void {
    for (const key of Object.keys(this._userParameters)) {
      this._userParameters[key] = resolveIn(this.nestedStackResource, this._userParameters[key]);
    }
  }

  private renderParameters(): any {
    const all = { ...this._userParameters, ...this._referenceParameters };
    return Object.keys(all).length > 0 ? all : undefined;
  }
}

/** The `AWS::CloudFormation::Stack` resource of a nested stack: taggable, as CloudFormation stacks are. */
class NestedStackResource extends CfnResource {
  public readonly tags = new TagManager(TagType.STANDARD, 'AWS::CloudFormation::Stack');

  constructor(scope: Construct, id: string, public readonly _nestedStack: NestedStack, properties: { [key: string]: any }) {
    super(scope, id, { type: 'AWS::CloudFormation::Stack', properties });
  }

  protected override get cfnProperties(): { [key: string]: any } {
    const props = this._cfnProperties;
    const tags = this.tags.renderTags();
    return {
      NotificationARNs: props.NotificationARNs,
      Parameters: props.Parameters,
      Tags: tags?.map((t: { key: string; value: string }) => ({ Key: t.key, Value: t.value })),
      TemplateURL: props.TemplateURL,
      TimeoutInMinutes: props.TimeoutInMinutes,
    };
  }
}

/** The nested stack's `stackId`/`stackName`: its own pseudo parameter inside it, a value derived from its resource elsewhere. */
class ContextualAttribute implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly stack: NestedStack, private readonly inside: any, private readonly outside: () => any) { }

  public resolve(context: IResolveContext): any {
    if (findStack(context.scope) === this.stack) { return this.inside; }
    return context.resolve(this.outside());
  }

  public toString(): string {
    return Token.asString(this);
  }
}

function findParentStack(scope: Construct): Stack {
  try {
    return Stack.of(scope);
  } catch {
    throw new ValidationError(`Nested stacks must be defined within the scope of another non-nested stack; '${scope.node.path}' is not in a stack`, scope);
  }
}

/** The top-level (non-nested) stack that deploys `stack`. */
export function topLevelStack(stack: Stack): Stack {
  let s = stack;
  while (s.nestedStackParent !== undefined) { s = s.nestedStackParent; }
  return s;
}

/** The path of a construct below its top-level stack (what asset display names show). */
export function pathBelowTopLevelStack(construct: IConstruct): string {
  const top = topLevelStack(Stack.of(construct));
  const scopes = construct.node.scopes;
  return scopes.slice(scopes.indexOf(top) + 1).map(s => s.node.id).join('/');
}

/** The chain of stacks from `stack` up to its top-level stack. */
function stackChain(stack: Stack): Stack[] {
  const chain = [stack];
  while (chain[chain.length - 1].nestedStackParent !== undefined) { chain.push(chain[chain.length - 1].nestedStackParent!); }
  return chain;
}

function addNestedDependency(source: Stack, target: Stack, reason: string | undefined, addTopLevel: (t: Stack, r?: string) => void): void {
  if (target === source) { return; }
  const sourceChain = stackChain(source);
  const targetChain = stackChain(target);
  const common = sourceChain.find(s => targetChain.includes(s));
  if (common === undefined) {
    const top = topLevelStack(source);
    if (top === source) { addTopLevel(topLevelStack(target), reason); } else { top.addDependency(topLevelStack(target), reason); }
    return;
  }
  if (common === source || common === target) {
    throw new ValidationError(`Nested stack '${source.node.path}' cannot depend on '${target.node.path}': one contains the other`, source);
  }
  const sourceAnchor = sourceChain[sourceChain.indexOf(common) - 1];
  const targetAnchor = targetChain[targetChain.indexOf(common) - 1];
  (sourceAnchor.nestedStackResource as CfnResource).addDependency(targetAnchor.nestedStackResource as CfnResource);
}
