// The floor for lambda-1000: a hand-written generator of the same cloud assembly (templates with the same
// resources and logical IDs, metadata, tree.json, manifest), with no CDK library and no tokens: only the hashing
// and the JSON a synthesizer cannot avoid. No library is loaded, so both columns measure the same thing; compare
// them with lambda-1000.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { finish } = require('../harness');

const outdir = process.env.BENCH_OUTDIR;
fs.mkdirSync(outdir, { recursive: true });
const md5Id = (parts) => crypto.createHash('md5').update(parts.join('/')).digest('hex').slice(0, 8).toUpperCase();
const logicalId = (parts) => parts.filter(p => p !== 'Resource').join('') + md5Id(parts);
const join = (...parts) => ({ 'Fn::Join': ['', parts] });
const partition = { Ref: 'AWS::Partition' };

const stacks = Array.from({ length: 10 }, (_, s) => ({ name: `Functions${s}`, resources: {}, metadata: {}, tree: {} }));
for (let i = 0; i < 1000; i++) {
  const stack = stacks[i % 10];
  const fn = `Fn${i}`;
  const roleId = logicalId([fn, 'ServiceRole', 'Resource']);
  const fnId = logicalId([fn, 'Resource']);
  const code = `exports.handler = async () => ${i};`;
  const fnProps = {
    Code: { ZipFile: code }, Environment: { Variables: { INDEX: `${i}` } }, Handler: 'index.handler',
    ReservedConcurrentExecutions: 5, Role: { 'Fn::GetAtt': [roleId, 'Arn'] }, Runtime: 'nodejs20.x',
  };
  const versionHash = crypto.createHash('md5').update(JSON.stringify(fnProps)).digest('hex');
  const versionId = `${fn}CurrentVersion${md5Id([fn, 'CurrentVersion', 'Resource'])}${versionHash}`;
  const aliasId = logicalId([fn, 'Aliaslive', 'Resource']);
  const grantId = `Invoke${crypto.createHash('sha256').update(JSON.stringify({ principal: 'events.amazonaws.com', conditions: {} })).digest('base64')}`;
  const permissionId = `${fn}${grantId.replace(/[^A-Za-z0-9]/g, '')}${md5Id([fn, grantId])}`;
  Object.assign(stack.resources, {
    [roleId]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }], Version: '2012-10-17' },
        ManagedPolicyArns: [join('arn:', partition, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
      },
    },
    [fnId]: { Type: 'AWS::Lambda::Function', Properties: fnProps, DependsOn: [roleId] },
    [versionId]: { Type: 'AWS::Lambda::Version', Properties: { FunctionName: { Ref: fnId } }, Metadata: { 'aws:cdk:do-not-refactor': true } },
    [aliasId]: { Type: 'AWS::Lambda::Alias', Properties: { FunctionName: { Ref: fnId }, FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] }, Name: 'live' } },
    [permissionId]: { Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction', FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] }, Principal: 'events.amazonaws.com' } },
  });
  const base = `/${stack.name}/${fn}`;
  stack.metadata[base] = [{ type: 'aws:cdk:warning', data: 'Runtime nodejs20.x is deprecated' }];
  for (const [p, id] of [['/ServiceRole/Resource', roleId], ['/Resource', fnId], ['/CurrentVersion/Resource', versionId], ['/Aliaslive/Resource', aliasId], [`/${grantId}`, permissionId]]) {
    stack.metadata[base + p] = [{ type: 'aws:cdk:logicalId', data: id }];
  }
  const node = (id, p, children) => ({ id, path: p, ...(children ? { children } : {}), constructInfo: { fqn: 'aws-cdk-lib.Resource', version: '2.276.0' } });
  const p = `${stack.name}/${fn}`;
  stack.tree[fn] = node(fn, p, {
    ServiceRole: node('ServiceRole', `${p}/ServiceRole`, { Resource: node('Resource', `${p}/ServiceRole/Resource`) }),
    Resource: node('Resource', `${p}/Resource`),
    CurrentVersion: node('CurrentVersion', `${p}/CurrentVersion`, { Resource: node('Resource', `${p}/CurrentVersion/Resource`) }),
    Aliaslive: node('Aliaslive', `${p}/Aliaslive`, {
      Resource: node('Resource', `${p}/Aliaslive/Resource`), ScalingRole: node('ScalingRole', `${p}/Aliaslive/ScalingRole`),
    }),
    [grantId]: node(grantId, `${p}/${grantId}`),
  });
}

const artifacts = {};
for (const stack of stacks) {
  fs.writeFileSync(path.join(outdir, `${stack.name}.template.json`), JSON.stringify({ Resources: stack.resources }, undefined, 1));
  fs.writeFileSync(path.join(outdir, `${stack.name}.metadata.json`), JSON.stringify(stack.metadata, undefined, 2));
  artifacts[stack.name] = { type: 'aws:cloudformation:stack', properties: { templateFile: `${stack.name}.template.json` } };
}
const tree = { id: 'App', path: '', children: Object.fromEntries(stacks.map(s => [s.name, { id: s.name, path: s.name, children: s.tree }])) };
fs.writeFileSync(path.join(outdir, 'tree.json'), JSON.stringify({ version: 'tree-0.1', tree }));
fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ version: '55.0.0', artifacts }, undefined, 2));
finish();
