/** The platform a Docker image is built for (`docker build --platform`). */
export class Platform {
  /** Linux on 64-bit x86. */
  public static readonly LINUX_AMD64 = new Platform('linux/amd64');
  /** Linux on 64-bit ARM. */
  public static readonly LINUX_ARM64 = new Platform('linux/arm64');

  /**
   * Any platform Docker knows, such as `linux/386`.
   * @param platform the platform in Docker's `os/arch[/variant]` form
   */
  public static custom(platform: string): Platform {
    return new Platform(platform);
  }

  /** @param platform the platform in Docker's `os/arch[/variant]` form */
  private constructor(public readonly platform: string) { }
}
