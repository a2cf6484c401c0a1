import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Construct } from 'constructs';
import { Template } from '../../src/assertions';
import * as lambda from '../../src/aws-lambda';
import { Duration } from '../../src/core';
import { newFunction, newStack } from './helpers';

class RecordingDestination implements lambda.IDestination {
  public readonly calls: string[] = [];
  constructor(private readonly arn: string, private readonly log?: string[]) { }
  public bind(scope: Construct, fn: lambda.IFunction, options?: lambda.DestinationOptions): lambda.DestinationConfig {
    this.log?.push(`${scope.node.path} ${fn.node.path} ${options?.type}`);
    return { destination: this.arn };
  }
}

describe('asynchronous invocation', () => {
  test('function props create an EventInvokeConfig on $LATEST, binding the failure destination first', () => {
    const stack = newStack();
    const log: string[] = [];
    newFunction(stack, {
      onSuccess: new RecordingDestination('arn:ok', log), onFailure: new RecordingDestination('arn:ko', log),
      maxEventAge: Duration.minutes(5), retryAttempts: 1,
    });
    assert.deepEqual(log, ['Stack/Fn/EventInvokeConfig Stack/Fn Failure', 'Stack/Fn/EventInvokeConfig Stack/Fn Success']);
    Template.fromStack(stack).templateMatches({
      Resources: {
        FnEventInvokeConfig6834F094: {
          Type: 'AWS::Lambda::EventInvokeConfig',
          Properties: {
            DestinationConfig: { OnFailure: { Destination: 'arn:ko' }, OnSuccess: { Destination: 'arn:ok' } },
            FunctionName: { Ref: 'Fn9270CBC0' },
            MaximumEventAgeInSeconds: 300,
            MaximumRetryAttempts: 1,
            Qualifier: '$LATEST',
          },
        },
      },
    });
  });

  test('retryAttempts 0 alone configures async invocation', () => {
    const stack = newStack();
    newFunction(stack, { retryAttempts: 0 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0 });
  });

  test('configureAsyncInvoke can be called once per function', () => {
    const fn = newFunction(newStack());
    fn.configureAsyncInvoke({ retryAttempts: 2 });
    assert.throws(() => fn.configureAsyncInvoke({ retryAttempts: 1 }), /\[Stack\/Fn\] configureAsyncInvoke\(\) was already called/);
  });

  test('maxEventAge must be from 60 seconds to 6 hours', () => {
    newFunction(newStack(), { maxEventAge: Duration.seconds(60) });
    newFunction(newStack(), { maxEventAge: Duration.hours(6) });
    assert.throws(() => newFunction(newStack(), { maxEventAge: Duration.seconds(59) }),
      /\[Stack\/Fn\/EventInvokeConfig\] maxEventAge must be between 60 and 21600 seconds \(1 minute to 6 hours\), got 59 seconds/);
    assert.throws(() => newFunction(newStack(), { maxEventAge: Duration.hours(7) }), /got 25200 seconds/);
  });

  test('retryAttempts must be a whole number from 0 to 2', () => {
    assert.throws(() => newFunction(newStack(), { retryAttempts: 3 }), /retryAttempts must be a whole number from 0 to 2, got 3/);
    assert.throws(() => newFunction(newStack(), { retryAttempts: -1 }), /got -1/);
  });

  test('a standalone EventInvokeConfig takes a qualifier', () => {
    const stack = newStack();
    new lambda.EventInvokeConfig(stack, 'Config', { function: newFunction(stack), qualifier: 'live', retryAttempts: 2 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', { Qualifier: 'live', FunctionName: { Ref: 'Fn9270CBC0' } });
  });

  test('on $LATEST the function name is qualified', () => {
    const stack = newStack();
    newFunction(stack).latestVersion.configureAsyncInvoke({ retryAttempts: 1 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { 'Fn::Join': ['', [{ Ref: 'Fn9270CBC0' }, ':$LATEST']] }, Qualifier: '$LATEST',
    });
  });
});
