export * from './lambda.generated';
