import type { BundlingDockerImage, DockerImage } from '../core/assets/docker-image';
import { lazyModule } from '../core/lazy-module';

// Every Lambda app loads this file, few ask for a bundling image: the docker module (and the child_process and
// fingerprinting code it needs) loads on the first access to `bundlingImage`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dockerImageModule = lazyModule(() => require('../core/assets/docker-image') as typeof import('../core/assets/docker-image'));

/** The language family of a Lambda runtime. */
export enum RuntimeFamily {
  NODEJS,
  JAVA,
  PYTHON,
  DOTNET_CORE,
  GO,
  RUBY,
  OTHER,
}

/** Options for a Lambda runtime. */
export interface LambdaRuntimeProps {
  /**
   * Whether code can be given inline (`ZipFile`) for this runtime.
   * @default false
   */
  readonly supportsInlineCode?: boolean;

  /**
   * The Docker image that bundles code for this runtime.
   * @default - the AWS SAM build image `public.ecr.aws/sam/build-<runtime>`
   */
  readonly bundlingDockerImage?: string;

  /**
   * Whether Amazon CodeGuru Profiler can profile functions on this runtime.
   * @default false
   */
  readonly supportsCodeGuruProfiling?: boolean;

  /**
   * Whether SnapStart is available on this runtime.
   * @default false
   */
  readonly supportsSnapStart?: boolean;

  /**
   * Whether the runtime name may change from one release of this library to the next (e.g. `NODEJS_LATEST`).
   * @default false
   */
  readonly isVariable?: boolean;
}

const BUNDLING_IMAGE_KEYS = ['bundlingDockerImage', 'bundlingImage'] as const;

/**
 * `bundlingDockerImage` and `bundlingImage` start as own enumerable accessors (shared, so a runtime costs no closures)
 * that, on the first read, make the image and turn both into plain data properties holding it: one object serves
 * both, as in aws-cdk-lib, and a JavaScript assignment replaces a value as it does on aws-cdk-lib's data fields.
 */
const BUNDLING_IMAGE_PROPERTIES: PropertyDescriptorMap = Object.fromEntries(BUNDLING_IMAGE_KEYS.map(key => [key, {
  enumerable: true,
  configurable: true,
  get(this: Runtime): unknown {
    const image = dockerImageModule().DockerImage.fromRegistry(this._bundlingImageName);
    for (const other of BUNDLING_IMAGE_KEYS) {
      if (Object.getOwnPropertyDescriptor(this, other)?.get !== undefined) { setDataProperty(this, other, image); }
    }
    return this[key];
  },
  set(this: Runtime, value: unknown) { setDataProperty(this, key, value); },
}]));

function setDataProperty(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

const INLINE = { supportsInlineCode: true } as const;
const INLINE_PROFILING = { supportsInlineCode: true, supportsCodeGuruProfiling: true } as const;
const INLINE_PROFILING_SNAPSTART = { supportsInlineCode: true, supportsCodeGuruProfiling: true, supportsSnapStart: true } as const;
const PROFILING = { supportsCodeGuruProfiling: true } as const;
const PROFILING_SNAPSTART = { supportsCodeGuruProfiling: true, supportsSnapStart: true } as const;
const SNAPSTART = { supportsSnapStart: true } as const;

/**
 * A Lambda runtime: its identifier (the `Runtime` property of the function) and what it supports.
 * Every runtime ever constructed is listed in `Runtime.ALL`, in construction order.
 */
export class Runtime {
  /** Every runtime constructed so far (the statics, then the ones users construct), in construction order. */
  public static readonly ALL = new Array<Runtime>();

  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS = new Runtime('nodejs', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_4_3 = new Runtime('nodejs4.3', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_6_10 = new Runtime('nodejs6.10', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_8_10 = new Runtime('nodejs8.10', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_10_X = new Runtime('nodejs10.x', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_12_X = new Runtime('nodejs12.x', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_14_X = new Runtime('nodejs14.x', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_16_X = new Runtime('nodejs16.x', RuntimeFamily.NODEJS, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Node.js runtime. */
  public static readonly NODEJS_18_X = new Runtime('nodejs18.x', RuntimeFamily.NODEJS, INLINE);
  /** The Node.js 20.x runtime (nodejs20.x). */
  public static readonly NODEJS_20_X = new Runtime('nodejs20.x', RuntimeFamily.NODEJS, INLINE);
  /**
   * The latest Node.js version supported by this library; its value changes with library releases, so a function
   * using it may be updated to a newer runtime when the library is upgraded.
   */
  public static readonly NODEJS_LATEST = new Runtime('nodejs24.x', RuntimeFamily.NODEJS, { ...INLINE, isVariable: true });
  /** The Node.js 22.x runtime (nodejs22.x). */
  public static readonly NODEJS_22_X = new Runtime('nodejs22.x', RuntimeFamily.NODEJS, INLINE);
  /** The Node.js 24.x runtime (nodejs24.x). */
  public static readonly NODEJS_24_X = new Runtime('nodejs24.x', RuntimeFamily.NODEJS, INLINE);

  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Python runtime. */
  public static readonly PYTHON_2_7 = new Runtime('python2.7', RuntimeFamily.PYTHON, INLINE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Python runtime. */
  public static readonly PYTHON_3_6 = new Runtime('python3.6', RuntimeFamily.PYTHON, INLINE_PROFILING);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Python runtime. */
  public static readonly PYTHON_3_7 = new Runtime('python3.7', RuntimeFamily.PYTHON, INLINE_PROFILING);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Python runtime. */
  public static readonly PYTHON_3_8 = new Runtime('python3.8', RuntimeFamily.PYTHON, INLINE_PROFILING);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Python runtime. */
  public static readonly PYTHON_3_9 = new Runtime('python3.9', RuntimeFamily.PYTHON, INLINE_PROFILING);
  /** The Python 3.10 runtime (python3.10). */
  public static readonly PYTHON_3_10 = new Runtime('python3.10', RuntimeFamily.PYTHON, INLINE_PROFILING);
  /** The Python 3.11 runtime (python3.11). */
  public static readonly PYTHON_3_11 = new Runtime('python3.11', RuntimeFamily.PYTHON, INLINE_PROFILING);
  /** The Python 3.12 runtime (python3.12). */
  public static readonly PYTHON_3_12 = new Runtime('python3.12', RuntimeFamily.PYTHON, INLINE_PROFILING_SNAPSTART);
  /** The Python 3.13 runtime (python3.13). */
  public static readonly PYTHON_3_13 = new Runtime('python3.13', RuntimeFamily.PYTHON, INLINE_PROFILING_SNAPSTART);
  /** The Python 3.14 runtime (python3.14). */
  public static readonly PYTHON_3_14 = new Runtime('python3.14', RuntimeFamily.PYTHON, INLINE_PROFILING_SNAPSTART);
  /** The Python 3.15 runtime (python3.15). */
  public static readonly PYTHON_3_15 = new Runtime('python3.15', RuntimeFamily.PYTHON, INLINE_PROFILING_SNAPSTART);

  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Java runtime. */
  public static readonly JAVA_8 = new Runtime('java8', RuntimeFamily.JAVA, PROFILING);
  /** The Java 8 Corretto runtime on Amazon Linux 2 (java8.al2). */
  public static readonly JAVA_8_CORRETTO = new Runtime('java8.al2', RuntimeFamily.JAVA, PROFILING);
  /** The Java 11 runtime (java11). */
  public static readonly JAVA_11 = new Runtime('java11', RuntimeFamily.JAVA, PROFILING_SNAPSTART);
  /** The Java 17 runtime (java17). */
  public static readonly JAVA_17 = new Runtime('java17', RuntimeFamily.JAVA, PROFILING_SNAPSTART);
  /** The Java 21 runtime (java21). */
  public static readonly JAVA_21 = new Runtime('java21', RuntimeFamily.JAVA, PROFILING_SNAPSTART);
  /** The Java 25 runtime (java25). */
  public static readonly JAVA_25 = new Runtime('java25', RuntimeFamily.JAVA, PROFILING_SNAPSTART);
  /** The Java 8 runtime on Amazon Linux 2023 (java8.al2023). */
  public static readonly JAVA_8_AL2023 = new Runtime('java8.al2023', RuntimeFamily.JAVA, PROFILING);
  /** The Java 11 runtime on Amazon Linux 2023 (java11.al2023). */
  public static readonly JAVA_11_AL2023 = new Runtime('java11.al2023', RuntimeFamily.JAVA, PROFILING_SNAPSTART);
  /** The Java 17 runtime on Amazon Linux 2023 (java17.al2023). */
  public static readonly JAVA_17_AL2023 = new Runtime('java17.al2023', RuntimeFamily.JAVA, PROFILING_SNAPSTART);

  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest .NET runtime. */
  public static readonly DOTNET_6 = new Runtime('dotnet6', RuntimeFamily.DOTNET_CORE);
  /** The .NET 8 runtime (dotnet8). */
  public static readonly DOTNET_8 = new Runtime('dotnet8', RuntimeFamily.DOTNET_CORE, SNAPSTART);
  /** The .NET 9 runtime (dotnet9). */
  public static readonly DOTNET_9 = new Runtime('dotnet9', RuntimeFamily.DOTNET_CORE, SNAPSTART);
  /** The .NET 10 runtime (dotnet10). */
  public static readonly DOTNET_10 = new Runtime('dotnet10', RuntimeFamily.DOTNET_CORE, SNAPSTART);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest .NET runtime. */
  public static readonly DOTNET_CORE_1 = new Runtime('dotnetcore1.0', RuntimeFamily.DOTNET_CORE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest .NET runtime. */
  public static readonly DOTNET_CORE_2 = new Runtime('dotnetcore2.0', RuntimeFamily.DOTNET_CORE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest .NET runtime. */
  public static readonly DOTNET_CORE_2_1 = new Runtime('dotnetcore2.1', RuntimeFamily.DOTNET_CORE);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest .NET runtime. */
  public static readonly DOTNET_CORE_3_1 = new Runtime('dotnetcore3.1', RuntimeFamily.DOTNET_CORE);

  /** @deprecated AWS Lambda no longer supports this runtime: move to PROVIDED_AL2023. */
  public static readonly GO_1_X = new Runtime('go1.x', RuntimeFamily.GO);

  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Ruby runtime. */
  public static readonly RUBY_2_5 = new Runtime('ruby2.5', RuntimeFamily.RUBY);
  /** @deprecated AWS Lambda no longer supports this runtime: move to the newest Ruby runtime. */
  public static readonly RUBY_2_7 = new Runtime('ruby2.7', RuntimeFamily.RUBY);
  /** The Ruby 3.2 runtime (ruby3.2). */
  public static readonly RUBY_3_2 = new Runtime('ruby3.2', RuntimeFamily.RUBY);
  /** The Ruby 3.3 runtime (ruby3.3). */
  public static readonly RUBY_3_3 = new Runtime('ruby3.3', RuntimeFamily.RUBY);
  /** The Ruby 3.4 runtime (ruby3.4). */
  public static readonly RUBY_3_4 = new Runtime('ruby3.4', RuntimeFamily.RUBY);
  /** The Ruby 4.0 runtime (ruby4.0). */
  public static readonly RUBY_4_0 = new Runtime('ruby4.0', RuntimeFamily.RUBY);

  /** @deprecated AWS Lambda no longer supports this runtime: move to PROVIDED_AL2023. */
  public static readonly PROVIDED = new Runtime('provided', RuntimeFamily.OTHER);
  /** The OS-only runtime on Amazon Linux 2 (provided.al2). */
  public static readonly PROVIDED_AL2 = new Runtime('provided.al2', RuntimeFamily.OTHER);
  /** The OS-only runtime on Amazon Linux 2023 (provided.al2023). */
  public static readonly PROVIDED_AL2023 = new Runtime('provided.al2023', RuntimeFamily.OTHER);

  /** The runtime of container image code: the image brings its own (no Runtime is rendered). */
  public static readonly FROM_IMAGE = new Runtime('FROM_IMAGE');

  /**
   * The latest Node.js runtime this library knows, for the stack of `scope`.
   * All regions offer the same one today, so it is a literal.
   */
  public static determineLatestNodeRuntime(_scope: unknown): Runtime {
    return Runtime.NODEJS_LATEST;
  }

  /** The latest Python runtime this library recommends for helper functions. */
  public static determineLatestPythonRuntime(_scope: unknown): Runtime {
    return Runtime.PYTHON_3_13;
  }

  // The fields are `declare`d and set in the constructor in aws-cdk-lib's order, so that `Object.keys(runtime)` and
  // `JSON.stringify(runtime)` come out as they do there.

  /** The identifier Lambda knows the runtime by (the `Runtime` property). */
  declare public readonly name: string;
  /** Whether code can be given inline for this runtime. */
  declare public readonly supportsInlineCode: boolean;
  /** Whether Amazon CodeGuru Profiler can profile functions on this runtime. */
  declare public readonly supportsCodeGuruProfiling: boolean;
  /** Whether SnapStart is available on this runtime. */
  declare public readonly supportsSnapStart: boolean;
  /** The runtime family. */
  declare public readonly family?: RuntimeFamily;
  /**
   * The Docker image that bundles code for this runtime.
   * @deprecated use `bundlingImage`
   */
  declare public readonly bundlingDockerImage: BundlingDockerImage;
  /**
   * The Docker image that bundles code for this runtime (the AWS SAM build image unless the runtime was given
   * `bundlingDockerImage`), for `Code.fromAsset(path, { bundling: { image: runtime.bundlingImage, ... } })`.
   */
  declare public readonly bundlingImage: DockerImage;
  /** Whether the runtime name may change from one release of this library to the next. */
  declare public readonly isVariable: boolean;
  /**
   * The registry name of the Docker image that bundles code for this runtime; `bundlingImage` wraps it.
   * Not enumerable: aws-cdk-lib's runtimes have no such field.
   * @internal
   */
  declare public readonly _bundlingImageName: string;

  constructor(name: string, family?: RuntimeFamily, props: LambdaRuntimeProps = {}) {
    this.name = name;
    this.supportsInlineCode = !!props.supportsInlineCode;
    this.supportsCodeGuruProfiling = props.supportsCodeGuruProfiling ?? false;
    this.supportsSnapStart = props.supportsSnapStart ?? false;
    this.family = family;
    Object.defineProperty(this, '_bundlingImageName', { value: props.bundlingDockerImage ?? `public.ecr.aws/sam/build-${name}` });
    Object.defineProperties(this, BUNDLING_IMAGE_PROPERTIES);
    this.isVariable = props.isVariable ?? false;
    Runtime.ALL.push(this);
  }

  public toString(): string {
    return this.name;
  }

  /** Whether `other` is the same runtime: same name, family and inline-code support. */
  public runtimeEquals(other: Runtime): boolean {
    return other.name === this.name
      && other.family === this.family
      && other.supportsInlineCode === this.supportsInlineCode;
  }
}

/**
 * The latest Node.js runtime for functions in the stack of `scope` (`nodejs24.x` in every region today): the
 * runtime aws-cdk-lib's own helper functions use.
 */
export function determineLatestNodeRuntime(scope: unknown): Runtime {
  return Runtime.determineLatestNodeRuntime(scope);
}
