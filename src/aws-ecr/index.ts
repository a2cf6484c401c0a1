export * from './ecr.generated';
export * from './lifecycle';
export * from './auth-token';
export * from './repository-base';
export * from './repository';
