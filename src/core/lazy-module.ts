/**
 * A module loaded on its first use and remembered. For imports that would make a cycle, or that load code most
 * programs never run. A bare `require()` inside a function resolves the path again on every call (~15 µs), which
 * adds up on paths taken once per construct.
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => loaded ??= load();
}
