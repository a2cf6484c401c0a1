export * from './sns.generated';
