/**
 * The Lambda entrypoint of custom resource providers (shipped beside the provider's code as
 * `__entrypoint__.js`). It calls the provider's `index.handler(event, context)` and reports the
 * outcome to CloudFormation by the custom resource protocol: a PUT of a JSON response to the
 * pre-signed `ResponseURL` of the event, with an empty Content-Type (the URL is signed without one).
 *
 * The handler returns `{ PhysicalResourceId?, Data?, NoEcho?, Reason? }` (or nothing). A resource
 * that has no physical ID yet gets the request ID on Create and keeps its ID on Update and Delete.
 * A thrown error is reported as FAILED with its message as the reason; a Create that fails gets a
 * marker as its physical ID, so that the Delete CloudFormation sends to clean it up succeeds
 * without calling the handler (there is nothing to delete).
 *
 * This file runs inside Lambda: it may use nothing but Node.js built-in modules.
 */
import * as https from 'https';

/** The physical ID given to a resource whose Create failed. */
export const CREATE_FAILED_PHYSICAL_ID_MARKER = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';
/** The physical ID reported when an Update or Delete fails and the event carries none. */
export const MISSING_PHYSICAL_ID_MARKER = 'AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID';
/** CloudFormation rejects response bodies larger than this. */
export const MAX_RESPONSE_BYTES = 4096;

/** A custom resource request from CloudFormation. */
export interface CloudFormationCustomResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly ResourceType: string;
  readonly ServiceToken?: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: { [key: string]: any };
  readonly OldResourceProperties?: { [key: string]: any };
}

/** What a provider's handler may return. */
export interface CustomResourceHandlerResult {
  readonly PhysicalResourceId?: string;
  readonly Data?: { [key: string]: any };
  readonly NoEcho?: boolean;
  readonly Reason?: string;
}

/** The part of the Lambda context the entrypoint uses. */
export interface LambdaContext {
  readonly logStreamName?: string;
  getRemainingTimeInMillis?(): number;
}

/** The body PUT to the response URL. */
export interface CloudFormationResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly NoEcho?: boolean;
  readonly Data?: { [key: string]: any };
}

/** An HTTP request as the entrypoint makes it. */
export interface HttpRequest {
  readonly url: string;
  readonly method: 'PUT';
  readonly headers: { [name: string]: string | number };
  readonly body: string;
}

type UserHandler = (event: CloudFormationCustomResourceEvent, context: LambdaContext) => Promise<CustomResourceHandlerResult | undefined | void> | CustomResourceHandlerResult | undefined | void;

/** The entrypoint's contact with the outside world; tests replace these. */
export const external = {
  /** Sends one HTTP request; resolves with the status code. */
  sendHttpRequest: sendWithHttps as (request: HttpRequest) => Promise<number>,
  /** Logs a line (to CloudWatch Logs, in Lambda). */
  log: (message: string): void => { console.log(message); },
  /** Waits between attempts to deliver the response. */
  sleep: (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms)),
  /** Loads the provider's handler: `handler` of `index.js` beside this file. */
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loadUserHandler: (): UserHandler => require('./index').handler,
  /** How many times, at most, the response is sent. */
  maxAttempts: 5,
};

/** The Lambda handler. */
export async function handler(event: CloudFormationCustomResourceEvent, context: LambdaContext = {}): Promise<void> {
  const { ResponseURL: _redacted, ...loggable } = event;
  external.log(`Received ${event.RequestType} request: ${JSON.stringify(loggable)}`);

  if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED_PHYSICAL_ID_MARKER) {
    external.log('The Create of this resource failed: nothing to delete');
    await respond(event, { Status: 'SUCCESS', Reason: 'SUCCESS', PhysicalResourceId: event.PhysicalResourceId });
    return;
  }

  let result: CustomResourceHandlerResult | undefined | void;
  try {
    result = await runBeforeTimeout(() => external.loadUserHandler()(event, context), context);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    external.log(`The handler failed: ${e instanceof Error && e.stack ? e.stack : message}`);
    const physicalId = event.PhysicalResourceId
      ?? (event.RequestType === 'Create' ? CREATE_FAILED_PHYSICAL_ID_MARKER : MISSING_PHYSICAL_ID_MARKER);
    const logHint = context.logStreamName ? ` (log stream: ${context.logStreamName})` : '';
    await respond(event, { Status: 'FAILED', Reason: `${message}${logHint}`, PhysicalResourceId: physicalId });
    return;
  }

  const outcome = result ?? {};
  const physicalId = outcome.PhysicalResourceId ?? event.PhysicalResourceId ?? event.RequestId;
  await respond(event, {
    Status: 'SUCCESS',
    Reason: outcome.Reason ?? 'SUCCESS',
    PhysicalResourceId: physicalId,
    NoEcho: outcome.NoEcho,
    Data: outcome.Data,
  });
}

type ResponseFields = Pick<CloudFormationResponse, 'Status' | 'Reason' | 'PhysicalResourceId' | 'NoEcho' | 'Data'>;

/** Builds the response and PUTs it to the pre-signed URL, retrying with growing pauses. */
export async function respond(event: CloudFormationCustomResourceEvent, fields: ResponseFields): Promise<void> {
  let response: CloudFormationResponse = {
    ...fields,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
  let body = JSON.stringify(response);
  if (Buffer.byteLength(body) > MAX_RESPONSE_BYTES) {
    // CloudFormation would reject it and wait for a response until it times out.
    response = {
      Status: 'FAILED',
      Reason: `The response is ${Buffer.byteLength(body)} bytes, more than the ${MAX_RESPONSE_BYTES} CloudFormation accepts: return less Data`,
      PhysicalResourceId: fields.PhysicalResourceId,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
    };
    body = JSON.stringify(response);
  }
  external.log(`Responding ${response.Status}: ${JSON.stringify({ ...response, Data: response.NoEcho ? '(hidden: NoEcho)' : response.Data })}`);

  const request: HttpRequest = {
    url: event.ResponseURL,
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    body,
  };
  let lastError: unknown;
  for (let attempt = 1; attempt <= external.maxAttempts; attempt++) {
    try {
      const status = await external.sendHttpRequest(request);
      if (status >= 200 && status < 300) { return; }
      lastError = new Error(`the response URL answered HTTP ${status}`);
    } catch (e) {
      lastError = e;
    }
    if (attempt < external.maxAttempts) {
      external.log(`Sending the response failed (attempt ${attempt}): ${describe(lastError)}; retrying`);
      await external.sleep(Math.min(1000 * 2 ** (attempt - 1), 10_000));
    }
  }
  throw new Error(`Could not send the response to CloudFormation after ${external.maxAttempts} attempts: ${describe(lastError)}`);
}

/**
 * Runs the handler, but gives up a little before Lambda would stop it: a FAILED response then
 * still reaches CloudFormation, which would otherwise wait an hour for one.
 */
async function runBeforeTimeout<T>(run: () => Promise<T> | T, context: LambdaContext): Promise<T> {
  const remaining = context.getRemainingTimeInMillis?.();
  if (remaining === undefined) { return run(); }
  const margin = Math.min(5000, Math.max(remaining / 10, 100));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The handler did not finish before the Lambda timeout (${remaining} ms left when it started)`)), remaining - margin);
  });
  try {
    return await Promise.race([Promise.resolve().then(run), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sendWithHttps(request: HttpRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request(request.url, { method: request.method, headers: request.headers }, res => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
