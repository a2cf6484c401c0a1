let cached: string | undefined;

/**
 * The cloud assembly schema version we write: `<revision>.0.0` from @aws-cdk/cloud-assembly-schema's
 * `schema/version.json` (what `Manifest.version()` returns), read directly because loading the whole package costs ~30 ms.
 */
export function assemblySchemaVersion(): string {
  if (cached === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { revision } = require('@aws-cdk/cloud-assembly-schema/schema/version.json') as { revision: number };
    cached = `${revision}.0.0`;
  }
  return cached;
}
