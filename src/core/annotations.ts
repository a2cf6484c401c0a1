import { IConstruct } from 'constructs';

/** Metadata types under which annotations are stored on a construct's node. */
export const ANNOTATION_INFO = 'aws:cdk:info';
export const ANNOTATION_WARNING = 'aws:cdk:warning';
export const ANNOTATION_ERROR = 'aws:cdk:error';
export const ANNOTATION_ACKNOWLEDGE = 'aws:cdk:acknowledge';

/** Includes API for attaching annotations such as warning messages to constructs. */
export class Annotations {
  /** Returns the annotations API for a construct scope. */
  public static of(scope: IConstruct): Annotations {
    return new Annotations(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Whether messages record where they were added (read when a message is added, not for every `of()`). */
  private get stackTraces(): boolean {
    return DEBUG || this.scope.node.tryGetContext('aws:cdk:disable-stack-trace') === false;
  }

  /** Acknowledge a warning: warnings with this id on this construct and its children are not reported. */
  public acknowledgeWarning(id: string, message?: string): void {
    this.scope.node.addMetadata(ANNOTATION_ACKNOWLEDGE, { id, message });
    (globalThis as any)[ACKNOWLEDGED] = true;
  }

  /** Acknowledge an info message with this id. */
  public acknowledgeInfo(id: string, message?: string): void {
    this.acknowledgeWarning(id, message);
  }

  /** Adds an acknowledgeable warning metadata entry to this construct (the id is shown as `[ack: id]`). */
  public addWarningV2(id: string, message: string): void {
    if (isAcknowledged(this.scope, id)) { return; }
    this.addMessage(ANNOTATION_WARNING, withAckId(message, id));
  }

  /** Adds a warning metadata entry to this construct (use addWarningV2 for acknowledgeable warnings). */
  public addWarning(message: string): void {
    this.addMessage(ANNOTATION_WARNING, message);
  }

  /** Adds an info metadata entry to this construct. */
  public addInfo(message: string): void {
    this.addMessage(ANNOTATION_INFO, message);
  }

  /** Adds an acknowledgeable info metadata entry to this construct. */
  public addInfoV2(id: string, message: string): void {
    if (isAcknowledged(this.scope, id)) { return; }
    this.addMessage(ANNOTATION_INFO, withAckId(message, id));
  }

  /** Adds an { "error": <message> } metadata entry to this construct: synthesis fails with it. */
  public addError(message: string): void {
    this.addMessage(ANNOTATION_ERROR, message);
  }

  /** Adds a deprecation warning for a specific API (once per API and construct). */
  public addDeprecation(api: string, message: string): void {
    const text = `The API ${api} is deprecated: ${message}. This API will be removed in the next major release`;
    if (this.scope.node.tryGetContext('@aws-cdk/core:disableDeprecationWarnings') || process.env.JSII_DEPRECATED === 'quiet') { return; }
    if (process.env.JSII_DEPRECATED === 'fail') { throw new Error(`${this.scope.node.path}: ${text}`); }
    this.addWarningV2(`Deprecated:${api}`, text);
  }

  private addMessage(level: string, message: string) {
    const exists = this.scope.node.metadata.some(m => m.type === level && m.data === message);
    if (exists) { return; }
    this.scope.node.addMetadata(level, internMessage(message), { stackTrace: this.stackTraces });
  }
}

// Read once: process.env is slow to query, and messages are added per construct.
const DEBUG = process.env.CDK_DEBUG === 'true';

let lastAck: { message: string; id: string; text: string } | undefined;

/**
 * `<message> [ack: <id>]`, the same string for the same message and id in a row (a warning added to a thousand
 * constructs is then built, and hashed by internMessage, once).
 */
function withAckId(message: string, id: string): string {
  if (lastAck === undefined || lastAck.message !== message || lastAck.id !== id) {
    lastAck = { message, id, text: `${message} [ack: ${id}]` };
  }
  return lastAck.text;
}

/** Set when any warning is acknowledged, by any copy of this library in the process. */
const ACKNOWLEDGED = Symbol.for('lambda-cdk.WarningAcknowledged');

const internedMessages = new Map<string, string>();

/**
 * One string per distinct message: the same warning on a thousand constructs (a deprecated runtime...) is kept once
 * instead of a thousand times.
 */
function internMessage(message: string): string {
  const known = internedMessages.get(message);
  if (known !== undefined) { return known; }
  if (internedMessages.size < 10_000) { internedMessages.set(message, message); }
  return message;
}

/** Whether a warning id was acknowledged on this construct or one of its ancestors. */
export function isAcknowledged(scope: IConstruct, id: string): boolean {
  // Most apps acknowledge nothing: then there are no ancestors to search.
  if (!(globalThis as any)[ACKNOWLEDGED]) { return false; }
  for (let s: IConstruct | undefined = scope; s !== undefined; s = s.node.scope) {
    if (s.node.metadata.some(m => m.type === ANNOTATION_ACKNOWLEDGE && m.data?.id === id)) { return true; }
  }
  return false;
}
