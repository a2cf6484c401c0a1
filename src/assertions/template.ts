import type { Stack } from '../core';
import { MatchResult } from './matcher';
import { AbsentMatch } from './private/absent-match';
import { describeCycle, findDependencyCycle } from './private/dependency-cycles';
import { describeClosestCandidates, describeCandidate, listIds, testEntries, toMatcher, TestedEntry } from './private/section-query';
import { synthesizeStack } from './private/stack-artifact';

/**
 * Options to configure template parsing behavior.
 */
export interface TemplateParsingOptions {
  /**
   * Skip the check for dependency cycles between resources. Only useful for
   * templates that are valid despite containing cycles, such as unprocessed
   * Transform templates.
   *
   * @default false
   */
  readonly skipCyclicalDependenciesCheck?: boolean;
}

type Section = { [logicalId: string]: { [key: string]: any } };

const EMPTY_PROPERTIES = Object.freeze({});

/**
 * Suite of assertions that can be run on a CDK stack.
 * Typically used, as part of unit tests, to validate that the rendered
 * CloudFormation template has expected resources and properties.
 *
 * Literal patterns given to these methods are matched with `Match.objectLike()`
 * rules; pass any `Match` matcher to choose other rules.
 */
export class Template {
  /**
   * Base your assertions on the CloudFormation template synthesized by a CDK `Stack`.
   * @param stack the CDK Stack to run assertions on
   * @param templateParsingOptions Optional param to configure template parsing behavior, such as disregarding circular
   * dependencies.
   */
  public static fromStack(stack: Stack, templateParsingOptions?: TemplateParsingOptions): Template {
    return new Template(synthesizeStack(stack, 'Template.fromStack()').template, templateParsingOptions);
  }

  /**
   * Base your assertions from an existing CloudFormation template formatted as an in-memory
   * JSON object. The object is used as it is, not copied.
   * @param template the CloudFormation template formatted as a nested set of records
   * @param templateParsingOptions Optional param to configure template parsing behavior, such as disregarding circular
   * dependencies.
   */
  public static fromJSON(template: { [key: string]: any }, templateParsingOptions?: TemplateParsingOptions): Template {
    return new Template(template, templateParsingOptions);
  }

  /**
   * Base your assertions from an existing CloudFormation template formatted as a
   * JSON string.
   * @param template the CloudFormation template in
   * @param templateParsingOptions Optional param to configure template parsing behavior, such as disregarding circular
   * dependencies.
   */
  public static fromString(template: string, templateParsingOptions?: TemplateParsingOptions): Template {
    return new Template(JSON.parse(template), templateParsingOptions);
  }

  private readonly template: { [key: string]: any };
  private resourcesByType?: Map<string, Array<[string, any]>>;

  private constructor(template: { [key: string]: any }, options: TemplateParsingOptions = {}) {
    this.template = template;
    if (!options.skipCyclicalDependenciesCheck) {
      const cycle = findDependencyCycle(this.section('Resources'));
      if (cycle) {
        throw new Error(`Template is undeployable, these resources have a dependency cycle: ${describeCycle(cycle)}\n`
          + 'Pass { skipCyclicalDependenciesCheck: true } as template parsing options if the cycle is intended.');
      }
    }
  }

  /**
   * The CloudFormation template deserialized into an object.
   */
  public toJSON(): { [key: string]: any } {
    return this.template;
  }

  /**
   * Assert that the given number of resources of the given type exist in the
   * template.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param count number of expected instances
   */
  public resourceCountIs(type: string, count: number): void {
    const found = this.resourcesOfType(type);
    if (found.length !== count) {
      throw new Error(`Expected ${count} resource(s) of type ${type} but found ${found.length}`
        + `${found.length > 0 ? `: ${listIds(found.map(([id]) => id))}` : ''}`);
    }
  }

  /**
   * Assert that the given number of resources of the given type and properties exists in the
   * CloudFormation template.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param props the 'Properties' section of the resource as should be expected in the template.
   * @param count number of expected instances
   */
  public resourcePropertiesCountIs(type: string, props: any, count: number): void {
    const outcome = testEntries(this.resourcesOfType(type), propertiesTest(props));
    if (outcome.matched.length !== count) {
      throw new Error(`Expected ${count} resource(s) of type ${type} with matching properties but found ${outcome.matched.length}`
        + `${outcome.matched.length > 0 ? `: ${listIds(outcome.matched.map((e) => e.id))}` : ''}`);
    }
  }

  /**
   * Assert that a resource of the given type and properties exists in the
   * CloudFormation template.
   * By default, performs partial matching on the `Properties` key of the resource, via the
   * `Match.objectLike()`. To configure different behavior, use other matchers in the `Match` class.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param props the 'Properties' section of the resource as should be expected in the template.
   */
  public hasResourceProperties(type: string, props: any): void {
    this.assertSomeResourceMatches(type, propertiesTest(props));
  }

  /**
   * Assert that a resource of the given type and given definition exists in the
   * CloudFormation template.
   * By default, performs partial matching on the resource, via the `Match.objectLike()`.
   * To configure different behavior, use other matchers in the `Match` class.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param props the entire definition of the resource as should be expected in the template.
   */
  public hasResource(type: string, props: any): void {
    this.assertSomeResourceMatches(type, definitionTest(props));
  }

  /**
   * Get the set of matching resources of a given type and properties in the CloudFormation template.
   * @param type the type to match in the CloudFormation template
   * @param props by default, matches all resources with the given type.
   * When a literal is provided, performs a partial match via `Match.objectLike()`.
   * Use the `Match` APIs to configure a different behaviour.
   */
  public findResources(type: string, props: any = {}): { [key: string]: { [key: string]: any } } {
    return toSection(testEntries(this.resourcesOfType(type), definitionTest(props)).matched);
  }

  /**
   * Get the Resource ID of a matching resource, expects only to find one match.
   * Throws AssertionError if none or multiple resources were found.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param props by default, matches all resources with the given type.
   * @returns The resource id of the matched resource.
   */
  public getResourceId(type: string, props?: any): string {
    const outcome = testEntries(this.resourcesOfType(type), definitionTest(props ?? {}));
    if (outcome.matched.length === 0) {
      throw new Error(this.describeNoResourceMatch(type, outcome.failed));
    }
    if (outcome.matched.length > 1) {
      throw new Error(`Template has ${outcome.matched.length} resources of type ${type} that match, expected exactly one: `
        + listIds(outcome.matched.map((e) => e.id)));
    }
    return outcome.matched[0].id;
  }

  /**
   * Assert that all resources of the given type contain the given definition in the
   * CloudFormation template.
   * By default, performs partial matching on the resource, via the `Match.objectLike()`.
   * To configure different behavior, use other matchers in the `Match` class.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param props the entire definition of the resources as they should be expected in the template.
   */
  public allResources(type: string, props: any): void {
    this.assertAllResourcesMatch(type, definitionTest(props), 'definition');
  }

  /**
   * Assert that all resources of the given type contain the given properties
   * CloudFormation template.
   * By default, performs partial matching on the `Properties` key of the resource, via the
   * `Match.objectLike()`. To configure different behavior, use other matchers in the `Match` class.
   * @param type the resource type; ex: `AWS::S3::Bucket`
   * @param props the 'Properties' section of the resource as should be expected in the template.
   */
  public allResourcesProperties(type: string, props: any): void {
    this.assertAllResourcesMatch(type, propertiesTest(props), 'properties');
  }

  /**
   * Assert that a Parameter with the given properties exists in the CloudFormation template.
   * By default, performs partial matching on the parameter, via the `Match.objectLike()`.
   * To configure different behavior, use other matchers in the `Match` class.
   * @param logicalId the name of the parameter, provide `'*'` to match all parameters in the template.
   * @param props the parameter as should be expected in the template.
   */
  public hasParameter(logicalId: string, props: any): void {
    this.assertSectionHas('Parameters', 'parameter', logicalId, props);
  }

  /**
   * Get the set of matching Parameters that match the given properties in the CloudFormation template.
   * @param logicalId the name of the parameter, provide `'*'` to match all parameters in the template.
   * @param props by default, matches all Parameters in the template.
   * When a literal object is provided, performs a partial match via `Match.objectLike()`.
   * Use the `Match` APIs to configure a different behaviour.
   */
  public findParameters(logicalId: string, props: any = {}): { [key: string]: { [key: string]: any } } {
    return this.findInSection('Parameters', logicalId, props);
  }

  /**
   * Assert that an Output with the given properties exists in the CloudFormation template.
   * By default, performs partial matching on the resource, via the `Match.objectLike()`.
   * To configure different behavior, use other matchers in the `Match` class.
   * @param logicalId the name of the output, provide `'*'` to match all outputs in the template.
   * @param props the output as should be expected in the template.
   */
  public hasOutput(logicalId: string, props: any): void {
    this.assertSectionHas('Outputs', 'output', logicalId, props);
  }

  /**
   * Get the set of matching Outputs that match the given properties in the CloudFormation template.
   * @param logicalId the name of the output, provide `'*'` to match all outputs in the template.
   * @param props by default, matches all Outputs in the template.
   * When a literal object is provided, performs a partial match via `Match.objectLike()`.
   * Use the `Match` APIs to configure a different behaviour.
   */
  public findOutputs(logicalId: string, props: any = {}): { [key: string]: { [key: string]: any } } {
    return this.findInSection('Outputs', logicalId, props);
  }

  /**
   * Assert that a Mapping with the given properties exists in the CloudFormation template.
   * By default, performs partial matching on the resource, via the `Match.objectLike()`.
   * To configure different behavior, use other matchers in the `Match` class.
   * @param logicalId the name of the mapping, provide `'*'` to match all mappings in the template.
   * @param props the output as should be expected in the template.
   */
  public hasMapping(logicalId: string, props: any): void {
    this.assertSectionHas('Mappings', 'mapping', logicalId, props);
  }

  /**
   * Get the set of matching Mappings that match the given properties in the CloudFormation template.
   * @param logicalId the name of the mapping, provide `'*'` to match all mappings in the template.
   * @param props by default, matches all Mappings in the template.
   * When a literal object is provided, performs a partial match via `Match.objectLike()`.
   * Use the `Match` APIs to configure a different behaviour.
   */
  public findMappings(logicalId: string, props: any = {}): { [key: string]: { [key: string]: any } } {
    return this.findInSection('Mappings', logicalId, props);
  }

  /**
   * Assert that a Condition with the given properties exists in the CloudFormation template.
   * By default, performs partial matching on the resource, via the `Match.objectLike()`.
   * To configure different behavior, use other matchers in the `Match` class.
   * @param logicalId the name of the mapping, provide `'*'` to match all conditions in the template.
   * @param props the output as should be expected in the template.
   */
  public hasCondition(logicalId: string, props: any): void {
    this.assertSectionHas('Conditions', 'condition', logicalId, props);
  }

  /**
   * Get the set of matching Conditions that match the given properties in the CloudFormation template.
   * @param logicalId the name of the condition, provide `'*'` to match all conditions in the template.
   * @param props by default, matches all Conditions in the template.
   * When a literal object is provided, performs a partial match via `Match.objectLike()`.
   * Use the `Match` APIs to configure a different behaviour.
   */
  public findConditions(logicalId: string, props: any = {}): { [key: string]: { [key: string]: any } } {
    return this.findInSection('Conditions', logicalId, props);
  }

  /**
   * Assert that the CloudFormation template matches the given value
   * @param expected the expected CloudFormation template as key-value pairs.
   */
  public templateMatches(expected: any): void {
    const result = toMatcher(expected).test(this.template);
    if (result.hasFailed()) {
      throw new Error(['Template did not match as expected. The following mismatches were found:',
        ...result.toHumanStrings().map((s) => `\t${s}`)].join('\n'));
    }
    // Unlike aws-cdk-lib 2.276, captures used here are filled in.
    result.finished();
  }

  private section(name: string): Section {
    const section = this.template[name];
    return typeof section === 'object' && section !== null ? section : {};
  }

  private resourcesOfType(type: string): Array<[string, any]> {
    if (this.resourcesByType === undefined) {
      // Built once per Template: assertions are many, templates are not rebuilt between them.
      const index = new Map<string, Array<[string, any]>>();
      const resources = this.section('Resources');
      for (const id of Object.keys(resources)) {
        const resourceType = resources[id]?.Type;
        let list = index.get(resourceType);
        if (list === undefined) {
          list = [];
          index.set(resourceType, list);
        }
        list.push([id, resources[id]]);
      }
      this.resourcesByType = index;
    }
    return this.resourcesByType.get(type) ?? [];
  }

  private assertSomeResourceMatches(type: string, test: (definition: any) => MatchResult): void {
    const outcome = testEntries(this.resourcesOfType(type), test);
    if (outcome.matched.length === 0) {
      throw new Error(this.describeNoResourceMatch(type, outcome.failed));
    }
  }

  private assertAllResourcesMatch(type: string, test: (definition: any) => MatchResult, what: string): void {
    const outcome = testEntries(this.resourcesOfType(type), test);
    if (outcome.failed.length === 0 && outcome.matched.length > 0) { return; }
    if (outcome.matched.length + outcome.failed.length === 0) {
      throw new Error(`${this.describeNoResourcesOfType(type)} allResources assertions need at least one resource to check.`);
    }
    const total = outcome.matched.length + outcome.failed.length;
    throw new Error([
      `Template has ${total} resource(s) with type ${type}, but only ${outcome.matched.length} match the given ${what}.`,
      `These do not match: ${listIds(outcome.failed.map((e) => e.id))}`,
      '',
      ...outcome.failed.slice(0, 3).map(describeCandidate).join('\n\n').split('\n'),
    ].join('\n'));
  }

  private describeNoResourceMatch(type: string, failed: TestedEntry[]): string {
    if (failed.length === 0) { return this.describeNoResourcesOfType(type); }
    return `Template has ${failed.length} resource(s) with type ${type}, but none match as expected.\n`
      + describeClosestCandidates(failed);
  }

  private describeNoResourcesOfType(type: string): string {
    this.resourcesOfType(type);
    const types = [...this.resourcesByType!.keys()].filter((t) => typeof t === 'string').sort();
    return `Template has 0 resources with type ${type}.`
      + (types.length > 0 ? ` Resource types present: ${listIds(types, 20)}.` : ' The template has no resources.');
  }

  private sectionEntries(sectionName: string, logicalId: string): Array<[string, any]> {
    const section = this.section(sectionName);
    if (logicalId === '*') { return Object.entries(section); }
    return Object.prototype.hasOwnProperty.call(section, logicalId) ? [[logicalId, section[logicalId]]] : [];
  }

  private findInSection(sectionName: string, logicalId: string, props: any): Section {
    const matcher = toMatcher(props);
    return toSection(testEntries(this.sectionEntries(sectionName, logicalId), (v) => matcher.test(v)).matched);
  }

  private assertSectionHas(sectionName: string, noun: string, logicalId: string, props: any): void {
    const matcher = toMatcher(props);
    const outcome = testEntries(this.sectionEntries(sectionName, logicalId), (v) => matcher.test(v));
    if (outcome.matched.length > 0) { return; }
    const named = logicalId === '*' ? '' : ` named '${logicalId}'`;
    if (outcome.failed.length === 0) {
      const present = Object.keys(this.section(sectionName));
      throw new Error(`Template has no ${noun}${named}.`
        + (present.length > 0 ? ` ${sectionName} present: ${listIds(present, 20)}.` : ` The template has no ${sectionName}.`));
    }
    throw new Error(`Template has ${outcome.failed.length} ${noun}(s)${named}, but none match as expected.\n`
      + describeClosestCandidates(outcome.failed));
  }
}

/** Tests a whole resource definition. */
function definitionTest(props: any): (definition: any) => MatchResult {
  const matcher = toMatcher(props);
  return (definition) => matcher.test(definition);
}

/**
 * Tests a resource's `Properties`. A resource without them is seen as having
 * empty ones, except by `Match.absent()` (behaviour checked against aws-cdk-lib).
 * Failures are reported relative to the whole resource so messages show `/Properties/...`.
 */
function propertiesTest(props: any): (definition: any) => MatchResult {
  const matcher = toMatcher(props);
  const seesMissingAsEmpty = !(matcher instanceof AbsentMatch);
  return (definition) => {
    const hasProperties = definition?.Properties !== undefined;
    const properties = hasProperties || !seesMissingAsEmpty ? definition?.Properties : EMPTY_PROPERTIES;
    const inner = matcher.test(properties);
    if (inner.isSuccess) { return inner; }
    const shown = hasProperties || !seesMissingAsEmpty ? definition : { ...definition, Properties: EMPTY_PROPERTIES };
    return new MatchResult(shown).compose('Properties', inner);
  };
}

function toSection(entries: readonly TestedEntry[]): Section {
  const section: Section = {};
  for (const entry of entries) { section[entry.id] = entry.value; }
  return section;
}
