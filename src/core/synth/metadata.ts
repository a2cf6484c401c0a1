import { IConstruct } from 'constructs';
import { ANNOTATION_ERROR, ANNOTATION_INFO, ANNOTATION_WARNING, isAcknowledged } from '../annotations';
import { CfnElement } from '../cfn/cfn-element';
import { isStackLike, isStageLike } from '../cfn/stack-lookup';
import type { Stack } from '../stack';

/** A message (info, warning, error) reported by a construct, as the cloud assembly carries it. */
export interface SynthesisMessage {
  readonly level: 'info' | 'warning' | 'error';
  /** The construct path with a leading `/`. */
  readonly id: string;
  readonly entry: { readonly type: string; readonly data: any; readonly trace?: string[] };
}

const LEVELS: Record<string, SynthesisMessage['level']> = {
  [ANNOTATION_INFO]: 'info',
  [ANNOTATION_WARNING]: 'warning',
  [ANNOTATION_ERROR]: 'error',
};
const ACK_SUFFIX = /\[ack: (.+)\]$/;

/** The metadata a stack's constructs carry, keyed by `/<path>`, plus the messages among it. */
export function collectStackMetadata(stack: Stack): { metadata: Record<string, any[]>; messages: SynthesisMessage[] } {
  const metadata: Record<string, any[]> = {};
  const messages: SynthesisMessage[] = [];
  const visit = (c: IConstruct) => {
    const entries: any[] = [];
    for (const md of c.node.metadata) {
      const level = LEVELS[md.type];
      if (level && level !== 'error' && typeof md.data === 'string') {
        const ack = ACK_SUFFIX.exec(md.data);
        if (ack && isAcknowledged(c, ack[1])) { continue; }
      }
      const entry: any = { type: md.type, data: md.data };
      if (md.trace && md.trace.length > 0) { entry.trace = md.trace; }
      entries.push(entry);
      if (level) { messages.push({ level, id: `/${c.node.path}`, entry }); }
    }
    if (CfnElement.isCfnElement(c)) {
      entries.push({ type: 'aws:cdk:logicalId', data: c.resolvedLogicalId });
    }
    if (entries.length > 0) { metadata[`/${c.node.path}`] = entries; }
    for (const child of c.node.children) {
      if (isStackLike(child) || isStageLike(child)) { continue; }
      visit(child);
    }
  };
  visit(stack);
  return { metadata, messages };
}
