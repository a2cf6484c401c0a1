import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { CfnResource } from '../cfn/cfn-resource';
import { Fn } from '../cfn/fn';
import { Duration } from '../duration';
import { ValidationError } from '../errors';
import { Size } from '../size';
import { Stack } from '../stack';
import { FileAssetPackaging } from '../synth/stack-synthesizer';
import { Lazy } from '../tokens/lazy';
import { Token } from '../tokens/token';
import { ASSET_RESOURCE_METADATA_CONTEXT } from '../assets/asset-resource-metadata';
import { AssetStaging } from '../assets/asset-staging';
import { copyDirectory } from '../assets/copy';
import { FileSystem } from '../assets/file-system';
import { ENTRYPOINT_FILENAME, nodejsEntrypointSource } from './entrypoint-source';

/** Options of a custom resource provider. */
export interface CustomResourceProviderOptions {
  /**
   * IAM policy statements (plain JSON, not `iam.PolicyStatement`) for the inline policy of the
   * handler's role.
   * @default - no inline policy
   */
  readonly policyStatements?: any[];
  /**
   * How long the handler may run.
   * @default Duration.minutes(15)
   */
  readonly timeout?: Duration;
  /**
   * The memory of the handler (which also sets its CPU share).
   * @default Size.mebibytes(128)
   */
  readonly memorySize?: Size;
  /**
   * Environment variables of the handler.
   * @default - no environment variables
   */
  readonly environment?: { [key: string]: string };
  /**
   * A description of the handler function.
   * @default - no description
   */
  readonly description?: string;
  /**
   * Whether the handler is wrapped in the entrypoint that speaks CloudFormation's response
   * protocol (`__entrypoint__.js`, which calls `index.handler` and PUTs the result to the response
   * URL). Without it, `index.handler` is the Lambda handler and must respond itself.
   * @default true
   */
  readonly useCfnResponseWrapper?: boolean;
}

/** Initialization properties of `CustomResourceProviderBase`. */
export interface CustomResourceProviderBaseProps extends CustomResourceProviderOptions {
  /** A directory with the handler's code: an `index.js` exporting `handler`. */
  readonly codeDirectory: string;
  /** The Lambda runtime, such as `nodejs22.x`. */
  readonly runtimeName: string;
}

/**
 * The base of custom resource providers: a Lambda function (as a plain `AWS::Lambda::Function`
 * resource, with its role as `AWS::IAM::Role`, so that core needs neither aws-lambda nor aws-iam)
 * whose code directory is shipped as an asset.
 */
export abstract class CustomResourceProviderBase extends Construct {
  /** The ARN of the handler function: the service token of the custom resources it provides. */
  public readonly serviceToken: string;
  /** The ARN of the handler's role. */
  public readonly roleArn: string;
  /** The hash of the handler's code asset. */
  public readonly codeHash: string;

  private readonly policyStatements: any[];

  protected constructor(scope: Construct, id: string, props: CustomResourceProviderBaseProps) {
    super(scope, id);
    const stack = Stack.of(scope);
    const indexFile = path.join(props.codeDirectory, 'index.js');
    if (!fs.existsSync(indexFile)) {
      throw new ValidationError(`cannot find ${indexFile}: codeDirectory must hold the provider's handler as index.js (exporting handler)`, this);
    }
    this.policyStatements = [...(props.policyStatements ?? [])];
    const useWrapper = props.useCfnResponseWrapper ?? true;

    const staging = this.stageCode(props.codeDirectory, useWrapper);
    this.codeHash = staging.assetHash;
    const assetPath = staging.relativeStagedPath(stack);
    const location = stack.synthesizer.addFileAsset({
      fileName: assetPath,
      sourceHash: staging.assetHash,
      packaging: FileAssetPackaging.ZIP_DIRECTORY,
      displayName: `${this.node.path} Code`,
    });

    const role = new CfnResource(this, 'Role', {
      type: 'AWS::IAM::Role',
      properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
        },
        ManagedPolicyArns: [Fn.sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
        Policies: Lazy.any({ produce: () => this.renderPolicies() }),
      },
    });
    this.roleArn = Token.asString(role.getAtt('Arn'));

    const handler = new CfnResource(this, 'Handler', {
      type: 'AWS::Lambda::Function',
      properties: {
        Code: { S3Bucket: location.bucketName, S3Key: location.objectKey },
        Timeout: (props.timeout ?? Duration.minutes(15)).toSeconds(),
        MemorySize: (props.memorySize ?? Size.mebibytes(128)).toMebibytes(),
        Handler: useWrapper ? `${path.basename(ENTRYPOINT_FILENAME, '.js')}.handler` : 'index.handler',
        Role: this.roleArn,
        Runtime: props.runtimeName,
        Environment: renderEnvironment(props.environment),
        Description: props.description,
      },
    });
    handler.addDependency(role);
    if (this.node.tryGetContext(ASSET_RESOURCE_METADATA_CONTEXT)) {
      handler.addMetadata('aws:asset:path', assetPath);
      handler.addMetadata('aws:asset:property', 'Code');
    }
    this.serviceToken = Token.asString(handler.getAtt('Arn'));
  }

  /**
   * Adds a statement to the inline policy of the handler's role.
   * @param statement an IAM policy statement as plain JSON (`{ Effect, Action, Resource }`)
   */
  public addToRolePolicy(statement: any): void {
    this.policyStatements.push(statement);
  }

  private renderPolicies(): any[] | undefined {
    if (this.policyStatements.length === 0) { return undefined; }
    return [{ PolicyName: 'Inline', PolicyDocument: { Version: '2012-10-17', Statement: this.policyStatements } }];
  }

  /**
   * The code asset: the code directory, with the entrypoint beside it when the response wrapper is
   * used (put together in a temporary directory, as the asset hash covers both).
   */
  private stageCode(codeDirectory: string, useWrapper: boolean): AssetStaging {
    if (!useWrapper) {
      return new AssetStaging(this, 'Staging', { sourcePath: codeDirectory });
    }
    const combined = FileSystem.mkdtemp('cdk-custom-resource-');
    try {
      copyDirectory(codeDirectory, combined);
      fs.writeFileSync(path.join(combined, ENTRYPOINT_FILENAME), nodejsEntrypointSource());
      return new AssetStaging(this, 'Staging', { sourcePath: combined });
    } finally {
      fs.rmSync(combined, { recursive: true, force: true });
    }
  }
}

/** Variables sorted by name, with regional STS endpoints (the AWS SDK default is the global one in older runtimes). */
function renderEnvironment(environment: { [key: string]: string } | undefined): { Variables: { [key: string]: string } } | undefined {
  if (environment === undefined || Object.keys(environment).length === 0) { return undefined; }
  const all: { [key: string]: string } = { ...environment, AWS_STS_REGIONAL_ENDPOINTS: 'regional' };
  const variables: { [key: string]: string } = {};
  for (const name of Object.keys(all).sort()) { variables[name] = all[name]; }
  return { Variables: variables };
}
