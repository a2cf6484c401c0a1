/** The network the RUN instructions of a Docker build use (`docker build --network`). */
export class NetworkMode {
  /** The default network of the Docker daemon. */
  public static readonly DEFAULT = new NetworkMode('default');
  /** The host's network. */
  public static readonly HOST = new NetworkMode('host');
  /** No network. */
  public static readonly NONE = new NetworkMode('none');

  /**
   * The network of another container (`container:<id>`).
   * @param containerId the name or ID of the container
   */
  public static fromContainer(containerId: string): NetworkMode {
    return new NetworkMode(`container:${containerId}`);
  }

  /**
   * Any network Docker knows, by name.
   * @param mode the network name
   */
  public static custom(mode: string): NetworkMode {
    return new NetworkMode(mode);
  }

  /** @param mode the value of `--network` */
  private constructor(public readonly mode: string) { }
}
