import type { IConstruct } from 'constructs';
import { Annotations, Token } from '../../core';

/** Warning id, so that users can acknowledge it. */
export const SECRET_IN_ENVIRONMENT_WARNING = 'lambda-cdk/aws-lambda:secretInEnvironment';

/** Names ending like this name what they hold; names such as SECRET_ARN or TOKEN_TABLE point at something else. */
const SECRET_LIKE_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|SECRET_?KEY|PRIVATE_?KEY)$/i;

/**
 * Warn when an environment variable looks like it holds a secret written in the program: its value lands in plain
 * text in the template and in the function configuration, readable by anyone allowed to read either.
 */
export function warnIfSecretLike(scope: IConstruct, key: string, value: string): void {
  if (!SECRET_LIKE_NAME.test(key)) { return; }
  if (typeof value !== 'string' || value.length === 0 || Token.isUnresolved(value) || value.startsWith('arn:')) { return; }
  Annotations.of(scope).addWarningV2(SECRET_IN_ENVIRONMENT_WARNING,
    `Environment variable '${key}' looks like a secret given as a literal value: it is stored in plain text in the `
    + 'CloudFormation template and the function configuration. Keep it in AWS Secrets Manager or an SSM SecureString '
    + 'parameter and pass its name or ARN instead (or acknowledge this warning if the value is not secret).');
}
