import type { CfnDynamicReference } from './cfn/cfn-dynamic-reference';
import type { CfnParameter } from './cfn/cfn-parameter';
import { CfnReference } from './cfn/cfn-reference';
import { UnscopedValidationError } from './errors';
import { FeatureFlags } from './feature-flags';
import { Intrinsic, IntrinsicProps } from './tokens/intrinsic';
import { IResolveContext } from './tokens/resolvable';
import { Token, Tokenization } from './tokens/token';

const SECRET_VALUE_SYMBOL = Symbol.for('lambda-cdk.SecretValue');
const CHECK_SECRET_USAGE = '@aws-cdk/core:checkSecretUsage';

/** Options for referencing a secret value from Secrets Manager. */
export interface SecretsManagerSecretOptions {
  /**
   * Specifies the secret version that you want to retrieve by the staging label attached to the version.
   * Can specify at most one of `versionId` and `versionStage`.
   * @default AWSCURRENT
   */
  readonly versionStage?: string;
  /**
   * Specifies the unique identifier of the version of the secret you want to use.
   * Can specify at most one of `versionId` and `versionStage`.
   * @default AWSCURRENT
   */
  readonly versionId?: string;
  /**
   * The key of a JSON field to retrieve. This can only be used if the secret stores a JSON object.
   * @default - returns all the content stored in the Secrets Manager secret.
   */
  readonly jsonField?: string;
}

/**
 * A secret: a value that should not appear in templates or be logged. Use it with properties that take one, or
 * pass `unsafeUnwrap()` where a plain string is needed and you accept the risk. Most secrets are dynamic references
 * (Secrets Manager, Systems Manager secure strings), which CloudFormation reads at deployment.
 */
export class SecretValue extends Intrinsic {
  /** Test whether an object is a SecretValue. */
  public static isSecretValue(x: any): x is SecretValue {
    return typeof x === 'object' && x !== null && SECRET_VALUE_SYMBOL in x;
  }

  /**
   * Construct a literal secret value for use with secret-aware constructs.
   * @deprecated Use `unsafePlainText()` instead.
   */
  public static plainText(secret: string): SecretValue {
    return new SecretValue(secret);
  }

  /** Construct a literal secret value for use with secret-aware constructs: the value appears in the template. */
  public static unsafePlainText(secret: string): SecretValue {
    return new SecretValue(secret);
  }

  /**
   * A secret from AWS Secrets Manager (a dynamic reference).
   * @param secretId The ID or ARN of the secret
   * @param options Options
   */
  public static secretsManager(secretId: string, options: SecretsManagerSecretOptions = {}): SecretValue {
    if (!secretId) {
      throw new UnscopedValidationError('SecretValue.secretsManager: secretId cannot be empty');
    }
    if (!Token.isUnresolved(secretId) && !secretId.startsWith('arn:') && secretId.includes(':')) {
      throw new UnscopedValidationError(`SecretValue.secretsManager: secret id "${secretId}" is not an ARN but contains ":"; give the secret's full ARN or its name`);
    }
    if (options.versionStage && options.versionId) {
      throw new UnscopedValidationError(`SecretValue.secretsManager: versionStage: '${options.versionStage}' and versionId: '${options.versionId}' were both provided but only one is allowed`);
    }
    const parts = [secretId, 'SecretString', options.jsonField ?? '', options.versionStage ?? '', options.versionId ?? ''];
    return new SecretValue(`{{resolve:secretsmanager:${parts.join(':')}}}`);
  }

  /**
   * A secure string from AWS Systems Manager Parameter Store (a dynamic reference).
   * @param parameterName The name of the parameter in the Systems Manager Parameter Store (case sensitive)
   * @param version An integer that specifies the version of the parameter to use.
   * @default - the latest version
   */
  public static ssmSecure(parameterName: string, version?: string): SecretValue {
    return new SecretValue(`{{resolve:ssm-secure:${parameterName}${version !== undefined ? `:${version}` : ''}}}`);
  }

  /** Obtain the secret value through a CloudFormation dynamic reference. */
  public static cfnDynamicReference(ref: CfnDynamicReference): SecretValue {
    return new SecretValue(ref);
  }

  /** Obtain the secret value through a CloudFormation parameter, which must have `noEcho` set. */
  public static cfnParameter(param: CfnParameter): SecretValue {
    if (!param.noEcho) {
      throw new UnscopedValidationError(`SecretValue.cfnParameter: parameter ${param.node.path} must be configured with "noEcho: true": a secret parameter must not be echoed in the console or API`);
    }
    return new SecretValue(param.value);
  }

  /** Use a resource's output as a secret value: `resource.getAtt('SecretKey')` or `resource.ref`. */
  public static resourceAttribute(attr: string): SecretValue {
    const token = Tokenization.reverseString(attr).firstToken;
    if (!token || !CfnReference.isCfnReference(token) || token.isPseudo) {
      throw new UnscopedValidationError(`SecretValue.resourceAttribute() must be used with a resource attribute (a token from a resource's getAtt() or ref), got '${attr}'`);
    }
    return new SecretValue(attr);
  }

  private readonly rawValue: any;

  /** Construct a SecretValue (do not use!): use one of the static factories. */
  constructor(protectedValue: any, options?: IntrinsicProps) {
    super(protectedValue, options);
    this.rawValue = protectedValue;
    Object.defineProperty(this, SECRET_VALUE_SYMBOL, { value: true });
  }

  /**
   * The secret as a string, to use where a plain string is needed: you accept that it may be visible (in the
   * template, or wherever the string goes). Dynamic references stay references.
   */
  public unsafeUnwrap(): string {
    return Token.asString(this.rawValue);
  }

  /**
   * Resolve the secret. With the feature flag `@aws-cdk/core:checkSecretUsage`, using a SecretValue directly
   * where a string is rendered (instead of through `unsafeUnwrap()`) is an error.
   */
  public override resolve(context: IResolveContext): any {
    if (FeatureFlags.of(context.scope).isEnabled(CHECK_SECRET_USAGE)) {
      throw new UnscopedValidationError(`Synthing a secret value to ${context.documentPath.join('/') || 'the template'}. Using a SecretValue here risks exposing your secret. `
        + 'Only pass SecretValues to constructs that accept a SecretValue property, or call AWS Secrets Manager directly in your runtime code. '
        + "Call 'secretValue.unsafeUnwrap()' if you understand and accept the risks.");
    }
    return super.resolve(context);
  }
}
