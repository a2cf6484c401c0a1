import { Construct, IConstruct } from 'constructs';
import * as iam from '../aws-iam';
import { Stack } from '../core';
import type { IKeyRef } from './kms.generated';
import * as perms from './private/perms';

/** A key reference that can also take statements in its key policy (an L2 key or alias). */
interface IKeyWithPolicy extends IKeyRef {
  addToResourcePolicy(statement: iam.PolicyStatement, allowNoOp?: boolean): iam.AddToResourcePolicyResult;
}

/**
 * The grant methods of a KMS key. A grantee in the key's own environment gets an identity statement on the key
 * ARN (and a key-policy statement when its account differs); a grantee whose stack is in another account or
 * region gets `Resource: *` on its identity and is named in the key policy, since it cannot reference the key.
 */
export class KeyGrants {
  /** Creates the grant methods for a key. */
  public static fromKey(resource: IKeyRef): KeyGrants {
    return new KeyGrants(resource);
  }

  /** The key the grants are for. */
  protected readonly resource: IKeyRef;

  private constructor(resource: IKeyRef) {
    this.resource = resource;
  }

  /** Grant the given actions on this key to the grantee. */
  public actions(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    const key = this.resource;
    if (!hasKeyPolicy(key)) {
      return iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [key.keyRef.keyArn] });
    }
    const resource = key as unknown as iam.IResourceWithPolicy;
    const granteeStack = stackOfGrantee(grantee);
    const keyStack = Stack.of(key);
    if (granteeStack && (granteeStack.region !== keyStack.region || granteeStack.account !== keyStack.account)) {
      // A grantee stack that already depends on the key stack cannot be referenced from the key policy
      // (the reference would close a cycle), so the key policy names its account instead.
      const resourcePolicyPrincipal = dependsOn(granteeStack, keyStack)
        ? new iam.AccountPrincipal(granteeStack.account)
        : undefined;
      return iam.Grant.addToPrincipalAndResource({
        grantee,
        actions,
        resourceArns: ['*'],
        resource,
        resourceSelfArns: ['*'],
        resourcePolicyPrincipal,
      });
    }
    return iam.Grant.addToPrincipalOrResource({
      grantee,
      actions,
      resourceArns: [key.keyRef.keyArn],
      resource,
      resourceSelfArns: ['*'],
    });
  }

  /** Grant the permissions to administer the key (but not to use it) to the grantee. */
  public admin(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.ADMIN_ACTIONS);
  }

  /** Grant decryption permissions using this key to the grantee. */
  public decrypt(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.DECRYPT_ACTIONS);
  }

  /** Grant encryption permissions using this key to the grantee. */
  public encrypt(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.ENCRYPT_ACTIONS);
  }

  /** Grant encryption and decryption permissions using this key to the grantee. */
  public encryptDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.ENCRYPT_DECRYPT_ACTIONS);
  }

  /** Grant sign permissions using this key to the grantee. */
  public sign(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.SIGN_ACTIONS);
  }

  /** Grant verify permissions using this key to the grantee. */
  public verify(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.VERIFY_ACTIONS);
  }

  /** Grant sign and verify permissions using this key to the grantee. */
  public signVerify(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.SIGN_VERIFY_ACTIONS);
  }

  /** Grant permissions to generate MACs with this key to the grantee. */
  public generateMac(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.GENERATE_MAC_ACTIONS);
  }

  /** Grant permissions to verify MACs with this key to the grantee. */
  public verifyMac(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.VERIFY_MAC_ACTIONS);
  }
}

function hasKeyPolicy(key: IKeyRef): key is IKeyWithPolicy {
  return typeof (key as Partial<IKeyWithPolicy>).addToResourcePolicy === 'function';
}

/** The stack of a grantee that is a construct (a role, a function); principals such as services have none. */
function stackOfGrantee(grantee: iam.IGrantable): Stack | undefined {
  return Construct.isConstruct(grantee) ? Stack.of(grantee as IConstruct) : undefined;
}

function dependsOn(stack: Stack, target: Stack, seen = new Set<Stack>()): boolean {
  if (seen.has(stack)) { return false; }
  seen.add(stack);
  return stack.dependencies.some(dep => dep === target || dependsOn(dep, target, seen));
}
