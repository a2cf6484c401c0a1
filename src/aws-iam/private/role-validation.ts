import type { IConstruct } from 'constructs';
import { Token, ValidationError } from '../../core';

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH = /^(\/|\/[\u0021-\u007F]+\/)$/;
const MIN_SESSION_SECONDS = 3600;
const MAX_SESSION_SECONDS = 43200;
const MAX_DESCRIPTION_LENGTH = 1000;
const MAX_PATH_LENGTH = 512;

export function validateRoleName(scope: IConstruct, roleName: string | undefined): void {
  if (roleName === undefined || Token.isUnresolved(roleName) || ROLE_NAME.test(roleName)) { return; }
  throw new ValidationError('Invalid roleName. The name must be a string of characters consisting of upper and lowercase alphanumeric '
    + 'characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 64 '
    + `characters. Got '${roleName}' (${roleName.length} characters).`, scope);
}

export function validateRolePath(scope: IConstruct, path: string | undefined): void {
  if (path === undefined || Token.isUnresolved(path)) { return; }
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) {
    throw new ValidationError(`Role path must be between 1 and ${MAX_PATH_LENGTH} characters. The provided role path is ${path.length} characters.`, scope);
  }
  if (!ROLE_PATH.test(path)) {
    throw new ValidationError('Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. '
      + `Valid characters are unicode characters in [\\u0021-\\u007F]. However, ${path} is provided.`, scope);
  }
}

export function validateRoleDescription(scope: IConstruct, description: string | undefined): void {
  if (description !== undefined && !Token.isUnresolved(description) && description.length > MAX_DESCRIPTION_LENGTH) {
    throw new ValidationError(`Role description must be no longer than ${MAX_DESCRIPTION_LENGTH} characters (got ${description.length}).`, scope);
  }
}

export function validateMaxSessionDuration(scope: IConstruct, seconds: number | undefined): void {
  if (seconds === undefined || Token.isUnresolved(seconds)) { return; }
  if (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS) {
    throw new ValidationError(`maxSessionDuration is set to ${seconds}, but must be >= ${MIN_SESSION_SECONDS}sec (1hr) and <= ${MAX_SESSION_SECONDS}sec (12hrs)`, scope);
  }
}
