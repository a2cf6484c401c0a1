export * from './sqs.generated';
export * from './queue-encryption';
export * from './fifo';
export * from './redrive';
export * from './queue-base';
export * from './queue-grants';
export * from './policy';
export * from './queue';
