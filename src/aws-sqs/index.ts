export * from './sqs.generated';
