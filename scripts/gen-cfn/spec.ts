/**
 * The slice of the `@aws-cdk/aws-service-spec` database the generator reads, with the shapes of its entities
 * as observed in the data (the database is loaded synchronously; it takes about half a second).
 */
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

/** A property type in the spec. */
export type SpecType =
  | { readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'json' | 'date-time' | 'tag' | 'null' }
  | { readonly type: 'ref'; readonly reference: { readonly $ref: string } }
  | { readonly type: 'array' | 'map'; readonly element: SpecType }
  | { readonly type: 'union'; readonly types: readonly SpecType[] };

/** A property of a resource or of a property type. */
export interface SpecProperty {
  readonly type: SpecType;
  /** Earlier types of the property, oldest first; aws-cdk-lib keeps the oldest for compatibility. */
  readonly previousTypes?: readonly SpecType[];
  readonly required?: boolean;
  readonly documentation?: string;
  readonly relationshipRefs?: ReadonlyArray<{ readonly cloudFormationType: string; readonly propertyName: string }>;
}

/** A resource type. */
export interface SpecResource {
  readonly $id: string;
  readonly cloudFormationType: string;
  readonly name: string;
  readonly documentation?: string;
  readonly primaryIdentifier?: readonly string[];
  /** What `Ref` returns, when it is not the primary identifier. */
  readonly cfnRefIdentifier?: readonly string[];
  readonly attributes: { readonly [name: string]: { readonly type: SpecType; readonly documentation?: string } };
  readonly properties: { readonly [name: string]: SpecProperty };
  readonly tagInformation?: { readonly tagPropertyName: string; readonly variant: 'standard' | 'map' | 'asg' };
  readonly arnTemplate?: string;
}

/** A property type (a struct). */
export interface SpecTypeDefinition {
  readonly $id: string;
  readonly name: string;
  readonly documentation?: string;
  readonly properties: { readonly [name: string]: SpecProperty };
}

/** An AWS service (CloudFormation namespace). */
export interface SpecService {
  readonly name: string;
  readonly shortName: string;
  readonly cloudFormationNamespace: string;
}

/** Read access to the database. */
export class Spec {
  private readonly db: any = loadAwsServiceSpecSync();

  /** Every resource type. */
  public resources(): SpecResource[] {
    return this.db.all('resource');
  }

  /** The resource type with this CloudFormation name, if the spec knows it. */
  public resource(cfnType: string): SpecResource | undefined {
    return this.db.lookup('resource', 'cloudFormationType', 'equals', cfnType)[0];
  }

  /** The property type a `ref` type points to. */
  public typeDefinition(ref: { readonly $ref: string }): SpecTypeDefinition {
    return this.db.get('typeDefinition', ref.$ref);
  }

  /** The service a resource type belongs to. */
  public serviceOf(resource: SpecResource): SpecService {
    return this.db.incoming('hasResource', resource)[0].entity;
  }

  /** The resource types of a service. */
  public resourcesOf(service: SpecService): SpecResource[] {
    return this.db.follow('hasResource', service).map((x: any) => x.entity);
  }
}
