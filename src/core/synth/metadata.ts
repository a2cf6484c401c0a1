import { IConstruct } from 'constructs';
import { ANNOTATION_ERROR, ANNOTATION_INFO, ANNOTATION_WARNING, isAcknowledged } from '../annotations';
import type { CfnElement } from '../cfn/cfn-element';
import { isCfnElementLike } from '../cfn/stack-lookup';

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

/**
 * The metadata entries of one construct as the cloud assembly carries them (acknowledged warnings left out, the
 * logical ID of a CloudFormation element added); messages among them are appended to `messages`.
 * `id` is the construct path with a leading `/`; `isElement` says whether `c` is a CloudFormation element (if known).
 */
export function metadataEntries(c: IConstruct, id: string, messages: SynthesisMessage[], isElement = isCfnElementLike(c)): any[] {
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
    if (level) { messages.push({ level, id, entry }); }
  }
  if (isElement) {
    entries.push({ type: 'aws:cdk:logicalId', data: (c as CfnElement).resolvedLogicalId });
  }
  return entries;
}
