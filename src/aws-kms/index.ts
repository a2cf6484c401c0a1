export * from './kms.generated';
export * from './key-spec';
export type { IKey } from './key-base';
export * from './key';
export * from './key-grants';
export * from './alias';
