export * from './signer.generated';
