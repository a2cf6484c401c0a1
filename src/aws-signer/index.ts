export * from './signer.generated';
export * from './platform';
export * from './signing-profile';
