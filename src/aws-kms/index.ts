export * from './kms.generated';
