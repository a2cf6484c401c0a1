/** Validation and rendering of ECR lifecycle rules into the lifecycle policy text ECR expects. */
import type { IConstruct } from 'constructs';
import { ValidationError } from '../../core';
import { LifecycleRule, TagStatus } from '../lifecycle';

const MAX_WILDCARDS = 4;

/** The rule with its tag status filled in, checked as ECR would check it. */
export function validatedLifecycleRule(scope: IConstruct, rule: LifecycleRule, existing: readonly LifecycleRule[]): LifecycleRule {
  const tagStatus = rule.tagStatus ?? (rule.tagPrefixList || rule.tagPatternList ? TagStatus.TAGGED : TagStatus.ANY);
  const filled: LifecycleRule = { ...rule, tagStatus };

  if (tagStatus === TagStatus.TAGGED && !filled.tagPrefixList?.length && !filled.tagPatternList?.length) {
    throw new ValidationError('TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList', scope);
  }
  if (tagStatus !== TagStatus.TAGGED && (filled.tagPrefixList !== undefined || filled.tagPatternList !== undefined)) {
    throw new ValidationError('tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged', scope);
  }
  if (filled.tagPrefixList !== undefined && filled.tagPatternList !== undefined) {
    throw new ValidationError('Both tagPrefixList and tagPatternList cannot be specified together in a rule', scope);
  }
  for (const pattern of filled.tagPatternList ?? []) {
    const wildcards = pattern.split('*').length - 1;
    if (wildcards > MAX_WILDCARDS) {
      throw new ValidationError(`A tag pattern cannot contain more than four wildcard characters (*), pattern: ${pattern}, counts: ${wildcards}`, scope);
    }
  }
  if ((filled.maxImageAge !== undefined) === (filled.maxImageCount !== undefined)) {
    throw new ValidationError(`Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: ${describeRule(filled)}`, scope);
  }
  if (tagStatus === TagStatus.ANY && existing.some(r => r.tagStatus === TagStatus.ANY)) {
    throw new ValidationError('Life cycle can only have one TagStatus.Any rule', scope);
  }
  return filled;
}

/**
 * The lifecycle policy text: rules with a priority first, then the others numbered after the highest priority
 * given, and the `TagStatus.ANY` rule (which must be evaluated last) at the end.
 */
export function renderLifecyclePolicyText(rules: readonly LifecycleRule[]): string {
  const anyRules = rules.filter(r => r.tagStatus === TagStatus.ANY);
  const otherRules = rules.filter(r => r.tagStatus !== TagStatus.ANY);
  const prioritized = otherRules.filter(r => r.rulePriority !== undefined);
  const unprioritized = otherRules.filter(r => r.rulePriority === undefined);
  let next = Math.max(0, ...prioritized.map(r => r.rulePriority!)) + 1;
  const ordered = [...prioritized, ...unprioritized, ...anyRules]
    .map(r => r.rulePriority !== undefined ? r : { ...r, rulePriority: next++ });
  return JSON.stringify({ rules: ordered.map(renderRule) });
}

function renderRule(rule: LifecycleRule): any {
  return {
    rulePriority: rule.rulePriority,
    description: rule.description,
    selection: {
      tagStatus: rule.tagStatus,
      tagPrefixList: rule.tagPrefixList,
      tagPatternList: rule.tagPatternList,
      countType: rule.maxImageAge !== undefined ? 'sinceImagePushed' : 'imageCountMoreThan',
      countNumber: rule.maxImageAge?.toDays() ?? rule.maxImageCount,
      countUnit: rule.maxImageAge !== undefined ? 'days' : undefined,
    },
    action: { type: 'expire' },
  };
}

function describeRule(rule: LifecycleRule): string {
  return JSON.stringify({ ...rule, maxImageAge: rule.maxImageAge?.toString() });
}
