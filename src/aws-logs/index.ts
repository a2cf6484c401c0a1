export * from './logs.generated';
