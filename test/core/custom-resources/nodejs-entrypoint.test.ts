import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as entrypoint from '../../../src/core/custom-resources/nodejs-entrypoint';
import { CloudFormationCustomResourceEvent, HttpRequest } from '../../../src/core/custom-resources/nodejs-entrypoint';
import { nodejsEntrypointSource } from '../../../src/core/custom-resources/entrypoint-source';

const EVENT: CloudFormationCustomResourceEvent = {
  RequestType: 'Create',
  ResponseURL: 'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/signed?X-Amz-Signature=abc',
  StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/S/guid',
  RequestId: 'request-1',
  LogicalResourceId: 'Thing',
  ResourceType: 'Custom::Thing',
  ResourceProperties: { ServiceToken: 'arn', Name: 'x' },
};

/** The outside world of the entrypoint, faked: requests are recorded, logs kept, pauses skipped. */
function fakeWorld(target: typeof entrypoint.external, statuses: Array<number | Error> = [200]) {
  const requests: HttpRequest[] = [];
  const logs: string[] = [];
  const sleeps: number[] = [];
  target.sendHttpRequest = async (request) => {
    requests.push(request);
    const next = statuses.length > 1 ? statuses.shift()! : statuses[0];
    if (next instanceof Error) { throw next; }
    return next;
  };
  target.log = (line) => { logs.push(line); };
  target.sleep = async (ms) => { sleeps.push(ms); };
  return { requests, logs, sleeps, bodies: () => requests.map(r => JSON.parse(r.body)) };
}

const original = { ...entrypoint.external };
afterEach(() => { Object.assign(entrypoint.external, original); });

describe('the custom resource entrypoint', () => {
  test('a successful Create PUTs SUCCESS with the handler\'s physical ID and data to the response URL, with an empty content type', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => async (event) => ({ PhysicalResourceId: `id-${event.ResourceProperties.Name}`, Data: { Out: 1 } });

    await entrypoint.handler(EVENT, {});

    assert.equal(world.requests.length, 1);
    const [request] = world.requests;
    assert.equal(request.url, EVENT.ResponseURL);
    assert.equal(request.method, 'PUT');
    assert.equal(request.headers['content-type'], '');
    assert.equal(request.headers['content-length'], Buffer.byteLength(request.body));
    assert.deepEqual(JSON.parse(request.body), {
      Status: 'SUCCESS', Reason: 'SUCCESS', PhysicalResourceId: 'id-x',
      StackId: EVENT.StackId, RequestId: 'request-1', LogicalResourceId: 'Thing', Data: { Out: 1 },
    });
  });

  test('a handler that returns nothing gets the request ID as physical ID on Create, and keeps the ID on Update', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => async () => undefined;

    await entrypoint.handler(EVENT, {});
    await entrypoint.handler({ ...EVENT, RequestType: 'Update', PhysicalResourceId: 'kept', OldResourceProperties: {} }, {});

    assert.deepEqual(world.bodies().map(b => [b.Status, b.PhysicalResourceId]), [['SUCCESS', 'request-1'], ['SUCCESS', 'kept']]);
  });

  test('a handler that throws makes a FAILED response with the error message (and the log stream) as the reason', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => async () => { throw new Error('bucket is gone'); };

    await entrypoint.handler({ ...EVENT, RequestType: 'Update', PhysicalResourceId: 'p1' }, { logStreamName: '2024/01/01/[$LATEST]abc' });

    const [body] = world.bodies();
    assert.equal(body.Status, 'FAILED');
    assert.equal(body.Reason, 'bucket is gone (log stream: 2024/01/01/[$LATEST]abc)');
    assert.equal(body.PhysicalResourceId, 'p1');
  });

  test('a failed Create gets a marker physical ID, and the Delete CloudFormation then sends succeeds without calling the handler', async () => {
    const world = fakeWorld(entrypoint.external);
    let calls = 0;
    entrypoint.external.loadUserHandler = () => async () => { calls++; throw new Error('nope'); };

    await entrypoint.handler(EVENT, {});
    const failedId = world.bodies()[0].PhysicalResourceId;
    await entrypoint.handler({ ...EVENT, RequestType: 'Delete', PhysicalResourceId: failedId }, {});

    assert.equal(failedId, entrypoint.CREATE_FAILED_PHYSICAL_ID_MARKER);
    assert.equal(calls, 1);
    assert.deepEqual(world.bodies()[1].Status, 'SUCCESS');
  });

  test('NoEcho is passed on and the data is not logged', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => async () => ({ Data: { Secret: 's3cr3t' }, NoEcho: true });

    await entrypoint.handler(EVENT, {});

    assert.equal(world.bodies()[0].NoEcho, true);
    assert.equal(world.bodies()[0].Data.Secret, 's3cr3t');
    assert.ok(!world.logs.some(line => line.includes('s3cr3t')), 'the secret was logged');
  });

  test('the response URL (a credential) is not logged', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => async () => undefined;
    await entrypoint.handler(EVENT, {});
    assert.ok(!world.logs.some(line => line.includes('X-Amz-Signature')));
  });

  test('a response larger than CloudFormation accepts is replaced by a FAILED one that says so', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => async () => ({ Data: { Big: 'x'.repeat(5000) } });

    await entrypoint.handler(EVENT, {});

    const [body] = world.bodies();
    assert.equal(body.Status, 'FAILED');
    assert.match(body.Reason, /more than the 4096 CloudFormation accepts/);
    assert.equal(body.Data, undefined);
  });

  test('sending the response is retried with growing pauses when it fails', async () => {
    const world = fakeWorld(entrypoint.external, [new Error('ECONNRESET'), 503, 200]);
    entrypoint.external.loadUserHandler = () => async () => undefined;

    await entrypoint.handler(EVENT, {});

    assert.equal(world.requests.length, 3);
    assert.deepEqual(world.sleeps, [1000, 2000]);
  });

  test('when every attempt to send the response fails, the invocation fails', async () => {
    fakeWorld(entrypoint.external, [new Error('down')]);
    entrypoint.external.loadUserHandler = () => async () => undefined;
    await assert.rejects(entrypoint.handler(EVENT, {}), /Could not send the response to CloudFormation after 5 attempts: down/);
  });

  test('a handler that would outlive the Lambda timeout is reported FAILED before the timeout', async () => {
    const world = fakeWorld(entrypoint.external);
    entrypoint.external.loadUserHandler = () => () => new Promise(() => { /* never settles */ });

    await entrypoint.handler(EVENT, { getRemainingTimeInMillis: () => 300 });

    const [body] = world.bodies();
    assert.equal(body.Status, 'FAILED');
    assert.match(body.Reason, /did not finish before the Lambda timeout/);
  });
});

describe('the entrypoint as shipped (__entrypoint__.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entrypoint-'));
    fs.writeFileSync(path.join(dir, '__entrypoint__.js'), nodejsEntrypointSource());
    fs.copyFileSync(path.join(__dirname, '..', '..', 'fixtures', 'staging', 'handler', 'index.js'), path.join(dir, 'index.js'));
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  test('loads the handler in index.js beside it and responds with its result', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shipped = require(path.join(dir, '__entrypoint__.js')) as typeof entrypoint;
    const world = fakeWorld(shipped.external);

    await shipped.handler({ ...EVENT, ResourceProperties: { Name: 'from-index' } }, {});

    assert.deepEqual(world.bodies()[0], {
      Status: 'SUCCESS', Reason: 'SUCCESS', PhysicalResourceId: 'from-index',
      StackId: EVENT.StackId, RequestId: 'request-1', LogicalResourceId: 'Thing', Data: { Echo: 'from-index' },
    });
  });

  test('uses nothing but Node.js built-in modules', () => {
    const requires = [...nodejsEntrypointSource().matchAll(/require\(["']([^"']+)["']\)/g)].map(m => m[1]);
    assert.deepEqual(requires.filter(r => r !== './index'), ['https']);
  });
});
