export * from './logs.generated';
export * from './retention-days';
export * from './resource-policy';
export * from './log-group';
