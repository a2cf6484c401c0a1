export * from './events.generated';
