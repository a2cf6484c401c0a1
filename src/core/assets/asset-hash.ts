import * as crypto from 'crypto';
import type { IConstruct } from 'constructs';
import { UnscopedValidationError, ValidationError } from '../errors';
import { fingerprint } from './fingerprint';
import { FingerprintOptions } from './options';

/** What an asset's hash is computed from. */
export enum AssetHashType {
  /** The source files (and the bundling options, when there are any). */
  SOURCE = 'source',
  /** The output of bundling. */
  BUNDLE = 'bundle',
  /** The output of bundling (same as BUNDLE). */
  OUTPUT = 'output',
  /** A string given as `assetHash`. */
  CUSTOM = 'custom',
}

/** Everything an asset's hash depends on. */
export interface AssetHashInput extends FingerprintOptions {
  /** The file or directory the asset is made from. */
  readonly sourcePath: string;

  /**
   * What the hash is computed from.
   * @default - CUSTOM when `assetHash` is given, else SOURCE
   */
  readonly assetHashType?: AssetHashType;

  /**
   * A hash chosen by the user; it is hashed again (SHA-256) to make the asset hash.
   * @default - none
   */
  readonly assetHash?: string;

  /**
   * The bundling options as the user gave them (`BundlingOptions`): with SOURCE and CUSTOM they
   * take part in the hash through `JSON.stringify`, in the order their properties were written.
   * @default - not bundled
   */
  readonly bundling?: object;

  /**
   * Where bundling put its output (a directory or a file); required for BUNDLE and OUTPUT unless
   * bundling was skipped for the stack.
   * @default - none
   */
  readonly bundleOutputPath?: string;

  /**
   * `Names.uniqueId` of the staging construct, used for BUNDLE and OUTPUT when bundling is skipped
   * for the stack (there is no output to hash, yet the hash must differ between assets).
   * @default - bundling was not skipped
   */
  readonly skippedBundlingUniqueId?: string;
}

/**
 * The asset hash aws-cdk-lib's `AssetStaging` reports for these inputs:
 * - SOURCE: `FileSystem.fingerprint(sourcePath, fingerprint options)`; with bundling,
 *   `sha256(fingerprint + JSON.stringify(bundling))`.
 * - CUSTOM: `sha256(assetHash)`; with bundling, `sha256(assetHash + JSON.stringify(bundling))`.
 *   `extraHash` plays no part.
 * - BUNDLE / OUTPUT: `FileSystem.fingerprint(bundle output, fingerprint options)`; when bundling is
 *   skipped, `sha256(uniqueId + JSON.stringify(bundling))`.
 *
 * @param scope the construct errors are reported against
 */
export function calculateAssetHash(input: AssetHashInput, scope?: IConstruct): string {
  const hashType = resolveAssetHashType(input, scope);
  const fingerprintOptions: FingerprintOptions = {
    exclude: input.exclude,
    follow: input.follow,
    ignoreMode: input.ignoreMode,
    extraHash: input.extraHash,
  };
  const bundlingJson = input.bundling !== undefined ? JSON.stringify(input.bundling) : undefined;

  switch (hashType) {
    case AssetHashType.SOURCE: {
      const sourceFingerprint = fingerprint(input.sourcePath, fingerprintOptions);
      return bundlingJson === undefined ? sourceFingerprint : sha256(sourceFingerprint + bundlingJson);
    }
    case AssetHashType.CUSTOM:
      return sha256(input.assetHash! + (bundlingJson ?? ''));
    case AssetHashType.BUNDLE:
    case AssetHashType.OUTPUT:
      if (input.skippedBundlingUniqueId !== undefined) {
        return sha256(input.skippedBundlingUniqueId + (bundlingJson ?? ''));
      }
      if (input.bundleOutputPath === undefined) {
        throw validationError(`bundleOutputPath is required to compute a \`${hashType}\` asset hash`, scope);
      }
      return fingerprint(input.bundleOutputPath, fingerprintOptions);
  }
}

/**
 * The hash type in effect, after checking it fits `assetHash` and `bundling` (with aws-cdk-lib's
 * error messages): an `assetHash` implies CUSTOM; an empty `assetHash` counts as none.
 */
export function resolveAssetHashType(input: AssetHashInput, scope?: IConstruct): AssetHashType {
  const hasCustomHash = !!input.assetHash;
  const given = input.assetHashType;
  if (given === AssetHashType.CUSTOM && !hasCustomHash) {
    throw validationError('`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`.', scope);
  }
  if (given !== undefined && given !== AssetHashType.CUSTOM && hasCustomHash) {
    throw validationError(`Cannot specify \`${given}\` for \`assetHashType\` when \`assetHash\` is specified. Use \`CUSTOM\` or leave \`undefined\`.`, scope);
  }
  if ((given === AssetHashType.BUNDLE || given === AssetHashType.OUTPUT) && input.bundling === undefined) {
    throw validationError(`Cannot use \`${given}\` hash type when \`bundling\` is not specified.`, scope);
  }
  if (given !== undefined && !Object.values(AssetHashType).includes(given)) {
    throw validationError(`Unknown asset hash type: ${JSON.stringify(given)}; use one of ${Object.values(AssetHashType).join(', ')}.`, scope);
  }
  return given ?? (hasCustomHash ? AssetHashType.CUSTOM : AssetHashType.SOURCE);
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function validationError(message: string, scope?: IConstruct): ValidationError {
  return scope ? new ValidationError(message, scope) : new UnscopedValidationError(message);
}
