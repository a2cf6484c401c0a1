import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Duration, Fn, PhysicalName, RemovalPolicy, Stack } from '../../src/core';
import { Annotations, Match, Template } from '../../src/assertions';
import { AccountPrincipal, AnyPrincipal, PolicyStatement, Role, ServicePrincipal, User } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { AuthorizationToken, Repository, RepositoryEncryption, TagMutability, TagStatus } from '../../src/aws-ecr';

const PULL = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];
const AUTH = { Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' };
const URL_SUFFIX = { Ref: 'AWS::URLSuffix' };

function newStack(env?: { account: string; region: string }, app = new App(), id = 'Stack'): Stack {
  return new Stack(app, id, env ? { env } : undefined);
}

function newRole(stack: Stack, id = 'Role'): Role {
  return new Role(stack, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

function repoProps(stack: Stack): any {
  return Object.values(Template.fromStack(stack).findResources('AWS::ECR::Repository'))[0].Properties;
}

function policyStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))[0].Properties.PolicyDocument.Statement;
}

describe('Repository', () => {
  test('is retained and has no properties by default', () => {
    const stack = newStack();
    new Repository(stack, 'Repo');
    Template.fromStack(stack).templateMatches({
      Resources: { Repo02AC86CF: { Type: 'AWS::ECR::Repository', UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' } },
    });
  });

  test('renders name, scanning, tag mutability, emptyOnDelete and removal policy', () => {
    const stack = newStack();
    new Repository(stack, 'Repo', {
      repositoryName: 'my-repo', imageScanOnPush: true, imageTagMutability: TagMutability.IMMUTABLE,
      emptyOnDelete: true, removalPolicy: RemovalPolicy.DESTROY,
    });
    Template.fromStack(stack).hasResource('AWS::ECR::Repository', {
      Properties: {
        EmptyOnDelete: true, ImageScanningConfiguration: { ScanOnPush: true }, ImageTagMutability: 'IMMUTABLE', RepositoryName: 'my-repo',
      },
      DeletionPolicy: 'Delete',
    });
  });

  test('renders imageScanOnPush false explicitly', () => {
    const stack = newStack();
    new Repository(stack, 'Repo', { imageScanOnPush: false });
    assert.deepEqual(repoProps(stack).ImageScanningConfiguration, { ScanOnPush: false });
  });

  test('emptyOnDelete needs the DESTROY removal policy', () => {
    assert.throws(() => new Repository(newStack(), 'Repo', { emptyOnDelete: true }),
      /\[Stack\/Repo\] Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'\./);
  });

  test('validates the repository name', () => {
    for (const good of ['ab', 'a_b', 'a.b', 'a-b', 'ab/cd', '1abc', 'a'.repeat(256)]) {
      new Repository(newStack(), 'Repo', { repositoryName: good });
    }
    assert.throws(() => new Repository(newStack(), 'Repo', { repositoryName: 'A' }),
      { message: 'Invalid ECR repository name (value: A)\nRepository name must be at least 2 and no more than 256 characters\n'
        + 'Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes' });
    for (const bad of ['a--b', 'a__b', 'ab/', '/ab', 'ab//cd', 'ab.', 'UPPER']) {
      assert.throws(() => new Repository(newStack(), 'Repo', { repositoryName: bad }), /Invalid ECR repository name/, bad);
    }
    new Repository(newStack(), 'Repo', { repositoryName: Fn.ref('Name') });
  });

  test('renders KMS encryption, with a key when given', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    new Repository(stack, 'Kms', { encryption: RepositoryEncryption.KMS });
    new Repository(stack, 'WithKey', { encryptionKey: key });
    new Repository(stack, 'Aes', { encryption: RepositoryEncryption.AES_256 });
    const repos = Template.fromStack(stack).findResources('AWS::ECR::Repository');
    const keyId = stack.resolve((key.node.defaultChild as any).logicalId);
    assert.deepEqual(Object.values(repos).map(r => r.Properties?.EncryptionConfiguration), [
      { EncryptionType: 'KMS' }, { EncryptionType: 'KMS', KmsKey: { 'Fn::GetAtt': [keyId, 'Arn'] } }, undefined,
    ]);
  });

  test('a key with an encryption other than KMS is rejected', () => {
    const stack = newStack();
    assert.throws(() => new Repository(stack, 'Repo', { encryption: RepositoryEncryption.AES_256, encryptionKey: new Key(stack, 'Key') }),
      /encryptionKey is specified, so 'encryption' must be set to KMS \(value: AES256\)/);
  });

  test('exposes name and ARN as attributes', () => {
    const stack = newStack();
    const repo = new Repository(stack, 'Repo');
    assert.deepEqual(stack.resolve([repo.repositoryName, repo.repositoryArn]), [{ Ref: 'Repo02AC86CF' }, { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] }]);
    assert.deepEqual(stack.resolve(repo.repositoryRef), { repositoryName: { Ref: 'Repo02AC86CF' }, repositoryArn: { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] } });
  });
});

describe('lifecycle rules', () => {
  test('numbers rules after the given priorities and puts the ANY rule last', () => {
    const stack = newStack();
    new Repository(stack, 'Repo', {
      lifecycleRules: [
        { maxImageCount: 5 },
        { tagPrefixList: ['prod'], maxImageAge: Duration.days(30) },
        { tagStatus: TagStatus.UNTAGGED, maxImageAge: Duration.days(1), description: 'd', rulePriority: 10 },
      ],
    });
    assert.deepEqual(JSON.parse(repoProps(stack).LifecyclePolicy.LifecyclePolicyText), { rules: [
      { rulePriority: 10, description: 'd', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 1, countUnit: 'days' }, action: { type: 'expire' } },
      { rulePriority: 11, selection: { tagStatus: 'tagged', tagPrefixList: ['prod'], countType: 'sinceImagePushed', countNumber: 30, countUnit: 'days' }, action: { type: 'expire' } },
      { rulePriority: 12, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 }, action: { type: 'expire' } },
    ] });
  });

  test('renders the registry id, with or without rules', () => {
    const stack = newStack();
    new Repository(stack, 'Repo', { lifecycleRegistryId: '123' });
    assert.deepEqual(repoProps(stack).LifecyclePolicy, { RegistryId: '123' });
  });

  test('rules added later are rendered', () => {
    const stack = newStack();
    new Repository(stack, 'Repo').addLifecycleRule({ tagPatternList: ['v*'], maxImageCount: 1 });
    assert.match(repoProps(stack).LifecyclePolicy.LifecyclePolicyText, /"tagPatternList":\["v\*"\]/);
  });

  test('rejects rules ECR would reject', () => {
    const repo = () => new Repository(newStack(), 'Repo');
    assert.throws(() => repo().addLifecycleRule({ maxImageCount: 1, maxImageAge: Duration.days(1) }), /exactly one of 'maxImageAge' and 'maxImageCount'/);
    assert.throws(() => repo().addLifecycleRule({}), /exactly one of 'maxImageAge' and 'maxImageCount'/);
    assert.throws(() => repo().addLifecycleRule({ tagStatus: TagStatus.TAGGED, maxImageCount: 1 }), /TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList/);
    assert.throws(() => repo().addLifecycleRule({ tagStatus: TagStatus.UNTAGGED, tagPrefixList: ['a'], maxImageCount: 1 }), /can only be specified when tagStatus is set to Tagged/);
    assert.throws(() => repo().addLifecycleRule({ tagPrefixList: ['a'], tagPatternList: ['b*'], maxImageCount: 1 }), /cannot be specified together/);
    assert.throws(() => repo().addLifecycleRule({ tagPatternList: ['a*b*c*d*e*'], maxImageCount: 1 }), /more than four wildcard characters \(\*\), pattern: a\*b\*c\*d\*e\*, counts: 5/);
    const r = repo();
    r.addLifecycleRule({ maxImageCount: 1 });
    assert.throws(() => r.addLifecycleRule({ maxImageCount: 2 }), /Life cycle can only have one TagStatus.Any rule/);
  });
});

describe('repository URIs', () => {
  test('an owned repository splits its ARN at deployment', () => {
    const stack = newStack();
    const repo = new Repository(stack, 'Repo');
    const split = { 'Fn::Split': [':', { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] }] };
    const base = [{ 'Fn::Select': [4, split] }, '.dkr.ecr.', { 'Fn::Select': [3, split] }, '.', URL_SUFFIX];
    assert.deepEqual(stack.resolve(repo.repositoryUri), { 'Fn::Join': ['', [...base, '/', { Ref: 'Repo02AC86CF' }]] });
    assert.deepEqual(stack.resolve(repo.repositoryUriForTag('t1')), { 'Fn::Join': ['', [...base, '/', { Ref: 'Repo02AC86CF' }, ':t1']] });
    assert.deepEqual(stack.resolve(repo.registryUri), { 'Fn::Join': ['', base] });
  });

  test('an imported repository uses the account and region of its ARN', () => {
    const stack = newStack();
    const repo = Repository.fromRepositoryArn(stack, 'Imported', 'arn:aws:ecr:eu-west-1:111111111111:repository/foo/bar');
    const uri = (suffix: string) => ({ 'Fn::Join': ['', ['111111111111.dkr.ecr.eu-west-1.', URL_SUFFIX, `/foo/bar${suffix}`]] });
    assert.equal(repo.repositoryName, 'foo/bar');
    assert.deepEqual(repo.env, { account: '111111111111', region: 'eu-west-1' });
    assert.deepEqual(stack.resolve(repo.repositoryUri), uri(''));
    assert.deepEqual(stack.resolve(repo.repositoryUriForTag('t1')), uri(':t1'));
    assert.deepEqual(stack.resolve(repo.repositoryUriForTag()), uri(''));
    assert.deepEqual(stack.resolve(repo.repositoryUriForDigest('sha256:abc')), uri('@sha256:abc'));
    assert.deepEqual(stack.resolve(repo.repositoryUriForDigest()), uri(''));
    assert.deepEqual(stack.resolve(repo.repositoryUriForTagOrDigest('sha256:x')), uri('@sha256:x'));
    assert.deepEqual(stack.resolve(repo.repositoryUriForTagOrDigest('tt')), uri(':tt'));
  });

  test('fromRepositoryName builds the ARN in the stack environment', () => {
    const stack = newStack();
    const repo = Repository.fromRepositoryName(stack, 'Imported', 'imp');
    assert.deepEqual(stack.resolve(repo.repositoryArn), { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ecr:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':repository/imp']] });
    assert.deepEqual(stack.resolve(repo.repositoryUri), { 'Fn::Join': ['', [{ Ref: 'AWS::AccountId' }, '.dkr.ecr.', { Ref: 'AWS::Region' }, '.', URL_SUFFIX, '/imp']] });
  });

  test('fromRepositoryAttributes keeps the stack environment', () => {
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const repo = Repository.fromRepositoryAttributes(stack, 'Imported', { repositoryName: 'n3', repositoryArn: 'arn:aws:ecr:us-east-1:222222222222:repository/n3' });
    assert.deepEqual(repo.env, { account: '111111111111', region: 'us-east-1' });
    assert.deepEqual(stack.resolve(repo.repositoryUri), { 'Fn::Join': ['', ['222222222222.dkr.ecr.us-east-1.', URL_SUFFIX, '/n3']] });
  });

  test('fromRepositoryArn rejects a token ARN', () => {
    assert.throws(() => Repository.fromRepositoryArn(newStack(), 'Imported', Fn.importValue('X')),
      /"repositoryArn" is a late-bound value, and therefore "repositoryName" is required\. Use `fromRepositoryAttributes` instead/);
  });
});

describe('repository grants', () => {
  test('grantPull to a service principal adds a statement without resources to the repository policy', () => {
    const stack = newStack();
    new Repository(stack, 'Repo').grantPull(new ServicePrincipal('lambda.amazonaws.com'));
    assert.deepEqual(repoProps(stack).RepositoryPolicyText, {
      Statement: [{ Action: PULL, Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      Version: '2012-10-17',
    });
  });

  test('grantPull to a role of the same account goes to the role policy, with the authorization token', () => {
    const stack = newStack();
    const repo = new Repository(stack, 'Repo');
    repo.grantPull(newRole(stack));
    assert.equal(repoProps(stack), undefined);
    assert.deepEqual(policyStatements(stack), [
      { Action: PULL, Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] } },
      AUTH,
    ]);
  });

  test('grantPush, grantPullPush and grantRead grant their actions', () => {
    const stack = newStack();
    const repo = new Repository(stack, 'Repo');
    const role = newRole(stack);
    repo.grantPush(role);
    repo.grantPullPush(role);
    repo.grantRead(role);
    const arn = { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] };
    assert.deepEqual(policyStatements(stack), [
      { Action: ['ecr:CompleteLayerUpload', 'ecr:UploadLayerPart', 'ecr:InitiateLayerUpload', 'ecr:BatchCheckLayerAvailability', 'ecr:PutImage'], Effect: 'Allow', Resource: arn },
      AUTH,
      { Action: [...PULL, 'ecr:CompleteLayerUpload', 'ecr:UploadLayerPart', 'ecr:InitiateLayerUpload', 'ecr:PutImage'], Effect: 'Allow', Resource: arn },
      { Action: ['ecr:DescribeRepositories', 'ecr:DescribeImages'], Effect: 'Allow', Resource: arn },
    ]);
  });

  test('a role in another account is tagged and the repository policy is limited to the tag', () => {
    const app = new App();
    const repoStack = newStack({ account: '111111111111', region: 'us-east-1' }, app, 'RepoStack');
    const userStack = newStack({ account: '333333333333', region: 'us-east-1' }, app, 'UserStack');
    // The role's policy names the repository across accounts, which needs a physical name.
    const repo = new Repository(repoStack, 'Repo', { repositoryName: PhysicalName.GENERATE_IF_NEEDED });
    const role = newRole(userStack);
    repo.grant(role, 'ecr:Foo');
    const tag = `UserStack_${role.node.addr}`;
    assert.deepEqual(repoProps(repoStack).RepositoryPolicyText.Statement, [{
      Action: 'ecr:Foo',
      Condition: { StringEquals: { 'aws:PrincipalTag/aws-cdk:id': tag } },
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::333333333333:root']] } },
    }]);
    Template.fromStack(userStack).hasResourceProperties('AWS::IAM::Role', { Tags: [{ Key: 'aws-cdk:id', Value: tag }] });
  });

  test('a user of another account than an imported repository is tagged too', () => {
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const user = new User(stack, 'User');
    Repository.fromRepositoryArn(stack, 'Imported', 'arn:aws:ecr:eu-west-1:222222222222:repository/foo').grantPull(user);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::User', { Tags: [{ Key: 'aws-cdk:id', Value: `Stack_${user.node.addr}` }] });
  });

  // Fails until core treats two environment-agnostic stacks as one environment (aws-cdk-lib imports the ARN).
  test('roles in environment-agnostic stacks count as the same account', () => {
    const app = new App();
    const repoStack = newStack(undefined, app, 'RepoStack');
    const userStack = newStack(undefined, app, 'UserStack');
    new Repository(repoStack, 'Repo').grantPull(newRole(userStack));
    const role = Object.values(Template.fromStack(userStack).findResources('AWS::IAM::Role'))[0];
    assert.equal(role.Properties.Tags, undefined);
  });

  test('AuthorizationToken.grantRead allows ecr:GetAuthorizationToken on all resources', () => {
    const stack = newStack();
    AuthorizationToken.grantRead(newRole(stack));
    assert.deepEqual(policyStatements(stack), [AUTH]);
  });
});

describe('repository policy', () => {
  test('statements with resources are kept, with a warning', () => {
    const stack = newStack();
    const repo = new Repository(stack, 'Repo');
    const result = repo.addToResourcePolicy(new PolicyStatement({ actions: ['ecr:X'], principals: [new AnyPrincipal()], resources: ['*'] }));
    assert.equal(result.statementAdded, true);
    assert.deepEqual(repoProps(stack).RepositoryPolicyText.Statement, [{ Action: 'ecr:X', Effect: 'Allow', Principal: { AWS: '*' }, Resource: '*' }]);
    Annotations.fromStack(stack).hasWarning('/Stack/Repo', Match.stringLikeRegexp('ECR resource policy does not allow resource statements.'));
  });

  test('statements need actions and principals but no resources', () => {
    const stack = newStack();
    new Repository(stack, 'Repo').addToResourcePolicy(new PolicyStatement({ actions: ['ecr:X'], principals: [new AccountPrincipal('555555555555')] }));
    Template.fromStack(stack);
    const bad = newStack();
    new Repository(bad, 'Repo').addToResourcePolicy(new PolicyStatement({ resources: ['*'] }));
    assert.throws(() => Template.fromStack(bad),
      /A PolicyStatement must specify at least one 'action' or 'notAction'\.[\s\S]*must specify at least one IAM principal/);
  });

  test('an imported repository has no policy to add to', () => {
    const stack = newStack();
    const repo = Repository.fromRepositoryName(stack, 'Imported', 'imp');
    assert.deepEqual(repo.addToResourcePolicy(new PolicyStatement({ actions: ['ecr:X'], principals: [new AnyPrincipal()] })), { statementAdded: false });
  });
});
