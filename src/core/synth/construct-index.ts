import type { IConstruct } from 'constructs';
import type { CfnElement } from '../cfn/cfn-element';
import { isStackLike, isStageLike, isCfnElementLike } from '../cfn/stack-lookup';
import type { Stack } from '../stack';

/** What one preorder walk of a construct tree finds, for the synthesis steps that each used to walk it again. */
export interface ConstructIndex {
  /** Every construct, root first, in preorder. */
  readonly all: IConstruct[];
  /** The stacks, in preorder. */
  readonly stacks: Stack[];
  /** The stages (the App among them), in preorder. */
  readonly stages: IConstruct[];
  /** The CloudFormation elements of each stack, in preorder, not those of stacks or stages below it. */
  readonly elements: Map<Stack, CfnElement[]>;
}

/** Walk the tree once: constructs, stacks, stages, and which stack each CloudFormation element belongs to. */
export function indexConstructs(root: IConstruct): ConstructIndex {
  const all: IConstruct[] = [];
  const stacks: Stack[] = [];
  const stages: IConstruct[] = [];
  const elements = new Map<Stack, CfnElement[]>();
  const visit = (c: IConstruct, owner: CfnElement[] | undefined) => {
    all.push(c);
    let own = owner;
    // Elements first: they are most of the tree, and an element is never a stack or a stage.
    if (isCfnElementLike(c)) {
      if (owner !== undefined) { owner.push(c as CfnElement); }
    } else if (isStackLike(c)) {
      stacks.push(c as unknown as Stack);
      own = [];
      elements.set(c as unknown as Stack, own);
    } else if (isStageLike(c)) {
      stages.push(c);
      own = undefined;
    }
    for (const child of c.node.children) { visit(child, own); }
  };
  visit(root, undefined);
  return { all, stacks, stages, elements };
}
