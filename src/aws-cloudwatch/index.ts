export * from './cloudwatch.generated';
