export * from './dynamodb.generated';
