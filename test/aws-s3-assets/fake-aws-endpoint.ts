import * as http from 'http';
import type { AddressInfo } from 'net';

/** One request the fake endpoint received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly target?: string;
  readonly body: Buffer;
}

/**
 * Just enough of STS, SSM, S3 and ECR for the CDK CLI to publish assets against it (pointed there with
 * AWS_ENDPOINT_URL): callers are who they say, roles can be assumed, the bootstrap stack is version 30,
 * buckets are empty and keep what is put in them, images are missing and repositories exist.
 */
export class FakeAwsEndpoint {
  /** Objects put into S3, by `<bucket>/<key>`. */
  public readonly objects = new Map<string, Buffer>();
  /** Every request, in order. */
  public readonly requests: ReceivedRequest[] = [];
  private readonly server = http.createServer((req, res) => this.answer(req, res));

  /** Starts listening on a free local port; resolves with the endpoint URL. */
  public async start(): Promise<string> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  public async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = req.headers['x-amz-target'] as string | undefined;
      const url = new URL(req.url ?? '/', 'http://local');
      this.requests.push({ method: req.method ?? '', path: url.pathname, target, body });
      const text = body.toString();

      if (req.method === 'POST' && text.startsWith('Action=GetCallerIdentity')) {
        return sendXml(res, '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>'
          + '<Arn>arn:aws:iam::123456789012:user/test</Arn><UserId>AIDATEST</UserId><Account>123456789012</Account>'
          + '</GetCallerIdentityResult></GetCallerIdentityResponse>');
      }
      if (req.method === 'POST' && text.startsWith('Action=AssumeRole')) {
        return sendXml(res, '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>'
          + '<AccessKeyId>ASIATEST</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken>'
          + '<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn>'
          + '<AssumedRoleId>AROATEST:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>');
      }
      if (target?.startsWith('AmazonSSM.GetParameter')) {
        return sendJson(res, 200, { Parameter: { Name: JSON.parse(text).Name, Type: 'String', Value: '30', Version: 1 } });
      }
      if (target?.startsWith('AmazonEC2ContainerRegistry')) {
        const operation = target.split('.')[1];
        if (operation === 'DescribeImages') { return sendJson(res, 400, { __type: 'ImageNotFoundException', message: 'no such image' }); }
        if (operation === 'DescribeRepositories') {
          const name = JSON.parse(text).repositoryNames[0];
          return sendJson(res, 200, { repositories: [{ repositoryName: name, repositoryUri: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}` }] });
        }
        if (operation === 'GetAuthorizationToken') {
          return sendJson(res, 200, { authorizationData: [{ authorizationToken: Buffer.from('AWS:password').toString('base64'), proxyEndpoint: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com' }] });
        }
        return sendJson(res, 200, {});
      }
      if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
        const bucket = url.pathname.split('/')[1];
        const prefix = url.searchParams.get('prefix') ?? '';
        const keys = [...this.objects.keys()].filter(k => k.startsWith(`${bucket}/${prefix}`)).map(k => k.slice(bucket.length + 1));
        return sendXml(res, `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${prefix}</Prefix>`
          + `<KeyCount>${keys.length}</KeyCount><MaxKeys>1</MaxKeys><IsTruncated>false</IsTruncated>`
          + keys.map(k => `<Contents><Key>${k}</Key></Contents>`).join('') + '</ListBucketResult>');
      }
      if (req.method === 'GET' && url.searchParams.has('location')) {
        return sendXml(res, '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">us-east-1</LocationConstraint>');
      }
      if (req.method === 'PUT') {
        this.objects.set(decodeURIComponent(url.pathname.slice(1)), body);
        res.setHeader('ETag', '"etag"');
        res.end();
        return;
      }
      // Anything else (bucket encryption, ...) is not there.
      res.statusCode = 404;
      sendXml(res, '<Error><Code>NoSuchKey</Code><Message>not there</Message></Error>');
    });
  }
}

function sendXml(res: http.ServerResponse, body: string): void {
  res.setHeader('content-type', 'text/xml');
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/x-amz-json-1.1');
  res.end(JSON.stringify(body));
}
