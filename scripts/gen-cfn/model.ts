/**
 * Turns spec entities into the neutral model the emitters print: names decided, types resolved to the ones
 * aws-cdk-lib exposes, everything sorted so the output is deterministic.
 */
import { attributeMemberName, camelCase, className, propertyDocUrl, resourceDocUrl, structDocUrl, structName, structPropertyDocUrl } from './naming';
import { Spec, SpecProperty, SpecResource, SpecService, SpecType } from './spec';

/** A property type, as the generated code sees it. */
export type TypeModel =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'json' | 'date' | 'tag' }
  | { readonly kind: 'struct'; readonly struct: StructModel }
  | { readonly kind: 'list' | 'map'; readonly element: TypeModel }
  | { readonly kind: 'union'; readonly types: readonly TypeModel[] };

/** One way a reference property accepts a resource: `role: iam.IRoleRef | string` via `roleRef.roleArn`. */
export interface RefOptionModel {
  readonly service: SpecService;
  readonly interfaceName: string;
  readonly getter: string;
  readonly field: string;
}

/** A property of a resource or of a property type. */
export interface PropModel {
  readonly cfnName: string;
  readonly name: string;
  readonly type: TypeModel;
  /** The type the renderer uses when it differs from the declared one. */
  readonly renderType?: TypeModel;
  readonly required: boolean;
  readonly docs?: string;
  readonly docUrl: string;
  /** Resource references the property also accepts (top-level resource properties only). */
  readonly refs: readonly RefOptionModel[];
}

/** A property type of a resource (`CfnFunction.CodeProperty`). */
export interface StructModel {
  readonly typeName: string;
  readonly interfaceName: string;
  /** Name of the table constant in the generated module. */
  readonly constName: string;
  readonly docs?: string;
  readonly docUrl: string;
  /** Properties in CloudFormation-name order (the rendering order). */
  props: PropModel[];
}

/** A `attr*` member. */
export interface AttrModel {
  readonly cfnName: string;
  readonly memberName: string;
  readonly kind: 'string' | 'number' | 'list' | 'resolvable';
  readonly docs?: string;
}

/** Where a field of the resource's `<Name>Reference` comes from. */
export type ReferenceSource =
  | { readonly kind: 'ref'; readonly index?: number }
  | { readonly kind: 'attr'; readonly attribute: string }
  | { readonly kind: 'prop'; readonly prop: string };

/** The `I<Name>Ref` interface of a resource type and its `<Name>Reference` struct. */
export interface ReferenceModel {
  readonly resourceName: string;
  readonly interfaceName: string;
  readonly structName: string;
  readonly getter: string;
  readonly fields: ReadonlyArray<{ readonly name: string; readonly cfnName: string; readonly source: ReferenceSource }>;
  /** The field holding the resource's ARN, named `<name>Arn`, if any. */
  readonly arnField?: string;
}

/** How the resource can be imported by ARN and by name (`fromFunctionArn`, `fromFunctionName`). */
export interface ImportModel {
  readonly arnTemplate: string;
  /** The template variable that holds the name, and the reference field for it. */
  readonly nameVariable: string;
  readonly nameField: string;
  readonly arnField: string;
}

/** A resource type. */
export interface ResourceModel {
  readonly cfnType: string;
  readonly name: string;
  readonly className: string;
  readonly docs?: string;
  readonly docUrl: string;
  /** Properties in camelCase order. */
  readonly props: readonly PropModel[];
  readonly attrs: readonly AttrModel[];
  /** Property types, sorted by name. */
  readonly structs: readonly StructModel[];
  readonly tags?: {
    readonly prop: PropModel;
    readonly tagType: 'STANDARD' | 'MAP' | 'AUTOSCALING_GROUP';
    /** ITaggable (`tags: TagManager` and `<prop>Raw`) rather than ITaggableV2 (`cdkTagManager`). */
    readonly legacy: boolean;
  };
  readonly reference: ReferenceModel;
  readonly importable?: ImportModel;
}

const TAG_TYPES = { standard: 'STANDARD', map: 'MAP', asg: 'AUTOSCALING_GROUP' } as const;
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds models, caching per resource type (references to other services' resources are shared). */
export class ModelBuilder {
  private readonly references = new Map<string, ReferenceModel>();

  constructor(private readonly spec: Spec, private readonly legacyTaggable: ReadonlySet<string>) {}

  /** The full model of a resource type. */
  public resource(r: SpecResource): ResourceModel {
    const structs = new Map<string, StructModel>();
    const props = Object.entries(r.properties)
      .map(([cfnName, p]) => this.prop(r, cfnName, p, propertyDocUrl(r.cloudFormationType, cfnName), structs, true))
      .sort((a, b) => byString(a.name, b.name));
    const tagName = r.tagInformation?.tagPropertyName;
    const tagIndex = props.findIndex(p => p.cfnName === tagName);
    if (tagIndex >= 0 && r.tagInformation?.variant === 'standard') { props[tagIndex] = asTagList(props[tagIndex]); }
    const tagProp = tagIndex >= 0 ? props[tagIndex] : undefined;
    return {
      cfnType: r.cloudFormationType,
      name: r.name,
      className: className(r.name),
      docs: r.documentation,
      docUrl: resourceDocUrl(r.cloudFormationType),
      props,
      attrs: Object.entries(r.attributes)
        .map(([cfnName, a]) => ({ cfnName, memberName: attributeMemberName(cfnName), kind: attributeKind(a.type), docs: a.documentation }))
        .sort((a, b) => byString(a.memberName, b.memberName)),
      structs: [...structs.values()].sort((a, b) => byString(a.typeName, b.typeName)),
      tags: tagProp && r.tagInformation
        ? { prop: tagProp, tagType: TAG_TYPES[r.tagInformation.variant], legacy: this.legacyTaggable.has(r.cloudFormationType) }
        : undefined,
      reference: this.reference(r),
      importable: importModel(r, this.reference(r)),
    };
  }

  /** The reference interface of a resource type. */
  public reference(r: SpecResource): ReferenceModel {
    let model = this.references.get(r.cloudFormationType);
    if (model === undefined) {
      model = referenceModel(r);
      this.references.set(r.cloudFormationType, model);
    }
    return model;
  }

  private prop(owner: SpecResource, cfnName: string, p: SpecProperty, docUrl: string,
    structs: Map<string, StructModel>, topLevel: boolean): PropModel {
    // aws-cdk-lib keeps a property's original type when the spec changes it, so existing code keeps compiling.
    const specType = p.previousTypes && p.previousTypes.length > 0 ? p.previousTypes[0] : p.type;
    const type = this.type(owner, specType, structs);
    return {
      cfnName,
      name: camelCase(cfnName),
      type,
      required: p.required === true,
      docs: p.documentation,
      docUrl,
      refs: topLevel && isStringOrStringList(type) ? this.refOptions(p) : [],
    };
  }

  private type(owner: SpecResource, t: SpecType, structs: Map<string, StructModel>): TypeModel {
    switch (t.type) {
      case 'string': return { kind: 'string' };
      case 'number': case 'integer': return { kind: 'number' };
      case 'boolean': return { kind: 'boolean' };
      case 'date-time': return { kind: 'date' };
      case 'tag': return { kind: 'tag' };
      case 'json': case 'null': return { kind: 'json' };
      case 'array': return { kind: 'list', element: this.type(owner, t.element, structs) };
      case 'map': return { kind: 'map', element: this.type(owner, t.element, structs) };
      case 'union': return { kind: 'union', types: t.types.map(x => this.type(owner, x, structs)) };
      case 'ref': return { kind: 'struct', struct: this.struct(owner, t.reference, structs) };
    }
  }

  private struct(owner: SpecResource, ref: { readonly $ref: string }, structs: Map<string, StructModel>): StructModel {
    const existing = structs.get(ref.$ref);
    if (existing) { return existing; }
    const def = this.spec.typeDefinition(ref);
    for (const other of structs.values()) {
      if (other.typeName === def.name) { throw new Error(`${owner.cloudFormationType} has two property types named ${def.name}`); }
    }
    const model: StructModel = {
      typeName: def.name,
      interfaceName: structName(def.name),
      constName: `t_${owner.name}_${def.name}`,
      docs: def.documentation,
      docUrl: structDocUrl(owner.cloudFormationType, def.name),
      props: [],
    };
    // Registered before its properties are built, so recursive property types terminate.
    structs.set(ref.$ref, model);
    model.props = Object.entries(def.properties)
      .map(([cfnName, p]) => this.prop(owner, cfnName, p, structPropertyDocUrl(owner.cloudFormationType, def.name, cfnName), structs, false))
      .sort((a, b) => byString(a.cfnName, b.cfnName));
    return model;
  }

  /**
   * The reference interfaces a string property also accepts: per target resource type (in the spec's order) the
   * reference field holding the referenced value; an ARN field wins when several fit.
   */
  private refOptions(p: SpecProperty): RefOptionModel[] {
    const options: RefOptionModel[] = [];
    for (const rel of p.relationshipRefs ?? []) {
      const target = this.spec.resource(rel.cloudFormationType);
      if (!target) { continue; }
      const reference = this.reference(target);
      const field = referenceFieldFor(target, reference, rel.propertyName);
      if (field === undefined) { continue; }
      const existing = options.findIndex(o => o.interfaceName === reference.interfaceName && o.service.name === this.spec.serviceOf(target).name);
      const option = { service: this.spec.serviceOf(target), interfaceName: reference.interfaceName, getter: reference.getter, field };
      if (existing < 0) {
        options.push(option);
      } else if (!/Arn$/.test(options[existing].field) && /Arn$/.test(field)) {
        options[existing] = option;
      }
    }
    return options;
  }
}

/**
 * Standard tags declared as a list of a `{ Key, Value }` property type render exactly like CfnTags; treat them
 * so, whatever shape the tag manager hands over.
 */
function asTagList(p: PropModel): PropModel {
  const t = p.type;
  if (t.kind === 'list' && t.element.kind === 'struct') {
    const names = t.element.struct.props.map(x => x.cfnName).join();
    if (names === 'Key,Value') { return { ...p, renderType: { kind: 'list', element: { kind: 'tag' } } }; }
  }
  return p;
}

function isStringOrStringList(t: TypeModel): boolean {
  return t.kind === 'string' || (t.kind === 'list' && t.element.kind === 'string');
}

function attributeKind(t: SpecType): AttrModel['kind'] {
  switch (t.type) {
    case 'string': case 'date-time': return 'string';
    case 'number': case 'integer': return 'number';
    case 'array': return t.element.type === 'string' ? 'list' : 'resolvable';
    default: return 'resolvable';
  }
}

/** The reference field name of an identifier: `Id`, `Arn` and `Name` get the resource name in front. */
function referenceFieldName(resourceName: string, path: string): string {
  // Identifiers inside a property type are paths (`StorageLensConfiguration/Id`); the last part names the field.
  const identifier = path.split('/').pop()!;
  return identifier === 'Id' || identifier === 'Arn' || identifier === 'Name'
    ? camelCase(resourceName) + identifier
    : camelCase(identifier);
}

function arnAttribute(r: SpecResource): string | undefined {
  const wanted = ['arn', `${r.name.toLowerCase()}arn`];
  return Object.keys(r.attributes).find(a => wanted.includes(a.toLowerCase()));
}

function referenceModel(r: SpecResource): ReferenceModel {
  const identifiers = r.primaryIdentifier ?? [];
  const refParts = r.cfnRefIdentifier ?? identifiers;
  const fields: Array<ReferenceModel['fields'][number]> = identifiers.map(id => {
    const refIndex = refParts.indexOf(id);
    let source: ReferenceSource;
    if (refIndex >= 0) {
      source = refParts.length === 1 ? { kind: 'ref' } : { kind: 'ref', index: refIndex };
    } else if (r.attributes[id]) {
      source = { kind: 'attr', attribute: id };
    } else {
      source = { kind: 'prop', prop: camelCase(id) };
    }
    return { name: referenceFieldName(r.name, id), cfnName: id, source };
  });
  const arnName = camelCase(r.name) + 'Arn';
  if (!identifiers.some(id => /arn$/i.test(id))) {
    const attr = arnAttribute(r);
    if (attr !== undefined) { fields.push({ name: arnName, cfnName: attr, source: { kind: 'attr', attribute: attr } }); }
  }
  return {
    resourceName: r.name,
    interfaceName: `I${r.name}Ref`,
    structName: `${r.name}Reference`,
    getter: camelCase(r.name) + 'Ref',
    fields,
    arnField: fields.some(f => f.name === arnName) ? arnName : undefined,
  };
}

/** The reference field that carries the value of the target's property `propertyName`, if any. */
function referenceFieldFor(target: SpecResource, reference: ReferenceModel, propertyName: string): string | undefined {
  const direct = reference.fields.find(f => f.cfnName === propertyName);
  if (direct) { return direct.name; }
  if (reference.arnField && propertyName.toLowerCase() === arnAttribute(target)?.toLowerCase()) { return reference.arnField; }
  return undefined;
}

/**
 * A resource named by a single identifier whose ARN template is built from that name alone can be imported
 * by ARN or by name.
 */
function importModel(r: SpecResource, reference: ReferenceModel): ImportModel | undefined {
  const ids = r.primaryIdentifier ?? [];
  if (!r.arnTemplate || ids.length !== 1 || /arn$/i.test(ids[0]) || reference.arnField === undefined) { return undefined; }
  const variables = [...r.arnTemplate.matchAll(/\$\{([^{}]+)\}/g)].map(m => m[1]).filter(v => !['Partition', 'Region', 'Account'].includes(v));
  if (variables.length !== 1 || variables[0] !== ids[0]) { return undefined; }
  return { arnTemplate: r.arnTemplate, nameVariable: ids[0], nameField: reference.fields[0].name, arnField: reference.arnField };
}
