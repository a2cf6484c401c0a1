import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Annotations, Match, Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import * as lambda from '../../src/aws-lambda';
import { Annotations as CoreAnnotations } from '../../src/core';
import { FN_ARN, newFunction, newStack } from './helpers';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:foo';

function permissions(stack: ReturnType<typeof newStack>): Record<string, { Properties: Record<string, unknown> }> {
  return Template.fromStack(stack).findResources('AWS::Lambda::Permission') as Record<string, { Properties: Record<string, unknown> }>;
}

describe('addPermission', () => {
  test('renders every Permission field, with lambda:InvokeFunction by default and the function ARN', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.addPermission('S3', {
      principal: new iam.ServicePrincipal('s3.amazonaws.com'),
      sourceArn: 'arn:aws:s3:::bucket',
      sourceAccount: '111122223333',
      eventSourceToken: 'token',
    });
    fn.addPermission('Url', {
      principal: new iam.AnyPrincipal(),
      action: 'lambda:InvokeFunctionUrl',
      functionUrlAuthType: lambda.FunctionUrlAuthType.NONE,
      organizationId: 'o-abc',
      invokedViaFunctionUrl: true,
    });
    const all = permissions(stack);
    assert.deepEqual(all.FnS3045A6777.Properties, {
      Action: 'lambda:InvokeFunction', FunctionName: FN_ARN, Principal: 's3.amazonaws.com',
      SourceArn: 'arn:aws:s3:::bucket', SourceAccount: '111122223333', EventSourceToken: 'token',
    });
    assert.deepEqual(all.FnUrl8406324C.Properties, {
      Action: 'lambda:InvokeFunctionUrl', FunctionName: FN_ARN, Principal: '*', FunctionUrlAuthType: 'NONE',
      PrincipalOrgID: 'o-abc', InvokedViaFunctionUrl: true,
    });
  });

  test('account, ARN, organization, root, any and role principals become the Principal string', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    fn.addPermission('Account', { principal: new iam.AccountPrincipal('123456789012') });
    fn.addPermission('Arn', { principal: new iam.ArnPrincipal('arn:aws:iam::123456789012:user/u') });
    fn.addPermission('Org', { principal: new iam.OrganizationPrincipal('o-abcdefghij') });
    fn.addPermission('Root', { principal: new iam.AccountRootPrincipal() });
    fn.addPermission('Role', { principal: role });
    fn.addPermission('InOrg', { principal: new iam.AnyPrincipal().inOrganization('o-1234567890') });
    const rendered = Object.values(permissions(stack)).map(p => [p.Properties.Principal, p.Properties.PrincipalOrgID]);
    assert.deepEqual(rendered, [
      ['123456789012', undefined],
      ['arn:aws:iam::123456789012:user/u', undefined],
      ['*', 'o-abcdefghij'],
      [{ Ref: 'AWS::AccountId' }, undefined],
      [{ 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] }, undefined],
      ['*', 'o-1234567890'],
    ]);
  });

  test('source ARN and account conditions of the principal become SourceArn and SourceAccount; explicit fields win', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const principal = new iam.ServicePrincipal('events.amazonaws.com').withConditions({
      ArnLike: { 'aws:SourceArn': 'arn:from-condition' },
      StringEquals: { 'aws:SourceAccount': '111111111111' },
    });
    fn.addPermission('FromConditions', { principal });
    fn.addPermission('Explicit', { principal, sourceArn: 'arn:explicit' });
    const [fromConditions, explicit] = Object.values(permissions(stack)).map(p => p.Properties);
    assert.equal(fromConditions.SourceArn, 'arn:from-condition');
    assert.equal(fromConditions.SourceAccount, '111111111111');
    assert.equal(explicit.SourceArn, 'arn:explicit');
    assert.equal(explicit.SourceAccount, '111111111111');
  });

  test('the permission is created in the given scope', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    fn.addPermission('Elsewhere', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceAccount: '1', scope: role });
    assert.ok(role.node.tryFindChild('Elsewhere'));
    assert.ok(permissions(stack).RoleElsewhereE0F0D81F);
  });

  test('a principal that is not one account, service, ARN or organization is rejected', () => {
    const fn = newFunction(newStack());
    assert.throws(() => fn.addPermission('Fed', { principal: new iam.FederatedPrincipal('cognito-identity.amazonaws.com', {}) }),
      /\[Stack\/Fn\] A Lambda permission cannot name FederatedPrincipal/);
    assert.throws(() => fn.addPermission('Canonical', { principal: new iam.CanonicalUserPrincipal('abc') }),
      /cannot name CanonicalUserPrincipal/);
    assert.throws(() => fn.addPermission('Two', { principal: new iam.CompositePrincipal(new iam.AccountPrincipal('1'), new iam.AccountPrincipal('2')) }),
      /cannot name CompositePrincipal/);
  });

  test('conditions a Lambda permission cannot express are rejected, naming them', () => {
    const fn = newFunction(newStack());
    const principal = new iam.ServicePrincipal('sns.amazonaws.com').withConditions({ StringLike: { 'aws:SourceArn': 'x' } });
    assert.throws(() => fn.addPermission('P', { principal }),
      /cannot express the conditions \[StringLike aws:SourceArn\] .*supported: ArnLike aws:SourceArn, StringEquals aws:SourceAccount, StringEquals aws:PrincipalOrgID/);
  });

  test('an organization condition cannot be combined with other conditions', () => {
    const fn = newFunction(newStack());
    const principal = new iam.AnyPrincipal().withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-1', 'aws:SourceAccount': '1' } });
    assert.throws(() => fn.addPermission('P', { principal }), /cannot combine an aws:PrincipalOrgID condition with other conditions/);
  });

  test('a permission open to every principal without any condition warns', () => {
    const stack = newStack();
    newFunction(stack).addPermission('Public', { principal: new iam.AnyPrincipal() });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn/Public', Match.stringLikeRegexp(
      'any principal in any AWS account call lambda:InvokeFunction.*\\[ack: lambda-cdk/aws-lambda:permissionOpenToEveryone\\]'));
  });

  test('a public function URL permission or an organization-wide permission does not warn', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.addPermission('Url', { principal: new iam.AnyPrincipal(), action: 'lambda:InvokeFunctionUrl', functionUrlAuthType: lambda.FunctionUrlAuthType.NONE });
    fn.addPermission('Org', { principal: new iam.OrganizationPrincipal('o-abcdefghij') });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('permissionOpenToEveryone'));
  });

  test('a service permission without a source ARN or account warns about the confused deputy', () => {
    const stack = newStack();
    newFunction(stack).addPermission('Sns', { principal: new iam.ServicePrincipal('sns.amazonaws.com') });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn/Sns', Match.stringLikeRegexp(
      'lets sns.amazonaws.com call lambda:InvokeFunction on behalf of any resource.*\\[ack: lambda-cdk/aws-lambda:servicePermissionWithoutSource\\]'));
  });

  test('a service permission with a source account, or a condition, does not warn; the warning can be acknowledged', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.addPermission('Account', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceAccount: '1' });
    fn.addPermission('Condition', { principal: new iam.ServicePrincipal('sns.amazonaws.com').withConditions({ ArnLike: { 'aws:SourceArn': 'arn:t' } }) });
    CoreAnnotations.of(fn).acknowledgeWarning('lambda-cdk/aws-lambda:servicePermissionWithoutSource');
    fn.addPermission('Acknowledged', { principal: new iam.ServicePrincipal('sns.amazonaws.com') });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('servicePermissionWithoutSource'));
  });
});

describe('grantInvoke', () => {
  test('a role of this account gets an identity statement on the function and its qualified ARNs', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const grant = fn.grantInvoke(role);
    assert.ok(grant.success);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: [FN_ARN, { 'Fn::Join': ['', [FN_ARN, ':*']] }] }] },
      Roles: [{ Ref: 'Role1ABCC5F0' }],
    });
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 0);
  });

  test('a service principal gets a permission whose id hashes the principal and its conditions', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
    assert.deepEqual(Object.keys(permissions(stack)), [
      'FnInvokePAhlyjIG3CP8l8Cgnn54SqfC1My75Eml5oYjNQSJnA1B27FD32',
      'FnInvoke1fBIBwkGKTIwSRmFV8O1yjU9AKdA1Znl7HToNrxfAB9616757',
    ]);
  });

  test('granting the same principal twice returns the first grant and adds nothing', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const first = fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    assert.equal(fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com')), first);
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 1);
  });

  test('the conditions of the grantee land in the permission', () => {
    const stack = newStack();
    newFunction(stack).grantInvoke(new iam.ServicePrincipal('s3.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': '123' } }));
    assert.deepEqual(permissions(stack).FnInvokexUscPqFIoJB95u3YfeEBhKq3oVKBbU3EoqET1zPAMYB9A6572E.Properties, {
      Action: 'lambda:InvokeFunction', FunctionName: FN_ARN, Principal: 's3.amazonaws.com', SourceAccount: '123',
    });
  });

  test('grantInvokeCompositePrincipal grants each principal', () => {
    const stack = newStack();
    const grants = newFunction(stack).grantInvokeCompositePrincipal(new iam.CompositePrincipal(
      new iam.ServicePrincipal('a.amazonaws.com'), new iam.ServicePrincipal('b.amazonaws.com')));
    assert.equal(grants.length, 2);
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 2);
  });

  test('grantInvokeUrl adds the URL statement and the via-URL invoke statement, and returns the second', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const grant = fn.grantInvokeUrl(role);
    assert.deepEqual(stack.resolve(grant.principalStatements.map(s => s.toStatementJson())), [{
      Action: 'lambda:InvokeFunction', Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': true } }, Effect: 'Allow', Resource: FN_ARN,
    }]);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'lambda:InvokeFunctionUrl', Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } }, Effect: 'Allow', Resource: FN_ARN },
          { Action: 'lambda:InvokeFunction', Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': true } }, Effect: 'Allow', Resource: FN_ARN },
        ],
      },
    });
    assert.equal(fn.grantInvokeUrl(role), grant);
  });

  test('grantInvokeUrl to another account adds the two permissions', () => {
    const stack = newStack();
    newFunction(stack).grantInvokeUrl(new iam.AccountPrincipal('123456789012'));
    const all = permissions(stack);
    assert.deepEqual(all.FnInvokeFunctionUrlAccountPrincipal123456789012FB1D9E0F.Properties, {
      Action: 'lambda:InvokeFunctionUrl', FunctionName: FN_ARN, Principal: '123456789012', FunctionUrlAuthType: 'AWS_IAM',
    });
    assert.equal(Object.keys(all).length, 2);
  });

  test('grantInvokeLatestVersion covers $LATEST and the unqualified ARN', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    fn.grantInvokeLatestVersion(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: [{ 'Fn::Join': ['', [FN_ARN, ':$LATEST']] }, FN_ARN] }] },
    });
  });

  test('grantInvokeVersion grants the version-qualified ARN, with an id that includes the version', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const version = { version: '7' } as lambda.IVersion;
    fn.grantInvokeVersion(role, version);
    fn.grantInvokeVersion(new iam.AccountPrincipal('444444444444'), fn.latestVersion);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::Join': ['', [FN_ARN, ':7']] } }] },
    });
    assert.deepEqual(Object.keys(permissions(stack)), ['FnInvokeEkngp9VIDIbpwzLYtpLvu5f2cYihTj5FvNjxiiUGjc5DEEBB0A']);
  });
});

describe('imported functions', () => {
  test('fromFunctionArn takes the name and environment from the ARN', () => {
    const stack = newStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'Imported', ARN);
    assert.equal(fn.functionName, 'foo');
    assert.equal(fn.functionArn, ARN);
    assert.deepEqual(fn.env, { account: '123456789012', region: 'us-east-1' });
    assert.equal(fn.architecture, lambda.Architecture.X86_64);
    assert.equal(fn.role, undefined);
    assert.ok(fn.grantPrincipal instanceof iam.UnknownPrincipal);
  });

  test('fromFunctionName formats the ARN in the stack environment and can take permissions', () => {
    const stack = newStack({ env: { account: '123456789012', region: 'eu-west-1' } });
    const fn = lambda.Function.fromFunctionName(stack, 'Imported', 'bar');
    assert.deepEqual(stack.resolve(fn.functionArn), { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':lambda:eu-west-1:123456789012:function:bar']] });
    assert.deepEqual(fn.env, { account: '123456789012', region: 'eu-west-1' });
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 1);
  });

  test('an import from the stack account can take permissions; one from another account warns instead', () => {
    const same = newStack({ env: { account: '123456789012', region: 'us-east-1' } });
    lambda.Function.fromFunctionArn(same, 'Imported', ARN).addPermission('P', { principal: new iam.AccountPrincipal('1') });
    Template.fromStack(same).resourceCountIs('AWS::Lambda::Permission', 1);

    const other = newStack({ env: { account: '999999999999', region: 'us-east-1' } });
    lambda.Function.fromFunctionArn(other, 'Imported', ARN).addPermission('P', { principal: new iam.AccountPrincipal('1') });
    Template.fromStack(other).resourceCountIs('AWS::Lambda::Permission', 0);
    Annotations.fromStack(other).hasWarning('/Stack/Imported', Match.stringLikeRegexp(
      "addPermission\\('P'\\) has no effect.*\\[ack: UnclearLambdaEnvironment\\]"));
  });

  test('an import into an environment-agnostic stack cannot take permissions unless sameEnvironment is set', () => {
    const stack = newStack();
    lambda.Function.fromFunctionArn(stack, 'A', ARN).addPermission('P', { principal: new iam.AccountPrincipal('1') });
    lambda.Function.fromFunctionAttributes(stack, 'B', { functionArn: ARN, sameEnvironment: true })
      .addPermission('P', { principal: new iam.AccountPrincipal('1') });
    assert.deepEqual(Object.keys(permissions(stack)), ['BP417B65A3']);
  });

  test('granting a service principal on an import that cannot take permissions fails', () => {
    const stack = newStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'Imported', ARN);
    assert.throws(() => fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com')),
      /\[Stack\/Imported\] Cannot grant 'lambda:InvokeFunction' to ServicePrincipal\(sns.amazonaws.com\) through a Lambda permission/);
  });

  test('with skipPermissions, grants and permissions on an import do nothing and do not warn', () => {
    const stack = newStack();
    const fn = lambda.Function.fromFunctionAttributes(stack, 'Imported', { functionArn: ARN, skipPermissions: true });
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    fn.addPermission('P', { principal: new iam.AccountPrincipal('1') });
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 0);
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  test('an import with a role adds statements to that role and uses it as grant principal', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fn = lambda.Function.fromFunctionAttributes(stack, 'Imported', { functionArn: ARN, role, architecture: lambda.Architecture.ARM_64 });
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    assert.equal(fn.grantPrincipal, role);
    assert.equal(fn.architecture, lambda.Architecture.ARM_64);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 1);
  });

  test('an import from a token ARN splits name and environment at deployment', () => {
    const stack = newStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'Imported', newFunction(stack).functionArn);
    assert.deepEqual(stack.resolve(fn.functionName), { 'Fn::Select': [6, { 'Fn::Split': [':', FN_ARN] }] });
    assert.deepEqual(stack.resolve(fn.env.account), { 'Fn::Select': [4, { 'Fn::Split': [':', FN_ARN] }] });
  });

  test('the $LATEST version cannot take permissions: addPermission warns and grants to services fail', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    assert.equal(fn.latestVersion.version, '$LATEST');
    assert.equal(fn.latestVersion.node.path, 'Stack/Fn/$LATEST');
    assert.deepEqual(stack.resolve(fn.latestVersion.functionArn), { 'Fn::Join': ['', [FN_ARN, ':$LATEST']] });
    fn.latestVersion.addPermission('P', { principal: new iam.AccountPrincipal('1') });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn/$LATEST', Match.stringLikeRegexp('\\[ack: UnclearLambdaEnvironment\\]'));
    assert.throws(() => fn.latestVersion.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com')), /Cannot grant/);
    assert.throws(() => fn.latestVersion.edgeArn, /\$LATEST cannot be used with Lambda@Edge/);
  });
});
