import type { Construct } from 'constructs';
import type * as ecr from '../aws-ecr';
import type { Architecture } from './architecture';
import { Code } from './code';
import type { AssetImageCodeProps, EcrImageCodeProps } from './code-image';
import { Function } from './function';
import type { FunctionOptions } from './function-props';
import { Handler } from './handler';
import { platformClass } from './private/asset-modules';
import { Runtime } from './runtime';

/** Properties to configure a new DockerImageFunction construct. */
export interface DockerImageFunctionProps extends FunctionOptions {
  /** The source code of your Lambda function. You can point to a file in an Amazon Simple Storage Service (Amazon S3)
   * bucket or specify your source code as inline text. */
  readonly code: DockerImageCode;
}

/** Code property for the DockerImageFunction construct. */
export abstract class DockerImageCode {
  /**
   * Use an existing ECR image as the Lambda code.
   * @param repository the ECR repository that the image is in
   * @param props properties to further configure the selected image
   */
  public static fromEcr(repository: ecr.IRepository, props?: EcrImageCodeProps): DockerImageCode {
    return {
      _bind(): Code {
        return Code.fromEcrImage(repository, props);
      },
    };
  }

  /**
   * Create an ECR image from the specified asset and bind it as the Lambda code. The image is built for the
   * function's `architecture` when one is given, unless `props` names a platform (even as `undefined`).
   * @param directory the directory from which the asset must be created
   * @param props properties to further configure the selected image
   */
  public static fromImageAsset(directory: string, props: AssetImageCodeProps = {}): DockerImageCode {
    return {
      _bind(architecture?: Architecture): Code {
        // Without an architecture no platform is named, as aws-cdk-lib does: the image hash stays that of the plain asset.
        const withPlatform = architecture ? { platform: platformClass().custom(architecture.dockerPlatform), ...props } : props;
        return Code.fromAssetImage(directory, withPlatform);
      },
    };
  }

  /**
   * Produce a `Code` instance from this `DockerImageCode`.
   * @internal
   */
  public abstract _bind(architecture?: Architecture): Code;
}

/** Create a lambda function where the handler is a docker image. */
export class DockerImageFunction extends Function {
  /** Uniquely identifies this class. */
  public static override readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.DockerImageFunction';

  constructor(scope: Construct, id: string, props: DockerImageFunctionProps) {
    super(scope, id, {
      ...props,
      handler: Handler.FROM_IMAGE,
      runtime: Runtime.FROM_IMAGE,
      code: props.code._bind(props.architecture),
    });
  }
}
