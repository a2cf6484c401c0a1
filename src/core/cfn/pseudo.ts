import type { Construct } from 'constructs';
import { Token } from '../tokens/token';
import { CfnReference } from './cfn-reference';
import { Intrinsic } from '../tokens/intrinsic';

const AWS_ACCOUNTID = 'AWS::AccountId';
const AWS_URLSUFFIX = 'AWS::URLSuffix';
const AWS_NOTIFICATIONARNS = 'AWS::NotificationARNs';
const AWS_PARTITION = 'AWS::Partition';
const AWS_REGION = 'AWS::Region';
const AWS_STACKID = 'AWS::StackId';
const AWS_STACKNAME = 'AWS::StackName';
const AWS_NOVALUE = 'AWS::NoValue';

function pseudoString(name: string): string {
  return Token.asString(new Intrinsic({ Ref: name }), { displayHint: name });
}

/**
 * Accessor for pseudo parameters, not scoped to a stack: use them anywhere; they are the same everywhere.
 */
export class Aws {
  public static readonly ACCOUNT_ID = pseudoString(AWS_ACCOUNTID);
  public static readonly URL_SUFFIX = pseudoString(AWS_URLSUFFIX);
  public static readonly NOTIFICATION_ARNS = Token.asList(new Intrinsic({ Ref: AWS_NOTIFICATIONARNS }), { displayHint: AWS_NOTIFICATIONARNS });
  public static readonly PARTITION = pseudoString(AWS_PARTITION);
  public static readonly REGION = pseudoString(AWS_REGION);
  public static readonly STACK_ID = pseudoString(AWS_STACKID);
  public static readonly STACK_NAME = pseudoString(AWS_STACKNAME);
  public static readonly NO_VALUE = pseudoString(AWS_NOVALUE);
  private constructor() { }
}

/** Accessor for scoped pseudo parameters: they resolve to the values of the stack they are used in. */
export class ScopedAws {
  constructor(private readonly scope: Construct) { }
  public get accountId(): string { return asString(CfnReference.forPseudo(AWS_ACCOUNTID, this.scope)); }
  public get urlSuffix(): string { return asString(CfnReference.forPseudo(AWS_URLSUFFIX, this.scope)); }
  public get notificationArns(): string[] { return Token.asList(CfnReference.forPseudo(AWS_NOTIFICATIONARNS, this.scope), { displayHint: AWS_NOTIFICATIONARNS }); }
  public get partition(): string { return asString(CfnReference.forPseudo(AWS_PARTITION, this.scope)); }
  public get region(): string { return asString(CfnReference.forPseudo(AWS_REGION, this.scope)); }
  public get stackId(): string { return asString(CfnReference.forPseudo(AWS_STACKID, this.scope)); }
  public get stackName(): string { return asString(CfnReference.forPseudo(AWS_STACKNAME, this.scope)); }
}

function asString(ref: CfnReference): string {
  return Token.asString(ref, { displayHint: ref.attribute });
}
