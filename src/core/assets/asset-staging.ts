import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { ValidationError } from '../errors';
import { Names } from '../names';
import { Stack } from '../stack';
import { Stage } from '../stage';
import { FileAssetPackaging } from '../synth/stack-synthesizer';
import { stagedFileExtension, archiveExtension } from './archive';
import { AssetHashInput, AssetHashType, calculateAssetHash, resolveAssetHashType } from './asset-hash';
import { cachedAssetHash, forgetLoadedHashCaches, SourceHashCache } from './asset-hash-cache';
import { AssetOptions } from './asset-options';
import { BUNDLING_INPUT_DIR, BUNDLING_OUTPUT_DIR, runBundling } from './bundler';
import { BundlingOptions, BundlingOutput } from './bundling';
import { bundlingRequired } from './bundling-stacks';
import { DockerCommandError } from './docker-cli';
import { copyDirectoryInBackground } from './background-copy';
import { IgnoreStrategy } from './ignore';
import { CopyOptions, FingerprintOptions } from './options';
import { isStaged, moveIntoPlace, stageDirectory, stageFile, stageFileBeside, temporaryNameFor } from './stage-into-assembly';

/** Initialization properties for `AssetStaging`. */
export interface AssetStagingProps extends FingerprintOptions, AssetOptions {
  /** The file or directory to stage. */
  readonly sourcePath: string;
}

/** The context key that turns staging off: assets are then used where they are (for tools such as SAM). */
const DISABLE_ASSET_STAGING_CONTEXT = 'aws:cdk:disable-asset-staging';

/** What staging produced; shared by all AssetStaging constructs with the same inputs. */
interface StagedAsset {
  readonly assetHash: string;
  readonly stagedPath: string;
  readonly packaging: FileAssetPackaging;
  readonly isArchive: boolean;
}

/** From this size on, a directory is copied on a helper thread while it is fingerprinted. */
const BACKGROUND_COPY_MIN_BYTES = 16 * 1024 * 1024;
const BACKGROUND_COPY_MIN_FILES = 1000;

/** Staging results by their inputs: an asset used by several constructs is hashed and copied once. */
const stagedAssets = new Map<string, StagedAsset>();

/**
 * Stages a file or directory into the cloud assembly (`asset.<hash>` for a directory,
 * `asset.<hash><extension>` for a file), bundling it first when asked to. An asset whose hash is
 * staged already (by an earlier synthesis into the same output directory, or by another construct)
 * is not copied or bundled again.
 */
export class AssetStaging extends Construct {
  /** Where the asset source is mounted in a bundling container. */
  public static readonly BUNDLING_INPUT_DIR = BUNDLING_INPUT_DIR;
  /** Where a bundling container writes its output. */
  public static readonly BUNDLING_OUTPUT_DIR = BUNDLING_OUTPUT_DIR;

  /**
   * Forgets the staging results of this process (for tests that change files between stagings).
   * Hashes remembered in an output directory's cache are checked against the files again.
   */
  public static clearAssetHashCache(): void {
    stagedAssets.clear();
    forgetLoadedHashCaches();
  }

  /** The asset hash: it changes exactly when the asset (or the options it is built with) changes. */
  public readonly assetHash: string;
  /**
   * The asset hash.
   * @deprecated use assetHash
   */
  public readonly sourceHash: string;
  /** The absolute path of the source file or directory. */
  public readonly sourcePath: string;
  /** The absolute path of the staged asset (the source itself when staging is disabled or bundling skipped). */
  public readonly absoluteStagedPath: string;
  /**
   * The absolute path of the staged asset.
   * @deprecated use absoluteStagedPath, or relativeStagedPath() for the path within the assembly
   */
  public readonly stagedPath: string;
  /** How the asset is to be packaged: a directory is zipped, a file used as it is. */
  public readonly packaging: FileAssetPackaging;
  /** Whether the staged asset is an archive (a zipped directory, or a `.zip`/`.jar`/... file). */
  public readonly isArchive: boolean;

  private readonly assetOutdir: string;
  private readonly stagingDisabled: boolean;

  constructor(scope: Construct, id: string, props: AssetStagingProps) {
    super(scope, id);
    this.sourcePath = path.resolve(props.sourcePath);
    const sourceStat = fs.statSync(this.sourcePath, { throwIfNoEntry: false });
    if (sourceStat === undefined) {
      throw new ValidationError(`Cannot find asset at ${this.sourcePath}`, this);
    }
    const stage = Stage.of(this);
    if (stage === undefined) {
      throw new ValidationError('Assets must be defined in an App or a Stage: they are staged into its output directory', this);
    }
    // Absolute, as aws-cdk-lib makes it: staged paths are handed to bundlers, docker mounts and other tools.
    this.assetOutdir = path.resolve(stage.assetOutdir);
    this.stagingDisabled = !!this.node.tryGetContext(DISABLE_ASSET_STAGING_CONTEXT);

    const hashInput: AssetHashInput = {
      sourcePath: this.sourcePath,
      assetHash: props.assetHash,
      assetHashType: props.assetHashType,
      bundling: props.bundling,
      exclude: props.exclude,
      follow: props.follow,
      ignoreMode: props.ignoreMode,
      extraHash: props.extraHash,
    };
    const hashType = resolveAssetHashType(hashInput, this);
    const bundling = props.bundling;
    if (bundling !== undefined && !sourceStat.isDirectory()) {
      throw new ValidationError(`Asset ${this.sourcePath} is expected to be a directory when bundling: it is mounted as ${BUNDLING_INPUT_DIR}`, this);
    }
    const bundle = bundling !== undefined && bundlingRequired(Stack.of(this));
    const skippedBundlingUniqueId = bundling !== undefined && !bundle && (hashType === AssetHashType.OUTPUT || hashType === AssetHashType.BUNDLE)
      ? Names.uniqueId(this) : undefined;

    const cacheKey = JSON.stringify({
      ...hashInput, bundling: bundling !== undefined ? JSON.stringify(bundling) : undefined, hashType, bundle,
      skippedBundlingUniqueId, outdir: this.assetOutdir, stagingDisabled: this.stagingDisabled,
    });
    let staged = stagedAssets.get(cacheKey);
    // A staged copy deleted since (a test cleaning its output directory) is staged again.
    if (staged !== undefined && staged.stagedPath !== this.sourcePath && !fs.existsSync(staged.stagedPath)) {
      staged = undefined;
    }
    if (staged === undefined) {
      const isDirectory = sourceStat.isDirectory();
      if (bundling !== undefined && bundle) {
        staged = this.stageByBundling(hashInput, hashType, bundling);
      } else if (bundling !== undefined) {
        staged = this.stageWithoutBundling({ ...hashInput, skippedBundlingUniqueId }, isDirectory);
      } else {
        staged = this.stageByCopying(hashInput, isDirectory, props);
      }
      stagedAssets.set(cacheKey, staged);
    }

    this.assetHash = staged.assetHash;
    this.sourceHash = staged.assetHash;
    this.absoluteStagedPath = staged.stagedPath;
    this.stagedPath = staged.stagedPath;
    this.packaging = staged.packaging;
    this.isArchive = staged.isArchive;
  }

  /**
   * The path of the staged asset as the asset manifest of `stack` refers to it: relative to the
   * stack's assembly directory when the asset was staged into the assembly, absolute otherwise
   * (staging disabled, or bundling skipped).
   * @param stack the stack whose assembly refers to the asset
   */
  public relativeStagedPath(stack: Stack): string {
    const assemblyDir = Stage.of(stack)?.outdir;
    if (assemblyDir === undefined) { return this.absoluteStagedPath; }
    const outsideAssetDir = path.relative(this.assetOutdir, this.absoluteStagedPath).startsWith('..');
    if (outsideAssetDir || this.stagingDisabled) { return this.absoluteStagedPath; }
    return path.relative(assemblyDir, this.absoluteStagedPath);
  }

  private stageByCopying(input: AssetHashInput, isDirectory: boolean, props: AssetStagingProps): StagedAsset {
    const packaging = isDirectory ? FileAssetPackaging.ZIP_DIRECTORY : FileAssetPackaging.FILE;
    const isArchive = isDirectory || archiveExtension(this.sourcePath) !== undefined;
    if (this.stagingDisabled) {
      return { assetHash: cachedAssetHash(input, this.assetOutdir, this), stagedPath: this.sourcePath, packaging, isArchive };
    }
    if (isDirectory) {
      const copyOptions: CopyOptions = { exclude: props.exclude, follow: props.follow, ignoreMode: props.ignoreMode };
      const { assetHash, stagedPath } = this.stageSourceDirectory(input, copyOptions);
      return { assetHash, stagedPath, packaging, isArchive };
    }
    const assetHash = cachedAssetHash(input, this.assetOutdir, this);
    const target = path.join(this.assetOutdir, `asset.${assetHash}${stagedFileExtension(this.sourcePath)}`);
    if (!isStaged(target)) { stageFile(this.sourcePath, target); }
    return { assetHash, stagedPath: target, packaging, isArchive };
  }

  /**
   * Stages a source directory. When its hash is not known from the output directory's cache and the
   * tree is big, the copy starts on a helper thread (under a temporary name) while the files are
   * fingerprinted here, and is renamed to `asset.<hash>` once the hash is known.
   */
  private stageSourceDirectory(input: AssetHashInput, copyOptions: CopyOptions): { assetHash: string; stagedPath: string } {
    this.refuseStagingIntoItself(copyOptions);
    const cache = SourceHashCache.lookup(input, this.assetOutdir, this);
    const known = cache?.known();
    const targetFor = (hash: string) => path.join(this.assetOutdir, `asset.${hash}`);
    if (known !== undefined && isStaged(targetFor(known))) {
      return { assetHash: known, stagedPath: targetFor(known) };
    }

    const worthABackgroundCopy = known === undefined && cache !== undefined
      && (cache.bytes >= BACKGROUND_COPY_MIN_BYTES || cache.files >= BACKGROUND_COPY_MIN_FILES);
    const temporary = temporaryNameFor(path.join(this.assetOutdir, 'asset'));
    const background = worthABackgroundCopy ? copyDirectoryInBackground(this.sourcePath, temporary, copyOptions) : undefined;
    try {
      const assetHash = known ?? calculateAssetHash(input, this);
      if (known === undefined) { cache?.remember(assetHash); }
      const target = targetFor(assetHash);
      const copied = background?.finish() ?? false;
      if (!isStaged(target)) {
        if (copied) {
          fs.mkdirSync(temporary, { recursive: true }); // an empty source copies to nothing
          moveIntoPlace(temporary, target);
        } else {
          stageDirectory(this.sourcePath, target, copyOptions);
        }
      }
      return { assetHash, stagedPath: target };
    } finally {
      fs.rmSync(temporary, { recursive: true, force: true });
    }
  }

  /** Bundling is skipped for stacks the CLI did not select: the asset stays where it is, and is not published. */
  private stageWithoutBundling(input: AssetHashInput, isDirectory: boolean): StagedAsset {
    return {
      assetHash: cachedAssetHash(input, this.assetOutdir, this),
      stagedPath: this.sourcePath,
      packaging: isDirectory ? FileAssetPackaging.ZIP_DIRECTORY : FileAssetPackaging.FILE,
      isArchive: isDirectory || archiveExtension(this.sourcePath) !== undefined,
    };
  }

  private stageByBundling(input: AssetHashInput, hashType: AssetHashType, bundling: BundlingOptions): StagedAsset {
    fs.mkdirSync(this.assetOutdir, { recursive: true });
    if (hashType === AssetHashType.OUTPUT || hashType === AssetHashType.BUNDLE) {
      // The hash comes from the output, so the output is made under a temporary name first.
      const bundleDir = path.join(this.assetOutdir, `bundling-temp-${crypto.randomBytes(32).toString('hex')}-building`);
      try {
        this.bundleInto(bundleDir, bundling);
        const output = bundledOutput(bundleDir, bundling.outputType, this);
        if (output.singleFile !== undefined) {
          // A single-file bundle is hashed and staged as that file alone.
          const bundledFile = path.join(bundleDir, output.singleFile);
          const assetHash = cachedAssetHash({ ...input, bundleOutputPath: bundledFile }, undefined, this);
          const file = path.join(this.assetOutdir, `asset.${assetHash}${stagedFileExtension(output.singleFile)}`);
          if (!isStaged(file)) { fs.renameSync(bundledFile, file); }
          return { assetHash, stagedPath: file, packaging: FileAssetPackaging.FILE, isArchive: output.isArchive };
        }
        const assetHash = cachedAssetHash({ ...input, bundleOutputPath: bundleDir }, undefined, this);
        const target = path.join(this.assetOutdir, `asset.${assetHash}`);
        moveIntoPlace(bundleDir, target);
        return this.bundledAsset(assetHash, target, output);
      } finally {
        fs.rmSync(bundleDir, { recursive: true, force: true });
      }
    }

    const assetHash = cachedAssetHash(input, this.assetOutdir, this);
    const target = path.join(this.assetOutdir, `asset.${assetHash}`);
    if (isStaged(target)) {
      return this.bundledAsset(assetHash, target, bundledOutput(target, bundling.outputType, this));
    }
    // The name aws-cdk-lib mounts as /asset-output (tools that watch docker arguments see the same).
    const bundleDir = `${target}-building`;
    try {
      this.bundleInto(bundleDir, bundling);
      const output = bundledOutput(bundleDir, bundling.outputType, this);
      moveIntoPlace(bundleDir, target);
      return this.bundledAsset(assetHash, target, output);
    } finally {
      fs.rmSync(bundleDir, { recursive: true, force: true });
    }
  }

  private bundleInto(bundleDir: string, bundling: BundlingOptions): void {
    fs.rmSync(bundleDir, { recursive: true, force: true });
    fs.mkdirSync(bundleDir, { recursive: true });
    process.stderr.write(`Bundling asset ${this.node.path}...\n`);
    try {
      runBundling(this.sourcePath, bundleDir, bundling);
    } catch (e) {
      if (e instanceof DockerCommandError) {
        throw new ValidationError(`Failed to bundle the asset with Docker: ${e.message}\n`
          + 'To bundle without Docker, give the asset `bundling.local`: an ILocalBundling whose tryBundle(outputDir, options) '
          + 'writes the bundle into outputDir and returns true.', this);
      }
      throw new ValidationError(`Failed to bundle the asset: ${(e as Error)?.message ?? e}`, this);
    }
  }

  /** The staged asset for a bundle in `bundleDir`: the directory (zipped at publishing), or its single file. */
  private bundledAsset(assetHash: string, bundleDir: string, output: BundledOutput): StagedAsset {
    if (output.singleFile === undefined) {
      return { assetHash, stagedPath: bundleDir, packaging: FileAssetPackaging.ZIP_DIRECTORY, isArchive: true };
    }
    const file = path.join(this.assetOutdir, `asset.${assetHash}${stagedFileExtension(output.singleFile)}`);
    if (!isStaged(file)) { stageFileBeside(path.join(bundleDir, output.singleFile), file); }
    return { assetHash, stagedPath: file, packaging: FileAssetPackaging.FILE, isArchive: output.isArchive };
  }

  /**
   * A source directory that holds the output directory would be copied into itself without end,
   * unless `exclude` leaves the output directory out.
   */
  private refuseStagingIntoItself(copyOptions: CopyOptions): void {
    const relative = path.relative(this.sourcePath, this.assetOutdir);
    const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    if (!inside) { return; }
    const excluded = relative !== '' && (copyOptions.exclude ?? []).length > 0
      && IgnoreStrategy.fromCopyOptions(copyOptions, this.sourcePath).ignores(this.assetOutdir);
    if (!excluded) {
      throw new ValidationError(`The asset directory ${this.sourcePath} contains the output directory ${this.assetOutdir}: `
        + `staging would copy the asset into itself. Exclude it (exclude: [${JSON.stringify(relative.split(path.sep).join('/'))}]), `
        + 'move the output directory elsewhere (App outdir / CDK_OUTDIR), or choose a smaller asset directory', this);
    }
  }
}

/** What a bundle turns into: its directory, or its single file. */
interface BundledOutput {
  /** The name of the single file the asset is made of, when it is not the whole directory. */
  readonly singleFile?: string;
  /** Whether that file is an archive. */
  readonly isArchive: boolean;
}

function bundledOutput(bundleDir: string, outputType: BundlingOutput | undefined, scope: Construct): BundledOutput {
  const entries = fs.readdirSync(bundleDir, { withFileTypes: true });
  if (entries.length === 0) {
    throw new ValidationError(`Bundling did not produce any output. Check that content is written to ${BUNDLING_OUTPUT_DIR}.`, scope);
  }
  const onlyFile = entries.length === 1 && entries[0].isFile() ? entries[0].name : undefined;
  const type = outputType ?? BundlingOutput.AUTO_DISCOVER;
  switch (type) {
    case BundlingOutput.ARCHIVED:
    case BundlingOutput.SINGLE_FILE:
      if (onlyFile === undefined || (type === BundlingOutput.ARCHIVED && archiveExtension(onlyFile) === undefined)) {
        const found = entries.map(e => e.name + (e.isDirectory() ? '/' : '')).slice(0, 5).join(', ');
        throw new ValidationError(`Bundling output directory is expected to include only a single file when \`output\` is set to \`ARCHIVED\` or \`SINGLE_FILE\`${type === BundlingOutput.ARCHIVED ? ' (an archive: .zip, .jar, .tar, .tgz or .tar.gz)' : ''}; `
          + `found ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}: ${found}`, scope);
      }
      return { singleFile: onlyFile, isArchive: type === BundlingOutput.ARCHIVED };
    case BundlingOutput.AUTO_DISCOVER:
      return onlyFile !== undefined && archiveExtension(onlyFile) !== undefined ? { singleFile: onlyFile, isArchive: true } : { isArchive: true };
    case BundlingOutput.NOT_ARCHIVED:
      return { isArchive: true };
    default:
      throw new ValidationError(`bundling.outputType must be one of ${Object.values(BundlingOutput).join(', ')}, got ${JSON.stringify(type)}`, scope);
  }
}
