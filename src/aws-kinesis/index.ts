export * from './kinesis.generated';
