/**
 * Prints the L1 module of one service (`src/<module>/<service>.generated.ts`).
 */
import { EmitContext, emitResource, emitTables } from './emit-resource';
import { ResourceModel } from './model';
import { SpecService } from './spec';

/** Where the interfaces module of a service lives, relative to `src/`. */
export function interfacesModulePath(service: SpecService): string {
  return `interfaces/generated/${service.name}-interfaces.generated`;
}

/** The module text for the given resources of a service (sorted by name). */
export function emitServiceModule(header: string[], service: SpecService, resources: readonly ResourceModel[]): string {
  const sorted = [...resources].sort((a, b) => (a.name < b.name ? -1 : 1));
  const referenced = new Map<string, SpecService>([[service.name, service]]);
  for (const r of sorted) {
    for (const p of r.props) { for (const o of p.refs) { referenced.set(o.service.name, o.service); } }
  }
  const aliases = new Map<string, string>();
  for (const s of [...referenced.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    aliases.set(s.name, s.shortName === 'cdk' || s.shortName === 'l1' ? `${s.shortName}Refs` : s.shortName);
  }
  const ctx: EmitContext = { alias: name => aliases.get(name)!, serviceName: service.name };

  const lines = [
    ...header,
    `import { Construct } from 'constructs';`,
    `import * as cdk from '../core';`,
    `import * as l1 from '../core/cfn/l1-support';`,
    ...[...aliases].map(([name, alias]) => `import type * as ${alias} from '../${interfacesModulePath(referenced.get(name)!)}';`),
    '',
    `export type * from '../${interfacesModulePath(service)}';`,
    '',
    '// Property tables read by the shared L1 renderer.',
    ...sorted.flatMap(emitTables),
  ];
  for (const r of sorted) { lines.push('', ...emitResource(r, ctx)); }
  return lines.join('\n') + '\n';
}
