import type { Construct } from 'constructs';
import type { Alias, AliasOptions } from '../alias';
import type { IVersion } from '../lambda-version';
import { lazyModule } from '../../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const aliasModule = lazyModule(() => require('../alias') as typeof import('../alias'));

/** `version.addAlias(name)`: an Alias named `Alias<name>` under `scope`, pointing at `version`. */
export function addAlias(scope: Construct, version: IVersion, aliasName: string, options: AliasOptions = {}): Alias {
  // Loaded on use: alias.ts needs the version module.
  const { Alias: AliasClass } = aliasModule();
  return new AliasClass(scope, `Alias${aliasName}`, { aliasName, version, ...options });
}
