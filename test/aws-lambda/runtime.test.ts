import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Annotations, Match } from '../../src/assertions';
import { Architecture, Handler, Runtime, RuntimeFamily, determineLatestNodeRuntime } from '../../src/aws-lambda';
import { Annotations as CoreAnnotations } from '../../src/core';
import { replacementFor, warnAboutRuntimeDeprecation } from '../../src/aws-lambda/private/runtime-deprecations';
import { newFunction, newStack } from './helpers';

interface OracleRuntime {
  static: string; name: string; family?: number; supportsInlineCode: boolean; supportsCodeGuruProfiling: boolean;
  supportsSnapStart: boolean; isVariable: boolean; bundlingImage: string;
}
const ORACLE: OracleRuntime[] = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/lambda/runtimes.oracle.json'), 'utf8'));

describe('Runtime', () => {
  test('every static runtime has the name, family and flags aws-cdk-lib 2.276.0 gives it', () => {
    for (const expected of ORACLE) {
      const runtime = (Runtime as unknown as Record<string, Runtime>)[expected.static];
      assert.ok(runtime instanceof Runtime, `Runtime.${expected.static} is missing`);
      assert.deepEqual({
        name: runtime.name, family: runtime.family, inline: runtime.supportsInlineCode, codeGuru: runtime.supportsCodeGuruProfiling,
        snapStart: runtime.supportsSnapStart, variable: runtime.isVariable, image: runtime._bundlingImageName,
      }, {
        name: expected.name, family: expected.family ?? undefined, inline: expected.supportsInlineCode, codeGuru: expected.supportsCodeGuruProfiling,
        snapStart: expected.supportsSnapStart, variable: expected.isVariable, image: expected.bundlingImage,
      }, `Runtime.${expected.static}`);
    }
  });

  test('Runtime.ALL lists the static runtimes in declaration order, as aws-cdk-lib does', () => {
    assert.deepEqual(Runtime.ALL.slice(0, ORACLE.length).map(r => r.name), ORACLE.map(r => r.name));
  });

  test('a runtime constructed by the user is added to Runtime.ALL and prints as its name', () => {
    const custom = new Runtime('custom-runtime-for-test', RuntimeFamily.OTHER);
    assert.ok(Runtime.ALL.includes(custom));
    assert.equal(`${custom}`, 'custom-runtime-for-test');
    assert.equal(custom.supportsInlineCode, false);
  });

  test('runtimeEquals compares the name, the family and inline code support', () => {
    assert.ok(Runtime.NODEJS_22_X.runtimeEquals(new Runtime('nodejs22.x', RuntimeFamily.NODEJS, { supportsInlineCode: true })));
    assert.ok(!Runtime.NODEJS_22_X.runtimeEquals(new Runtime('nodejs22.x', RuntimeFamily.NODEJS)));
    assert.ok(!Runtime.NODEJS_22_X.runtimeEquals(new Runtime('nodejs22.x', RuntimeFamily.OTHER, { supportsInlineCode: true })));
    assert.ok(Runtime.NODEJS_LATEST.runtimeEquals(Runtime.NODEJS_24_X));
  });

  test('the latest Node.js runtime renders as nodejs24.x', () => {
    assert.equal(Runtime.determineLatestNodeRuntime(undefined).name, 'nodejs24.x');
    const latest = determineLatestNodeRuntime(newStack());
    assert.deepEqual([latest.name, latest.family, latest.supportsInlineCode, latest.isVariable], ['nodejs24.x', RuntimeFamily.NODEJS, true, true]);
    assert.equal(Runtime.determineLatestPythonRuntime(undefined), Runtime.PYTHON_3_13);
  });
});

describe('runtime deprecation warnings', () => {
  const NOW = new Date('2026-11-25T00:00:00Z');

  test('a runtime deprecated before today warns with its date and the runtime to move to', () => {
    const stack = newStack();
    const fn = newFunction(stack, { runtime: Runtime.NODEJS_18_X });
    warnAboutRuntimeDeprecation(fn, Runtime.NODEJS_18_X, NOW);
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', Match.stringLikeRegexp(
      'Runtime nodejs18\\.x was deprecated by AWS Lambda on 2025-09-01.*Move to nodejs24\\.x \\(Runtime\\.NODEJS_24_X\\).*\\[ack: lambda-cdk/aws-lambda:deprecatedRuntime\\]'));
  });

  test('a runtime deprecated within 180 days warns ahead, with the days left', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    warnAboutRuntimeDeprecation(fn, Runtime.NODEJS_22_X, new Date('2027-01-01T00:00:00Z'));
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', Match.stringLikeRegexp(
      'Runtime nodejs22\\.x will be deprecated by AWS Lambda on 2027-04-30 \\(in 119 days\\).*\\[ack: lambda-cdk/aws-lambda:runtimeDeprecationSoon\\]'));
  });

  test('a runtime far from its deprecation date does not warn', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    warnAboutRuntimeDeprecation(fn, Runtime.NODEJS_24_X, NOW);
    Annotations.fromStack(stack).hasNoWarning('/Stack/Fn', Match.stringLikeRegexp('Runtime nodejs24\\.x'));
  });

  test('Go moves to the OS-only runtime, and the replacement is itself not about to be deprecated', () => {
    assert.equal(replacementFor(Runtime.GO_1_X, NOW), Runtime.PROVIDED_AL2023);
    assert.equal(replacementFor(Runtime.PYTHON_3_9, NOW), Runtime.PYTHON_3_14);
    assert.equal(replacementFor(Runtime.JAVA_8, NOW), Runtime.JAVA_25);
    assert.equal(replacementFor(Runtime.DOTNET_6, NOW), Runtime.DOTNET_10);
  });

  test('a function with a deprecated runtime warns, and the warning can be acknowledged', () => {
    const stack = newStack();
    newFunction(stack, { runtime: Runtime.NODEJS_16_X });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', Match.stringLikeRegexp('nodejs16\\.x was deprecated'));

    const quiet = newStack();
    CoreAnnotations.of(quiet).acknowledgeWarning('lambda-cdk/aws-lambda:deprecatedRuntime');
    newFunction(quiet, { runtime: Runtime.NODEJS_16_X });
    Annotations.fromStack(quiet).hasNoWarning('/Stack/Fn', Match.stringLikeRegexp('nodejs16\\.x was deprecated'));
  });
});

describe('Architecture and Handler', () => {
  test('the two architectures have their Lambda names and Docker platforms', () => {
    assert.deepEqual([Architecture.X86_64.name, Architecture.X86_64.dockerPlatform], ['x86_64', 'linux/amd64']);
    assert.deepEqual([Architecture.ARM_64.name, Architecture.ARM_64.dockerPlatform], ['arm64', 'linux/arm64']);
    assert.equal(`${Architecture.ARM_64}`, 'arm64');
  });

  test('a custom architecture defaults to the linux/amd64 Docker platform', () => {
    assert.equal(Architecture.custom('riscv').dockerPlatform, 'linux/amd64');
    assert.equal(Architecture.custom('riscv', 'linux/riscv64').dockerPlatform, 'linux/riscv64');
  });

  test('Handler.FROM_IMAGE is the FROM_IMAGE marker', () => {
    assert.equal(Handler.FROM_IMAGE, 'FROM_IMAGE');
  });
});
