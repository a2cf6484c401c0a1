import { PrincipalBase, PrincipalPolicyFragment } from '../principal-base';
import { LITERAL_STRING_KEY } from './principal-json';

/** A principal given as the JSON of a `Principal` element (`PolicyStatement.fromJson`), rendered as given. */
export class JsonPrincipal extends PrincipalBase {
  public readonly policyFragment: PrincipalPolicyFragment;

  constructor(json: any = {}) {
    super();
    // A string is a literal principal, such as "*".
    const principalJson = typeof json === 'string' ? { [LITERAL_STRING_KEY]: [json] } : json;
    this.policyFragment = new PrincipalPolicyFragment(principalJson, {});
  }

  public dedupeString(): string | undefined {
    return JSON.stringify(this.policyFragment);
  }
}
