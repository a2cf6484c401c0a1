/**
 * Prints a service's reference interfaces (`I<Resource>Ref` and `<Resource>Reference`), the types L1 properties
 * accept in place of names and ARNs, as aws-cdk-lib's `interfaces` module has them.
 */
import { docBlock } from './docs';
import { ReferenceModel } from './model';

/** The interfaces file of a service, its references sorted by resource name. */
export function emitInterfacesModule(header: string[], references: readonly ReferenceModel[]): string {
  const lines = [
    ...header,
    `import type { IConstruct } from 'constructs';`,
    `import type { IEnvironmentAware } from '../../core';`,
  ];
  for (const ref of [...references].sort((a, b) => (a.resourceName < b.resourceName ? -1 : 1))) {
    lines.push('',
      ...docBlock('', [`Indicates that this resource can be referenced as a ${ref.resourceName}.`, '', '@stability experimental']),
      `export interface ${ref.interfaceName} extends IConstruct, IEnvironmentAware {`,
      `  /** A reference to a ${ref.resourceName} resource. */`,
      `  readonly ${ref.getter}: ${ref.structName};`,
      '}', '',
      ...docBlock('', [`A reference to a ${ref.resourceName} resource.`, '', '@struct', '@stability external']),
      `export interface ${ref.structName} {`,
    );
    for (const f of ref.fields) {
      const what = f.name === ref.arnField && f.source.kind === 'attr' ? 'ARN' : f.cfnName;
      lines.push(`  /** The ${what} of the ${ref.resourceName} resource. */`, `  readonly ${f.name}: string;`);
    }
    lines.push('}');
  }
  return lines.join('\n') + '\n';
}
