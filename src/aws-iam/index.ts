export * from './iam.generated';
