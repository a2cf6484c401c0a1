import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { Match, Template } from '../../src/assertions';
import { App, CfnResource, Stack } from '../../src/core';

// Outcomes marked "oracle" were checked against aws-cdk-lib 2.276 assertions
// with the same template and pattern (probe/assertions/tdiff.ts).

function lambdaTemplate(): Template {
  return Template.fromJSON({
    Resources: {
      Fn1: {
        Type: 'AWS::Lambda::Function',
        Properties: { Runtime: 'nodejs18.x', Handler: 'index.handler', MemorySize: 128, Layers: ['a', 'b'], Environment: { Variables: { A: '1', B: '2' } } },
      },
      Fn2: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'python3.12', Handler: 'main.handler', MemorySize: 256 }, DependsOn: ['Role'] },
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      Topic: { Type: 'AWS::SNS::Topic' },
    },
    Outputs: { Out1: { Value: 'a', Export: { Name: 'e' } }, Out2: { Value: { Ref: 'Role' } } },
    Parameters: { Param1: { Type: 'String', Default: 'x' } },
    Mappings: { Map1: { k: { v: 1 } } },
    Conditions: { Cond1: { 'Fn::Equals': [1, 1] } },
  });
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the assertion to throw');
}

describe('Template construction', () => {
  test('fromJSON keeps the given object and toJSON returns it (oracle)', () => {
    const json = { Resources: { A: { Type: 'X' } } };
    assert.equal(Template.fromJSON(json).toJSON(), json);
  });

  test('fromString parses the JSON text', () => {
    assert.deepEqual(Template.fromString('{"Resources":{"A":{"Type":"X"}}}').toJSON(), { Resources: { A: { Type: 'X' } } });
  });

  test('fromString throws on invalid JSON', () => {
    assert.throws(() => Template.fromString('{bad'), SyntaxError);
  });

  test('an empty template is accepted and has no resources', () => {
    Template.fromJSON({}).resourceCountIs('X', 0);
  });

  test('a Ref cycle between resources is refused, showing the chain and where each reference is (oracle)', () => {
    const message = errorOf(() => Template.fromJSON({
      Resources: { A: { Type: 'X', Properties: { P: { Ref: 'B' } } }, B: { Type: 'X', Properties: { P: { Ref: 'A' } } } },
    }));
    assert.match(message, /Template is undeployable, these resources have a dependency cycle: A -> B -> A/);
    assert.match(message, /A depends on B \(Ref at \/Properties\/P\)/);
    assert.match(message, /skipCyclicalDependenciesCheck/);
  });

  test('cycles through DependsOn, Fn::GetAtt (both forms), Fn::Sub and Fn::If are found (oracle)', () => {
    const cyclic = [
      { A: { Type: 'X', DependsOn: 'B' }, B: { Type: 'X', DependsOn: ['A'] } },
      { A: { Type: 'X', Properties: { P: { 'Fn::GetAtt': ['B', 'Arn'] } } }, B: { Type: 'X', Properties: { P: { 'Fn::GetAtt': 'A.Arn' } } } },
      { A: { Type: 'X', Properties: { P: { 'Fn::Sub': '${B.Arn}' } } }, B: { Type: 'X', Properties: { P: { 'Fn::Sub': '${A}' } } } },
      { A: { Type: 'X', Properties: { P: { 'Fn::If': ['C', { Ref: 'B' }, 'x'] } } }, B: { Type: 'X', Properties: { P: { Ref: 'A' } } } },
      { A: { Type: 'X', DependsOn: 'B' }, B: { Type: 'X', DependsOn: 'C' }, C: { Type: 'X', Properties: { Q: { Ref: 'A' } } } },
      { A: { Type: 'X', Properties: { P: { Ref: 'A' } } } },
    ];
    for (const resources of cyclic) {
      assert.throws(() => Template.fromJSON({ Resources: resources }), /dependency cycle/, JSON.stringify(resources));
    }
  });

  test('references outside Properties, to parameters, to unknown names or to Sub variables are no cycle (oracle)', () => {
    Template.fromJSON({ Resources: { A: { Type: 'X', Metadata: { P: { Ref: 'B' } } }, B: { Type: 'X', Metadata: { P: { Ref: 'A' } } } } });
    Template.fromJSON({ Resources: { A: { Type: 'X', Properties: { P: { Ref: 'Prm' } } } }, Parameters: { Prm: { Type: 'String' } } });
    Template.fromJSON({ Resources: { A: { Type: 'X', Properties: { P: { Ref: 'Nope' } } } } });
    Template.fromJSON({ Resources: { A: { Type: 'X', Properties: { P: { 'Fn::Sub': ['${A}-${!A}', { A: 'x' }] } } } } });
  });

  test('skipCyclicalDependenciesCheck accepts a cyclic template (oracle)', () => {
    const json = { Resources: { A: { Type: 'X', DependsOn: 'B' }, B: { Type: 'X', DependsOn: ['A'] } } };
    assert.equal(Template.fromJSON(json, { skipCyclicalDependenciesCheck: true }).toJSON(), json);
  });
});

describe('Template.fromStack', () => {
  test('reads the template synthesized for the stack', () => {
    const stack = new Stack(new App(), 'MyStack');
    new CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue', properties: { DelaySeconds: 5 } });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SQS::Queue', 1);
    template.hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: 5 });
    assert.equal(template.getResourceId('AWS::SQS::Queue'), 'Queue');
  });

  test('sees constructs added after an earlier assertion (it synthesizes again)', () => {
    const stack = new Stack(new App(), 'MyStack');
    new CfnResource(stack, 'First', { type: 'AWS::SQS::Queue' });
    Template.fromStack(stack).resourceCountIs('AWS::SQS::Queue', 1);
    new CfnResource(stack, 'Second', { type: 'AWS::SQS::Queue' });
    Template.fromStack(stack).resourceCountIs('AWS::SQS::Queue', 2);
  });

  test('reads each stack of an app on its own', () => {
    const app = new App();
    const one = new Stack(app, 'One');
    const two = new Stack(app, 'Two');
    new CfnResource(one, 'Queue', { type: 'AWS::SQS::Queue' });
    new CfnResource(two, 'Topic', { type: 'AWS::SNS::Topic' });
    Template.fromStack(one).resourceCountIs('AWS::SNS::Topic', 0);
    Template.fromStack(two).resourceCountIs('AWS::SNS::Topic', 1);
  });

  test('refuses a dependency cycle unless told to skip the check', () => {
    const stack = new Stack(new App(), 'MyStack');
    const a = new CfnResource(stack, 'A', { type: 'X::Y' });
    const b = new CfnResource(stack, 'B', { type: 'X::Y' });
    a.addDependency(b);
    b.addDependency(a);
    assert.throws(() => Template.fromStack(stack), /dependency cycle: A -> B -> A/);
    Template.fromStack(stack, { skipCyclicalDependenciesCheck: true }).resourceCountIs('X::Y', 2);
  });

  test('throws a clear error for a stack outside any App or Stage', () => {
    // Core may already refuse such a stack when it is created; either way the error says why.
    assert.throws(() => {
      const stack = new Stack(new Construct(undefined as unknown as Construct, 'Root'), 'Orphan');
      Template.fromStack(stack);
    }, /(App or Stage|Stage or an App)/);
  });
});

describe('Template.hasResourceProperties', () => {
  test('passes when one resource of the type has the properties', () => {
    lambdaTemplate().hasResourceProperties('AWS::Lambda::Function', { Runtime: 'python3.12' });
  });

  test('failure shows the closest resources first, with each difference at its property path', () => {
    const message = errorOf(() => lambdaTemplate().hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs20.x', Handler: 'index.handler' }));
    assert.match(message, /^Template has 2 resource\(s\) with type AWS::Lambda::Function, but none match as expected\./);
    assert.match(message, /The 2 closest matches:\n\nFn1 \(1 mismatch\):\n {2}\/Properties\/Runtime: Expected 'nodejs20.x' but received 'nodejs18.x'/);
    assert.match(message, / {4}!! Expected 'nodejs20.x' but received 'nodejs18.x'\n {4}"Runtime": "nodejs18.x",/);
    assert.ok(message.indexOf('Fn1 (1 mismatch)') < message.indexOf('Fn2 (2 mismatches)'));
  });

  test('failure shows at most three candidates and names the others', () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 5; i++) { resources[`R${i}`] = { Type: 'X', Properties: { a: i, b: i } }; }
    const message = errorOf(() => Template.fromJSON({ Resources: resources }).hasResourceProperties('X', { a: 1, b: 2 }));
    assert.match(message, /The 3 closest matches:/);
    assert.match(message, /\(2 other candidate\(s\) differ more: R3, R4\)/);
  });

  test('failure on a type with no resources lists the types present', () => {
    assert.equal(errorOf(() => lambdaTemplate().hasResourceProperties('AWS::S3::Bucket', {})),
      'Template has 0 resources with type AWS::S3::Bucket. Resource types present: AWS::IAM::Role, AWS::Lambda::Function, AWS::SNS::Topic.');
  });

  test('a resource without Properties matches an empty pattern and anyValue (oracle)', () => {
    lambdaTemplate().hasResourceProperties('AWS::SNS::Topic', {});
    lambdaTemplate().hasResourceProperties('AWS::SNS::Topic', Match.objectEquals({}));
    lambdaTemplate().hasResourceProperties('AWS::SNS::Topic', Match.anyValue());
  });

  test('Match.absent() matches only a resource without Properties (oracle)', () => {
    lambdaTemplate().hasResourceProperties('AWS::SNS::Topic', Match.absent());
    assert.throws(() => lambdaTemplate().hasResourceProperties('AWS::IAM::Role', Match.absent()), /Received \{"AssumeRolePolicyDocument":\{\}\}, but the key should be absent/);
  });

  test('a failure on a resource without Properties shows them as empty', () => {
    const message = errorOf(() => lambdaTemplate().hasResourceProperties('AWS::SNS::Topic', { TopicName: 'x' }));
    assert.match(message, /\/Properties\/TopicName: Missing key 'TopicName'/);
  });

  test('a literal string pattern never matches an object (oracle)', () => {
    assert.throws(() => lambdaTemplate().hasResourceProperties('AWS::IAM::Role', 'abc'), /Expected type string but received object/);
  });

  test('a long mismatch list is cut after ten lines per candidate', () => {
    const pattern = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`K${i}`, i]));
    const message = errorOf(() => lambdaTemplate().hasResourceProperties('AWS::IAM::Role', pattern));
    assert.match(message, / {2}\.\.\. and 2 more/);
  });
});

describe('Template.hasResource', () => {
  test('matches the whole resource definition, DependsOn included (oracle)', () => {
    lambdaTemplate().hasResource('AWS::Lambda::Function', { DependsOn: ['Role'], Properties: { MemorySize: 256 } });
  });

  test('does not default missing Properties to empty (oracle)', () => {
    assert.throws(() => lambdaTemplate().hasResource('AWS::SNS::Topic', { Properties: {} }), /\/Properties: Missing key 'Properties'/);
    lambdaTemplate().hasResource('AWS::SNS::Topic', { Properties: Match.absent() });
  });

  test('objectEquals on the definition requires every key (oracle)', () => {
    lambdaTemplate().hasResource('AWS::SNS::Topic', Match.objectEquals({ Type: 'AWS::SNS::Topic' }));
    assert.throws(() => lambdaTemplate().hasResource('AWS::IAM::Role', Match.objectEquals({ Type: 'AWS::IAM::Role' })), /Unexpected key 'Properties'/);
  });
});

describe('Template.resourceCountIs and resourcePropertiesCountIs', () => {
  test('resourceCountIs passes on the exact count, zero for an absent type (oracle)', () => {
    lambdaTemplate().resourceCountIs('AWS::Lambda::Function', 2);
    lambdaTemplate().resourceCountIs('AWS::S3::Bucket', 0);
  });

  test('resourceCountIs fails naming expected and found counts and the resources found', () => {
    assert.equal(errorOf(() => lambdaTemplate().resourceCountIs('AWS::Lambda::Function', 3)),
      'Expected 3 resource(s) of type AWS::Lambda::Function but found 2: Fn1, Fn2');
  });

  test('resourcePropertiesCountIs counts only matching resources (oracle)', () => {
    lambdaTemplate().resourcePropertiesCountIs('AWS::Lambda::Function', { MemorySize: 128 }, 1);
    lambdaTemplate().resourcePropertiesCountIs('AWS::Lambda::Function', {}, 2);
    assert.equal(errorOf(() => lambdaTemplate().resourcePropertiesCountIs('AWS::Lambda::Function', { MemorySize: 128 }, 2)),
      'Expected 2 resource(s) of type AWS::Lambda::Function with matching properties but found 1: Fn1');
  });

  test('resourcePropertiesCountIs treats missing Properties as empty except for Match.absent() (oracle)', () => {
    const template = Template.fromJSON({ Resources: { A: { Type: 'X' }, B: { Type: 'X', Properties: {} } } });
    template.resourcePropertiesCountIs('X', {}, 2);
    template.resourcePropertiesCountIs('X', Match.absent(), 1);
  });
});

describe('Template.findResources and getResourceId', () => {
  test('findResources returns every resource of the type by default (oracle)', () => {
    assert.deepEqual(Object.keys(lambdaTemplate().findResources('AWS::Lambda::Function')), ['Fn1', 'Fn2']);
  });

  test('findResources filters on the whole definition and returns the template\'s own objects (oracle)', () => {
    const template = lambdaTemplate();
    const found = template.findResources('AWS::Lambda::Function', { Properties: { MemorySize: 256 } });
    assert.deepEqual(Object.keys(found), ['Fn2']);
    assert.equal(found.Fn2, template.toJSON().Resources.Fn2);
  });

  test('findResources does not default missing Properties (oracle)', () => {
    assert.deepEqual(lambdaTemplate().findResources('AWS::SNS::Topic', { Properties: {} }), {});
  });

  test('findResources returns an empty object for an absent type (oracle)', () => {
    assert.deepEqual(lambdaTemplate().findResources('AWS::S3::Bucket'), {});
  });

  test('getResourceId returns the id of the single match (oracle)', () => {
    assert.equal(lambdaTemplate().getResourceId('AWS::IAM::Role'), 'Role');
    assert.equal(lambdaTemplate().getResourceId('AWS::Lambda::Function', { Properties: { MemorySize: 256 } }), 'Fn2');
  });

  test('getResourceId fails on several matches, listing them (oracle)', () => {
    assert.equal(errorOf(() => lambdaTemplate().getResourceId('AWS::Lambda::Function')),
      'Template has 2 resources of type AWS::Lambda::Function that match, expected exactly one: Fn1, Fn2');
  });

  test('getResourceId fails on no match, showing the closest candidates (oracle)', () => {
    assert.match(errorOf(() => lambdaTemplate().getResourceId('AWS::Lambda::Function', { Properties: { MemorySize: 1 } })),
      /none match as expected\.\nThe 2 closest matches:/);
  });
});

describe('Template.allResources and allResourcesProperties', () => {
  test('pass when every resource of the type matches (oracle)', () => {
    lambdaTemplate().allResources('AWS::Lambda::Function', { Type: 'AWS::Lambda::Function' });
    lambdaTemplate().allResourcesProperties('AWS::Lambda::Function', { Handler: Match.anyValue() });
  });

  test('fail naming the resources that do not match and why', () => {
    const message = errorOf(() => lambdaTemplate().allResourcesProperties('AWS::Lambda::Function', { MemorySize: 128 }));
    assert.match(message, /^Template has 2 resource\(s\) with type AWS::Lambda::Function, but only 1 match the given properties\.\nThese do not match: Fn2/);
    assert.match(message, /\/Properties\/MemorySize: Expected 128 but received 256/);
  });

  test('fail when there is no resource of the type (oracle)', () => {
    assert.match(errorOf(() => lambdaTemplate().allResources('AWS::S3::Bucket', {})),
      /Template has 0 resources with type AWS::S3::Bucket\..*allResources assertions need at least one resource/);
  });

  test('allResourcesProperties sees missing Properties as empty (oracle)', () => {
    lambdaTemplate().allResourcesProperties('AWS::SNS::Topic', {});
  });
});

describe('Template outputs, parameters, mappings and conditions', () => {
  test('hasOutput matches by logical id or across all outputs with * (oracle)', () => {
    lambdaTemplate().hasOutput('Out1', { Value: 'a' });
    lambdaTemplate().hasOutput('*', { Value: { Ref: 'Role' } });
  });

  test('hasOutput failure shows the closest output and the difference', () => {
    const message = errorOf(() => lambdaTemplate().hasOutput('Out1', { Value: 'b' }));
    assert.match(message, /^Template has 1 output\(s\) named 'Out1', but none match as expected\./);
    assert.match(message, /Out1 \(1 mismatch\):\n {2}\/Value: Expected 'b' but received 'a'/);
  });

  test('hasOutput on an unknown id lists the outputs present (oracle)', () => {
    assert.equal(errorOf(() => lambdaTemplate().hasOutput('Out3', {})), "Template has no output named 'Out3'. Outputs present: Out1, Out2.");
    assert.equal(errorOf(() => Template.fromJSON({}).hasOutput('*', {})), 'Template has no output. The template has no Outputs.');
  });

  test('findOutputs filters by id and pattern (oracle)', () => {
    assert.deepEqual(Object.keys(lambdaTemplate().findOutputs('*')), ['Out1', 'Out2']);
    assert.deepEqual(lambdaTemplate().findOutputs('*', { Export: Match.anyValue() }), { Out1: { Value: 'a', Export: { Name: 'e' } } });
    assert.deepEqual(lambdaTemplate().findOutputs('Out1', { Value: 'b' }), {});
    assert.deepEqual(lambdaTemplate().findOutputs('Out3'), {});
  });

  test('parameters are matched and found like outputs (oracle)', () => {
    lambdaTemplate().hasParameter('Param1', { Type: 'String' });
    assert.match(errorOf(() => lambdaTemplate().hasParameter('*', { Type: 'Number' })),
      /^Template has 1 parameter\(s\), but none match as expected\.[\s\S]*\/Type: Expected 'Number' but received 'String'/);
    assert.deepEqual(Object.keys(lambdaTemplate().findParameters('*', { Default: 'x' })), ['Param1']);
    assert.deepEqual(Template.fromJSON({}).findParameters('*'), {});
  });

  test('mappings are matched partially at every level (oracle)', () => {
    lambdaTemplate().hasMapping('Map1', { k: { v: 1 } });
    assert.match(errorOf(() => lambdaTemplate().hasMapping('*', { k: { v: 2 } })), /\/k\/v: Expected 2 but received 1/);
    assert.deepEqual(Object.keys(lambdaTemplate().findMappings('*')), ['Map1']);
  });

  test('conditions compare their literal arrays by length (oracle)', () => {
    lambdaTemplate().hasCondition('Cond1', { 'Fn::Equals': [1, 1] });
    assert.throws(() => lambdaTemplate().hasCondition('*', { 'Fn::Equals': [1] }), /Too many elements in array: expected 1, received 2/);
    assert.deepEqual(Object.keys(lambdaTemplate().findConditions('Cond1')), ['Cond1']);
  });
});

describe('Template.templateMatches', () => {
  test('matches the whole template partially by default (oracle)', () => {
    lambdaTemplate().templateMatches({ Resources: { Fn2: { Type: 'AWS::Lambda::Function' } } });
  });

  test('fails listing each mismatch with its path', () => {
    assert.equal(errorOf(() => lambdaTemplate().templateMatches({ Resources: { Fn2: { Properties: { MemorySize: 512 } } } })),
      'Template did not match as expected. The following mismatches were found:\n'
      + '\tExpected 512 but received 256 at /Resources/Fn2/Properties/MemorySize (using objectLike matcher)');
  });

  test('objectEquals requires every top-level section (oracle)', () => {
    Template.fromJSON({ Resources: { A: { Type: 'X' } } }).templateMatches(Match.objectEquals({ Resources: { A: { Type: 'X' } } }));
    assert.throws(() => Template.fromJSON({ Resources: { A: { Type: 'X' } }, Outputs: {} })
      .templateMatches(Match.objectEquals({ Resources: { A: { Type: 'X' } } })), /Unexpected key 'Outputs' at \/Outputs/);
  });
});

describe('Template speed', () => {
  test('ten thousand assertions against a 300-resource template take well under a second', () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++) {
      resources[`Fn${i}`] = { Type: 'AWS::Lambda::Function', Properties: { FunctionName: `fn-${i}`, MemorySize: 128, Environment: { Variables: { I: String(i) } } } };
    }
    const template = Template.fromJSON({ Resources: resources });
    const start = process.hrtime.bigint();
    for (let i = 0; i < 10_000; i++) {
      template.resourceCountIs('AWS::Lambda::Function', 300);
      if (i % 100 === 0) { template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: `fn-${i % 300}` }); }
    }
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    assert.ok(elapsedMs < 1000, `took ${elapsedMs} ms`);
  });
});
