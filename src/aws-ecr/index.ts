export * from './ecr.generated';
