import { Token } from '../../core';

const IP_ADDRESS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const BAD_NEIGHBOURS = /\.\.|\.-|-\./;

/**
 * The problems with a bucket name, by S3's naming rules; empty when the name is fine or a token.
 * Legacy naming (allowed for imported buckets: old us-east-1 buckets) also accepts uppercase letters and underscores.
 */
export function bucketNameErrors(name: string, allowLegacyBucketNaming: boolean): string[] {
  if (Token.isUnresolved(name)) { return []; }
  const errors: string[] = [];
  if (name.length < 3 || name.length > 63) {
    errors.push('Bucket name must be at least 3 and no more than 63 characters');
  }
  if (allowLegacyBucketNaming) {
    if (/[^A-Za-z0-9._-]/.test(name)) {
      errors.push('Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)');
    }
    if (!/^[A-Za-z0-9]/.test(name)) {
      errors.push('Bucket name must start with an uppercase, lowercase character or number');
    }
    if (!/[A-Za-z0-9]$/.test(name)) {
      errors.push('Bucket name must end with an uppercase, lowercase character or number');
    }
  } else {
    const badChar = name.search(/[^a-z0-9.-]/);
    if (badChar >= 0) {
      errors.push(`Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: ${badChar})`);
    }
    if (!/^[a-z0-9]/.test(name)) {
      errors.push('Bucket name must start with a lowercase character or number (offset: 0)');
    }
    if (!/[a-z0-9]$/.test(name)) {
      errors.push(`Bucket name must end with a lowercase character or number (offset: ${name.length - 1})`);
    }
  }
  const neighbours = name.search(BAD_NEIGHBOURS);
  if (neighbours >= 0) {
    errors.push(`Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: ${neighbours})`);
  }
  if (IP_ADDRESS.test(name)) {
    errors.push('Bucket name must not resemble an IP address');
  }
  return errors;
}
