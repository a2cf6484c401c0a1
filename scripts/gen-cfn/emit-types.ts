/**
 * How a property type is written in generated code: as a TypeScript type (what users see, following
 * aws-cdk-lib's conventions of where `IResolvable` is allowed) and as an `L1Type` table entry (what the
 * shared renderer interprets).
 */
import { PropModel, ResourceModel, TypeModel } from './model';

/**
 * The TypeScript type of a property: strings and numbers plain (tokens encode into them), booleans and
 * property types also `IResolvable`, lists of strings plain, other lists and maps also `IResolvable`, JSON `any`.
 */
export function tsType(t: TypeModel, resource: ResourceModel): string {
  switch (t.kind) {
    case 'string': return 'string';
    case 'date': return 'Date | cdk.IResolvable';
    case 'number': return 'number';
    case 'boolean': return 'boolean | cdk.IResolvable';
    case 'json': return 'any';
    case 'tag': return 'cdk.CfnTag';
    case 'struct': return `${resource.className}.${t.struct.interfaceName} | cdk.IResolvable`;
    case 'list':
      if (t.element.kind === 'string') { return 'Array<string>'; }
      if (t.element.kind === 'tag') { return 'Array<cdk.CfnTag>'; }
      return `Array<${tsType(t.element, resource)}> | cdk.IResolvable`;
    case 'map':
      return `Record<string, ${tsType(t.element, resource)}> | cdk.IResolvable`;
    case 'union': {
      const members = t.types.map(x => tsType(x, resource));
      if (members.includes('any')) { return 'any'; }
      return [...new Set(members.flatMap(m => m.split(' | ')))].join(' | ');
    }
  }
}

/** The type of a props-interface member: references also accept `I<Resource>Ref` objects. */
export function propsMemberType(p: PropModel, resource: ResourceModel, alias: (serviceName: string) => string): string {
  if (p.refs.length === 0) { return tsType(p.type, resource); }
  const accepted = [...p.refs.map(r => `${alias(r.service.name)}.${r.interfaceName}`), 'string'].join(' | ');
  return p.type.kind === 'list' ? `Array<${accepted}>` : accepted;
}

/** The `L1Type` table expression of a type. */
export function tableType(t: TypeModel): string {
  switch (t.kind) {
    case 'string': return `'s'`;
    case 'date': return `'d'`;
    case 'number': return `'n'`;
    case 'boolean': return `'b'`;
    case 'json': return `'j'`;
    case 'tag': return `'t'`;
    case 'struct': return t.struct.constName;
    case 'list': return `['a', ${tableType(t.element)}]`;
    case 'map': return `['m', ${tableType(t.element)}]`;
    case 'union': return `['u', ${t.types.map(tableType).join(', ')}]`;
  }
}

/** A `L1Prop` table entry. */
export function tableProp(p: PropModel): string {
  return `['${p.name}', '${p.cfnName}', ${tableType(p.renderType ?? p.type)}${p.required ? ', 1' : ''}]`;
}
