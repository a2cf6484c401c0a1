import { SubscriptionFilter } from './subscription-filter';

/** Whether a `FilterOrPolicy` is a filter on one attribute or a nested policy. */
export enum FilterOrPolicyType {
  /** A filter on one attribute. */
  FILTER,
  /** A nested policy: attributes of an object in the message body. */
  POLICY,
}

/** One level of a message-body filter policy: a filter on an attribute, or a policy on a nested object. */
export abstract class FilterOrPolicy {
  /** A filter on one attribute. */
  public static filter(filter: SubscriptionFilter): Filter {
    return new Filter(filter);
  }

  /** A policy on a nested object, keyed by attribute name. */
  public static policy(policy: { [attribute: string]: FilterOrPolicy }): Policy {
    return new Policy(policy);
  }

  /** Whether this is a filter or a policy. */
  public abstract readonly type: FilterOrPolicyType;

  /** Whether this is a nested policy. */
  public isPolicy(): this is Policy {
    return this.type === FilterOrPolicyType.POLICY;
  }

  /** Whether this is a filter. */
  public isFilter(): this is Filter {
    return this.type === FilterOrPolicyType.FILTER;
  }
}

/** A filter on one attribute of the message body. */
export class Filter extends FilterOrPolicy {
  public readonly type = FilterOrPolicyType.FILTER;

  /** @param filterDoc The filter */
  constructor(public readonly filterDoc: SubscriptionFilter) {
    super();
  }
}

/** A policy on a nested object of the message body. */
export class Policy extends FilterOrPolicy {
  public readonly type = FilterOrPolicyType.POLICY;

  /** @param policyDoc The policy, keyed by attribute name */
  constructor(public readonly policyDoc: { [attribute: string]: FilterOrPolicy }) {
    super();
  }
}
