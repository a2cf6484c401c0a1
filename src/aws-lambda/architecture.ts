/** The instruction set architecture a Lambda function runs on. */
export class Architecture {
  /** 64-bit x86 (rendered `x86_64`; Docker platform `linux/amd64`). */
  public static readonly X86_64 = new Architecture('x86_64', 'linux/amd64');

  /** 64-bit ARM, Graviton (rendered `arm64`; Docker platform `linux/arm64`). */
  public static readonly ARM_64 = new Architecture('arm64', 'linux/arm64');

  /**
   * An architecture this library does not know yet.
   * @param name its name in Lambda's API
   * @param dockerPlatform the Docker platform to build images for it (default `linux/amd64`)
   */
  public static custom(name: string, dockerPlatform?: string): Architecture {
    return new Architecture(name, dockerPlatform ?? 'linux/amd64');
  }

  /** The name in Lambda's API and templates. */
  public readonly name: string;

  /** The Docker platform images for it are built for. */
  public readonly dockerPlatform: string;

  private constructor(archName: string, dockerPlatform: string) {
    this.name = archName;
    this.dockerPlatform = dockerPlatform;
  }

  /** The name of the architecture. */
  public toString(): string {
    return this.name;
  }
}
