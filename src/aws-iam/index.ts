// The public face of lambda-cdk/aws-iam: the same names as aws-cdk-lib's aws-iam module.
export * from './iam.generated';
export * from './policy-statement';
export { PolicyDocument, PolicyDocumentProps } from './policy-document';
export * from './principal-base';
export * from './principal-adapters';
export * from './principals';
export * from './service-principal';
export * from './unknown-principal';
export * from './grant';
export * from './identity-base';
export * from './policy';
export * from './managed-policy';
export * from './role';
export * from './role-grants';
export * from './user';
export * from './group';
export * from './permissions-boundary';
