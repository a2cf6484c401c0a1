/**
 * Prints one resource type: its tables, its props interface, its class and the namespace of its property types.
 */
import { docBlock, summary } from './docs';
import { camelCase } from './naming';
import { ImportModel, PropModel, ReferenceModel, ResourceModel, StructModel } from './model';
import { propsMemberType, tableProp, tsType } from './emit-types';

/** Members of CfnResource (and Construct) a generated property must not shadow. */
const RESERVED = new Set([
  'node', 'stack', 'logicalId', 'creationStack', 'ref', 'env', 'cfnOptions', 'cfnResourceType', 'cfnProperties',
  'updatedProperties', 'updatedProperites', 'getAtt', 'toString', 'inspect', 'renderProperties', 'cdkTagManager',
]);

/** Context shared by the resources of one generated module. */
export interface EmitContext {
  /** The import alias of a service's reference interfaces (`iam`, `lambda`, ...). */
  readonly alias: (serviceName: string) => string;
  /** The service of the module being generated. */
  readonly serviceName: string;
}

/** The table constants of a resource (property types first; they may refer to each other). */
export function emitTables(r: ResourceModel): string[] {
  const lines: string[] = [];
  if (r.structs.length > 0) {
    lines.push(...r.structs.map(s => `const ${s.constName} = l1.l1Struct('${s.interfaceName}');`));
    for (const s of r.structs) {
      lines.push(`${s.constName}.props = [`, ...s.props.map(p => `  ${tableProp(p)},`), '];');
    }
  }
  const entries = [
    `type: '${r.cfnType}'`,
    `propsName: '${r.className}Props'`,
    ['props: [', ...r.props.map(p => `    ${tableProp(p)},`), '  ]'].join('\n'),
  ];
  if (r.tags) {
    entries.push(`tagProp: '${r.tags.prop.name}'`);
    if (r.tags.legacy) { entries.push(`rawTagField: '${r.tags.prop.name}Raw'`); }
  }
  const refProps = r.props.filter(p => p.refs.length > 0);
  if (refProps.length > 0) {
    const refs = refProps.map(p => `${p.name}: [${p.refs.map(o => `['${o.getter}', '${o.field}', '${o.service.shortName}.${o.interfaceName}']`).join(', ')}]`);
    entries.push(`refs: { ${refs.join(', ')} }`);
    const lists = refProps.filter(p => p.type.kind === 'list');
    if (lists.length > 0) { entries.push(`listRefs: [${lists.map(p => `'${p.name}'`).join(', ')}]`); }
  }
  lines.push(`const r_${r.name}: l1.L1Resource = {`, ...entries.map(e => `  ${e},`), '};');
  return lines;
}

/** The props interface, the class and the property-type namespace of a resource. */
export function emitResource(r: ResourceModel, ctx: EmitContext): string[] {
  for (const p of r.props) {
    if (RESERVED.has(p.name) && !(p.name === 'tags' && r.tags)) {
      throw new Error(`${r.cfnType}.${p.cfnName} would shadow CfnResource.${p.name}; add a rename rule`);
    }
  }
  return [
    ...emitPropsInterface(r, ctx), '',
    ...emitClass(r, ctx), '',
    ...emitNamespace(r),
  ];
}

function emitPropsInterface(r: ResourceModel, ctx: EmitContext): string[] {
  const lines = docBlock('', [`Properties for defining a \`${r.className}\`.`, '', '@struct', '@stability external', `@see ${r.docUrl}`]);
  lines.push(`export interface ${r.className}Props {`);
  for (const p of r.props) {
    lines.push(...memberDocs(p), `  readonly ${p.name}${p.required ? '' : '?'}: ${propsMemberType(p, r, ctx.alias)};`, '');
  }
  if (lines[lines.length - 1] === '') { lines.pop(); }
  lines.push('}');
  return lines;
}

function memberDocs(p: PropModel): string[] {
  return docBlock('  ', [summary(p.docs) ?? `The \`${p.cfnName}\` property.`, '', `@see ${p.docUrl}`]);
}

function emitClass(r: ResourceModel, ctx: EmitContext): string[] {
  const ref = r.reference;
  const own = ctx.alias(ctx.serviceName);
  const implementsList = ['cdk.IInspectable', `${own}.${ref.interfaceName}`];
  if (r.tags) { implementsList.push(r.tags.legacy ? 'cdk.ITaggable' : 'cdk.ITaggableV2'); }
  const lines = docBlock('', [summary(r.docs) ?? `A CloudFormation \`${r.cfnType}\`.`, '', `@cloudformationResource ${r.cfnType}`, `@stability external`, `@see ${r.docUrl}`]);
  lines.push(`export class ${r.className} extends cdk.CfnResource implements ${implementsList.join(', ')} {`);
  lines.push('  /** The CloudFormation resource type name for this resource class. */');
  lines.push(`  public static readonly CFN_RESOURCE_TYPE_NAME = '${r.cfnType}';`, '');
  lines.push(`  /** Checks whether the given object is a ${r.className}. */`);
  lines.push(`  public static is${r.className}(x: any): x is ${r.className} {`);
  lines.push(`    return l1.isL1(x, ${r.className}.CFN_RESOURCE_TYPE_NAME);`, '  }', '');
  if (ref.arnField) {
    lines.push(`  /** The ARN of a ${r.name} resource. */`);
    lines.push(`  public static arnFor${r.name}(resource: ${own}.${ref.interfaceName}): string {`);
    lines.push(`    return resource.${ref.getter}.${ref.arnField};`, '  }', '');
  }
  if (r.importable) { lines.push(...emitImports(r, r.importable, own)); }
  lines.push(...emitFields(r));
  lines.push(...emitConstructor(r));
  lines.push(...emitReferenceGetter(r, ref, own));
  for (const a of r.attrs) { lines.push(...emitAttribute(a)); }
  const tagsArg = !r.tags ? '' : r.tags.legacy ? ', this.tags.renderTags()' : `, this.cdkTagManager.renderTags(this.${r.tags.prop.name})`;
  lines.push(
    '  /** Examines the CloudFormation resource and discloses attributes. */',
    '  public inspect(inspector: cdk.TreeInspector): void {',
    `    inspector.addAttribute('aws:cdk:cloudformation:type', ${r.className}.CFN_RESOURCE_TYPE_NAME);`,
    `    inspector.addAttribute('aws:cdk:cloudformation:logicalId', this.logicalId);`,
    `    inspector.addAttribute('aws:cdk:cloudformation:props', this.cfnProperties);`,
    '  }', '',
    '  protected override get cfnProperties(): { [key: string]: any } {',
    `    return l1.l1Properties(this, r_${r.name}${tagsArg});`,
    '  }', '',
    '  protected override renderProperties(props: { [key: string]: any }): { [key: string]: any } {',
    `    return l1.renderL1(this, r_${r.name}, props);`,
    '  }',
    '}',
  );
  return lines;
}

function emitImports(r: ResourceModel, imp: ImportModel, own: string): string[] {
  const ref = r.reference;
  const nameParam = camelCase(imp.nameVariable);
  const arnExpr = imp.arnTemplate.split(/(\$\{[^{}]+\})/).filter(s => s !== '').map(part => {
    const v = /^\$\{(.+)\}$/.exec(part)?.[1];
    if (v === undefined) { return `'${part}'`; }
    return v === imp.nameVariable ? nameParam : `stack.${v.toLowerCase()}`;
  }).join(' + ');
  return [
    `  /** Creates a reference to a ${r.name} defined outside this app, from its ARN. */`,
    `  public static from${r.name}Arn(scope: Construct, id: string, arn: string): ${own}.${ref.interfaceName} {`,
    `    const parts = l1.parseArnTemplate(scope, '${imp.arnTemplate}', arn);`,
    `    return l1.importL1(scope, id, '${ref.getter}', { ${imp.nameField}: parts.${imp.nameVariable}, ${imp.arnField}: arn }, { account: parts.Account, region: parts.Region });`,
    '  }', '',
    `  /** Creates a reference to a ${r.name} defined outside this app, from its name (in the scope's stack environment). */`,
    `  public static from${imp.nameVariable}(scope: Construct, id: string, ${nameParam}: string): ${own}.${ref.interfaceName} {`,
    '    const stack = cdk.Stack.of(scope);',
    `    const arn = ${arnExpr};`,
    `    return l1.importL1(scope, id, '${ref.getter}', { ${imp.nameField}: ${nameParam}, ${imp.arnField}: arn }, { account: stack.account, region: stack.region });`,
    '  }', '',
  ];
}

function emitFields(r: ResourceModel): string[] {
  const lines: string[] = [];
  for (const p of r.props) {
    const isTags = r.tags?.prop === p;
    const name = isTags && r.tags!.legacy ? `${p.name}Raw` : p.name;
    const type = p.refs.length === 0 ? tsType(p.type, r) : p.type.kind === 'list' ? 'Array<string>' : 'string';
    const docs = summary(p.docs) ?? `The \`${p.cfnName}\` property.`;
    lines.push(...docBlock('  ', [docs]), `  public declare ${name}${p.required ? '' : '?'}: ${type};`, '');
  }
  if (r.tags?.legacy) {
    lines.push('  /** Tag Manager which manages the tags for this resource. */', `  public declare readonly tags: cdk.TagManager;`, '');
  } else if (r.tags) {
    lines.push('  /** Tag Manager which manages the tags for this resource. */', `  public declare readonly cdkTagManager: cdk.TagManager;`, '');
  }
  return lines;
}

function emitConstructor(r: ResourceModel): string[] {
  const required = r.props.some(p => p.required);
  const lines = [
    `  /**`,
    `   * @param scope Scope in which this resource is defined`,
    `   * @param id Construct identifier for this resource (unique in its scope)`,
    `   * @param props Resource properties`,
    `   */`,
    `  constructor(scope: Construct, id: string, props: ${r.className}Props${required ? '' : ' = {}'}) {`,
    `    super(scope, id, { type: ${r.className}.CFN_RESOURCE_TYPE_NAME, properties: props });`,
    `    l1.initL1(this, r_${r.name}, props);`,
  ];
  if (r.tags) {
    const field = r.tags.legacy ? 'tags' : 'cdkTagManager';
    const initial = r.tags.legacy ? `props.${r.tags.prop.name}` : 'undefined';
    lines.push(`    this.${field} = new cdk.TagManager(cdk.TagType.${r.tags.tagType}, '${r.cfnType}', ${initial}, { tagPropertyName: '${r.tags.prop.name}' });`);
  }
  lines.push('  }', '');
  return lines;
}

function emitReferenceGetter(r: ResourceModel, ref: ReferenceModel, own: string): string[] {
  const attrMembers = new Map(r.attrs.map(a => [a.cfnName, a]));
  const fields = ref.fields.map(f => {
    let expr: string;
    if (f.source.kind === 'ref') {
      expr = f.source.index === undefined ? 'this.ref' : `cdk.Fn.select(${f.source.index}, cdk.Fn.split('|', this.ref))`;
    } else if (f.source.kind === 'attr') {
      const a = attrMembers.get(f.source.attribute);
      expr = a?.kind === 'string' ? `this.${a.memberName}` : `cdk.Token.asString(this.getAtt('${f.source.attribute}', cdk.ResolutionTypeHint.STRING))`;
    } else {
      expr = `this.${f.source.prop} as string`;
    }
    return `${f.name}: ${expr}`;
  });
  return [
    `  /** A reference to a ${r.name} resource. */`,
    `  public get ${ref.getter}(): ${own}.${ref.structName} {`,
    `    return { ${fields.join(', ')} };`,
    '  }', '',
  ];
}

function emitAttribute(a: ResourceModel['attrs'][number]): string[] {
  const docs = docBlock('  ', [summary(a.docs) ?? `The \`${a.cfnName}\` attribute.`, '', `@cloudformationAttribute ${a.cfnName}`]);
  const getAtt = (hint: string) => `this.getAtt('${a.cfnName}', cdk.ResolutionTypeHint.${hint})`;
  switch (a.kind) {
    case 'string':
      return [...docs, `  public get ${a.memberName}(): string {`, `    return cdk.Token.asString(${getAtt('STRING')});`, '  }', ''];
    case 'number':
      return [...docs, `  public get ${a.memberName}(): number {`, `    return cdk.Token.asNumber(${getAtt('NUMBER')});`, '  }', ''];
    case 'list':
      return [...docs, `  public get ${a.memberName}(): Array<string> {`, `    return cdk.Token.asList(${getAtt('STRING_LIST')});`, '  }', ''];
    default:
      return [...docs, `  public get ${a.memberName}(): cdk.IResolvable {`, `    return ${getAtt('STRING')};`, '  }', ''];
  }
}

function emitNamespace(r: ResourceModel): string[] {
  if (r.structs.length === 0) { return []; }
  const lines = [`export namespace ${r.className} {`];
  r.structs.forEach((s, i) => {
    if (i > 0) { lines.push(''); }
    lines.push(...emitStruct(s, r));
  });
  lines.push('}');
  return lines;
}

function emitStruct(s: StructModel, r: ResourceModel): string[] {
  const lines = docBlock('  ', [summary(s.docs) ?? `The \`${s.typeName}\` property type.`, '', '@struct', '@stability external', `@see ${s.docUrl}`]);
  lines.push(`  export interface ${s.interfaceName} {`);
  const members = [...s.props].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const p of members) {
    lines.push(...docBlock('    ', [summary(p.docs) ?? `The \`${p.cfnName}\` property.`, '', `@see ${p.docUrl}`]));
    lines.push(`    readonly ${p.name}${p.required ? '' : '?'}: ${tsType(p.type, r)};`, '');
  }
  if (lines[lines.length - 1] === '') { lines.pop(); }
  lines.push('  }');
  return lines;
}
