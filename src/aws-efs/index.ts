export * from './efs.generated';
