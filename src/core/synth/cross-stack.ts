import { Construct } from 'constructs';
import { CfnElement } from '../cfn/cfn-element';
import { CfnOutput } from '../cfn/cfn-output';
import { CfnReference } from '../cfn/cfn-reference';
import { Fn } from '../cfn/fn';
import { findStage } from '../cfn/stack-lookup';
import { ValidationError } from '../errors';
import { makeUniqueId } from '../logical-id';
import { resolveNestedStackReference } from './nested-references';
import { Reference } from '../tokens/reference';
import { IResolveContext } from '../tokens/resolvable';
import { Token, Tokenization } from '../tokens/token';
import type { ExportValueOptions, Stack } from '../stack';

const EXPORTS_SCOPE_ID = 'Exports';
const MAX_EXPORT_NAME_LENGTH = 255;

/**
 * Resolve a reference used in another stack: the producer exports the value (once), the consumer imports it
 * and comes to depend on the producer.
 */
export function resolveCrossStackReference(reference: CfnReference, consumer: Stack, context: IResolveContext): any {
  const producer = reference.producingStack as Stack;
  if (producer.nested || consumer.nested) {
    const nested = resolveNestedStackReference(reference, producer, consumer, context);
    if (nested !== undefined) { return nested; }
  }
  if (findStage(producer) !== findStage(consumer)) {
    throw new ValidationError(`Stack "${consumer.node.path}" cannot reference ${reference.target.node.path}.${reference.attribute} in stack "${producer.node.path}": they are in different Stages (cloud assemblies); pass the value explicitly instead`, consumer);
  }
  if (producer.environment !== consumer.environment) {
    throw new ValidationError(`Stack "${consumer.node.path}" cannot reference ${reference.target.node.path}.${reference.attribute} in stack "${producer.node.path}": cross-stack references only work between stacks in the same environment (got ${consumer.environment} and ${producer.environment})`, consumer);
  }
  const exportName = exportReference(producer, reference);
  consumer.addDependency(producer, `${consumer.node.path} -> ${reference.target.node.path}.${reference.attribute}`);
  return context.resolve(Fn.importValue(exportName));
}

/** Create (once) the Output that exports a reference from its stack; returns the export name. */
export function exportReference(producer: Stack, reference: Reference): string {
  const exportsScope = (producer.node.tryFindChild(EXPORTS_SCOPE_ID) as Construct | undefined) ?? new Construct(producer, EXPORTS_SCOPE_ID);
  const resolved = producer.resolve(reference);
  const id = `Output${JSON.stringify(resolved)}`;
  let output = exportsScope.node.tryFindChild(id) as CfnOutput | undefined;
  if (!output) {
    output = new CfnOutput(exportsScope, id, { value: Token.asString(reference), exportName: generateExportName(exportsScope, id) });
  }
  if (CfnElement.isCfnElement(reference.target)) { reference.target._lockLogicalId(); }
  return output.exportName!;
}

/** Implements `stack.exportValue()`. */
export function exportValue(stack: Stack, exportedValue: any, options: ExportValueOptions): string {
  if (options.name) {
    new CfnOutput(stack, `Export${options.name}`, { value: exportedValue, exportName: options.name, description: options.description });
    return Fn.importValue(options.name);
  }
  const reference = Tokenization.reverse(exportedValue, { failConcat: false });
  if (!reference || !Reference.isReference(reference)) {
    throw new ValidationError(`exportValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName'), got ${JSON.stringify(exportedValue)}`, stack);
  }
  const exportName = exportReference(stack, reference);
  return Fn.importValue(exportName);
}

/** Implements `stack.exportStringListValue()`: the list is exported joined with `||`. */
export function exportStringListValue(stack: Stack, exportedValue: any, options: ExportValueOptions): string[] {
  const delimiter = '||';
  if (options.name) {
    new CfnOutput(stack, `Export${options.name}`, { value: Fn.join(delimiter, exportedValue), exportName: options.name, description: options.description });
    return Fn.split(delimiter, Fn.importValue(options.name));
  }
  const reference = Tokenization.reverse(exportedValue, { failConcat: false });
  if (!reference || !Reference.isReference(reference)) {
    throw new ValidationError(`exportStringListValue: either supply 'name' or export a resource attribute, got ${JSON.stringify(exportedValue)}`, stack);
  }
  const exportsScope = (stack.node.tryFindChild(EXPORTS_SCOPE_ID) as Construct | undefined) ?? new Construct(stack, EXPORTS_SCOPE_ID);
  const id = `Output${JSON.stringify(stack.resolve(reference))}`;
  let output = exportsScope.node.tryFindChild(id) as CfnOutput | undefined;
  if (!output) {
    output = new CfnOutput(exportsScope, id, { value: Fn.join(delimiter, Token.asList(reference)), exportName: generateExportName(exportsScope, id) });
  }
  return Fn.split(delimiter, Fn.importValue(output.exportName!));
}

function generateExportName(exportsScope: Construct, id: string): string {
  const stack = exportsScope.node.scope as Stack;
  const components = [...exportsScope.node.scopes.slice(exportsScope.node.scopes.indexOf(stack) + 1).map(c => c.node.id), id];
  const prefix = stack.stackName ? `${stack.stackName}:` : '';
  const localPart = makeUniqueId(components);
  return prefix + localPart.slice(Math.max(0, localPart.length - MAX_EXPORT_NAME_LENGTH + prefix.length));
}
