/**
 * Names of generated API members, derived from CloudFormation names exactly as aws-cdk-lib names them
 * (checked against every Cfn class the oracle exports: property, attribute and reference names).
 */

/**
 * camelCase a CloudFormation name: words split at lower→Upper and at the end of an acronym, the first word
 * lowercased, the others capitalized (`DocumentDBEventSourceConfig` → `documentDbEventSourceConfig`,
 * `ProviderARNs` → `providerArns`, `Ipv6AllowedForDualStack` → `ipv6AllowedForDualStack`).
 */
export function camelCase(name: string): string {
  const words = name.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])(?![A-Z]s(?![a-z]))/);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
}

/** PascalCase with the same word rules as {@link camelCase}. */
export function pascalCase(name: string): string {
  const c = camelCase(name);
  return c[0].toUpperCase() + c.slice(1);
}

/** `attr` + the attribute path in PascalCase (`SnapStartResponse.ApplyOn` → `attrSnapStartResponseApplyOn`). */
export function attributeMemberName(attribute: string): string {
  return 'attr' + attribute.split('.').map(pascalCase).join('');
}

/** The class of a resource type: `Cfn` + the resource name as CloudFormation spells it. */
export function className(resourceName: string): string {
  return `Cfn${resourceName}`;
}

/** The interface of a property type inside the class namespace. */
export function structName(typeName: string): string {
  return `${typeName}Property`;
}

/** Documentation URL of a resource type. */
export function resourceDocUrl(cfnType: string): string {
  const [, service, resource] = cfnType.toLowerCase().split('::');
  return `http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-${service}-${resource}.html`;
}

/** Documentation URL of a resource property. */
export function propertyDocUrl(cfnType: string, property: string): string {
  const [, service, resource] = cfnType.toLowerCase().split('::');
  return `${resourceDocUrl(cfnType)}#cfn-${service}-${resource}-${property.toLowerCase()}`;
}

/** Documentation URL of a property type. */
export function structDocUrl(cfnType: string, typeName: string): string {
  const [, service, resource] = cfnType.toLowerCase().split('::');
  return `http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-${service}-${resource}-${typeName.toLowerCase()}.html`;
}

/** Documentation URL of a property of a property type. */
export function structPropertyDocUrl(cfnType: string, typeName: string, property: string): string {
  const [, service, resource] = cfnType.toLowerCase().split('::');
  return `${structDocUrl(cfnType, typeName)}#cfn-${service}-${resource}-${typeName.toLowerCase()}-${property.toLowerCase()}`;
}
