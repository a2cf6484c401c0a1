export * from './s3.generated';
